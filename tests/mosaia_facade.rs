//! The Mosaia facade beyond single operations: the `/v{version}` API root, user- vs org-scoped
//! tools, `get_by_name`, pagination streams across pages, the async chat variant, filters a list
//! does not support, answers without bodies, error bodies and malformed answers.

mod mosaia_support;

use agent_apis::mosaia::mock::MockServerExt;
use agent_apis::mosaia::types::{self, ChatMessage, ToolOwnerKind};
use agent_apis::mosaia::{ListParams, Mosaia};
use agent_apis::ErrorKind;
use futures::{StreamExt, TryStreamExt};
use httpmock::{Method, MockServer};
use mosaia_support::*;
use serde_json::json;

#[tokio::test]
async fn requests_go_to_base_url_slash_v_version() {
    let server = MockServer::start_async().await;
    let v1 = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/v1/agent/a-1")
            .header("authorization", bearer(API_KEY));
        then.status(200)
            .json_body(json!({"data": record("a-1", json!({"name": "one"}))}));
    });
    let v2 = server.mock(|when, then| {
        when.method(Method::GET).path("/v2/agent/a-1");
        then.status(200)
            .json_body(json!({"data": record("a-1", json!({"name": "two"}))}));
    });
    let default = Mosaia::builder()
        .base_url(server.base_url())
        .api_key(API_KEY)
        .build()
        .unwrap();
    assert_eq!(default.api_root(), format!("{}/v1", server.base_url()));
    assert_eq!(
        default
            .agents()
            .get_by_id("a-1")
            .await
            .unwrap()
            .name
            .as_deref(),
        Some("one")
    );
    let two = Mosaia::builder()
        .base_url(format!("{}/", server.base_url()))
        .version("2")
        .build()
        .unwrap();
    assert_eq!(
        two.agents().get_by_id("a-1").await.unwrap().name.as_deref(),
        Some("two")
    );
    v1.assert_async().await;
    v2.assert_async().await;
}

#[test]
fn invalid_settings_fail_the_build() {
    for builder in [
        Mosaia::builder().version("1/x"),
        Mosaia::builder().frontend_url("mosaia.ai"),
        Mosaia::builder().base_url("ftp://api.mosaia.ai"),
        Mosaia::builder().api_key("bad\nkey"),
    ] {
        assert_eq!(
            builder.build().unwrap_err().kind(),
            ErrorKind::Configuration
        );
    }
    let client = Mosaia::builder().build().unwrap();
    assert_eq!(client.api_root(), "https://api.mosaia.ai/v1");
    assert_eq!(client.config().frontend_url(), "https://mosaia.ai");
}

#[tokio::test]
async fn tools_live_under_the_configured_user_else_the_org() {
    let server = MockServer::start_async().await;
    let user_tools = server.list_tools(|when, then| {
        when.owner_kind(&ToolOwnerKind::User).owner_id(USER);
        then.into_inner().status(200).json_body(page(
            vec![record("t-u", json!({"name": "mine"}))],
            0,
            50,
            1,
        ));
    });
    let org_tools = server.list_tools(|when, then| {
        when.owner_kind(&ToolOwnerKind::Org).owner_id(ORG);
        then.into_inner().status(200).json_body(page(
            vec![record("t-o", json!({"name": "ours"}))],
            0,
            50,
            1,
        ));
    });

    let both = builder(&server).api_key(API_KEY).build().unwrap();
    assert_eq!(
        both.tools()
            .get_all(&ListParams::new())
            .await
            .unwrap()
            .items[0]
            .name
            .as_deref(),
        Some("mine")
    );
    let org_only = Mosaia::builder()
        .api_url(server.base_url())
        .api_key(API_KEY)
        .org(ORG)
        .build()
        .unwrap();
    assert_eq!(
        org_only
            .tools()
            .get_all(&ListParams::new())
            .await
            .unwrap()
            .items[0]
            .name
            .as_deref(),
        Some("ours")
    );
    let explicit = both.tools_of(ToolOwnerKind::Org, ORG);
    assert_eq!(
        explicit.get_all(&ListParams::new()).await.unwrap().items[0]
            .id
            .as_deref(),
        Some("t-o")
    );
    user_tools.assert_calls_async(1).await;
    org_tools.assert_calls_async(2).await;

    let neither = Mosaia::builder()
        .api_url(server.base_url())
        .api_key(API_KEY)
        .build()
        .unwrap();
    let err = neither.tools().get_by_id("t-1").await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Configuration);
    assert!(err.message().contains("user"), "{err}");
}

