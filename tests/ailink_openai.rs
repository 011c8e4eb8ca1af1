//! The OpenAI bridge (cargo feature `openai`): `agent.openai()` sends OpenAI requests through
//! the mock gateway with the virtual token and agent headers, without retries of its own, and
//! the gateway's errors keep their status.
#![cfg(feature = "openai")]

mod ailink_support;

use agent_sdk::ErrorKind;
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
    assert_eq!(agent_sdk::Error::from(err).kind(), ErrorKind::Server);
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
        let err: agent_sdk::Error = agent(&server)
            .openai()
            .unwrap()
            .chat()
            .create(request())
            .await
            .unwrap_err()
            .into();
        assert_eq!(err.kind(), kind, "{status}");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert!(
            err.message().contains("from the gateway"),
            "{}",
            err.message()
        );
        assert_eq!(m.calls_async().await, 1);
        m.delete_async().await;
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
    let err: agent_sdk::Error = agent(&server)
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
    let agent = agent_sdk::ailink::AgentClient::new(server_url, TOKEN).unwrap();
    let oai = agent.openai().unwrap();
    assert!(!format!("{oai:?}").contains(TOKEN));
}
