//! The AIlink facade on top of the wire: configuration of both clients, the seed's helpers
//! (revoke, approve/reject, remove_policy, pending approvals), the audit log's `.stream()`,
//! management error messages,
//! and secrets (admin key, virtual tokens, provider keys) kept out of `Debug` and errors.
#![cfg(feature = "ailink")]

mod ailink_support;

use agent_apis::ailink::types::{
    ApprovalRequest, AuditLog, CreateCredentialRequest, CreatedToken, Token,
};
use agent_apis::ailink::{AdminClient, AgentClient};
use agent_apis::ErrorKind;
use ailink_support::*;
use futures::TryStreamExt;
use httpmock::{Method, MockServer};
use serde_json::json;
use uuid::Uuid;

fn uuid(s: &str) -> Uuid {
    s.parse().unwrap()
}

// ── Seed helpers ────────────────────────────────────────────────────────────

#[tokio::test]
async fn revoking_an_unknown_token_is_not_found() {
    let server = MockServer::start_async().await;
    let unknown = "ailink_v1_00000000_tok_ffffffffffffffffffffffffffffffff";
    let m = server.mock(|when, then| {
        when.method(Method::DELETE)
            .path(format!("/api/v1/tokens/{unknown}"))
            .header("x-admin-key", ADMIN_KEY);
        then.status(200)
            .json_body(json!({"token_id": unknown, "revoked": false}));
    });
    let err = admin(&server)
        .revoke()
        .token_id(unknown)
        .send()
        .await
        .unwrap_err();
    m.assert_async().await;
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert!(err.is_not_found());
    assert_eq!(err.operation_id(), Some("revoke_token"));
    assert!(!format!("{err} {err:?}").contains(unknown), "{err:?}");
}

#[tokio::test]
async fn revoking_a_known_token_succeeds() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::DELETE)
            .path(format!("/api/v1/tokens/{TOKEN}"));
        then.status(200)
            .json_body(json!({"token_id": TOKEN, "revoked": true}));
    });
    admin(&server)
        .revoke()
        .token_id(TOKEN)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
}

/// The head answers a revocation with `204` and no body.
#[tokio::test]
async fn revoking_at_the_head_is_ok_on_204() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::DELETE)
            .path(format!("/api/v1/tokens/{HEAD_TOKEN}"))
            .header("x-admin-key", ADMIN_KEY);
        then.status(204);
    });
    admin(&server)
        .revoke()
        .token_id(HEAD_TOKEN)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
}

/// The head answers `404` for an unknown token; `revoke` reports it as 332754c's
/// `revoked: false` is reported.
#[tokio::test]
async fn revoking_an_unknown_token_at_the_head_is_not_found() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::DELETE)
            .path(format!("/api/v1/tokens/{HEAD_TOKEN}"));
        then.status(404);
    });
    let err = admin(&server)
        .revoke()
        .token_id(HEAD_TOKEN)
        .send()
        .await
        .unwrap_err();
    m.assert_async().await;
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert!(err.is_not_found());
    assert_eq!(err.operation_id(), Some("revoke_token"));
    assert!(!format!("{err} {err:?}").contains(HEAD_TOKEN), "{err:?}");
}

/// 332754c lists pending requests only, the head every request: `pending_approvals` keeps the
/// pending ones on both.
#[tokio::test]
async fn pending_approvals_keeps_the_pending_requests_of_any_answer() {
    let server = MockServer::start_async().await;
    let decided = |id: &str, status: &str| {
        let mut a = approval();
        a["id"] = json!(id);
        a["status"] = json!(status);
        a["reviewed_at"] = json!("2026-11-22T13:25:00Z");
        a
    };
    let m = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/v1/approvals")
            .query_param("project_id", DEFAULT_PROJECT);
        then.status(200).json_body(json!([
            decided("00000000-0000-4000-8000-000000000001", "approved"),
            approval(),
            decided("00000000-0000-4000-8000-000000000002", "rejected"),
            decided("00000000-0000-4000-8000-000000000003", "expired"),
            decided("00000000-0000-4000-8000-000000000004", "timed_out"),
        ]));
    });
    let pending = admin(&server)
        .pending_approvals()
        .project_id(uuid(DEFAULT_PROJECT))
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].id, uuid(APPROVAL_ID));
    assert_eq!(pending[0].status.as_str(), "pending");
}

