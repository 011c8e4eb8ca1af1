//! The one transport every generated client sends through.
//!
//! Each generated operation sends through [`Transport::exec_reply`] (`build.rs` rewrites
//! progenitor's `ClientHooks::exec` call into it; the hook itself calls [`Transport::exec`]);
//! everything that is the same for every service lives here, once:
//!
//! - authentication from a [`Credentials`] (sensitive header values, renewal on 401);
//! - `User-Agent: agent-apis/<version>`, the client's default headers, per-call headers and
//!   idempotency keys (progenitor's `api-version` header is left out by codegen);
//! - timeouts (connect, and one per attempt covering the whole exchange including the body);
//! - retries with backoff, jitter and `Retry-After` (see [`retry`]);
//! - one `tracing` span per operation;
//! - turning every non-success answer into an [`Error`] with the service's own message, which
//!   travels to the caller inside the response's extensions (so `?` on a generated call yields
//!   the full error even though progenitor only sees an "unexpected response").

// Each service uses part of this module; a build with some services only leaves the rest unused.
#![cfg_attr(
    not(all(
        feature = "autonomi",
        feature = "clink",
        feature = "ailink",
        feature = "mosaia"
    )),
    allow(dead_code)
)]
mod credentials;
mod deadline;
mod decode;
mod path;
pub mod retry;
mod warmup;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::{Request, Response, StatusCode};
use tracing::Instrument;

pub use credentials::{Credentials, StaticCredential};
// The envelope checks of Clink's and Mosaia's generated answer types.
#[cfg(any(feature = "clink", feature = "mosaia"))]
pub(crate) use decode::{body_failure, reports_error};
pub(crate) use decode::{decode_body, decode_response, reply_parts, BodyVerdict};
// The parameters marked `x-secret` (AIlink's virtual token in a path).
#[cfg_attr(not(feature = "ailink"), allow(unused_imports))]
pub(crate) use path::hold_secret_segment;
pub(crate) use path::{path_segment, Base};
pub use retry::RetryPolicy;

use crate::{Error, ErrorKind};
use deadline::Deadline;

/// The `User-Agent` every request carries.
pub const USER_AGENT: &str = concat!("agent-apis/", env!("CARGO_PKG_VERSION"));

/// Error bodies larger than this are cut (the rest is not read).
pub(crate) const MAX_ERROR_BODY: usize = 1 << 20;

/// Default whole-attempt timeout: generous, because LLM-backed calls can take minutes.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(600);

/// Default connect timeout.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// What the transport needs to know about a service. One `static` per service.
#[derive(Debug)]
pub struct ServiceProfile {
    /// Short name used in errors and spans (`"autonomi"`).
    pub name: &'static str,
    /// Headers that carry an idempotency key (their presence makes a POST retryable); a
    /// per-call key is sent under each of them.
    pub idempotency_headers: &'static [&'static str],
    /// The success status each operation declares (generated from the spec).
    pub declared_status: fn(&str) -> Option<u16>,
}

/// Headers that carry a request id, in the order they are looked for. Pre-parsed names: a
/// lookup by `&str` would parse and validate the name on every call.
const REQUEST_ID_HEADERS: [HeaderName; 5] = [
    HeaderName::from_static("x-request-id"),
    HeaderName::from_static("request-id"),
    HeaderName::from_static("x-amzn-requestid"),
    HeaderName::from_static("x-correlation-id"),
    HeaderName::from_static("cf-ray"),
];

/// Settings the transport applies to every request of a client.
#[derive(Clone)]
pub struct TransportConfig {
    /// How failed attempts are retried.
    pub retry: RetryPolicy,
    /// Per-attempt timeout covering connect, send and reading the whole body.
    pub timeout: Duration,
    /// Connect timeout.
    pub connect_timeout: Duration,
    /// Headers added to every request (session ids, agent names).
    pub default_headers: HeaderMap,
    /// How requests are authenticated, if at all.
    pub credentials: Option<Arc<dyn Credentials>>,
    /// The largest success body read, in bytes; a larger answer is a
    /// [`ErrorKind::Decode`] error instead of unbounded memory. Default 256 MiB.
    pub max_response_size: usize,
}

/// Default of `ClientBuilder::max_response_size`: 256 MiB.
pub const DEFAULT_MAX_RESPONSE_SIZE: usize = 256 << 20;

impl Default for TransportConfig {
    fn default() -> Self {
        Self {
            retry: RetryPolicy::default(),
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            default_headers: HeaderMap::new(),
            credentials: None,
            max_response_size: DEFAULT_MAX_RESPONSE_SIZE,
        }
    }
}

impl fmt::Debug for TransportConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransportConfig")
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("default_headers", &HeaderNames(&self.default_headers))
            .field("credentials", &self.credentials)
            .field("max_response_size", &self.max_response_size)
            .finish()
    }
}

/// A header map as its `Debug` shows it: the names only, since a value may be a credential.
pub(crate) struct HeaderNames<'h>(pub(crate) &'h HeaderMap);

impl fmt::Debug for HeaderNames<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.keys()).finish()
    }
}

/// Options for the calls made through one client handle; see
/// `Client::with_options` on every service client. Its `Debug` shows the names of the
/// headers added, never their values.
#[derive(Clone, Default)]
pub struct CallOptions {
    timeout: Option<Duration>,
    max_retries: Option<u32>,
    idempotency_key: Option<Arc<IdempotencyKey>>,
    headers: HeaderMap,
}

impl fmt::Debug for CallOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallOptions")
            .field("timeout", &self.timeout)
            .field("max_retries", &self.max_retries)
            .field("idempotency_key", &self.idempotency_key)
            .field("headers", &HeaderNames(&self.headers))
            .finish()
    }
}

/// An idempotency key given to [`CallOptions::idempotency_key`]: it belongs to one logical
/// request, so the first call through the handle uses it (on every attempt of that call) and any
/// later call through the same handle is refused.
struct IdempotencyKey {
    value: String,
    used: std::sync::atomic::AtomicBool,
    /// The header value, once a call has claimed the key: what each of its attempts carries.
    claimed: std::sync::OnceLock<HeaderValue>,
}

impl fmt::Debug for IdempotencyKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IdempotencyKey")
            .field("value", &self.value)
            .field("used", &self.used)
            .finish_non_exhaustive()
    }
}

impl IdempotencyKey {
    /// The header value for the call claiming this key; an `InvalidRequest` when the key is
    /// not a valid header value or an earlier call used it.
    fn claim(&self) -> crate::Result<()> {
        let value = HeaderValue::from_str(&self.value).map_err(|_| {
            Error::invalid_request(
                "the idempotency key contains characters not allowed in an HTTP header",
            )
        })?;
        if self.used.swap(true, std::sync::atomic::Ordering::AcqRel) {
            return Err(Error::invalid_request(
                "this idempotency key was already used by an earlier call through the same \
                 handle; an idempotency key names one logical request: make a new \
                 `with_options(CallOptions::new().idempotency_key(..))` handle per request",
            ));
        }
        let _ = self.claimed.set(value);
        Ok(())
    }
}

