//! One contract test per Autonomi operation: the request the SDK sends (method, path, query,
//! body, auth) and the decoding of an answer shaped like the real server's.
#![cfg(feature = "autonomi")]

mod autonomi_support;

use agent_apis::autonomi::mock::MockServerExt;
use agent_apis::autonomi::types::{
    ApiKeyRole, ProjectStatus, QueuePriority, RunStatus, TaskPriority, TaskStatus,
};
use autonomi_support::{
    client, event, run, timeline, AUDIT_ENTRY, CREATED_KEY, PROJECT, PROJECT_922, TOKEN,
};
use httpmock::{Method, MockServer};
use serde_json::json;

fn auth() -> String {
    format!("Bearer {TOKEN}")
}

#[tokio::test]
async fn get_status() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/status").header("authorization", auth());
        then.status(200).json_body(json!({"status":"running","version":"5.52.4","uptime_seconds":12.5,
            "active_sessions":1,"running_agents":2,"pending_tasks":3,"database_connected":true,"phase":"ACT",
            "iteration":4,"complexity":"standard","mode":"autonomous","provider":"claude","current_task":"t"}));
    });
    let s = client(&server).get_status().send().await.unwrap();
    m.assert_async().await;
    assert_eq!(s.version.as_deref(), Some("5.52.4"));
    assert_eq!(
        (s.running_agents, s.pending_tasks, s.database_connected),
        (Some(2), Some(3), Some(true))
    );
}

#[tokio::test]
async fn list_projects() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/projects")
            .query_param("status", "active");
        then.status(200).body(format!("[{PROJECT}]"));
    });
    let p = client(&server)
        .list_projects()
        .status(ProjectStatus::Active)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(p.len(), 1);
    assert_eq!((p[0].id, p[0].name.as_str()), (1, "demo"));
    assert_eq!(
        p[0].created_at.to_utc().unwrap().to_rfc3339(),
        "2026-11-22T13:27:29+00:00"
    );
}

#[tokio::test]
async fn get_project() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/projects/1");
        then.status(200).body(PROJECT);
    });
    let p = client(&server)
        .get_project()
        .project_id(1)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(p.description.as_deref(), Some("d"));
    assert_eq!(p.status, ProjectStatus::Active);
}

#[tokio::test]
async fn create_project() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/projects")
            .json_body(json!({"name":"demo","description":"d"}));
        then.status(201).body(PROJECT);
    });
    let p = client(&server)
        .create_project()
        .name("demo")
        .description("d")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!((p.id, p.task_count), (1, Some(0)));
}

#[tokio::test]
async fn list_tenants() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/v2/tenants");
        then.status(200).json_body(
            json!([{"id":1,"name":"Acme","slug":"acme","description":null,"settings":null,
            "created_at":"2026-11-22T13:27:29","updated_at":"2026-11-22T13:27:29"}]),
        );
    });
    let t = client(&server).list_tenants().send().await.unwrap();
    m.assert_async().await;
    assert_eq!((t[0].id, t[0].slug.as_str()), (1, "acme"));
}

#[tokio::test]
async fn get_tenant() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/v2/tenants/1");
        then.status(200).json_body(
            json!({"id":1,"name":"Acme","slug":"acme","description":"x","settings":{"tier":"gold"},
            "created_at":"2026-11-22T13:27:29","updated_at":"2026-11-22T13:27:29"}),
        );
    });
    let t = client(&server)
        .get_tenant()
        .tenant_id(1)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        t.settings
            .as_ref()
            .and_then(|s| s.get("tier"))
            .and_then(|v| v.as_str()),
        Some("gold")
    );
}

#[tokio::test]
async fn create_tenant() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/v2/tenants")
            .json_body(json!({"name":"Acme","description":"first"}));
        then.status(201).json_body(
            json!({"id":1,"name":"Acme","slug":"acme","description":"first","settings":null,
            "created_at":"2026-11-22T13:27:29","updated_at":"2026-11-22T13:27:29"}),
        );
    });
    let t = client(&server)
        .create_tenant()
        .name("Acme")
        .description("first")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(t.name, "Acme");
    assert!(t.settings.is_none());
}

