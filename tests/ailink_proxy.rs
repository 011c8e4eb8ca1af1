//! The agent side without the `openai` feature: the typed passthrough (`agent.proxy()`) and the
//! Anthropic endpoint helper, against a mock gateway.
#![cfg(feature = "ailink")]

mod ailink_support;

use std::time::Duration;

use agent_apis::ailink::{AgentClient, ANTHROPIC_API_KEY_PLACEHOLDER};
use agent_apis::{CallOptions, ErrorKind};
use ailink_support::*;
use httpmock::{Method, MockServer};
use serde_json::{json, Value};

fn chat_request() -> Value {
    json!({"model": "gpt-4o", "messages": [{"role": "user", "content": "Hello!"}]})
}

/// The chat completion most tests send: [`chat_request`] through the proxy, answer as JSON.
trait ChatThrough {
    async fn chat_through(&self) -> agent_apis::Result<Value>;
}

impl ChatThrough for AgentClient {
    async fn chat_through(&self) -> agent_apis::Result<Value> {
        self.proxy()
            .post("/v1/chat/completions")
            .json(&chat_request())
            .send::<Value>()
            .await
    }
}

#[tokio::test]
async fn a_chat_completion_goes_through_the_gateway_with_the_token() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/v1/chat/completions")
            .header("authorization", bearer())
            .header("x-ailink-agent-name", "billing-bot")
            .header("content-type", "application/json")
            .header_missing("x-admin-key")
            .header_missing("x-ailink-idempotency-key")
            .json_body(chat_request());
        then.status(200).json_body(chat_completion());
    });
    let answer: Value = agent(&server)
        .proxy()
        .post("/v1/chat/completions")
        .json(&chat_request())
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        answer["choices"][0]["message"]["content"],
        "Hello from the gateway"
    );
}

/// The typed chat completion sends the OpenAI body and, on request, gives the status and the
/// request id beside the answer.
#[tokio::test]
async fn a_typed_chat_completion_send_with_response_gives_status_and_request_id() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/v1/chat/completions")
            .header("authorization", bearer())
            .json_body_includes(
                r#"{"model": "gpt-4o", "messages": [{"role": "user", "content": "Hello!"}]}"#,
            );
        then.status(200)
            .header("x-request-id", "req-chat-1")
            .json_body(chat_completion());
    });
    let answer = agent(&server)
        .chat_completion()
        .model("gpt-4o")
        .user("Hello!")
        .send_with_response()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(answer.status().as_u16(), 200);
    assert_eq!(answer.request_id().as_deref(), Some("req-chat-1"));
    assert_eq!(
        answer.choices[0].message.content.as_deref(),
        Some("Hello from the gateway")
    );
}

/// The gateway names an agent without `X-AIlink-Agent-Name` after its `User-Agent`; the docs
/// promise that this is `agent-apis/<version>`.
#[tokio::test]
async fn an_unnamed_agent_is_known_by_the_sdks_user_agent() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/v1/chat/completions")
            .header_missing("x-ailink-agent-name")
            .header(
                "user-agent",
                concat!("agent-apis/", env!("CARGO_PKG_VERSION")),
            );
        then.status(200).json_body(chat_completion());
    });
    let unnamed = AgentClient::new(server.base_url(), TOKEN).unwrap();
    assert_eq!(unnamed.agent_name(), None);
    unnamed.chat_through().await.unwrap();
    m.assert_async().await;
}

#[tokio::test]
async fn every_proxy_error_status_maps_to_its_kind() {
    let server = MockServer::start_async().await;
    let cases = [
        (401, "invalid or missing token", ErrorKind::Authentication),
        // Not produced at 332754c (its spend-cap check is a stub); the current head sends 402.
        (402, "spend cap reached", ErrorKind::PaymentRequired),
        (403, "request blocked by policy", ErrorKind::Permission),
        (408, "approval timed out", ErrorKind::Timeout),
        (429, "rate limit exceeded", ErrorKind::RateLimited),
        (502, "Request error: error sending request for url (https://api.openai.com/v1/chat/completions)", ErrorKind::Server),
        // An upstream that keeps answering 429/5xx, or is slower than the gateway's 10 s.
        (502, "Upstream request timed out", ErrorKind::Server),
    ];
    for (status, message, kind) in cases {
        let m = server.mock(|when, then| {
            when.method(Method::POST).path("/v1/chat/completions");
            then.status(status)
                .header("retry-after", "1")
                .json_body(json!({"error": message}));
        });
        let err = agent(&server).chat_through().await.unwrap_err();
        assert_eq!(err.kind(), kind, "{status}");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(err.message(), message);
        assert_eq!(err.operation_id(), Some("proxy"));
        assert_eq!(err.retry_after(), Some(Duration::from_secs(1)), "{status}");
        // A POST without an idempotency key is sent once (the gateway decides), except after a
        // 429, which says the request was not processed: then it is retried (2 retries).
        let sent = if status == 429 { 3 } else { 1 };
        assert_eq!(m.calls_async().await, sent, "{status}");
        m.delete_async().await;
    }
}

