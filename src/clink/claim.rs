//! [`Claim`]: the handle a claimed clink comes in, which cannot be silently lost.
//!
//! A claim is consumed by [`Claim::complete`] or [`Claim::release`]. A handle dropped without
//! either — the caller returned early, hit `?`, its task panicked or was cancelled, its
//! runtime shut down — sends the release itself, so the clink goes back to `pending` for
//! another agent instead of staying locked until the claim times out.
//!
//! That release is a [`PendingRelease`]: spawned on the current Tokio runtime, and sent from
//! a short-lived thread with its own runtime when there is no runtime, or when the runtime
//! drops it unfinished (it was shutting down). Every claim is also registered with its client
//! (see [`OutstandingClaims`]) until it is finished, for
//! [`ClinkClient::release_claims`](super::ClinkClient::release_claims).

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;
use std::time::Duration;

use tracing::instrument::WithSubscriber;

use super::facade::{complete, release};
use super::outstanding::{ClaimSlot, OutstandingClaims};
use super::types;
use super::Client;
use crate::transport::CallOptions;
use crate::{Error, ErrorKind, Result};

/// The longest one attempt of a release sent without the handle (from `Drop`, or by
/// `release_claims`) may take; a shorter configured timeout applies as it is.
const UNHELD_RELEASE_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);

/// The longest a release sent without the handle may take, retries included; this bounds
/// how long a `Drop` with no runtime to spawn on waits.
const UNHELD_RELEASE_DEADLINE: Duration = Duration::from_secs(30);

/// A claimed clink. Read it through `Deref` (`claim.content`, `claim.claim_expires_at`), then
/// finish it with [`complete`](Self::complete) or [`release`](Self::release).
///
/// **Dropping a claim releases it**, whatever the exit path: early return, `?`, a panic
/// unwinding the owning task, a cancelled future, and the shutdown of the runtime (which drops
/// the tasks holding claims). `Drop` spawns `POST /clinks/{id}/release` on the current Tokio
/// runtime. When there is no runtime, or the runtime is shutting down and drops that task
/// before it finished, the release is sent from a short-lived thread with its own runtime,
/// and the drop (or the runtime's shutdown) waits for it: at most 30 s, 10 s per attempt.
/// A release the shutdown interrupted is sent again; releasing twice is harmless.
///
/// What Rust cannot cover: a handle that is never dropped (`std::mem::forget`, a reference
/// cycle, a task of a runtime that is leaked or kept without ever running again) and a
/// process that ends without unwinding (`std::process::exit`, a kill, an abort). For those,
/// and to release everything at a point of your choosing before shutting down, call
/// [`ClinkClient::release_claims`](super::ClinkClient::release_claims). A release that fails
/// is logged (a `tracing` warning naming the clink id); the claim then stays outstanding for
/// `release_claims`, or lapses at its timeout. With a `reqwest::Client` of your own
/// ([`http_client`](crate::ClientBuilder::http_client)), a release sent during a shutdown
/// goes through that client's connections, and one of them may belong to the stopping
/// runtime: that attempt then fails after 10 s, and only a retry gets through.
///
/// ```no_run
/// # async fn demo(clink: agent_apis::clink::ClinkClient) -> agent_apis::Result<()> {
/// let claim = clink.claim_clink("c-42", Some(600)).await?;
/// if claim.content.starts_with("deploy") {
///     claim.complete(Some("deployed")).await?;
/// } // otherwise the claim is released here, when `claim` goes out of scope
/// # Ok(()) }
/// ```
#[must_use = "a claim is released as soon as it is dropped: complete or release it"]
pub struct Claim {
    clink: types::Clink,
    slot: Arc<ClaimSlot>,
    outstanding: OutstandingClaims,
}

impl Claim {
    /// A handle for `clink`, just claimed through `client`, registered in `outstanding`.
    pub(super) fn new(outstanding: OutstandingClaims, client: Client, clink: types::Clink) -> Self {
        let slot = outstanding.register(client, clink.clink_id.clone());
        Self {
            clink,
            slot,
            outstanding,
        }
    }

    /// The claimed clink as the claim answered it.
    pub fn clink(&self) -> &types::Clink {
        &self.clink
    }

    /// The claimed clink's id.
    pub fn clink_id(&self) -> &str {
        &self.clink.clink_id
    }

    /// Completes the clink, optionally posting `response` as a reply in its group. If the
    /// request fails (or this future is dropped before it finished), the error is returned
    /// and the claim is released (the clink goes back to `pending`, so the work is not lost).
    pub async fn complete(self, response: Option<&str>) -> Result<types::CompleteClinkResult> {
        self.slot.begin();
        let result = complete(self.slot.client(), self.slot.clink_id(), response).await;
        if result.is_ok() {
            self.outstanding.finish(&self.slot);
        }
        result
    }

    /// Gives the claim up: the clink goes back to `pending`. Sent once; a failure is returned
    /// (the claim then lapses at its timeout). If this future is dropped before the answer
    /// arrived, the release is sent again as if the handle had been dropped.
    pub async fn release(self) -> Result<types::Clink> {
        self.slot.begin();
        let result = release(self.slot.client(), self.slot.clink_id(), CallOptions::new()).await;
        self.outstanding.finish(&self.slot);
        result
    }
}

impl Deref for Claim {
    type Target = types::Clink;
    fn deref(&self) -> &types::Clink {
        &self.clink
    }
}

impl fmt::Debug for Claim {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Claim")
            .field("clink_id", &self.clink.clink_id)
            .field("claim_expires_at", &self.clink.claim_expires_at)
            .field("finished", &self.slot.is_finished())
            .finish()
    }
}

