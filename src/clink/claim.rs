//! [`Claim`]: the handle a claimed clink comes in, which cannot be silently lost, and the
//! request that makes one, [`ClaimClink`] (`clink.claim_clink()`).
//!
//! A claim is consumed by [`Claim::complete`] (or [`Claim::complete_with`]) or
//! [`Claim::release`]. A handle dropped without either — the caller returned early, hit `?`,
//! its task panicked or was cancelled, its runtime shut down — sends the release itself, so the
//! clink goes back to `pending` for another agent instead of staying locked until the claim
//! times out.
//!
//! That release is a [`PendingRelease`]: spawned on the current Tokio runtime, and sent from
//! a short-lived thread with its own runtime when there is no runtime, or when the runtime
//! drops it unfinished (it was shutting down). Every claim is also registered with its client
//! (see [`OutstandingClaims`]) until it is finished, for
//! [`Client::release_claims`](super::Client::release_claims).

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;
use std::time::Duration;

use tracing::instrument::WithSubscriber;

use super::outstanding::{ClaimSlot, OutstandingClaims};
use super::{types, Client, RawClient};
use crate::transport::{no_data, CallOptions};
use crate::{Error, ErrorKind, Response, Result};

/// The longest one attempt of a release sent without the handle (from `Drop`, or by
/// `release_claims`) may take; a shorter configured timeout applies as it is.
const UNHELD_RELEASE_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);

/// The longest a release sent without the handle may take, retries included; this bounds
/// how long a `Drop` with no runtime to spawn on waits.
const UNHELD_RELEASE_DEADLINE: Duration = Duration::from_secs(30);

/// A claimed clink, from [`Client::claim_clink`] or [`Client::claim_inbox`]. Read it through
/// `Deref` (`claim.content`, `claim.claim_expires_at`), then finish it with
/// [`complete`](Self::complete) / [`complete_with`](Self::complete_with) or
/// [`release`](Self::release).
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
/// [`Client::release_claims`]. A release that fails
/// is logged (a `tracing` warning naming the clink id); the claim then stays outstanding for
/// `release_claims`, or lapses at its timeout. With a `reqwest::Client` of your own
/// ([`http_client`](crate::ClientBuilder::http_client)), a release sent during a shutdown
/// goes through that client's connections, and one of them may belong to the stopping
/// runtime: that attempt then fails after 10 s, and only a retry gets through.
///
/// ```no_run
/// # async fn demo(clink: agent_apis::clink::Client) -> agent_apis::Result<()> {
/// let claim = clink.claim_clink().clink_id("c-42").timeout(600).send().await?;
/// if claim.content.starts_with("deploy") {
///     claim.complete().response("deployed").send().await?;
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
    #[inline]
    fn new(outstanding: OutstandingClaims, client: RawClient, clink: types::Clink) -> Self {
        let slot = outstanding.register(client, clink.clink_id.clone());
        Self {
            clink,
            slot,
            outstanding,
        }
    }

    /// The claimed clink as the claim answered it.
    #[inline]
    pub fn clink(&self) -> &types::Clink {
        &self.clink
    }

    /// The claimed clink's id.
    #[inline]
    pub fn clink_id(&self) -> &str {
        &self.clink.clink_id
    }

    /// Completes the clink (`complete_clink`): set the optional reply with
    /// [`response`](CompleteClaim::response), then [`send`](CompleteClaim::send) it. If the
    /// request fails (or its future, or the unsent request, is dropped), the claim is released:
    /// the clink goes back to `pending`, so the work is not lost.
    #[inline]
    pub fn complete(self) -> CompleteClaim {
        CompleteClaim {
            claim: self,
            response: None,
        }
    }

    /// Completes the clink posting `response` as a reply in its group: short for
    /// `claim.complete().response(response).send()`.
    #[inline]
    pub async fn complete_with(
        self,
        response: impl Into<String>,
    ) -> Result<types::CompleteClinkResult> {
        self.complete().response(response).send().await
    }

    /// Gives the claim up (`release_clink`): the clink goes back to `pending`. Sent once; a
    /// failure is returned (the claim then lapses at its timeout). If this future is dropped
    /// before the answer arrived, the release is sent again as if the handle had been dropped.
    #[inline]
    pub async fn release(self) -> Result<types::Clink> {
        self.slot.begin();
        let result = release(self.slot.client(), self.slot.clink_id(), CallOptions::new()).await;
        self.outstanding.finish(&self.slot);
        result
    }
}