#[tokio::test]
async fn delete_tenant() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::DELETE).path("/api/v2/tenants/4");
        then.status(204);
    });
    let r = client(&server)
        .delete_tenant()
        .tenant_id(4)
        .send_with_response()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(r.status().as_u16(), 204);
}

#[tokio::test]
async fn create_run() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/v2/runs")
            .json_body(json!({"project_id":1,"trigger":"manual"}));
        then.status(201).json_body(run(1, "running", None));
    });
    let r = client(&server)
        .create_run()
        .project_id(1)
        .trigger("manual")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        (r.id.clone(), r.status.clone()),
        (1.into(), RunStatus::Running)
    );
    assert!(!r.is_finished());
}

#[tokio::test]
async fn list_runs() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/v2/runs")
            .query_param("project_id", "1")
            .query_param("status", "running")
            .query_param("limit", "50")
            .query_param("offset", "0");
        then.status(200)
            .json_body(json!([run(1, "running", None), run(2, "running", None)]));
    });
    let runs = client(&server)
        .list_runs()
        .project_id(1)
        .status(RunStatus::Running)
        .limit(50)
        .offset(0)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        runs.iter().map(|r| r.id.clone()).collect::<Vec<_>>(),
        vec![1, 2]
    );
}

#[tokio::test]
async fn get_run() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/v2/runs/1");
        let mut body = run(1, "completed", Some("2026-11-22T13:27:29.360192Z"));
        body["events"] = json!([event(1, "start")]);
        then.status(200).json_body(body);
    });
    let r = client(&server).get_run().run_id(1).send().await.unwrap();
    m.assert_async().await;
    assert_eq!(r.status, RunStatus::Completed);
    assert_eq!(r.events[0].event_type, "start");
    assert!(r.is_finished());
}

#[tokio::test]
async fn cancel_run() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST).path("/api/v2/runs/1/cancel");
        then.status(200)
            .json_body(run(1, "cancelled", Some("2026-11-22T13:27:29.360192Z")));
    });
    let r = client(&server).cancel_run().run_id(1).send().await.unwrap();
    m.assert_async().await;
    assert_eq!(r.status, RunStatus::Cancelled);
    assert_eq!(
        r.ended_at.as_ref().map(|t| t.as_str()),
        Some("2026-11-22T13:27:29.360192Z")
    );
}

#[tokio::test]
async fn replay_run() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST).path("/api/v2/runs/1/replay");
        let mut body = run(2, "replaying", None);
        body["trigger"] = json!("replay");
        body["parent_run_id"] = json!(1);
        then.status(200).json_body(body);
    });
    let r = client(&server).replay_run().run_id(1).send().await.unwrap();
    m.assert_async().await;
    assert_eq!(
        (r.id.clone(), r.parent_run_id.clone(), r.status.clone()),
        (2.into(), Some(1.into()), RunStatus::Replaying)
    );
}

#[tokio::test]
async fn get_run_timeline() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/v2/runs/1/timeline");
        let mut body = timeline(&[event(1, "start"), event(2, "phase")]);
        body["duration_seconds"] = json!(4.5);
        then.status(200).json_body(body);
    });
    let t = client(&server)
        .get_run_timeline()
        .run_id(1)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(t.events.len(), 2);
    assert_eq!(t.duration_seconds, Some(4.5));
    assert_eq!(
        t.events[1].details.as_ref().and_then(|d| d.get("n")),
        Some(&json!(2))
    );
}

#[tokio::test]
async fn list_api_keys() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/v2/api-keys");
        then.status(200).json_body(json!([{"id":"6e5d55eaff73","name":"ci","scopes":["read"],"role":"viewer",
            "created_at":"2026-11-22T13:27:29.398010+00:00","expires_at":null,"last_used":null,"revoked":false}]));
    });
    let keys = client(&server).list_api_keys().send().await.unwrap();
    m.assert_async().await;
    assert_eq!(
        (keys[0].id.as_str(), keys[0].role.clone()),
        ("6e5d55eaff73", Some(ApiKeyRole::Viewer))
    );
    assert_eq!(keys[0].scopes, vec!["read".to_string()]);
}