#[tokio::test]
async fn get_by_name_finds_the_tool_or_nothing() {
    let server = MockServer::start_async().await;
    let found = server.list_tools(|when, then| {
        when.owner_id(USER).name("my_tool");
        then.into_inner()
            .status(200)
            .json_body(json!({"data": [record("t-1", json!({"name": "my_tool"}))]}));
    });
    let missing = server.list_tools(|when, then| {
        when.owner_id(USER).name("nope");
        then.into_inner().status(200).json_body(json!({"data": []}));
    });
    let tools = client(&server).tools();
    assert_eq!(
        tools
            .get_by_name("my_tool")
            .await
            .unwrap()
            .and_then(|t| t.id)
            .as_deref(),
        Some("t-1")
    );
    assert!(tools.get_by_name("nope").await.unwrap().is_none());
    found.assert_async().await;
    missing.assert_async().await;
}

#[tokio::test]
async fn streams_walk_every_page_and_stop_at_the_total() {
    let server = MockServer::start_async().await;
    let pages: Vec<_> = [
        (0u64, vec!["m-1", "m-2"]),
        (2, vec!["m-3", "m-4"]),
        (4, vec!["m-5"]),
    ]
    .into_iter()
    .map(|(offset, ids)| {
        let items = ids
            .iter()
            .map(|id| record(id, json!({"provider": "openai"})))
            .collect();
        server.list_models(|when, then| {
            when.limit(2).offset(offset as i64).provider("openai");
            then.into_inner()
                .status(200)
                .json_body(page(items, offset, 2, 5));
        })
    })
    .collect();
    let client = client(&server);
    let models: Vec<types::Model> = client
        .models()
        .stream(&ListParams::new().provider("openai").limit(2))
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = models.iter().filter_map(|m| m.id.as_deref()).collect();
    assert_eq!(ids, ["m-1", "m-2", "m-3", "m-4", "m-5"]);
    for page in &pages {
        page.assert_calls_async(1).await;
    }
}

#[tokio::test]
async fn streams_without_paging_stop_at_a_short_page_and_end_after_an_error() {
    let server = MockServer::start_async().await;
    let first = server.list_agents(|when, then| {
        when.limit(2).offset(10);
        then.into_inner()
            .status(200)
            .json_body(json!({"data": [record("a-1", json!({})), record("a-2", json!({}))]}));
    });
    let second = server.list_agents(|when, then| {
        when.limit(2).offset(12);
        then.into_inner()
            .status(500)
            .json_body(json!({"message": "database unavailable"}));
    });
    let client = client(&server);
    let results: Vec<_> = client
        .agents()
        .stream(&ListParams::new().limit(2).offset(10))
        .collect()
        .await;
    assert_eq!(results.len(), 3);
    let err = results[2].as_ref().unwrap_err();
    assert_eq!(
        (err.kind(), err.message()),
        (ErrorKind::Server, "database unavailable")
    );
    first.assert_async().await;
    second.assert_async().await;
}

#[tokio::test]
async fn async_chat_completion_sends_type_async_to_the_agent_path() {
    let server = MockServer::start_async().await;
    let mock = server.agent_chat_completion(|when, then| {
        when.id("agent-7")
            .into_inner()
            .json_body(json!({"model": "agent-7", "type": "async",
            "messages": [{"role": "user", "content": "Hello, how are you?"}], "max_tokens": 100}));
        then.into_inner()
            .status(200)
            .json_body(json!({"id": "job-1", "object": "chat.completion", "choices": []}));
    });
    let request = types::ChatCompletionRequest::builder()
        .model(Some("agent-7".to_string()))
        .messages(vec![ChatMessage::user("Hello, how are you?")])
        .max_tokens(Some(100));
    let answer = client(&server)
        .agents()
        .async_chat_completion(request)
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(answer.id.as_deref(), Some("job-1"));
    assert_eq!(answer.text(), None);
}

