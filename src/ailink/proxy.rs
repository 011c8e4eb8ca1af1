//! The typed passthrough: [`AgentClient::proxy`] sends a JSON request to any upstream path
//! through the gateway, with the virtual token injected, over the shared transport (timeouts,
//! retries, tracing).
//!
//! Both gateway versions' error answers become [`Error`]s carrying the gateway's message:
//! 332754c sends `{"error": "<message>"}`, the current head the OpenAI-shaped
//! `{"error": {"code", "message", "request_id", "type"}}`, whose `code` lands in
//! [`Error::code`], `type` in [`Error::error_type`] and `request_id` in [`Error::request_id`]
//! (an `X-Request-Id` header wins). The status decides the kind:
//!
//! | status | kind | when |
//! |---|---|---|
//! | 401 | [`ErrorKind::Authentication`] | unknown, revoked or missing token (the head: `token_not_found`, `token_revoked`) |
//! | 402 | [`ErrorKind::PaymentRequired`] | spend cap reached (the head only; 332754c has no spend cap) |
//! | 403 | [`ErrorKind::Permission`] | a policy's `deny` (whatever status it names), a reviewer's rejection, the head's `content_blocked` / `model_access_denied` |
//! | 408 | [`ErrorKind::Timeout`] | no approval decision in time (332754c: ~30 s; the head: the rule's `timeout`, default 30 min) |
//! | 413 | [`ErrorKind::Validation`] | the head's `payload_too_large`: the request body is over the gateway's limit (resending it cannot help) |
//! | 422 | [`ErrorKind::Validation`] | the head's `invalid_config` / `validation_error` |
//! | 429 | [`ErrorKind::RateLimited`] | a policy's rate limit; the head sends `Retry-After` (in [`Error::retry_after`]), 332754c does not |
//! | 502 | [`ErrorKind::Server`] | upstream failure (the head: `upstream_failed`, `credential_missing`) |
//! | 503 | [`ErrorKind::Server`] | the head's `all_upstreams_exhausted` |
//!
//! Upstream answers: a success and an upstream 4xx other than 408 and 429 pass through the
//! gateway (an error such as OpenAI's `{"error": {"message": ...}}` is mapped the same way).
//! An upstream 408, 429 or 5xx does not at 332754c: the gateway retries it within a 10 s limit
//! on the upstream call and usually answers `502 {"error": "Upstream request timed out"}` after
//! about 10 s, as it does for any upstream slower than 10 s. The current head passes an
//! upstream 5xx through at once (unless a policy's `retry` says otherwise).

use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, CONTENT_TYPE};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::agent::{AgentClient, IDEMPOTENCY_HEADERS};
use crate::sse::{BodyStream, SseStream};
#[cfg(doc)]
use crate::ErrorKind;
use crate::{Error, Result};

/// The operation id proxied requests carry in errors and tracing spans.
const OPERATION: &str = "proxy";

/// Sends requests through the gateway to the token's upstream. Get one from
/// [`AgentClient::proxy`].
#[derive(Clone, Copy, Debug)]
pub struct Proxy<'a> {
    agent: &'a AgentClient,
}

impl AgentClient {
    /// The passthrough: requests to any upstream path (e.g. `/v1/chat/completions`) sent
    /// through the gateway with the virtual token and agent headers.
    ///
    /// ```no_run
    /// # async fn demo(agent: agent_apis::ailink::AgentClient) -> agent_apis::Result<()> {
    /// use agent_apis::ErrorKind;
    /// let body = serde_json::json!({"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}]});
    /// match agent.proxy().post("/v1/chat/completions").json(&body).send::<serde_json::Value>().await {
    ///     Ok(answer) => println!("{}", answer["choices"][0]["message"]["content"]),
    ///     Err(e) if e.kind() == ErrorKind::Permission => println!("blocked by policy: {}", e.message()),
    ///     Err(e) if e.kind() == ErrorKind::RateLimited => println!("retry after {:?}", e.retry_after()),
    ///     Err(e) => return Err(e),
    /// }
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn proxy(&self) -> Proxy<'_> {
        Proxy { agent: self }
    }
}

