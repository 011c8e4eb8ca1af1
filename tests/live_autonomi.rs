//! Live checks of every Autonomi operation and helper against a real Loki Mode control plane
//! (5.52.4 or 9.22.12, auth off or on). CI runs none of them: each test prints
//! `skipped: AUTONOMI_LIVE_URL not set` and returns unless the environment points at a server.
//!
//! - `AUTONOMI_LIVE_URL`: the server, e.g. `http://127.0.0.1:57402`.
//! - `AUTONOMI_LIVE_TOKEN`: an admin key (scope `*`), needed when the server's auth is on; the
//!   auth-only checks (scoped keys, tenant isolation, anonymous calls) run only then.
//! - `AUTONOMI_LIVE_DB` (optional): the server's `dashboard.db`. No route adds run events (the
//!   engine writes them to the database), so with it the event tests insert events there and
//!   cleanup deletes the runs the tests made (no route deletes a run); without it those parts
//!   are skipped and the runs stay (cancelled). `AUTONOMI_LIVE_PYTHON` (default `python3`) runs the SQL.
//! - `AUTONOMI_LIVE_LOKI_DIR` (optional): the server's `.loki` directory (`LOKI_DIR`). With it,
//!   the task check writes a queue item there, as the engine does, and lists it.
//!
//! Each test makes its own tenants, projects, tasks, runs and keys under unique names and
//! removes them afterwards, also when it fails. How to bring each server up: `CONTRIBUTING.md`.
#![cfg(feature = "autonomi")]

use std::future::Future;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use agent_apis::autonomi::types::{
    ApiKeyRole, Project, QueuePriority, Run, RunId, RunStatus, RunTrigger, TaskPriority,
    TaskStatus, Tenant,
};
use agent_apis::autonomi::{Client, PollConfig, ServerVersion};
use agent_apis::{Error, ErrorKind};
use futures::{FutureExt, StreamExt, TryStreamExt};

// ------------------------------------------------------------------------------- set-up

