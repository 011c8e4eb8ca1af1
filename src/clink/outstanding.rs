//! The claims of one [`Client`](super::Client) that nobody has finished yet — the
//! registry behind [`Client::release_claims`](super::Client::release_claims) — and
//! the state of each, which makes sure every claim is finished once, by whichever of its
//! handle, its handle's `Drop` and the registry gets to it first.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};

use futures::future::join_all;

use super::claim::PendingRelease;
use super::RawClient;
use crate::{Error, Result};

/// Who is finishing a claim, if anyone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Nobody: the handle holds it. Its `Drop` or the registry will release it.
    Held,
    /// The handle is completing or releasing it. The registry leaves it alone; a handle
    /// dropped in this state (the call failed or was cancelled) releases it.
    Busy,
    /// A release not owned by the handle (its `Drop`, or the registry) is under way.
    Releasing,
    /// Completed or released: nothing more is sent.
    Finished,
}

/// One claim, shared by its [`Claim`](super::Claim) handle and the registry.
pub(super) struct ClaimSlot {
    key: u64,
    clink_id: String,
    client: RawClient,
    state: Mutex<State>,
}

impl ClaimSlot {
    /// The claimed clink's id.
    #[inline]
    pub(super) fn clink_id(&self) -> &str {
        &self.clink_id
    }

    /// The client the claim was made with (and its call options), which releases it.
    #[inline]
    pub(super) fn client(&self) -> &RawClient {
        &self.client
    }

    /// A client like [`client`](Self::client) but with a connection pool of its own, for a
    /// release sent while the runtime the claim was made on shuts down: the idle connections
    /// of `client` may belong to that runtime, which no longer drives them, and a request
    /// handed to one would wait for its attempt timeout. `None` when `client` sends through
    /// a `reqwest::Client` the caller supplied (its proxies or certificates cannot be copied),
    /// or one cannot be built. (Call options need no copying: a release sets its own.)
    #[inline]
    pub(super) fn fresh_client(&self) -> Option<RawClient> {
        let fresh = self.client.inner.with_fresh_connections().ok()?;
        Some(RawClient::new_with_client(
            &self.client.baseurl,
            fresh.http().clone(),
            fresh,
        ))
    }

    #[inline]
    fn state(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The handle starts completing or releasing the claim; false when a release not owned
    /// by the handle already took it (the handle's request is sent anyway: the server decides).
    #[inline]
    pub(super) fn begin(&self) -> bool {
        let mut state = self.state();
        if *state == State::Held {
            *state = State::Busy;
            true
        } else {
            false
        }
    }

    /// Takes the claim for the release its handle's `Drop` sends; false when it is finished
    /// or already being released.
    #[inline]
    pub(super) fn take_for_drop(&self) -> bool {
        let mut state = self.state();
        match *state {
            State::Held | State::Busy => {
                *state = State::Releasing;
                true
            }
            State::Releasing | State::Finished => false,
        }
    }

    /// Takes a held claim for [`OutstandingClaims::release_all`].
    #[inline]
    fn take_held(&self) -> bool {
        let mut state = self.state();
        if *state == State::Held {
            *state = State::Releasing;
            true
        } else {
            false
        }
    }

    /// Whether nothing more will be sent for this claim.
    #[inline]
    pub(super) fn is_finished(&self) -> bool {
        *self.state() == State::Finished
    }
}

/// The claims handed out by one client and its clones that are not finished yet.
#[derive(Clone, Default)]
pub(super) struct OutstandingClaims {
    inner: Arc<Mutex<Registry>>,
}

#[derive(Default)]
struct Registry {
    next_key: u64,
    claims: HashMap<u64, Arc<ClaimSlot>>,
}

impl fmt::Debug for OutstandingClaims {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OutstandingClaims")
            .field("count", &self.registry().claims.len())
            .finish()
    }
}

impl OutstandingClaims {
    #[inline]
    fn registry(&self) -> MutexGuard<'_, Registry> {
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Registers a claim of `clink_id` just granted to `client`.
    #[inline]
    pub(super) fn register(&self, client: RawClient, clink_id: String) -> Arc<ClaimSlot> {
        let mut registry = self.registry();
        let key = registry.next_key;
        registry.next_key = registry.next_key.wrapping_add(1);
        let slot = Arc::new(ClaimSlot {
            key,
            clink_id,
            client,
            state: Mutex::new(State::Held),
        });
        registry.claims.insert(key, slot.clone());
        slot
    }

    /// The claim was completed or released: nothing more is sent for it.
    #[inline]
    pub(super) fn finish(&self, slot: &ClaimSlot) {
        *slot.state() = State::Finished;
        self.registry().claims.remove(&slot.key);
    }

    /// Records the outcome of a release not owned by the handle (its `Drop`'s, or the
    /// registry's). A failure is logged naming the claim, which stays outstanding: a later
    /// [`release_all`](Self::release_all) tries again.
    #[inline]
    pub(super) fn settle<T>(&self, slot: &ClaimSlot, result: &Result<T>) {
        match result {
            Ok(_) => {
                tracing::debug!(clink_id = %slot.clink_id, "released an unfinished claim");
                self.finish(slot);
            }
            Err(e) => {
                tracing::warn!(clink_id = %slot.clink_id, error = %e, "could not release claim {}", slot.clink_id);
                let mut state = slot.state();
                if *state == State::Releasing {
                    *state = State::Held;
                }
            }
        }
    }

    /// The clink ids of the claims not finished yet, oldest first.
    #[inline]
    pub(super) fn ids(&self) -> Vec<String> {
        let registry = self.registry();
        let mut claims: Vec<_> = registry.claims.values().collect();
        claims.sort_by_key(|slot| slot.key);
        claims.iter().map(|slot| slot.clink_id.clone()).collect()
    }

    /// Releases every held claim, concurrently; see
    /// [`Client::release_claims`](super::Client::release_claims).
    #[inline]
    pub(super) async fn release_all(&self) -> Result<Vec<String>> {
        let mut held: Vec<Arc<ClaimSlot>> = self.registry().claims.values().cloned().collect();
        held.sort_by_key(|slot| slot.key);
        let pending = held
            .into_iter()
            .filter(|slot| slot.take_held())
            .map(|slot| PendingRelease::new(slot, self.clone()));
        let outcomes = join_all(pending.map(PendingRelease::send)).await;
        let mut released = Vec::new();
        let mut failed = Vec::new();
        for (clink_id, outcome) in outcomes {
            match outcome {
                Ok(()) => released.push(clink_id),
                Err(e) => failed.push((clink_id, e)),
            }
        }
        match failed.first() {
            None => Ok(released),
            Some((_, first)) => {
                let list: Vec<String> =
                    failed.iter().map(|(id, e)| format!("{id} ({e})")).collect();
                Err(Error::new(
                    first.kind(),
                    format!(
                        "could not release {} of {} claims: {}; released: [{}]",
                        failed.len(),
                        failed.len() + released.len(),
                        list.join(", "),
                        released.join(", ")
                    ),
                )
                .with_operation("clink", "release_claims")
                .with_source(first.clone()))
            }
        }
    }
}