#[tokio::test]
async fn create_api_key() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/v2/api-keys")
            .json_body(json!({"name":"ci","role":"viewer"}));
        then.status(201).body(CREATED_KEY);
    });
    let k = client(&server)
        .create_api_key()
        .name("ci")
        .role(ApiKeyRole::Viewer)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        k.token.expose_secret(),
        "loki_RAWKEYxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    );
    assert_eq!(k.name, "ci");
    // hash and salt are not modelled: they cannot come back out.
    let again = serde_json::to_string(&k).unwrap();
    assert!(
        !again.contains("aaaaaaaa") && !again.contains("bbbbbbbb"),
        "{again}"
    );
}

#[tokio::test]
async fn rotate_api_key() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST).path("/api/v2/api-keys/ci-pipeline/rotate").json_body(json!({"grace_period_hours":24}));
        then.status(200).json_body(json!({"new_key":{"id":"048fcd6289bd","name":"ci-pipeline","scopes":["read"],
            "created_at":"2026-11-22T13:27:29.398010+00:00","revoked":false},"old_key_id":"6e5d55eaff73",
            "old_key_rotation_expires_at":"2026-11-23T13:27:29.398010+00:00","token":"loki_NEWKEYyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"}));
    });
    let r = client(&server)
        .rotate_api_key()
        .identifier("ci-pipeline")
        .grace_period_hours(24)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        (r.old_key_id.as_str(), r.new_key.id.as_str()),
        ("6e5d55eaff73", "048fcd6289bd")
    );
    assert!(r.token.expose_secret().starts_with("loki_NEWKEY"));
}

#[tokio::test]
async fn delete_api_key() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::DELETE)
            .path("/api/v2/api-keys/6e5d55eaff73");
        then.status(204);
    });
    client(&server)
        .delete_api_key()
        .identifier("6e5d55eaff73")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
}

#[tokio::test]
async fn query_audit() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/v2/audit")
            .query_param("start_date", "2026-02-01")
            .query_param("end_date", "2026-02-28")
            .query_param("action", "rotate")
            .query_param("resource_type", "api_key")
            .query_param("limit", "2");
        then.status(200).body(format!("[{AUDIT_ENTRY}]"));
    });
    let date = |d: &str| d.parse::<chrono::NaiveDate>().unwrap();
    let entries = client(&server)
        .query_audit()
        .start_date(date("2026-02-01"))
        .end_date(date("2026-02-28"))
        .action("rotate")
        .resource_type("api_key")
        .limit(2)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    let e = &entries[0];
    assert!(e.success);
    assert_eq!(
        (e.action.as_str(), e.resource_id.as_deref()),
        ("rotate", Some("ci"))
    );
    assert_eq!(e.integrity_hash.as_deref().map(str::len), Some(64));
}

#[tokio::test]
async fn verify_audit() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/v2/audit/verify");
        then.status(200).json_body(
            json!({"valid":true,"files_checked":1,"results":[{"valid":true,"entries_checked":5,
            "first_tampered_line":null,"file":"audit-2026-11-22.jsonl"}]}),
        );
    });
    let v = client(&server).verify_audit().send().await.unwrap();
    m.assert_async().await;
    assert!(v.valid);
    assert_eq!((v.files_checked, v.results[0].entries_checked), (1, 5));
}

fn task_json(status: &str) -> serde_json::Value {
    json!({"id":7,"project_id":1,"title":"Implement auth module","description":"Add JWT-based authentication",
        "status":status,"priority":"high","position":0,"assigned_agent_id":null,"parent_task_id":null,
        "estimated_duration":null,"actual_duration":null,"created_at":"2026-11-22T13:27:29",
        "updated_at":"2026-11-22T13:27:29","completed_at":null})
}