impl CallOptions {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// Per-attempt timeout for these calls.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Retries for these calls (0 disables).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = Some(retries);
        self
    }

    /// Sends `key` in the service's idempotency header for **one** call, which also makes that
    /// POST or PATCH retryable (every retry carries the same key). A key names one logical
    /// request: the first call through the handle uses it, and a second call through the same
    /// handle fails with [`ErrorKind::InvalidRequest`] instead of reusing it (a server would
    /// answer it with the first call's result). A key that is not a valid header value, or a
    /// service without an idempotency header (AIlink's management API), is an
    /// `InvalidRequest` too; nothing is sent.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(Arc::new(IdempotencyKey {
            value: key.into(),
            used: std::sync::atomic::AtomicBool::new(false),
            claimed: std::sync::OnceLock::new(),
        }));
        self
    }

    /// Adds a header to these calls. Invalid names or values are reported when the call is sent.
    pub fn header(mut self, name: &str, value: &str) -> crate::Result<Self> {
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| Error::invalid_request(format!("invalid header name {name:?}")))?;
        let value = HeaderValue::from_str(value)
            .map_err(|_| Error::invalid_request(format!("invalid value for header {name}")))?;
        self.headers.insert(name, value);
        Ok(self)
    }
}

/// The shared transport of one client: cheap to clone, safe to share between tasks.
#[derive(Clone)]
pub struct Transport {
    shared: Arc<Shared>,
    call: CallOptions,
}

struct Shared {
    profile: &'static ServiceProfile,
    http: reqwest::Client,
    config: TransportConfig,
    /// The caller's additions to the HTTP client, kept to build an equivalent one.
    #[cfg_attr(not(feature = "clink"), allow(dead_code))]
    configure: Option<crate::config::ConfigureHttp>,
    /// The values of sensitive default headers (Clink's session id), held as [`Secret`]s so
    /// that everything the SDK prints is scrubbed of them while the client lives.
    _header_secrets: Vec<crate::Secret>,
    /// The connection pool's warm-up (see [`warmup`]).
    warmup: warmup::Warmup,
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("service", &self.shared.profile.name)
            .field("config", &self.shared.config)
            .field("call", &self.call)
            .finish()
    }
}

/// Implemented by the `inner` value of every generated client, so that the generated
/// `ClientHooks` can find the transport.
pub trait HasTransport: Clone {
    /// The transport requests go through.
    fn transport(&self) -> &Transport;
    /// A copy whose transport applies `options` to its calls.
    fn with_call_options(&self, options: CallOptions) -> Self;
}

impl HasTransport for Transport {
    fn transport(&self) -> &Transport {
        self
    }
    fn with_call_options(&self, options: CallOptions) -> Self {
        Transport {
            shared: self.shared.clone(),
            call: options,
        }
    }
}

impl Transport {
    /// A transport for `profile` with `config`, sending through a `reqwest::Client` built here
    /// from `http_client_builder` (same-origin redirects only), with the caller's `configure` applied first (proxies,
    /// custom roots, mTLS) and the configured timeouts last.
    pub fn new(
        profile: &'static ServiceProfile,
        config: TransportConfig,
        configure: Option<crate::config::ConfigureHttp>,
    ) -> crate::Result<Self> {
        let http = build_http(&config, configure.as_deref())?;
        let header_secrets = config
            .default_headers
            .values()
            .filter(|v| v.is_sensitive())
            .filter_map(|v| v.to_str().ok())
            .map(crate::Secret::new)
            .collect();
        Ok(Self {
            shared: Arc::new(Shared {
                profile,
                http,
                config,
                configure,
                _header_secrets: header_secrets,
                warmup: warmup::Warmup::default(),
            }),
            call: CallOptions::default(),
        })
    }

    /// A transport sharing this one's HTTP client (and connection pool) that authenticates with
    /// `credentials` instead.
    #[cfg_attr(not(feature = "mosaia"), allow(dead_code))]
    pub(crate) fn with_credentials(&self, credentials: Arc<dyn Credentials>) -> Self {
        let mut config = self.shared.config.clone();
        config.credentials = Some(credentials);
        Self {
            shared: Arc::new(Shared {
                profile: self.shared.profile,
                http: self.shared.http.clone(),
                config,
                configure: self.shared.configure.clone(),
                _header_secrets: self.shared._header_secrets.clone(),
                warmup: warmup::Warmup::default(),
            }),
            call: CallOptions::default(),
        }
    }

    /// An equivalent transport with an HTTP client (and connection pool) of its own: for
    /// requests sent while the runtime that drove this one's connections shuts down.
    #[cfg_attr(not(feature = "clink"), allow(dead_code))]
    pub(crate) fn with_fresh_connections(&self) -> crate::Result<Self> {
        let http = build_http(&self.shared.config, self.shared.configure.as_deref())?;
        Ok(Self {
            shared: Arc::new(Shared {
                profile: self.shared.profile,
                http,
                config: self.shared.config.clone(),
                configure: self.shared.configure.clone(),
                _header_secrets: self.shared._header_secrets.clone(),
                warmup: warmup::Warmup::default(),
            }),
            call: self.call.clone(),
        })
    }

    /// The `reqwest::Client` requests go through.
    pub fn http(&self) -> &reqwest::Client {
        &self.shared.http
    }

    /// The configuration this transport was built with.
    pub fn config(&self) -> &TransportConfig {
        &self.shared.config
    }

    /// Removes every secret this transport knows of (and key-shaped strings) from `text`.
    /// The credential is asked each time, so tokens it obtained later (refreshed sessions) are
    /// covered too.
    pub fn scrub(&self, text: &str) -> String {
        let secrets = self
            .shared
            .config
            .credentials
            .as_ref()
            .map(|c| c.secrets())
            .unwrap_or_default();
        let known: Vec<&str> = secrets.iter().map(String::as_str).collect();
        crate::redact::scrub_known(text, &known)
    }

    /// [`Transport::exec`] for hand-built requests (passthroughs, endpoints outside a spec):
    /// the same policy, with any failure — a transport error or the answer's carried
    /// [`Error`] — returned as `Err`, naming `operation_id`. `Ok` is always a success answer.
    pub async fn send(
        &self,
        request: Request,
        operation_id: &'static str,
    ) -> crate::Result<Response> {
        self.send_with(request, operation_id, Mode::Whole).await
    }

    /// [`Transport::send`] for answers read as they arrive (server-sent events, large
    /// downloads): the same headers, auth, retries (before the answer starts) and error mapping,
    /// but a success answer comes back with its body unread, and no whole-exchange timeout
    /// applies to it — only the time until its headers arrive is bounded by the configured
    /// timeout. Bound the body with an idle timeout while reading it (see [`crate::sse`]).
    pub async fn send_streaming(
        &self,
        request: Request,
        operation_id: &'static str,
    ) -> crate::Result<Response> {
        self.send_with(request, operation_id, Mode::Streaming).await
    }

    /// For clients of their own that read answers themselves (the `openai()` bridge): the
    /// whole policy — headers, auth, the whole-exchange timeout, retries, redirects, tracing —
    /// but every final answer, success or not, comes back as it arrived, its body unread.
    #[cfg_attr(not(feature = "openai"), allow(dead_code))]
    pub(crate) async fn send_passthrough(
        &self,
        request: Request,
        operation_id: &'static str,
    ) -> crate::Result<Response> {
        let response = self
            .exec_mode(request, None, operation_id, Mode::Passthrough)
            .await
            .map_err(|e| Error::from(e).with_operation(self.shared.profile.name, operation_id))?
            .into_response();
        match response.extensions().get::<Error>() {
            Some(err) => Err(err.clone()),
            None => Ok(response),
        }
    }

