//! [`Claim`]: the handle a claimed clink comes in, which cannot be silently lost.
//!
//! A claim is consumed by [`Claim::complete`] or [`Claim::release`]. A handle dropped without
//! either — the caller returned early, hit `?`, or its task panicked — sends the release
//! itself, so the clink goes back to `pending` for another agent instead of staying locked
//! until the claim times out.

use std::fmt;
use std::ops::Deref;
use std::time::Duration;

use super::facade::{complete, release};
use super::types;
use super::Client;
use crate::transport::CallOptions;
use crate::Result;

/// The per-attempt timeout of a release sent from `Drop`, which cannot be configured per call.
const DROP_RELEASE_TIMEOUT: Duration = Duration::from_secs(30);

/// A claimed clink. Read it through `Deref` (`claim.content`, `claim.claim_expires_at`), then
/// finish it with [`complete`](Self::complete) or [`release`](Self::release).
///
/// **Dropping a claim releases it.** If the handle is dropped unfinished (early return, `?`,
/// a panic unwinding the owning task), `Drop` sends `POST /clinks/{id}/release`: spawned on
/// the current Tokio runtime when there is one, otherwise sent from a short-lived thread with
/// its own runtime (the drop then waits for it, at most about 30 s per attempt). A release
/// spawned while the runtime itself is shutting down may not run; the server's claim timeout
/// then frees the clink. Call `release().await` explicitly when that matters.
///
/// ```no_run
/// # async fn demo(clink: agent_sdk::clink::ClinkClient) -> agent_sdk::Result<()> {
/// let claim = clink.claim_clink("c-42", Some(600)).await?;
/// if claim.content.starts_with("deploy") {
///     claim.complete(Some("deployed")).await?;
/// } // otherwise the claim is released here, when `claim` goes out of scope
/// # Ok(()) }
/// ```
#[must_use = "a claim is released as soon as it is dropped: complete or release it"]
pub struct Claim {
    clink: types::Clink,
    client: Client,
    armed: bool,
}

impl Claim {
    pub(super) fn new(client: Client, clink: types::Clink) -> Self {
        Self {
            clink,
            client,
            armed: true,
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
    /// request fails, the error is returned and the claim is released (the clink goes back to
    /// `pending`, so the work is not lost).
    pub async fn complete(mut self, response: Option<&str>) -> Result<types::CompleteClinkResult> {
        let result = complete(&self.client, &self.clink.clink_id, response).await;
        if result.is_ok() {
            self.armed = false;
        }
        result
    }

    /// Gives the claim up: the clink goes back to `pending`. Sent once; a failure is returned
    /// (the claim then lapses at its timeout).
    pub async fn release(mut self) -> Result<types::Clink> {
        self.armed = false;
        release(&self.client, &self.clink.clink_id, CallOptions::new()).await
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
            .field("finished", &!self.armed)
            .finish()
    }
}

impl Drop for Claim {
    fn drop(&mut self) {
        if !std::mem::replace(&mut self.armed, false) {
            return;
        }
        let client = self.client.clone();
        let id = std::mem::take(&mut self.clink.clink_id);
        let task = async move {
            let options = CallOptions::new().timeout(DROP_RELEASE_TIMEOUT);
            match release(&client, &id, options).await {
                Ok(_) => tracing::debug!(clink_id = %id, "released an unfinished claim on drop"),
                Err(e) => {
                    tracing::warn!(clink_id = %id, error = %e, "could not release a dropped claim")
                }
            }
        };
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => {
                runtime.spawn(task);
            }
            Err(_) => {
                let thread = std::thread::Builder::new()
                    .name("clink-claim-release".into())
                    .spawn(move || {
                        match tokio::runtime::Builder::new_current_thread()
                            .enable_all()
                            .build()
                        {
                            Ok(runtime) => runtime.block_on(task),
                            Err(e) => {
                                tracing::warn!(error = %e, "no runtime to release a dropped claim")
                            }
                        }
                    });
                match thread {
                    Ok(t) => {
                        let _ = t.join();
                    }
                    Err(e) => tracing::warn!(error = %e, "no thread to release a dropped claim"),
                }
            }
        }
    }
}
