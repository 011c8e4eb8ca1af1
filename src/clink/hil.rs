//! Human-in-the-loop (HIL) verification: [`Outcome`], the two-variant answer of
//! `complete_checkpoint` and `cast_vote`, and [`Client::wait_for_checkpoint`], which polls
//! until a human approved the checkpoint or the verification expired.

use std::time::Duration;

use serde::de::DeserializeOwned;

use super::types::{CheckpointStatus, HilRequired, Milestone, VerificationStatus};
use super::Client;
use crate::polling::{poll_until, PollConfig};
use crate::{Error, ErrorKind, Result};

/// The longest verification lifetime the wait believes (the server allows 48 hours).
const MAX_EXPIRY_SECS: i64 = 30 * 24 * 3600;

/// The answer of an action a group may require a human to approve: `complete_checkpoint`
/// (`T` = [`Milestone`]) and `cast_vote` (`T` = [`Proposal`](super::types::Proposal)).
///
/// Exactly two branches, by the service's definition (the action happened, or it waits for a
/// human), so it is matched exhaustively.
///
/// ```no_run
/// # async fn demo(clink: agent_apis::clink::Client) -> agent_apis::Result<()> {
/// use agent_apis::clink::Outcome;
/// match clink.cast_vote().proposal_id("pr-1").vote("yes").send().await? {
///     Outcome::Done(proposal) => println!("tally {:?}", proposal.tally),
///     Outcome::VerificationRequired(hil) => println!("{}", hil.message),
/// }
/// # Ok(()) }
/// ```
#[must_use = "the action may not have happened yet: handle `VerificationRequired`"]
#[derive(Clone, Debug)]
pub enum Outcome<T> {
    /// The action happened; the updated resource.
    Done(T),
    /// The action waits for a human: a verification email went to `sent_to` (or an earlier
    /// verification is still pending). Nothing changed yet.
    VerificationRequired(HilRequired),
}

impl<T> Outcome<T> {
    /// Whether the action happened.
    #[inline]
    pub fn is_done(&self) -> bool {
        matches!(self, Self::Done(_))
    }

    /// The updated resource, if the action happened.
    #[inline]
    pub fn done(self) -> Option<T> {
        match self {
            Self::Done(t) => Some(t),
            Self::VerificationRequired(_) => None,
        }
    }

    /// The verification details, if a human must approve first.
    #[inline]
    pub fn verification(&self) -> Option<&HilRequired> {
        match self {
            Self::Done(_) => None,
            Self::VerificationRequired(hil) => Some(hil),
        }
    }
}

impl<T: DeserializeOwned> Outcome<T> {
    /// Decodes an envelope's free-form `data`: an [`HilRequired`] when
    /// `verification_required` is `true`, otherwise a `T`.
    #[inline]
    pub(crate) fn decode(operation: &'static str, data: serde_json::Value) -> Result<Self> {
        let hil = data
            .get("verification_required")
            .and_then(serde_json::Value::as_bool)
            == Some(true);
        let decoded = if hil {
            serde_json::from_value::<HilRequired>(data.clone()).map(Self::VerificationRequired)
        } else {
            serde_json::from_value::<T>(data.clone()).map(Self::Done)
        };
        decoded.map_err(|e| {
            let what = if hil {
                "the verification details"
            } else {
                "the updated resource"
            };
            Error::decode(
                format!("`data` is not {what}: {e}"),
                data.to_string().as_bytes(),
            )
            .with_operation("clink", operation)
        })
    }
}

/// How a checkpoint verification ended (the answer of [`Client::wait_for_checkpoint`]).
#[must_use]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)] // returned once per wait; boxing would only add noise
#[derive(Clone, Debug)]
pub enum CheckpointVerification {
    /// A human approved: the checkpoint is completed; the milestone as it is now.
    Completed(Milestone),
    /// The verification expired unapproved; the checkpoint is still pending. Calling
    /// `complete_checkpoint` again starts a new verification.
    Expired {
        /// The expired verification.
        verification_id: String,
    },
}

