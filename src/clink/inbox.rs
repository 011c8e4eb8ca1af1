//! Watching the inbox: a `Stream` of new clinks, built on `check_inbox` polled with a `since`
//! cursor (see [`crate::polling`]), optionally claiming each clink as it arrives.
//!
//! The cursor is the `created_at` of the newest clink yielded, sent back exactly as the server
//! wrote it; clinks at the cursor's own timestamp are remembered by id, so a server that treats
//! `since` as inclusive, or several clinks sharing a timestamp, never produce duplicates.

use std::collections::HashSet;

use futures::stream::{BoxStream, StreamExt};

use super::claim::Claim;
use super::queries::InboxQuery;
use super::types::{self, ClinkStatus};
use super::ClinkClient;
use crate::polling::{poll_stream, PollConfig, Polled};
use crate::{ErrorKind, Result, Timestamp};

/// What [`ClinkClient::watch_inbox`] asks for and how often.
#[derive(Clone, Debug, Default)]
pub struct InboxWatch {
    /// Poll interval, backing off while the inbox is idle (default: 1 s up to 15 s).
    pub poll: PollConfig,
    /// Only clinks in this status (server default `pending`).
    pub status: Option<ClinkStatus>,
    /// Only clinks addressed to the caller or to nobody (server default `true`).
    pub for_me: Option<bool>,
    /// At most this many per poll (server default 10).
    pub limit: Option<i64>,
    /// Start after this time; `None` starts with what the inbox holds now.
    pub since: Option<Timestamp>,
}

/// A total order on timestamps by instant (`...Z` equals `...+00:00`); text that is no
/// recognisable time sorts first, by its text.
fn instant(t: &Timestamp) -> (Option<chrono::DateTime<chrono::Utc>>, &str) {
    match t.to_utc() {
        Some(utc) => (Some(utc), ""),
        None => (None, t.as_str()),
    }
}

/// Remembers what was yielded: the newest `created_at` and the ids at exactly that time.
#[derive(Default)]
struct Cursor {
    since: Option<Timestamp>,
    at_since: HashSet<String>,
}

impl Cursor {
    /// The clinks of one poll not yielded before, oldest first; advances the cursor.
    fn fresh(&mut self, mut clinks: Vec<types::Clink>) -> Vec<types::Clink> {
        clinks.sort_by(|a, b| instant(&a.created_at).cmp(&instant(&b.created_at)));
        let mut out = Vec::with_capacity(clinks.len());
        for clink in clinks {
            let newer = match &self.since {
                None => true,
                Some(since) => match instant(&clink.created_at).cmp(&instant(since)) {
                    std::cmp::Ordering::Less => continue,
                    std::cmp::Ordering::Equal => false,
                    std::cmp::Ordering::Greater => true,
                },
            };
            if newer {
                self.since = Some(clink.created_at.clone());
                self.at_since.clear();
            }
            if self.at_since.insert(clink.clink_id.clone()) {
                out.push(clink);
            }
        }
        out
    }
}

impl ClinkClient {
    /// A stream of the clinks arriving in the inbox, each once, oldest first. It polls
    /// `check_inbox` with a `since` cursor, immediately and then every `watch.poll.interval`,
    /// backing off while nothing arrives. It never ends by itself; the first error is yielded
    /// and ends it.
    ///
    /// ```no_run
    /// # async fn demo(clink: agent_apis::clink::ClinkClient) -> agent_apis::Result<()> {
    /// use futures::StreamExt;
    /// let mut inbox = clink.watch_inbox(Default::default());
    /// while let Some(clink) = inbox.next().await {
    ///     println!("{}", clink?.content);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn watch_inbox(&self, watch: InboxWatch) -> BoxStream<'static, Result<types::Clink>> {
        let raw = self.raw().clone();
        let query = InboxQuery {
            status: watch.status,
            for_me: watch.for_me,
            claim: None,
            limit: watch.limit,
            since: None,
        };
        let cursor = Cursor {
            since: watch.since,
            at_since: HashSet::new(),
        };
        poll_stream(watch.poll, cursor, move |mut cursor| {
            let raw = raw.clone();
            let query = InboxQuery {
                since: cursor.since.clone(),
                ..query.clone()
            };
            async move {
                let inbox =
                    super::envelope::payload("check_inbox", query.request(&raw).send()).await;
                let polled = inbox.map(|inbox| Polled::more(cursor.fresh(inbox.clinks)));
                (cursor, polled)
            }
        })
        .boxed()
    }

    /// Like [`watch_inbox`](Self::watch_inbox), but claims each new clink (for
    /// `claim_timeout_seconds`, server default 300) and yields the [`Claim`] handles. A clink
    /// another agent claimed first (409) or that vanished (404) is skipped. Each claim is made
    /// only when the stream is polled for it, so a dropped stream holds no claim besides the
    /// handles it already yielded (which release themselves when dropped).
    pub fn watch_inbox_claiming(
        &self,
        watch: InboxWatch,
        claim_timeout_seconds: Option<i64>,
    ) -> BoxStream<'static, Result<Claim>> {
        let this = self.clone();
        self.watch_inbox(watch)
            .then(move |clink| {
                let this = this.clone();
                async move {
                    let clink = match clink {
                        Ok(clink) => clink,
                        Err(e) => return Some(Err(e)),
                    };
                    match this
                        .claim_clink(&clink.clink_id, claim_timeout_seconds)
                        .await
                    {
                        Ok(claim) => Some(Ok(claim)),
                        Err(e) if matches!(e.kind(), ErrorKind::Conflict | ErrorKind::NotFound) => {
                            tracing::debug!(error = %e, "clink taken by someone else; skipped");
                            None
                        }
                        Err(e) => Some(Err(e)),
                    }
                }
            })
            .filter_map(futures::future::ready)
            .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clink(id: &str, at: &str) -> types::Clink {
        serde_json::from_value(
            serde_json::json!({"clink_id": id, "group_id": "g", "sender_id": "u",
            "sender_name": "U", "content": id, "created_at": at, "status": "pending"}),
        )
        .unwrap()
    }

    fn ids(v: &[types::Clink]) -> Vec<&str> {
        v.iter().map(|c| c.clink_id.as_str()).collect()
    }

    #[test]
    fn the_cursor_yields_each_clink_once_in_order() {
        let mut c = Cursor::default();
        let first = c.fresh(vec![
            clink("b", "2026-01-01T00:00:02Z"),
            clink("a", "2026-01-01T00:00:01Z"),
        ]);
        assert_eq!(ids(&first), ["a", "b"]);
        assert_eq!(c.since.as_ref().unwrap().as_str(), "2026-01-01T00:00:02Z");
        // An inclusive `since` returns b again, plus c at the same instant written differently.
        let second = c.fresh(vec![
            clink("b", "2026-01-01T00:00:02Z"),
            clink("c", "2026-01-01T00:00:02+00:00"),
        ]);
        assert_eq!(ids(&second), ["c"]);
        let third = c.fresh(vec![
            clink("c", "2026-01-01T00:00:02Z"),
            clink("a", "2026-01-01T00:00:01Z"),
        ]);
        assert!(third.is_empty());
        let fourth = c.fresh(vec![clink("d", "2026-01-01T00:00:03Z")]);
        assert_eq!(ids(&fourth), ["d"]);
        assert_eq!(c.at_since.len(), 1);
    }
}
