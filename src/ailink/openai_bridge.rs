//! The OpenAI bridge (cargo feature `openai`): [`AgentClient::openai`] returns an
//! `async_openai` client that sends OpenAI requests through the gateway, like the seed's
//! `client.openai()`, and `?` turns its errors into [`Error`]s.
//!
//! The client's API base is the gateway URL + `/v1`, its API key the virtual token; it sends
//! the agent name, idempotency key and other default headers of the [`AgentClient`]; its whole-
//! call timeout is the agent client's; and async-openai's own retries are off, so that the
//! gateway (rate limits, approvals, spend caps) is the one place that decides. The gateway's
//! own `{"error": "..."}` answers are rewritten into OpenAI's error shape on the way in, so that
//! they arrive as `OpenAIError::ApiError` with their HTTP status instead of a decode failure.

use std::task::{Context, Poll};

use async_openai::config::OpenAIConfig;
use async_openai::error::OpenAIError;
use async_openai::middleware::{HttpRequestFactory, ReqwestService};
use futures::future::BoxFuture;
use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE};
use reqwest::Response;

use super::agent::AgentClient;
use crate::transport::USER_AGENT;
use crate::{Error, ErrorKind, Result};

impl AgentClient {
    /// An `async_openai` client that sends through the gateway with this agent's virtual
    /// token and headers (retries off). Calls return `OpenAIError`; `?` converts it into
    /// [`Error`] in a function returning `agent_sdk::Result`.
    ///
    /// ```no_run
    /// # async fn demo(agent: agent_sdk::ailink::AgentClient) -> agent_sdk::Result<()> {
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
        // The agent client's own HTTP client: its connection pool, timeouts and redirect policy.
        let http = self.transport.http().clone();
        config = config
            .with_header(reqwest::header::USER_AGENT, USER_AGENT)
            .map_err(|e| Error::configuration(format!("ailink: user agent: {e}")))?;
        // Without async-openai's default retry layer: retries are the gateway's decision.
        let service = GatewayErrors(ReqwestService::new(http));
        Ok(async_openai::Client::with_config(config).with_http_service(service))
    }
}

/// Sends with reqwest, rewriting the gateway's `{"error": "<message>"}` client-error answers
/// into OpenAI's `{"error": {"message": ...}}` so that async-openai keeps their status.
#[derive(Clone, Debug)]
struct GatewayErrors(ReqwestService);

impl tower_service::Service<HttpRequestFactory> for GatewayErrors {
    type Response = Response;
    type Error = OpenAIError;
    type Future = BoxFuture<'static, std::result::Result<Response, OpenAIError>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<std::result::Result<(), OpenAIError>> {
        self.0.poll_ready(cx)
    }

    fn call(&mut self, request: HttpRequestFactory) -> Self::Future {
        let sent = self.0.call(request);
        Box::pin(async move { rewrite_gateway_error(sent.await?).await })
    }
}

async fn rewrite_gateway_error(response: Response) -> std::result::Result<Response, OpenAIError> {
    if !response.status().is_client_error() {
        return Ok(response);
    }
    let status = response.status();
    let mut headers = response.headers().clone();
    let body = response.bytes().await?;
    let gateway_message = serde_json::from_slice::<serde_json::Value>(&body)
        .ok()
        .and_then(|v| v.get("error").and_then(|e| e.as_str()).map(str::to_string));
    let body = match gateway_message {
        Some(message) => {
            headers.remove(CONTENT_LENGTH);
            headers.insert(
                CONTENT_TYPE,
                reqwest::header::HeaderValue::from_static("application/json"),
            );
            let code = status.as_u16().to_string();
            let openai_shape = serde_json::json!({
                "error": {"message": message, "type": "ailink_gateway_error", "param": null, "code": code}
            });
            bytes::Bytes::from(openai_shape.to_string())
        }
        None => body,
    };
    let mut rebuilt = http::Response::new(body);
    *rebuilt.status_mut() = status;
    *rebuilt.headers_mut() = headers;
    Ok(Response::from(rebuilt))
}

/// `?` on an `async_openai` call through the gateway: the HTTP status decides the kind, as for
/// every other call of this crate; messages are scrubbed of anything shaped like a key.
impl From<OpenAIError> for Error {
    fn from(e: OpenAIError) -> Self {
        let scrub = |s: &str| crate::redact::scrub(s);
        let err = match e {
            OpenAIError::Reqwest(e) => return e.into(),
            OpenAIError::ApiError(answer) => {
                let status = answer.status_code;
                let mut err = Error::new(
                    ErrorKind::from_status(status),
                    scrub(&answer.api_error.message),
                )
                .with_status(status);
                if let Some(kind) = answer.api_error.r#type.as_deref().filter(|t| !t.is_empty()) {
                    err = err.with_details(scrub(kind));
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
