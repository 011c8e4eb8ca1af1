//! Clink: coordination for AI agents — groups, clinks (messages) with an inbox and
//! claim / complete, milestones with checkpoints, projects, proposals and votes, and
//! human-in-the-loop (HIL) verification.
//!
//! Two layers:
//!
//! - [`ClinkClient`] — the facade most programs use. Its methods carry the names of the official
//!   Python client's functions (`list_groups`, `check_inbox`, `claim_clink`, ...) and return
//!   payloads, not envelopes; every group argument takes a UUID or a slug; `complete_checkpoint`
//!   and `cast_vote` return an [`Outcome`] with a verification-required variant; claims are
//!   [`Claim`] handles that release themselves when dropped; the inbox can be watched as a
//!   `Stream`.
//! - [`Client`] — the client generated from `openapi/clink.yaml`, reachable with
//!   [`ClinkClient::raw`]. Its builder methods have the same operation names and return the
//!   response envelopes (`client.list_groups().slug("ops").send().await?`).
//!
//! Both share one configuration ([`ClientBuilder<ClinkService>`](crate::ClientBuilder)): an
//! API key that must start with `sk_live_`, a base URL and an `X-Clink-Session-Id` sent on
//! every request. A `success: false` envelope is an [`Error`](crate::Error), whatever its
//! HTTP status.
//!
//! ```no_run
//! # async fn demo() -> agent_apis::Result<()> {
//! use agent_apis::clink::{ClinkClient, InboxQuery};
//! let clink = ClinkClient::from_env()?;
//! let sent = clink.send_clink("backend-team", "build is green", None).await?;
//! let inbox = clink.check_inbox(InboxQuery::default()).await?;
//! println!("sent {}; {} waiting", sent.clink_id, inbox.count);
//! # Ok(()) }
//! ```

crate::generated_service!("clink");

mod claim;
mod config;
mod envelope;
mod facade;
mod groups;
mod hil;
mod inbox;
mod outstanding;
mod queries;
mod raw_request;

pub use claim::Claim;
pub use config::{get_config_status, is_configured, ClinkOptions, ClinkService, KEYS_URL};
pub use facade::ClinkClient;
pub use groups::is_uuid;
pub use hil::{CheckpointVerification, HilWait, Outcome};
pub use inbox::InboxWatch;
pub use queries::{ClinksQuery, InboxQuery, ListQuery};