/// The head's role keys (`ak_...`) are read from `Authorization: Bearer` only: the admin
/// client sends them there as well as in `X-Admin-Key`. A plain admin key goes in
/// `X-Admin-Key` alone.
#[tokio::test]
async fn a_role_key_is_also_sent_as_a_bearer_token() {
    let server = MockServer::start_async().await;
    let role_key = "ak_live_3f9a1c2e_0123456789abcdef0123456789abcdef";
    let with_role_key = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/v1/tokens")
            .header("x-admin-key", role_key)
            .header("authorization", format!("Bearer {role_key}"));
        then.status(200).json_body(json!([token()]));
    });
    let client = AdminClient::admin(server.base_url(), role_key).unwrap();
    assert_eq!(client.list_tokens().send().await.unwrap().len(), 1);
    with_role_key.assert_async().await;
    assert!(!format!("{client:?}").contains(role_key));

    let plain = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/v1/projects")
            .header("x-admin-key", ADMIN_KEY)
            .header_missing("authorization");
        then.status(200)
            .json_body(json!([{"id": DEFAULT_PROJECT, "name": "default"}]));
    });
    admin(&server).list_projects().send().await.unwrap();
    plain.assert_async().await;
}

/// A read-only role key writing: the head answers `403` (empty body).
#[tokio::test]
async fn a_read_only_role_key_writing_is_a_permission_error() {
    let server = MockServer::start_async().await;
    let role_key = "ak_live_readonly_00112233445566778899aabbccddeeff";
    server.mock(|when, then| {
        when.method(Method::DELETE)
            .path(format!("/api/v1/tokens/{HEAD_TOKEN}"));
        then.status(403);
    });
    let err = AdminClient::admin(server.base_url(), role_key)
        .unwrap()
        .revoke()
        .token_id(HEAD_TOKEN)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Permission);
    assert!(!format!("{err} {err:?}").contains(role_key));
}

#[tokio::test]
async fn approve_and_reject_send_their_decision() {
    let server = MockServer::start_async().await;
    for (decision, status) in [("approved", "approved"), ("rejected", "rejected")] {
        let m = server.mock(|when, then| {
            when.method(Method::POST)
                .path(format!("/api/v1/approvals/{APPROVAL_ID}/decision"))
                .header("x-admin-key", ADMIN_KEY)
                .query_param_missing("project_id")
                .json_body(json!({"decision": decision}));
            then.status(200)
                .json_body(json!({"id": APPROVAL_ID, "status": status, "updated": true}));
        });
        let client = admin(&server);
        let answer = if decision == "approved" {
            client
                .approve()
                .approval_id(uuid(APPROVAL_ID))
                .send()
                .await
                .unwrap()
        } else {
            client
                .reject()
                .approval_id(uuid(APPROVAL_ID))
                .send()
                .await
                .unwrap()
        };
        m.assert_async().await;
        assert_eq!(answer.status.as_str(), status);
        assert!(answer.updated);
        m.delete_async().await;
    }
}

#[tokio::test]
async fn deciding_a_request_that_is_not_pending_is_not_found() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::POST)
            .path(format!("/api/v1/approvals/{APPROVAL_ID}/decision"));
        then.status(200)
            .json_body(json!({"id": APPROVAL_ID, "status": "expired", "updated": false}));
    });
    let err = admin(&server)
        .approve()
        .approval_id(uuid(APPROVAL_ID))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(err.operation_id(), Some("decide_approval"));
}

#[tokio::test]
async fn removing_an_unknown_policy_is_not_found() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::DELETE)
            .path(format!("/api/v1/policies/{POLICY_ID}"));
        then.status(200)
            .json_body(json!({"id": POLICY_ID, "deleted": false}));
    });
    let err = admin(&server)
        .remove_policy()
        .policy_id(uuid(POLICY_ID))
        .send()
        .await
        .unwrap_err();
    m.assert_async().await;
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(err.operation_id(), Some("delete_policy"));
}

