//! The OpenAI bridge (cargo feature `openai`): [`AgentClient::openai`] returns an
//! `async_openai` client that sends OpenAI requests through the gateway, like the seed's
//! `client.openai()`, and `?` turns its errors into [`Error`]s.
//!
//! The client's API base is the gateway URL + `/v1`, its API key the virtual token; it sends
//! the agent name, idempotency key and other default headers of the [`AgentClient`]. Its
//! requests go through the agent client's own transport, not an HTTP client of async-openai's:
//! the same connection pool, whole-exchange timeout (which here also bounds a stream), redirect
//! policy, retry policy (a POST is retried only after a 429, a refused connection, or with an
//! idempotency key; async-openai's own retry layer is not used) and one `agent_apis.request`
//! span per request (operation `openai`). Its answers are bounded by the client's
//! `max_response_size` as the SDK's own are (an event stream by event), although async-openai
//! reads them itself. One bound the bridge cannot add: async-openai's chat stream parses
//! events in a task of its own and queues them without limit until they are read, so a
//! consumer much slower than the server lets them pile up; [`AgentClient::chat_completion`]'s
//! stream reads from the connection only as its consumer asks.
//!
//! When to choose which: [`AgentClient::chat_completion`] is the SDK's own typed call (no extra
//! feature, an idle timeout per chunk for long streams, `Retry-After` and request ids on its
//! errors); `openai()` gives async-openai's whole API surface (embeddings, responses, …) for
//! code already written against it.
//!
//! Error answers, 4xx and 5xx alike, arrive as `OpenAIError::ApiError` with their HTTP status
//! and the gateway's message: 332754c's `{"error": "..."}` answers (e.g. `502 {"error":
//! "Upstream request timed out"}`) get OpenAI's shape, OpenAI-shaped `{"error": {"message",
//! "type", "code", ..}}` answers (upstreams, and the gateway at its current head) keep their
//! message, `type` and `code` (a numeric code as its digits), and a body that is neither (an
//! HTML page from a proxy in front of the gateway, an empty body) gets a message saying what
//! the status means, with a short snippet of the body. The bridge builds that `ApiError` itself
//! (async-openai alone would read a 5xx body as plain text and drop `type` and `code`).
//!
//! `?` turns it into an [`Error`] whose kind comes from the status exactly as for
//! [`AgentClient::proxy`] (413 and 422 [`ErrorKind::Validation`], 503 [`ErrorKind::Server`],
//! ...), with the head's `code` in [`Error::code`] and `type` in [`Error::error_type`] (and,
//! as before, in [`Error::details`]). async-openai's `ApiError` has no room for the answer's
//! headers or request id: `Retry-After` and the request id reach [`Error::retry_after`] and
//! [`Error::request_id`] through [`AgentClient::proxy`] only.

use std::task::{Context, Poll};

use async_openai::config::OpenAIConfig;
use async_openai::error::{ApiError, ApiErrorResponse, OpenAIError};
use async_openai::middleware::HttpRequestFactory;
use futures::future::BoxFuture;
use futures::StreamExt;
use reqwest::{Response, StatusCode};

use super::agent::AgentClient;
use crate::transport::{ErrorBody, Transport};
use crate::{Error, ErrorKind, Result};

impl AgentClient {
    /// An `async_openai` client that sends through the gateway with this agent's virtual
    /// token and headers (retries off). Calls return `OpenAIError`; `?` converts it into
    /// [`Error`] in a function returning `agent_apis::Result`.
    ///
    /// ```no_run
    /// # async fn demo(agent: agent_apis::ailink::AgentClient) -> agent_apis::Result<()> {
    /// use async_openai::types::chat::{
    ///     ChatCompletionRequestUserMessageArgs, CreateChatCompletionRequestArgs,
    /// };
    /// let oai = agent.openai()?;
    /// let request = CreateChatCompletionRequestArgs::default()
    ///     .model("gpt-4o")
    ///     .messages([ChatCompletionRequestUserMessageArgs::default().content("Hello!").build()?.into()])
    ///     .build()?;
    /// let response = oai.chat().create(request).await?;
    /// println!("{:?}", response.choices[0].message.content);
    /// # Ok(()) }
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "openai")))]
    #[inline]
    pub fn openai(&self) -> Result<async_openai::Client<OpenAIConfig>> {
        let mut config = OpenAIConfig::new()
            .with_api_base(format!("{}/v1", self.base_url))
            .with_api_key(self.token.expose_secret())
            // `OpenAIConfig::new` reads OPENAI_ORG_ID / OPENAI_PROJECT_ID; the gateway's
            // token decides the upstream account instead.
            .with_org_id("")
            .with_project_id("");
        for (name, value) in self.transport.config().default_headers.iter() {
            let value = value.to_str().map_err(|_| {
                Error::configuration(format!("ailink: header {name} is not visible ASCII"))
            })?;
            config = config
                .with_header(name.clone(), value)
                .map_err(|e| Error::configuration(format!("ailink: header {name}: {e}")))?;
        }
        // Sent through the agent client's own transport — its connection pool, whole-exchange
        // timeout, redirect and retry policy, and one `agent_apis.request` span (operation
        // `openai`) — instead of async-openai's own client and retry layer.
        let service = GatewayErrors(self.transport.clone());
        Ok(async_openai::Client::with_config(config).with_http_service(service))
    }
}

