//! Chat completions with agents, agent groups and models: OpenAI-compatible requests and
//! answers ([`types::ChatCompletionRequest`], [`types::ChatCompletionResponse`]), plus small
//! constructors for messages and a shortcut to an answer's text.
//!
//! As in the official SDK, the agent, group or model is named by the request's `model`; on the
//! wire it is the path's `id` (`POST /agent/{id}/chat/completions`). The answer is not wrapped
//! in an envelope.

use std::fmt;

use super::resources::{AgentGroups, Agents, Models};
use super::types::{self, ChatRole};
use crate::{Error, Result};

/// The path id a request names, and the request checked for what this client can decode.
fn target<R>(operation: &str, request: R) -> Result<(String, types::ChatCompletionRequest)>
where
    R: TryInto<types::ChatCompletionRequest>,
    R::Error: fmt::Display,
{
    let request: types::ChatCompletionRequest = request
        .try_into()
        .map_err(|e| Error::invalid_request(format!("mosaia.{operation}: invalid request: {e}")))?;
    if request.stream == Some(true) {
        return Err(Error::invalid_request(format!(
            "mosaia.{operation}: `stream: true` is not supported (the answer would be server-sent events)"
        )));
    }
    match request.model.as_deref().map(str::trim) {
        Some(id) if !id.is_empty() => Ok((id.to_string(), request)),
        _ => Err(Error::invalid_request(format!(
            "mosaia.{operation}: set `model` to the id of the record to chat with"
        ))),
    }
}

macro_rules! chat_completion {
    ($Acc:ident, $op:ident, $what:literal $(, #[$attr:meta])*) => {
        impl $Acc {
            #[doc = concat!(
                "Chat completion with the ", $what, " whose id is the request's `model` (`",
                stringify!($op), "`). Takes a [`types::ChatCompletionRequest`] or its builder."
            )]
            $(#[$attr])*
            #[allow(deprecated)] // agent groups call their deprecated operation
            pub async fn chat_completion<R>(
                &self,
                request: R,
            ) -> Result<types::ChatCompletionResponse>
            where
                R: TryInto<types::ChatCompletionRequest>,
                R::Error: fmt::Display,
            {
                self.client
                    .finish(async {
                        let (id, request) = target(stringify!($op), request)?;
                        Ok(self.client.api().$op().id(id).body(request).send().await?.into_inner())
                    })
                    .await
            }
        }
    };
}

chat_completion!(Agents, agent_chat_completion, "agent");
chat_completion!(
    AgentGroups,
    agent_group_chat_completion,
    "agent group",
    #[deprecated(
        since = "0.1.0",
        note = "Mosaia dropped agent groups: the official Node SDK removed them in v0.0.26 \
            (2025-12-03, \"no longer supported\"); there is no successor"
    )]
);
chat_completion!(Models, model_chat_completion, "model");

impl Agents {
    /// The seed's `async_chat_completion`: the same operation with `type: "async"` in the body.
    pub async fn async_chat_completion<R>(
        &self,
        request: R,
    ) -> Result<types::ChatCompletionResponse>
    where
        R: TryInto<types::ChatCompletionRequest>,
        R::Error: fmt::Display,
    {
        let (_, mut request) = target("agent_chat_completion", request)?;
        request.type_ = Some("async".to_string());
        self.chat_completion(request).await
    }
}

impl types::ChatMessage {
    /// A message of `role` with text `content`.
    pub fn new(role: ChatRole, content: impl Into<String>) -> Self {
        Self {
            role: Some(role),
            content: Some(content.into()),
            ..Default::default()
        }
    }

    /// A `user` message.
    pub fn user(content: impl Into<String>) -> Self {
        Self::new(ChatRole::User, content)
    }

    /// A `system` message.
    pub fn system(content: impl Into<String>) -> Self {
        Self::new(ChatRole::System, content)
    }

    /// An `assistant` message.
    pub fn assistant(content: impl Into<String>) -> Self {
        Self::new(ChatRole::Assistant, content)
    }
}

impl types::ChatCompletionResponse {
    /// The text of the first choice's message, if any.
    pub fn text(&self) -> Option<&str> {
        self.choices.first()?.message.as_ref()?.content.as_deref()
    }
}
