//! [`Client`]: the Clink client. Its operations (`client.list_groups()`, `client.send_clink()`,
//! ...) are generated from the spec; this file holds what every one of them shares: the
//! generated client, the slug cache and the register of outstanding claims.

use super::groups::SlugCache;
use super::outstanding::OutstandingClaims;
use super::RawClient;
use crate::transport::CallOptions;
use crate::Result;

/// The Clink client: one method per operation, named like the official Python client's
/// function, returning a request builder (`clink.send_clink().group("ops").content("hi")
/// .send().await?`), plus the helpers [`claim_clink`](Self::claim_clink),
/// [`claim_inbox`](Self::claim_inbox), [`wait_for_checkpoint`](Self::wait_for_checkpoint),
/// [`resolve_group`](Self::resolve_group), [`release_claims`](Self::release_claims) and
/// [`request`](Self::request).
///
/// Build one with [`Client::from_env`] or [`Client::builder`]. Cheap to clone: clones share the
/// connection pool, the slug cache and the register of outstanding claims. `Debug` never shows
/// the key.
#[derive(Clone, Debug)]
pub struct Client {
    raw: RawClient,
    pub(super) slugs: SlugCache,
    pub(super) claims: OutstandingClaims,
}

impl Client {
    /// A client around `raw`, with an empty slug cache and no outstanding claims.
    #[inline]
    pub(super) fn new(raw: RawClient) -> Self {
        Self {
            raw,
            slugs: SlugCache::default(),
            claims: OutstandingClaims::default(),
        }
    }

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
    /// key, extra headers); it shares the connection pool, the slug cache and the outstanding
    /// claims.
    #[inline]
    pub fn with_options(&self, options: CallOptions) -> Self {
        Self {
            raw: self.raw.with_options(options),
            slugs: self.slugs.clone(),
            claims: self.claims.clone(),
        }
    }

    /// The `X-Clink-Session-Id` this client sends.
    #[inline]
    pub fn session_id(&self) -> Option<&str> {
        let headers = &self.raw.inner.config().default_headers;
        headers
            .get(super::config::SESSION_HEADER)
            .and_then(|v| v.to_str().ok())
    }

    /// Releases every claim this client and its clones handed out that is still held —
    /// not completed, not released, not already being released by a dropped handle — and
    /// answers the ids of the clinks released. Call it before shutting down: afterwards
    /// dropping those [`Claim`](super::Claim) handles sends nothing more.
    ///
    /// The releases are sent concurrently, each bounded like a dropped handle's (30 s,
    /// retries included). A release that fails is logged (a `tracing` warning naming the
    /// clink id) and the claim stays outstanding: its handle's `Drop`, or the next call, tries
    /// again. If any failed, the error (of the first failure's kind) lists each failed id with
    /// its cause, and the ids that were released. Claims whose handle is at that moment being
    /// completed or released are left to that call. If this future is dropped before it
    /// finished, the releases it started are still sent, as a dropped handle's are.
    ///
    /// ```no_run
    /// # async fn demo(clink: agent_apis::clink::Client) -> agent_apis::Result<()> {
    /// let claim = clink.claim_clink().clink_id("c-42").timeout(600).send().await?;
    /// let worker = tokio::spawn(async move {
    ///     // ... the work, which may still be running at shutdown
    ///     claim.complete_with("done").await
    /// });
    /// // On a shutdown signal, while the runtime still runs:
    /// match clink.release_claims().await {
    ///     Ok(released) => println!("released {released:?}"),
    ///     Err(e) => eprintln!("not released (each was logged too): {e}"),
    /// }
    /// # Ok(()) }
    /// ```
    #[inline]
    pub async fn release_claims(&self) -> Result<Vec<String>> {
        self.claims.release_all().await
    }

    /// The ids of the clinks whose claims this client and its clones handed out and nobody
    /// has finished yet, oldest first: held by a [`Claim`](super::Claim) handle, being
    /// completed or released, or whose release failed.
    #[inline]
    pub fn outstanding_claims(&self) -> Vec<String> {
        self.claims.ids()
    }
}
