//! When to try a request again, and how long to wait first.
//!
//! Retried: connection failures, timeouts, 408, 429 and 5xx (but not 501). Requests that are not
//! idempotent (POST, PATCH) are retried only when they carry an idempotency key, or when the
//! connection was never established (the server cannot have seen them). The wait grows
//! exponentially with jitter; a `Retry-After` (seconds, HTTP date, or `retry-after-ms`) replaces
//! it, up to a cap beyond which the SDK gives up and returns the error instead of sleeping.

use std::time::{Duration, SystemTime};

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};

/// How the transport retries. Part of every client's configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt; 0 disables retrying. Default 2.
    pub max_retries: u32,
    /// Wait before the first retry; doubles each time. Default 500 ms.
    pub initial_backoff: Duration,
    /// Longest computed wait between attempts. Default 8 s.
    pub max_backoff: Duration,
    /// Longest `Retry-After` the SDK will sleep for; a longer one is returned as the error.
    /// Default 60 s.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_retries: 2,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// The wait before retry number `retry` (1-based): exponential, capped, with up to 25%
    /// jitter taken off so that many clients do not retry in lockstep.
    pub fn backoff(&self, retry: u32) -> Duration {
        let exp = self
            .initial_backoff
            .saturating_mul(2u32.saturating_pow(retry.saturating_sub(1)));
        let capped = exp.min(self.max_backoff);
        capped.mul_f64(1.0 - 0.25 * fastrand::f64())
    }
}

impl RetryPolicy {
    /// The longest one call can take with this policy and a per-attempt `timeout`: every
    /// attempt timing out, with the longest wait between attempts (the backoff cap, or a
    /// `Retry-After` up to [`RetryPolicy::max_retry_after`]).
    /// `(max_retries + 1) × timeout + max_retries × max(max_backoff, max_retry_after)`.
    pub fn worst_case(&self, timeout: Duration) -> Duration {
        let attempts = self.max_retries.saturating_add(1);
        let wait = self.max_backoff.max(self.max_retry_after);
        timeout
            .saturating_mul(attempts)
            .saturating_add(wait.saturating_mul(self.max_retries))
    }

    /// The wait before retry number `retry` after an answer with `headers`: the server's
    /// `Retry-After` when it sent one, otherwise [`RetryPolicy::backoff`]. `None` when the
    /// server asked for longer than [`RetryPolicy::max_retry_after`]: then the SDK does not
    /// sleep and returns the error (which carries the wait) to the caller.
    pub fn delay(&self, retry: u32, headers: &HeaderMap) -> Option<Duration> {
        match retry_after(headers) {
            Some(wait) if wait > self.max_retry_after => None,
            Some(wait) => Some(wait),
            None => Some(self.backoff(retry)),
        }
    }
}

/// Whether a status is worth another attempt.
pub fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 408 | 429)
        || (status.is_server_error() && status != StatusCode::NOT_IMPLEMENTED)
}

/// Whether `method` may be sent twice without effect beyond the first.
pub fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS | Method::TRACE
    )
}

/// The longest wait any header is read as: a larger, absurd or overflowing value counts as
/// this (and so exceeds [`RetryPolicy::max_retry_after`]: the SDK returns instead of sleeping).
pub const MAX_HEADER_WAIT: Duration = Duration::from_secs(24 * 60 * 60);

/// A number of seconds a server sent, as a bounded [`Duration`]: negative, NaN or infinite
/// values are no answer, huge ones are [`MAX_HEADER_WAIT`]. Never panics.
fn bounded_seconds(secs: f64) -> Option<Duration> {
    if !secs.is_finite() || secs < 0.0 {
        return None;
    }
    Some(Duration::from_secs_f64(
        secs.min(MAX_HEADER_WAIT.as_secs_f64()),
    ))
}

