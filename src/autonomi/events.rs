//! The run helpers a generator cannot write: following a run's events
//! ([`Client::run_events`] → [`RunEvents`]), reading them once ([`Client::poll_events`] →
//! [`PollEvents`], the seed's `EventStream.poll_events`) and waiting for a run to finish
//! ([`Client::wait_for_run`] → [`WaitForRun`]). Each is a request builder like the generated
//! ones: options are setters, and `.stream()` / `.send().await` run it.
//!
//! The control plane has no event feed to subscribe to (the seed's `GET /api/runs/{id}/events`
//! is not served), so events are polled from `get_run_timeline`, which answers every event of
//! the run each time. The run-events stream remembers the ids it has yielded, so each event
//! comes out exactly once and in id order (the order the server recorded them), however many
//! polls see it. While nothing new arrives the interval backs off (see [`PollConfig`]); when a
//! poll finds nothing new it checks the run, and once the run has finished it reads the
//! timeline one last time, yields what is left and ends. An error ends the stream after being
//! yielded (the transport has already retried what was retryable).
//!
//! **Unknown runs end with a `NotFound` error on every server version.** 5.52.4 answers 404 for
//! the timeline of a run it does not know; 9.22.12 answers 200 with an empty placeholder
//! timeline. Whenever a timeline read brings no events, the run itself is read (`get_run`,
//! which answers 404 on both versions), so both servers give the same result.

use std::collections::HashSet;
use std::pin::Pin;
use std::time::Duration;

use futures::{Stream, StreamExt};

use super::types::{Run, RunEvent, RunId, RunStatus};
use super::Client;
use crate::polling::{poll_stream, poll_until, PollConfig, Polled};
use crate::{Error, ErrorKind, Result, Timestamp};

impl RunStatus {
    /// Whether a run in this status will not change any more (`completed`, `failed`,
    /// `cancelled`). Unknown statuses are not terminal; [`Run::is_finished`] also looks at
    /// `ended_at`, which covers terminal statuses this SDK version does not know.
    #[inline]
    pub fn is_terminal(&self) -> bool {
        matches!(self, Self::Completed | Self::Failed | Self::Cancelled)
    }
}

impl Run {
    /// Whether the run has finished: a terminal status, or an `ended_at` set by the server.
    #[inline]
    pub fn is_finished(&self) -> bool {
        self.status.is_terminal() || self.ended_at.is_some()
    }
}

/// Keeps the events not yielded before, in id order, and remembers them.
#[inline]
fn fresh_events(seen: &mut HashSet<i64>, events: Vec<RunEvent>) -> Vec<RunEvent> {
    let mut fresh: Vec<RunEvent> = events.into_iter().filter(|e| seen.insert(e.id)).collect();
    fresh.sort_by_key(|e| e.id);
    fresh
}

#[inline]
async fn timeline(client: &Client, run_id: &RunId) -> Result<Vec<RunEvent>> {
    Ok(client
        .get_run_timeline()
        .run_id(run_id)
        .send()
        .await?
        .events)
}

#[inline]
async fn get_run(client: &Client, run_id: &RunId) -> Result<Run> {
    client.get_run().run_id(run_id).send().await
}

#[inline]
async fn poll_once(
    client: &Client,
    run_id: &RunId,
    seen: &mut HashSet<i64>,
) -> Result<Polled<RunEvent>> {
    let fresh = fresh_events(seen, timeline(client, run_id).await?);
    if !fresh.is_empty() {
        return Ok(Polled::more(fresh));
    }
    // Also what makes an unknown run a `NotFound` error on 9.22.12 (see the module docs).
    let run = get_run(client, run_id).await?;
    if !run.is_finished() {
        return Ok(Polled::more(Vec::new()));
    }
    // The run's last events may have been written between the two reads.
    Ok(Polled::done(fresh_events(
        seen,
        timeline(client, run_id).await?,
    )))
}

/// Sets the first interval of `config`, keeping its backoff; the longest interval grows to
/// `interval` when it was shorter.
#[inline]
fn with_interval(mut config: PollConfig, interval: Duration) -> PollConfig {
    config.interval = interval;
    config.max_interval = config.max_interval.max(interval);
    config
}

/// The request of [`Client::run_events`]: set how to poll, then [`stream`](Self::stream) it.
#[must_use = "a request does nothing until it is streamed"]
#[derive(Clone, Debug)]
pub struct RunEvents<'a> {
    client: &'a Client,
    run_id: RunId,
    poll: PollConfig,
    timeout: Option<Duration>,
}