/// The server under test and clients for it.
struct Live {
    url: String,
    token: Option<String>,
    db: Option<PathBuf>,
    /// Authenticated with `AUTONOMI_LIVE_TOKEN` when given.
    admin: Client,
    /// No key at all.
    anon: Client,
    version: ServerVersion,
    auth_on: bool,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn client_for(url: &str, token: Option<&str>) -> Client {
    let mut b = Client::builder().base_url(url);
    if let Some(t) = token {
        b = b.token(t);
    }
    b.build().expect("client")
}

/// The live server, or `None` (after printing why) when none is configured.
async fn live() -> Option<Live> {
    let Some(url) = env("AUTONOMI_LIVE_URL") else {
        println!("skipped: AUTONOMI_LIVE_URL not set");
        return None;
    };
    let token = env("AUTONOMI_LIVE_TOKEN");
    let admin = client_for(&url, token.as_deref());
    let anon = client_for(&url, None);
    // Listing keys needs a key whenever auth is on, on both versions.
    let auth_on = match anon.list_api_keys().send().await {
        Ok(_) => false,
        Err(e) if e.kind() == ErrorKind::Authentication => true,
        Err(e) => panic!("cannot reach {url}: {e}"),
    };
    assert!(
        !auth_on || token.is_some(),
        "{url} has auth on: set AUTONOMI_LIVE_TOKEN to an admin key"
    );
    let status = admin.get_status().send().await.expect("get_status");
    let version = status
        .server_version()
        .unwrap_or_else(|| panic!("no parsable version in {:?}", status.version));
    Some(Live {
        db: env("AUTONOMI_LIVE_DB").map(PathBuf::from),
        url,
        token,
        admin,
        anon,
        version,
        auth_on,
    })
}

impl Live {
    fn is_922(&self) -> bool {
        self.version >= ServerVersion::new(9, 0, 0)
    }
}

/// Removes the file when dropped: a queue file a check wrote goes also when the check fails.
struct RemoveOnDrop(PathBuf);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// A name no other test (or earlier run) uses.
fn unique(prefix: &str) -> String {
    static N: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!(
        "sdk-live-{prefix}-{}-{nanos}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

fn err_of<T: std::fmt::Debug>(r: std::result::Result<T, impl Into<Error>>) -> Error {
    match r {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => e.into(),
    }
}

/// Polls quickly: the live server answers in milliseconds.
fn fast() -> PollConfig {
    PollConfig::new(Duration::from_millis(50), Duration::from_millis(250))
}

/// A guard against a helper that never ends; not a timing assertion.
async fn bounded<T>(what: &str, f: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(60), f)
        .await
        .unwrap_or_else(|_| panic!("{what} did not finish within 60 s"))
}

// ------------------------------------------------------------------------------- cleanup

/// What a test made, removed after it (also when it panicked).
#[derive(Default)]
struct Made {
    tenants: Vec<i64>,
    projects: Vec<i64>,
    tasks: Vec<i64>,
    runs: Vec<RunId>,
    keys: Vec<String>,
}

type Track = Arc<Mutex<Made>>;

fn track(t: &Track, f: impl FnOnce(&mut Made)) {
    f(&mut t.lock().unwrap());
}

/// Runs `body`, then removes everything it recorded, then re-raises its panic if it had one.
async fn with_cleanup<F, Fut>(live: &Live, body: F)
where
    F: FnOnce(Track) -> Fut,
    Fut: Future<Output = ()>,
{
    let made: Track = Arc::default();
    let outcome = std::panic::AssertUnwindSafe(body(made.clone()))
        .catch_unwind()
        .await;
    let made = std::mem::take(&mut *made.lock().unwrap());
    cleanup(live, made).await;
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
}

async fn cleanup(live: &Live, made: Made) {
    for id in &made.runs {
        // Ends what is still running; a finished run answers 404, which is fine.
        let _ = live.admin.cancel_run().run_id(id).send().await;
    }
    if !made.runs.is_empty() {
        let ids: Vec<i64> = made.runs.iter().filter_map(RunId::as_i64).collect();
        let marks = vec!["?"; ids.len()].join(",");
        let params = serde_json::json!(ids);
        sql(
            live,
            &[
                (
                    format!("DELETE FROM run_events WHERE run_id IN ({marks})"),
                    params.clone(),
                ),
                (format!("DELETE FROM runs WHERE id IN ({marks})"), params),
            ],
        );
    }
    // Tasks have a delete route the SDK does not wrap (not in the spec): a plain request
    // removes them.
    let http = reqwest::Client::new();
    for id in &made.tasks {
        let mut req = http.delete(format!("{}/api/tasks/{id}", live.url));
        if let Some(t) = &live.token {
            req = req.bearer_auth(t);
        }
        let _ = req.send().await;
    }
    // Projects on 5.52.4 have no tenant to cascade from (a deleted one answers 404: fine).
    for id in &made.projects {
        let _ = live.admin.delete_project().project_id(*id).send().await;
    }
    for id in made.tenants {
        let _ = live.admin.delete_tenant().tenant_id(id).send().await;
    }
    for id in made.keys {
        let _ = live.admin.delete_api_key().identifier(id).send().await;
    }
}

/// Runs SQL statements (with JSON-array parameters) on the server's database, when
/// `AUTONOMI_LIVE_DB` names it. Returns whether it did.
fn sql(live: &Live, statements: &[(String, serde_json::Value)]) -> bool {
    let Some(db) = &live.db else {
        return false;
    };
    const SCRIPT: &str = "import json, sqlite3, sys\n\
        con = sqlite3.connect(sys.argv[1], timeout=30)\n\
        for stmt, params in json.loads(sys.argv[2]):\n    con.execute(stmt, params)\n\
        con.commit()\n";
    let python = env("AUTONOMI_LIVE_PYTHON").unwrap_or_else(|| "python3".into());
    let statements: Vec<serde_json::Value> = statements
        .iter()
        .map(|(s, p)| serde_json::json!([s, p]))
        .collect();
    let status = std::process::Command::new(python)
        .arg("-c")
        .arg(SCRIPT)
        .arg(db)
        .arg(serde_json::Value::Array(statements).to_string())
        .status()
        .expect("run python for AUTONOMI_LIVE_DB");
    assert!(status.success(), "SQL on {} failed", db.display());
    true
}

// ------------------------------------------------------------------------------- fixtures

async fn new_tenant(live: &Live, made: &Track) -> Tenant {
    let t = live
        .admin
        .create_tenant()
        .name(unique("tenant"))
        .send()
        .await
        .expect("create_tenant");
    track(made, |m| m.tenants.push(t.id));
    t
}

/// A project, in a new tenant: the way that works on both versions.
async fn new_project(live: &Live, made: &Track) -> (Tenant, Project) {
    let tenant = new_tenant(live, made).await;
    let p = live
        .admin
        .create_project()
        .name(unique("project"))
        .tenant_id(tenant.id)
        .send()
        .await
        .expect("create_project with tenant_id");
    track(made, |m| m.projects.push(p.id));
    (tenant, p)
}

async fn new_run(live: &Live, made: &Track, project_id: i64) -> Run {
    let r = live
        .admin
        .create_run()
        .project_id(project_id)
        .send()
        .await
        .expect("create_run");
    track(made, |m| m.runs.push(r.id.clone()));
    r
}

/// Inserts run events the way the engine records them (rows of `run_events`).
fn add_events(live: &Live, run: &RunId, events: &[(&str, &str, u32)]) -> bool {
    let statements: Vec<(String, serde_json::Value)> = events
        .iter()
        .map(|(event_type, phase, second)| {
            (
                "INSERT INTO run_events (run_id, event_type, phase, details, timestamp) \
                 VALUES (?, ?, ?, ?, ?)"
                    .to_string(),
                serde_json::json!([
                    run.as_i64(),
                    event_type,
                    phase,
                    format!(r#"{{"n": {second}}}"#),
                    format!("2026-12-01 08:00:{second:02}.000000")
                ]),
            )
        })
        .collect();
    sql(live, &statements)
}

// ------------------------------------------------------------------------------- tests

#[tokio::test]
async fn status_and_server_version() {
    let Some(live) = live().await else { return };
    let status = live.admin.get_status().send().await.unwrap();
    let v = status.server_version().unwrap();
    println!(
        "server {v} at {}, auth {}",
        live.url,
        if live.auth_on { "on" } else { "off" }
    );
    assert_eq!(status.version.as_deref(), Some(v.to_string().as_str()));
    assert!(status.uptime_seconds.is_some());
    if live.is_922() {
        assert!(status.execution_os.is_some(), "9.x reports execution_os");
    } else {
        assert!(status.execution_os.is_none() && status.sessions.is_empty());
    }
    let anonymous = live.anon.get_status().send().await;
    if live.auth_on && live.is_922() {
        assert_eq!(err_of(anonymous).kind(), ErrorKind::Authentication);
    } else {
        // Public on 5.52.4 even with auth on.
        anonymous.unwrap();
    }
}

#[tokio::test]
async fn tenants_and_projects() {
    let Some(live) = live().await else { return };
    let live = &live;
    with_cleanup(live, |made| async move {
        let c = &live.admin;
        let tenant = new_tenant(live, &made).await;
        assert!(!tenant.slug.is_empty());
        let got = c.get_tenant().tenant_id(tenant.id).send().await.unwrap();
        assert_eq!(got.name, tenant.name);
        let all = c.list_tenants().send().await.unwrap();
        assert!(all.iter().any(|t| t.id == tenant.id));

        let project = c
            .create_project()
            .name(unique("project"))
            .description("made by tests/live_autonomi.rs")
            .tenant_id(tenant.id)
            .send()
            .await
            .unwrap();
        track(&made, |m| m.projects.push(project.id));
        assert_eq!(
            project.status,
            agent_apis::autonomi::types::ProjectStatus::Active
        );
        // 9.22 files it under the tenant; 5.52 ignores tenant_id.
        let expected_tenant = live.is_922().then_some(tenant.id);
        assert_eq!(project.tenant_id, expected_tenant);
        let got = c.get_project().project_id(project.id).send().await.unwrap();
        assert_eq!((got.id, got.tenant_id), (project.id, expected_tenant));
        let listed = c
            .list_projects()
            .status(agent_apis::autonomi::types::ProjectStatus::Active)
            .limit(500)
            .offset(0)
            .send()
            .await
            .unwrap();
        assert!(listed.iter().any(|p| p.id == project.id));
        // Streamed in pages of one: 9.22 pages; 5.52 ignores `limit` and `offset` and answers
        // every project each time, which the stream takes for the whole list. Either way each
        // project comes once, and the stream ends.
        let second = c
            .create_project()
            .name(unique("project"))
            .tenant_id(tenant.id)
            .send()
            .await
            .unwrap();
        track(&made, |m| m.projects.push(second.id));
        let streamed: Vec<i64> = bounded(
            "list_projects().limit(1).stream()",
            c.list_projects()
                .limit(1)
                .stream()
                .map_ok(|p| p.id)
                .take(100_000)
                .try_collect::<Vec<_>>(),
        )
        .await
        .unwrap();
        for id in [project.id, second.id] {
            assert_eq!(
                streamed.iter().filter(|&&p| p == id).count(),
                1,
                "{streamed:?}"
            );
        }

        // Without tenant_id: 9.22 refuses, 5.52 does not care.
        let bare = c.create_project().name(unique("bare")).send().await;
        if live.is_922() {
            let e = err_of(bare);
            assert_eq!(e.kind(), ErrorKind::Validation);
            assert_eq!(e.message(), "body.tenant_id: Field required");
            let unknown = c
                .create_project()
                .name(unique("orphan"))
                .tenant_id(987_654_321)
                .send()
                .await;
            let e = err_of(unknown);
            assert_eq!(
                (e.kind(), e.message()),
                (ErrorKind::NotFound, "Tenant not found")
            );
        } else {
            let p = bare.unwrap();
            track(&made, |m| m.projects.push(p.id));
            assert_eq!(p.tenant_id, None);
        }

        let missing = err_of(c.get_project().project_id(987_654_321).send().await);
        assert_eq!(
            (missing.kind(), missing.message()),
            (ErrorKind::NotFound, "Project not found")
        );

        // delete_project: 204, then the project is gone, and deleting it again is a 404. (The
        // server commits the delete as its request ends, so a read racing it may still see the
        // project: read until it is gone, within a bound.)
        c.delete_project()
            .project_id(project.id)
            .send()
            .await
            .unwrap();
        let gone = bounded("delete_project to take effect", async {
            loop {
                match c.get_project().project_id(project.id).send().await {
                    Ok(_) => tokio::time::sleep(Duration::from_millis(50)).await,
                    Err(e) => break e,
                }
            }
        })
        .await;
        assert_eq!(
            (gone.kind(), gone.message()),
            (ErrorKind::NotFound, "Project not found")
        );
        let again = err_of(c.delete_project().project_id(project.id).send().await);
        assert_eq!(
            (again.kind(), again.message()),
            (ErrorKind::NotFound, "Project not found")
        );

        c.delete_tenant().tenant_id(tenant.id).send().await.unwrap();
        let gone = err_of(c.get_tenant().tenant_id(tenant.id).send().await);
        assert_eq!(
            (gone.kind(), gone.message()),
            (ErrorKind::NotFound, "Tenant not found")
        );
    })
    .await;
}

#[tokio::test]
async fn tasks() {
    let Some(live) = live().await else { return };
    let live = &live;
    with_cleanup(live, |made| async move {
        let (_, project) = new_project(live, &made).await;
        let c = &live.admin;
        let task = c
            .create_task()
            .project_id(project.id)
            .title(unique("task"))
            .description("made by tests/live_autonomi.rs")
            .priority(TaskPriority::High)
            .send()
            .await
            .unwrap();
        track(&made, |m| m.tasks.push(task.id));
        assert_eq!(
            (task.project_id, task.status.clone()),
            (project.id, TaskStatus::Pending)
        );
        let got = c.get_task().task_id(task.id).send().await.unwrap();
        assert_eq!(
            (got.title.as_str(), got.priority),
            (task.title.as_str(), TaskPriority::High)
        );
        let same = live.admin.get_task().task_id(task.id).send().await.unwrap();
        assert_eq!(same.id, task.id);

        let moved = c
            .update_task()
            .task_id(task.id)
            .status(TaskStatus::InProgress)
            .send()
            .await
            .unwrap();
        assert_eq!(moved.status, TaskStatus::InProgress);
        assert_eq!(moved.title, task.title, "fields not sent are left alone");
        let done = live
            .admin
            .update_task()
            .task_id(task.id)
            .status(TaskStatus::Done)
            .send()
            .await
            .unwrap();
        assert!(done.completed_at.is_some());

        // The session's queue tasks: whatever the engine has (a fresh server: none).
        c.list_tasks().send().await.unwrap();
        // A queue item as the engine's queue format documents it (a numeric priority), which
        // both versions pass through as the file holds it.
        if let Some(dir) = env("AUTONOMI_LIVE_LOKI_DIR") {
            let item = unique("q-sdk-live");
            let queue = PathBuf::from(dir).join("queue");
            std::fs::create_dir_all(&queue).unwrap();
            let file = RemoveOnDrop(queue.join("pending.json"));
            let items = serde_json::json!([{"id": item, "type": "eng-backend", "priority": 5,
                "payload": {"action": "implement"}, "createdAt": "2026-12-01T08:00:00Z"}]);
            std::fs::write(&file.0, items.to_string()).unwrap();
            let tasks = c.list_tasks().send().await.unwrap();
            let got = tasks
                .iter()
                .find(|t| t.id == serde_json::json!(item))
                .unwrap_or_else(|| panic!("queue item {item} not listed: {tasks:?}"));
            assert!(
                matches!(got.priority, Some(QueuePriority::Number(5))),
                "{got:?}"
            );
        }
        let filtered = c
            .list_tasks()
            .project_id(project.id)
            .status(TaskStatus::Done)
            .send()
            .await
            .unwrap();
        if live.is_922() {
            assert!(
                filtered.is_empty(),
                "9.22 applies project_id to queue tasks, which have none"
            );
        }
        let missing = err_of(c.get_task().task_id(987_654_321).send().await);
        assert_eq!(
            (missing.kind(), missing.message()),
            (ErrorKind::NotFound, "Task not found")
        );
    })
    .await;
}

#[tokio::test]
async fn runs_create_list_cancel_replay_and_their_timeline() {
    let Some(live) = live().await else { return };
    let live = &live;
    with_cleanup(live, |made| async move {
        let c = &live.admin;
        let (_, project) = new_project(live, &made).await;
        let run = new_run(live, &made, project.id).await;
        assert_eq!(run.status, RunStatus::Running);
        assert_eq!(run.trigger, Some(RunTrigger::Manual));
        assert!(run.id.as_i64().is_some() && !run.is_finished() && !run.is_file_based());
        assert_eq!(run.project_id, Some(project.id));

        let got = c.get_run().run_id(&run.id).send().await.unwrap();
        assert_eq!(got.id, run.id);
        let timeline = c.get_run_timeline().run_id(&run.id).send().await.unwrap();
        assert_eq!(timeline.run_id, run.id);
        assert!(timeline.events.is_empty() && timeline.duration_seconds.is_none());

        // Still running: waiting with a short deadline gives up with a Timeout error.
        let waited = err_of(
            c.wait_for_run(&run.id)
                .poll(fast())
                .timeout(Duration::from_millis(300))
                .send()
                .await,
        );
        assert_eq!(waited.kind(), ErrorKind::Timeout);
        // So does following its events: one Timeout error, and the stream ends.
        let followed: Vec<_> = bounded(
            "run_events with a timeout",
            c.run_events(&run.id)
                .poll(fast())
                .timeout(Duration::from_millis(300))
                .stream()
                .collect::<Vec<_>>(),
        )
        .await;
        assert_eq!(followed.len(), 1, "{followed:?}");
        assert_eq!(followed[0].as_ref().unwrap_err().kind(), ErrorKind::Timeout);

        let cancelled = c.cancel_run().run_id(&run.id).send().await.unwrap();
        assert_eq!(cancelled.status, RunStatus::Cancelled);
        assert!(cancelled
            .ended_at
            .as_ref()
            .and_then(|t| t.to_utc())
            .is_some());
        let again = err_of(c.cancel_run().run_id(&run.id).send().await);
        assert_eq!(
            (again.kind(), again.message()),
            (ErrorKind::NotFound, "Run not found")
        );
        let finished = bounded(
            "wait_for_run",
            c.wait_for_run(&run.id)
                .poll(fast())
                .timeout(Duration::from_secs(30))
                .send(),
        )
        .await
        .unwrap();
        assert_eq!(finished.status, RunStatus::Cancelled);

        let replay = c.replay_run().run_id(&run.id).send().await.unwrap();
        track(&made, |m| m.runs.push(replay.id.clone()));
        assert_eq!(replay.status, RunStatus::Replaying);
        assert_eq!(replay.trigger, Some(RunTrigger::Replay));
        assert_eq!(replay.parent_run_id.as_ref(), Some(&run.id));
        let busy = err_of(c.replay_run().run_id(&replay.id).send().await);
        assert_eq!(
            busy.kind(),
            ErrorKind::NotFound,
            "replaying a running run answers 404"
        );

        // Runs cannot be deleted through the API, and the server's SQLite does not enforce
        // foreign keys: without AUTONOMI_LIVE_DB, runs of an earlier project whose id was
        // reused show up here too. So: ours are listed, and nothing of another project.
        let listed = c.list_runs().project_id(project.id).send().await.unwrap();
        let mut ids: Vec<RunId> = listed.iter().map(|r| r.id.clone()).collect();
        ids.sort();
        assert!(ids.contains(&run.id) && ids.contains(&replay.id), "{ids:?}");
        assert!(listed.iter().all(|r| r.project_id == Some(project.id)));
        if live.db.is_some() {
            let mut expected = vec![run.id.clone(), replay.id.clone()];
            expected.sort();
            assert_eq!(ids, expected);
        }
        let replaying = c
            .list_runs()
            .project_id(project.id)
            .status(RunStatus::Replaying)
            .send()
            .await
            .unwrap();
        assert!(replaying.iter().any(|r| r.id == replay.id));
        assert!(replaying.iter().all(|r| r.status == RunStatus::Replaying));
        // One run per page: the stream walks both pages and the empty third.
        let mut streamed: Vec<RunId> = bounded(
            "list_runs stream",
            c.list_runs()
                .project_id(project.id)
                .limit(1)
                .stream()
                .map_ok(|r| r.id)
                .try_collect::<Vec<_>>(),
        )
        .await
        .unwrap();
        streamed.sort();
        assert_eq!(streamed, ids, "the stream yields what one big page lists");
        c.cancel_run().run_id(&replay.id).send().await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn run_events_stream_poll_and_wait() {
    let Some(live) = live().await else { return };
    let live = &live;
    with_cleanup(live, |made| async move {
        let c = &live.admin;
        let (_, project) = new_project(live, &made).await;
        let run = new_run(live, &made, project.id).await;
        let seeded = add_events(
            live,
            &run.id,
            &[
                ("phase", "reason", 1),
                ("phase", "act", 2),
                ("tool", "act", 3),
            ],
        );
        if !seeded {
            println!(
                "AUTONOMI_LIVE_DB not set: checking the event helpers on a run without events"
            );
            assert!(c.poll_events(&run.id).send().await.unwrap().is_empty());
            let stream = c.run_events(&run.id).poll(fast()).stream();
            let collecting = tokio::spawn(stream.collect::<Vec<_>>());
            tokio::time::sleep(Duration::from_millis(300)).await;
            c.cancel_run().run_id(&run.id).send().await.unwrap();
            let all = bounded("run_events", collecting).await.unwrap();
            assert!(
                all.is_empty(),
                "no events, and the stream ended once the run was cancelled"
            );
            return;
        }
        let mut events = std::pin::pin!(c
            .run_events(&run.id)
            .interval(Duration::from_millis(50))
            .stream());
        let mut first = Vec::new();
        for _ in 0..3 {
            first.push(bounded("run_events", events.next()).await.unwrap().unwrap());
        }
        assert_eq!(
            first.iter().map(|e| e.phase.as_deref()).collect::<Vec<_>>(),
            vec![Some("reason"), Some("act"), Some("act")]
        );
        assert!(first.windows(2).all(|w| w[0].id < w[1].id));
        assert!(first.iter().all(|e| e.run_id == run.id));
        assert_eq!(
            first[0].details.as_ref().and_then(|d| d.get("n")),
            Some(&serde_json::json!(1))
        );

        // A last event lands, the run ends: the stream delivers it once and ends.
        assert!(add_events(live, &run.id, &[("phase", "verify", 4)]));
        c.cancel_run().run_id(&run.id).send().await.unwrap();
        let rest: Vec<_> = bounded("run_events", events.collect::<Vec<_>>()).await;
        let rest: Vec<_> = rest.into_iter().map(|e| e.unwrap().phase).collect();
        assert_eq!(rest, vec![Some("verify".to_string())]);

        let since = first[0].timestamp.clone();
        let later = c.poll_events(&run.id).since(since).send().await.unwrap();
        assert_eq!(later.len(), 3);
        let all: Vec<_> = bounded(
            "run_events",
            c.run_events(&run.id).stream().try_collect::<Vec<_>>(),
        )
        .await
        .unwrap();
        assert_eq!(
            all.len(),
            4,
            "a finished run's stream yields everything and ends"
        );
        let timeline = c.get_run_timeline().run_id(&run.id).send().await.unwrap();
        assert_eq!(timeline.events.len(), 4);
        assert!(timeline.duration_seconds.is_some());
        assert_eq!(
            c.get_run()
                .run_id(&run.id)
                .send()
                .await
                .unwrap()
                .events
                .len(),
            4
        );
    })
    .await;
}

#[tokio::test]
async fn unknown_runs_behave_the_same_on_both_versions() {
    let Some(live) = live().await else { return };
    let c = &live.admin;
    let unknown = RunId::from(987_654_321i64);
    let not_found = |e: Error| {
        assert_eq!(
            (e.kind(), e.message()),
            (ErrorKind::NotFound, "Run not found"),
            "{e}"
        );
    };
    not_found(err_of(c.get_run().run_id(&unknown).send().await));
    not_found(err_of(c.cancel_run().run_id(&unknown).send().await));
    not_found(err_of(c.replay_run().run_id(&unknown).send().await));
    // The raw timeline differs between versions...
    let timeline = c.get_run_timeline().run_id(&unknown).send().await;
    if live.is_922() {
        let t = timeline.unwrap();
        assert!(t.events.is_empty() && t.phases.is_empty() && t.current_phase.is_none());
    } else {
        not_found(err_of(timeline));
    }
    // ...the helpers do not.
    let streamed: Vec<_> = bounded(
        "run_events",
        c.run_events(&unknown)
            .poll(fast())
            .stream()
            .collect::<Vec<_>>(),
    )
    .await;
    assert_eq!(streamed.len(), 1);
    not_found(streamed.into_iter().next().unwrap().unwrap_err());
    not_found(c.poll_events(&unknown).send().await.unwrap_err());
    not_found(
        c.wait_for_run(&unknown)
            .poll(fast())
            .timeout(Duration::from_secs(30))
            .send()
            .await
            .unwrap_err(),
    );
    // A string id goes out as is; the server's run routes take integers only.
    let text = err_of(c.get_run().run_id("run-1764570000-101-aa01").send().await);
    assert_eq!(text.kind(), ErrorKind::Validation);
    assert!(text.message().starts_with("path.run_id"), "{text}");
}

#[tokio::test]
async fn list_runs_decodes_every_id_shape_and_the_stream_survives_the_fallback_page() {
    let Some(live) = live().await else { return };
    let c = &live.admin;
    let all = c.list_runs().send().await.unwrap();
    // A page far past the database's runs: 9.22 answers its file-based runs here when the
    // engine's `.loki/` has any (serve.sh seeds two), 5.52 an empty page.
    let far = c
        .list_runs()
        .offset(10_000_000)
        .limit(1)
        .send()
        .await
        .unwrap();
    if live.is_922() {
        assert!(far.iter().all(Run::is_file_based));
        for r in far.iter() {
            assert!(r.id.as_text().is_some_and(|id| id.starts_with("run-")));
            assert_eq!((r.project_id, r.trigger.clone()), (None, None));
        }
        println!("9.22 fallback page: {} file-based runs", far.len());
    } else {
        assert!(far.is_empty());
    }
    println!(
        "list_runs: {} runs ({} file-based)",
        all.len(),
        all.iter().filter(|r| r.is_file_based()).count()
    );
    for page in [1, 2, 1000] {
        let runs: Vec<Run> = bounded(
            "list_runs stream",
            c.list_runs()
                .limit(page)
                .stream()
                .take(100_000)
                .try_collect::<Vec<_>>(),
        )
        .await
        .unwrap();
        // All database runs, or (an empty database on 9.22) all file-based ones: never a
        // fallback page after database pages, never the same fallback page again and again.
        // (Database runs other tests create meanwhile may shift offset pages: not checked.)
        let file_based: Vec<&RunId> = runs
            .iter()
            .filter(|r| r.is_file_based())
            .map(|r| &r.id)
            .collect();
        assert!(
            file_based.is_empty() || file_based.len() == runs.len(),
            "page {page}: mixed"
        );
        let mut distinct = file_based.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(
            distinct.len(),
            file_based.len(),
            "page {page}: a file-based run came twice"
        );
        println!(
            "list_runs().limit({page}).stream(): {} runs, {} file-based",
            runs.len(),
            file_based.len()
        );
    }
    // With a database run, the page after the last database page is (on 9.22) the fallback
    // page: the stream drops it and ends.
    let live = &live;
    with_cleanup(live, |made| async move {
        let (_, project) = new_project(live, &made).await;
        let run = new_run(live, &made, project.id).await;
        let runs: Vec<Run> = bounded(
            "list_runs stream",
            live.admin
                .list_runs()
                .limit(1)
                .stream()
                .take(100_000)
                .try_collect::<Vec<_>>(),
        )
        .await
        .unwrap();
        assert!(runs.iter().any(|r| r.id == run.id));
        assert!(runs.iter().all(|r| !r.is_file_based()), "{runs:?}");
        println!(
            "list_runs().limit(1).stream() with database runs: {} runs",
            runs.len()
        );
    })
    .await;
}

#[tokio::test]
async fn api_keys_create_list_rotate_delete_and_tenant_scopes() {
    let Some(live) = live().await else { return };
    let live = &live;
    with_cleanup(live, |made| async move {
        let c = &live.admin;
        let name = unique("key");
        let key = c
            .create_api_key()
            .name(name.clone())
            .role(ApiKeyRole::Viewer)
            .send()
            .await
            .unwrap();
        track(&made, |m| m.keys.push(key.id.clone()));
        assert!(key.token.expose_secret().starts_with("loki_"));
        assert!(
            !format!("{key:?}").contains(key.token.expose_secret()),
            "Debug never shows the key"
        );
        assert_eq!(
            (key.role.clone(), key.scopes.clone()),
            (Some(ApiKeyRole::Viewer), vec!["read".to_string()])
        );
        let listed = c.list_api_keys().send().await.unwrap();
        assert!(listed.iter().any(|k| k.id == key.id && k.name == name));

        let rotated = c
            .rotate_api_key()
            .identifier(name.clone())
            .grace_period_hours(1)
            .send()
            .await
            .unwrap();
        track(&made, |m| m.keys.push(rotated.new_key.id.clone()));
        assert_eq!(rotated.old_key_id, key.id);
        assert_eq!(rotated.new_key.name, name);
        assert!(rotated.token.expose_secret().starts_with("loki_"));
        assert_ne!(rotated.token.expose_secret(), key.token.expose_secret());
        let twice = err_of(
            c.rotate_api_key()
                .identifier(key.id.clone())
                .grace_period_hours(1)
                .send()
                .await,
        );
        assert_eq!(
            twice.kind(),
            ErrorKind::Validation,
            "a key in rotation answers 400"
        );

        c.delete_api_key()
            .identifier(rotated.new_key.id.clone())
            .send()
            .await
            .unwrap();
        c.delete_api_key()
            .identifier(key.id.clone())
            .send()
            .await
            .unwrap();
        let gone = err_of(c.delete_api_key().identifier(key.id.clone()).send().await);
        assert_eq!(
            (gone.kind(), gone.message()),
            (ErrorKind::NotFound, "API key not found")
        );

        // A key bound to a tenant: `tenant:<id>` is stored as given on both versions.
        let tenant = new_tenant(live, &made).await;
        let scope = format!("tenant:{}", tenant.id);
        let bound = c
            .create_api_key()
            .name(unique("bound"))
            .scopes(["read".to_string(), "control".to_string(), scope.clone()])
            .send()
            .await
            .unwrap();
        track(&made, |m| m.keys.push(bound.id.clone()));
        assert!(bound.scopes.contains(&scope), "{:?}", bound.scopes);
    })
    .await;
}

#[tokio::test]
async fn audit_query_stream_and_verify() {
    let Some(live) = live().await else { return };
    let live = &live;
    with_cleanup(live, |made| async move {
        let c = &live.admin;
        // Something to find: creating a tenant is audited on both versions.
        let tenant = new_tenant(live, &made).await;
        let today = chrono::Utc::now().date_naive();
        let page = c
            .query_audit()
            .start_date(today - chrono::Days::new(1))
            .end_date(today + chrono::Days::new(1))
            .action("create")
            .resource_type("tenant")
            .limit(10_000)
            .send()
            .await
            .unwrap();
        assert!(
            page.iter()
                .any(|e| e.resource_id.as_deref() == Some(tenant.id.to_string().as_str())),
            "the tenant's creation is in the audit log"
        );
        assert!(page
            .iter()
            .all(|e| e.action == "create" && e.resource_type == "tenant"));
        let streamed: Vec<_> = bounded(
            "query_audit stream",
            c.query_audit()
                .resource_type("tenant")
                .limit(2)
                .stream()
                .take(10_000)
                .try_collect::<Vec<_>>(),
        )
        .await
        .unwrap();
        assert!(!streamed.is_empty());

        let verified = c.verify_audit().send().await.unwrap();
        assert!(verified.files_checked >= 1 && !verified.results.is_empty());
        if live.is_922() {
            assert!(verified.files_skipped.is_some() && verified.entries_checked.is_some());
        } else {
            assert!(verified.files_skipped.is_none() && verified.genesis_file.is_none());
        }
        // Concurrent tests append to the log while it is read; a torn last line is transient.
        let mut valid = verified.valid;
        for _ in 0..5 {
            if valid {
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
            valid = c.verify_audit().send().await.unwrap().valid;
        }
        assert!(valid, "the audit chain verifies");
    })
    .await;
}

#[tokio::test]
async fn sessions_are_not_served_by_either_version() {
    let Some(live) = live().await else { return };
    let live = &live;
    with_cleanup(live, |made| async move {
        let (_, project) = new_project(live, &made).await;
        let c = &live.admin;
        for e in [
            c.list_sessions()
                .project_id(project.id)
                .send()
                .await
                .unwrap_err(),
            c.get_session().session_id(1).send().await.unwrap_err(),
        ] {
            // 5.52.4 {"detail":"Not Found"}, 9.22.12 {"error":"Not Found","path":...}.
            assert_eq!(
                (e.kind(), e.message()),
                (ErrorKind::NotFound, "Not Found"),
                "{e}"
            );
        }
        if live.auth_on && live.is_922() {
            let anon = live
                .anon
                .get_session()
                .session_id(1)
                .send()
                .await
                .unwrap_err();
            assert_eq!(anon.kind(), ErrorKind::Authentication);
        }
    })
    .await;
}

// ------------------------------------------------------------------ auth on: keys and tenants

/// A client authenticated with a key made by the admin, with `scopes` (or `role`).
async fn keyed(live: &Live, made: &Track, role: Option<ApiKeyRole>, scopes: Vec<String>) -> Client {
    let request = live.admin.create_api_key().name(unique("scoped"));
    let request = match role {
        Some(r) => request.role(r),
        None => request.scopes(scopes),
    };
    let key = request.send().await.expect("create_api_key");
    track(made, |m| m.keys.push(key.id.clone()));
    client_for(&live.url, Some(key.token.expose_secret()))
}

#[tokio::test]
async fn auth_on_scopes_and_anonymous_calls() {
    let Some(live) = live().await else { return };
    if !live.auth_on {
        println!("skipped: the server's auth is off");
        return;
    }
    let live = &live;
    with_cleanup(live, |made| async move {
        let anon = err_of(live.anon.list_tenants().send().await);
        assert_eq!(anon.kind(), ErrorKind::Authentication);
        let wrong = client_for(
            &live.url,
            Some("loki_not-a-key-0000000000000000000000000000"),
        );
        assert_eq!(
            err_of(wrong.list_runs().send().await).kind(),
            ErrorKind::Authentication
        );

        let viewer = keyed(live, &made, Some(ApiKeyRole::Viewer), vec![]).await;
        let tenant = new_tenant(live, &made).await;
        let denied = err_of(
            viewer
                .create_project()
                .name(unique("viewer"))
                .tenant_id(tenant.id)
                .send()
                .await,
        );
        assert_eq!(
            (denied.kind(), denied.message()),
            (
                ErrorKind::Permission,
                "Insufficient permissions. Required scope: control"
            )
        );
        let audit = err_of(viewer.verify_audit().send().await);
        assert_eq!(
            audit.message(),
            "Insufficient permissions. Required scope: audit"
        );
        let runs = viewer.list_runs().send().await.unwrap();
        if live.is_922() {
            // 9.22: a key bound to no tenant sees no runs (and never the file-based ones).
            assert!(runs.is_empty(), "{runs:?}");
        }
    })
    .await;
}

#[tokio::test]
async fn auth_on_tenant_bound_keys() {
    let Some(live) = live().await else { return };
    if !live.auth_on {
        println!("skipped: the server's auth is off");
        return;
    }
    let live = &live;
    with_cleanup(live, |made| async move {
        let (mine, my_project) = new_project(live, &made).await;
        let (theirs, their_project) = new_project(live, &made).await;
        let their_run = new_run(live, &made, their_project.id).await;
        let bound = keyed(
            live,
            &made,
            None,
            vec![
                "read".into(),
                "control".into(),
                format!("tenant:{}", mine.id),
            ],
        )
        .await;

        let own = bound
            .create_project()
            .name(unique("own"))
            .tenant_id(mine.id)
            .send()
            .await
            .unwrap();
        track(&made, |m| m.projects.push(own.id));
        let my_run = bound
            .create_run()
            .project_id(my_project.id)
            .send()
            .await
            .unwrap();
        track(&made, |m| m.runs.push(my_run.id.clone()));
        bound
            .get_run_timeline()
            .run_id(&my_run.id)
            .send()
            .await
            .unwrap();

        let theirs_project = bound
            .get_project()
            .project_id(their_project.id)
            .send()
            .await;
        let theirs_run = bound.get_run().run_id(&their_run.id).send().await;
        let new_tenant = bound.create_tenant().name(unique("denied")).send().await;
        if live.is_922() {
            for e in [err_of(theirs_project), err_of(theirs_run)] {
                assert_eq!(
                    (e.kind(), e.message()),
                    (ErrorKind::Permission, "Cross-tenant access denied")
                );
            }
            for e in [
                err_of(bound.cancel_run().run_id(&their_run.id).send().await),
                err_of(bound.create_run().project_id(their_project.id).send().await),
            ] {
                assert_eq!(
                    (e.kind(), e.message()),
                    (ErrorKind::Permission, "Cross-tenant access denied")
                );
            }
            for e in [
                err_of(new_tenant),
                err_of(bound.delete_tenant().tenant_id(theirs.id).send().await),
            ] {
                assert_eq!(
                    (e.kind(), e.message()),
                    (
                        ErrorKind::Permission,
                        "Tenant lifecycle operations require global admin"
                    )
                );
            }
            let tenants = bound.list_tenants().send().await.unwrap();
            assert_eq!(
                tenants.iter().map(|t| t.id).collect::<Vec<_>>(),
                vec![mine.id]
            );
            let projects = bound.list_projects().send().await.unwrap();
            assert!(projects.iter().all(|p| p.tenant_id == Some(mine.id)));
            assert!(projects.iter().any(|p| p.id == own.id));
            let runs: Vec<Run> = bounded(
                "list_runs stream",
                bound.list_runs().limit(1).stream().try_collect::<Vec<_>>(),
            )
            .await
            .unwrap();
            // Only this tenant's runs (see the note on reused project ids in the runs test).
            assert!(runs.iter().any(|r| r.id == my_run.id));
            assert!(runs
                .iter()
                .all(|r| r.id != their_run.id && !r.is_file_based()));
            let my_projects = [my_project.id, own.id];
            assert!(runs
                .iter()
                .all(|r| r.project_id.is_some_and(|p| my_projects.contains(&p))));
            if live.db.is_some() {
                assert_eq!(
                    runs.iter().map(|r| r.id.clone()).collect::<Vec<_>>(),
                    vec![my_run.id.clone()]
                );
            }
            // Not a global admin: an unknown run's timeline is a 404 here, and the helpers agree.
            let unknown = RunId::from(987_654_321i64);
            assert!(err_of(bound.get_run_timeline().run_id(&unknown).send().await).is_not_found());
            assert!(bound
                .poll_events(&unknown)
                .send()
                .await
                .unwrap_err()
                .is_not_found());
        } else {
            // 5.52.4 has no tenant isolation: the scope is an ordinary string.
            assert_eq!(theirs_project.unwrap().id, their_project.id);
            assert_eq!(theirs_run.unwrap().id, their_run.id);
            let t = new_tenant.unwrap();
            track(&made, |m| m.tenants.push(t.id));
        }
    })
    .await;
}