#[tokio::test]
async fn list_tasks() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/tasks").query_param("project_id", "1").query_param("status", "pending");
        then.status(200).json_body(json!([{"id":"pending-0","title":"t","status":"pending","priority":"medium","type":"feature","position":0},
            {"id":3,"title":"u","status":"pending"}]));
    });
    let tasks = client(&server)
        .list_tasks()
        .project_id(1)
        .status(TaskStatus::Pending)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(tasks.len(), 2);
    assert_eq!(tasks[0].id, json!("pending-0"));
    assert_eq!(tasks[1].id, json!(3));
    assert!(matches!(
        &tasks[0].priority,
        Some(QueuePriority::Level(TaskPriority::Medium))
    ));
}

/// Queue items carry the priority their file holds: the engine's queue format documents numbers
/// (`1`-`10`), which both server versions pass through. Every form decodes, and serializes back
/// as it was sent.
#[tokio::test]
async fn list_tasks_keeps_every_priority_form() {
    let server = MockServer::start_async().await;
    let items = json!([
        {"id":"q-1","title":"a","status":"pending","priority":5},
        {"id":"q-2","title":"b","status":"pending","priority":"urgent"},
        {"id":"q-3","title":"c","status":"pending","priority":2.5},
        {"id":"q-4","title":"d","status":"pending","priority":null},
        {"id":"q-5","title":"e","status":"pending","priority":"low"}
    ]);
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/tasks");
        then.status(200).json_body(items.clone());
    });
    let tasks = client(&server).list_tasks().send().await.unwrap();
    m.assert_async().await;
    let priorities: Vec<_> = tasks.iter().map(|t| t.priority.clone()).collect();
    assert!(matches!(priorities[0], Some(QueuePriority::Number(5))));
    assert!(
        matches!(&priorities[1], Some(QueuePriority::Level(TaskPriority::Unknown(s))) if s == "urgent")
    );
    assert!(matches!(&priorities[2], Some(QueuePriority::Other(v)) if *v == json!(2.5)));
    assert!(priorities[3].is_none());
    assert!(matches!(
        priorities[4],
        Some(QueuePriority::Level(TaskPriority::Low))
    ));
    for (task, item) in tasks.iter().zip(items.as_array().unwrap()) {
        let back = serde_json::to_value(task).unwrap();
        assert_eq!(
            back.get("priority"),
            item.get("priority").filter(|p| !p.is_null())
        );
    }
}

#[tokio::test]
async fn get_task() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/tasks/7");
        then.status(200).json_body(task_json("backlog"));
    });
    let t = client(&server).get_task().task_id(7).send().await.unwrap();
    m.assert_async().await;
    assert_eq!(
        (t.status.clone(), t.priority.clone()),
        (TaskStatus::Backlog, TaskPriority::High)
    );
}

#[tokio::test]
async fn create_task() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/tasks")
            .json_body(json!({"project_id":1,"title":"Implement auth module",
            "description":"Add JWT-based authentication","priority":"high"}));
        then.status(201).json_body(task_json("pending"));
    });
    let t = client(&server)
        .create_task()
        .project_id(1)
        .title("Implement auth module")
        .description("Add JWT-based authentication")
        .priority(TaskPriority::High)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!((t.id, t.title.as_str()), (7, "Implement auth module"));
}

#[tokio::test]
async fn update_task() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        // Only the changed field is sent: the server would apply an explicit null.
        when.method(Method::PUT)
            .path("/api/tasks/7")
            .json_body(json!({"status":"in_progress"}));
        then.status(200).json_body(task_json("in_progress"));
    });
    let t = client(&server)
        .update_task()
        .task_id(7)
        .status(TaskStatus::InProgress)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(t.status, TaskStatus::InProgress);
}

