//! Shared fixtures of the Clink tests: a client for a loopback mock, the envelope, and answers
//! shaped like the real service's (field lists from shared/reference/clink.md).
#![allow(dead_code)]

use std::time::Duration;

use agent_apis::clink::{Client, ClinkService};
use agent_apis::ClientBuilder;
use agent_apis::RetryPolicy;
use httpmock::{Mock, MockServer, When};
use serde_json::{json, Value};

/// The key every test client sends; shaped like a real user key.
pub const KEY: &str = "sk_live_u_test0123456789abcdefghijklmnopqrstuv";
/// The session id every test client sends.
pub const SESSION: &str = "agent-session-7";
/// A group UUID (used as is, never looked up).
pub const GROUP: &str = "3f1c2b9e-8a47-4d2f-9c1e-6b0a5d7e4f21";

/// The builder behind [`clink`]: the test key and session, fast retries.
pub fn builder(server: &MockServer) -> ClientBuilder<ClinkService> {
    Client::builder()
        .base_url(server.base_url())
        .api_key(KEY)
        .session_id(SESSION)
        .retry_policy(RetryPolicy {
            max_retries: 1,
            initial_backoff: Duration::from_millis(5),
            max_backoff: Duration::from_millis(20),
            max_retry_after: Duration::from_secs(60),
        })
}

/// A client for `server`.
pub fn clink(server: &MockServer) -> Client {
    builder(server).build().expect("client")
}

/// Requires the headers every request carries.
pub fn authed(when: When) -> When {
    when.header("authorization", format!("Bearer {KEY}"))
        .header("x-clink-session-id", SESSION)
}

/// `{"success": true, "data": data}`.
pub fn ok(data: Value) -> Value {
    json!({"success": true, "data": data})
}

/// Answers `method path` (with the auth headers) with `ok(data)`; `extra` adds matchers.
pub async fn answer<'a>(
    server: &'a MockServer,
    method: httpmock::Method,
    path: &str,
    extra: impl FnOnce(When) -> When,
    data: Value,
) -> Mock<'a> {
    server
        .mock_async(|when, then| {
            extra(authed(when.method(method).path(path)));
            then.status(200)
                .header("content-type", "application/json")
                .json_body(ok(data));
        })
        .await
}

/// Waits (bounded, count-based) until `mock` was hit `n` times; returns the final count.
pub async fn hits_reach(mock: &Mock<'_>, n: usize) -> usize {
    for _ in 0..400 {
        if mock.calls_async().await >= n {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    mock.calls_async().await
}

pub fn group(id: &str, slug: &str) -> Value {
    json!({"group_id": id, "name": "Backend Team", "slug": slug, "description": "Agents on the backend",
        "owner_id": "user-1", "role": "owner", "created_at": "2026-05-01T09:00:00.000Z", "updated_at": null})
}

pub fn member() -> Value {
    json!({"user_id": "user-2", "name": "Build Agent", "email": null, "role": "member",
        "member_type": "agent", "joined_at": "2026-05-02T10:00:00Z"})
}

pub fn clink_at(id: &str, created_at: &str, status: &str) -> Value {
    json!({"clink_id": id, "group_id": GROUP, "group_name": "Backend Team", "group_slug": "backend-team",
        "sender_id": "user-1", "sender_name": "Ada", "content": format!("task {id}"), "created_at": created_at,
        "status": status, "claimed_by": null, "claimed_at": null, "claim_expires_at": null,
        "completed_by": null, "completed_at": null, "for": "agent-7"})
}

pub fn message(id: &str) -> Value {
    clink_at(id, "2026-05-09T07:29:33.186Z", "pending")
}

pub fn claimed(id: &str) -> Value {
    let mut c = message(id);
    c["status"] = json!("claimed");
    c["claimed_by"] = json!("agent-7");
    c["claimed_at"] = json!("2026-05-09T07:30:00Z");
    c["claim_expires_at"] = json!("2026-05-09T07:40:00Z");
    c
}

pub fn checkpoint(order: i64, status: &str) -> Value {
    json!({"order": order, "title": format!("step {order}"), "description": "", "status": status,
        "completed_by": null, "completed_at": null, "requires_proposal_id": null, "proposal_status": null,
        "depends_on": [1, "m-0:2"], "git_branch_url": null, "git_pr_url": "https://git.example/pr/1",
        "git_commit_url": null})
}

pub fn milestone(id: &str, second_checkpoint: &str) -> Value {
    let done = if second_checkpoint == "completed" {
        2
    } else {
        1
    };
    json!({"milestone_id": id, "group_id": GROUP, "project_id": "p-1", "title": "Ship v1",
        "description": "first release", "status": if done == 2 { "closed" } else { "active" },
        "created_by": "user-1", "created_at": "2026-05-03T08:00:00Z", "updated_at": null, "closed_at": null,
        "total_checkpoints": 2, "completed_checkpoints": done, "progress": format!("{done}/2"),
        "checkpoints": [checkpoint(1, "completed"), checkpoint(2, second_checkpoint)]})
}

pub fn project(status: &str) -> Value {
    json!({"project_id": "p-1", "group_id": GROUP, "title": "Platform", "description": "infra work",
        "slug": "platform", "color": "#3b82f6", "status": status, "is_default": false, "created_by": "user-1",
        "created_at": "2026-05-01T09:00:00Z", "updated_at": null, "completed_at": null, "completed_by": null,
        "archived_at": null, "archived_by": null, "reopened_at": null, "reopened_by": null})
}

pub fn proposal(status: &str) -> Value {
    json!({"proposal_id": "pr-1", "group_id": GROUP, "title": "Adopt Rust", "description": "for the SDK",
        "proposer_id": "user-1", "voting_type": "yes_no", "threshold_type": "majority", "options": [],
        "status": status, "created_at": "2026-05-04T12:00:00Z", "deadline": null, "finalized_at": null,
        "result": null, "threshold_met": null,
        "votes": [{"voter_id": "agent-7", "vote": "yes", "comment": "", "voted_at": "2026-05-04T12:05:00Z"}],
        "vote_count": 1, "tally": {"yes": 1, "no": 0}, "linked_milestone_id": null, "linked_checkpoint_order": null})
}

pub fn hil(id: &str) -> Value {
    json!({"verification_required": true, "verification_id": id, "verification_status": "new",
        "expires_in_seconds": 300, "expires_at": "2099-01-01T00:05:00Z", "sent_to": ["ada@example.com"],
        "message": "A verification email was sent. The action completes once approved.",
        "previous_verification_expired": false})
}

pub fn pending_verification(id: &str, status: &str) -> Value {
    json!({"verification_id": id, "target_type": "checkpoint", "status": status,
        "expires_at": "2099-01-01T00:05:00Z", "requested_by": "agent-7", "requester_name": "Build Agent",
        "requested_at": "2026-05-09T07:00:00Z", "group_id": GROUP, "group_name": "Backend Team",
        "milestone_id": "m-1", "checkpoint_order": 2, "milestone_title": "Ship v1", "checkpoint_title": "step 2",
        "proposal_id": null, "proposal_title": null, "voting_type": null, "proposal_options": null})
}