#[tokio::test]
async fn list_audit_logs_stream_walks_pages_of_200() {
    let server = MockServer::start_async().await;
    let first = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/v1/audit")
            .query_param("limit", "200")
            .query_param("offset", "0");
        then.status(200)
            .json_body(json!((0..200).map(audit_log).collect::<Vec<_>>()));
    });
    let second = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/v1/audit")
            .query_param("limit", "200")
            .query_param("offset", "200");
        then.status(200)
            .json_body(json!((200..203).map(audit_log).collect::<Vec<_>>()));
    });
    let logs: Vec<AuditLog> = admin(&server)
        .list_audit_logs()
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(logs.len(), 203);
    assert_eq!(logs[202].id, uuid("00000000-0000-4000-8000-000000000202"));
    first.assert_async().await;
    second.assert_async().await;
}

#[tokio::test]
async fn list_audit_logs_stream_keeps_the_project_and_clamps_the_page_size() {
    let server = MockServer::start_async().await;
    let other = "11111111-2222-3333-4444-555555555555";
    let m = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/v1/audit")
            .query_param("project_id", other)
            .query_param("limit", "200")
            .query_param("offset", "0");
        then.status(200).json_body(json!([audit_log(1)]));
    });
    let logs: Vec<AuditLog> = admin(&server)
        .list_audit_logs()
        .project_id(uuid(other))
        .limit(5000)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(logs.len(), 1);
    m.assert_async().await;
}

/// `.limit(n)` is the stream's page size and `.offset(n)` where it starts; the project filter
/// is sent with every page, and a short page ends the stream.
#[tokio::test]
async fn list_audit_logs_stream_pages_by_the_limit_from_the_offset_with_the_filter() {
    let server = MockServer::start_async().await;
    let other = "11111111-2222-3333-4444-555555555555";
    let page = |offset: u64, items: std::ops::Range<u64>| {
        server.mock(move |when, then| {
            when.method(Method::GET)
                .path("/api/v1/audit")
                .query_param("project_id", other)
                .query_param("limit", "2")
                .query_param("offset", offset.to_string());
            then.status(200)
                .json_body(json!(items.map(audit_log).collect::<Vec<_>>()));
        })
    };
    let first = page(10, 10..12);
    let second = page(12, 12..14);
    let third = page(14, 14..15);
    let client = admin(&server);
    let logs: Vec<AuditLog> = client
        .list_audit_logs()
        .project_id(uuid(other))
        .limit(2)
        .offset(10)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(logs.len(), 5);
    assert_eq!(logs[0].id, uuid("00000000-0000-4000-8000-000000000010"));
    assert_eq!(logs[4].id, uuid("00000000-0000-4000-8000-000000000014"));
    first.assert_async().await;
    second.assert_async().await;
    third.assert_async().await;
}

/// The stream is lazy: taking the first entries fetches the first page only.
#[tokio::test]
async fn list_audit_logs_stream_fetches_no_page_it_does_not_need() {
    let server = MockServer::start_async().await;
    let first = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/v1/audit")
            .query_param("limit", "3")
            .query_param("offset", "0");
        then.status(200)
            .json_body(json!((0..3).map(audit_log).collect::<Vec<_>>()));
    });
    let client = admin(&server);
    let two: Vec<AuditLog> =
        futures::StreamExt::take(client.list_audit_logs().limit(3).stream(), 2)
            .try_collect()
            .await
            .unwrap();
    assert_eq!(two.len(), 2);
    assert_eq!(first.calls_async().await, 1);
}

#[tokio::test]
async fn list_audit_logs_stream_ends_with_the_error() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::GET).path("/api/v1/audit");
        then.status(200).body("[{\"id\": \"truncated");
    });
    let results: Vec<_> =
        futures::StreamExt::collect::<Vec<_>>(admin(&server).list_audit_logs().stream()).await;
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].as_ref().unwrap_err().kind(), ErrorKind::Decode);
}

// ── Helpers shaped like operations ─────────────────────────────────────────