#[tokio::test]
async fn list_sessions() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/projects/1/sessions");
        then.status(200).json_body(
            json!([{"id":5,"project_id":1,"status":"active","started_at":"2026-11-22T13:27:29"}]),
        );
    });
    let s = client(&server)
        .list_sessions()
        .project_id(1)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].project_id, Some(1));
}

#[tokio::test]
async fn get_session_on_a_server_that_does_not_serve_it_is_not_found() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/sessions/5");
        then.status(404).json_body(json!({"detail":"Not Found"}));
    });
    let err = client(&server)
        .get_session()
        .session_id(5)
        .send()
        .await
        .unwrap_err();
    m.assert_async().await;
    assert!(err.is_not_found());
    assert_eq!(err.message(), "Not Found");
}

#[tokio::test]
async fn typed_mock_helpers_match_the_operations() {
    // The `mock` feature's generated helpers, as a downstream user would use them.
    let server = MockServer::start_async().await;
    let project: agent_apis::autonomi::types::Project = serde_json::from_str(PROJECT).unwrap();
    let m = server.get_project(|when, then| {
        when.project_id(1);
        then.ok(&project);
    });
    let got = client(&server)
        .get_project()
        .project_id(1)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        serde_json::to_value(got).unwrap(),
        serde_json::to_value(&project).unwrap()
    );
}

// ------------------------------------------------------------------------------------------
// Server 9.22.12: the wire shapes that differ from 5.52.4 (observed live, see
// shared/reference/autonomi-9.22.md). Every test above is the 5.52.4 shape.

#[tokio::test]
async fn get_status_922_types_the_new_fields_and_exposes_the_version() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/status");
        then.status(200).json_body(json!({"status":"running","version":"9.22.12","uptime_seconds":3.4,
            "active_sessions":1,"running_agents":0,"pending_tasks":0,"database_connected":true,
            "execution_os":"linux","execution_cpu":"x64","execution_libc":"glibc","phase":"","iteration":0,
            "complexity":"standard","mode":"","provider":"claude","current_task":"","claude_session_id":"",
            "claude_session_mode":"","current_run_id":"run-1764575000-4242-ab12",
            "sessions":[{"session_id":"global","pid":15059,"status":"running","log_file":"","extra":1}],
            "a_field_from_the_future":{"x":1}}));
    });
    let s = client(&server).get_status().send().await.unwrap();
    m.assert_async().await;
    assert_eq!(
        s.server_version(),
        Some(agent_apis::autonomi::ServerVersion::new(9, 22, 12))
    );
    assert_eq!(
        (
            s.execution_os.as_deref(),
            s.execution_cpu.as_deref(),
            s.execution_libc.as_deref()
        ),
        (Some("linux"), Some("x64"), Some("glibc"))
    );
    assert_eq!(
        s.current_run_id.as_deref(),
        Some("run-1764575000-4242-ab12")
    );
    assert_eq!(s.sessions.len(), 1);
    assert_eq!(
        (s.sessions[0].session_id.as_deref(), s.sessions[0].pid),
        (Some("global"), Some(15059))
    );
}

#[tokio::test]
async fn get_status_552_version_parses_too() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.path("/api/status");
        then.status(200)
            .json_body(json!({"status":"running","version":"5.52.4","uptime_seconds":5.5}));
    });
    let s = client(&server).get_status().send().await.unwrap();
    let v = s.server_version().unwrap();
    assert_eq!(v.to_string(), "5.52.4");
    assert!(v < agent_apis::autonomi::ServerVersion::new(9, 0, 0));
    assert!(s.sessions.is_empty());
}

#[tokio::test]
async fn list_projects_922_pages_and_decodes_tenant_ids() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/projects")
            .query_param("limit", "10")
            .query_param("offset", "20");
        then.status(200).body(format!("[{PROJECT_922}]"));
    });
    let p = client(&server)
        .list_projects()
        .limit(10)
        .offset(20)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!((p[0].id, p[0].tenant_id), (1, Some(3)));
}