impl Drop for Claim {
    fn drop(&mut self) {
        if self.slot.take_for_drop() {
            // Dropping a pending release sends it (spawned, or from its own thread).
            drop(PendingRelease::new(
                self.slot.clone(),
                self.outstanding.clone(),
            ));
        }
    }
}

/// A release of a claim no handle holds any more (its handle was dropped, or
/// `release_claims` took it), which is sent even if this value is dropped first: [`send`]
/// sends it; dropping it unsent spawns it on the current runtime, and when there is none, or
/// when that runtime drops it unsent in turn (it is shutting down), sends it from a
/// short-lived thread with its own runtime and waits for it.
///
/// [`send`]: Self::send
pub(super) struct PendingRelease {
    claim: Option<(Arc<ClaimSlot>, OutstandingClaims)>,
    /// Where it goes when dropped unsent.
    fallback: Fallback,
    /// Whether to send it through a client with connections of its own (see
    /// [`ClaimSlot::fresh_client`]): it is sent from its own thread because the runtime
    /// is shutting down.
    fresh_connection: bool,
}

/// Where a [`PendingRelease`] dropped unsent goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fallback {
    /// Spawned on the current runtime (a thread when there is none).
    Spawn,
    /// Sent from its own thread (it was spawned, and the runtime dropped it).
    Thread,
    /// Nowhere: it is already on its own thread, which failed; logged as not released.
    GiveUp,
}

impl PendingRelease {
    /// The release of `slot`, already taken from its handle (or the registry).
    pub(super) fn new(slot: Arc<ClaimSlot>, outstanding: OutstandingClaims) -> Self {
        Self {
            claim: Some((slot, outstanding)),
            fallback: Fallback::Spawn,
            fresh_connection: false,
        }
    }

    /// Sends the release and records its outcome (a failure is logged naming the claim);
    /// answers the clink id with the outcome.
    pub(super) async fn send(mut self) -> (String, Result<()>) {
        let Some((slot, outstanding)) = self.claim.clone() else {
            return (String::new(), Ok(()));
        };
        let fresh = match self.fresh_connection {
            true => slot.fresh_client(),
            false => None,
        };
        let client = fresh.as_ref().unwrap_or(slot.client());
        let result = release_unheld(client, slot.clink_id()).await.map(drop);
        outstanding.settle(&slot, &result);
        self.claim = None;
        (slot.clink_id().to_string(), result)
    }

    /// Sends the release from a new thread with its own current-thread runtime, and waits
    /// for it (bounded by [`UNHELD_RELEASE_DEADLINE`]). Waiting on a thread does not block on
    /// a runtime, which would panic inside one; the thread reports to the caller's `tracing`
    /// subscriber.
    fn send_on_own_thread(claim: (Arc<ClaimSlot>, OutstandingClaims), fresh_connection: bool) {
        let clink_id = claim.0.clink_id().to_string();
        let pending = PendingRelease {
            claim: Some(claim),
            fallback: Fallback::GiveUp,
            fresh_connection,
        };
        let dispatch = tracing::dispatcher::get_default(|d| d.clone());
        let thread = std::thread::Builder::new()
            .name("clink-claim-release".into())
            .spawn(move || {
                tracing::dispatcher::with_default(&dispatch, || {
                    match tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                    {
                        Ok(runtime) => drop(runtime.block_on(pending.send())),
                        Err(e) => tracing::warn!(error = %e, "no runtime to release a claim on"),
                    }
                })
            });
        match thread {
            Ok(thread) => {
                if thread.join().is_err() {
                    tracing::warn!(%clink_id, "the thread releasing claim {clink_id} panicked");
                }
            }
            Err(e) => {
                tracing::warn!(%clink_id, error = %e, "no thread to release claim {clink_id} from")
            }
        }
    }
}

impl Drop for PendingRelease {
    fn drop(&mut self) {
        let Some(claim) = self.claim.take() else {
            return;
        };
        match self.fallback {
            Fallback::Spawn => match tokio::runtime::Handle::try_current() {
                Ok(runtime) => {
                    let spawned = PendingRelease {
                        claim: Some(claim),
                        fallback: Fallback::Thread,
                        fresh_connection: false,
                    };
                    // If the runtime is shutting down, it drops this task unsent, right away
                    // or later; its `PendingRelease` then goes to a thread.
                    drop(runtime.spawn(spawned.send().with_current_subscriber()));
                }
                Err(_) => Self::send_on_own_thread(claim, false),
            },
            // The runtime dropped the spawned release: it is shutting down, and this thread
            // may be the one that still has to drop the tasks driving its connections.
            Fallback::Thread => Self::send_on_own_thread(claim, true),
            Fallback::GiveUp => {
                let (slot, outstanding) = claim;
                let error = Error::new(
                    ErrorKind::Connection,
                    format!("the release of claim {} could not be sent", slot.clink_id()),
                );
                outstanding.settle::<()>(&slot, &Err(error));
            }
        }
    }
}

/// `release` with the bounds of a release no caller awaits.
async fn release_unheld(client: &Client, clink_id: &str) -> Result<types::Clink> {
    let attempt = client
        .inner
        .config()
        .timeout
        .min(UNHELD_RELEASE_ATTEMPT_TIMEOUT);
    let call = release(client, clink_id, CallOptions::new().timeout(attempt));
    match tokio::time::timeout(UNHELD_RELEASE_DEADLINE, call).await {
        Ok(result) => result,
        Err(_) => Err(Error::new(
            ErrorKind::Timeout,
            format!(
                "releasing claim {clink_id} took longer than {} s",
                UNHELD_RELEASE_DEADLINE.as_secs()
            ),
        )
        .with_operation("clink", "release_clink")),
    }
}