    async fn send_with(
        &self,
        request: Request,
        operation_id: &'static str,
        mode: Mode,
    ) -> crate::Result<Response> {
        let reply = self
            .exec_mode(request, None, operation_id, mode)
            .await
            .map_err(|e| Error::from(e).with_operation(self.shared.profile.name, operation_id))?;
        // Callers of `send` read the body themselves: hand them one whose stream is the body the
        // transport read.
        let response = match reply {
            Reply::Read { mut resp, body, .. } => {
                let headers = std::mem::take(resp.headers_mut());
                return Ok(rebuild(resp.status(), headers, body, None));
            }
            Reply::Response(response) => response,
        };
        if let Some(err) = response.extensions().get::<Error>() {
            return Err(err.clone());
        }
        let status = response.status();
        if !status.is_success() {
            let err = error_from_parts(status, response.headers(), &[], None);
            return Err(err.with_operation(self.shared.profile.name, operation_id));
        }
        Ok(response)
    }

    /// Sends `request` for operation `operation_id` with the full policy: headers, auth,
    /// timeout, retries, tracing and error mapping. Non-success answers come back as a response
    /// carrying the [`Error`] in its extensions.
    ///
    /// The returned future is small (one pointer to the call's boxed state), whatever awaits
    /// it: see [`Transport::exec_mode`].
    pub fn exec(
        &self,
        request: Request,
        operation_id: &'static str,
    ) -> impl Future<Output = reqwest::Result<Response>> + Send + '_ {
        let reply = self.exec_mode(request, None, operation_id, Mode::Whole);
        async move { reply.await.map(Reply::into_response) }
    }

    /// [`Transport::exec`] for the generated operations (see `build/codegen.rs`): a success
    /// comes back as a [`Reply`] holding the body the transport read, which
    /// [`decode_response`] decodes, instead of a response carrying it in its extensions (an
    /// allocated map, filled and emptied again, on every call).
    pub(crate) fn exec_reply(
        &self,
        request: Request,
        operation_id: &'static str,
    ) -> Pin<Box<dyn Future<Output = reqwest::Result<Reply>> + Send + '_>> {
        self.exec_mode(request, None, operation_id, Mode::Whole)
    }

    /// [`Transport::exec_reply`] for a request that `build` makes: the first attempt sends the
    /// first one it builds, and each further attempt (a retry, a resend after a renewed
    /// credential) sends a new one, so that nothing is copied on the way in case an attempt
    /// fails. The generated operations (see `build/codegen.rs`) pass their request-building
    /// expression; an error building it is returned as it is, nothing sent.
    pub(crate) fn exec_rebuilding<'a>(
        &'a self,
        build: Rebuild<'a>,
        operation_id: &'static str,
    ) -> Pin<Box<dyn Future<Output = reqwest::Result<Reply>> + Send + 'a>> {
        match build() {
            Ok(request) => self.exec_mode(request, Some(build), operation_id, Mode::Whole),
            Err(e) => Box::pin(std::future::ready(Err(e))),
        }
    }

    /// The call's whole state — the request, the HTTP exchange, the body read, the backoff
    /// timers: kilobytes — is boxed here, once per call, and the request is moved there once.
    /// Every future above it (the generated builders, `send()`, a caller's task) then holds a
    /// pointer instead of embedding it, and of copying it again at each level; small futures
    /// are what keeps many concurrent calls cheap.
    fn exec_mode<'a>(
        &'a self,
        request: Request,
        rebuild: Option<Rebuild<'a>>,
        operation_id: &'static str,
        mode: Mode,
    ) -> Pin<Box<dyn Future<Output = reqwest::Result<Reply>> + Send + 'a>> {
        let span = tracing::info_span!(
            "agent_apis.request",
            service = self.shared.profile.name,
            operation = operation_id,
            method = %request.method(),
            path = tracing::field::Empty,
            status = tracing::field::Empty,
            attempt = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        if span.is_disabled() {
            // Nobody listens: skip entering and leaving the span on every poll.
            Box::pin(self.exec_inner(request, rebuild, operation_id, span, mode))
        } else {
            // Scrubbed only for a listener: scrubbing costs more than the rest of the span.
            span.record(
                "path",
                tracing::field::display(crate::redact::scrub(request.url().path())),
            );
            let entered = span.clone();
            Box::pin(
                self.exec_inner(request, rebuild, operation_id, span, mode)
                    .instrument(entered),
            )
        }
    }

    /// The call: headers and timeout set here, then the attempts. Written as a plain function
    /// returning one `async move` block (not an `async fn`), so that the request is held in one
    /// place across the attempts — an `async fn` keeps its argument and its local copies each
    /// in a slot of their own.
    fn exec_inner<'a>(
        &'a self,
        mut request: Request,
        mut rebuild: Option<Rebuild<'a>>,
        operation_id: &'static str,
        span: tracing::Span,
        mode: Mode,
    ) -> impl Future<Output = reqwest::Result<Reply>> + Send + 'a {
        // Span fields are recorded only for a listener: recording into a disabled span still
        // costs (the `log` fallback), and the clock is read only for `duration_ms`.
        let listened = !span.is_disabled();
        let started = listened.then(Instant::now);
        // Kept (boxed: the call's state stays small) only for a listener.
        let span = listened.then(|| Box::new(span));
        let profile = self.shared.profile;
        let config = &self.shared.config;
        let prepared = self.claim();
        if prepared.is_ok() {
            self.stamp(&mut request, mode);
        }
        let idempotent = retry::is_idempotent(request.method())
            || profile
                .idempotency_headers
                .iter()
                .any(|h| request.headers().contains_key(*h));
        let retries = self.call.max_retries.unwrap_or(config.retry.max_retries);
        let timeout = self.call.timeout.unwrap_or(config.timeout);
        // The request every attempt starts from (the last one that may be sent takes it), or
        // with `rebuild` the first attempt's request. Boxed
        // (a small allocation) so that the call's state stays within the allocator's per-thread
        // cache: a larger block takes an arena lock to allocate and to free.
        let mut pending = prepared.is_ok().then(|| Box::new(request));
        async move {
            let span = &span;
            if let Err(err) = prepared {
                return Ok(Reply::Response(error_response(
                    err.with_operation(profile.name, operation_id),
                )));
            }
            let mut attempt: u32 = 0;
            let mut renewed = false;

            let outcome = 'attempts: loop {
                attempt += 1;
                // One attempt. It ends the call (`break 'attempts` with the outcome) or says
                // when to go again: `Some(wait)` after backing off, `None` at once (a renewed
                // credential). The wait comes after the block: the attempt's state (its deadline,
                // its answer) is not kept across it.
                let again: Option<Duration> = 'attempt: {
                    // The request this attempt sends.
                    let (this, can_retry) = match rebuild.as_mut() {
                        // A call that can build its request again sends the first one it built,
                        // then a new one for each further attempt: nothing is copied in case an
                        // attempt fails. Each carries the credential's header(s) as they are now
                        // (renewed after a 401). Boxed across the credential's await, like the kept
                        // request: the call's state stays small.
                        Some(build) => {
                            let mut this = match pending.take() {
                                Some(first) => first,
                                None => match self.build_again(build, mode) {
                                    Ok(again) => again,
                                    Err(e) => break 'attempts Outcome::Transport(e),
                                },
                            };
                            if let Some(creds) = &config.credentials {
                                if let Err(e) = creds.apply(this.headers_mut()).await {
                                    break 'attempts Outcome::Failed(e);
                                }
                            }
                            (this, attempt <= retries)
                        }
                        // Otherwise the credential's header(s) go on the kept request, so that a
                        // copy carries them and a renewed credential's replace them. A copy is sent
                        // while the request may have to go again (a retry, or once more after a
                        // renewed credential); the last possible attempt sends the original. A
                        // streaming body cannot be replayed: then the original is sent, once.
                        None => {
                            if let (Some(creds), Some(request)) =
                                (&config.credentials, pending.as_mut())
                            {
                                if let Err(e) = creds.apply(request.headers_mut()).await {
                                    break 'attempts Outcome::Failed(e);
                                }
                            }
                            let may_resend =
                                attempt <= retries || (!renewed && config.credentials.is_some());
                            let copy = if may_resend {
                                pending.as_deref().and_then(copy_request)
                            } else {
                                None
                            };
                            match copy {
                                Some(copy) => (copy, attempt <= retries),
                                None => match pending.take() {
                                    Some(original) => (original, false),
                                    None => {
                                        break 'attempts Outcome::Failed(Error::invalid_request(
                                            "the request body is a stream and cannot be sent again",
                                        ))
                                    }
                                },
                            }
                        }
                    };
                    // While the client's connection pool warms up, a call lets the runtime turn
                    // once before it asks the pool, so that connects that have finished land
                    // there first (see `warmup`).
                    let warming = self.shared.warmup.begin();
                    if warming {
                        tokio::task::yield_now().await;
                    }
                    // Only the exchange's future lives on: no request is held across the awaits
                    // below. The request is boxed up to here (a copy too), so that it is moved
                    // once, into the exchange, not at every step that hands it on.
                    let exchange = self.shared.http.execute(*this);
                    // The attempt's deadline: the exchange, then (read inside the attempt) the
                    // body; for a stream, the wait for its headers.
                    let mut deadline = std::pin::pin!(Deadline::after(timeout));
                    // `result` lives in this block only: the answer alone is kept across the
                    // awaits below.
                    let resp = {
                        let result = deadline.as_mut().within(exchange).await;
                        if warming {
                            self.shared.warmup.end();
                        }
                        if let Some(span) = span {
                            span.record("attempt", attempt);
                        }
                        let Some(result) = result else {
                            // Like a transport error that timed out: worth another attempt if the
                            // request is safe to repeat (not for a stream, whose caller waits).
                            if mode != Mode::Streaming && can_retry && idempotent {
                                let wait = config.retry.backoff(attempt);
                                cold(|| {
                                    tracing::debug!(
                                        ?timeout,
                                        ?wait,
                                        "no answer in time; backing off"
                                    )
                                });
                                break 'attempt Some(wait);
                            }
                            break 'attempts Outcome::Failed(cold(|| {
                                Error::new(
                                    ErrorKind::Timeout,
                                    format!("no answer within {timeout:?}"),
                                )
                            }));
                        };
                        match result {
                            Ok(resp) => resp,
                            Err(e) => {
                                // A refused connection never reached the server: safe to retry any
                                // method. A redirect the policy refused (a loop) would only loop
                                // again.
                                let transient = !e.is_redirect()
                                    && (e.is_connect() || e.is_timeout() || e.is_request());
                                if can_retry && transient && (idempotent || e.is_connect()) {
                                    let wait = config.retry.backoff(attempt);
                                    cold(|| {
                                        let error = e.without_url();
                                        tracing::debug!(%error, ?wait, "transport error; backing off");
                                    });
                                    break 'attempt Some(wait);
                                }
                                break 'attempts Outcome::Transport(e);
                            }
                        }
                    };
                    let status = resp.status();
                    if let Some(span) = span {
                        span.record("status", status.as_u16());
                    }
                    if status == StatusCode::UNAUTHORIZED && !renewed {
                        if let Some(creds) = &config.credentials {
                            match creds.renew().await {
                                Ok(true) => {
                                    renewed = true;
                                    attempt -= 1;
                                    cold(|| {
                                        tracing::debug!(
                                            "credential renewed after 401; sending again"
                                        )
                                    });
                                    break 'attempt None;
                                }
                                Ok(false) => {}
                                Err(e) => break 'attempts Outcome::Failed(e),
                            }
                        }
                    }
                    // A 429 says the server did not process the request: retrying is safe for every
                    // method. Other retryable statuses only for requests that are safe to repeat.
                    let repeatable = idempotent || status == StatusCode::TOO_MANY_REQUESTS;
                    if can_retry && repeatable && retry::is_retryable_status(status) {
                        let Some(wait) = config.retry.delay(attempt, resp.headers()) else {
                            // Boxed: error answers are rare, and the attempt's future stays small.
                            let read = Answer::read_boxed(resp, deadline.as_mut());
                            break 'attempts Outcome::Answer(read.await);
                        };
                        cold(|| tracing::debug!(%status, ?wait, "retryable status; backing off"));
                        break 'attempt Some(wait);
                    }
                    if status.is_redirection() {
                        break 'attempts Outcome::Failed(redirect_error(
                            status,
                            resp.headers(),
                            resp.url(),
                        ));
                    }
                    if (mode == Mode::Streaming && status.is_success()) || mode == Mode::Passthrough
                    {
                        break 'attempts Outcome::Streaming(resp);
                    }
                    // The whole answer is read inside the attempt, so that one breaking while its
                    // body arrives (reset, truncated, timed out) is a failed attempt like any
                    // other.
                    if !status.is_success() {
                        let read = Answer::read_boxed(resp, deadline.as_mut());
                        break 'attempts Outcome::Answer(read.await);
                    }
                    let mut resp = resp;
                    let read = read_body(&mut resp, config.max_response_size, deadline.as_mut());
                    match read.await {
                        Ok(body) => break 'attempts Outcome::Read(resp, body),
                        Err(BodyFailure::Broke(e)) if can_retry && idempotent => {
                            let wait = config.retry.backoff(attempt);
                            cold(|| {
                                let error = e.without_url();
                                tracing::debug!(%error, ?wait, "the body broke off; backing off");
                            });
                            Some(wait)
                        }
                        Err(BodyFailure::TimedOut) if can_retry && idempotent => {
                            let wait = config.retry.backoff(attempt);
                            cold(|| {
                                tracing::debug!(
                                    ?timeout,
                                    ?wait,
                                    "the body did not arrive in time; backing off"
                                )
                            });
                            Some(wait)
                        }
                        Err(BodyFailure::Broke(e)) => {
                            break 'attempts Outcome::Failed(cold(|| {
                                Error::body_broke(e).with_status(status)
                            }))
                        }
                        Err(BodyFailure::TimedOut) => {
                            break 'attempts Outcome::Failed(cold(|| {
                                Error::new(
                                    ErrorKind::Timeout,
                                    format!("the answer's body did not arrive within {timeout:?}"),
                                )
                                .with_status(status)
                            }))
                        }
                        Err(BodyFailure::TooLarge(cap)) => {
                            break 'attempts Outcome::Failed(cold(|| {
                                Error::new(
                                    ErrorKind::Decode,
                                    format!(
                                        "the answer is larger than the {cap} bytes this client \
                                         accepts (see max_response_size)"
                                    ),
                                )
                                .with_status(status)
                            }))
                        }
                    }
                };
                if let Some(wait) = again {
                    tokio::time::sleep(wait).await;
                }
            };

            if let Some(started) = started {
                if let Some(span) = span {
                    span.record("duration_ms", started.elapsed().as_millis() as u64);
                }
            }
            match outcome {
                Outcome::Transport(e) => Err(cold(|| {
                    // Without the URL: query strings may carry tokens.
                    let e = e.without_url();
                    tracing::debug!(error = %crate::redact::scrub(&e.to_string()), "request failed");
                    e
                })),
                Outcome::Failed(err) => Ok(Reply::Response(cold(|| {
                    error_response(
                        err.map_text(|t| self.scrub(t))
                            .with_operation(profile.name, operation_id),
                    )
                }))),
                Outcome::Read(resp, body) => {
                    Ok(self.finish_read(resp, body, operation_id, span.as_deref()))
                }
                Outcome::Answer(answer) => {
                    Ok(cold(|| self.finish(answer, operation_id, span.as_deref())))
                }
                Outcome::Streaming(resp) => {
                    if let Some(span) = span {
                        if let Some(id) = request_id(resp.headers()) {
                            span.record("request_id", self.scrub(&id).as_str());
                        }
                    }
                    Ok(Reply::Response(resp))
                }
            }
        }
    }

    /// The request of a further attempt, built again by `build` and stamped like the first.
    /// Boxed, and made by a function of its own: a request (hundreds of bytes) made inside the
    /// call's future would take a slot in the stack frame that polls every call, for this
    /// rare step.
    #[inline(never)]
    fn build_again(&self, build: &mut Rebuild<'_>, mode: Mode) -> reqwest::Result<Box<Request>> {
        let mut again = build()?;
        self.stamp(&mut again, mode);
        Ok(Box::new(again))
    }

    /// Claims the call's idempotency key (once per call; [`Transport::stamp`] then puts it on
    /// every attempt). Fails (nothing is sent) on a key the service cannot carry or that an
    /// earlier call already used.
    fn claim(&self) -> crate::Result<()> {
        let Some(key) = &self.call.idempotency_key else {
            return Ok(());
        };
        if self.shared.profile.idempotency_headers.is_empty() {
            return Err(Error::invalid_request(format!(
                "{} has no idempotency header: an idempotency key cannot be sent to it",
                self.shared.profile.name
            )));
        }
        key.claim()
    }

    /// Puts on `request` the headers and timeout every attempt carries (the idempotency key
    /// once [`Transport::claim`] has claimed it).
    fn stamp(&self, request: &mut Request, mode: Mode) {
        let config = &self.shared.config;
        let headers = request.headers_mut();
        headers.insert(
            reqwest::header::USER_AGENT,
            HeaderValue::from_static(USER_AGENT),
        );
        for (name, value) in config
            .default_headers
            .iter()
            .chain(self.call.headers.iter())
        {
            headers.insert(unshared_name(name), unshared_value(value));
        }
        if let Some(value) = self
            .call
            .idempotency_key
            .as_ref()
            .and_then(|k| k.claimed.get())
        {
            // Under every name the service reads (AIlink: one per gateway version).
            for name in self.shared.profile.idempotency_headers {
                headers.insert(*name, value.clone());
            }
        }
        // Each attempt runs under its own deadline (see `deadline`). An answer handed on with
        // its body unread for the caller to read (`Mode::Passthrough`) carries reqwest's timeout
        // as well, which covers that body. A caller's `http_client` configuration may have set
        // a client-wide reqwest timeout: the client is then built with the configured one (see
        // `build_http`), which a call's override and a stream (which outlives it: its wait for
        // headers and between chunks is bounded instead) replace. A request's own timeout is an
        // allocation on every request and on every copy of it.
        let client_wide = self.shared.configure.is_some();
        match mode {
            Mode::Passthrough => {
                *request.timeout_mut() = Some(self.call.timeout.unwrap_or(config.timeout));
            }
            Mode::Streaming if client_wide => {
                *request.timeout_mut() = Some(NO_WHOLE_EXCHANGE_TIMEOUT);
            }
            Mode::Whole if client_wide => *request.timeout_mut() = self.call.timeout,
            Mode::Streaming | Mode::Whole => {}
        }
    }

    /// A success whose body the transport read, as the generated code expects it: handed on
    /// as it arrived (the service's body check comes with decoding).
    fn finish_read(
        &self,
        resp: Response,
        body: Bytes,
        operation_id: &'static str,
        span: Option<&tracing::Span>,
    ) -> Reply {
        // The request id serves the span only: skip the lookup when nobody listens.
        if let Some(span) = span {
            if let Some(id) = request_id(resp.headers()) {
                span.record("request_id", self.scrub(&id).as_str());
            }
        }
        let declared = self.declared(operation_id, resp.status());
        Reply::Read {
            resp,
            body,
            declared,
        }
    }

    /// The success status the spec declares for `operation_id` when the server answered
    /// another one (`status`): 200 where the spec says 201.
    fn declared(&self, operation_id: &'static str, status: StatusCode) -> Option<StatusCode> {
        (self.shared.profile.declared_status)(operation_id)
            .and_then(|s| StatusCode::from_u16(s).ok())
            .filter(|d| d.is_success() && *d != status)
    }

    /// An answer that is not a success, as the generated code expects it: carrying its
    /// [`Error`] (kind from the status, the service's message from the body).
    fn finish(
        &self,
        answer: Answer,
        operation_id: &'static str,
        span: Option<&tracing::Span>,
    ) -> Reply {
        let Answer {
            status,
            headers,
            body,
        } = answer;
        let headers = &headers;
        let request_id = request_id(headers);
        if let Some(id) = &request_id {
            if let Some(span) = span {
                span.record("request_id", self.scrub(id).as_str());
            }
        }
        let err = error_from_parts(status, headers, &body, None);
        let err = self.decorate(err, status, request_id, operation_id);
        tracing::debug!(error = %err, "request answered with an error");
        Reply::Response(rebuild(status, headers.clone(), Bytes::new(), Some(err)))
    }

    fn decorate(
        &self,
        err: Error,
        status: StatusCode,
        request_id: Option<String>,
        op: &'static str,
    ) -> Error {
        let mut e = err.map_text(|text| self.scrub(text));
        if e.status().is_none() {
            e = e.with_status(status);
        }
        if let Some(id) = request_id {
            e = e.with_request_id(id);
        }
        e.with_operation(self.shared.profile.name, op)
    }
}

