//! Mosaia: the agent platform (auth and OAuth, users, organizations, agents, agent groups,
//! models, OAuth clients, billing, permissions, apps, tools, app bots, chat completions).
//!
//! [`Client`] has one method per operation of `openapi/mosaia.yaml`, named by its operation id
//! (`client.list_agents()`, `client.create_agent()`, `client.agent_chat_completion()`, ...); each
//! returns a request builder whose setters take plain values and whose `send()` returns the
//! payload: a record, or a [`List`] for list operations (whose `stream()` walks every page).
//! Beside them are what a generator cannot write: configuration ([`Client::builder`],
//! [`Client::from_env`]), sign-in ([`Client::auth`]), OAuth with PKCE ([`Client::oauth`]), and
//! the official SDK's resource style as one-line aliases of the operations
//! (`client.agents().get_all()` is `client.list_agents()`).
//!
//! The client keeps its own tokens: a signed-in client refreshes them before they expire and
//! once after a 401, for every operation, with one refresh request however many calls are
//! waiting.
//!
//! ```no_run
//! # async fn demo() -> agent_apis::Result<()> {
//! use agent_apis::mosaia::Client;
//! use futures::TryStreamExt;
//!
//! let client = Client::from_env()?;
//! client.auth().sign_in_with_client("client-id", "client-secret").send().await?;
//! let page = client.list_agents().limit(10).search("assistant").send().await?;
//! println!("{} of {:?} agents", page.len(), page.total());
//! let models: Vec<_> = client.list_models().stream().try_collect().await?;
//! # let _ = models; Ok(()) }
//! ```

// Every function of this service is `#[inline]`, like the generated ones: it is compiled in
// the crate that calls it, not in every build of this one (README "Build cost").
#![warn(clippy::missing_inline_in_public_items)]

crate::generated_service!("mosaia");

mod auth;
mod chat;
mod client;
mod config;
mod fields;
mod list;
mod oauth;
mod resources;
mod tokens;

pub use auth::{
    Auth, GenerateApiKey, RefreshToken, SignInWithClient, SignInWithPassword, SignOut,
    UseOAuthTokens,
};
pub use client::Client;
pub use config::{MosaiaConfig, MosaiaService, DEFAULT_FRONTEND_URL, DEFAULT_VERSION};
pub use list::List;
pub use oauth::{code_challenge, AuthorizationRequest, ExchangeCode, OAuth, OAuthRefresh};
pub use resources::{
    AgentGroups, Agents, AppBots, Apps, Billing, Clients, GetToolByName, Models, Organizations,
    Permissions, Tools, Users,
};
pub use tokens::REFRESH_SKEW;

use crate::transport::ServiceProfile;

/// How the shared transport treats Mosaia: `Idempotency-Key` makes a POST retryable, and a 2xx
/// answer whose body carries an `error` member is a failure (the official SDK rejects it).
static PROFILE: ServiceProfile = ServiceProfile {
    name: "mosaia",
    idempotency_headers: &["Idempotency-Key"],
    declared_status: generated::declared_status,
};
