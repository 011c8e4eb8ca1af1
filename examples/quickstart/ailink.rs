//! AIlink walk, the seed README's quickstart: the admin stores a credential, creates a policy
//! and a virtual token, pages the audit log and decides the pending approvals; the agent then
//! sends a chat completion through the gateway with its virtual token; the walk revokes the
//! token and deletes the policy it created.
//!
//! Against an embedded mock unless `AILINK_GATEWAY_URL` (or `TRUEFLOW_GATEWAY_URL`) is set;
//! then `AILINK_ADMIN_KEY` (or `TRUEFLOW_ADMIN_KEY`) is needed too, and `AILINK_UPSTREAM_URL`
//! names the upstream the new token forwards to (default `https://api.openai.com`; with the
//! walk's placeholder provider key the upstream refuses the chat, which the walk prints). Every
//! call against a real gateway is bounded (30 s, no retries), so the walk finishes on its own.

use std::time::Duration;

use agent_apis::ailink::mock::MockServerExt;
use agent_apis::ailink::rules::{Action, Condition, Rule};
use agent_apis::ailink::types::{self, PolicyMode};
use agent_apis::ailink::{AdminClient, AgentClient};
use agent_apis::CallOptions;
use futures::{StreamExt, TryStreamExt};
use httpmock::{Method, MockServer};
use serde_json::json;

const DEMO_TOKEN: &str = "ailink_v1_00000000_tok_0123456789abcdef0123456789abcdef";

/// The walk; see the module docs.
pub async fn walk() -> Result<(), Box<dyn std::error::Error>> {
    println!("== AIlink (LLM gateway)");
    let bounded = CallOptions::new()
        .timeout(Duration::from_secs(30))
        .max_retries(0);
    // Keep the mock alive for the whole walk.
    let configured = ["AILINK_GATEWAY_URL", "TRUEFLOW_GATEWAY_URL"]
        .iter()
        .any(|v| std::env::var_os(v).is_some());
    let (admin, _mock) = if configured {
        let admin = AdminClient::from_env()?.with_options(bounded.clone());
        println!("   using the gateway at {}", admin.base_url());
        (admin, None)
    } else {
        let server = embedded_gateway().await?;
        let admin = AdminClient::builder()
            .base_url(server.base_url())
            .admin_key("quickstart-admin-key")
            .build()?;
        (admin, Some(server))
    };
    let upstream =
        std::env::var("AILINK_UPSTREAM_URL").unwrap_or_else(|_| "https://api.openai.com".into());

    let credential = admin
        .create_credential()
        .name("quickstart-openai")
        .provider("openai")
        .secret("sk-quickstart-not-a-real-key")
        .send()
        .await?;
    println!(
        "   stored credential {} ({})",
        credential.id, credential.message
    );

    let policy = admin
        .create_policy()
        .name(unique("quickstart-rate-limit"))
        .mode(PolicyMode::Enforce)
        .rules([
            Rule::rate_limit("1m", 100),
            Rule::when(Condition::field("request.body.model").eq("gpt-4"))
                .then(Action::require_approval().timeout("10m")),
        ])
        .send()
        .await?;
    println!("   created policy {} ({})", policy.id, policy.message);

    let token = admin
        .create_token()
        .name(unique("quickstart-bot"))
        .credential_id(credential.id)
        .upstream_url(upstream)
        .policy_ids([policy.id])
        .send()
        .await;
    let outcome = match &token {
        Ok(token) => use_the_token(&admin, token, configured, bounded).await,
        Err(_) => Ok(()),
    };

    // Clean up what the walk created, whatever happened on the way (a credential cannot be
    // deleted through the API).
    if let Ok(token) = &token {
        admin
            .revoke()
            .token_id(token.token_id.expose_secret())
            .send()
            .await?;
    }
    admin.remove_policy().policy_id(policy.id).send().await?;
    println!("   revoked the token and deleted the policy");
    token?;
    outcome
}

