//! The Mosaia client beyond single operations: the `/v{version}` API root, the seed's resource
//! aliases and their configured scopes (user- vs org-scoped tools, org and user permissions),
//! `get_by_name`, `.stream()` across pages (page size, start, filters kept), the async chat
//! variant, requests refused before sending, answers without bodies, response metadata, error
//! bodies and malformed answers.

mod mosaia_support;

use agent_apis::mosaia::mock::MockServerExt;
use agent_apis::mosaia::types::{self, ChatMessage, ToolOwnerKind};
use agent_apis::mosaia::Client;
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
    let default = Client::builder()
        .base_url(server.base_url())
        .api_key(API_KEY)
        .build()
        .unwrap();
    assert_eq!(default.api_root(), format!("{}/v1", server.base_url()));
    assert_eq!(
        default
            .agents()
            .get_by_id("a-1")
            .send()
            .await
            .unwrap()
            .name
            .as_deref(),
        Some("one")
    );
    let two = Client::builder()
        .base_url(format!("{}/", server.base_url()))
        .version("2")
        .build()
        .unwrap();
    assert_eq!(
        two.agents()
            .get_by_id("a-1")
            .send()
            .await
            .unwrap()
            .name
            .as_deref(),
        Some("two")
    );
    v1.assert_async().await;
    v2.assert_async().await;
}

#[test]
fn invalid_settings_fail_the_build() {
    for builder in [
        Client::builder().version("1/x"),
        Client::builder().frontend_url("mosaia.ai"),
        Client::builder().base_url("ftp://api.mosaia.ai"),
        Client::builder().api_key("bad\nkey"),
    ] {
        assert_eq!(
            builder.build().unwrap_err().kind(),
            ErrorKind::Configuration
        );
    }
    let client = Client::builder().build().unwrap();
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
        both.tools().get_all().send().await.unwrap()[0]
            .name
            .as_deref(),
        Some("mine")
    );
    let org_only = Client::builder()
        .api_url(server.base_url())
        .api_key(API_KEY)
        .org(ORG)
        .build()
        .unwrap();
    assert_eq!(
        org_only.tools().get_all().send().await.unwrap()[0]
            .name
            .as_deref(),
        Some("ours")
    );
    let explicit = both.tools_of(ToolOwnerKind::Org, ORG);
    assert_eq!(
        explicit.get_all().send().await.unwrap()[0].id.as_deref(),
        Some("t-o")
    );
    user_tools.assert_calls_async(1).await;
    org_tools.assert_calls_async(2).await;

    let neither = Client::builder()
        .api_url(server.base_url())
        .api_key(API_KEY)
        .build()
        .unwrap();
    // Neither configured: the request has no owner and fails before anything is sent.
    let err = neither.tools().get_by_id("t-1").send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    assert!(err.message().contains("owner_kind"), "{err}");
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
    let client = client(&server);
    let tools = client.tools();
    assert_eq!(
        tools
            .get_by_name("my_tool")
            .send()
            .await
            .unwrap()
            .and_then(|t| t.id)
            .as_deref(),
        Some("t-1")
    );
    assert!(tools.get_by_name("nope").send().await.unwrap().is_none());
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
        .list_models()
        .provider("openai")
        .limit(2)
        .stream()
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
        .list_agents()
        .limit(2)
        .offset(10)
        .stream()
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
    let answer = client(&server)
        .agents()
        .async_chat_completion("agent-7")
        .messages([ChatMessage::user("Hello, how are you?")])
        .max_tokens(100)
        .send()
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
    // No path id: which model to chat with is required.
    let no_model = client
        .model_chat_completion()
        .messages([ChatMessage::user("hi")])
        .send()
        .await
        .unwrap_err();
    assert_eq!(no_model.kind(), ErrorKind::InvalidRequest);
    assert!(no_model.message().contains("id"), "{no_model}");
    // `name` is required in the create body.
    let missing_name = client
        .create_agent()
        .system_prompt("x")
        .send()
        .await
        .unwrap_err();
    assert_eq!(missing_name.kind(), ErrorKind::InvalidRequest);
    assert!(missing_name.message().contains("name"), "{missing_name}");
    // The org-permission aliases need an org: none configured, none set.
    let no_org = Client::builder()
        .api_url(server.base_url())
        .api_key(API_KEY)
        .build()
        .unwrap();
    let err = no_org
        .permissions()
        .get_org_permissions()
        .send()
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
        .send()
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
    let client = client(&server);
    let agents = client.agents();

    let err = agents.get_by_id("missing").send().await.unwrap_err();
    assert_eq!(
        (err.kind(), err.message(), err.request_id()),
        (ErrorKind::NotFound, "Agent not found", Some("req-42"))
    );
    assert_eq!(err.operation_id(), Some("get_agent"));
    for id in ["html", "truncated"] {
        let err = agents.get_by_id(id).send().await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode, "{id}: {err}");
    }
    let err = agents.get_by_id("error-in-2xx").send().await.unwrap_err();
    assert_eq!(
        (err.kind(), err.message()),
        (ErrorKind::Api, "Out of credits")
    );
}