/// The completion of a [`Claim`], from [`Claim::complete`]: set the optional reply, then
/// [`send`](Self::send) it. Dropped unsent, it releases the claim.
#[must_use = "a claim is released as soon as it is dropped: send the completion"]
#[derive(Debug)]
pub struct CompleteClaim {
    claim: Claim,
    response: Option<String>,
}

impl CompleteClaim {
    /// A reply posted in the clink's group (the seed's `response_text`; JSON `response`).
    #[inline]
    pub fn response(mut self, response: impl Into<String>) -> Self {
        self.response = Some(response.into());
        self
    }

    /// Alias of [`response`](Self::response), under the seed's argument name.
    #[inline]
    pub fn response_text(self, response: impl Into<String>) -> Self {
        self.response(response)
    }

    /// Sends `POST /clinks/{id}/complete` and answers the completed clink (and the id of the
    /// reply, if one was posted). On failure the error is returned and the claim released.
    #[inline]
    pub async fn send(self) -> Result<types::CompleteClinkResult> {
        let Self { claim, response } = self;
        claim.slot.begin();
        let result = complete(claim.slot.client(), claim.slot.clink_id(), response).await;
        if result.is_ok() {
            claim.outstanding.finish(&claim.slot);
        }
        // A failure drops `claim` unfinished here, which releases it.
        result
    }
}

impl Deref for Claim {
    type Target = types::Clink;
    #[inline]
    fn deref(&self) -> &types::Clink {
        &self.clink
    }
}

impl fmt::Debug for Claim {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Claim")
            .field("clink_id", &self.clink.clink_id)
            .field("claim_expires_at", &self.clink.claim_expires_at)
            .field("finished", &self.slot.is_finished())
            .finish()
    }
}

impl Drop for Claim {
    #[inline]
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
    #[inline]
    pub(super) fn new(slot: Arc<ClaimSlot>, outstanding: OutstandingClaims) -> Self {
        Self {
            claim: Some((slot, outstanding)),
            fallback: Fallback::Spawn,
            fresh_connection: false,
        }
    }

    /// Sends the release and records its outcome (a failure is logged naming the claim);
    /// answers the clink id with the outcome.
    #[inline]
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
    #[inline]
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
    #[inline]
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
#[inline]
async fn release_unheld(client: &RawClient, clink_id: &str) -> Result<types::Clink> {
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

/// `POST /clinks/{id}/release` with `{}`. Releasing twice is harmless, so the request carries
/// an idempotency key, which lets the transport retry it like any idempotent call (a release
/// that is lost leaves the clink locked). `options` adds to that (the drop path's timeout).
#[inline]
async fn release(client: &RawClient, clink_id: &str, options: CallOptions) -> Result<types::Clink> {
    let client = client.with_options(options.idempotency_key(uuid::Uuid::new_v4().to_string()));
    let answer =
        crate::calls::exec_raw(client.release_clink().clink_id(clink_id).prepare()).await?;
    answer
        .into_inner()
        .data
        .ok_or_else(|| no_data("clink", "release_clink"))
}

/// `POST /clinks/{id}/complete` with `{response?}`.
#[inline]
async fn complete(
    client: &RawClient,
    clink_id: &str,
    response: Option<String>,
) -> Result<types::CompleteClinkResult> {
    let answer = crate::calls::exec_raw(
        client
            .complete_clink()
            .clink_id(clink_id)
            .body_map(|b| b.response(response))
            .prepare(),
    )
    .await?;
    answer
        .into_inner()
        .data
        .ok_or_else(|| no_data("clink", "complete_clink"))
}

impl Client {
    /// Claims a clink (`claim_clink`, the seed's `claim_clink(clink_id, timeout_seconds=)`):
    /// set [`clink_id`](ClaimClink::clink_id) and optionally
    /// [`timeout`](ClaimClink::timeout) (seconds, server default 300), then
    /// [`send`](ClaimClink::send) it for a [`Claim`] handle, which must be completed or
    /// released — dropping it releases the claim.
    ///
    /// ```no_run
    /// # async fn demo(clink: agent_apis::clink::Client) -> agent_apis::Result<()> {
    /// let claim = clink.claim_clink().clink_id("c-42").timeout(600).send().await?;
    /// claim.complete_with("done").await?;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn claim_clink(&self) -> ClaimClink<'_> {
        ClaimClink {
            client: self,
            clink_id: None,
            timeout_seconds: None,
        }
    }
}

/// The request of [`Client::claim_clink`]: set its fields, then [`send`](Self::send) it.
#[must_use = "a request does nothing until it is sent"]
#[derive(Clone, Debug)]
pub struct ClaimClink<'a> {
    client: &'a Client,
    clink_id: Option<String>,
    timeout_seconds: Option<i64>,
}