#[tokio::test]
async fn create_project_sends_tenant_id_when_given() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/projects")
            .json_body(json!({"name":"demo","tenant_id":3}));
        then.status(201).body(PROJECT_922);
    });
    let p = client(&server)
        .create_project()
        .name("demo")
        .tenant_id(3)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(p.tenant_id, Some(3));
    // 5.52.4's answer has no tenant_id: still a project.
    let old: agent_apis::autonomi::types::Project = serde_json::from_str(PROJECT).unwrap();
    assert_eq!(old.tenant_id, None);
}

#[tokio::test]
async fn create_project_without_tenant_id_on_922_is_a_validation_error_naming_the_field() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::POST).path("/api/projects");
        then.status(422).json_body(
            json!({"detail":[{"type":"missing","loc":["body","tenant_id"],
            "msg":"Field required","input":{"name":"demo"}}]}),
        );
    });
    let err = client(&server)
        .create_project()
        .name("demo")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), agent_apis::ErrorKind::Validation);
    assert_eq!(err.message(), "body.tenant_id: Field required");
}

#[tokio::test]
async fn cross_tenant_access_is_a_permission_error_with_the_servers_message() {
    let server = MockServer::start_async().await;
    for path in ["/api/projects/2", "/api/v2/runs/5"] {
        server.mock(|when, then| {
            when.method(Method::GET).path(path);
            then.status(403)
                .json_body(json!({"detail":"Cross-tenant access denied"}));
        });
    }
    let c = client(&server);
    let project = c.get_project().project_id(2).send().await.unwrap_err();
    let run = c.get_run().run_id(5).send().await.unwrap_err();
    for err in [project, run] {
        assert_eq!(err.kind(), agent_apis::ErrorKind::Permission);
        assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
        assert_eq!(err.message(), "Cross-tenant access denied");
    }
}

#[tokio::test]
async fn tenant_lifecycle_without_global_admin_is_a_permission_error() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.path_matches("^/api/v2/tenants");
        then.status(403)
            .json_body(json!({"detail":"Tenant lifecycle operations require global admin"}));
    });
    let c = client(&server);
    let create = c.create_tenant().name("Acme").send().await.unwrap_err();
    let delete = c.delete_tenant().tenant_id(1).send().await.unwrap_err();
    for err in [create, delete] {
        assert_eq!(err.kind(), agent_apis::ErrorKind::Permission);
        assert_eq!(
            err.message(),
            "Tenant lifecycle operations require global admin"
        );
    }
}

#[tokio::test]
async fn the_922_not_found_body_error_path_is_not_found_with_its_message() {
    let server = MockServer::start_async().await;
    for (path, body) in [
        (
            "/api/sessions/5",
            json!({"error":"Not Found","path":"/api/sessions/5"}),
        ),
        (
            "/api/projects/1/sessions",
            json!({"error":"Not Found","path":"/api/projects/1/sessions"}),
        ),
    ] {
        server.mock(|when, then| {
            when.method(Method::GET).path(path);
            then.status(404).json_body(body);
        });
    }
    let c = client(&server);
    let one = c.get_session().session_id(5).send().await.unwrap_err();
    let all = c.list_sessions().project_id(1).send().await.unwrap_err();
    for err in [one, all] {
        assert!(err.is_not_found(), "{err:?}");
        assert_eq!(err.message(), "Not Found");
    }
}

