//! Client configuration shared by every service: [`ClientBuilder`].
//!
//! One builder type serves all four services (`ClientBuilder<S>`, where `S` is the service's
//! marker type); the knobs every service has — base URL, retries, timeouts, default headers, a
//! caller-supplied `reqwest::Client` — are written once here, and each service adds its own
//! (credentials, session ids, ...) in an `impl ClientBuilder<ItsService>` block beside its
//! facade. Each service's `from_env()` reads its documented variables.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue};

use crate::transport::{RetryPolicy, Transport, TransportConfig};
use crate::{Error, Result};

/// What a service contributes to the shared builder.
pub trait Service: sealed::Sealed {
    /// Short service name (`"autonomi"`).
    const NAME: &'static str;
    /// The base URL used when none is configured.
    const DEFAULT_BASE_URL: &'static str;
    /// Service-specific settings the builder carries.
    type Options: Default + Clone + fmt::Debug;
}

/// `Service` is implemented by this crate's service markers only.
pub(crate) mod sealed {
    /// The seal.
    pub trait Sealed {}
    #[cfg(feature = "autonomi")]
    impl Sealed for crate::autonomi::Autonomi {}
    #[cfg(feature = "clink")]
    impl Sealed for crate::clink::ClinkService {}
    #[cfg(feature = "ailink")]
    impl Sealed for crate::ailink::AIlinkAdmin {}
    #[cfg(feature = "ailink")]
    impl Sealed for crate::ailink::AIlinkAgent {}
    #[cfg(feature = "mosaia")]
    impl Sealed for crate::mosaia::MosaiaService {}
}

/// A caller's additions to the `reqwest::ClientBuilder` the SDK builds its HTTP client from.
pub(crate) type ConfigureHttp =
    Arc<dyn Fn(reqwest::ClientBuilder) -> reqwest::ClientBuilder + Send + Sync>;

/// Builds a service client. Obtain one from the service's `Client::builder()`.
pub struct ClientBuilder<S: Service> {
    pub(crate) base_url: Option<String>,
    pub(crate) config: TransportConfig,
    pub(crate) http: Option<ConfigureHttp>,
    pub(crate) options: S::Options,
    pub(crate) deferred_error: Option<Error>,
}

impl<S: Service> Default for ClientBuilder<S> {
    fn default() -> Self {
        Self {
            base_url: None,
            config: TransportConfig::default(),
            http: None,
            options: S::Options::default(),
            deferred_error: None,
        }
    }
}

impl<S: Service> Clone for ClientBuilder<S> {
    fn clone(&self) -> Self {
        Self {
            base_url: self.base_url.clone(),
            config: self.config.clone(),
            http: self.http.clone(),
            options: self.options.clone(),
            deferred_error: self.deferred_error.clone(),
        }
    }
}

impl<S: Service> fmt::Debug for ClientBuilder<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("service", &S::NAME)
            .field("base_url", &self.base_url.as_deref().map(without_userinfo))
            .field("config", &self.config)
            .field("options", &self.options)
            .finish()
    }
}

impl<S: Service> ClientBuilder<S> {
    /// The server to talk to (default: the service's documented URL).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Retries after the first attempt (default 2; 0 disables).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.config.retry.max_retries = retries;
        self
    }

    /// The whole retry policy (backoff bounds and the longest `Retry-After` honoured).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.config.retry = policy;
        self
    }

    /// Per-attempt timeout, covering connect, send and reading the whole answer
    /// (default 600 s, because LLM-backed calls can be slow).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.config.timeout = timeout;
        self
    }

    /// The largest answer body the client reads, in bytes (default 256 MiB): a larger one is
    /// an [`ErrorKind::Decode`](crate::ErrorKind::Decode) error instead of unbounded memory.
    pub fn max_response_size(mut self, bytes: usize) -> Self {
        self.config.max_response_size = bytes;
        self
    }

    /// Connect timeout (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.config.connect_timeout = timeout;
        self
    }

    /// Configures the `reqwest::Client` the SDK builds: proxies, custom root certificates,
    /// mTLS, pool settings. `configure` receives a fresh `reqwest::ClientBuilder`; the SDK then
    /// applies its own timeouts and redirect policy on top, so the guarantees of the README's
    /// security section (no credential reaches another origin) hold for your client too. That
    /// is why a ready `reqwest::Client` is not accepted: its redirect policy cannot be changed.
    ///
    /// ```no_run
    /// # fn demo() -> agent_apis::Result<()> {
    /// let client = agent_apis::autonomi::Client::builder()
    ///     .http_client(|http| http.pool_max_idle_per_host(4).tcp_nodelay(true))
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn http_client(
        mut self,
        configure: impl Fn(reqwest::ClientBuilder) -> reqwest::ClientBuilder + Send + Sync + 'static,
    ) -> Self {
        self.http = Some(Arc::new(configure));
        self
    }

    /// Adds a header to every request. An invalid name or value fails [`build`](Self) later.
    pub fn default_header(mut self, name: &str, value: &str) -> Self {
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            (Ok(n), Ok(v)) => {
                self.config.default_headers.insert(n, v);
            }
            _ => self.defer(Error::configuration(format!(
                "invalid default header {name:?}"
            ))),
        }
        self
    }

    /// Adds a header to every request whose value is a secret (a session id): marked
    /// sensitive, never printed, and scrubbed from errors and spans while the client lives.
    #[cfg_attr(not(feature = "clink"), allow(dead_code))]
    pub(crate) fn secret_header(mut self, name: &'static str, value: &str) -> Self {
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            (Ok(n), Ok(mut v)) => {
                v.set_sensitive(true);
                self.config.default_headers.insert(n, v);
            }
            _ => self.defer(Error::configuration(format!(
                "the {name} header's value contains characters not allowed in an HTTP header"
            ))),
        }
        self
    }

    /// Keeps the first configuration error, reported by `build`.
    pub(crate) fn defer(&mut self, err: Error) {
        self.deferred_error.get_or_insert(err);
    }

    /// Validates the settings and builds the transport; returns it with the base URL to give
    /// the generated client (no trailing slash).
    pub(crate) fn into_transport(
        self,
        profile: &'static crate::transport::ServiceProfile,
    ) -> Result<(String, Transport, S::Options)> {
        if let Some(err) = self.deferred_error {
            return Err(err);
        }
        let base = self
            .base_url
            .unwrap_or_else(|| S::DEFAULT_BASE_URL.to_string());
        let base_url = validate_base_url(S::NAME, &base)?;
        let transport = Transport::new(profile, self.config, self.http)?;
        Ok((base_url, transport, self.options))
    }
}