/// `revoke()` and `approve()` (`decide_approval()` with the decision preset) still need their
/// ids: without one they fail before anything is sent.
#[tokio::test]
async fn helpers_without_their_id_are_invalid_requests_sent_nowhere() {
    let server = MockServer::start_async().await;
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200);
    });
    let client = admin(&server);
    let revoke = client.revoke().send().await.map(drop).unwrap_err();
    let approve = client.approve().send().await.map(drop).unwrap_err();
    for (err, field) in [(revoke, "token_id"), (approve, "approval_id")] {
        assert_eq!(err.kind(), ErrorKind::InvalidRequest);
        assert!(err.message().contains(field), "{}", err.message());
    }
    assert_eq!(any.calls_async().await, 0);
}

/// The helpers' `send_with_response()` gives the status and the request id beside the
/// payload, for 332754c's `200` and the head's `204` alike.
#[tokio::test]
async fn revoke_send_with_response_gives_the_status_and_request_id() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::DELETE)
            .path(format!("/api/v1/tokens/{TOKEN}"));
        then.status(200)
            .header("x-request-id", "req-revoke-1")
            .json_body(json!({"token_id": TOKEN, "revoked": true}));
    });
    server.mock(|when, then| {
        when.method(Method::DELETE)
            .path(format!("/api/v1/tokens/{HEAD_TOKEN}"));
        then.status(204).header("x-request-id", "req-revoke-2");
    });
    let client = admin(&server);
    let old = client
        .revoke()
        .token_id(TOKEN)
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(old.status().as_u16(), 200);
    assert_eq!(old.request_id().as_deref(), Some("req-revoke-1"));
    let head = client
        .revoke()
        .token_id(HEAD_TOKEN)
        .send_with_response()
        .await
        .unwrap();
    // The head's own 204, though the spec declares 200 for `revoke_token`.
    assert_eq!(head.status().as_u16(), 204);
    assert_eq!(head.request_id().as_deref(), Some("req-revoke-2"));
}

/// `revoked: false` is `NotFound` from `send_with_response()` too.
#[tokio::test]
async fn revoke_send_with_response_of_an_unknown_token_is_not_found() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::DELETE)
            .path(format!("/api/v1/tokens/{TOKEN}"));
        then.status(200)
            .json_body(json!({"token_id": TOKEN, "revoked": false}));
    });
    let err = admin(&server)
        .revoke()
        .token_id(TOKEN)
        .send_with_response()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert!(!format!("{err} {err:?}").contains(TOKEN), "{err:?}");
}

/// `reject()` keeps the decision preset and takes the operation's other setters.
#[tokio::test]
async fn reject_in_another_project_sends_the_project_and_the_decision() {
    let server = MockServer::start_async().await;
    let other = "11111111-2222-3333-4444-555555555555";
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path(format!("/api/v1/approvals/{APPROVAL_ID}/decision"))
            .query_param("project_id", other)
            .json_body(json!({"decision": "rejected"}));
        then.status(200)
            .header("x-request-id", "req-reject-1")
            .json_body(json!({"id": APPROVAL_ID, "status": "rejected", "updated": true}));
    });
    let answer = admin(&server)
        .reject()
        .approval_id(uuid(APPROVAL_ID))
        .project_id(uuid(other))
        .send_with_response()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(answer.status().as_u16(), 200);
    assert_eq!(answer.request_id().as_deref(), Some("req-reject-1"));
    assert_eq!(answer.status.as_str(), "rejected");
}

/// `delete_policy` itself reports `deleted: false` as `NotFound` (the spec's
/// `x-not-found-when`), and `decide_approval` reports `updated: false` the same way.
#[tokio::test]
async fn the_operations_themselves_report_false_flags_as_not_found() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::DELETE)
            .path(format!("/api/v1/policies/{POLICY_ID}"));
        then.status(200)
            .json_body(json!({"id": POLICY_ID, "deleted": false}));
    });
    server.mock(|when, then| {
        when.method(Method::POST)
            .path(format!("/api/v1/approvals/{APPROVAL_ID}/decision"));
        then.status(200)
            .json_body(json!({"id": APPROVAL_ID, "status": "approved", "updated": false}));
    });
    let client = admin(&server);
    let err = client
        .delete_policy()
        .policy_id(uuid(POLICY_ID))
        .send_with_response()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(err.operation_id(), Some("delete_policy"));
    let err = client
        .decide_approval()
        .approval_id(uuid(APPROVAL_ID))
        .decision(agent_apis::ailink::types::ApprovalDecisionKind::Approved)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(err.operation_id(), Some("decide_approval"));
}

