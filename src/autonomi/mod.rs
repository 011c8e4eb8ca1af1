//! Autonomi: the Loki Mode control plane (projects, tenants, runs and their events, tasks,
//! API keys, audit).
//!
//! Every operation is a method of [`Client`] named like the official Python and TypeScript
//! SDKs' (`client.list_runs()`, `client.get_run_timeline()`, ...), returning a request builder
//! from [`builders`]: set parameters and body fields with plain values, then `.send().await`
//! (the payload) or `.send_with_response().await` (with status, headers and request id). The
//! paged lists (`list_projects`, `list_runs`, `query_audit`) also have `.stream()`, one page of
//! `.limit(n)` items at a time. This module adds what a generator cannot write, in the same
//! shape: following a run's events ([`Client::run_events`]), reading them once
//! ([`Client::poll_events`]), waiting for a run ([`Client::wait_for_run`]), run ids that may be
//! integers or strings ([`types::RunId`]) and the server version ([`ServerVersion`]).
//!
//! It works against the seed-era server 5.52.4 and the current 9.22.12; where they differ
//! (9.22.12 requires `tenant_id` on `create_project`, binds keys to tenants, answers
//! file-based runs with string ids, ...), the operation's documentation says so.
//!
//! ```no_run
//! # async fn demo() -> agent_apis::Result<()> {
//! use agent_apis::autonomi::{types::RunStatus, Client};
//! let client = Client::builder().base_url("http://localhost:57374").token("loki_...").build()?;
//! let running = client.list_runs().project_id(1).status(RunStatus::Running).send().await?;
//! println!("{} running", running.len());
//! # Ok(()) }
//! ```

// Every function of this service is `#[inline]`, like the generated ones: it is compiled in
// the crate that calls it, not in every build of this one (README "Build cost").
#![warn(clippy::missing_inline_in_public_items)]

crate::generated_service!("autonomi");

mod events;
mod ids;
mod paging;
mod version;

pub use crate::polling::PollConfig;
pub use events::{PollEvents, RunEvents, WaitForRun};
pub use version::ServerVersion;

use secrecy::SecretString;

use crate::config::{env_var, ClientBuilder, Service};
use crate::transport::{ServiceProfile, StaticCredential};
use crate::Result;

/// Marker type of the Autonomi service for [`ClientBuilder`].
#[derive(Debug)]
pub enum Autonomi {}

impl Service for Autonomi {
    const NAME: &'static str = "autonomi";
    const DEFAULT_BASE_URL: &'static str = "http://localhost:57374";
    type Options = ();
}

static PROFILE: ServiceProfile = ServiceProfile {
    name: "autonomi",
    idempotency_headers: &["Idempotency-Key"],
    declared_status: generated::declared_status,
};

/// The Autonomi client: one method per operation (`client.list_runs()`, `client.get_run()`,
/// ...), each returning a request builder, plus the helpers shaped the same way
/// ([`run_events`](Client::run_events), [`poll_events`](Client::poll_events),
/// [`wait_for_run`](Client::wait_for_run)).
///
/// Cheap to clone: clones share the connection pool and configuration.
#[derive(Clone, Debug)]
pub struct Client {
    raw: RawClient,
}

impl Client {
    /// The generated client, for the request builders.
    #[inline]
    pub(crate) fn raw(&self) -> &RawClient {
        &self.raw
    }

    /// The base URL requests go to.
    #[inline]
    pub fn base_url(&self) -> &str {
        progenitor_client::ClientInfo::baseurl(&self.raw)
    }

    /// A handle to the same client whose calls apply `options` (timeout, retries, idempotency
    /// key, extra headers). Cheap: the connection pool is shared.
    #[inline]
    pub fn with_options(&self, options: crate::CallOptions) -> Self {
        Self {
            raw: self.raw.with_options(options),
        }
    }

    /// A builder for a client; the default base URL is `http://localhost:57374`.
    #[inline]
    pub fn builder() -> ClientBuilder<Autonomi> {
        ClientBuilder::default()
    }

    /// A client from `AUTONOMI_BASE_URL` (default `http://localhost:57374`) and
    /// `AUTONOMI_TOKEN` (optional: a default control plane runs without auth).
    #[inline]
    pub fn from_env() -> Result<Self> {
        ClientBuilder::<Autonomi>::from_env().build()
    }
}

impl ClientBuilder<Autonomi> {
    /// A builder preloaded from `AUTONOMI_BASE_URL` and `AUTONOMI_TOKEN`.
    #[inline]
    pub fn from_env() -> Self {
        let mut b = Self::default();
        if let Some(url) = env_var("AUTONOMI_BASE_URL") {
            b = b.base_url(url);
        }
        if let Some(token) = env_var("AUTONOMI_TOKEN") {
            b = b.token(token);
        }
        b
    }

    /// Authenticates with `Authorization: Bearer <token>` (a `loki_...` API key).
    #[inline]
    pub fn token(mut self, token: impl Into<String>) -> Self {
        match StaticCredential::bearer(SecretString::from(token.into())) {
            Ok(c) => self.config.credentials = Some(std::sync::Arc::new(c)),
            Err(e) => self.defer(e),
        }
        self
    }

    /// Builds the client.
    #[inline]
    pub fn build(self) -> Result<Client> {
        let (base_url, transport, ()) = self.into_transport(&PROFILE)?;
        Ok(Client {
            raw: RawClient::new_with_client(&base_url, transport.http().clone(), transport),
        })
    }
}