#[tokio::test]
async fn call_options_apply_to_every_operation() {
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
    let agent = client
        .create_agent()
        .name("Retry-safe")
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(agent.id.as_deref(), Some("a-7"));
}

#[tokio::test]
async fn send_with_response_returns_status_headers_and_request_id() {
    let server = MockServer::start_async().await;
    server.get_agent(|when, then| {
        when.id("a-1");
        then.into_inner()
            .status(200)
            .header("x-request-id", "req-7")
            .header("x-ratelimit-remaining", "99")
            .json_body(json!({"data": record("a-1", json!({"name": "one"}))}));
    });
    server.list_agents(|when, then| {
        when.limit(1);
        then.into_inner()
            .status(200)
            .header("x-request-id", "req-8")
            .json_body(page(vec![record("a-1", json!({}))], 0, 1, 3));
    });
    let client = client(&server);
    let response = client
        .get_agent()
        .id("a-1")
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.request_id().as_deref(), Some("req-7"));
    assert_eq!(
        response
            .headers()
            .get("x-ratelimit-remaining")
            .and_then(|v| v.to_str().ok()),
        Some("99")
    );
    assert_eq!(response.payload().name.as_deref(), Some("one"));
    // A list keeps its paging inside the response's payload.
    let listed = client
        .list_agents()
        .limit(1)
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(listed.request_id().as_deref(), Some("req-8"));
    let list = listed.into_payload();
    assert_eq!((list.len(), list.total()), (1, Some(3)));
    assert_eq!(list.paging.as_ref().and_then(|p| p.limit), Some(1));
}

#[tokio::test]
async fn a_stream_pages_by_50_from_0_by_default_and_keeps_the_filters() {
    let server = MockServer::start_async().await;
    let first = server.list_users(|when, then| {
        when.limit(50).offset(0).search("john").active(true);
        then.into_inner().status(200).json_body(page(
            (0..50)
                .map(|i| record(&format!("u-{i}"), json!({})))
                .collect(),
            0,
            50,
            51,
        ));
    });
    let second = server.list_users(|when, then| {
        when.limit(50).offset(50).search("john").active(true);
        then.into_inner()
            .status(200)
            .json_body(page(vec![record("u-50", json!({}))], 50, 50, 51));
    });
    let client = client(&server);
    let users: Vec<types::User> = client
        .users()
        .get_all()
        .search("john")
        .active(true)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(users.len(), 51);
    assert_eq!(users[50].id.as_deref(), Some("u-50"));
    first.assert_calls_async(1).await;
    second.assert_calls_async(1).await;
}