/// The middle of the walk: the audit log, the pending approvals, and the agent's chat.
async fn use_the_token(
    admin: &AdminClient,
    token: &types::CreatedToken,
    configured: bool,
    bounded: CallOptions,
) -> Result<(), Box<dyn std::error::Error>> {
    println!(
        "   created virtual token {:?} for {}",
        token.token_id, token.name
    );

    // The newest audit entries, in pages of 20; the stream fetches only what is taken.
    let logs: Vec<types::AuditLog> = admin
        .list_audit_logs()
        .limit(20)
        .stream()
        .take(3)
        .try_collect()
        .await?;
    for log in &logs {
        println!(
            "   audit: {} {} -> {:?} [{}]",
            log.method, log.path, log.upstream_status, log.policy_result
        );
    }

    // Against a real gateway the walk decides nothing it did not start: it only lists.
    let pending = admin.pending_approvals().send().await?;
    match pending.first() {
        Some(request) if !configured => {
            let decision = admin.approve().approval_id(request.id).send().await?;
            println!(
                "   approved {} {} ({})",
                request.request_summary.method, request.request_summary.path, decision.status
            );
        }
        Some(_) => println!("   {} approval request(s) pending", pending.len()),
        None => println!("   no approval request is pending"),
    }

    let agent = AgentClient::builder()
        .base_url(admin.base_url())
        .api_key(token.token_id.expose_secret())
        .agent_name("quickstart-bot")
        .build()?
        .with_options(bounded);
    match agent
        .chat_completion()
        .model("gpt-4o")
        .user("Hello!")
        .send()
        .await
    {
        Ok(answer) => println!(
            "   agent got: {}",
            answer
                .choices
                .first()
                .and_then(|c| c.message.content.as_deref())
                .unwrap_or("")
        ),
        Err(e) => println!("   the gateway answered the agent with an error: {e}"),
    }
    Ok(())
}

/// A name no earlier walk used (the gateway wants unique token and policy names).
fn unique(what: &str) -> String {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or_default();
    format!("{what}-{stamp}")
}

/// An in-process gateway built from the spec's generated httpmock helpers (and plain httpmock
/// for the proxy path), answering with the shapes the real gateway (332754c) sends.
async fn embedded_gateway() -> Result<MockServer, Box<dyn std::error::Error>> {
    let server = MockServer::start_async().await;
    let credential: types::CreatedCredential = serde_json::from_value(json!({
        "id": "808f5052-23b0-41e8-9892-e654b3bbbc61", "name": "quickstart-openai",
        "message": "Credential encrypted and stored"}))?;
    let token: types::CreatedToken =
        serde_json::from_value(json!({"token_id": DEMO_TOKEN, "name": "quickstart-bot",
        "message": format!("Use: Authorization: Bearer {DEMO_TOKEN}")}))?;
    let policy: types::PolicyWriteResult = serde_json::from_value(json!({
        "id": "b4375ef3-acd6-4503-9670-8464a885064a", "name": "quickstart-rate-limit",
        "message": "Policy created"}))?;
    let logs: Vec<types::AuditLog> = serde_json::from_value(json!([{
        "id": "5a0c1f1e-0000-4000-8000-000000000001", "created_at": "2026-11-22T13:20:00Z",
        "token_id": DEMO_TOKEN, "method": "POST", "path": "/v1/chat/completions", "upstream_status": 200,
        "response_latency_ms": 412, "agent_name": "quickstart-bot", "policy_result": "allowed"}]))?;
    let approvals: Vec<types::ApprovalRequest> = serde_json::from_value(json!([{
        "id": "3f1c9a52-7d8e-4b0a-9c1d-2e3f4a5b6c7d", "token_id": DEMO_TOKEN,
        "project_id": "00000000-0000-0000-0000-000000000001",
        "request_summary": {"method": "POST", "path": "/v1/chat/completions", "agent": "quickstart-bot"},
        "status": "pending", "expires_at": "2026-11-22T13:30:00Z", "created_at": "2026-11-22T13:20:00Z"}]))?;
    let decision: types::ApprovalDecision = serde_json::from_value(json!({
        "id": "3f1c9a52-7d8e-4b0a-9c1d-2e3f4a5b6c7d", "status": "approved", "updated": true}))?;
    let revoked: types::RevokeTokenAnswer =
        serde_json::from_value(json!({"token_id": DEMO_TOKEN, "revoked": true}))?;
    let deleted: types::DeletePolicyResult = serde_json::from_value(json!({
        "id": "b4375ef3-acd6-4503-9670-8464a885064a", "deleted": true}))?;

    server.create_credential(|_, then| {
        then.created(&credential);
    });
    server.create_token(|_, then| {
        then.created(&token);
    });
    server.create_policy(|_, then| {
        then.created(&policy);
    });
    server.list_audit_logs(|_, then| {
        then.ok(&logs);
    });
    server.list_approvals(|_, then| {
        then.ok(&approvals);
    });
    server.decide_approval(|_, then| {
        then.ok(&decision);
    });
    server.revoke_token(|_, then| {
        then.ok(&revoked);
    });
    server.delete_policy(|_, then| {
        then.ok(&deleted);
    });
    // The agent proxy is not part of the management spec: plain httpmock.
    server.mock(|when, then| {
        when.method(Method::POST)
            .path("/v1/chat/completions")
            .header("authorization", format!("Bearer {DEMO_TOKEN}"));
        then.status(200).json_body(
            json!({"id": "chatcmpl-1", "object": "chat.completion", "created": 1763817600,
            "model": "gpt-4o", "choices": [{"index": 0, "message": {"role": "assistant",
                "content": "Hello through the gateway!"}, "finish_reason": "stop"}]}),
        );
    });
    Ok(server)
}
