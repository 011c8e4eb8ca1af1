//! Autonomi walk: status, projects, a run and its events, API-key rotation, audit — the seed
//! guide's quickstart. Against an embedded mock unless `AUTONOMI_BASE_URL` is set.

use std::time::Duration;

use agent_apis::autonomi::mock::MockServerExt;
use agent_apis::autonomi::types::{self, ApiKeyRole};
use agent_apis::autonomi::{Client, PollConfig};
use futures::TryStreamExt;
use httpmock::MockServer;
use serde_json::json;

pub async fn walk() -> Result<(), Box<dyn std::error::Error>> {
    println!("== Autonomi (Loki Mode control plane)");
    // Keep the mock alive for the whole walk.
    let (client, _mock) = match std::env::var("AUTONOMI_BASE_URL") {
        Ok(url) => {
            println!("   using the control plane at {url}");
            (Client::from_env()?, None)
        }
        Err(_) => {
            let server = embedded_control_plane().await?;
            let client = Client::builder()
                .base_url(server.base_url())
                .token("loki_quickstart_demo_token_0000")
                .build()?;
            (client, Some(server))
        }
    };

    let status = client.get_status().send().await?;
    println!(
        "   status: {} (version {})",
        status.status.as_deref().unwrap_or("?"),
        status.version.as_deref().unwrap_or("?")
    );

    // 9.22 files every project under a tenant and requires `tenant_id`; 5.52 ignores it.
    let tenant_id = match client.list_tenants().send().await?.first() {
        Some(tenant) => tenant.id,
        None => {
            client
                .create_tenant()
                .body_map(|b| b.name("quickstart"))
                .send()
                .await?
                .id
        }
    };
    let project = client
        .create_project()
        .body_map(|b| {
            b.name("quickstart")
                .description(Some("made by the agent-apis quickstart".to_string()))
                .tenant_id(Some(tenant_id))
        })
        .send()
        .await?;
    println!("   created project {} ({})", project.id, project.name);
    for p in client.list_projects().send().await?.iter() {
        println!("   project {}: {} [{}]", p.id, p.name, p.status);
    }

    let run = client
        .create_run()
        .body_map(|b| b.project_id(project.id))
        .send()
        .await?;
    println!("   started run {} ({})", run.id, run.status);
    let poll = PollConfig::new(Duration::from_millis(200), Duration::from_secs(2));
    let mut events = std::pin::pin!(client.run_events_with(&run.id, poll.clone()));
    while let Some(event) = events.try_next().await? {
        println!(
            "   event {}: {} {}",
            event.id,
            event.event_type,
            event.phase.as_deref().unwrap_or("")
        );
    }
    let finished = client
        .wait_for_run(&run.id, poll, Some(Duration::from_secs(60)))
        .await?;
    println!("   run {} finished: {}", finished.id, finished.status);

    let key = client
        .create_api_key()
        .body_map(|b| b.name("quickstart-ci").role(Some(ApiKeyRole::Viewer)))
        .send()
        .await?;
    println!(
        "   created API key {} (raw key shown once; Debug prints {:?})",
        key.id, key.token
    );
    let rotated = client
        .rotate_api_key()
        .identifier(key.name.clone())
        .body_map(|b| b.grace_period_hours(Some(24)))
        .send()
        .await?;
    println!(
        "   rotated: new key {}, old key valid until {}",
        rotated.new_key.id, rotated.old_key_rotation_expires_at
    );

    let audit: Vec<types::AuditEntry> = client
        .query_audit()
        .action("rotate")
        .stream(100)
        .try_collect()
        .await?;
    for entry in &audit {
        println!(
            "   audit: {} {} {} ok={}",
            entry.timestamp, entry.action, entry.resource_type, entry.success
        );
    }
    let verified = client.verify_audit().send().await?;
    println!(
        "   audit chain valid: {} ({} files)",
        verified.valid, verified.files_checked
    );
    Ok(())
}

