//! AIlink walk: the admin creates a credential, a virtual token and a policy, reads the audit
//! log and approves a pending request; the agent then sends a chat completion through the
//! gateway with its virtual token — the seed README's quickstart. Against an embedded mock
//! unless `AILINK_GATEWAY_URL` is set (then `AILINK_ADMIN_KEY` is needed too).

use agent_apis::ailink::mock::MockServerExt;
use agent_apis::ailink::rules::{Action, Condition, Rule};
use agent_apis::ailink::types::{self, PolicyMode};
use agent_apis::ailink::{AdminClient, AgentClient};
use futures::TryStreamExt;
use httpmock::{Method, MockServer};
use serde_json::{json, Value};

const DEMO_TOKEN: &str = "ailink_v1_00000000_tok_0123456789abcdef0123456789abcdef";

pub async fn walk() -> Result<(), Box<dyn std::error::Error>> {
    println!("== AIlink (LLM gateway)");
    // Keep the mock alive for the whole walk.
    let (admin, gateway_url, _mock) = match std::env::var("AILINK_GATEWAY_URL") {
        Ok(url) => {
            println!("   using the gateway at {url}");
            (AdminClient::from_env()?, url, None)
        }
        Err(_) => {
            let server = embedded_gateway().await?;
            let admin = AdminClient::admin(server.base_url(), "quickstart-admin-key")?;
            (admin, server.base_url(), Some(server))
        }
    };

    let credential = admin
        .create_credential()
        .body_map(|b| {
            b.name("prod-openai")
                .provider("openai")
                .secret("sk-quickstart-not-a-real-key")
        })
        .send()
        .await?;
    println!(
        "   stored credential {} ({})",
        credential.id, credential.message
    );

    let token = admin
        .create_token()
        .body_map(|b| {
            b.name("billing-bot")
                .credential_id(credential.id)
                .upstream_url("https://api.openai.com")
        })
        .send()
        .await?;
    println!(
        "   created virtual token {:?} for {}",
        token.token_id, token.name
    );

    let rules = vec![
        Rule::rate_limit("1m", 100),
        Rule::when(Condition::field("request.body.model").eq("gpt-4"))
            .then(Action::require_approval().timeout("10m")),
    ];
    let policy = admin
        .create_policy()
        .body_map(|b| {
            b.name("rate-limit-100")
                .mode(Some(PolicyMode::Enforce))
                .rules(rules)
        })
        .send()
        .await?;
    println!("   created policy {} ({})", policy.id, policy.message);

    let logs: Vec<types::AuditLog> = admin.audit_log_stream(None).try_collect().await?;
    for log in logs.iter().take(3) {
        println!(
            "   audit: {} {} -> {:?} [{}]",
            log.method, log.path, log.upstream_status, log.policy_result
        );
    }

    let pending = admin.list_approvals().send().await?;
    if let Some(request) = pending.first() {
        let decision = admin.approve(request.id).await?;
        println!(
            "   approved {} {} ({})",
            request.request_summary.method, request.request_summary.path, decision.status
        );
    } else {
        println!("   no approval request is pending");
    }

    let agent = AgentClient::builder()
        .base_url(gateway_url)
        .api_key(token.token_id.expose_secret())
        .agent_name("billing-bot")
        .build()?;
    let chat = json!({"model": "gpt-4o", "messages": [{"role": "user", "content": "Hello!"}]});
    match agent
        .proxy()
        .post("/v1/chat/completions")
        .json(&chat)
        .send::<Value>()
        .await
    {
        Ok(answer) => println!(
            "   agent got: {}",
            answer["choices"][0]["message"]["content"]
        ),
        Err(e) => println!("   the gateway answered the agent with an error: {e}"),
    }
    Ok(())
}

/// An in-process gateway built from the spec's generated httpmock helpers (and plain httpmock
/// for the proxy path), answering with the shapes the real gateway (332754c) sends.
async fn embedded_gateway() -> Result<MockServer, Box<dyn std::error::Error>> {
    let server = MockServer::start_async().await;
    let credential: types::CreatedCredential = serde_json::from_value(json!({
        "id": "808f5052-23b0-41e8-9892-e654b3bbbc61", "name": "prod-openai",
        "message": "Credential encrypted and stored"}))?;
    let token: types::CreatedToken =
        serde_json::from_value(json!({"token_id": DEMO_TOKEN, "name": "billing-bot",
        "message": format!("Use: Authorization: Bearer {DEMO_TOKEN}")}))?;
    let policy: types::PolicyWriteResult = serde_json::from_value(json!({
        "id": "b4375ef3-acd6-4503-9670-8464a885064a", "name": "rate-limit-100", "message": "Policy created"}))?;
    let logs: Vec<types::AuditLog> = serde_json::from_value(json!([{
        "id": "5a0c1f1e-0000-4000-8000-000000000001", "created_at": "2026-11-22T13:20:00Z",
        "token_id": DEMO_TOKEN, "method": "POST", "path": "/v1/chat/completions", "upstream_status": 200,
        "response_latency_ms": 412, "agent_name": "billing-bot", "policy_result": "allowed"}]))?;
    let approvals: Vec<types::ApprovalRequest> = serde_json::from_value(json!([{
        "id": "3f1c9a52-7d8e-4b0a-9c1d-2e3f4a5b6c7d", "token_id": DEMO_TOKEN,
        "project_id": "00000000-0000-0000-0000-000000000001",
        "request_summary": {"method": "POST", "path": "/v1/chat/completions", "agent": "billing-bot"},
        "status": "pending", "expires_at": "2026-11-22T13:30:00Z", "created_at": "2026-11-22T13:20:00Z"}]))?;
    let decision: types::ApprovalDecision = serde_json::from_value(json!({
        "id": "3f1c9a52-7d8e-4b0a-9c1d-2e3f4a5b6c7d", "status": "approved", "updated": true}))?;

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
    // The agent proxy is not part of the management spec: plain httpmock.
    server.mock(|when, then| {
        when.method(Method::POST).path("/v1/chat/completions").header("authorization", format!("Bearer {DEMO_TOKEN}"));
        then.status(200).json_body(json!({"id": "chatcmpl-1", "object": "chat.completion", "model": "gpt-4o",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello through the gateway!"},
                "finish_reason": "stop"}]}));
    });
    Ok(server)
}