#[tokio::test]
async fn an_upstream_error_passed_through_keeps_its_message() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::POST).path("/v1/chat/completions");
        then.status(400).json_body(
            json!({"error": {"message": "model not found", "type": "invalid_request_error"}}),
        );
    });
    let err = agent(&server).chat_through().await.unwrap_err();
    assert_eq!(
        (err.kind(), err.message()),
        (ErrorKind::Validation, "model not found")
    );
}

#[tokio::test]
async fn an_idempotency_key_makes_a_post_retryable() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/v1/charges")
            .header("x-ailink-idempotency-key", "job-7");
        then.status(502)
            .json_body(json!({"error": "upstream down"}));
    });
    let err = agent(&server)
        .proxy()
        .post("/v1/charges")
        .idempotency_key("job-7")
        .json(&json!({"amount": 9000}))
        .send::<Value>()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Server);
    assert_eq!(m.calls_async().await, 3, "first attempt and two retries");
}

#[tokio::test]
async fn client_level_idempotency_key_query_and_headers_are_sent() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/v1/models")
            .query_param("limit", "2")
            .header("authorization", bearer())
            .header("x-ailink-idempotency-key", "run-42")
            .header("x-trace", "abc");
        then.status(200)
            .header("x-upstream", "openai")
            .body("{\"data\": []}");
    });
    let agent = agent_builder(&server)
        .idempotency_key("run-42")
        .build()
        .unwrap();
    let raw = agent
        .proxy()
        .get("/v1/models")
        .query("limit", "2")
        .header("x-trace", "abc")
        .send_raw()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(raw.status.as_u16(), 200);
    assert_eq!(raw.headers["x-upstream"], "openai");
    assert_eq!(raw.json::<Value>().unwrap(), json!({"data": []}));
}

#[tokio::test]
async fn bad_paths_and_headers_are_refused_before_sending() {
    let server = MockServer::start_async().await;
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200);
    });
    let agent = agent(&server);
    for path in [
        "https://evil.example/v1/chat/completions",
        "v1/chat/completions",
        "",
    ] {
        let err = agent
            .proxy()
            .post(path)
            .json(&chat_request())
            .send::<Value>()
            .await
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{path}");
    }
    let err = agent
        .proxy()
        .post("/v1/x")
        .header("bad header", "v")
        .send_raw()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test]
async fn a_success_body_that_is_not_json_is_a_decode_error() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::POST).path("/v1/chat/completions");
        then.status(200).body("<html>captive portal</html>");
    });
    let err = agent(&server).chat_through().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode);
    assert!(err.body_snippet().unwrap().contains("captive portal"));
}

#[tokio::test]
async fn a_slow_gateway_times_out() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::POST).path("/v1/chat/completions");
        then.status(200)
            .delay(Duration::from_secs(5))
            .json_body(chat_completion());
    });
    let agent = agent(&server).with_options(CallOptions::new().timeout(Duration::from_millis(100)));
    let err = agent.chat_through().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout);
}

#[tokio::test]
async fn a_dead_gateway_is_a_connection_error() {
    // A port nobody listens on (mock servers are pooled and keep listening when dropped).
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let agent = AgentClient::builder()
        .base_url(url)
        .api_key(TOKEN)
        .max_retries(0)
        .build()
        .unwrap();
    let err = agent.chat_through().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Connection);
    assert!(!format!("{err} {err:?}").contains(TOKEN));
}

