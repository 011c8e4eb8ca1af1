//! Run events as a stream, and waiting for a run to finish (the seed's `EventStream`).
//!
//! The control plane has no event feed to subscribe to (the seed's `GET /api/runs/{id}/events`
//! is not served), so events are polled from `get_run_timeline`, which answers every event of
//! the run each time. [`Client::run_events`] remembers the ids it has yielded, so each event
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
use std::time::Duration;

use futures::Stream;

use super::types::{Run, RunEvent, RunId, RunStatus};
use super::Client;
use crate::polling::{poll_stream, poll_until, PollConfig, Polled};
use crate::{Error, ErrorKind, Result};

impl RunStatus {
    /// Whether a run in this status will not change any more (`completed`, `failed`,
    /// `cancelled`). Unknown statuses are not terminal; [`Run::is_finished`] also looks at
    /// `ended_at`, which covers terminal statuses this SDK version does not know.
    pub fn is_terminal(&self) -> bool {
        matches!(self, Self::Completed | Self::Failed | Self::Cancelled)
    }
}

impl Run {
    /// Whether the run has finished: a terminal status, or an `ended_at` set by the server.
    pub fn is_finished(&self) -> bool {
        self.status.is_terminal() || self.ended_at.is_some()
    }
}

/// Keeps the events not yielded before, in id order, and remembers them.
fn fresh_events(seen: &mut HashSet<i64>, events: Vec<RunEvent>) -> Vec<RunEvent> {
    let mut fresh: Vec<RunEvent> = events.into_iter().filter(|e| seen.insert(e.id)).collect();
    fresh.sort_by_key(|e| e.id);
    fresh
}

async fn timeline(client: &Client, run_id: &RunId) -> Result<Vec<RunEvent>> {
    Ok(client
        .get_run_timeline()
        .run_id(run_id)
        .send()
        .await?
        .events)
}

async fn get_run(client: &Client, run_id: &RunId) -> Result<Run> {
    Ok(client.get_run().run_id(run_id).send().await?)
}

/// The run's events (one timeline read), or a `NotFound` error when the run does not exist —
/// on 9.22.12 too, whose timeline of an unknown run is an empty 200: an empty timeline is
/// confirmed with `get_run`.
pub(super) async fn events_of_existing_run(
    client: &Client,
    run_id: &RunId,
) -> Result<Vec<RunEvent>> {
    let events = timeline(client, run_id).await?;
    if events.is_empty() {
        get_run(client, run_id).await?;
    }
    Ok(events)
}

async fn poll_events(
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

impl Client {
    /// Every event of run `run_id`, each once and in order, until the run has finished; polls
    /// with the default [`PollConfig`] (1 s, backing off to 15 s while idle). A run the server
    /// does not know yields one [`ErrorKind::NotFound`] error and ends, on 5.52.4 and 9.22.12
    /// alike. `run_id` is a [`RunId`] or anything that converts into one (`7`, `run.id`).
    ///
    /// ```no_run
    /// # async fn demo(client: agent_apis::autonomi::Client) -> agent_apis::Result<()> {
    /// use futures::TryStreamExt;
    /// let mut events = std::pin::pin!(client.run_events(7));
    /// while let Some(event) = events.try_next().await? {
    ///     println!("[{}] {:?}", event.event_type, event.phase);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn run_events(
        &self,
        run_id: impl Into<RunId>,
    ) -> impl Stream<Item = Result<RunEvent>> + Send + 'static {
        self.run_events_with(run_id, PollConfig::default())
    }

    /// [`Client::run_events`] with a chosen polling interval.
    pub fn run_events_with(
        &self,
        run_id: impl Into<RunId>,
        config: PollConfig,
    ) -> impl Stream<Item = Result<RunEvent>> + Send + 'static {
        let client = self.clone();
        let run_id = run_id.into();
        poll_stream(config, HashSet::new(), move |mut seen| {
            let client = client.clone();
            let run_id = run_id.clone();
            async move {
                let result = poll_events(&client, &run_id, &mut seen).await;
                (seen, result)
            }
        })
    }

    /// Waits until run `run_id` has finished and returns it, polling with `config`; gives up
    /// with a [`ErrorKind::Timeout`] error after `deadline` when one is given. An unknown run
    /// is a [`ErrorKind::NotFound`] error.
    pub async fn wait_for_run(
        &self,
        run_id: impl Into<RunId>,
        config: PollConfig,
        deadline: Option<Duration>,
    ) -> Result<Run> {
        let run_id = run_id.into();
        let finished = poll_until(&config, deadline, || async {
            let run = get_run(self, &run_id).await?;
            Ok(run.is_finished().then_some(run))
        })
        .await?;
        finished.ok_or_else(|| {
            let limit = deadline.unwrap_or_default();
            Error::new(
                ErrorKind::Timeout,
                format!("run {run_id} did not finish within {limit:?}"),
            )
            .with_operation("autonomi", "wait_for_run")
        })
    }
}