/// An in-process control plane built from the spec's generated httpmock helpers, answering
/// with the shapes the real server (9.22.12) sends.
async fn embedded_control_plane() -> Result<MockServer, Box<dyn std::error::Error>> {
    let server = MockServer::start_async().await;
    let at = "2026-11-22T13:27:29";
    let project: types::Project = serde_json::from_value(json!({"id": 1, "name": "quickstart",
        "description": "made by the agent-apis quickstart", "prd_path": null, "status": "active",
        "tenant_id": 1, "created_at": at, "updated_at": at, "task_count": 0, "completed_task_count": 0}))?;
    let run = |status: &str, ended: Option<&str>| -> serde_json::Result<types::Run> {
        serde_json::from_value(
            json!({"id": 1, "session_id": null, "project_id": 1, "status": status,
            "trigger": "manual", "config": null, "result_summary": null, "parent_run_id": null,
            "started_at": at, "ended_at": ended, "created_at": at, "events": []}),
        )
    };
    let events: Vec<serde_json::Value> = ["reason", "act", "reflect", "verify"]
        .iter()
        .enumerate()
        .map(|(i, phase)| {
            json!({"id": i + 1, "run_id": 1, "event_type": "phase", "phase": phase,
            "details": null, "timestamp": format!("2026-11-22T13:27:{:02}", 30 + i)})
        })
        .collect();
    let timeline: types::RunTimeline =
        serde_json::from_value(json!({"run_id": 1, "events": events, "duration_seconds": 4.0}))?;
    let key: types::CreatedApiKey =
        serde_json::from_value(json!({"id": "6e5d55eaff73", "name": "quickstart-ci",
        "scopes": ["read"], "role": "viewer", "created_at": "2026-11-22T13:27:29.398010+00:00",
        "expires_at": null, "last_used": null, "revoked": false,
        "token": "loki_quickstartRawKeyxxxxxxxxxxxxxxxxxxxxxxxx"}))?;
    let rotated: types::RotatedApiKey =
        serde_json::from_value(json!({"new_key": {"id": "048fcd6289bd",
        "name": "quickstart-ci", "scopes": ["read"], "created_at": "2026-11-22T13:27:35+00:00"},
        "old_key_id": "6e5d55eaff73", "old_key_rotation_expires_at": "2026-11-23T13:27:35+00:00",
        "token": "loki_quickstartRotatedKeyxxxxxxxxxxxxxxxxxxxx"}))?;
    let audit: Vec<types::AuditEntry> = serde_json::from_value(
        json!([{"timestamp": "2026-11-22T13:27:35+00:00",
        "action": "rotate", "resource_type": "api_key", "resource_id": "quickstart-ci", "success": true}]),
    )?;
    let status: types::Status =
        serde_json::from_value(json!({"status": "running", "version": "9.22.12"}))?;
    let tenant: types::Tenant = serde_json::from_value(json!({"id": 1, "name": "quickstart",
        "slug": "quickstart", "description": null, "settings": null, "created_at": at, "updated_at": at}))?;
    let verified: types::AuditVerifyResult = serde_json::from_value(
        json!({"valid": true, "files_checked": 1,
        "results": [{"valid": true, "entries_checked": 1, "first_tampered_line": null, "file": "audit.jsonl"}]}),
    )?;

    server.get_status(|_, then| {
        then.ok(&status);
    });
    server.list_tenants(|_, then| {
        then.ok(&Vec::<types::Tenant>::new());
    });
    server.create_tenant(|_, then| {
        then.created(&tenant);
    });
    server.create_project(|_, then| {
        then.created(&project);
    });
    server.list_projects(|_, then| {
        then.ok(&vec![project.clone()]);
    });
    let running = run("running", None)?;
    server.create_run(|_, then| {
        then.created(&running);
    });
    let completed = run("completed", Some("2026-11-22T13:27:34.000000Z"))?;
    server.get_run(|when, then| {
        when.run_id(&1.into());
        then.ok(&completed);
    });
    server.get_run_timeline(|when, then| {
        when.run_id(&1.into());
        then.ok(&timeline);
    });
    server.create_api_key(|_, then| {
        then.created(&key);
    });
    server.rotate_api_key(|_, then| {
        then.ok(&rotated);
    });
    server.query_audit(|_, then| {
        then.ok(&audit);
    });
    server.verify_audit(|_, then| {
        then.ok(&verified);
    });
    Ok(server)
}