#[tokio::test]
async fn an_anthropic_client_reaches_the_gateway_with_the_virtual_token() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/v1/messages")
            .header("authorization", bearer())
            .header("x-api-key", ANTHROPIC_API_KEY_PLACEHOLDER)
            .header("x-ailink-agent-name", "billing-bot");
        then.status(200).json_body(
            json!({"id": "msg_1", "type": "message", "content": [{"type": "text", "text": "Hi"}]}),
        );
    });
    let gateway = agent(&server).anthropic();
    assert_eq!(gateway.base_url(), server.base_url());
    assert!(gateway.headers()["authorization"].is_sensitive());
    let answer: Value = gateway
        .http_client()
        .unwrap()
        .post(format!("{}/v1/messages", gateway.base_url()))
        .json(&json!({"model": "claude-sonnet-4-5", "max_tokens": 64, "messages": [{"role": "user", "content": "Hi"}]}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(answer["content"][0]["text"], "Hi");
}

// ── Both gateway versions ───────────────────────────────────────────────────

/// 332754c reads `X-AIlink-*`, the head `X-TrueFlow-*`: the agent name and the idempotency
/// key go out under both names, from the builder, per request and per call.
#[tokio::test]
async fn agent_name_and_idempotency_key_go_out_under_both_names() {
    let server = MockServer::start_async().await;
    let both = |when: httpmock::When, key: &str| {
        when.method(Method::POST)
            .path("/v1/chat/completions")
            .header("x-ailink-agent-name", "billing-bot")
            .header("x-trueflow-agent-name", "billing-bot")
            .header("x-ailink-idempotency-key", key)
            .header("x-trueflow-idempotency-key", key);
    };
    let client_level = server.mock(|when, then| {
        both(when, "run-42");
        then.status(200).json_body(chat_completion());
    });
    let with_key = agent_builder(&server)
        .idempotency_key("run-42")
        .build()
        .unwrap();
    with_key.chat_through().await.unwrap();
    client_level.assert_async().await;

    let per_request = server.mock(|when, then| {
        both(when, "job-7");
        then.status(200).json_body(chat_completion());
    });
    agent_builder(&server)
        .build()
        .unwrap()
        .proxy()
        .post("/v1/chat/completions")
        .idempotency_key("job-7")
        .json(&chat_request())
        .send::<Value>()
        .await
        .unwrap();
    per_request.assert_async().await;

    let per_call = server.mock(|when, then| {
        both(when, "call-9");
        then.status(200).json_body(chat_completion());
    });
    agent(&server)
        .with_options(CallOptions::new().idempotency_key("call-9"))
        .chat_through()
        .await
        .unwrap();
    per_call.assert_async().await;
}

/// A head token (`tf_v1_`) and a seed token (`ailink_v1_`) are both sent as they are.
#[tokio::test]
async fn tokens_of_either_version_are_sent_as_given() {
    let server = MockServer::start_async().await;
    for token in [TOKEN, HEAD_TOKEN] {
        let m = server.mock(|when, then| {
            when.method(Method::POST)
                .path("/v1/chat/completions")
                .header("authorization", format!("Bearer {token}"));
            then.status(200).json_body(chat_completion());
        });
        AgentClient::new(server.base_url(), token)
            .unwrap()
            .chat_through()
            .await
            .unwrap();
        m.assert_async().await;
        m.delete_async().await;
    }
}

/// The head's OpenAI-shaped error body: message, code, type and request id (from the body when
/// no header carries one), and every status the head sends maps to its kind.
#[tokio::test]
async fn the_heads_nested_error_body_fills_the_error() {
    let server = MockServer::start_async().await;
    let cases = [
        (
            401,
            "token_not_found",
            "authentication_error",
            ErrorKind::Authentication,
        ),
        (
            402,
            "spend_cap_reached",
            "billing_error",
            ErrorKind::PaymentRequired,
        ),
        (
            403,
            "policy_denied",
            "permission_error",
            ErrorKind::Permission,
        ),
        (408, "approval_timeout", "timeout_error", ErrorKind::Timeout),
        (
            413,
            "payload_too_large",
            "invalid_request_error",
            ErrorKind::Validation,
        ),
        (
            422,
            "validation_error",
            "invalid_request_error",
            ErrorKind::Validation,
        ),
        (
            429,
            "rate_limit_exceeded",
            "rate_limit_error",
            ErrorKind::RateLimited,
        ),
        (502, "upstream_failed", "api_error", ErrorKind::Server),
        (
            503,
            "all_upstreams_exhausted",
            "api_error",
            ErrorKind::Server,
        ),
    ];
    for (status, code, error_type, kind) in cases {
        let m = server.mock(|when, then| {
            when.method(Method::POST).path("/v1/chat/completions");
            let then = then.status(status).json_body(
                json!({"error": {"code": code, "message": format!("head says {code}"),
                    "request_id": format!("req-{status}"), "type": error_type}}),
            );
            if status == 429 {
                then.header("retry-after", "60")
                    .header("x-ratelimit-reset", "60");
            }
        });
        let err = agent(&server)
            .with_options(CallOptions::new().max_retries(0))
            .chat_through()
            .await
            .unwrap_err();
        assert_eq!(err.kind(), kind, "{status}");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(err.message(), format!("head says {code}"));
        assert_eq!(err.code(), Some(code), "{status}");
        assert_eq!(err.error_type(), Some(error_type), "{status}");
        assert_eq!(err.request_id(), Some(format!("req-{status}").as_str()));
        let wait = (status == 429).then(|| Duration::from_secs(60));
        assert_eq!(err.retry_after(), wait, "{status}");
        assert_eq!(m.calls_async().await, 1, "{status}");
        m.delete_async().await;
    }
}

/// 332754c's flat `{"error": "..."}` body for the statuses only the head sends still maps by
/// status, with no code or type made up.
#[tokio::test]
async fn the_seeds_flat_error_body_maps_the_new_statuses_too() {
    let server = MockServer::start_async().await;
    for (status, kind) in [
        (413, ErrorKind::Validation),
        (422, ErrorKind::Validation),
        (503, ErrorKind::Server),
    ] {
        let m = server.mock(|when, then| {
            when.method(Method::POST).path("/v1/chat/completions");
            then.status(status)
                .header("x-request-id", "hdr-1")
                .json_body(json!({"error": "flat message"}));
        });
        let err = agent(&server)
            .with_options(CallOptions::new().max_retries(0))
            .chat_through()
            .await
            .unwrap_err();
        assert_eq!(
            (err.kind(), err.message()),
            (kind, "flat message"),
            "{status}"
        );
        assert_eq!((err.code(), err.error_type()), (None, None));
        assert_eq!(err.request_id(), Some("hdr-1"));
        m.delete_async().await;
    }
}
