//! Polling streams, shared by every service that has something to watch (Autonomi run events,
//! the Clink inbox, Clink human-in-the-loop verifications).
//!
//! [`poll_stream`] calls a "poll once" function repeatedly and yields what each poll returns, in
//! order. The interval starts at [`PollConfig::interval`], grows by [`PollConfig::backoff`] after
//! each poll that returned nothing (up to [`PollConfig::max_interval`]), and snaps back as soon
//! as something arrives. The stream ends when a poll says it is done (after yielding that poll's
//! items) or with the first error, which it yields. Remembering what was already yielded (ids,
//! cursors) is the caller's state, threaded through each poll.

// Each service uses part of this module; a build with some services only leaves the rest unused.
#![cfg_attr(
    not(all(
        feature = "autonomi",
        feature = "clink",
        feature = "ailink",
        feature = "mosaia"
    )),
    allow(dead_code)
)]
use std::collections::HashSet;
use std::future::Future;
use std::time::Duration;

use futures::Stream;

use crate::{Result, Timestamp};

/// How often to poll.
#[derive(Clone, Debug, PartialEq)]
pub struct PollConfig {
    /// Wait after a poll that returned something. Default 1 s.
    pub interval: Duration,
    /// Longest wait while nothing happens. Default 15 s.
    pub max_interval: Duration,
    /// Growth factor of the wait after each empty poll. Default 1.5.
    pub backoff: f64,
}

impl Default for PollConfig {
    fn default() -> Self {
        Self {
            interval: Duration::from_secs(1),
            max_interval: Duration::from_secs(15),
            backoff: 1.5,
        }
    }
}

impl PollConfig {
    /// Polls every `interval`, backing off to at most `max_interval` while idle.
    pub fn new(interval: Duration, max_interval: Duration) -> Self {
        Self {
            interval,
            max_interval: max_interval.max(interval),
            ..Self::default()
        }
    }

    /// The wait after `idle` consecutive empty polls. Never panics, whatever the settings
    /// (a non-finite growth factor is taken as no growth; a huge one reaches `max_interval`).
    pub fn wait_after(&self, idle: u32) -> Duration {
        let ceiling = self.max_interval.max(self.interval);
        let factor = if self.backoff.is_finite() {
            self.backoff.max(1.0)
        } else {
            1.0
        };
        let grown = self.interval.as_secs_f64() * factor.powi(idle.min(64) as i32);
        Duration::try_from_secs_f64(grown)
            .unwrap_or(ceiling)
            .min(ceiling)
    }
}

impl From<Duration> for PollConfig {
    /// Polls every `interval`, backing off to at most 15 s (or `interval`, when longer) while
    /// idle.
    fn from(interval: Duration) -> Self {
        Self::new(interval, Self::default().max_interval)
    }
}

/// What one poll found.
#[derive(Clone, Debug, PartialEq)]
pub struct Polled<T> {
    /// New items, in order; each is yielded once.
    pub items: Vec<T>,
    /// Whether there will be nothing more: the stream ends after these items.
    pub done: bool,
}

impl<T> Polled<T> {
    /// New items; more may come.
    pub fn more(items: Vec<T>) -> Self {
        Self { items, done: false }
    }

    /// The last items.
    pub fn done(items: Vec<T>) -> Self {
        Self { items, done: true }
    }
}

/// A stream of everything `poll` finds. `state` is handed to each poll and back (cursors,
/// ids already seen); the first poll happens immediately.
pub fn poll_stream<S, T, F, Fut>(
    config: PollConfig,
    state: S,
    poll: F,
) -> impl Stream<Item = Result<T>>
where
    F: FnMut(S) -> Fut,
    Fut: Future<Output = (S, Result<Polled<T>>)>,
{
    struct Run<S, F, T> {
        state: Option<S>,
        poll: F,
        buffered: std::collections::VecDeque<T>,
        idle: u32,
        first: bool,
        finished: bool,
    }
    let run = Run {
        state: Some(state),
        poll,
        buffered: Default::default(),
        idle: 0,
        first: true,
        finished: false,
    };
    futures::stream::unfold(run, move |mut run| {
        let config = config.clone();
        async move {
            loop {
                if let Some(item) = run.buffered.pop_front() {
                    return Some((Ok(item), run));
                }
                if run.finished {
                    return None;
                }
                if !run.first {
                    tokio::time::sleep(config.wait_after(run.idle)).await;
                }
                run.first = false;
                let state = run.state.take()?;
                let (state, result) = (run.poll)(state).await;
                run.state = Some(state);
                match result {
                    Err(e) => {
                        run.finished = true;
                        return Some((Err(e), run));
                    }
                    Ok(polled) => {
                        run.idle = if polled.items.is_empty() {
                            run.idle.saturating_add(1)
                        } else {
                            0
                        };
                        run.finished = polled.done;
                        run.buffered.extend(polled.items);
                    }
                }
            }
        }
    })
}

