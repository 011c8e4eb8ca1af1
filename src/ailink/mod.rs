//! AIlink: the LLM gateway (sujan174/Ai-Link), at commit 332754c and at the current head
//! (c8e564b, renamed TrueFlow) alike, with no setting to choose between them. Two faces, two
//! credentials, two client types:
//!
//! - [`AdminClient`] — the management API under `/api/v1` (credentials, virtual tokens,
//!   policies, the audit log, human-in-the-loop approvals, projects), authenticated with the
//!   admin key in `X-Admin-Key` (the head's `ak_...` role keys also as `Authorization:
//!   Bearer`). Every operation of `openapi/ailink.yaml` is a method named after its operation
//!   id returning a request builder (`admin.list_tokens()`, `admin.create_policy()`, ...): set
//!   parameters and body fields, then `.send().await`. The seed's helpers have the same shape
//!   ([`AdminClient::revoke`], [`AdminClient::approve`], [`AdminClient::reject`],
//!   [`AdminClient::pending_approvals`], [`AdminClient::remove_policy`]); the audit log pages
//!   with `admin.list_audit_logs().stream()`.
//! - [`AgentClient`] — what an agent holds: the virtual token (`ailink_v1_...` at 332754c,
//!   `tf_v1_...` at the head; never checked by the SDK) sent as `Authorization: Bearer`, an
//!   optional agent name and idempotency key (each sent under both gateways' header names,
//!   `X-AIlink-*` and `X-TrueFlow-*`). It has no management
//!   methods at all; it sends LLM requests through the gateway with [`AgentClient::proxy`],
//!   `AgentClient::openai` (cargo feature `openai`) or [`AgentClient::anthropic`].
//!
//! What differs between the two gateway versions, and how the SDK absorbs it:
//!
//! | | 332754c | head | SDK |
//! |---|---|---|---|
//! | token prefix | `ailink_v1_` | `tf_v1_` | sent as given; only an empty token is refused |
//! | agent name / idempotency headers | `X-AIlink-*` | `X-TrueFlow-*` | both sent |
//! | environment | `AILINK_*` | `TRUEFLOW_*` | `from_env()` reads `AILINK_*`, else `TRUEFLOW_*` |
//! | `revoke_token` | `200 {revoked}` (`false` when unknown) | `204`, `404` when unknown | [`AdminClient::revoke`]: `Ok(())` / [`ErrorKind::NotFound`](crate::ErrorKind::NotFound) |
//! | `list_approvals` | pending only | every status | [`AdminClient::pending_approvals`] |
//! | `delete_policy` / `decide_approval` | `200 {deleted/updated: false}` when unknown | the same | [`ErrorKind::NotFound`](crate::ErrorKind::NotFound) from `send()` |
//! | proxy error body | `{"error": "<msg>"}` | `{"error": {code, message, request_id, type}}` | both parsed: [`Error::message`](crate::Error::message), [`Error::code`](crate::Error::code), [`Error::error_type`](crate::Error::error_type), [`Error::request_id`](crate::Error::request_id) |
//!
//! Typed policy rules live in [`rules`].
//!
//! ```no_run
//! # async fn demo() -> agent_apis::Result<()> {
//! use agent_apis::ailink::{AdminClient, AgentClient};
//! let admin = AdminClient::admin("http://localhost:8443", "my-admin-key")?;
//! for token in admin.list_tokens().send().await?.iter() {
//!     println!("{} active={}", token.name, token.is_active);
//! }
//! let agent = AgentClient::new("http://localhost:8443", "ailink_v1_00000000_tok_0123abcd")?;
//! let answer: serde_json::Value = agent
//!     .proxy()
//!     .post("/v1/chat/completions")
//!     .json(&serde_json::json!({"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}]}))
//!     .send()
//!     .await?;
//! # let _ = answer; Ok(()) }
//! ```

// Every function of this service is `#[inline]`, like the generated ones: it is compiled in
// the crate that calls it, not in every build of this one (README "Build cost").
#![warn(clippy::missing_inline_in_public_items)]

crate::generated_service!("ailink");

mod admin;
mod admin_helpers;
mod agent;
mod anthropic;
mod chat;
#[cfg(feature = "openai")]
mod openai_bridge;
mod proxy;
pub mod rules;

pub use admin::{AIlinkAdmin, AdminClient};
pub use admin_helpers::{PendingApprovals, Revoke, AUDIT_PAGE_MAX};
pub use agent::{
    AIlinkAgent, AgentClient, AgentOptions, TRUEFLOW_TOKEN_PREFIX, VIRTUAL_TOKEN_PREFIX,
};
pub use anthropic::{AnthropicGateway, ANTHROPIC_API_KEY_PLACEHOLDER};
pub use chat::{ChatCompletion, ChatCompletionStream};
pub use proxy::{Proxy, ProxyRequest, ProxyResponse, ProxyStream};

/// OpenAI's chat completion types (`async_openai::types::chat`), which
/// [`AgentClient::chat_completion`] sends and returns.
pub use async_openai::types::chat as chat_types;

/// The gateway URL used when none is configured (and neither `AILINK_GATEWAY_URL` nor
/// `TRUEFLOW_GATEWAY_URL` is set).
pub const DEFAULT_GATEWAY_URL: &str = "http://localhost:8443";

/// Environment variable holding the gateway URL (the seed's name; read first).
pub const ENV_GATEWAY_URL: &str = "AILINK_GATEWAY_URL";
/// Environment variable holding the admin key (management API; the seed's name; read first).
pub const ENV_ADMIN_KEY: &str = "AILINK_ADMIN_KEY";
/// Environment variable holding the agent's virtual token (the seed's name; read first).
pub const ENV_API_KEY: &str = "AILINK_API_KEY";
/// The current official SDK's name for the gateway URL, read when `AILINK_GATEWAY_URL` is unset.
pub const ENV_TRUEFLOW_GATEWAY_URL: &str = "TRUEFLOW_GATEWAY_URL";
/// The current official SDK's name for the admin key, read when `AILINK_ADMIN_KEY` is unset.
pub const ENV_TRUEFLOW_ADMIN_KEY: &str = "TRUEFLOW_ADMIN_KEY";
/// The current official SDK's name for the virtual token, read when `AILINK_API_KEY` is unset.
pub const ENV_TRUEFLOW_API_KEY: &str = "TRUEFLOW_API_KEY";
