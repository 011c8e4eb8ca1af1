//! [`Client::claim_inbox`]: watching the inbox and claiming each clink as it arrives, a stream
//! of [`Claim`] handles. It is `check_inbox().stream()` (the generated since-cursor watch: each
//! clink once, oldest first) with a claim per clink.

use futures::{Stream, StreamExt};

use super::builders::CheckInbox;
use super::types::ClinkStatus;
use super::{Claim, Client};
use crate::polling::PollConfig;
use crate::{ErrorKind, Result, Timestamp};

impl Client {
    /// Watches the inbox and claims each new clink (see [`ClaimInbox`]): set the inbox filters,
    /// the claims' [`timeout`](ClaimInbox::timeout) and the
    /// [`poll_interval`](ClaimInbox::poll_interval), then [`stream`](ClaimInbox::stream) the
    /// [`Claim`] handles.
    ///
    /// ```no_run
    /// # async fn demo(clink: agent_apis::clink::Client) -> agent_apis::Result<()> {
    /// use std::time::Duration;
    /// use futures::StreamExt;
    /// let claims = clink.claim_inbox().timeout(600).poll_interval(Duration::from_secs(2)).stream();
    /// let mut claims = std::pin::pin!(claims);
    /// while let Some(claim) = claims.next().await {
    ///     let claim = claim?;
    ///     claim.complete_with("done").await?;
    /// }
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn claim_inbox(&self) -> ClaimInbox<'_> {
        ClaimInbox {
            client: self,
            inbox: self.check_inbox(),
            timeout_seconds: None,
        }
    }
}

/// The watch of [`Client::claim_inbox`]: `check_inbox`'s filters, the claims' timeout and the
/// poll interval as setters, then [`stream`](Self::stream).
#[must_use = "a watch does nothing until it is streamed"]
#[derive(Clone, Debug)]
pub struct ClaimInbox<'a> {
    client: &'a Client,
    inbox: CheckInbox<'a>,
    timeout_seconds: Option<i64>,
}

impl<'a> ClaimInbox<'a> {
    /// Only clinks in this status (server default `pending`).
    #[inline]
    pub fn status(mut self, status: ClinkStatus) -> Self {
        self.inbox = self.inbox.status(status);
        self
    }

    /// Only clinks addressed to the caller or to nobody (server default `true`).
    #[inline]
    pub fn for_me(mut self, for_me: bool) -> Self {
        self.inbox = self.inbox.for_me(for_me);
        self
    }

    /// At most this many clinks per poll (server default 10).
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.inbox = self.inbox.limit(limit);
        self
    }

    /// Start after this time; by default the watch starts with what the inbox holds now.
    #[inline]
    pub fn since(mut self, since: impl Into<Timestamp>) -> Self {
        self.inbox = self.inbox.since(since.into());
        self
    }

    /// How long each claim holds, in seconds (server default 300).
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

    /// How often the inbox is polled: the first interval, backing off while nothing arrives
    /// (default: 1 s up to 15 s). A `Duration` works.
    #[inline]
    pub fn poll_interval(mut self, poll: impl Into<PollConfig>) -> Self {
        self.inbox = self.inbox.poll_interval(poll);
        self
    }

    /// The [`Claim`]s of the clinks arriving in the inbox, each clink once, oldest first. A
    /// clink another agent claimed first (409) or that vanished (404) is skipped. Each claim is
    /// made only when the stream is polled for it, so a dropped stream holds no claim besides
    /// the handles it already yielded (which release themselves when dropped). Another failed
    /// claim is yielded as an error and the watch goes on; it never ends by itself, but the
    /// first error of the inbox itself is yielded and ends it.
    #[inline]
    pub fn stream(self) -> impl Stream<Item = Result<Claim>> + 'a {
        let Self {
            client,
            inbox,
            timeout_seconds,
        } = self;
        inbox
            .stream()
            .then(move |clink| async move {
                let clink = clink?;
                let mut claim = client.claim_clink().clink_id(clink.clink_id.as_str());
                if let Some(seconds) = timeout_seconds {
                    claim = claim.timeout_seconds(seconds);
                }
                match claim.send().await {
                    Ok(claim) => Ok(Some(claim)),
                    Err(e) if matches!(e.kind(), ErrorKind::Conflict | ErrorKind::NotFound) => {
                        tracing::debug!(error = %e, "clink taken by someone else; skipped");
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            })
            .filter_map(|result| futures::future::ready(result.transpose()))
    }
}