/// A total order on timestamps by instant (`...Z` equals `...+00:00`); text that is no
/// recognisable time sorts first, by its text.
#[cfg_attr(not(feature = "clink"), allow(dead_code))]
fn instant(t: &Timestamp) -> (Option<chrono::DateTime<chrono::Utc>>, &str) {
    match t.to_utc() {
        Some(utc) => (Some(utc), ""),
        None => (None, t.as_str()),
    }
}

/// What a since-cursor watch has yielded: the newest time and the ids at exactly that time.
#[cfg_attr(not(feature = "clink"), allow(dead_code))]
#[derive(Default)]
pub(crate) struct SinceCursor {
    since: Option<Timestamp>,
    at_since: HashSet<String>,
}

#[cfg_attr(not(feature = "clink"), allow(dead_code))]
impl SinceCursor {
    /// The items of one poll not yielded before, oldest first; advances the cursor. `key` is an
    /// item's `(time, id)`.
    pub(crate) fn fresh<T>(
        &mut self,
        mut items: Vec<T>,
        key: impl Fn(&T) -> (Timestamp, String),
    ) -> Vec<T> {
        let mut keyed: Vec<((Timestamp, String), T)> =
            items.drain(..).map(|i| (key(&i), i)).collect();
        keyed.sort_by(|a, b| instant(&a.0 .0).cmp(&instant(&b.0 .0)));
        let mut out = Vec::with_capacity(keyed.len());
        for ((at, id), item) in keyed {
            let newer = match &self.since {
                None => true,
                Some(since) => match instant(&at).cmp(&instant(since)) {
                    std::cmp::Ordering::Less => continue,
                    std::cmp::Ordering::Equal => false,
                    std::cmp::Ordering::Greater => true,
                },
            };
            if newer {
                self.since = Some(at);
                self.at_since.clear();
            }
            if self.at_since.insert(id) {
                out.push(item);
            }
        }
        out
    }
}

/// Watches a list that takes a `since` time: polls `fetch(since)` (immediately, then as
/// `config` says) with the newest time yielded so far, and yields each item once, oldest first.
/// An item's time and id come from `key`; items at the cursor's own time are remembered by id,
/// so a server that treats `since` as inclusive, or items sharing a time, give no duplicates.
/// It never ends by itself; the first error is yielded and ends it.
#[cfg_attr(not(feature = "clink"), allow(dead_code))]
pub(crate) fn since_stream<T, F, Fut, K>(
    config: PollConfig,
    mut fetch: F,
    key: K,
) -> impl Stream<Item = Result<T>>
where
    F: FnMut(Option<Timestamp>) -> Fut,
    Fut: Future<Output = Result<Vec<T>>>,
    K: Fn(&T) -> (Timestamp, String) + Clone,
{
    poll_stream(config, SinceCursor::default(), move |mut cursor| {
        let page = fetch(cursor.since.clone());
        let key = key.clone();
        async move {
            let polled = page
                .await
                .map(|items| Polled::more(cursor.fresh(items, key)));
            (cursor, polled)
        }
    })
}

