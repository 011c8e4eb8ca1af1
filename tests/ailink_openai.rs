//! The OpenAI bridge (cargo feature `openai`): `agent.openai()` sends OpenAI requests through
//! the mock gateway with the virtual token and agent headers, without retries of its own, and
//! the gateway's errors keep their status.
#![cfg(feature = "openai")]

mod ailink_support;

use agent_apis::ErrorKind;
use ailink_support::*;
use async_openai::error::OpenAIError;
use async_openai::types::chat::{
    ChatCompletionRequestUserMessageArgs, CreateChatCompletionRequest,
    CreateChatCompletionRequestArgs,
};
use httpmock::{Method, MockServer};
use serde_json::json;

fn request() -> CreateChatCompletionRequest {
    CreateChatCompletionRequestArgs::default()
        .model("gpt-4o")
        .messages([ChatCompletionRequestUserMessageArgs::default()
            .content("Hello!")
            .build()
            .unwrap()
            .into()])
        .build()
        .unwrap()
}

#[tokio::test]
async fn chat_completions_go_to_the_gateway_with_the_virtual_token() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/v1/chat/completions")
            .header("authorization", bearer())
            .header("x-ailink-agent-name", "billing-bot")
            .header("x-ailink-idempotency-key", "run-42")
            .header_missing("openai-organization")
            .header_missing("openai-project")
            .json_body_includes(r#"{"model": "gpt-4o"}"#);
        then.status(200).json_body(chat_completion());
    });
    let agent = agent_builder(&server)
        .idempotency_key("run-42")
        .build()
        .unwrap();
    let oai = agent.openai().unwrap();
    let response = oai.chat().create(request()).await.unwrap();
    m.assert_async().await;
    assert_eq!(response.model, "gpt-4o");
    assert_eq!(
        response.choices[0].message.content.as_deref(),
        Some("Hello from the gateway")
    );
    assert_eq!(response.usage.map(|u| u.total_tokens), Some(14));
}

/// async-openai's default retry layer resends a 5xx answer up to three times.
#[tokio::test]
async fn the_bridge_does_not_retry() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST).path("/v1/chat/completions");
        then.status(503)
            .json_body(json!({"error": "upstream overloaded"}));
    });
    let oai = agent(&server).openai().unwrap();
    let err = oai.chat().create(request()).await.unwrap_err();
    assert_eq!(
        m.calls_async().await,
        1,
        "async-openai's own retry layer is off"
    );
    match &err {
        OpenAIError::ApiError(answer) => assert_eq!(answer.status_code.as_u16(), 503),
        other => panic!("expected an API error, got {other:?}"),
    }
    assert_eq!(agent_apis::Error::from(err).kind(), ErrorKind::Server);
}

#[tokio::test]
async fn gateway_errors_keep_their_status_through_the_bridge() {
    let server = MockServer::start_async().await;
    let cases = [
        (401, ErrorKind::Authentication),
        (402, ErrorKind::PaymentRequired),
        (403, ErrorKind::Permission),
        (408, ErrorKind::Timeout),
        (429, ErrorKind::RateLimited),
        (502, ErrorKind::Server),
    ];
    for (status, kind) in cases {
        let m = server.mock(|when, then| {
            when.method(Method::POST).path("/v1/chat/completions");
            then.status(status)
                .json_body(json!({"error": "from the gateway"}));
        });
        let err: agent_apis::Error = agent(&server)
            .openai()
            .unwrap()
            .chat()
            .create(request())
            .await
            .unwrap_err()
            .into();
        assert_eq!(err.kind(), kind, "{status}");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(err.message(), "from the gateway", "{status}");
        // The bridge sends through the agent's transport: its policy retries a POST after a
        // 429 (the gateway did not process it), and only then.
        let sent = if status == 429 { 3 } else { 1 };
        assert_eq!(m.calls_async().await, sent, "{status}");
        m.delete_async().await;
    }
}

/// What a chat completion through the gateway fails with when `server` answers `status` with
/// `body` (sent as `content_type`).
async fn failure(server: &MockServer, status: u16, content_type: &str, body: &str) -> OpenAIError {
    let m = server.mock(|when, then| {
        when.method(Method::POST).path("/v1/chat/completions");
        then.status(status)
            .header("content-type", content_type)
            .body(body);
    });
    let err = agent(server)
        .openai()
        .unwrap()
        .chat()
        .create(request())
        .await
        .unwrap_err();
    m.delete_async().await;
    err
}

fn api_error(err: &OpenAIError) -> (u16, &str) {
    match err {
        OpenAIError::ApiError(answer) => (
            answer.status_code.as_u16(),
            answer.api_error.message.as_str(),
        ),
        other => panic!("expected an API error, got {other:?}"),
    }
}