/// Sends through the agent's [`Transport`], turning error answers into
/// `OpenAIError::ApiError` with the gateway's status, message, `type` and `code` (see
/// [`api_error`]).
#[derive(Clone, Debug)]
struct GatewayErrors(Transport);

impl tower_service::Service<HttpRequestFactory> for GatewayErrors {
    type Response = Response;
    type Error = OpenAIError;
    type Future = BoxFuture<'static, std::result::Result<Response, OpenAIError>>;

    #[inline]
    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<std::result::Result<(), OpenAIError>> {
        Poll::Ready(Ok(()))
    }

    #[inline]
    fn call(&mut self, request: HttpRequestFactory) -> Self::Future {
        let transport = self.0.clone();
        Box::pin(async move {
            let request = request.build().await?;
            match transport.send_passthrough(request, "openai").await {
                Ok(response) => {
                    let limit = transport.config().max_response_size;
                    rewrite_gateway_error(response)
                        .await
                        .map(|r| capped(r, limit))
                }
                // A failure before any answer (refused, timed out, a bad idempotency key):
                // async-openai has no variant for it but its own reqwest errors, so the SDK's
                // error travels as an API error of type `agent_apis` with its kind as the code,
                // which `From<OpenAIError>` turns back into the same kind.
                Err(err) => Err(OpenAIError::ApiError(ApiErrorResponse {
                    status_code: err.status().unwrap_or(StatusCode::BAD_GATEWAY),
                    api_error: ApiError {
                        message: err.message().to_string(),
                        r#type: Some(CARRIED_ERROR_TYPE.to_string()),
                        param: None,
                        code: Some(format!("{:?}", err.kind())),
                        misalignment: None,
                    },
                })),
            }
        })
    }
}

/// `response` with its body bounded as the SDK's own calls bound theirs, since async-openai
/// reads it without a limit (and the transport hands it over unread): an event stream
/// (`text/event-stream`) by event — one line, or one event's data, of more than `limit` bytes
/// ends it with an error, as in [`crate::sse`], and a stream of any number of smaller events is
/// read whole — and any other answer as a whole. The error reaches the caller as a body error of async-openai's,
/// which `?` makes an [`ErrorKind::Decode`]: for a whole answer its message says which limit
/// was exceeded; async-openai's stream errors keep only reqwest's "error decoding response
/// body", so the cause is also logged (a `WARN` event of `agent_apis::ailink::openai_bridge`).
#[inline]
fn capped(response: Response, limit: usize) -> Response {
    let per_event = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .get(..17)
                .is_some_and(|t| t.eq_ignore_ascii_case("text/event-stream"))
        });
    let (status, version, headers) = (
        response.status(),
        response.version(),
        response.headers().clone(),
    );
    let mut count = BodyLimit::new(limit, per_event);
    let body = response.bytes_stream().map(move |chunk| {
        let chunk = chunk?;
        count.take(&chunk)?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(chunk)
    });
    let mut bounded = http::Response::new(reqwest::Body::wrap_stream(body));
    *bounded.status_mut() = status;
    *bounded.version_mut() = version;
    *bounded.headers_mut() = headers;
    Response::from(bounded)
}

/// Holds an answer's body to a limit as it passes: an event stream through the SDK's own
/// [`SseParser`](crate::sse::SseParser), whose events are dropped (async-openai parses them
/// again), so that its limit means what it means for `chat_completion()` and `proxy().sse()`;
/// any other body as a whole.
#[derive(Debug)]
struct BodyLimit {
    limit: usize,
    /// For an event stream.
    events: Option<(
        crate::sse::SseParser,
        std::collections::VecDeque<crate::sse::SseEvent>,
    )>,
    /// Bytes of a whole body so far.
    used: usize,
    /// The error that ended the body: every later chunk gets it again.
    failed: Option<Error>,
}

impl BodyLimit {
    #[inline]
    fn new(limit: usize, per_event: bool) -> Self {
        let events = per_event.then(|| {
            (
                crate::sse::SseParser::new().max_event_size(limit),
                std::collections::VecDeque::new(),
            )
        });
        Self {
            limit,
            events,
            used: 0,
            failed: None,
        }
    }