/// What builds a call's request again for each attempt after the first
/// ([`Transport::exec_rebuilding`]).
type Rebuild<'a> = &'a mut (dyn FnMut() -> reqwest::Result<Request> + Send);

/// How an answer's body is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Whole, inside the attempt, under the whole-exchange timeout.
    Whole,
    /// Not at all: a success answer is handed over with its body unread.
    Streaming,
    /// Not at all, for any final answer (the caller maps errors itself), under the
    /// whole-exchange timeout.
    Passthrough,
}

enum Outcome {
    /// A success, its body read whole.
    Read(Response, Bytes),
    /// Any other answer, its body read for the error.
    Answer(Answer),
    Streaming(Response),
    Transport(reqwest::Error),
    Failed(Error),
}

/// An answer that is not a success (whose body [`read_body`] reads): its status, headers and
/// (the start of) its body, read by [`Answer::read`].
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

/// The body of a success answer, read by the transport and carried in the answer's extensions
/// (the answer itself is handed on as it arrived, its body stream used up).
#[derive(Clone, Debug)]
pub(crate) struct SuccessBody(pub(crate) Bytes);

/// A final answer as the generated operations see it ([`Transport::exec_reply`]).
pub(crate) enum Reply {
    /// A success whose body the transport read whole.
    Read {
        /// The answer as it arrived, its body stream used up.
        resp: Response,
        /// Its body.
        body: Bytes,
        /// The success status the spec declares, when the server answered another 2xx (200
        /// where the spec says 201): the generated code matches the declared one.
        declared: Option<StatusCode>,
    },
    /// Any other answer; one that failed carries its [`Error`] in its extensions.
    Response(Response),
}