/// Checks that `url` is an absolute http(s) URL and strips trailing slashes.
pub(crate) fn validate_base_url(service: &str, url: &str) -> Result<String> {
    let url = url.trim();
    // Error texts show the URL without what may be a password (`user:password@`).
    let shown = without_userinfo(url);
    let parsed = reqwest::Url::parse(url)
        .map_err(|e| Error::configuration(format!("{service}: invalid base URL {shown:?}: {e}")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(Error::configuration(format!(
            "{service}: the base URL must start with http:// or https://, got {shown:?}"
        )));
    }
    // reqwest would send a URL's user name and password as Basic credentials, to every
    // operation, next to (or instead of) the service's own.
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(Error::configuration(format!(
            "{service}: the base URL must not carry a user name or password (`user:password@`); \
             give the service's credentials to the client builder instead"
        )));
    }
    // Operation paths are appended to the base URL: after a query or a fragment they would
    // become part of it, and every call would reach the base URL's own endpoint. Not shown:
    // a query may carry a token.
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(Error::configuration(format!(
            "{service}: the base URL must not have a query (`?…`) or a fragment (`#…`): \
             operation paths are appended to it"
        )));
    }
    Ok(url.trim_end_matches('/').to_string())
}

/// `url` with the user name and password of its authority (`scheme://user:password@host`)
/// replaced by `[REDACTED]`, for texts that show a URL a caller gave.
pub(crate) fn without_userinfo(url: &str) -> std::borrow::Cow<'_, str> {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return url.into();
    };
    let rest = &url[scheme_end..];
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    match authority.rfind('@') {
        Some(at) => format!(
            "{}{}{}",
            &url[..scheme_end],
            crate::redact::REDACTED,
            &rest[at..]
        )
        .into(),
        None => url.into(),
    }
}

/// Reads an environment variable, treating an empty value as unset.
pub(crate) fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_checked() {
        assert_eq!(
            validate_base_url("x", "http://localhost:1/").unwrap(),
            "http://localhost:1"
        );
        assert_eq!(
            validate_base_url("x", "https://a.b/v1").unwrap(),
            "https://a.b/v1"
        );
        assert_eq!(
            validate_base_url("x", "ftp://a").unwrap_err().kind(),
            crate::ErrorKind::Configuration
        );
        assert!(validate_base_url("x", "not a url").is_err());
    }

    #[test]
    fn base_urls_with_credentials_queries_or_fragments_are_refused_without_echoing_secrets() {
        for url in [
            "http://alice:pw-hunter2-XYZ@127.0.0.1:1",
            "http://alice@127.0.0.1:1/v1",
            "https://:pw-hunter2-XYZ@a.b",
            "http://a.b/gateway#x",
            "http://a.b/gw?tenant=1",
            "http://a.b/?",
            "http://a.b/?api_key=pw-hunter2-XYZ",
        ] {
            let err = validate_base_url("x", url).unwrap_err();
            assert_eq!(err.kind(), crate::ErrorKind::Configuration, "{url}");
            assert!(!err.to_string().contains("pw-hunter2"), "{err}");
        }
        // A URL that does not parse is shown, without its password.
        let err =
            validate_base_url("x", "http://alice:pw-hunter2-XYZ@127.0.0.1:99999").unwrap_err();
        assert!(!err.to_string().contains("pw-hunter2"), "{err}");
        assert!(
            err.to_string().contains("[REDACTED]@127.0.0.1:99999"),
            "{err}"
        );
    }

    #[test]
    fn userinfo_is_masked_for_display() {
        assert_eq!(without_userinfo("http://a.b/x@y"), "http://a.b/x@y");
        assert_eq!(
            without_userinfo("http://u:p@a.b/x"),
            "http://[REDACTED]@a.b/x"
        );
        assert_eq!(
            without_userinfo("http://u:p@q@a.b?x=@"),
            "http://[REDACTED]@a.b?x=@"
        );
        assert_eq!(without_userinfo("no scheme u:p@x"), "no scheme u:p@x");
    }
}