/// Calls `check` until it returns `Some`, waiting as [`PollConfig`] says between calls (backing
/// off while nothing changes). `Ok(None)` when `deadline` passed first; an error from `check`
/// ends the wait with that error. A `deadline` beyond what the clock can hold
/// (`Duration::MAX`) is none. The helper behind every "wait until …" of the services.
pub async fn poll_until<T, F, Fut>(
    config: &PollConfig,
    deadline: Option<Duration>,
    mut check: F,
) -> Result<Option<T>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Option<T>>>,
{
    let wait = async {
        let mut idle = 0u32;
        loop {
            if let Some(done) = check().await? {
                return Ok(done);
            }
            tokio::time::sleep(config.wait_after(idle)).await;
            idle = idle.saturating_add(1);
        }
    };
    match deadline {
        Some(limit) => match tokio::time::timeout(limit, wait).await {
            Ok(result) => result.map(Some),
            Err(_) => Ok(None),
        },
        None => wait.await.map(Some),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::StreamExt;

    #[test]
    fn interval_backs_off_and_is_capped() {
        let c = PollConfig::new(Duration::from_millis(100), Duration::from_millis(300));
        assert_eq!(c.wait_after(0), Duration::from_millis(100));
        assert_eq!(c.wait_after(1), Duration::from_millis(150));
        assert_eq!(c.wait_after(10), Duration::from_millis(300));
        let absurd = PollConfig {
            interval: Duration::MAX,
            max_interval: Duration::MAX,
            backoff: f64::INFINITY,
        };
        assert_eq!(absurd.wait_after(3), Duration::MAX);
        let huge = PollConfig {
            backoff: 1e300,
            ..PollConfig::default()
        };
        assert_eq!(huge.wait_after(64), huge.max_interval);
    }

    #[tokio::test(start_paused = true)]
    async fn yields_in_order_and_stops_when_done() {
        let script = [vec![1, 2], vec![], vec![3], vec![4]];
        let out: Vec<i32> = poll_stream(PollConfig::default(), 0usize, |i| {
            let items = script[i].clone();
            let done = i == script.len() - 1;
            async move { (i + 1, Ok(Polled { items, done })) }
        })
        .map(|r| r.unwrap())
        .collect()
        .await;
        assert_eq!(out, vec![1, 2, 3, 4]);
    }

    #[tokio::test(start_paused = true)]
    async fn poll_until_returns_the_answer_the_deadline_or_the_error() {
        let config = PollConfig::default();
        let mut calls = 0;
        let found = poll_until(&config, None, || {
            calls += 1;
            let n = calls;
            async move { Ok((n == 3).then_some(n)) }
        })
        .await;
        assert_eq!(found.unwrap(), Some(3));
        let never = poll_until(&config, Some(Duration::from_secs(60)), || async {
            Ok(None::<u8>)
        })
        .await;
        assert_eq!(never.unwrap(), None);
        // A deadline beyond what the clock holds is none, not an overflow panic.
        let far = poll_until(&config, Some(Duration::MAX), || async { Ok(Some(1)) }).await;
        assert_eq!(far.unwrap(), Some(1));
        let failed = poll_until(&config, None, || async {
            Err::<Option<u8>, _>(crate::Error::invalid_request("no"))
        })
        .await;
        assert!(failed.is_err());
    }

    #[test]
    fn the_since_cursor_yields_each_item_once_in_order() {
        let key = |c: &(&'static str, &'static str)| (Timestamp::from(c.1), c.0.to_string());
        let ids =
            |v: Vec<(&'static str, &'static str)>| v.into_iter().map(|c| c.0).collect::<Vec<_>>();
        let mut c = SinceCursor::default();
        let first = c.fresh(
            vec![("b", "2026-01-01T00:00:02Z"), ("a", "2026-01-01T00:00:01Z")],
            key,
        );
        assert_eq!(ids(first), ["a", "b"]);
        assert_eq!(c.since.as_ref().unwrap().as_str(), "2026-01-01T00:00:02Z");
        // An inclusive `since` returns b again, plus c at the same instant written differently.
        let second = c.fresh(
            vec![
                ("b", "2026-01-01T00:00:02Z"),
                ("c", "2026-01-01T00:00:02+00:00"),
            ],
            key,
        );
        assert_eq!(ids(second), ["c"]);
        let third = c.fresh(
            vec![("c", "2026-01-01T00:00:02Z"), ("a", "2026-01-01T00:00:01Z")],
            key,
        );
        assert!(third.is_empty());
        let fourth = c.fresh(vec![("d", "2026-01-01T00:00:03Z")], key);
        assert_eq!(ids(fourth), ["d"]);
        assert_eq!(c.at_since.len(), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn an_error_is_yielded_then_ends_the_stream() {
        let out: Vec<Result<i32>> = poll_stream(PollConfig::default(), 0, |i| async move {
            let r = if i == 0 {
                Ok(Polled::more(vec![7]))
            } else {
                Err(crate::Error::invalid_request("gone"))
            };
            (i + 1, r)
        })
        .collect()
        .await;
        assert_eq!(out.len(), 2);
        assert_eq!(*out[0].as_ref().unwrap(), 7);
        assert!(out[1].is_err());
    }
}