impl Reply {
    /// The status the generated code matches (the declared one for [`Reply::Read`]).
    pub(crate) fn status(&self) -> StatusCode {
        match self {
            Reply::Read { resp, declared, .. } => declared.unwrap_or(resp.status()),
            Reply::Response(resp) => resp.status(),
        }
    }

    /// As a `reqwest::Response`, for code that takes one: a read body travels in its
    /// extensions, and an answer with another status than the declared one is rebuilt with the
    /// declared status, keeping the real one as [`ActualStatus`].
    pub(crate) fn into_response(self) -> Response {
        match self {
            Reply::Read {
                mut resp,
                body,
                declared: None,
            } => {
                resp.extensions_mut().insert(SuccessBody(body));
                resp
            }
            Reply::Read {
                resp,
                body,
                declared: Some(declared),
            } => {
                let mut rebuilt = rebuild(declared, resp.headers().clone(), body, None);
                rebuilt.extensions_mut().insert(ActualStatus(resp.status()));
                rebuilt
            }
            Reply::Response(resp) => resp,
        }
    }
}

impl Answer {
    /// Reads an answer whose body only serves an error: at most [`MAX_ERROR_BODY`] bytes, and a
    /// body that breaks off keeps what arrived.
    async fn read(resp: Response, deadline: Pin<&mut Deadline>) -> Self {
        let status = resp.status();
        let headers = resp.headers().clone();
        let body = read_capped(resp, MAX_ERROR_BODY, Some(deadline))
            .await
            .into();
        Self {
            status,
            headers,
            body,
        }
    }

