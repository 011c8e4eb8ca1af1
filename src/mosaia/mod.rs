//! Mosaia: the agent platform (auth and OAuth, users, organizations, agents, agent groups,
//! models, OAuth clients, billing, permissions, apps, tools, app bots, chat completions).
//!
//! [`Mosaia`] is the client, shaped like the official SDK's: `client.agents().get_all(&params)`,
//! `client.auth().sign_in_with_client(..)`, `client.oauth(..)`. It is built from a
//! [`ClientBuilder<Mosaia>`](crate::ClientBuilder) (see [`Mosaia::builder`] and
//! [`Mosaia::from_env`]) and keeps its own tokens: a signed-in client refreshes them before they
//! expire and once after a 401, with one refresh request however many calls are waiting.
//!
//! Every operation of `openapi/mosaia.yaml` is also available as a generated builder method on
//! [`Client`] ([`Mosaia::api`]); the facade adds what a generator cannot: configuration, token
//! management, OAuth PKCE, envelope unwrapping, scoping (tools, app bots, permission families)
//! and pagination streams.
//!
//! ```no_run
//! # async fn demo() -> agent_apis::Result<()> {
//! use agent_apis::mosaia::{ListParams, Mosaia};
//! use futures::TryStreamExt;
//!
//! let client = Mosaia::from_env()?;
//! client.auth().sign_in_with_client("client-id", "client-secret").await?;
//! let page = client.agents().get_all(&ListParams::new().limit(10).search("assistant")).await?;
//! println!("{} of {:?} agents", page.items.len(), page.total());
//! let models: Vec<_> = client.models().stream(&ListParams::new()).try_collect().await?;
//! # let _ = models; Ok(()) }
//! ```

crate::generated_service!("mosaia");

mod auth;
mod chat;
mod client;
mod config;
mod fields;
mod oauth;
mod resources;
mod tokens;

pub use auth::Auth;
pub use client::Mosaia;
pub use config::{MosaiaConfig, DEFAULT_FRONTEND_URL, DEFAULT_VERSION};
pub use oauth::{code_challenge, AuthorizationRequest, OAuth};
pub use resources::{
    AccessPolicies, AgentGroups, Agents, AppBots, Apps, Billing, Clients, ListPage, ListParams,
    Meters, Models, OrgPermissions, Organizations, Permissions, Tools, UnscopedTools,
    UserPermissions, Users, Wallets, DEFAULT_PAGE_SIZE,
};
pub use tokens::REFRESH_SKEW;

use crate::transport::ServiceProfile;

/// How the shared transport treats Mosaia: `Idempotency-Key` makes a POST retryable, and a 2xx
/// answer whose body carries an `error` member is a failure (the official SDK rejects it).
static PROFILE: ServiceProfile = ServiceProfile {
    name: "mosaia",
    idempotency_headers: &["Idempotency-Key"],
    declared_status: generated::declared_status,
    check_success_body: Some(client::error_in_success_body),
};