impl<'a> Proxy<'a> {
    /// A `POST` to `path` (which must start with `/`).
    #[inline]
    pub fn post(&self, path: &str) -> ProxyRequest<'a> {
        self.request(Method::POST, path)
    }

    /// A `GET` to `path` (which must start with `/`).
    #[inline]
    pub fn get(&self, path: &str) -> ProxyRequest<'a> {
        self.request(Method::GET, path)
    }

    /// A request with any method to `path` (which must start with `/`; the gateway forwards
    /// it to the token's upstream URL + `path`).
    #[inline]
    pub fn request(&self, method: Method, path: &str) -> ProxyRequest<'a> {
        let problem = (!path.starts_with('/')).then(|| {
            Error::invalid_request(format!(
                "ailink proxy: the path must start with '/' (got {:?}); the token is only ever sent to the gateway",
                crate::redact::scrub(path)
            ))
        });
        ProxyRequest {
            agent: self.agent,
            method,
            path: path.to_string(),
            query: Vec::new(),
            headers: HeaderMap::new(),
            body: None,
            idle_timeout: crate::sse::DEFAULT_IDLE_TIMEOUT,
            problem,
        }
    }
}

/// One proxied request; finish with [`send`](Self::send) (JSON answer) or
/// [`send_raw`](Self::send_raw).
///
/// Its `Debug` shows the method, the path, the names of the query parameters and headers and
/// the body's length: never a value or the body, which may carry a caller's credentials.
pub struct ProxyRequest<'a> {
    agent: &'a AgentClient,
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    headers: HeaderMap,
    body: Option<Vec<u8>>,
    idle_timeout: Duration,
    problem: Option<Error>,
}

impl std::fmt::Debug for ProxyRequest<'_> {
    #[inline]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let query: Vec<&str> = self.query.iter().map(|(name, _)| name.as_str()).collect();
        f.debug_struct("ProxyRequest")
            .field("agent", &self.agent)
            .field("method", &self.method)
            .field("path", &crate::redact::scrub(&self.path))
            .field("query", &query)
            .field("headers", &crate::transport::HeaderNames(&self.headers))
            .field("body_len", &self.body.as_ref().map(Vec::len))
            .field("idle_timeout", &self.idle_timeout)
            .field("problem", &self.problem)
            .finish()
    }
}