/// `pending_approvals()` without a project leaves the query empty (the gateway's default
/// project), and gives the status and request id on request.
#[tokio::test]
async fn pending_approvals_send_with_response_in_the_default_project() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/v1/approvals")
            .query_param_missing("project_id");
        then.status(200)
            .header("x-request-id", "req-approvals-1")
            .json_body(json!([approval()]));
    });
    let answer = admin(&server)
        .pending_approvals()
        .send_with_response()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(answer.status().as_u16(), 200);
    assert_eq!(answer.request_id().as_deref(), Some("req-approvals-1"));
    assert_eq!(answer.len(), 1);
}

/// `remove_policy()` is the same request as `delete_policy()`.
#[tokio::test]
async fn remove_policy_sends_the_delete() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::DELETE)
            .path(format!("/api/v1/policies/{POLICY_ID}"))
            .header("x-admin-key", ADMIN_KEY);
        then.status(200)
            .json_body(json!({"id": POLICY_ID, "deleted": true}));
    });
    let deleted = admin(&server)
        .remove_policy()
        .policy_id(uuid(POLICY_ID))
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(deleted.id, uuid(POLICY_ID));
}

// ── Management errors (empty bodies) ────────────────────────────────────────

#[tokio::test]
async fn a_wrong_admin_key_says_so() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/v1/tokens");
        then.status(401);
    });
    let err: agent_apis::Error = admin(&server).list_tokens().send().await.unwrap_err();
    assert_eq!(m.calls_async().await, 1, "a 401 is not retried");
    assert_eq!(err.kind(), ErrorKind::Authentication);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    assert!(
        err.message().contains("wrong or missing admin key"),
        "{}",
        err.message()
    );
    assert!(!format!("{err} {err:?}").contains(ADMIN_KEY));
}

#[tokio::test]
async fn empty_error_bodies_say_what_the_status_means() {
    let server = MockServer::start_async().await;
    let cases = [
        (400, ErrorKind::Validation),
        (404, ErrorKind::NotFound),
        (500, ErrorKind::Server),
    ];
    for (status, kind) in cases {
        let m = server.mock(|when, then| {
            when.method(Method::PUT)
                .path(format!("/api/v1/policies/{POLICY_ID}"));
            then.status(status);
        });
        let err: agent_apis::Error = admin(&server)
            .update_policy()
            .policy_id(uuid(POLICY_ID))
            .name("x")
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.kind(), kind, "{status}");
        assert!(
            err.message().contains(&status.to_string()),
            "{}",
            err.message()
        );
        assert_eq!(err.operation_id(), Some("update_policy"));
        m.delete_async().await;
    }
}

#[tokio::test]
async fn a_plain_text_422_keeps_its_text() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::POST).path("/api/v1/projects");
        then.status(422)
            .body("Failed to deserialize the JSON body into the target type: missing field `name`");
    });
    let err: agent_apis::Error = admin(&server)
        .create_project()
        .name("x")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    assert!(err.body_snippet().unwrap().contains("missing field `name`"));
}

// ── Configuration ───────────────────────────────────────────────────────────

/// An empty token is the only configuration error: the prefix is the gateway's business
/// (`ailink_v1_` at 332754c, `tf_v1_` at the head, whatever comes next).
#[tokio::test]
async fn an_empty_agent_token_is_the_only_configuration_error() {
    let server = MockServer::start_async().await;
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200);
    });
    for key in ["", "   "] {
        let err = AgentClient::new(server.base_url(), key).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Configuration, "{key:?}");
    }
    assert_eq!(any.calls_async().await, 0);
    for key in [
        TOKEN,
        HEAD_TOKEN,
        "tf_v2_next_format",
        "sk-live-123456",
        "ailink_v1_",
    ] {
        let agent = AgentClient::new(server.base_url(), key).unwrap();
        assert_eq!(agent.api_key().expose_secret(), key);
        assert!(!format!("{agent:?}").contains(key), "{agent:?}");
    }
}

