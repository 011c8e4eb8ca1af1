//! Chat completions with agents and models are operations (`client.agent_chat_completion()`,
//! `client.model_chat_completion()`): OpenAI-compatible requests and answers
//! ([`types::ChatCompletionRequest`], [`types::ChatCompletionResponse`]), not wrapped in an
//! envelope. This module adds small constructors for messages and a shortcut to an answer's
//! text.
//!
//! ```no_run
//! # async fn demo(client: agent_apis::mosaia::Client) -> agent_apis::Result<()> {
//! use agent_apis::mosaia::types::ChatMessage;
//! let answer = client
//!     .agent_chat_completion()
//!     .id("agent-id")
//!     .messages([ChatMessage::user("Hello, how are you?")])
//!     .max_tokens(100)
//!     .send()
//!     .await?;
//! println!("{}", answer.text().unwrap_or_default());
//! # Ok(()) }
//! ```

use super::types::{self, ChatRole};

impl types::ChatMessage {
    /// A message of `role` with text `content`.
    #[inline]
    pub fn new(role: ChatRole, content: impl Into<String>) -> Self {
        Self {
            role: Some(role),
            content: Some(content.into()),
            ..Default::default()
        }
    }

    /// A `user` message.
    #[inline]
    pub fn user(content: impl Into<String>) -> Self {
        Self::new(ChatRole::User, content)
    }

    /// A `system` message.
    #[inline]
    pub fn system(content: impl Into<String>) -> Self {
        Self::new(ChatRole::System, content)
    }

    /// An `assistant` message.
    #[inline]
    pub fn assistant(content: impl Into<String>) -> Self {
        Self::new(ChatRole::Assistant, content)
    }
}

impl types::ChatCompletionResponse {
    /// The text of the first choice's message, if any.
    #[inline]
    pub fn text(&self) -> Option<&str> {
        self.choices.first()?.message.as_ref()?.content.as_deref()
    }
}
