//! Chat completions on the agent client: `agent.chat_completion()…send()` for a typed answer,
//! `…stream()` for its chunks as the gateway relays them — through the SDK's own transport
//! (the virtual token, the agent and idempotency headers, retries before the answer starts,
//! timeouts, tracing and one [`Error`]), without the `openai` feature.
//!
//! The request and response types are OpenAI's, from `async_openai::types::chat` (re-exported
//! as [`chat_types`](super::chat_types)): a well-kept crate's types, compiled without its HTTP
//! client, rather than a hand-written copy.

use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use async_openai::types::chat::{
    ChatCompletionRequestMessage, ChatCompletionRequestSystemMessage,
    ChatCompletionRequestUserMessage, CreateChatCompletionRequest, CreateChatCompletionResponse,
    CreateChatCompletionStreamResponse,
};
use futures::Stream;
use reqwest::header::{ACCEPT, CONTENT_TYPE};

use super::agent::AgentClient;
use crate::sse::{SseEvent, SseStream, DEFAULT_IDLE_TIMEOUT};
use crate::transport::ErrorBody;
use crate::{Error, ErrorKind, Response, Result};

const OPERATION: &str = "chat_completion";

impl AgentClient {
    /// A chat completion through the gateway (`POST /v1/chat/completions`). Set the model and
    /// messages, then [`send`](ChatCompletion::send) for the whole answer or
    /// [`stream`](ChatCompletion::stream) for its chunks as they arrive.
    ///
    /// ```no_run
    /// # async fn demo(agent: agent_apis::ailink::AgentClient) -> agent_apis::Result<()> {
    /// use futures::StreamExt;
    /// let answer = agent
    ///     .chat_completion()
    ///     .model("gpt-4o")
    ///     .system("Be brief.")
    ///     .user("Hello!")
    ///     .send()
    ///     .await?;
    /// println!("{:?}", answer.choices[0].message.content);
    ///
    /// let mut chunks = agent.chat_completion().model("gpt-4o").user("Count to 5").stream().await?;
    /// while let Some(chunk) = chunks.next().await {
    ///     let chunk = chunk?;
    ///     if let Some(text) = chunk.choices.first().and_then(|c| c.delta.content.as_deref()) {
    ///         print!("{text}");
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn chat_completion(&self) -> ChatCompletion<'_> {
        ChatCompletion {
            agent: self,
            request: CreateChatCompletionRequest::default(),
            idle_timeout: DEFAULT_IDLE_TIMEOUT,
        }
    }
}

/// A chat completion being built; see [`AgentClient::chat_completion`].
#[derive(Debug)]
#[must_use = "a chat completion does nothing until it is sent or streamed"]
pub struct ChatCompletion<'a> {
    agent: &'a AgentClient,
    request: CreateChatCompletionRequest,
    idle_timeout: Duration,
}

impl<'a> ChatCompletion<'a> {
    /// The model (required; the gateway forwards it to the token's upstream).
    #[inline]
    pub fn model(mut self, model: impl Into<String>) -> Self {
        self.request.model = model.into();
        self
    }

    /// Appends a message of any role.
    #[inline]
    pub fn message(mut self, message: impl Into<ChatCompletionRequestMessage>) -> Self {
        self.request.messages.push(message.into());
        self
    }

    /// Appends messages of any role.
    #[inline]
    pub fn messages<M: Into<ChatCompletionRequestMessage>>(
        mut self,
        messages: impl IntoIterator<Item = M>,
    ) -> Self {
        self.request
            .messages
            .extend(messages.into_iter().map(Into::into));
        self
    }

    /// Appends a system message.
    #[inline]
    pub fn system(self, text: impl Into<String>) -> Self {
        self.message(ChatCompletionRequestSystemMessage::from(text.into()))
    }

    /// Appends a user message.
    #[inline]
    pub fn user(self, text: impl Into<String>) -> Self {
        self.message(ChatCompletionRequestUserMessage::from(text.into()))
    }

    /// Sampling temperature (0–2).
    #[inline]
    pub fn temperature(mut self, temperature: f32) -> Self {
        self.request.temperature = Some(temperature);
        self
    }

    /// The most tokens the answer may have (`max_completion_tokens`).
    #[inline]
    pub fn max_completion_tokens(mut self, tokens: u32) -> Self {
        self.request.max_completion_tokens = Some(tokens);
        self
    }

    /// The whole request at once (every field OpenAI defines); setters called after it still
    /// apply.
    #[inline]
    pub fn body(mut self, request: CreateChatCompletionRequest) -> Self {
        self.request = request;
        self
    }

    /// For [`stream`](Self::stream): the longest wait for the next chunk (default 120 s); a
    /// stalled stream then ends with [`ErrorKind::Timeout`].
    #[inline]
    pub fn idle_timeout(mut self, idle: Duration) -> Self {
        self.idle_timeout = idle;
        self
    }

