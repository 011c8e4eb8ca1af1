//! Shared fixtures of the AIlink tests: admin and agent clients for a loopback mock, and
//! answers shaped like the real gateway's (commit 332754c, see shared/reference/ailink.md).
#![allow(dead_code)]

use std::time::Duration;

use agent_apis::ailink::{AIlinkAdmin, AIlinkAgent, AdminClient, AgentClient};
use agent_apis::ClientBuilder;
use agent_apis::RetryPolicy;
use httpmock::MockServer;
use serde_json::{json, Value};

/// The admin key every test admin client sends.
pub const ADMIN_KEY: &str = "adm-secret-4242-key";
/// The virtual token every test agent client sends.
pub const TOKEN: &str = "ailink_v1_00000000_tok_e18c0a25a1dbbde963c762daac3df771";
/// A virtual token as the current head (TrueFlow) issues it.
pub const HEAD_TOKEN: &str = "tf_v1_00000000_tok_5b2c8e1d4a7f90b3c6d2e8f1a4b7c0d3";
/// The default project.
pub const DEFAULT_PROJECT: &str = "00000000-0000-0000-0000-000000000001";
pub const CREDENTIAL_ID: &str = "808f5052-23b0-41e8-9892-e654b3bbbc61";
pub const POLICY_ID: &str = "b4375ef3-acd6-4503-9670-8464a885064a";
pub const APPROVAL_ID: &str = "3f1c9a52-7d8e-4b0a-9c1d-2e3f4a5b6c7d";

fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        max_retries: 2,
        initial_backoff: Duration::from_millis(5),
        max_backoff: Duration::from_millis(20),
        max_retry_after: Duration::from_secs(60),
    }
}

/// An admin client builder for `server` with the test admin key and fast retries.
pub fn admin_builder(server: &MockServer) -> ClientBuilder<AIlinkAdmin> {
    AdminClient::builder()
        .base_url(server.base_url())
        .admin_key(ADMIN_KEY)
        .retry_policy(fast_retries())
}

/// An admin client for `server`.
pub fn admin(server: &MockServer) -> AdminClient {
    admin_builder(server).build().expect("admin client")
}

/// An agent client builder for `server` with the test token, agent name `billing-bot` and fast
/// retries.
pub fn agent_builder(server: &MockServer) -> ClientBuilder<AIlinkAgent> {
    AgentClient::builder()
        .base_url(server.base_url())
        .api_key(TOKEN)
        .agent_name("billing-bot")
        .retry_policy(fast_retries())
}

/// An agent client for `server`.
pub fn agent(server: &MockServer) -> AgentClient {
    agent_builder(server).build().expect("agent client")
}

pub fn bearer() -> String {
    format!("Bearer {TOKEN}")
}

pub fn credential() -> Value {
    json!({"id": CREDENTIAL_ID, "name": "prod-openai", "provider": "openai", "version": 1,
        "is_active": true, "created_at": "2026-11-22T13:19:07.523626Z"})
}

pub fn token() -> Value {
    json!({"id": TOKEN, "project_id": DEFAULT_PROJECT, "name": "billing-bot", "credential_id": CREDENTIAL_ID,
        "upstream_url": "https://api.openai.com", "scopes": [], "policy_ids": [POLICY_ID], "is_active": true,
        "created_at": "2026-11-22T13:19:07.677120Z"})
}

pub fn policy() -> Value {
    json!({"id": POLICY_ID, "project_id": DEFAULT_PROJECT, "name": "rate-limit-100", "mode": "enforce",
        "rules": [{"when": {"always": true}, "then": {"action": "rate_limit", "window": "1m", "max_requests": 100}}],
        "is_active": true, "created_at": "2026-11-22T13:19:08.001Z"})
}

pub fn audit_log(n: u64) -> Value {
    json!({"id": format!("00000000-0000-4000-8000-{n:012}"), "created_at": "2026-11-22T13:20:00Z",
        "token_id": TOKEN, "method": "POST", "path": "/v1/chat/completions", "upstream_status": 200,
        "response_latency_ms": 412, "agent_name": "billing-bot", "policy_result": "allowed",
        "estimated_cost_usd": "0.0012", "shadow_violations": null, "fields_redacted": null})
}

pub fn approval() -> Value {
    json!({"id": APPROVAL_ID, "token_id": TOKEN, "project_id": DEFAULT_PROJECT, "idempotency_key": "job-7",
        "request_summary": {"method": "POST", "path": "/v1/charges", "agent": "billing-bot",
            "upstream": "https://api.stripe.com", "body_preview": "{\"amount\":9000}"},
        "status": "pending", "reviewed_by": null, "reviewed_at": null,
        "expires_at": "2026-11-22T13:30:00Z", "created_at": "2026-11-22T13:20:00Z"})
}

/// A chat completion answer as OpenAI sends it (and the gateway forwards it).
pub fn chat_completion() -> Value {
    json!({"id": "chatcmpl-1", "object": "chat.completion", "created": 1763817600, "model": "gpt-4o",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello from the gateway"},
            "finish_reason": "stop", "logprobs": null}],
        "usage": {"prompt_tokens": 9, "completion_tokens": 5, "total_tokens": 14}})
}