impl<'a> ProxyRequest<'a> {
    /// Sends `body` as JSON (`Content-Type: application/json`).
    #[inline]
    pub fn json<T: Serialize + ?Sized>(mut self, body: &T) -> Self {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.body = Some(bytes),
            Err(e) => self.fail(Error::invalid_request(format!(
                "ailink proxy: the body is not JSON: {e}"
            ))),
        }
        self
    }

    /// Adds a query parameter.
    #[inline]
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// Adds a header (an invalid name or value fails [`send`](Self::send)). The gateway
    /// forwards only `Content-Type` and the credential it injects to the upstream; other
    /// headers are seen by the gateway alone.
    #[inline]
    pub fn header(mut self, name: &str, value: &str) -> Self {
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            (Ok(n), Ok(v)) => {
                self.headers.insert(n, v);
            }
            _ => self.fail(Error::invalid_request(format!(
                "ailink proxy: invalid header {name:?}"
            ))),
        }
        self
    }

    /// Sends `key` as `X-AIlink-Idempotency-Key` and `X-TrueFlow-Idempotency-Key` (the names
    /// 332754c and the current head read) for this request: the gateway then recognises it
    /// when resent while waiting for approval, and the SDK may retry the POST.
    #[inline]
    pub fn idempotency_key(mut self, key: &str) -> Self {
        for header in IDEMPOTENCY_HEADERS {
            self = self.header(header, key);
        }
        self
    }

    #[inline]
    fn fail(&mut self, err: Error) {
        self.problem.get_or_insert(err);
    }

    /// Sends the request and decodes a success answer's JSON body into `T`.
    #[inline]
    pub async fn send<T: DeserializeOwned>(self) -> Result<T> {
        let answer = self.send_raw().await?;
        answer.json()
    }

    /// For [`stream`](Self::stream) and [`sse`](Self::sse): the longest wait for the next
    /// bytes of the answer (default 120 s); a stalled stream then ends with
    /// [`ErrorKind::Timeout`](crate::ErrorKind::Timeout).
    #[inline]
    pub fn idle_timeout(mut self, idle: Duration) -> Self {
        self.idle_timeout = idle;
        self
    }

    #[inline]
    fn into_request(self) -> Result<(&'a AgentClient, reqwest::Request, Duration)> {
        if let Some(err) = self.problem {
            return Err(err.with_operation("ailink", OPERATION));
        }
        let agent = self.agent;
        let url = format!("{}{}", agent.base_url, self.path);
        let mut builder = agent
            .transport
            .http()
            .request(self.method, url)
            .headers(self.headers);
        if !self.query.is_empty() {
            builder = builder.query(&self.query);
        }
        if let Some(body) = self.body {
            builder = builder.header(CONTENT_TYPE, "application/json").body(body);
        }
        Ok((agent, builder.build()?, self.idle_timeout))
    }

    /// Sends the request and returns a success answer as it came (status, headers, body).
    #[inline]
    pub async fn send_raw(self) -> Result<ProxyResponse> {
        let (agent, request, _) = self.into_request()?;
        let response = agent.transport.send(request, OPERATION).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(|e| {
            let err = Error::from(e);
            Error::new(
                err.kind(),
                format!(
                    "the proxied answer's body could not be read: {}",
                    err.message()
                ),
            )
            .with_operation("ailink", OPERATION)
        })?;
        Ok(ProxyResponse {
            status,
            headers,
            body,
        })
    }

    /// Sends the request and returns the answer's body as it arrives, without buffering it
    /// (Anthropic's streamed messages, large downloads, anything the gateway relays as it
    /// comes). A gateway or upstream error before the body is the same typed [`Error`] as
    /// [`send`](Self::send) gives; while reading, each wait is bounded by
    /// [`idle_timeout`](Self::idle_timeout). Dropping the stream closes the connection.
    #[inline]
    pub async fn stream(self) -> Result<ProxyStream> {
        let (agent, request, idle) = self.into_request()?;
        let response = agent.transport.send_streaming(request, OPERATION).await?;
        Ok(ProxyStream {
            status: response.status(),
            headers: response.headers().clone(),
            body: BodyStream::new(response, idle, "ailink.proxy"),
        })
    }

    /// [`stream`](Self::stream), parsed as server-sent events (`data:` lines joined, comments
    /// skipped, `[DONE]` ending the stream). An event (or line) larger than the client's
    /// `max_response_size` ends the stream with an [`ErrorKind::Decode`](crate::ErrorKind::Decode)
    /// error.
    #[inline]
    pub async fn sse(self) -> Result<SseStream> {
        let limit = self.agent.transport.config().max_response_size;
        Ok(SseStream::from_body(self.stream().await?.body).max_event_size(limit))
    }
}

/// A success answer whose body is read as it arrives: a [`Stream`](futures::Stream) of byte
/// chunks (see [`ProxyRequest::stream`]).
#[derive(Debug)]
pub struct ProxyStream {
    /// The HTTP status (2xx).
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    body: BodyStream,
}

impl futures::Stream for ProxyStream {
    type Item = Result<Bytes>;

    #[inline]
    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        std::pin::Pin::new(&mut self.body).poll_next(cx)
    }
}

/// A success answer from the upstream, as the gateway forwarded it.
#[derive(Clone, Debug)]
pub struct ProxyResponse {
    /// The HTTP status (2xx).
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The raw body.
    pub body: Bytes,
}

impl ProxyResponse {
    /// Decodes the body as JSON into `T`; a body that is not the expected JSON is an
    /// [`ErrorKind::Decode`] error carrying a snippet of it.
    #[inline]
    pub fn json<T: DeserializeOwned>(&self) -> Result<T> {
        serde_json::from_slice(&self.body).map_err(|e| {
            let what = if self.body.is_empty() {
                "the proxied answer's body was empty".to_string()
            } else {
                format!("the proxied answer's body is not the expected JSON: {e}")
            };
            Error::decode(what, &self.body)
                .with_status(self.status)
                .with_operation("ailink", OPERATION)
        })
    }
}