    /// [`Answer::read`], boxed by a function of its own: the future is made in that
    /// function's stack frame, not in the (hot) frame of the caller's.
    #[inline(never)]
    fn read_boxed(
        resp: Response,
        deadline: Pin<&mut Deadline>,
    ) -> Pin<Box<impl Future<Output = Self> + Send + '_>> {
        Box::pin(Self::read(resp, deadline))
    }
}

/// Reads a success body whole, up to `cap` bytes (a failure to read it is the caller's to
/// retry), leaving the answer where it is: only the body comes back.
async fn read_body(
    resp: &mut Response,
    cap: usize,
    mut deadline: Pin<&mut Deadline>,
) -> Result<Bytes, BodyFailure> {
    let declared = resp.content_length();
    if declared.is_some_and(|n| n > cap as u64) {
        return Err(BodyFailure::TooLarge(cap));
    }
    // Chunk by chunk, so that an endless body stops at `cap` and the response stays ours; a
    // body that arrives in one chunk (the usual case) is kept without a copy.
    let Some(first) = chunk(resp, deadline.as_mut()).await? else {
        return Ok(Bytes::new());
    };
    match chunk(resp, deadline.as_mut()).await? {
        None if first.len() <= cap => Ok(first),
        None => Err(BodyFailure::TooLarge(cap)),
        // Boxed: the rest of a body in several chunks is read by a future of its own, which
        // one-chunk answers (and the call's state) do not carry.
        Some(second) => Box::pin(read_rest(resp, first, second, declared, cap, deadline)).await,
    }
}

/// The rest of a success body that arrived in several chunks, `first` and `second` already
/// read, up to `cap` bytes in all.
async fn read_rest(
    resp: &mut Response,
    first: Bytes,
    second: Bytes,
    declared: Option<u64>,
    cap: usize,
    mut deadline: Pin<&mut Deadline>,
) -> Result<Bytes, BodyFailure> {
    let mut body =
        bytes::BytesMut::with_capacity(declared.map_or(first.len() + second.len(), |n| n as usize));
    let mut next = Some(second);
    body.extend_from_slice(&first);
    while let Some(chunk) = next {
        if body.len() + chunk.len() > cap {
            return Err(BodyFailure::TooLarge(cap));
        }
        body.extend_from_slice(&chunk);
        next = self::chunk(resp, deadline.as_mut()).await?;
    }
    Ok(body.freeze())
}

/// The next chunk of `resp`'s body, before `deadline`.
async fn chunk(
    resp: &mut Response,
    deadline: Pin<&mut Deadline>,
) -> Result<Option<Bytes>, BodyFailure> {
    match deadline.within(resp.chunk()).await {
        Some(chunk) => chunk.map_err(BodyFailure::Broke),
        None => Err(BodyFailure::TimedOut),
    }
}

/// The timeout a stream's request carries instead of a client-wide one (a client built with a
/// caller's `http_client` configuration has one): none in practice (a century); the stream is
/// bounded by its wait for headers and its idle timeout.
const NO_WHOLE_EXCHANGE_TIMEOUT: Duration = Duration::from_secs(100 * 365 * 24 * 60 * 60);

/// A copy of `request` to send while the original is kept for another attempt; `None` for a
/// streaming body, which cannot be sent twice. A request without a body or a timeout of its own
/// (the usual GET) is copied field by field: `Request::try_clone` allocates an extensions map
/// for the timeout on every copy, even when there is none. (A request built by a
/// `RequestBuilder` keeps nothing else in its extensions; one converted from an
/// `http::Request`, which may, always has a body.)
///
/// Boxed, and made by a function of its own, for the same reason as [`Transport::build_again`].
#[inline(never)]
fn copy_request(request: &Request) -> Option<Box<Request>> {
    if request.body().is_some() || request.timeout().is_some() {
        return request.try_clone().map(Box::new);
    }
    let mut copy = Request::new(request.method().clone(), request.url().clone());
    *copy.headers_mut() = request.headers().clone();
    *copy.version_mut() = request.version();
    Some(Box::new(copy))
}

/// Why a success body could not be read.
enum BodyFailure {
    /// The connection broke or the body was cut: worth another attempt.
    Broke(reqwest::Error),
    /// The attempt's deadline passed before the body arrived: worth another attempt.
    TimedOut,
    /// The body is larger than the client accepts: final.
    TooLarge(usize),
}

/// The error for a redirect the HTTP client did not follow: the SDK follows redirects only
/// within the configured origin (see [`http_client_builder`]), so that no credential reaches
/// another scheme, host or port. Names the target's origin only (its path or query may carry
/// secrets).
fn redirect_error(status: StatusCode, headers: &HeaderMap, from: &reqwest::Url) -> Error {
    let target = headers
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|loc| from.join(loc).ok());
    let message = match target {
        Some(to) if same_origin(from, &to) => format!(
            "the server answered {} redirecting within {}, beyond the redirects the SDK follows",
            status.as_u16(),
            origin(from)
        ),
        Some(to) => format!(
            "the server redirected ({}) from {} to another origin, {}; the SDK does not follow \
             redirects off the configured origin, so credentials never reach another host \
             (configure the final URL as the base URL if it is right)",
            status.as_u16(),
            origin(from),
            origin(&to)
        ),
        None => format!(
            "the server answered {} without a usable Location; redirects are not followed",
            status.as_u16()
        ),
    };
    let mut err = Error::new(ErrorKind::Api, message).with_status(status);
    if let Some(id) = request_id(headers) {
        err = err.with_request_id(id);
    }
    err
}

/// `scheme://host:port` of `url`.
fn origin(url: &reqwest::Url) -> String {
    format!(
        "{}://{}:{}",
        url.scheme(),
        url.host_str().unwrap_or(""),
        url.port_or_known_default().unwrap_or(0)
    )
}

