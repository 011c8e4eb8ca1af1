//! One contract test per AIlink management operation: the request the SDK sends (method, path,
//! query, body, `X-Admin-Key`) and the decoding of an answer shaped like the real gateway's.
#![cfg(feature = "ailink")]

mod ailink_support;

use agent_apis::ailink::rules::Rule;
use agent_apis::ailink::types::{
    ApprovalDecisionKind, ApprovalStatus, InjectionMode, PolicyMode, PolicyResult,
};
use agent_apis::ErrorKind;
use ailink_support::*;
use httpmock::{Method, MockServer};
use serde_json::json;
use uuid::Uuid;

fn uuid(s: &str) -> Uuid {
    s.parse().unwrap()
}

#[tokio::test]
async fn list_credentials() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/v1/credentials")
            .header("x-admin-key", ADMIN_KEY)
            .query_param("project_id", DEFAULT_PROJECT);
        then.status(200).json_body(json!([credential()]));
    });
    let creds = admin(&server)
        .list_credentials()
        .project_id(uuid(DEFAULT_PROJECT))
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(creds.len(), 1);
    assert_eq!(
        (
            creds[0].name.as_str(),
            creds[0].provider.as_str(),
            creds[0].version
        ),
        ("prod-openai", "openai", 1)
    );
    assert_eq!(creds[0].id, uuid(CREDENTIAL_ID));
    assert!(creds[0].is_active);
}

#[tokio::test]
async fn create_credential() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/v1/credentials")
            .header("x-admin-key", ADMIN_KEY)
            .json_body(json!({"name": "anthropic", "provider": "anthropic", "secret": "sk-ant-123",
                "injection_mode": "header", "injection_header": "x-api-key"}));
        then.status(201)
            .json_body(json!({"id": CREDENTIAL_ID, "name": "anthropic", "message": "Credential encrypted and stored"}));
    });
    let created = admin(&server)
        .create_credential()
        .name("anthropic")
        .provider("anthropic")
        .secret("sk-ant-123")
        .injection_mode(InjectionMode::Header)
        .injection_header("x-api-key")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(created.id, uuid(CREDENTIAL_ID));
    assert_eq!(created.message, "Credential encrypted and stored");
}

#[tokio::test]
async fn list_tokens() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/v1/tokens")
            .header("x-admin-key", ADMIN_KEY)
            .query_param_missing("project_id");
        then.status(200).json_body(json!([token()]));
    });
    let tokens = admin(&server).list_tokens().send().await.unwrap();
    m.assert_async().await;
    assert_eq!(tokens[0].id.expose_secret(), TOKEN);
    assert_eq!(
        (tokens[0].name.as_str(), tokens[0].upstream_url.as_str()),
        ("billing-bot", "https://api.openai.com")
    );
    assert_eq!(tokens[0].policy_ids, vec![uuid(POLICY_ID)]);
    assert_eq!(tokens[0].credential_id, Some(uuid(CREDENTIAL_ID)));
}

/// A token row as the head lists it: `tf_v1_` id, its extra fields, and no credential.
#[tokio::test]
async fn list_tokens_reads_the_heads_rows() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::GET).path("/api/v1/tokens");
        then.status(200)
            .json_body(json!([{"id": HEAD_TOKEN, "project_id": DEFAULT_PROJECT,
            "name": "byok-agent", "credential_id": null, "upstream_url": "https://api.openai.com",
            "scopes": [], "policy_ids": [], "is_active": true, "expires_at": null,
            "created_at": "2026-03-01T10:00:00.123456Z", "log_level": 1, "upstreams": null,
            "circuit_breaker": null, "allowed_models": null, "team_id": null, "tags": null,
            "mcp_allowed_tools": null, "mcp_blocked_tools": null}]));
    });
    let tokens = admin(&server).list_tokens().send().await.unwrap();
    assert_eq!(tokens[0].id.expose_secret(), HEAD_TOKEN);
    assert_eq!(tokens[0].credential_id, None);
    assert!(tokens[0].is_active);
}

#[tokio::test]
async fn create_token() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/v1/tokens")
            .header("x-admin-key", ADMIN_KEY)
            .json_body(
                json!({"name": "billing-bot", "credential_id": CREDENTIAL_ID,
                "upstream_url": "https://api.openai.com", "policy_ids": [POLICY_ID]}),
            );
        then.status(201)
            .json_body(json!({"token_id": TOKEN, "name": "billing-bot",
            "message": format!("Use: Authorization: Bearer {TOKEN}")}));
    });
    let created = admin(&server)
        .create_token()
        .name("billing-bot")
        .credential_id(uuid(CREDENTIAL_ID))
        .upstream_url("https://api.openai.com")
        .policy_ids([uuid(POLICY_ID)])
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(created.token_id.expose_secret(), TOKEN);
    assert!(created.message.expose_secret().ends_with(TOKEN));
    assert_eq!(created.name, "billing-bot");
}

