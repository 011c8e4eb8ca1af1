//! Shared fixtures of the Mosaia tests: clients pointed at a loopback mock (which serves the
//! spec's paths at `/`, so the clients use it as their API URL), records shaped like the
//! platform's (`shared/reference/mosaia.md`), and sign-in answers.
#![allow(dead_code)]

use agent_apis::mosaia::{Client, MosaiaService};
use agent_apis::ClientBuilder;
use httpmock::MockServer;
use serde_json::{json, Value};

/// The API key of [`client`].
pub const API_KEY: &str = "mk-test-api-key-0f3c9a";
/// The user and organization [`client`] is configured with.
pub const USER: &str = "user-1";
pub const ORG: &str = "org-1";
/// The OAuth client id and secret of the auth tests.
pub const CLIENT_ID: &str = "client-42";
pub const CLIENT_SECRET: &str = "cs-very-secret-9d1e";
/// Tokens the mock sign-in issues.
pub const ACCESS_1: &str = "at-first-7a1b2c3d";
pub const REFRESH_1: &str = "rt-first-4e5f6a7b";
pub const ACCESS_2: &str = "at-second-8c9d0e1f";
pub const REFRESH_2: &str = "rt-second-2a3b4c5d";

/// A builder for the mock at `server`, without retries, for the user and org above.
pub fn builder(server: &MockServer) -> ClientBuilder<MosaiaService> {
    Client::builder()
        .api_url(server.base_url())
        .user(USER)
        .org(ORG)
        .max_retries(0)
}

/// A client with the API key, user and org above.
pub fn client(server: &MockServer) -> Client {
    builder(server).api_key(API_KEY).build().expect("client")
}

/// `Bearer <token>`.
pub fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

/// A record with the fields every Mosaia entity carries, plus `fields`.
pub fn record(id: &str, fields: Value) -> Value {
    let mut base = json!({
        "id": id,
        "active": true,
        "external_id": null,
        "extensors": {"team": "platform"},
        "record_history": {
            "created_at": "2025-07-01T10:00:00.000Z",
            "created_by": USER,
            "created_by_type": "user",
            "updated_at": "2025-07-02T11:30:00.000Z",
            "updated_by": USER,
            "updated_by_type": "user"
        },
        "a_field_this_sdk_does_not_know": {"nested": [1, 2]}
    });
    if let (Some(base), Value::Object(extra)) = (base.as_object_mut(), fields) {
        base.extend(extra);
    }
    base
}

/// `{data: [..], paging}` as the platform answers list calls.
pub fn page(items: Vec<Value>, offset: u64, limit: u64, total: u64) -> Value {
    json!({"data": items, "paging": {"offset": offset, "limit": limit, "total": total,
        "page": offset / limit.max(1) + 1, "total_pages": total.div_ceil(limit.max(1))}})
}

/// The answer of `POST /auth/signin`.
pub fn signed_in(access: &str, refresh: Option<&str>, expires_in: i64) -> Value {
    json!({"data": {"access_token": access, "refresh_token": refresh, "token_type": "Bearer",
        "expires_in": expires_in, "sub": USER, "iat": "1751364000000", "exp": "1751367600000"}})
}

/// A bare OpenAI-style chat completion answer.
pub fn completion(text: &str) -> Value {
    json!({"id": "chatcmpl-1", "object": "chat.completion", "created": 1751364000, "model": "gpt-4o",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text, "refusal": null},
            "finish_reason": "stop", "logprobs": null}],
        "usage": {"prompt_tokens": 12, "completion_tokens": 5, "total_tokens": 17,
            "prompt_tokens_details": {"cached_tokens": 0}},
        "system_fingerprint": "fp_1"})
}
