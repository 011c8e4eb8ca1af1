//! # agent-apis
//!
//! Typed, async Rust clients for four AI-agent platform APIs:
//!
//! | module | service |
//! | --- | --- |
//! | [`autonomi`] | Autonomi — the Loki Mode control plane: projects, tenants, runs and their events, tasks, API keys, audit |
//! | [`clink`] | Clink — agent coordination: groups, clinks with inbox and claims, milestones, proposals, human-in-the-loop |
//! | [`ailink`] | AIlink — LLM gateway: credentials, virtual tokens, policies, audit, approvals, and the agent proxy |
//! | [`mosaia`] | Mosaia — agent platform: auth and OAuth, users, orgs, agents, models, billing, permissions, apps, tools |
//!
//! Every service has one client (`<service>::Client`; AIlink has two, `AdminClient` and
//! `AgentClient`, for its two credentials), built the same way (`Client::builder()…build()` or
//! `Client::from_env()`), and one call style for every operation: `client.<operation_id>()`
//! returns a request builder, its setters take plain values, and `.send().await?` returns the
//! payload itself — Clink's and Mosaia's envelopes unwrapped. Lists that page have
//! `.stream()`; every failure is one [`Error`] whose [`kind`](Error::kind) you can match.
//!
//! ```no_run
//! use agent_apis::{ErrorKind, Result};
//! use futures::TryStreamExt;
//!
//! # async fn tour() -> Result<()> {
//! // Autonomi: create a project and follow a run.
//! let autonomi = agent_apis::autonomi::Client::from_env()?;
//! let project = autonomi.create_project().name("demo").send().await?;
//! let runs: Vec<_> = autonomi.list_runs().project_id(project.id).stream().try_collect().await?;
//!
//! // Clink: send to a group by its slug.
//! let clink = agent_apis::clink::Client::from_env()?;
//! let sent = clink.send_clink().group("ops-team").content("deploy done").send().await?;
//!
//! // AIlink: the gateway's management API.
//! let admin = agent_apis::ailink::AdminClient::from_env()?;
//! let tokens = admin.list_tokens().send().await?;
//!
//! // Mosaia: page through every agent, 50 at a time.
//! let mosaia = agent_apis::mosaia::Client::from_env()?;
//! let agents: Vec<_> = mosaia.list_agents().limit(50).stream().try_collect().await?;
//!
//! // One error type for every service.
//! match autonomi.get_run().run_id(42).send().await {
//!     Ok(run) => println!("run 42 is {}", run.status),
//!     Err(e) if e.kind() == ErrorKind::NotFound => println!("no run 42"),
//!     Err(e) if e.kind() == ErrorKind::RateLimited => println!("retry after {:?}", e.retry_after()),
//!     Err(e) => return Err(e),
//! }
//! # let _ = (runs, sent, tokens, agents);
//! # Ok(()) }
//! ```
//!
//! Every call also has `.send_with_response()`, which returns a [`Response`] with the status,
//! headers and request id beside the payload. The clients are compiled from the
//! hand-maintained OpenAPI documents in `openapi/` by progenitor at build time, and every
//! request goes through one shared transport: authentication, retries with backoff and
//! `Retry-After`, timeouts, tracing, same-origin redirects only. The request builders of a
//! service are in its `builders` module, its types in `types`; [`docs/operations.md`] maps
//! each call of the official SDKs to its Rust call.
//!
//! Every service is a cargo feature (all on by default); `mock` exports each service's
//! httpmock helpers for your own tests.
//!
//! [`docs/operations.md`]: https://github.com/agent-apis/agent-apis/blob/main/docs/operations.md

#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// Clink and Mosaia are reached over https by default: a build of either without TLS could only
// produce clients that fail on their first call.
#[cfg(all(
    any(feature = "clink", feature = "mosaia"),
    not(any(feature = "rustls", feature = "rustls-ring", feature = "native-tls"))
))]
compile_error!(
    "agent-apis: the `clink` and `mosaia` clients talk to https:// URLs by default; enable a TLS \
     feature: `rustls-ring` (the default), `rustls` or `native-tls`"
);

#[cfg(any(
    feature = "ailink",
    feature = "autonomi",
    feature = "clink",
    feature = "mosaia"
))]
mod builders;
mod calls;
pub mod config;
mod de;
mod error;
mod open_enum;
mod pagination;
mod polling;
mod redact;
mod response;
mod secret;
mod service;
pub mod sse;
mod timestamp;
mod transport;

#[allow(unused_imports)]
pub(crate) use open_enum::open_enum;
#[allow(unused_imports)]
pub(crate) use service::generated_service;

#[cfg(feature = "ailink")]
#[cfg_attr(docsrs, doc(cfg(feature = "ailink")))]
pub mod ailink;
#[cfg(feature = "autonomi")]
#[cfg_attr(docsrs, doc(cfg(feature = "autonomi")))]
pub mod autonomi;
#[cfg(feature = "clink")]
#[cfg_attr(docsrs, doc(cfg(feature = "clink")))]
pub mod clink;
#[cfg(feature = "mosaia")]
#[cfg_attr(docsrs, doc(cfg(feature = "mosaia")))]
pub mod mosaia;

pub use config::ClientBuilder;
pub use error::{Error, ErrorKind, Result};
pub use polling::PollConfig;
pub use response::Response;
pub use secret::Secret;
pub use timestamp::Timestamp;
pub use transport::{
    CallOptions, RetryPolicy, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_TIMEOUT,
    USER_AGENT,
};

/// Re-exported so that the `mock` helpers' types are nameable without a direct dependency.
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
pub use httpmock;

/// The README's examples, compiled as doctests so that they keep working.
#[cfg(all(
    doctest,
    feature = "autonomi",
    feature = "clink",
    feature = "ailink",
    feature = "mosaia",
    feature = "mock"
))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// The service guides' examples (`docs/*.md`), compiled as doctests too.
#[cfg(all(
    doctest,
    feature = "autonomi",
    feature = "clink",
    feature = "ailink",
    feature = "mosaia",
    feature = "mock"
))]
pub mod guide_doctests {
    /// `docs/autonomi.md`.
    #[doc = include_str!("../docs/autonomi.md")]
    pub struct Autonomi;
    /// `docs/clink.md`.
    #[doc = include_str!("../docs/clink.md")]
    pub struct Clink;
    /// `docs/ailink.md`.
    #[doc = include_str!("../docs/ailink.md")]
    pub struct Ailink;
    /// `docs/mosaia.md`.
    #[doc = include_str!("../docs/mosaia.md")]
    pub struct Mosaia;
    /// `docs/design.md`.
    #[doc = include_str!("../docs/design.md")]
    pub struct Design;
}