impl RunEvents<'_> {
    /// Polls every `interval` while events arrive (default 1 s), backing off while idle up to
    /// the longest interval (default 15 s, or `interval` when longer).
    #[inline]
    pub fn interval(mut self, interval: Duration) -> Self {
        self.poll = with_interval(self.poll, interval);
        self
    }

    /// Polls as `config` says (interval, longest interval, backoff); a [`Duration`] works too
    /// and is the first interval.
    #[inline]
    pub fn poll(mut self, config: impl Into<PollConfig>) -> Self {
        self.poll = config.into();
        self
    }

    /// Gives up after `limit`: when the run has not finished by then, the stream yields one
    /// [`ErrorKind::Timeout`] error and ends. Without it (or with a limit beyond what the
    /// clock holds, such as [`Duration::MAX`]) the stream lasts as long as the run.
    #[inline]
    pub fn timeout(mut self, limit: Duration) -> Self {
        self.timeout = Some(limit);
        self
    }

    /// Every event of the run, each once and in id order, until the run has finished (or the
    /// [`timeout`](Self::timeout) passed, or an error, which is yielded and ends the stream).
    #[inline]
    pub fn stream(self) -> impl Stream<Item = Result<RunEvent>> + Send + 'static {
        let client = self.client.clone();
        let run_id = self.run_id;
        let events = poll_stream(self.poll, HashSet::new(), {
            let run_id = run_id.clone();
            move |mut seen| {
                let client = client.clone();
                let run_id = run_id.clone();
                async move {
                    let result = poll_once(&client, &run_id, &mut seen).await;
                    (seen, result)
                }
            }
        });
        // A limit too far away for the clock to hold (`Duration::MAX`) is no deadline.
        let deadline = self.timeout.and_then(|limit| {
            let at = tokio::time::Instant::now().checked_add(limit)?;
            Some((at, limit))
        });
        bounded(Box::pin(events), deadline, run_id)
    }
}

type EventStream = Pin<Box<dyn Stream<Item = Result<RunEvent>> + Send>>;

/// `events`, ending with a `Timeout` error when `deadline` passes first.
#[inline]
fn bounded(
    events: EventStream,
    deadline: Option<(tokio::time::Instant, Duration)>,
    run_id: RunId,
) -> impl Stream<Item = Result<RunEvent>> + Send + 'static {
    futures::stream::unfold(Some(events), move |events| {
        let run_id = run_id.clone();
        async move {
            let mut events = events?;
            let next = match deadline {
                None => events.next().await,
                Some((at, limit)) => match tokio::time::timeout_at(at, events.next()).await {
                    Ok(next) => next,
                    Err(_) => return Some((Err(not_finished(&run_id, limit, "run_events")), None)),
                },
            };
            next.map(|item| (item, Some(events)))
        }
    })
}

#[inline]
fn not_finished(run_id: &RunId, limit: Duration, operation: &'static str) -> Error {
    Error::new(
        ErrorKind::Timeout,
        format!("run {run_id} did not finish within {limit:?}"),
    )
    .with_operation("autonomi", operation)
}

/// The request of [`Client::wait_for_run`]: set the time limit and how to poll, then
/// [`send`](Self::send) it.
#[must_use = "a request does nothing until it is sent"]
#[derive(Clone, Debug)]
pub struct WaitForRun<'a> {
    client: &'a Client,
    run_id: RunId,
    poll: PollConfig,
    timeout: Option<Duration>,
}

impl WaitForRun<'_> {
    /// Gives up after `limit` with an [`ErrorKind::Timeout`] error. Without it the wait lasts
    /// until the run finishes — on a control plane where nothing executes runs, forever.
    #[inline]
    pub fn timeout(mut self, limit: Duration) -> Self {
        self.timeout = Some(limit);
        self
    }

    /// Reads the run every `interval` (default 1 s), backing off while it has not finished up
    /// to the longest interval (default 15 s, or `interval` when longer).
    #[inline]
    pub fn interval(mut self, interval: Duration) -> Self {
        self.poll = with_interval(self.poll, interval);
        self
    }

    /// Polls as `config` says (interval, longest interval, backoff); a [`Duration`] works too
    /// and is the first interval.
    #[inline]
    pub fn poll(mut self, config: impl Into<PollConfig>) -> Self {
        self.poll = config.into();
        self
    }

    /// Waits, and returns the finished run. An unknown run is a [`ErrorKind::NotFound`] error;
    /// the time limit passing first is an [`ErrorKind::Timeout`] error.
    #[inline]
    pub async fn send(self) -> Result<Run> {
        let Self {
            client,
            run_id,
            poll,
            timeout,
        } = self;
        let finished = poll_until(&poll, timeout, || async {
            let run = get_run(client, &run_id).await?;
            Ok(run.is_finished().then_some(run))
        })
        .await?;
        finished.ok_or_else(|| not_finished(&run_id, timeout.unwrap_or_default(), "wait_for_run"))
    }
}