    #[inline]
    fn into_request(
        mut self,
        stream: bool,
    ) -> Result<(&'static str, reqwest::Request, Duration, &'a AgentClient)> {
        self.request.stream = Some(stream);
        if !stream {
            self.request.stream_options = None;
        }
        if self.request.model.is_empty() {
            return Err(
                Error::invalid_request("ailink.chat_completion: no model set")
                    .with_operation("ailink", OPERATION),
            );
        }
        let body = serde_json::to_vec(&self.request).map_err(|e| {
            Error::invalid_request(format!(
                "ailink.chat_completion: the request is not JSON: {e}"
            ))
        })?;
        let agent = self.agent;
        let url = agent
            .base
            .endpoint(format_args!("/v1/chat/completions"))
            .map_err(|e| Error::invalid_request(e).with_operation("ailink", OPERATION))?;
        let request = agent
            .transport
            .http()
            .post(url)
            .header(CONTENT_TYPE, "application/json")
            .header(
                ACCEPT,
                if stream {
                    "text/event-stream"
                } else {
                    "application/json"
                },
            )
            .body(body)
            .build()?;
        Ok((OPERATION, request, self.idle_timeout, agent))
    }

    /// Sends the request (`stream: false`) and returns the whole answer.
    #[inline]
    pub async fn send(self) -> Result<CreateChatCompletionResponse> {
        Ok(self.send_with_response().await?.into_payload())
    }

    /// Like [`send`](Self::send), with the response's status, headers and request id.
    #[inline]
    pub async fn send_with_response(self) -> Result<Response<CreateChatCompletionResponse>> {
        let (op, request, _, agent) = self.into_request(false)?;
        let response = agent.transport.send(request, op).await?;
        let (status, headers) = (response.status(), response.headers().clone());
        let body = response.bytes().await.map_err(Error::body_broke)?;
        let answer = serde_json::from_slice(&body).map_err(|e| {
            Error::decode(
                format!(
                    "the chat completion is not the expected JSON: {}",
                    crate::error::decode_detail(&e)
                ),
                &body,
            )
            .with_operation("ailink", OPERATION)
        })?;
        Ok(Response::new(status, headers, answer))
    }

    /// Sends the request with `stream: true` and returns its chunks as the gateway relays
    /// them. A gateway or upstream error before the stream starts is the same typed
    /// [`Error`] as [`send`](Self::send) gives; an error event in the stream ends it with an
    /// error carrying the upstream's message and code; `[DONE]` ends it. Dropping the stream
    /// closes the connection.
    #[inline]
    pub async fn stream(self) -> Result<ChatCompletionStream> {
        let (op, request, idle, agent) = self.into_request(true)?;
        let response = agent.transport.send_streaming(request, op).await?;
        let limit = agent.transport.config().max_response_size;
        Ok(ChatCompletionStream {
            events: SseStream::new(response, idle, "ailink.chat_completion").max_event_size(limit),
            ended: false,
        })
    }
}

/// The chunks of a streamed chat completion, as they arrive; see [`ChatCompletion::stream`].
#[derive(Debug)]
pub struct ChatCompletionStream {
    events: SseStream,
    ended: bool,
}

impl Stream for ChatCompletionStream {
    type Item = Result<CreateChatCompletionStreamResponse>;

    #[inline]
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.ended {
            return Poll::Ready(None);
        }
        let polled = Pin::new(&mut self.events).poll_next(cx);
        match polled {
            Poll::Ready(Some(Ok(event))) => {
                let item = chunk(&event);
                if item.is_err() {
                    self.ended = true;
                }
                Poll::Ready(Some(item))
            }
            Poll::Ready(Some(Err(e))) => {
                self.ended = true;
                Poll::Ready(Some(Err(e.with_operation("ailink", OPERATION))))
            }
            Poll::Ready(None) => {
                self.ended = true;
                Poll::Ready(None)
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

/// One event as a chunk, or the error it reports (`{"error": …}` in the stream, read by the
/// transport's one error-body parser).
#[inline]
fn chunk(event: &SseEvent) -> Result<CreateChatCompletionStreamResponse> {
    let undecodable = |e: serde_json::Error| {
        Error::decode(
            format!(
                "a streamed chunk is not the expected JSON: {}",
                crate::error::decode_detail(&e)
            ),
            event.data.as_bytes(),
        )
        .with_operation("ailink", OPERATION)
    };
    let value: serde_json::Value = serde_json::from_str(&event.data).map_err(undecodable)?;
    if value.get("error").is_some_and(|e| !e.is_null()) {
        let found = ErrorBody::parse(event.data.as_bytes()).unwrap_or_default();
        let message = found
            .message
            .unwrap_or_else(|| "the stream reported an error".to_string());
        let mut err = Error::new(ErrorKind::Server, format!("the stream failed: {message}"))
            .with_operation("ailink", OPERATION);
        if let Some(code) = found.code {
            err = err.with_code(code);
        }
        if let Some(kind) = found.error_type {
            err = err.with_error_type(kind);
        }
        return Err(err);
    }
    serde_json::from_value(value).map_err(undecodable)
}