/// At 332754c an upstream that keeps failing (or answers slower than 10 s) ends in this 502;
/// async-openai reads a 5xx body as raw text, so without the bridge's rewrite the message
/// would be the JSON itself.
#[tokio::test]
async fn a_gateway_502_reads_like_its_4xx_answers() {
    let server = MockServer::start_async().await;
    let err = failure(
        &server,
        502,
        "application/json",
        r#"{"error":"Upstream request timed out"}"#,
    )
    .await;
    assert_eq!(api_error(&err), (502, "Upstream request timed out"));
    let err = agent_apis::Error::from(err);
    assert_eq!(err.kind(), ErrorKind::Server);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(err.message(), "Upstream request timed out");
}

#[tokio::test]
async fn an_html_503_from_a_proxy_is_a_typed_server_error() {
    let server = MockServer::start_async().await;
    let page = "<html>\n<head><title>503 Service Temporarily Unavailable</title></head>\n\
                <body><center><h1>503 Service Temporarily Unavailable</h1></center>\n\
                <hr><center>nginx</center></body></html>";
    let err = failure(&server, 503, "text/html", page).await;
    let (status, message) = api_error(&err);
    assert_eq!(status, 503);
    assert!(
        message.starts_with("the gateway answered 503 Service Unavailable"),
        "{message}"
    );
    assert!(message.contains("not a JSON error"), "{message}");
    assert!(
        message.contains("nginx"),
        "a snippet of the page: {message}"
    );
    assert!(!message.contains('\n'), "whitespace collapsed: {message:?}");
    let err = agent_apis::Error::from(err);
    assert_eq!(err.kind(), ErrorKind::Server);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
}

#[tokio::test]
async fn an_empty_or_unknown_error_body_says_what_the_status_means() {
    let server = MockServer::start_async().await;
    let err = failure(&server, 500, "text/plain", "").await;
    assert_eq!(
        api_error(&err),
        (
            500,
            "the gateway answered 500 Internal Server Error with an empty body"
        )
    );
    // A 4xx that is not a JSON error keeps its status too (async-openai alone would report
    // a decode failure and drop the status).
    let err = failure(
        &server,
        413,
        "text/html",
        "<h1>413 Request Entity Too Large</h1>",
    )
    .await;
    let (status, message) = api_error(&err);
    assert_eq!(status, 413);
    assert!(
        message.contains("413 Request Entity Too Large"),
        "{message}"
    );
    // 413 is a validation error (the body is over the gateway's limit).
    assert_eq!(agent_apis::Error::from(err).kind(), ErrorKind::Validation);
    let err = failure(&server, 502, "application/json", r#"{"status":"down"}"#).await;
    let (status, message) = api_error(&err);
    assert_eq!(status, 502);
    assert!(message.contains(r#"{"status":"down"}"#), "{message}");
}

/// The current head (c8e564b) answers `{"error": {code, message, request_id, type}}`.
#[tokio::test]
async fn the_heads_nested_error_form_keeps_its_message() {
    let server = MockServer::start_async().await;
    let err = failure(
        &server,
        401,
        "application/json",
        r#"{"error":{"code":"token_not_found","message":"Invalid or missing API token.","request_id":"req_1","type":"authentication_error"}}"#,
    )
    .await;
    assert_eq!(api_error(&err), (401, "Invalid or missing API token."));
    let err = agent_apis::Error::from(err);
    assert_eq!(err.kind(), ErrorKind::Authentication);
    assert_eq!(err.details(), Some("authentication_error"));

    let err = failure(
        &server,
        502,
        "application/json",
        r#"{"error":{"code":"upstream_failed","message":"Request failed after 1 attempts","request_id":"req_2","type":"api_error"}}"#,
    )
    .await;
    assert_eq!(api_error(&err), (502, "Request failed after 1 attempts"));
    assert_eq!(agent_apis::Error::from(err).kind(), ErrorKind::Server);

    // A numeric code is not async-openai's shape: the message still comes through.
    let err = failure(
        &server,
        429,
        "application/json",
        r#"{"error":{"code":429,"message":"Rate limit exceeded. Retry after 60s","type":"rate_limit_error"}}"#,
    )
    .await;
    assert_eq!(
        api_error(&err),
        (429, "Rate limit exceeded. Retry after 60s")
    );
    match &err {
        OpenAIError::ApiError(answer) => assert_eq!(answer.api_error.code.as_deref(), Some("429")),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn an_upstream_openai_error_passes_through() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(Method::POST).path("/v1/chat/completions");
        then.status(404).json_body(
            json!({"error": {"message": "The model `gpt-5x` does not exist",
            "type": "invalid_request_error", "param": null, "code": "model_not_found"}}),
        );
    });
    let err: agent_apis::Error = agent(&server)
        .openai()
        .unwrap()
        .chat()
        .create(request())
        .await
        .unwrap_err()
        .into();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(err.message(), "The model `gpt-5x` does not exist");
    assert_eq!(err.details(), Some("invalid_request_error"));
}

#[test]
fn the_bridge_does_not_print_the_token() {
    let server_url = "http://127.0.0.1:9";
    let agent = agent_apis::ailink::AgentClient::new(server_url, TOKEN).unwrap();
    let oai = agent.openai().unwrap();
    assert!(!format!("{oai:?}").contains(TOKEN));
}

// ── Both gateway versions ───────────────────────────────────────────────────

#[tokio::test]
async fn the_bridge_sends_both_header_names_and_any_token() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/v1/chat/completions")
            .header("authorization", format!("Bearer {HEAD_TOKEN}"))
            .header("x-ailink-agent-name", "billing-bot")
            .header("x-trueflow-agent-name", "billing-bot")
            .header("x-ailink-idempotency-key", "run-42")
            .header("x-trueflow-idempotency-key", "run-42");
        then.status(200).json_body(chat_completion());
    });
    let agent = agent_builder(&server)
        .api_key(HEAD_TOKEN)
        .idempotency_key("run-42")
        .build()
        .unwrap();
    agent
        .openai()
        .unwrap()
        .chat()
        .create(request())
        .await
        .unwrap();
    m.assert_async().await;
}