/// Whether `a` and `b` share scheme, host and port.
/// A copy of a header value the client keeps (a default header, a credential) for one
/// request, sharing nothing with it. A clone would share its bytes' reference count, which every
/// request then increments and decrements: one cache line that concurrent calls on several
/// threads fight over (a copy is a small allocation from the thread's own cache).
#[inline]
pub(crate) fn unshared_value(value: &HeaderValue) -> HeaderValue {
    match HeaderValue::from_bytes(value.as_bytes()) {
        Ok(mut copy) => {
            copy.set_sensitive(value.is_sensitive());
            copy
        }
        Err(_) => value.clone(),
    }
}

/// [`unshared_value`] for a header's name: a standard name is a constant (nothing to share),
/// any other is copied.
#[inline]
pub(crate) fn unshared_name(name: &HeaderName) -> HeaderName {
    HeaderName::from_bytes(name.as_str().as_bytes()).unwrap_or_else(|_| name.clone())
}

fn same_origin(a: &reqwest::Url, b: &reqwest::Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

/// The HTTP client of a transport: the caller's `configure` first, then the SDK's redirect
/// policy and timeouts.
fn build_http(
    config: &TransportConfig,
    configure: Option<&(dyn Fn(reqwest::ClientBuilder) -> reqwest::ClientBuilder + Send + Sync)>,
) -> crate::Result<reqwest::Client> {
    // `rustls-ring`: reqwest's rustls without a built-in provider needs a process default.
    // Installing it fails harmlessly when one is already installed.
    #[cfg(all(feature = "rustls-ring", not(feature = "rustls")))]
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut builder = reqwest::Client::builder();
    if let Some(configure) = configure {
        builder = configure(builder);
    }
    // The whole-exchange timeout is each attempt's deadline (see `Transport::exec_inner`),
    // not reqwest's. A caller's configuration may have set one of reqwest's: it is replaced
    // by the configured timeout (requests override it, see `Transport::stamp`).
    if configure.is_some() {
        builder = builder.timeout(config.timeout);
    }
    http_client_builder(builder)
        .connect_timeout(config.connect_timeout)
        .build()
        .map_err(|e| Error::configuration(format!("could not build the HTTP client: {e}")))
}

/// The most redirects within one origin the SDK follows for one request.
pub(crate) const MAX_REDIRECTS: usize = 10;

/// The `reqwest::ClientBuilder` every HTTP client of the SDK starts from (or is finished
/// with, when the caller gave one): redirects are followed only within the origin the request
/// went to, at most ten of them. reqwest itself strips only `Authorization`-style headers on a
/// cross-origin redirect; the services' other credential and session headers (`X-Admin-Key`,
/// `X-Clink-Session-Id`, …) would follow it, so the SDK does not follow such redirects at all:
/// the 3xx answer becomes an [`Error`].
pub(crate) fn http_client_builder(builder: reqwest::ClientBuilder) -> reqwest::ClientBuilder {
    builder.redirect(reqwest::redirect::Policy::custom(|attempt| {
        let same = attempt
            .previous()
            .last()
            .is_some_and(|prev| same_origin(prev, attempt.url()));
        if !same {
            attempt.stop()
        } else if attempt.previous().len() > MAX_REDIRECTS {
            attempt.error("too many redirects")
        } else {
            attempt.follow()
        }
    }))
}

/// The longest request id kept, in bytes; a longer header is cut (at a character boundary).
const MAX_REQUEST_ID: usize = 256;

pub(crate) fn request_id(headers: &HeaderMap) -> Option<String> {
    let id = REQUEST_ID_HEADERS
        .iter()
        .find_map(|h| headers.get(h))
        .and_then(|v| v.to_str().ok())?
        .trim();
    let mut end = id.len().min(MAX_REQUEST_ID);
    while !id.is_char_boundary(end) {
        end -= 1;
    }
    (end > 0).then(|| id[..end].to_string())
}

/// `builder` with query parameter `name` when `value` is set, serialized as progenitor's
/// `QueryParam` does (lists exploded into repeated keys); unchanged when it is not.
/// reqwest's `query` rewrites the URL's whole query string on every call, even one that adds
/// nothing, so the generated operations (see `build/codegen.rs`) skip the unset ones here.
pub(crate) fn query_param<T: serde::Serialize>(
    builder: reqwest::RequestBuilder,
    name: &str,
    value: &Option<T>,
) -> reqwest::RequestBuilder {
    match value {
        Some(value) => builder.query(&progenitor_client::QueryParam::new(name, value)),
        None => builder,
    }
}

/// The error of a successful envelope (Clink's `{success: true}`) that carries no `data`.
#[cfg_attr(not(any(feature = "clink", feature = "mosaia")), allow(dead_code))]
pub(crate) fn no_data(service: &'static str, operation: &'static str) -> Error {
    Error::new(
        ErrorKind::Decode,
        "the answer says it succeeded but its envelope carries no `data`",
    )
    .with_operation(service, operation)
}

/// At most `cap` bytes of `resp`'s body, read before `deadline` when there is one; a body that
/// breaks off (or is still arriving at the deadline) keeps what arrived.
pub(crate) async fn read_capped(
    mut resp: Response,
    cap: usize,
    mut deadline: Option<Pin<&mut Deadline>>,
) -> Vec<u8> {
    let mut body = Vec::new();
    loop {
        let next = match deadline.as_mut() {
            Some(deadline) => deadline.as_mut().within(resp.chunk()).await,
            None => Some(resp.chunk().await),
        };
        let Some(Ok(Some(chunk))) = next else {
            break;
        };
        let room = cap.saturating_sub(body.len());
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if body.len() >= cap {
            break;
        }
    }
    body
}

/// The status a server really answered, when the transport handed the generated code the
/// status the spec declares instead (see [`Transport::finish`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct ActualStatus(pub(crate) StatusCode);

fn rebuild(status: StatusCode, headers: HeaderMap, body: Bytes, error: Option<Error>) -> Response {
    let mut resp = http::Response::new(body);
    *resp.status_mut() = status;
    *resp.headers_mut() = headers;
    if let Some(err) = error {
        resp.extensions_mut().insert(err);
    }
    Response::from(resp)
}

/// Runs `f` out of line: what a call's hot path rarely does (errors, retries, logging) stays
/// out of its stack frame, so that the frames of every call stay small and warm in the cache.
#[cold]
#[inline(never)]
fn cold<R>(f: impl FnOnce() -> R) -> R {
    f()
}

/// A response that carries `err` to the caller. Its status is the error's, or 599 when the
/// failure happened before any answer (the status is only plumbing: callers see the `Error`).
fn error_response(err: Error) -> Response {
    let status = err
        .status()
        .filter(|s| !s.is_success())
        .unwrap_or(StatusCode::from_u16(599).expect("599 is a valid status"));
    rebuild(status, HeaderMap::new(), Bytes::new(), Some(err))
}

/// Builds the error for a non-success answer: kind from the status, the service's message
/// from the body (FastAPI `detail`, `{message, error}`, `{error}`, OAuth `error_description`),
/// `Retry-After`, and a snippet when the body could not be understood. `message` overrides
/// the text when the caller knows better.
pub fn error_from_parts(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
    message: Option<String>,
) -> Error {
    let kind = ErrorKind::from_status(status);
    let parsed = ErrorBody::parse(body);
    let found = parsed.as_ref().and_then(|b| b.message.clone());
    let text = message.or(found).unwrap_or_else(|| {
        if body.is_empty() {
            status_meaning(status)
        } else {
            format!("{} (the body is not a JSON error)", status_meaning(status))
        }
    });
    let mut err = Error::new(kind, text).with_status(status);
    let mut body_request_id = None;
    match parsed {
        Some(found) => {
            if let Some(d) = found.details {
                err = err.with_details(d);
            }
            if let Some(code) = found.code {
                err = err.with_code(code);
            }
            if let Some(error_type) = found.error_type {
                err = err.with_error_type(error_type);
            }
            body_request_id = found.request_id;
        }
        None if !body.is_empty() => err = err.with_body_snippet(body),
        None => {}
    }
    if let Some(wait) = retry::retry_after(headers) {
        err = err.with_retry_after(wait);
    }
    if let Some(id) = request_id(headers).or(body_request_id) {
        err = err.with_request_id(id);
    }
    err
}

/// What a JSON error body says, in any of the four services' forms (see
/// [`error_from_parts`]): the message and details, and — for OpenAI-shaped errors (the AIlink
/// head, the providers behind it: `{"error": {"message", "type", "code", "request_id"}}`) —
/// the code, type and request id. The one parser of error bodies, used by the transport, the
/// chat stream's error events and the `openai()` bridge.
#[derive(Debug, Default)]
pub(crate) struct ErrorBody {
    pub(crate) message: Option<String>,
    pub(crate) details: Option<String>,
    pub(crate) code: Option<String>,
    pub(crate) error_type: Option<String>,
    pub(crate) request_id: Option<String>,
}

impl ErrorBody {
    /// `None` when `body` is not JSON.
    pub(crate) fn parse(body: &[u8]) -> Option<Self> {
        let value = serde_json::from_slice::<serde_json::Value>(body).ok()?;
        let (message, details) = message_from_body(&value);
        let nested = value.get("error").filter(|e| e.is_object());
        let field = |name: &str| {
            nested.and_then(|e| e.get(name)).and_then(|v| match v {
                serde_json::Value::String(s) if !s.is_empty() => Some(s.clone()),
                serde_json::Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
        };
        Some(Self {
            message,
            details,
            code: field("code"),
            error_type: field("type"),
            request_id: field("request_id"),
        })
    }
}

fn status_meaning(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(reason) => format!("the server answered {} {reason}", status.as_u16()),
        None => format!("the server answered {}", status.as_u16()),
    }
}

/// Finds the human message (and any details) in the error bodies the four services send.
fn message_from_body(v: &serde_json::Value) -> (Option<String>, Option<String>) {
    use serde_json::Value;
    let text = |v: &Value| v.as_str().map(str::to_string).filter(|s| !s.is_empty());
    match v {
        Value::String(s) => (Some(s.clone()), None),
        Value::Object(map) => {
            // FastAPI: {"detail": "..."} or {"detail": [{"loc": [...], "msg": "..."}]}.
            if let Some(detail) = map.get("detail") {
                if let Some(s) = text(detail) {
                    return (Some(s), None);
                }
                if let Some(items) = detail.as_array() {
                    let msgs: Vec<String> = items
                        .iter()
                        .map(|item| {
                            let loc = item.get("loc").and_then(Value::as_array).map(|l| {
                                l.iter()
                                    .map(|p| {
                                        p.as_str()
                                            .map(str::to_string)
                                            .unwrap_or_else(|| p.to_string())
                                    })
                                    .collect::<Vec<_>>()
                                    .join(".")
                            });
                            let msg = item.get("msg").and_then(Value::as_str).unwrap_or("invalid");
                            match loc {
                                Some(loc) if !loc.is_empty() => format!("{loc}: {msg}"),
                                _ => msg.to_string(),
                            }
                        })
                        .collect();
                    if !msgs.is_empty() {
                        return (Some(msgs.join("; ")), None);
                    }
                }
            }
            let error = map.get("error");
            let nested = error.and_then(|e| e.get("message")).and_then(text);
            let description = map.get("error_description").and_then(text);
            let message = map.get("message").and_then(text);
            let error_text = error.and_then(text);
            match (message, nested, error_text, description) {
                (Some(m), _, e, _) => (Some(m), e),
                (None, Some(n), _, _) => (Some(n), None),
                (None, None, Some(e), Some(d)) => (Some(d), Some(e)),
                (None, None, Some(e), None) => (Some(e), None),
                (None, None, None, d) => (d, None),
            }
        }
        _ => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(status: u16, body: &str) -> Error {
        error_from_parts(
            StatusCode::from_u16(status).unwrap(),
            &HeaderMap::new(),
            body.as_bytes(),
            None,
        )
    }

    #[test]
    fn a_kept_header_is_copied_per_request_not_shared() {
        let mut kept = HeaderValue::from_str("session-1234").unwrap();
        kept.set_sensitive(true);
        let copy = unshared_value(&kept);
        assert_eq!(copy, kept);
        assert!(copy.is_sensitive());
        // Its own bytes: no reference count shared with the client's value.
        assert_ne!(copy.as_bytes().as_ptr(), kept.as_bytes().as_ptr());
        assert!(!unshared_value(&HeaderValue::from_static("plain")).is_sensitive());

        let custom = HeaderName::from_bytes(b"x-clink-session-id").unwrap();
        let name = unshared_name(&custom);
        assert_eq!(name, custom);
        assert_ne!(name.as_str().as_ptr(), custom.as_str().as_ptr());
        assert_eq!(
            unshared_name(&reqwest::header::AUTHORIZATION),
            reqwest::header::AUTHORIZATION
        );
    }

    #[test]
    fn parses_each_services_error_bodies() {
        assert_eq!(
            err(404, r#"{"detail":"Project not found"}"#).message(),
            "Project not found"
        );
        let v = err(
            422,
            r#"{"detail":[{"type":"missing","loc":["body","project_id"],"msg":"Field required"}]}"#,
        );
        assert_eq!(v.kind(), ErrorKind::Validation);
        assert_eq!(v.message(), "body.project_id: Field required");
        let c = err(
            400,
            r#"{"success":false,"message":"Bad group","error":"E_GROUP"}"#,
        );
        assert_eq!((c.message(), c.details()), ("Bad group", Some("E_GROUP")));
        assert_eq!(
            err(403, r#"{"error":"policy denied"}"#).message(),
            "policy denied"
        );
        let o = err(
            400,
            r#"{"error":"invalid_grant","error_description":"code expired"}"#,
        );
        assert_eq!(
            (o.message(), o.details()),
            ("code expired", Some("invalid_grant"))
        );
        let empty = err(401, "");
        assert_eq!(empty.kind(), ErrorKind::Authentication);
        assert!(empty.message().contains("401"), "{}", empty.message());
        let head = err(
            429,
            r#"{"error":{"code":"rate_limit_exceeded","message":"Rate limit exceeded. Retry after 60s","request_id":"req-9","type":"rate_limit_error"}}"#,
        );
        assert_eq!(head.message(), "Rate limit exceeded. Retry after 60s");
        assert_eq!(head.code(), Some("rate_limit_exceeded"));
        assert_eq!(head.error_type(), Some("rate_limit_error"));
        assert_eq!(head.request_id(), Some("req-9"));
        let html = err(502, "<html><body>Bad Gateway</body></html>");
        assert_eq!(html.kind(), ErrorKind::Server);
        assert!(html.body_snippet().unwrap().contains("Bad Gateway"));
    }
}