#[test]
fn clients_need_their_credential() {
    let err = AdminClient::builder().build().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Configuration);
    assert!(
        err.message().contains("AILINK_ADMIN_KEY"),
        "{}",
        err.message()
    );
    assert_eq!(
        AdminClient::admin("http://localhost:8443", " ")
            .unwrap_err()
            .kind(),
        ErrorKind::Configuration
    );
    let err = AgentClient::builder().build().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Configuration);
    assert!(
        err.message().contains("AILINK_API_KEY"),
        "{}",
        err.message()
    );
    let bad_url = AdminClient::admin("ftp://gateway", ADMIN_KEY).unwrap_err();
    assert_eq!(bad_url.kind(), ErrorKind::Configuration);
    let bad_name = AgentClient::builder()
        .api_key(TOKEN)
        .agent_name("line\nbreak")
        .build()
        .unwrap_err();
    assert_eq!(bad_name.kind(), ErrorKind::Configuration);
}

/// The only test of this binary that touches the environment.
#[test]
fn from_env_reads_the_documented_variables() {
    std::env::set_var("AILINK_GATEWAY_URL", "http://gateway.test:9000/");
    std::env::set_var("AILINK_ADMIN_KEY", ADMIN_KEY);
    std::env::set_var("AILINK_API_KEY", TOKEN);
    let admin = AdminClient::from_env().unwrap();
    let agent = AgentClient::from_env().unwrap();
    assert_eq!(admin.gateway_url(), "http://gateway.test:9000");
    assert_eq!(admin.base_url(), "http://gateway.test:9000");
    assert_eq!(agent.base_url(), "http://gateway.test:9000");
    assert_eq!(agent.api_key().expose_secret(), TOKEN);

    // Any non-empty token is taken as it is.
    std::env::set_var("AILINK_API_KEY", HEAD_TOKEN);
    assert_eq!(
        AgentClient::from_env().unwrap().api_key().expose_secret(),
        HEAD_TOKEN
    );
    std::env::set_var("AILINK_API_KEY", " ");
    assert_eq!(
        AgentClient::from_env().unwrap_err().kind(),
        ErrorKind::Configuration,
        "an empty variable counts as unset"
    );
    std::env::remove_var("AILINK_API_KEY");
    std::env::remove_var("AILINK_ADMIN_KEY");
    assert_eq!(
        AgentClient::from_env().unwrap_err().kind(),
        ErrorKind::Configuration
    );
    assert_eq!(
        AdminClient::from_env().unwrap_err().kind(),
        ErrorKind::Configuration
    );
    std::env::remove_var("AILINK_GATEWAY_URL");
    std::env::set_var("AILINK_ADMIN_KEY", ADMIN_KEY);
    assert_eq!(
        AdminClient::from_env().unwrap().gateway_url(),
        "http://localhost:8443"
    );
    std::env::remove_var("AILINK_ADMIN_KEY");

    // The current official SDK's TRUEFLOW_* variables, read when the AILINK_* ones are unset.
    std::env::set_var("TRUEFLOW_GATEWAY_URL", "http://trueflow.test:8443");
    std::env::set_var("TRUEFLOW_ADMIN_KEY", "tf-admin-secret-77");
    std::env::set_var("TRUEFLOW_API_KEY", HEAD_TOKEN);
    let admin = AdminClient::from_env().unwrap();
    let agent = AgentClient::from_env().unwrap();
    assert_eq!(admin.gateway_url(), "http://trueflow.test:8443");
    assert_eq!(agent.base_url(), "http://trueflow.test:8443");
    assert_eq!(agent.api_key().expose_secret(), HEAD_TOKEN);
    // The AILINK_* names win when both are set.
    std::env::set_var("AILINK_GATEWAY_URL", "http://gateway.test:9000");
    std::env::set_var("AILINK_API_KEY", TOKEN);
    let agent = AgentClient::from_env().unwrap();
    assert_eq!(agent.base_url(), "http://gateway.test:9000");
    assert_eq!(agent.api_key().expose_secret(), TOKEN);
    for name in [
        "AILINK_GATEWAY_URL",
        "AILINK_API_KEY",
        "TRUEFLOW_GATEWAY_URL",
        "TRUEFLOW_ADMIN_KEY",
        "TRUEFLOW_API_KEY",
    ] {
        std::env::remove_var(name);
    }
    let err = AgentClient::from_env().unwrap_err();
    assert!(
        err.message().contains("TRUEFLOW_API_KEY"),
        "{}",
        err.message()
    );
    let err = AdminClient::from_env().unwrap_err();
    assert!(
        err.message().contains("TRUEFLOW_ADMIN_KEY"),
        "{}",
        err.message()
    );
}