#[tokio::test]
async fn revoke_token() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::DELETE)
            .path(format!("/api/v1/tokens/{TOKEN}"))
            .header("x-admin-key", ADMIN_KEY);
        then.status(200)
            .json_body(json!({"token_id": TOKEN, "revoked": true}));
    });
    let answer = admin(&server)
        .revoke_token()
        .token_id(TOKEN)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    // 332754c's body; `answer.0` is `None` for the head's empty 204.
    let answer = answer.0.expect("332754c's body");
    assert!(answer.revoked);
    assert_eq!(answer.token_id.expose_secret(), TOKEN);
}

/// The head answers a revocation with `204` and no body: the raw operation accepts it.
#[tokio::test]
async fn revoke_token_accepts_the_heads_empty_204() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::DELETE)
            .path(format!("/api/v1/tokens/{HEAD_TOKEN}"))
            .header("x-admin-key", ADMIN_KEY);
        then.status(204);
    });
    let answer = admin(&server)
        .revoke_token()
        .token_id(HEAD_TOKEN)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert!(answer.0.is_none());
}

/// The head answers `404` (empty body) for an unknown token.
#[tokio::test]
async fn revoke_token_of_an_unknown_id_at_the_head_is_not_found() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::DELETE)
            .path(format!("/api/v1/tokens/{HEAD_TOKEN}"));
        then.status(404);
    });
    let err = admin(&server)
        .revoke_token()
        .token_id(HEAD_TOKEN)
        .send()
        .await
        .unwrap_err();
    m.assert_async().await;
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(err.operation_id(), Some("revoke_token"));
    assert!(!format!("{err} {err:?}").contains(HEAD_TOKEN), "{err:?}");
}

/// A `200` with an empty body still fails to decode where the answer is not optional.
#[tokio::test]
async fn an_empty_body_is_accepted_only_where_the_answer_is_optional() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::DELETE)
            .path(format!("/api/v1/policies/{POLICY_ID}"));
        then.status(200);
    });
    let err = admin(&server)
        .delete_policy()
        .policy_id(uuid(POLICY_ID))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode);
    assert!(err.message().contains("empty"), "{}", err.message());
}

#[tokio::test]
async fn list_policies() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/v1/policies")
            .header("x-admin-key", ADMIN_KEY);
        then.status(200).json_body(json!([policy()]));
    });
    let policies = admin(&server).list_policies().send().await.unwrap();
    m.assert_async().await;
    assert_eq!(policies[0].mode, PolicyMode::Enforce);
    assert_eq!(policies[0].rules.len(), 1);
    assert_eq!(
        Rule::parse_all(&policies[0].rules),
        vec![Rule::rate_limit("1m", 100)]
    );
}

#[tokio::test]
async fn create_policy() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/v1/policies")
            .header("x-admin-key", ADMIN_KEY)
            .json_body(json!({"name": "rate-limit-100", "mode": "enforce",
                "rules": [{"type": "rate_limit", "window": "1m", "max_requests": 100}]}));
        then.status(201).json_body(
            json!({"id": POLICY_ID, "name": "rate-limit-100", "message": "Policy created"}),
        );
    });
    let created = admin(&server)
        .create_policy()
        .name("rate-limit-100")
        .mode(PolicyMode::Enforce)
        .rules([Rule::flat_rate_limit("1m", 100)])
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        (created.id, created.message.as_str()),
        (uuid(POLICY_ID), "Policy created")
    );
}

#[tokio::test]
async fn update_policy() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::PUT)
            .path(format!("/api/v1/policies/{POLICY_ID}"))
            .header("x-admin-key", ADMIN_KEY)
            .json_body(json!({"mode": "shadow"}));
        then.status(200)
            .json_body(json!({"id": POLICY_ID, "name": "", "message": "Policy updated"}));
    });
    let updated = admin(&server)
        .update_policy()
        .policy_id(uuid(POLICY_ID))
        .mode(PolicyMode::Shadow)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(updated.message, "Policy updated");
}

#[tokio::test]
async fn delete_policy() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::DELETE)
            .path(format!("/api/v1/policies/{POLICY_ID}"))
            .header("x-admin-key", ADMIN_KEY);
        then.status(200)
            .json_body(json!({"id": POLICY_ID, "deleted": true}));
    });
    let deleted = admin(&server)
        .delete_policy()
        .policy_id(uuid(POLICY_ID))
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert!(deleted.deleted);
}

