//! The crate's one error type, [`Error`], shared by every service.
//!
//! Every failure — a status the server answered with, a body that did not decode, a timeout, a
//! refused connection, a bad argument, a missing setting — becomes an [`Error`] with a matchable
//! [`ErrorKind`]. `?` works directly on a generated call's result through
//! `From<progenitor_client::Error<E>>`: the shared transport has already parsed the service's
//! error body, so nothing is lost on the way.
//!
//! Errors never contain secrets: the transport removes the credentials it knows of, and anything
//! that looks like one of the services' API keys, from messages and body snippets.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;

/// The result type of every fallible call in this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong, in a form a program can `match` on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// 401: the credential is missing, wrong or expired.
    Authentication,
    /// 402: a spend cap or quota blocks the request (AIlink's proxy).
    PaymentRequired,
    /// 403: the credential is valid but not allowed to do this.
    Permission,
    /// 404: the resource does not exist (or a slug could not be resolved).
    NotFound,
    /// 409: the request conflicts with the resource's state.
    Conflict,
    /// 400, 413 or 422: the server rejected the request's content (413: the body is larger
    /// than the server accepts; resending the same request cannot succeed).
    Validation,
    /// 429: too many requests; see [`Error::retry_after`].
    RateLimited,
    /// 410 or 501: the endpoint is not available on this server.
    Unsupported,
    /// 5xx: the server (or a proxy in front of it) failed.
    Server,
    /// Any other non-success answer, including an envelope whose `success` is false.
    Api,
    /// The request (or the server's 408) took longer than the configured timeout.
    Timeout,
    /// The server could not be reached, or the connection broke.
    Connection,
    /// The response arrived but could not be decoded (malformed, truncated, not JSON).
    Decode,
    /// The client is misconfigured (missing key, malformed key, bad URL); nothing was sent.
    Configuration,
    /// An argument given to the SDK is invalid; nothing was sent.
    InvalidRequest,
}

impl ErrorKind {
    /// The kind a non-success HTTP status maps to.
    pub fn from_status(status: StatusCode) -> Self {
        match status.as_u16() {
            401 => Self::Authentication,
            402 => Self::PaymentRequired,
            403 => Self::Permission,
            404 => Self::NotFound,
            408 => Self::Timeout,
            409 => Self::Conflict,
            400 | 413 | 422 => Self::Validation,
            410 | 501 => Self::Unsupported,
            429 => Self::RateLimited,
            500..=599 => Self::Server,
            _ => Self::Api,
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Self::Authentication => "authentication failed",
            Self::PaymentRequired => "payment required (spend cap or quota reached)",
            Self::Permission => "permission denied",
            Self::NotFound => "not found",
            Self::Conflict => "conflict",
            Self::Validation => "invalid request rejected by the server",
            Self::RateLimited => "rate limited",
            Self::Unsupported => "not available on this server",
            Self::Server => "server error",
            Self::Api => "request failed",
            Self::Timeout => "timed out",
            Self::Connection => "connection failed",
            Self::Decode => "could not decode the response",
            Self::Configuration => "configuration error",
            Self::InvalidRequest => "invalid argument",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// The error of every call in this crate. Cheap to clone.
///
/// ```
/// use agent_apis::{Error, ErrorKind};
/// fn explain(e: &Error) -> &'static str {
///     match e.kind() {
///         ErrorKind::NotFound => "no such thing",
///         ErrorKind::RateLimited => "slow down",
///         _ if e.is_retryable() => "try again later",
///         _ => "give up",
///     }
/// }
/// # let _ = explain;
/// ```
#[derive(Clone)]
pub struct Error {
    inner: Box<Inner>,
}

#[derive(Clone)]
struct Inner {
    kind: ErrorKind,
    message: String,
    status: Option<StatusCode>,
    details: Option<String>,
    code: Option<String>,
    error_type: Option<String>,
    request_id: Option<String>,
    retry_after: Option<Duration>,
    body_snippet: Option<String>,
    service: Option<&'static str>,
    operation: Option<&'static str>,
    source: Option<Arc<dyn std::error::Error + Send + Sync>>,
}

impl Error {
    /// A new error of `kind` with a human-readable `message`. Like every text an `Error`
    /// stores, the message is scrubbed of secrets (credentials, tokens and key-shaped strings).
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            inner: Box::new(Inner {
                kind,
                message: crate::redact::scrub(&message.into()),
                status: None,
                details: None,
                code: None,
                error_type: None,
                request_id: None,
                retry_after: None,
                body_snippet: None,
                service: None,
                operation: None,
                source: None,
            }),
        }
    }

    /// A configuration error (nothing was sent).
    pub fn configuration(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Configuration, message)
    }