// ── Secrets ─────────────────────────────────────────────────────────────────

#[tokio::test]
async fn the_admin_key_never_appears_in_debug_or_errors() {
    let server = MockServer::start_async().await;
    // A misbehaving server that echoes the key back in its error body.
    server.mock(|when, then| {
        when.method(Method::GET).path("/api/v1/credentials");
        then.status(500)
            .body(format!("<html>bad key {ADMIN_KEY}</html>"));
    });
    let builder = admin_builder(&server);
    let client = admin(&server);
    assert!(!format!("{builder:?}").contains(ADMIN_KEY));
    assert!(!format!("{client:?}").contains(ADMIN_KEY));
    let err: agent_apis::Error = client.list_credentials().send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Server);
    let printed = format!("{err} {err:?} {}", err.body_snippet().unwrap_or_default());
    assert!(printed.contains("bad key"), "{printed}");
    assert!(!printed.contains(ADMIN_KEY), "{printed}");
}

#[tokio::test]
async fn the_virtual_token_never_appears_in_debug_or_errors() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::POST).path("/v1/chat/completions");
        then.status(401)
            .json_body(json!({"error": format!("invalid or missing token {TOKEN}")}));
    });
    let agent = agent(&server);
    assert!(!format!("{agent:?}").contains(TOKEN));
    assert!(!format!("{:?}", agent_builder(&server)).contains(TOKEN));
    assert!(!format!("{:?}", agent.anthropic()).contains(TOKEN));
    let err = agent
        .proxy()
        .post("/v1/chat/completions")
        .json(&json!({}))
        .send::<serde_json::Value>()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Authentication);
    assert!(!format!("{err} {err:?}").contains(TOKEN), "{err:?}");
}

#[test]
fn types_holding_tokens_or_provider_keys_redact_them_in_debug() {
    let token: Token = serde_json::from_value(token()).unwrap();
    let created: CreatedToken = serde_json::from_value(json!({"token_id": TOKEN, "name": "b",
        "message": format!("Use: Authorization: Bearer {TOKEN}")}))
    .unwrap();
    let log: AuditLog = serde_json::from_value(audit_log(1)).unwrap();
    let approval: ApprovalRequest = serde_json::from_value(approval()).unwrap();
    let request = CreateCredentialRequest::builder()
        .name("n")
        .provider("openai")
        .secret("sk-provider-secret-1");
    let request: CreateCredentialRequest = request.try_into().unwrap();
    for printed in [
        format!("{token:?}"),
        format!("{created:?}"),
        format!("{log:?}"),
        format!("{approval:?}"),
    ] {
        assert!(
            !printed.contains("e18c0a25a1dbbde963c762daac3df771"),
            "{printed}"
        );
        assert!(printed.contains("[REDACTED]"), "{printed}");
    }
    assert!(!format!("{request:?}").contains("sk-provider-secret-1"));
    // The wire still carries the values.
    assert_eq!(serde_json::to_value(&token).unwrap()["id"], TOKEN);
    assert_eq!(
        serde_json::to_value(&request).unwrap()["secret"],
        "sk-provider-secret-1"
    );
}