#[tokio::test]
async fn the_resource_aliases_are_the_operations() {
    let server = MockServer::start_async().await;
    let wallets = server.list_wallets(|when, then| {
        when.org("org-9");
        then.into_inner().status(200).json_body(page(
            vec![record("w-1", json!({"usd_balance": 1.5}))],
            0,
            50,
            1,
        ));
    });
    let meter = server.delete_meter(|when, then| {
        when.id("m-1");
        then.into_inner().status(204);
    });
    let user = server.create_user(|when, then| {
        when.into_inner()
            .json_body(json!({"email": "john@example.com", "tags": ["a", "b"]}));
        then.into_inner()
            .status(200)
            .json_body(json!({"data": record("u-1", json!({"email": "john@example.com"}))}));
    });
    let updated = server.update_model(|when, then| {
        when.id("m-2")
            .into_inner()
            .json_body(json!({"name": "Renamed"}));
        then.into_inner()
            .status(200)
            .json_body(json!({"data": record("m-2", json!({"name": "Renamed"}))}));
    });
    let client = client(&server);
    let listed = client
        .billing()
        .get_wallets()
        .org("org-9")
        .send()
        .await
        .unwrap();
    assert_eq!(listed[0].balance_usd(), Some(1.5));
    client.billing().delete_meter("m-1").send().await.unwrap();
    let created = client
        .users()
        .create()
        .email("john@example.com")
        .tags(["a", "b"])
        .send()
        .await
        .unwrap();
    assert_eq!(created.id.as_deref(), Some("u-1"));
    let model = client
        .models()
        .update("m-2")
        .name("Renamed")
        .send()
        .await
        .unwrap();
    assert_eq!(model.name.as_deref(), Some("Renamed"));
    for mock in [wallets, meter, user, updated] {
        mock.assert_async().await;
    }
}

#[tokio::test]
async fn permission_aliases_fill_the_configured_org_and_user() {
    let server = MockServer::start_async().await;
    let org_list = server.list_permissions(|when, then| {
        when.org(ORG).client("client-1");
        then.into_inner().status(200).json_body(page(
            vec![record("p-1", json!({"org": ORG}))],
            0,
            50,
            1,
        ));
    });
    let other_org = server.list_permissions(|when, then| {
        when.org("org-9");
        then.into_inner()
            .status(200)
            .json_body(page(vec![], 0, 50, 0));
    });
    let user_list = server.list_permissions(|when, then| {
        when.user(USER);
        then.into_inner().status(200).json_body(page(
            vec![record("p-2", json!({"user": USER}))],
            0,
            50,
            1,
        ));
    });
    let org_create = server.create_permission(|when, then| {
        when.into_inner()
            .json_body(json!({"org": ORG, "user": "user-9", "policy": "policy-1"}));
        then.into_inner()
            .status(200)
            .json_body(json!({"data": record("p-3", json!({"org": ORG}))}));
    });
    let user_create = server.create_permission(|when, then| {
        when.into_inner()
            .json_body(json!({"user": USER, "client": "client-1", "policy": "policy-1"}));
        then.into_inner()
            .status(200)
            .json_body(json!({"data": record("p-4", json!({"user": USER}))}));
    });
    let client = client(&server);
    let permissions = client.permissions();
    let org = permissions
        .get_org_permissions()
        .client("client-1")
        .send()
        .await
        .unwrap();
    assert_eq!(org[0].org.as_deref(), Some(ORG));
    // A filter set on the request wins over the configured one.
    let none = permissions
        .get_org_permissions()
        .org("org-9")
        .send()
        .await
        .unwrap();
    assert!(none.is_empty());
    let mine = permissions.get_user_permissions().send().await.unwrap();
    assert_eq!(mine[0].user.as_deref(), Some(USER));
    let created = permissions
        .create_org_permission()
        .user("user-9")
        .policy("policy-1")
        .send()
        .await
        .unwrap();
    assert_eq!(created.id.as_deref(), Some("p-3"));
    let created = permissions
        .create_user_permission()
        .client("client-1")
        .policy("policy-1")
        .send()
        .await
        .unwrap();
    assert_eq!(created.id.as_deref(), Some("p-4"));
    for mock in [org_list, other_org, user_list, org_create, user_create] {
        mock.assert_calls_async(1).await;
    }
}