/// The request of [`Client::poll_events`] (the seed's `EventStream.poll_events(run_id,
/// since)`): optionally set [`since`](Self::since), then [`send`](Self::send) it.
#[must_use = "a request does nothing until it is sent"]
#[derive(Clone, Debug)]
pub struct PollEvents<'a> {
    client: &'a Client,
    run_id: RunId,
    since: Option<Timestamp>,
}

impl PollEvents<'_> {
    /// Only the events after this time (compared as instants, so `…Z` and `…+00:00` forms of
    /// one time are equal).
    #[inline]
    pub fn since(mut self, since: impl Into<Timestamp>) -> Self {
        self.since = Some(since.into());
        self
    }

    /// The run's events (after [`since`](Self::since), when set), in id order: one read of
    /// the timeline, plus a read of the run when the timeline is empty, so that a run the
    /// server does not know is a [`ErrorKind::NotFound`] error on 9.22.12 (which answers an
    /// empty timeline for it) as on 5.52.4 (which answers 404).
    #[inline]
    pub async fn send(self) -> Result<Vec<RunEvent>> {
        let events = timeline(self.client, &self.run_id).await?;
        if events.is_empty() {
            get_run(self.client, &self.run_id).await?;
        }
        let since = self.since;
        let mut events: Vec<RunEvent> = events
            .into_iter()
            .filter(|e| {
                since
                    .as_ref()
                    .is_none_or(|s| match (e.timestamp.to_utc(), s.to_utc()) {
                        (Some(t), Some(since)) => t > since,
                        _ => e.timestamp > *s,
                    })
            })
            .collect();
        events.sort_by_key(|e| e.id);
        Ok(events)
    }
}

impl Client {
    /// Follows run `run_id`: a builder whose [`stream`](RunEvents::stream) yields every event
    /// of the run, each once and in order, until the run has finished. Polls with the default
    /// [`PollConfig`] (1 s, backing off to 15 s while idle) unless
    /// [`interval`](RunEvents::interval) or [`poll`](RunEvents::poll) say otherwise;
    /// [`timeout`](RunEvents::timeout) bounds it. A run the server does not know yields one
    /// [`ErrorKind::NotFound`] error and ends, on 5.52.4 and 9.22.12 alike. `run_id` is a
    /// [`RunId`] or anything that converts into one (`7`, `&run.id`).
    ///
    /// ```no_run
    /// # async fn demo(client: agent_apis::autonomi::Client) -> agent_apis::Result<()> {
    /// use std::time::Duration;
    /// use futures::TryStreamExt;
    /// let mut events = std::pin::pin!(client
    ///     .run_events(7)
    ///     .interval(Duration::from_millis(500))
    ///     .stream());
    /// while let Some(event) = events.try_next().await? {
    ///     println!("[{}] {:?}", event.event_type, event.phase);
    /// }
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn run_events(&self, run_id: impl Into<RunId>) -> RunEvents<'_> {
        RunEvents {
            client: self,
            run_id: run_id.into(),
            poll: PollConfig::default(),
            timeout: None,
        }
    }

    /// Waits until run `run_id` has finished: a builder whose [`send`](WaitForRun::send)
    /// returns the finished run. Bound it with [`timeout`](WaitForRun::timeout) (an
    /// [`ErrorKind::Timeout`] error when it passes); an unknown run is an
    /// [`ErrorKind::NotFound`] error.
    ///
    /// ```no_run
    /// # async fn demo(client: agent_apis::autonomi::Client) -> agent_apis::Result<()> {
    /// use std::time::Duration;
    /// let run = client.wait_for_run(7).timeout(Duration::from_secs(600)).send().await?;
    /// println!("run {} ended {}", run.id, run.status);
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn wait_for_run(&self, run_id: impl Into<RunId>) -> WaitForRun<'_> {
        WaitForRun {
            client: self,
            run_id: run_id.into(),
            poll: PollConfig::default(),
            timeout: None,
        }
    }

    /// The seed's `EventStream.poll_events(run_id, since)`: one read of run `run_id`'s events
    /// (a builder; [`since`](PollEvents::since) keeps only later ones). For a continuous
    /// feed use [`Client::run_events`].
    ///
    /// ```no_run
    /// # async fn demo(client: agent_apis::autonomi::Client) -> agent_apis::Result<()> {
    /// let events = client.poll_events(7).since("2026-11-22T13:27:29Z").send().await?;
    /// println!("{} new events", events.len());
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn poll_events(&self, run_id: impl Into<RunId>) -> PollEvents<'_> {
        PollEvents {
            client: self,
            run_id: run_id.into(),
            since: None,
        }
    }
}