    /// An invalid-argument error (nothing was sent).
    pub fn invalid_request(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::InvalidRequest, message)
    }

    /// A decode error carrying a short snippet of what arrived.
    pub fn decode(message: impl Into<String>, body: &[u8]) -> Self {
        Self::new(ErrorKind::Decode, message).with_body_snippet(body)
    }

    /// Sets the HTTP status.
    pub fn with_status(mut self, status: StatusCode) -> Self {
        self.inner.status = Some(status);
        self
    }

    /// Sets the service's own error details (for example Clink's `error` field).
    pub fn with_details(mut self, details: impl Into<String>) -> Self {
        self.inner.details = Some(crate::redact::scrub(&details.into()));
        self
    }

    /// Sets the service's machine-readable error code (AIlink head's `error.code`, such as
    /// `token_not_found` or `spend_cap_reached`).
    pub fn with_code(mut self, code: impl Into<String>) -> Self {
        self.inner.code = Some(crate::redact::scrub(&code.into()));
        self
    }

    /// Sets the service's error type (AIlink head's and OpenAI's `error.type`, such as
    /// `invalid_request_error`).
    pub fn with_error_type(mut self, error_type: impl Into<String>) -> Self {
        self.inner.error_type = Some(crate::redact::scrub(&error_type.into()));
        self
    }

    /// Sets the request id the server sent.
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.inner.request_id = Some(crate::redact::scrub(&request_id.into()));
        self
    }

    /// Sets how long the server asked the caller to wait.
    pub fn with_retry_after(mut self, retry_after: Duration) -> Self {
        self.inner.retry_after = Some(retry_after);
        self
    }

    /// Keeps a short, printable snippet of a response body (at most 512 characters).
    pub fn with_body_snippet(mut self, body: &[u8]) -> Self {
        self.inner.body_snippet = Some(crate::redact::snippet(body));
        self
    }

    /// Names the service and operation the error belongs to.
    pub fn with_operation(mut self, service: &'static str, operation: &'static str) -> Self {
        self.inner.service = Some(service);
        self.inner.operation = Some(operation);
        self
    }

    /// Sets the underlying cause.
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.inner.source = Some(Arc::new(source));
        self
    }

    /// The same error with `f` applied to each text that may carry what a server sent
    /// (message, details, body snippet); everything else is kept. Used to scrub secrets.
    pub(crate) fn map_text(mut self, f: impl Fn(&str) -> String) -> Self {
        let inner = &mut self.inner;
        inner.message = f(&inner.message);
        inner.details = inner.details.as_deref().map(&f);
        inner.body_snippet = inner.body_snippet.as_deref().map(&f);
        inner.request_id = inner.request_id.as_deref().map(&f);
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The message: the service's own when it sent one, otherwise what the SDK observed.
    pub fn message(&self) -> &str {
        &self.inner.message
    }

    /// The HTTP status, when the error came from a response.
    pub fn status(&self) -> Option<StatusCode> {
        self.inner.status
    }

    /// Further details the service sent besides its message (validation errors, error codes).
    pub fn details(&self) -> Option<&str> {
        self.inner.details.as_deref()
    }

    /// The service's machine-readable error code, when it sent one (AIlink head:
    /// `token_not_found`, `spend_cap_reached`, `payload_too_large`, …).
    pub fn code(&self) -> Option<&str> {
        self.inner.code.as_deref()
    }

    /// The service's error type, when it sent one (`invalid_request_error`, `billing_error`,
    /// …).
    pub fn error_type(&self) -> Option<&str> {
        self.inner.error_type.as_deref()
    }

    /// The request id the server sent (`x-request-id` and similar headers, or the error
    /// body's `request_id`).
    pub fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }

    /// How long the server asked to wait before retrying (`Retry-After`).
    pub fn retry_after(&self) -> Option<Duration> {
        self.inner.retry_after
    }

    /// A short snippet of the response body, for bodies that could not be understood.
    pub fn body_snippet(&self) -> Option<&str> {
        self.inner.body_snippet.as_deref()
    }

    /// The service (`"autonomi"`, `"clink"`, ...) whose call failed, when known.
    pub fn service(&self) -> Option<&'static str> {
        self.inner.service
    }

    /// The operation id whose call failed, when known.
    pub fn operation_id(&self) -> Option<&'static str> {
        self.inner.operation
    }

    /// Whether trying the same request again may succeed: connection failures, timeouts, 408,
    /// 429 and 5xx.
    pub fn is_retryable(&self) -> bool {
        match self.inner.kind {
            ErrorKind::Connection | ErrorKind::Timeout | ErrorKind::RateLimited => true,
            ErrorKind::Server => self
                .inner
                .status
                .is_none_or(|s| s != StatusCode::NOT_IMPLEMENTED),
            _ => false,
        }
    }

    /// Shorthand for `kind() == ErrorKind::NotFound`.
    pub fn is_not_found(&self) -> bool {
        self.inner.kind == ErrorKind::NotFound
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &self.inner;
        if let (Some(service), Some(op)) = (i.service, i.operation) {
            write!(f, "{service}.{op}: ")?;
        }
        write!(f, "{}", i.kind)?;
        if let Some(status) = i.status {
            write!(f, " (HTTP {})", status.as_u16())?;
        }
        if !i.message.is_empty() {
            write!(f, ": {}", i.message)?;
        }
        if let Some(details) = &i.details {
            write!(f, " ({details})")?;
        }
        if let Some(code) = &i.code {
            write!(f, " [code {code}]")?;
        }
        if let Some(id) = &i.request_id {
            write!(f, " [request id {id}]")?;
        }
        if let Some(snippet) = &i.body_snippet {
            write!(f, "; body: {snippet}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &self.inner;
        f.debug_struct("Error")
            .field("kind", &i.kind)
            .field("status", &i.status.map(|s| s.as_u16()))
            .field("message", &i.message)
            .field("details", &i.details)
            .field("code", &i.code)
            .field("error_type", &i.error_type)
            .field("request_id", &i.request_id)
            .field("retry_after", &i.retry_after)
            .field("body_snippet", &i.body_snippet)
            .field("service", &i.service)
            .field("operation", &i.operation)
            .finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner
            .source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Self {
        // `without_url` keeps query strings (which may carry tokens) out of messages.
        let e = e.without_url();
        let kind = if e.is_timeout() {
            ErrorKind::Timeout
        } else if e.is_redirect() {
            // The SDK's redirect policy refused to go on (a redirect loop within the origin):
            // the server's answer, like a refused cross-origin redirect, and sending the same
            // request again would loop again.
            ErrorKind::Api
        } else if e.is_decode() || e.is_body() {
            ErrorKind::Decode
        } else if e.is_builder() {
            ErrorKind::InvalidRequest
        } else {
            ErrorKind::Connection
        };
        let mut message = e.to_string();
        let mut src = std::error::Error::source(&e);
        while let Some(s) = src {
            message.push_str(": ");
            message.push_str(&s.to_string());
            src = s.source();
        }
        if e.is_redirect() {
            message.push_str(&format!(
                " (the SDK follows at most {} redirects within the origin; the server kept \
                 redirecting)",
                crate::transport::MAX_REDIRECTS
            ));
        }
        let status = e.status();
        let mut err = Error::new(kind, crate::redact::scrub(&message));
        if let Some(status) = status {
            err = err.with_status(status);
        }
        err.with_source(e)
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::new(ErrorKind::Decode, decode_detail(&e))
    }
}

/// serde_json's message for `e` without the string values it quotes: `invalid type: string
/// "loki_…", expected i64` quotes what the server sent, which may be a secret. What remains
/// (the kind of mismatch, the field names in backticks, the expected type, line and column)
/// locates the problem; the error's body snippet, scrubbed, shows the data.
pub(crate) fn decode_detail(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let mut out = String::with_capacity(text.len());
    let mut quoted = None;
    for c in text.chars() {
        match (quoted, c) {
            (None, '"') => {
                quoted = Some(c);
                out.push(c);
                out.push('…');
            }
            (Some(q), c) if c == q => {
                quoted = None;
                out.push(c);
            }
            (Some(_), _) => {}
            (None, c) => out.push(c),
        }
    }
    out
}

impl Error {
    /// The error for an answer whose body broke off while it was read: a timeout stays a
    /// timeout; a reset or truncation is a decode error saying so.
    pub(crate) fn body_broke(e: reqwest::Error) -> Self {
        let timeout = e.is_timeout();
        let err = Error::from(e);
        if timeout {
            return err;
        }
        Error::new(
            ErrorKind::Decode,
            format!(
                "the response body was truncated or unreadable: {}",
                err.message()
            ),
        )
    }
}

impl Error {
    /// The crate's error for an error of the generated code.
    pub(crate) fn from_generated<E>(e: progenitor_client::Error<E>) -> Self {
        use progenitor_client::Error as P;
        match e {
            P::InvalidRequest(msg) => Error::invalid_request(crate::redact::scrub(&msg)),
            P::Custom(msg) => Error::invalid_request(crate::redact::scrub(&msg)),
            P::CommunicationError(e) | P::InvalidUpgrade(e) => e.into(),
            P::ResponseBodyError(e) => Error::body_broke(e),
            P::InvalidResponsePayload(body, e) => {
                let what = if body.is_empty() {
                    "the response body was empty".to_string()
                } else {
                    format!(
                        "the response body is not the expected JSON: {}",
                        decode_detail(&e)
                    )
                };
                // No `with_source(e)`: serde's own text quotes the values (see `decode_detail`).
                Error::decode(what, &body)
            }
            P::ErrorResponse(rv) => {
                crate::transport::error_from_parts(rv.status(), rv.headers(), &[], None)
            }
            P::UnexpectedResponse(resp) => match resp.extensions().get::<Error>() {
                Some(err) => err.clone(),
                None => {
                    let status = resp.status();
                    if status.is_success() {
                        Error::new(
                            ErrorKind::Decode,
                            format!("unexpected success status {status} for this operation"),
                        )
                        .with_status(status)
                    } else {
                        crate::transport::error_from_parts(status, resp.headers(), &[], None)
                    }
                }
            },
        }
    }
}