#[tokio::test]
async fn list_runs_decodes_922_file_based_runs_with_string_ids() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/v2/runs");
        then.status(200).json_body(json!([
            autonomi_support::file_run("run-1764575000-4242-ab12", Some("2026-12-01T07:20:00Z")),
            autonomi_support::file_run("run-1764570000-17-cd34", None)
        ]));
    });
    let runs = client(&server).list_runs().send().await.unwrap();
    m.assert_async().await;
    let r = &runs[0];
    assert!(r.is_file_based());
    assert_eq!(r.id, "run-1764575000-4242-ab12");
    assert_eq!(r.id.as_text(), Some("run-1764575000-4242-ab12"));
    assert_eq!(r.id.as_i64(), None);
    assert_eq!(
        (r.project_id, r.trigger.clone(), r.created_at.clone()),
        (None, None, None)
    );
    assert_eq!(
        r.status,
        RunStatus::Unknown("unknown".to_string()),
        "an engine status this SDK does not know still decodes"
    );
    assert_eq!(
        r.started_at.as_ref().map(|t| t.as_str()),
        Some("2026-12-01T07:20:00Z")
    );
    assert_eq!((r.measured, r.freshness_s), (Some(false), Some(42)));
    assert_eq!(r.source.as_ref().map(Vec::len), Some(2));
    assert!(runs[1].started_at.is_none());
    // The id goes back out exactly as it came in.
    assert_eq!(
        serde_json::to_value(&runs[0]).unwrap()["id"],
        json!("run-1764575000-4242-ab12")
    );
    // A database run's id is still an integer, and compares like one.
    let db: agent_apis::autonomi::types::Run =
        serde_json::from_value(run(7, "running", None)).unwrap();
    assert!(!db.is_file_based());
    assert_eq!(db.id, 7);
    assert_eq!(serde_json::to_value(&db).unwrap()["id"], json!(7));
}

#[tokio::test]
async fn a_string_run_id_goes_into_the_path_as_is_and_the_servers_422_is_a_validation_error() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/v2/runs/run-17-ab");
        then.status(422).json_body(json!({"detail":[{"type":"int_parsing","loc":["path","run_id"],
            "msg":"Input should be a valid integer, unable to parse string as an integer","input":"run-17-ab"}]}));
    });
    let err = client(&server)
        .get_run()
        .run_id("run-17-ab")
        .send()
        .await
        .unwrap_err();
    m.assert_async().await;
    assert_eq!(err.kind(), agent_apis::ErrorKind::Validation);
    assert!(err.message().starts_with("path.run_id: "), "{err}");
}

#[tokio::test]
async fn get_run_timeline_decodes_the_922_placeholder_for_an_unknown_run() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::GET).path("/api/v2/runs/999/timeline");
        then.status(200)
            .json_body(autonomi_support::placeholder_timeline(999));
    });
    let t = client(&server)
        .get_run_timeline()
        .run_id(999)
        .send()
        .await
        .unwrap();
    assert_eq!(t.run_id, 999);
    assert!(t.events.is_empty() && t.phases.is_empty());
    assert_eq!((t.current_phase.clone(), t.duration_seconds), (None, None));
}

#[tokio::test]
async fn create_api_key_with_a_tenant_scope() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/v2/api-keys")
            .json_body(json!({"name":"acme-ci","scopes":["read","control","tenant:3"]}));
        then.status(201).json_body(json!({"id":"0a1b2c3d4e5f","name":"acme-ci","hash":"aaaa","salt":"bbbb",
            "scopes":["read","control","tenant:3"],"created_at":"2026-12-01T07:21:49.398010+00:00",
            "expires_at":null,"last_used":null,"revoked":false,"role":null,"token":"loki_TENANTKEYzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"}));
    });
    let k = client(&server)
        .create_api_key()
        .name("acme-ci")
        .scopes(["read", "control", "tenant:3"])
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert!(k.scopes.iter().any(|s| s == "tenant:3"));
    assert_eq!(k.role, None);
}

