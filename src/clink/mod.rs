//! Clink: coordination for AI agents — groups, clinks (messages) with an inbox and
//! claim / complete, milestones with checkpoints, projects, proposals and votes, and
//! human-in-the-loop (HIL) verification.
//!
//! [`Client`] has one method per operation of `openapi/clink.yaml`, named like the function of
//! the official Python client (`list_groups`, `send_clink`, `check_inbox`, ...). Each returns a
//! request builder (see [`builders`]): set parameters and body fields with plain values, then
//! `.send().await?` returns the payload, never the `{success, data}` envelope. Every parameter
//! that names a group takes its UUID or its slug (resolved once per client, then cached).
//!
//! What a generator cannot write is here too, in the same shape: [`Client::claim_clink`] gives
//! a [`Claim`] handle that releases itself when dropped; [`Client::claim_inbox`] watches the
//! inbox and claims what arrives; `complete_checkpoint` and `cast_vote` answer an [`Outcome`]
//! with a verification-required branch, which [`Client::wait_for_checkpoint`] waits out.
//!
//! One configuration ([`ClientBuilder<ClinkService>`](crate::ClientBuilder)): an API key, a base
//! URL and an `X-Clink-Session-Id` sent on every request. A `success: false` envelope is an
//! [`Error`](crate::Error), whatever its HTTP status.
//!
//! ```no_run
//! # async fn demo() -> agent_apis::Result<()> {
//! use agent_apis::clink::Client;
//! let clink = Client::from_env()?;
//! let sent = clink.send_clink().group("backend-team").content("build is green").send().await?;
//! let inbox = clink.check_inbox().send().await?;
//! println!("sent {}; {} waiting", sent.clink_id, inbox.count);
//! # Ok(()) }
//! ```

// Every function of this service is `#[inline]`, like the generated ones: it is compiled in
// the crate that calls it, not in every build of this one (README "Build cost").
#![warn(clippy::missing_inline_in_public_items)]

crate::generated_service!("clink");

mod claim;
mod claim_inbox;
mod client;
mod config;
mod envelope;
mod groups;
mod hil;
mod outstanding;
mod raw_request;

pub use claim::{Claim, ClaimClink, CompleteClaim};
pub use claim_inbox::ClaimInbox;
pub use client::Client;
pub use config::{get_config_status, is_configured, ClinkOptions, ClinkService, KEYS_URL};
pub use groups::is_uuid;
pub use hil::{CheckpointVerification, Outcome, WaitForCheckpoint};
pub use raw_request::Request;
