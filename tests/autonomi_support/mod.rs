//! Shared fixtures of the Autonomi tests: a client for a loopback mock, and answers recorded
//! from the real control plane (5.52.4, see shared/reference/autonomi.md).
#![allow(dead_code)]

use std::time::Duration;

use agent_apis::autonomi::Client;
use agent_apis::RetryPolicy;
use httpmock::MockServer;

/// The token every test client sends. Shaped like a real key so that scrubbing applies.
pub const TOKEN: &str = "loki_test0123456789abcdefghijklmnopqrstuvw";

/// A client for `server` with the test token and fast retries.
pub fn client(server: &MockServer) -> Client {
    builder(server).build().expect("client")
}

/// The builder behind [`client`], for tests that change a setting.
pub fn builder(server: &MockServer) -> agent_apis::ClientBuilder<agent_apis::autonomi::Autonomi> {
    Client::builder()
        .base_url(server.base_url())
        .token(TOKEN)
        .retry_policy(RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(5),
            max_backoff: Duration::from_millis(20),
            max_retry_after: Duration::from_secs(60),
        })
}

pub const PROJECT: &str = r#"{"id":1,"name":"demo","description":"d","prd_path":null,"status":"active","created_at":"2026-11-22T13:27:29","updated_at":"2026-11-22T13:27:29","task_count":0,"completed_task_count":0}"#;

pub fn run(id: i64, status: &str, ended_at: Option<&str>) -> serde_json::Value {
    serde_json::json!({"id": id, "session_id": null, "project_id": 1, "status": status, "trigger": "manual",
        "config": null, "result_summary": null, "parent_run_id": null, "started_at": "2026-11-22T13:27:29",
        "ended_at": ended_at, "created_at": "2026-11-22T13:27:29", "events": []})
}

pub fn event(id: i64, event_type: &str) -> serde_json::Value {
    serde_json::json!({"id": id, "run_id": 1, "event_type": event_type, "phase": "act",
        "details": {"n": id}, "timestamp": format!("2026-11-22T13:27:{:02}", 10 + id)})
}

pub fn timeline(events: &[serde_json::Value]) -> serde_json::Value {
    serde_json::json!({"run_id": 1, "events": events, "duration_seconds": null})
}

pub const CREATED_KEY: &str = r#"{"id":"6e5d55eaff73","name":"ci","hash":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","salt":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","scopes":["read"],"created_at":"2026-11-22T13:27:29.398010+00:00","expires_at":null,"last_used":null,"revoked":false,"role":"viewer","token":"loki_RAWKEYxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}"#;

pub const AUDIT_ENTRY: &str = r#"{"timestamp":"2026-11-22T13:27:29.406931+00:00","action":"rotate","resource_type":"api_key","resource_id":"ci","user_id":null,"token_id":null,"ip_address":"127.0.0.1","user_agent":"curl/7.88.1","success":true,"error":null,"details":{"new_key_id":"048fcd6289bd"},"_integrity_hash":"cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"}"#;

// ---- Shapes server 9.22.12 sends (see shared/reference/autonomi-9.22.md), observed live.

/// A project as 9.22.12 answers it: the 5.52.4 shape plus `tenant_id`.
pub const PROJECT_922: &str = r#"{"id":1,"name":"demo","description":null,"prd_path":null,"status":"active","tenant_id":3,"created_at":"2026-12-01T07:21:49","updated_at":"2026-12-01T07:21:49","task_count":0,"completed_task_count":0}"#;

/// A file-based run of 9.22.12's `list_runs` fallback: a string id and no project.
pub fn file_run(id: &str, started_at: Option<&str>) -> serde_json::Value {
    serde_json::json!({"id": id, "status": "unknown", "started_at": started_at, "iterations": null,
        "cost_usd": null, "measured": false,
        "cost_note": "cost records are wiped at run start; only the current run has them",
        "current": false, "source": [".loki/metrics/trust-events.jsonl", ".loki/state/trust-run-id"],
        "freshness_s": 42})
}

/// 9.22.12's 200 answer to the timeline of a run it does not know.
pub fn placeholder_timeline(run_id: i64) -> serde_json::Value {
    serde_json::json!({"run_id": run_id, "phases": [], "current_phase": null, "events": []})
}