    /// Counts `chunk`; an error once the limit is exceeded (and for every chunk after it).
    #[inline]
    fn take(&mut self, chunk: &[u8]) -> Result<()> {
        if self.failed.is_none() {
            let outcome = match &mut self.events {
                Some((parser, seen)) => {
                    let fed = parser.feed(chunk, seen);
                    seen.clear();
                    fed
                }
                None => {
                    self.used = self.used.saturating_add(chunk.len());
                    if self.used > self.limit {
                        Err(Error::new(
                            ErrorKind::Decode,
                            format!(
                                "the answer exceeded the {} byte limit of this client (see \
                                 max_response_size)",
                                self.limit
                            ),
                        ))
                    } else {
                        Ok(())
                    }
                }
            };
            if let Err(e) = outcome {
                // async-openai's stream error keeps only reqwest's "error decoding response
                // body", not this cause: say it where it can be read.
                tracing::warn!(operation = "openai", "{}", e.message());
                self.failed = Some(e);
            }
        }
        match &self.failed {
            Some(e) => Err(e.clone()),
            None => Ok(()),
        }
    }
}

/// The `type` of an `ApiError` that carries one of the SDK's own errors (see
/// [`GatewayErrors`]); its `code` is the [`ErrorKind`]'s name.
const CARRIED_ERROR_TYPE: &str = "agent_apis";

/// The kind a carried error's code names.
#[inline]
fn carried_kind(code: Option<&str>) -> ErrorKind {
    match code {
        Some("Timeout") => ErrorKind::Timeout,
        Some("Connection") => ErrorKind::Connection,
        Some("InvalidRequest") => ErrorKind::InvalidRequest,
        Some("Configuration") => ErrorKind::Configuration,
        Some("Authentication") => ErrorKind::Authentication,
        Some("Decode") => ErrorKind::Decode,
        _ => ErrorKind::Api,
    }
}

#[inline]
async fn rewrite_gateway_error(response: Response) -> std::result::Result<Response, OpenAIError> {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return Ok(response);
    }
    let body =
        crate::transport::read_capped(response, crate::transport::MAX_ERROR_BODY, None).await;
    Err(api_error(status, &body))
}

/// The `OpenAIError::ApiError` for an error answer, whatever the status class (async-openai
/// passes a service's error through unchanged, so this is what the caller gets): the message,
/// `type` and `code` the transport's one error-body parser finds — 332754c's
/// `{"error": "<message>"}` (no type or code is made up, as through `proxy()`) and the
/// OpenAI-shaped `{"error": {"message", "type", "code", ...}}` of upstreams and the head — or
/// else a message saying what the status means, with a snippet of a body that is not such an
/// error (an HTML page from a proxy in front of the gateway).
#[inline]
fn api_error(status: StatusCode, body: &[u8]) -> OpenAIError {
    let found = ErrorBody::parse(body).filter(|b| b.message.is_some());
    let api_error = match found {
        Some(found) => ApiError {
            message: found.message.unwrap_or_default(),
            r#type: found.error_type,
            param: None,
            code: found.code,
            misalignment: None,
        },
        None => {
            let meaning = match status.canonical_reason() {
                Some(reason) => format!("the gateway answered {} {reason}", status.as_u16()),
                None => format!("the gateway answered {}", status.as_u16()),
            };
            let message = if body.iter().all(u8::is_ascii_whitespace) {
                format!("{meaning} with an empty body")
            } else {
                format!(
                    "{meaning} with a body that is not a JSON error: {}",
                    crate::redact::snippet(body)
                )
            };
            ApiError {
                message,
                r#type: None,
                param: None,
                code: None,
                misalignment: None,
            }
        }
    };
    OpenAIError::ApiError(ApiErrorResponse {
        status_code: status,
        api_error,
    })
}

/// `?` on an `async_openai` call through the gateway: the HTTP status decides the kind, as for
/// every other call of this crate; messages are scrubbed of anything shaped like a key.
impl From<OpenAIError> for Error {
    #[inline]
    fn from(e: OpenAIError) -> Self {
        let scrub = |s: &str| crate::redact::scrub(s);
        let err = match e {
            OpenAIError::Reqwest(e) => Error::from(e),
            OpenAIError::ApiError(answer)
                if answer.api_error.r#type.as_deref() == Some(CARRIED_ERROR_TYPE) =>
            {
                Error::new(
                    carried_kind(answer.api_error.code.as_deref()),
                    scrub(&answer.api_error.message),
                )
            }
            OpenAIError::ApiError(answer) => {
                let status = answer.status_code;
                let mut err = Error::new(
                    ErrorKind::from_status(status),
                    scrub(&answer.api_error.message),
                )
                .with_status(status);
                if let Some(kind) = answer.api_error.r#type.as_deref().filter(|t| !t.is_empty()) {
                    err = err.with_details(scrub(kind)).with_error_type(kind);
                }
                if let Some(code) = answer.api_error.code.as_deref().filter(|c| !c.is_empty()) {
                    err = err.with_code(code);
                }
                err
            }
            OpenAIError::JSONDeserialize(e, content) => Error::decode(
                format!("the answer is not the expected JSON: {e}"),
                content.as_bytes(),
            ),
            OpenAIError::InvalidArgument(message) => Error::invalid_request(scrub(&message)),
            OpenAIError::StreamError(e) => {
                Error::new(ErrorKind::Decode, scrub(&format!("stream failed: {e}")))
            }
            other => Error::new(ErrorKind::Api, scrub(&other.to_string())),
        };
        err.with_operation("ailink", "openai")
    }
}