impl Client {
    /// Waits for a human to approve a checkpoint: set the
    /// [`milestone_id`](WaitForCheckpoint::milestone_id), the [`order`](WaitForCheckpoint::order)
    /// and the [`verification`](WaitForCheckpoint::verification) that `complete_checkpoint`
    /// answered, then [`send`](WaitForCheckpoint::send). It polls until the checkpoint is
    /// completed (a human approved) or the verification expired; each poll reads the
    /// milestone, then the group's pending verifications. Past the
    /// [`timeout`](WaitForCheckpoint::timeout) the result is an [`ErrorKind::Timeout`] error.
    ///
    /// ```no_run
    /// # async fn demo(clink: agent_apis::clink::Client) -> agent_apis::Result<()> {
    /// use agent_apis::clink::{CheckpointVerification, Outcome};
    /// match clink.complete_checkpoint().milestone_id("m-1").order(2).send().await? {
    ///     Outcome::Done(milestone) => println!("progress {}", milestone.progress),
    ///     Outcome::VerificationRequired(hil) => {
    ///         println!("{}", hil.message);
    ///         let wait = clink.wait_for_checkpoint().milestone_id("m-1").order(2).verification(&hil);
    ///         match wait.send().await? {
    ///             CheckpointVerification::Completed(m) => println!("approved: {}", m.progress),
    ///             CheckpointVerification::Expired { .. } => println!("nobody approved in time"),
    ///             _ => println!("ended otherwise"),
    ///         }
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn wait_for_checkpoint(&self) -> WaitForCheckpoint<'_> {
        WaitForCheckpoint {
            client: self,
            milestone_id: None,
            order: None,
            verification: None,
            poll: PollConfig::new(Duration::from_secs(5), Duration::from_secs(30)),
            timeout: None,
        }
    }

    /// One poll: `Some` when the wait is over.
    #[inline]
    async fn check_checkpoint(
        &self,
        milestone_id: &str,
        order: i64,
        verification_id: &str,
        expires_at: chrono::DateTime<chrono::Utc>,
    ) -> Result<Option<CheckpointVerification>> {
        let milestone = self
            .get_milestone()
            .milestone_id(milestone_id)
            .send()
            .await?;
        let checkpoint = milestone
            .checkpoints
            .iter()
            .flatten()
            .find(|c| c.order == order);
        match checkpoint {
            None => {
                return Err(Error::new(
                    ErrorKind::NotFound,
                    format!("milestone {milestone_id} has no checkpoint {order} (any more)"),
                )
                .with_operation("clink", "wait_for_checkpoint"))
            }
            Some(c) if c.status == CheckpointStatus::Completed => {
                return Ok(Some(CheckpointVerification::Completed(milestone)))
            }
            Some(_) => {}
        }
        let pending = self
            .list_pending_verifications()
            .group_id(milestone.group_id.as_str())
            .send()
            .await?;
        let expired = match pending
            .verifications
            .iter()
            .find(|v| v.verification_id == verification_id)
        {
            Some(v) => v.status == VerificationStatus::Expired,
            // Gone from the pending list: expired if its time is up, else approved moments ago
            // (the next poll sees the completed checkpoint).
            None => chrono::Utc::now() >= expires_at,
        };
        Ok(expired.then(|| CheckpointVerification::Expired {
            verification_id: verification_id.to_string(),
        }))
    }
}

/// The request of [`Client::wait_for_checkpoint`]: set the checkpoint and the verification,
/// optionally how to poll and how long to wait, then [`send`](Self::send) it.
#[must_use = "a wait does nothing until it is sent"]
#[derive(Clone, Debug)]
pub struct WaitForCheckpoint<'a> {
    client: &'a Client,
    milestone_id: Option<String>,
    order: Option<i64>,
    verification: Option<HilRequired>,
    poll: PollConfig,
    timeout: Option<Duration>,
}

impl<'a> WaitForCheckpoint<'a> {
    /// The checkpoint's milestone (required).
    #[inline]
    pub fn milestone_id(mut self, milestone_id: impl Into<String>) -> Self {
        self.milestone_id = Some(milestone_id.into());
        self
    }

    /// The checkpoint's 1-based position in its milestone (required).
    #[inline]
    pub fn order(mut self, order: i64) -> Self {
        self.order = Some(order);
        self
    }

    /// The verification `complete_checkpoint` answered
    /// ([`Outcome::VerificationRequired`]; required).
    #[inline]
    pub fn verification(mut self, hil: &HilRequired) -> Self {
        self.verification = Some(hil.clone());
        self
    }

    /// How often to poll: the first interval, backing off while nothing changes (default:
    /// every 5 s, backing off to 30 s). A `Duration` works.
    #[inline]
    pub fn poll_interval(mut self, poll: impl Into<PollConfig>) -> Self {
        self.poll = poll.into();
        self
    }

    /// Give up after this long with an [`ErrorKind::Timeout`] error. Default: the
    /// verification's own expiry (`expires_in_seconds`, or 300 s) plus one minute.
    #[inline]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Polls until the checkpoint is completed or the verification expired. Without a
    /// milestone id, an order or a verification this is an [`ErrorKind::InvalidRequest`] error
    /// and nothing is sent.
    #[inline]
    pub async fn send(self) -> Result<CheckpointVerification> {
        let missing = |field: &str| {
            Error::invalid_request(format!("`{field}` is required"))
                .with_operation("clink", "wait_for_checkpoint")
        };
        let milestone_id = self.milestone_id.ok_or_else(|| missing("milestone_id"))?;
        let order = self.order.ok_or_else(|| missing("order"))?;
        let hil = self.verification.ok_or_else(|| missing("verification"))?;
        let client = self.client;
        // Bounded, so that no value a server sends can overflow the arithmetic below.
        let expiry_secs = hil
            .expires_in_seconds
            .filter(|s| *s > 0)
            .unwrap_or(300)
            .min(MAX_EXPIRY_SECS);
        let expires_at = hil
            .expires_at
            .as_ref()
            .and_then(crate::Timestamp::to_utc)
            .unwrap_or_else(|| chrono::Utc::now() + chrono::Duration::seconds(expiry_secs));
        let deadline = self.timeout.unwrap_or_else(|| {
            Duration::from_secs(expiry_secs.unsigned_abs()) + Duration::from_secs(60)
        });
        let id = hil.verification_id.as_str();
        let outcome = poll_until(&self.poll, Some(deadline), || {
            client.check_checkpoint(&milestone_id, order, id, expires_at)
        })
        .await?;
        outcome.ok_or_else(|| {
            Error::new(
                ErrorKind::Timeout,
                format!("verification {id} of checkpoint {order} of milestone {milestone_id} still pending after {deadline:?}"),
            )
            .with_operation("clink", "wait_for_checkpoint")
        })
    }
}