/// The head's `{"error": {code, message, request_id, type}}` through the bridge: the kind by
/// status as through `proxy()`, the message, and `code` / `type` on the `agent_apis::Error`
/// (for a 5xx too, which async-openai alone would read as plain text).
#[tokio::test]
async fn the_heads_error_code_and_type_reach_the_error_through_the_bridge() {
    let server = MockServer::start_async().await;
    let cases = [
        (
            401,
            "token_revoked",
            "authentication_error",
            ErrorKind::Authentication,
        ),
        (
            402,
            "spend_cap_reached",
            "billing_error",
            ErrorKind::PaymentRequired,
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
        let body = json!({"error": {"code": code, "message": format!("head says {code}"),
            "request_id": "req_9", "type": error_type}})
        .to_string();
        let err = failure(&server, status, "application/json", &body).await;
        assert_eq!(
            api_error(&err),
            (status, format!("head says {code}").as_str())
        );
        match &err {
            OpenAIError::ApiError(answer) => {
                assert_eq!(answer.api_error.code.as_deref(), Some(code));
                assert_eq!(answer.api_error.r#type.as_deref(), Some(error_type));
            }
            other => panic!("{other:?}"),
        }
        let err = agent_apis::Error::from(err);
        assert_eq!(err.kind(), kind, "{status}");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(err.code(), Some(code), "{status}");
        assert_eq!(err.error_type(), Some(error_type), "{status}");
        assert_eq!(err.operation_id(), Some("openai"));
    }
}

/// 332754c's flat body for the statuses only the head sends: kind by status, no code or type.
#[tokio::test]
async fn the_seeds_flat_body_maps_the_new_statuses_through_the_bridge() {
    let server = MockServer::start_async().await;
    for (status, kind) in [
        (413, ErrorKind::Validation),
        (422, ErrorKind::Validation),
        (503, ErrorKind::Server),
    ] {
        let err = failure(
            &server,
            status,
            "application/json",
            r#"{"error":"flat message"}"#,
        )
        .await;
        assert_eq!(api_error(&err), (status, "flat message"));
        let err = agent_apis::Error::from(err);
        assert_eq!(
            (err.kind(), err.message()),
            (kind, "flat message"),
            "{status}"
        );
        assert_eq!((err.code(), err.error_type()), (None, None));
    }
}

#[tokio::test]
async fn a_dead_gateway_through_the_bridge_is_a_connection_error() {
    // A port nothing listens on: the failure happens before any answer, in the transport.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let agent = agent_apis::ailink::AgentClient::builder()
        .base_url(url)
        .api_key("tf_v1_00000000_tok_deaddeaddeaddeaddeaddeaddeaddead")
        .max_retries(0)
        .build()
        .unwrap();
    let err: agent_apis::Error = agent
        .openai()
        .unwrap()
        .chat()
        .create(request())
        .await
        .unwrap_err()
        .into();
    assert_eq!(err.kind(), ErrorKind::Connection, "{err}");
    assert_eq!(err.operation_id(), Some("openai"));
}