#[tokio::test]
async fn bad_arguments_fail_before_anything_is_sent() {
    let server = MockServer::start_async().await;
    let anything = server.mock(|_, then| {
        then.status(200).json_body(json!({"data": []}));
    });
    let client = client(&server);
    let no_model = types::ChatCompletionRequest::builder().messages(vec![ChatMessage::user("hi")]);
    assert_eq!(
        client
            .models()
            .chat_completion(no_model)
            .await
            .unwrap_err()
            .kind(),
        ErrorKind::InvalidRequest
    );
    let streaming = types::ChatCompletionRequest::builder()
        .model(Some("m-1".to_string()))
        .messages(vec![ChatMessage::user("hi")])
        .stream(Some(true));
    assert_eq!(
        client
            .models()
            .chat_completion(streaming)
            .await
            .unwrap_err()
            .kind(),
        ErrorKind::InvalidRequest
    );
    let err = client
        .agents()
        .get_all(&ListParams::new().provider("openai"))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    assert!(err.message().contains("`provider`"), "{err}");
    let missing_name = types::CreateAgentRequest::builder().system_prompt(Some("x".to_string()));
    assert_eq!(
        client
            .agents()
            .create(missing_name)
            .await
            .unwrap_err()
            .kind(),
        ErrorKind::InvalidRequest
    );
    let no_org = Mosaia::builder()
        .api_url(server.base_url())
        .api_key(API_KEY)
        .build()
        .unwrap();
    let err = no_org
        .permissions()
        .org_permissions()
        .get_all(&ListParams::new())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    anything.assert_calls_async(0).await;
}

#[tokio::test]
async fn a_delete_answered_204_without_a_body_succeeds() {
    let server = MockServer::start_async().await;
    let mock = server.delete_agent(|when, then| {
        when.id("a-1");
        then.into_inner().status(204);
    });
    client(&server)
        .agents()
        .delete("a-1")
        .await
        .expect("delete");
    mock.assert_async().await;
}

#[tokio::test]
async fn error_answers_become_typed_errors() {
    let server = MockServer::start_async().await;
    server.get_agent(|when, then| {
        when.id("missing");
        then.into_inner()
            .status(404)
            .header("x-request-id", "req-42")
            .json_body(json!({"message": "Agent not found", "code": "NOT_FOUND"}));
    });
    server.get_agent(|when, then| {
        when.id("html");
        then.into_inner()
            .status(200)
            .header("content-type", "text/html")
            .body("<html><body>Maintenance</body></html>");
    });
    server.get_agent(|when, then| {
        when.id("truncated");
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .body(r#"{"data": {"id": "a-"#);
    });
    server.get_agent(|when, then| {
        when.id("error-in-2xx");
        then.into_inner()
            .status(200)
            .json_body(json!({"error": "QUOTA", "message": "Out of credits"}));
    });
    let agents = client(&server).agents();

    let err = agents.get_by_id("missing").await.unwrap_err();
    assert_eq!(
        (err.kind(), err.message(), err.request_id()),
        (ErrorKind::NotFound, "Agent not found", Some("req-42"))
    );
    assert_eq!(err.operation_id(), Some("get_agent"));
    for id in ["html", "truncated"] {
        let err = agents.get_by_id(id).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode, "{id}: {err}");
    }
    let err = agents.get_by_id("error-in-2xx").await.unwrap_err();
    assert_eq!(
        (err.kind(), err.message()),
        (ErrorKind::Api, "Out of credits")
    );
}

#[tokio::test]
async fn call_options_apply_to_facade_calls() {
    let server = MockServer::start_async().await;
    let mock = server.create_agent(|when, then| {
        when.into_inner()
            .header("idempotency-key", "create-agent-7")
            .header("x-trace", "walk-1")
            .header("authorization", bearer(API_KEY));
        then.into_inner()
            .status(200)
            .json_body(json!({"data": record("a-7", json!({"name": "Retry-safe"}))}));
    });
    let options = agent_apis::CallOptions::new()
        .idempotency_key("create-agent-7")
        .header("x-trace", "walk-1")
        .unwrap();
    let client = client(&server).with_options(options);
    let body = types::CreateAgentRequest::builder().name("Retry-safe");
    let agent = client.agents().create(body).await.unwrap();
    mock.assert_async().await;
    assert_eq!(agent.id.as_deref(), Some("a-7"));
}