impl<'a> ClaimClink<'a> {
    /// The clink to claim (required).
    #[inline]
    pub fn clink_id(mut self, clink_id: impl Into<String>) -> Self {
        self.clink_id = Some(clink_id.into());
        self
    }

    /// How long the claim holds, in seconds (server default 300): the body's
    /// `timeout_seconds`.
    #[inline]
    pub fn timeout_seconds(mut self, seconds: i64) -> Self {
        self.timeout_seconds = Some(seconds);
        self
    }

    /// Alias of [`timeout_seconds`](Self::timeout_seconds).
    #[inline]
    pub fn timeout(self, seconds: i64) -> Self {
        self.timeout_seconds(seconds)
    }

    /// Claims the clink and answers its [`Claim`] handle. Without a clink id this is an
    /// [`ErrorKind::InvalidRequest`] error and nothing is sent. When the server's answer cannot
    /// be read (a [`ErrorKind::Decode`] error), the claim it may have granted is released.
    #[inline]
    pub async fn send(self) -> Result<Claim> {
        Ok(self.send_with_response().await?.into_payload())
    }

    /// Like [`send`](Self::send), with the response's status, headers and request id.
    #[inline]
    pub async fn send_with_response(self) -> Result<Response<Claim>> {
        let Self {
            client,
            clink_id,
            timeout_seconds,
        } = self;
        let Some(clink_id) = clink_id else {
            return Err(Error::invalid_request("`clink_id` is required")
                .with_operation("clink", "claim_clink"));
        };
        let raw = client.raw();
        let call = async {
            let answer = crate::calls::exec_raw(
                raw.claim_clink()
                    .clink_id(clink_id.as_str())
                    .body_map(|b| b.timeout_seconds(timeout_seconds))
                    .prepare(),
            )
            .await?;
            let (status, headers) = (answer.status(), answer.headers().clone());
            let clink = answer
                .into_inner()
                .data
                .ok_or_else(|| no_data("clink", "claim_clink"))?;
            Ok::<_, Error>((status, headers, clink))
        };
        match call.await {
            Ok((status, headers, clink)) => {
                let claim = Claim::new(client.claims.clone(), raw.clone(), clink);
                Ok(Response::new(status, headers, claim))
            }
            Err(e) => {
                // The server may have granted a claim whose answer could not be read: give it
                // back rather than leave the clink locked until the claim times out.
                if e.kind() == ErrorKind::Decode {
                    if let Err(release_error) = release(raw, &clink_id, CallOptions::new()).await {
                        tracing::debug!(error = %release_error, "releasing an unreadable claim failed");
                    }
                }
                Err(e)
            }
        }
    }
}