#[tokio::test]
async fn verify_audit_922_types_the_new_fields() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::GET).path("/api/v2/audit/verify");
        then.status(200).json_body(json!({"valid":false,"files_checked":2,"files_skipped":1,
            "entries_checked":9,"genesis_file":"/srv/.loki/dashboard/audit/audit-2026-11-30.jsonl",
            "first_tampered_file":"audit-2026-12-01.jsonl","first_tampered_line":4,
            "results":[{"file":"audit-2026-11-29.jsonl","valid":true,"skipped_pre_integrity":true,"entries_checked":0},
                {"valid":true,"entries_checked":5,"first_tampered_line":null,"last_hash":"564f","file":"audit-2026-11-30.jsonl"},
                {"valid":false,"entries_checked":4,"first_tampered_line":4,"last_hash":"9e2a","file":"audit-2026-12-01.jsonl"}]}));
    });
    let v = client(&server).verify_audit().send().await.unwrap();
    assert!(!v.valid);
    assert_eq!(
        (v.files_checked, v.files_skipped, v.entries_checked),
        (2, Some(1), Some(9))
    );
    assert_eq!(
        v.genesis_file.as_deref(),
        Some("/srv/.loki/dashboard/audit/audit-2026-11-30.jsonl")
    );
    assert_eq!(
        (v.first_tampered_file.as_deref(), v.first_tampered_line),
        (Some("audit-2026-12-01.jsonl"), Some(4))
    );
    assert_eq!(v.results[0].skipped_pre_integrity, Some(true));
    assert_eq!(v.results[1].last_hash.as_deref(), Some("564f"));
    assert_eq!(v.results[2].first_tampered_line, Some(4));
}

// ------------------------------------------------------------------------------------------
// The one call style: response metadata, a whole body, and what is refused before sending.

#[tokio::test]
async fn delete_project() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::DELETE)
            .path("/api/projects/4")
            .header("authorization", auth());
        then.status(204);
    });
    client(&server)
        .delete_project()
        .project_id(4)
        .send()
        .await
        .unwrap();
    m.assert_async().await;

    let gone = MockServer::start_async().await;
    gone.mock(|when, then| {
        when.method(Method::DELETE).path("/api/projects/4");
        then.status(404)
            .json_body(json!({"detail":"Project not found"}));
    });
    let err = client(&gone)
        .delete_project()
        .project_id(4)
        .send()
        .await
        .unwrap_err();
    assert!(err.is_not_found());
    assert_eq!(err.message(), "Project not found");
}

#[tokio::test]
async fn send_with_response_returns_status_headers_request_id_and_the_payload() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::POST).path("/api/projects");
        then.status(201)
            .header("x-request-id", "req-42")
            .header("x-served-by", "loki")
            .body(PROJECT);
    });
    let r = client(&server)
        .create_project()
        .name("demo")
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
    assert_eq!(r.request_id().as_deref(), Some("req-42"));
    assert_eq!(
        r.headers().get("x-served-by").and_then(|v| v.to_str().ok()),
        Some("loki")
    );
    assert_eq!(r.payload().name, "demo");
    assert_eq!(r.into_payload().id, 1);
}

#[tokio::test]
async fn a_whole_body_can_be_given_at_once() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/projects")
            .json_body(json!({"name":"demo","description":"d","tenant_id":3}));
        then.status(201).body(PROJECT_922);
    });
    let body: agent_apis::autonomi::types::CreateProjectRequest =
        serde_json::from_value(json!({"name":"demo","description":"d","tenant_id":3})).unwrap();
    let p = client(&server)
        .create_project()
        .body(body)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(p.tenant_id, Some(3));
}

#[tokio::test]
async fn a_missing_required_field_is_invalid_request_and_nothing_is_sent() {
    let server = MockServer::start_async().await;
    let any = server.mock(|when, then| {
        when.path_matches(".*");
        then.status(500);
    });
    let c = client(&server);
    // A body without its required `name`.
    let no_name = c
        .create_project()
        .description("d")
        .send()
        .await
        .unwrap_err();
    // A path parameter never set.
    let no_run_id = c.get_run().send().await.unwrap_err();
    // A body without its required `project_id`.
    let no_project = c.create_run().trigger("manual").send().await.unwrap_err();
    for (err, field) in [
        (no_name, "name"),
        (no_run_id, "run_id"),
        (no_project, "project_id"),
    ] {
        assert_eq!(err.kind(), agent_apis::ErrorKind::InvalidRequest, "{err}");
        assert!(err.message().contains(field), "{err}");
        assert!(err.status().is_none());
    }
    assert_eq!(any.calls_async().await, 0, "nothing reached the server");
}
