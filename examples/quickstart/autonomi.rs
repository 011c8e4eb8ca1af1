//! Autonomi walk: status, a tenant and a project, a run and its events, API-key rotation,
//! audit — the seed guide's quickstart. Against an embedded mock unless `AUTONOMI_BASE_URL` is
//! set (with `AUTONOMI_TOKEN`, an admin key, when the server's auth is on).
//!
//! Against a real control plane the walk finishes on its own and leaves nothing behind that
//! the API can remove: every wait is bounded, the run it starts is cancelled when nothing
//! executes it (a bare control plane runs nothing), and the keys, project and tenant it made
//! are deleted at the end, also when a step failed. (No route deletes a run: the cancelled
//! run's record stays.)

use std::time::Duration;

use agent_apis::autonomi::mock::MockServerExt;
use agent_apis::autonomi::types::{self, ApiKeyRole, RunId};
use agent_apis::autonomi::Client;
use agent_apis::ErrorKind;
use futures::TryStreamExt;
use httpmock::MockServer;
use serde_json::json;

/// How long the walk follows the run's events before it cancels the run.
const FOLLOW_FOR: Duration = Duration::from_secs(5);
/// How long it waits for the run to end once cancelled.
const WAIT_FOR: Duration = Duration::from_secs(30);

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
    let mut made = Made::default();
    let outcome = steps(&client, &mut made).await;
    let cleaned = clean_up(&client, made).await;
    outcome?;
    cleaned
}

/// What the walk made on the server, removed at the end.
#[derive(Default)]
struct Made {
    tenant: Option<i64>,
    project: Option<i64>,
    keys: Vec<String>,
}

async fn steps(client: &Client, made: &mut Made) -> Result<(), Box<dyn std::error::Error>> {
    let status = client.get_status().send().await?;
    println!(
        "   status: {} (version {})",
        status.status.as_deref().unwrap_or("?"),
        status.version.as_deref().unwrap_or("?")
    );
    let suffix = unique_suffix();

    // 9.22 files every project under a tenant and requires `tenant_id`; 5.52 ignores it. A key
    // that may not create tenants (9.22: not a global admin) uses the first one it sees.
    let tenant_id = match client
        .create_tenant()
        .name(format!("quickstart-{suffix}"))
        .description("made by the agent-apis quickstart")
        .send()
        .await
    {
        Ok(tenant) => {
            made.tenant = Some(tenant.id);
            println!("   created tenant {} ({})", tenant.id, tenant.slug);
            tenant.id
        }
        Err(e) if e.kind() == ErrorKind::Permission => {
            let tenants = client.list_tenants().send().await?;
            let Some(tenant) = tenants.first() else {
                return Err(e.into());
            };
            println!("   may not create tenants; using tenant {}", tenant.id);
            tenant.id
        }
        Err(e) => return Err(e.into()),
    };
    let project = client
        .create_project()
        .name(format!("quickstart-{suffix}"))
        .description("made by the agent-apis quickstart")
        .tenant_id(tenant_id)
        .send()
        .await?;
    made.project = Some(project.id);
    println!("   created project {} ({})", project.id, project.name);
    let projects: Vec<types::Project> = client
        .list_projects()
        .limit(50)
        .stream()
        .try_collect()
        .await?;
    println!(
        "   {} projects, ours listed: {}",
        projects.len(),
        projects.iter().any(|p| p.id == project.id)
    );

    let run = client.create_run().project_id(project.id).send().await?;
    println!("   started run {} ({})", run.id, run.status);
    if !follow(client, &run.id).await? {
        // Nothing executed it within the bound: end it rather than leave it running.
        let cancelled = client.cancel_run().run_id(&run.id).send().await?;
        println!("   cancelled run {} ({})", cancelled.id, cancelled.status);
    }
    let finished = client
        .wait_for_run(&run.id)
        .interval(Duration::from_millis(200))
        .timeout(WAIT_FOR)
        .send()
        .await?;
    println!("   run {} finished: {}", finished.id, finished.status);

    let key = client
        .create_api_key()
        .name(format!("quickstart-ci-{suffix}"))
        .role(ApiKeyRole::Viewer)
        .send()
        .await?;
    made.keys.push(key.id.clone());
    println!(
        "   created API key {} (raw key shown once; Debug prints {:?})",
        key.id, key.token
    );
    let rotated = client
        .rotate_api_key()
        .identifier(&key.name)
        .grace_period_hours(1)
        .send()
        .await?;
    made.keys.push(rotated.new_key.id.clone());
    println!(
        "   rotated: new key {}, old key valid until {}",
        rotated.new_key.id, rotated.old_key_rotation_expires_at
    );

    let audit: Vec<types::AuditEntry> = client
        .query_audit()
        .action("rotate")
        .resource_type("api_key")
        .limit(100)
        .stream()
        .try_collect()
        .await?;
    for entry in audit
        .iter()
        .filter(|e| e.resource_id.as_deref() == Some(key.name.as_str()))
    {
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

/// Prints the run's events for at most [`FOLLOW_FOR`]; whether the run finished meanwhile.
async fn follow(client: &Client, run_id: &RunId) -> agent_apis::Result<bool> {
    let mut events = std::pin::pin!(client
        .run_events(run_id)
        .interval(Duration::from_millis(200))
        .timeout(FOLLOW_FOR)
        .stream());
    loop {
        match events.try_next().await {
            Ok(Some(event)) => println!(
                "   event {}: {} {}",
                event.id,
                event.event_type,
                event.phase.as_deref().unwrap_or("")
            ),
            Ok(None) => return Ok(true),
            Err(e) if e.kind() == ErrorKind::Timeout => {
                println!("   run {run_id} still running after {FOLLOW_FOR:?}");
                return Ok(false);
            }
            Err(e) => return Err(e),
        }
    }
}

/// Deletes what the walk made: keys, then the project, then the tenant. Something already
/// gone is fine; any other failure is reported after everything was tried.
async fn clean_up(client: &Client, made: Made) -> Result<(), Box<dyn std::error::Error>> {
    let mut results = Vec::new();
    for id in &made.keys {
        results.push(client.delete_api_key().identifier(id).send().await);
    }
    if let Some(id) = made.project {
        results.push(client.delete_project().project_id(id).send().await);
    }
    if let Some(id) = made.tenant {
        results.push(client.delete_tenant().tenant_id(id).send().await);
    }
    let failed: Vec<_> = results
        .into_iter()
        .filter_map(Result::err)
        .filter(|e| e.kind() != ErrorKind::NotFound)
        .collect();
    match failed.into_iter().next() {
        None => {
            println!("   cleaned up: keys, project and tenant deleted");
            Ok(())
        }
        Some(e) => Err(e.into()),
    }
}

/// Distinguishes this walk's names from earlier walks' on the same server.
fn unique_suffix() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    format!("{secs}-{}", std::process::id())
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
    server.delete_api_key(|_, then| {
        then.no_content();
    });
    server.delete_project(|_, then| {
        then.no_content();
    });
    server.delete_tenant(|_, then| {
        then.no_content();
    });
    Ok(server)
}
