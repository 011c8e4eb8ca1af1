//! The seed SDK's helper classes — `SessionManager`, `TaskManager`, `EventStream` — as views
//! of a [`Client`]: `client.sessions()`, `client.tasks()`, `client.events()`. Their methods
//! keep the seed's names and return payloads; each is one generated call (see the table in
//! `docs/autonomi.md`), so the builder methods remain available for every option.

use futures::Stream;

use super::types::{
    CreateTaskRequest, RunEvent, RunId, Session, Task, TaskStatus, TaskSummary, UpdateTaskRequest,
};
use super::Client;
use crate::{Result, Timestamp};

/// The seed's `SessionManager`: execution sessions of a project.
///
/// Neither the 5.52.4 nor the 9.22.12 control plane serves these routes (they answer 404, a
/// [`crate::ErrorKind::NotFound`] error; 9.22.12 with auth on answers 401 to a request
/// without a key); they exist for servers that do.
#[derive(Clone, Copy, Debug)]
pub struct SessionManager<'a> {
    client: &'a Client,
}

impl SessionManager<'_> {
    /// `SessionManager.list_sessions(project_id)`: `GET /api/projects/{id}/sessions`.
    pub async fn list_sessions(&self, project_id: i64) -> Result<Vec<Session>> {
        Ok(self
            .client
            .list_sessions()
            .project_id(project_id)
            .send()
            .await?)
    }

    /// `SessionManager.get_session(session_id)`: `GET /api/sessions/{id}`.
    pub async fn get_session(&self, session_id: i64) -> Result<Session> {
        Ok(self
            .client
            .get_session()
            .session_id(session_id)
            .send()
            .await?)
    }
}

/// The seed's `TaskManager`: a project's kanban tasks.
#[derive(Clone, Copy, Debug)]
pub struct TaskManager<'a> {
    client: &'a Client,
}

impl TaskManager<'_> {
    /// `TaskManager.list_tasks(project_id, status)`.
    pub async fn list_tasks(
        &self,
        project_id: Option<i64>,
        status: Option<TaskStatus>,
    ) -> Result<Vec<TaskSummary>> {
        let mut request = self.client.list_tasks();
        if let Some(id) = project_id {
            request = request.project_id(id);
        }
        if let Some(status) = status {
            request = request.status(status);
        }
        Ok(request.send().await?)
    }

    /// `TaskManager.create_task(project_id, title, description, priority, ...)`.
    pub async fn create_task(&self, task: CreateTaskRequest) -> Result<Task> {
        Ok(self.client.create_task().body(task).send().await?)
    }

    /// `TaskManager.update_task(task_id, **fields)`: fields left `None` are not sent.
    pub async fn update_task(&self, task_id: i64, changes: UpdateTaskRequest) -> Result<Task> {
        Ok(self
            .client
            .update_task()
            .task_id(task_id)
            .body(changes)
            .send()
            .await?)
    }

    /// TypeScript `getTask(taskId)`.
    pub async fn get_task(&self, task_id: i64) -> Result<Task> {
        Ok(self.client.get_task().task_id(task_id).send().await?)
    }
}

/// The seed's `EventStream`: a run's events.
#[derive(Clone, Copy, Debug)]
pub struct EventStream<'a> {
    client: &'a Client,
}

impl EventStream<'_> {
    /// `EventStream.poll_events(run_id, since)`: the run's events after `since` (all when
    /// `None`), in order — one read of the timeline, plus a read of the run when the timeline
    /// is empty, so that a run the server does not know is a [`crate::ErrorKind::NotFound`]
    /// error on 9.22.12 (which answers an empty timeline for it) as on 5.52.4 (which answers
    /// 404). For a continuous feed use [`EventStream::stream`].
    pub async fn poll_events(
        &self,
        run_id: impl Into<RunId>,
        since: Option<&Timestamp>,
    ) -> Result<Vec<RunEvent>> {
        let events = super::events::events_of_existing_run(self.client, &run_id.into()).await?;
        let mut events: Vec<RunEvent> = events
            .into_iter()
            // By instant, so that `…Z` and `…+00:00` forms of one time compare equal.
            .filter(|e| {
                since.is_none_or(|s| match (e.timestamp.to_utc(), s.to_utc()) {
                    (Some(t), Some(since)) => t > since,
                    _ => e.timestamp > *s,
                })
            })
            .collect();
        events.sort_by_key(|e| e.id);
        Ok(events)
    }

    /// Every event of the run, once each, until it finishes: [`Client::run_events`].
    pub fn stream(
        &self,
        run_id: impl Into<RunId>,
    ) -> impl Stream<Item = Result<RunEvent>> + Send + 'static {
        self.client.run_events(run_id)
    }
}

impl Client {
    /// The seed's `SessionManager(client)`.
    pub fn sessions(&self) -> SessionManager<'_> {
        SessionManager { client: self }
    }

    /// The seed's `TaskManager(client)`.
    pub fn tasks(&self) -> TaskManager<'_> {
        TaskManager { client: self }
    }

    /// The seed's `EventStream(client)`.
    pub fn events(&self) -> EventStream<'_> {
        EventStream { client: self }
    }
}