#[tokio::test]
async fn list_audit_logs() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/v1/audit")
            .header("x-admin-key", ADMIN_KEY)
            .query_param("limit", "50")
            .query_param("offset", "100");
        then.status(200).json_body(json!([audit_log(1)]));
    });
    let logs = admin(&server)
        .list_audit_logs()
        .limit(50)
        .offset(100)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    let log = &logs[0];
    assert_eq!(
        log.token_id.as_ref().map(|t| t.expose_secret()),
        Some(TOKEN)
    );
    assert_eq!(
        (log.method.as_str(), log.path.as_str()),
        ("POST", "/v1/chat/completions")
    );
    assert_eq!(
        (log.upstream_status, log.response_latency_ms),
        (Some(200), 412)
    );
    assert_eq!(log.policy_result, PolicyResult::Allowed);
    assert_eq!(log.estimated_cost_usd.as_deref(), Some("0.0012"));
    assert_eq!(log.shadow_violations, None);
}

#[tokio::test]
async fn list_approvals() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/v1/approvals")
            .header("x-admin-key", ADMIN_KEY);
        then.status(200).json_body(json!([approval()]));
    });
    let pending = admin(&server).list_approvals().send().await.unwrap();
    m.assert_async().await;
    let a = &pending[0];
    assert_eq!(
        (a.id, a.status.clone()),
        (uuid(APPROVAL_ID), ApprovalStatus::Pending)
    );
    assert_eq!(a.request_summary.path, "/v1/charges");
    assert_eq!(a.request_summary.agent.as_deref(), Some("billing-bot"));
    assert_eq!(a.idempotency_key.as_deref(), Some("job-7"));
    assert_eq!(
        a.expires_at.to_utc().unwrap().to_rfc3339(),
        "2026-11-22T13:30:00+00:00"
    );
}

#[tokio::test]
async fn decide_approval() {
    let server = MockServer::start_async().await;
    let other_project = "11111111-2222-3333-4444-555555555555";
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path(format!("/api/v1/approvals/{APPROVAL_ID}/decision"))
            .header("x-admin-key", ADMIN_KEY)
            .query_param("project_id", other_project)
            .json_body(json!({"decision": "rejected"}));
        then.status(200)
            .json_body(json!({"id": APPROVAL_ID, "status": "rejected", "updated": true}));
    });
    let decision = admin(&server)
        .decide_approval()
        .approval_id(uuid(APPROVAL_ID))
        .project_id(uuid(other_project))
        .decision(ApprovalDecisionKind::Rejected)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        (decision.status.clone(), decision.updated),
        (ApprovalStatus::Rejected, true)
    );
}

#[tokio::test]
async fn list_projects() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/api/v1/projects")
            .header("x-admin-key", ADMIN_KEY);
        then.status(200)
            .json_body(json!([{"id": DEFAULT_PROJECT, "name": "default"}]));
    });
    let projects = admin(&server).list_projects().send().await.unwrap();
    m.assert_async().await;
    assert_eq!(
        (projects[0].id, projects[0].name.as_str()),
        (uuid(DEFAULT_PROJECT), "default")
    );
}

#[tokio::test]
async fn create_project() {
    let server = MockServer::start_async().await;
    let id = "9b2e7c1a-0000-4000-8000-000000000042";
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/v1/projects")
            .header("x-admin-key", ADMIN_KEY)
            .json_body(json!({"name": "research"}));
        then.status(201)
            .json_body(json!({"id": id, "name": "research"}));
    });
    let project = admin(&server)
        .create_project()
        .name("research")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!((project.id, project.name.as_str()), (uuid(id), "research"));
}

/// Every operation's `send_with_response()`: the payload with the status, the headers and the
/// request id of the answer.
#[tokio::test]
async fn send_with_response_gives_status_headers_and_request_id() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/v1/projects")
            .json_body(json!({"name": "research"}));
        then.status(201)
            .header("x-request-id", "req-project-7")
            .header("x-extra", "kept")
            .json_body(json!({"id": DEFAULT_PROJECT, "name": "research"}));
    });
    let answer = admin(&server)
        .create_project()
        .name("research")
        .send_with_response()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(answer.status().as_u16(), 201);
    assert_eq!(answer.request_id().as_deref(), Some("req-project-7"));
    assert_eq!(answer.headers()["x-extra"], "kept");
    assert_eq!(answer.name, "research");
    assert_eq!(answer.into_payload().id, uuid(DEFAULT_PROJECT));
}

/// A body missing a required field is refused before anything is sent.
#[tokio::test]
async fn a_missing_required_body_field_is_an_invalid_request_sent_nowhere() {
    let server = MockServer::start_async().await;
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(201);
    });
    let err = admin(&server)
        .create_token()
        .name("billing-bot")
        .upstream_url("https://api.openai.com")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    assert!(err.message().contains("credential_id"), "{}", err.message());
    let err = admin(&server).delete_policy().send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    assert_eq!(any.calls_async().await, 0);
}