/// How long the server asked to wait: `retry-after-ms`, then `Retry-After` in seconds or as an
/// HTTP date, each read with bounds (see [`MAX_HEADER_WAIT`]). `None` when absent, negative or
/// unreadable.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = |name| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(wait) = text("retry-after-ms")
        .and_then(|v| v.parse::<f64>().ok())
        .and_then(|ms| bounded_seconds(ms / 1000.0))
    {
        return Some(wait);
    }
    let value = text(reqwest::header::RETRY_AFTER.as_str())?;
    if let Ok(secs) = value.parse::<f64>() {
        return bounded_seconds(secs);
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO)
            .min(MAX_HEADER_WAIT),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let p = RetryPolicy::default();
        let b1 = p.backoff(1);
        assert!(
            b1 <= Duration::from_millis(500) && b1 >= Duration::from_millis(375),
            "{b1:?}"
        );
        let b3 = p.backoff(3);
        assert!(
            b3 <= Duration::from_secs(2) && b3 >= Duration::from_millis(1500),
            "{b3:?}"
        );
        assert!(p.backoff(30) <= Duration::from_secs(8));
    }

    #[test]
    fn retry_after_forms() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", "3".parse().unwrap());
        assert_eq!(retry_after(&h), Some(Duration::from_secs(3)));
        let future = SystemTime::now() + Duration::from_secs(120);
        h.insert(
            "retry-after",
            httpdate::fmt_http_date(future).parse().unwrap(),
        );
        let d = retry_after(&h).unwrap();
        assert!(
            d > Duration::from_secs(110) && d <= Duration::from_secs(120),
            "{d:?}"
        );
        h.insert("retry-after", "soon".parse().unwrap());
        assert_eq!(retry_after(&h), None);
        h.insert("retry-after-ms", "250".parse().unwrap());
        assert_eq!(retry_after(&h), Some(Duration::from_millis(250)));
    }

    #[test]
    fn absurd_waits_are_bounded_never_a_panic() {
        for (name, value, expected) in [
            ("retry-after-ms", "1e23", Some(MAX_HEADER_WAIT)),
            ("retry-after-ms", "1e400", None),
            ("retry-after-ms", "-5", None),
            ("retry-after-ms", "NaN", None),
            ("retry-after-ms", "inf", None),
            ("retry-after", "18446744073709551616", Some(MAX_HEADER_WAIT)),
            ("retry-after", "-1", None),
            ("retry-after", "nan", None),
            (
                "retry-after",
                "Fri, 31 Dec 9999 23:59:59 GMT",
                Some(MAX_HEADER_WAIT),
            ),
            (
                "retry-after",
                "Thu, 01 Jan 1970 00:00:00 GMT",
                Some(Duration::ZERO),
            ),
        ] {
            let mut h = HeaderMap::new();
            h.insert(name, value.parse().unwrap());
            assert_eq!(retry_after(&h), expected, "{name}: {value}");
        }
        let mut h = HeaderMap::new();
        h.insert(
            "retry-after",
            reqwest::header::HeaderValue::from_bytes(b"\xff\xfe").unwrap(),
        );
        assert_eq!(retry_after(&h), None);
        assert_eq!(
            RetryPolicy::default().delay(1, &{
                let mut h = HeaderMap::new();
                h.insert("retry-after-ms", "1e23".parse().unwrap());
                h
            }),
            None
        );
    }

    #[test]
    fn worst_case_adds_every_attempt_and_the_longest_waits() {
        let p = RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(10),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        };
        assert_eq!(
            p.worst_case(Duration::from_secs(10)),
            Duration::from_secs(3 * 10 + 2 * 60)
        );
    }

    #[test]
    fn retry_after_replaces_backoff_up_to_the_cap() {
        let p = RetryPolicy::default();
        let mut h = HeaderMap::new();
        let b = p.delay(1, &h).unwrap();
        assert!(b <= Duration::from_millis(500), "{b:?}");
        h.insert("retry-after", "7".parse().unwrap());
        assert_eq!(p.delay(1, &h), Some(Duration::from_secs(7)));
        h.insert("retry-after", "61".parse().unwrap());
        assert_eq!(p.delay(1, &h), None);
    }

    #[test]
    fn statuses_and_methods() {
        for s in [408, 429, 500, 502, 503, 504] {
            assert!(is_retryable_status(StatusCode::from_u16(s).unwrap()), "{s}");
        }
        for s in [400, 401, 404, 409, 422, 501] {
            assert!(
                !is_retryable_status(StatusCode::from_u16(s).unwrap()),
                "{s}"
            );
        }
        assert!(is_idempotent(&Method::GET) && is_idempotent(&Method::DELETE));
        assert!(!is_idempotent(&Method::POST) && !is_idempotent(&Method::PATCH));
    }
}
