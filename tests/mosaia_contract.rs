//! One contract test per Mosaia operation (the 75 of `openapi/mosaia.yaml`), each called as a
//! user calls it (`client.<operation>()…send()`, or the helper the seed names): the request the
//! SDK sends (method and path from the spec's typed mock, plus the exact path, query, body and
//! bearer token) and the decoding of an answer shaped like the platform's.
//!
//! The 65 list/get/create/update/delete operations of the 13 resources come from one table
//! (`crud_contract!`); each row names the operations, the path parameters they share (`scope`),
//! the collection path, a realistic record with a field to check, the list filters and the
//! create/update bodies.
//!
//! The wire shapes of the official Node SDK 0.0.53 (sign-out body, client creation with its
//! one-time secret, `GET /tool`, the 0.0.52 field names beside the older ones) are at the end.
//! The 13 operations the platform dropped are deprecated in the facade but still seed
//! capabilities, so they are tested like the others.
#![allow(deprecated)]
// The table's `scope: |b| b` rows rebind the builder unchanged.
#![allow(clippy::redundant_locals)]

mod mosaia_support;

use agent_apis::mosaia::mock::MockServerExt;
use agent_apis::mosaia::types::{self, ChatMessage, ChatRole, ToolOwnerKind};
use agent_apis::mosaia::Client;
use httpmock::MockServer;
use mosaia_support::*;
use serde_json::{json, Value};

/// A request body from its JSON form (the tests then assert that exactly this JSON is sent).
fn body<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("a valid request body")
}

macro_rules! crud_contract {
    ($($module:ident {
        scope: |$b:ident| $scope:expr,
        ops: [$list:ident, $get:ident, $create:ident, $update:ident, $delete:ident],
        path: $path:literal,
        record: $record:expr,
        check: |$it:ident| $check:block,
        list: |$lb:ident| $filters:expr => [$(($qk:literal, $qv:literal)),*],
        create: $cbody:expr => $cjson:expr,
        update: $ubody:expr => $ujson:expr,
    })*) => {$(
        mod $module {
            use super::*;

            #[tokio::test]
            async fn $list() {
                let server = MockServer::start_async().await;
                let mock = server.$list(|when, then| {
                    when.into_inner()
                        .path($path)
                        .header("authorization", bearer(API_KEY))
                        .query_param("limit", "2")
                        .query_param("offset", "4")
                        $(.query_param($qk, $qv))*;
                    then.into_inner().status(200).json_body(page(vec![record("rec-1", $record)], 4, 2, 5));
                });
                let client = client(&server);
                let $b = client.$list();
                let $lb = $scope;
                let listed = $filters.limit(2).offset(4).send().await.expect("list");
                mock.assert_async().await;
                assert_eq!((listed.items.len(), listed.total()), (1, Some(5)));
                let $it = &listed.items[0];
                assert_eq!(($it.id.as_deref(), $it.active), (Some("rec-1"), Some(true)));
                assert_eq!($it.record_history.as_ref().and_then(|h| h.created_by.as_deref()), Some(USER));
                $check
            }

            #[tokio::test]
            async fn $get() {
                let server = MockServer::start_async().await;
                let mock = server.$get(|when, then| {
                    when.into_inner().path(concat!($path, "/rec-1")).header("authorization", bearer(API_KEY));
                    then.into_inner().status(200).json_body(json!({"data": record("rec-1", $record)}));
                });
                let client = client(&server);
                let $b = client.$get();
                let item = $scope.id("rec-1").send().await.expect("get");
                mock.assert_async().await;
                let $it = &item;
                assert_eq!($it.id.as_deref(), Some("rec-1"));
                $check
            }

            #[tokio::test]
            async fn $create() {
                let server = MockServer::start_async().await;
                let mock = server.$create(|when, then| {
                    when.into_inner().path($path).json_body($cjson);
                    // The spec declares 200; a 201 is a success too.
                    then.into_inner().status(201).json_body(json!({"data": record("rec-1", $record)}));
                });
                let client = client(&server);
                let $b = client.$create();
                let item = $scope.body($cbody).send().await.expect("create");
                mock.assert_async().await;
                let $it = &item;
                assert_eq!($it.id.as_deref(), Some("rec-1"));
                $check
            }

            #[tokio::test]
            async fn $update() {
                let server = MockServer::start_async().await;
                let mock = server.$update(|when, then| {
                    when.into_inner().path(concat!($path, "/rec-1")).json_body($ujson);
                    then.into_inner().status(200).json_body(json!({"data": record("rec-1", $record)}));
                });
                let client = client(&server);
                let $b = client.$update();
                let item = $scope.id("rec-1").body($ubody).send().await.expect("update");
                mock.assert_async().await;
                let $it = &item;
                assert_eq!($it.record_history.as_ref().and_then(|h| h.updated_at.as_ref()).map(|t| t.to_string()),
                    Some("2025-07-02T11:30:00.000Z".to_string()));
                $check
            }

            #[tokio::test]
            async fn $delete() {
                let server = MockServer::start_async().await;
                let mock = server.$delete(|when, then| {
                    when.into_inner().path(concat!($path, "/rec-1")).header("authorization", bearer(API_KEY));
                    then.into_inner().status(200).json_body(json!({"data": null}));
                });
                let client = client(&server);
                let $b = client.$delete();
                $scope.id("rec-1").send().await.expect("delete");
                mock.assert_async().await;
            }
        }
    )*};
}

crud_contract! {
    users {
        scope: |b| b,
        ops: [list_users, get_user, create_user, update_user, delete_user],
        path: "/user",
        record: json!({"email": "john@example.com", "first_name": "John", "last_name": "Doe", "username": "jdoe"}),
        check: |u| { assert_eq!((u.email.as_deref(), u.username.as_deref()), (Some("john@example.com"), Some("jdoe"))); },
        list: |b| b.search("john").active(true) => [("search", "john"), ("active", "true")],
        create: types::CreateUserRequest::builder()
            .email(Some("john@example.com".to_string()))
            .first_name(Some("John".to_string()))
            .last_name(Some("Doe".to_string())) => json!({"email": "john@example.com", "first_name": "John", "last_name": "Doe"}),
        update: types::UpdateUserRequest::builder().first_name(Some("Jane".to_string()))
            => json!({"first_name": "Jane"}),
    }

    organizations {
        scope: |b| b,
        ops: [list_organizations, get_organization, create_organization, update_organization, delete_organization],
        path: "/org",
        record: json!({"name": "Acme Corp", "short_description": "A technology company", "type": "CLIENT"}),
        check: |o| {
            assert_eq!(o.name.as_deref(), Some("Acme Corp"));
            assert_eq!(o.type_, Some(types::OrganizationType::CLIENT));
        },
        list: |b| b.search("acme").active(true) => [("search", "acme"), ("active", "true")],
        create: body::<types::CreateOrganizationRequest>(json!({"name": "Acme Corp", "short_description": "A technology company"}))
            => json!({"name": "Acme Corp", "short_description": "A technology company"}),
        update: body::<types::UpdateOrganizationRequest>(json!({"name": "Acme Corporation"}))
            => json!({"name": "Acme Corporation"}),
    }

    agents {
        scope: |b| b,
        ops: [list_agents, get_agent, create_agent, update_agent, delete_agent],
        path: "/agent",
        record: json!({"name": "Helpful Assistant", "short_description": "A helpful AI assistant",
            "model": "model-1", "system_prompt": "You are a helpful assistant.", "temperature": 0.7, "max_tokens": 512}),
        check: |a| {
            assert_eq!(a.name.as_deref(), Some("Helpful Assistant"));
            assert_eq!(a.model, Some(json!("model-1")));
            assert_eq!((a.temperature, a.max_tokens), (Some(0.7), Some(512)));
        },
        list: |b| b.search("assistant").search_type("chat").q("helpful assistant").active(true).public(true) => [("search", "assistant"), ("search_type", "chat"), ("q", "helpful assistant"), ("active", "true"), ("public", "true")],
        create: types::CreateAgentRequest::builder()
            .name("Helpful Assistant")
            .short_description(Some("A helpful AI assistant".to_string()))
            .model(Some(json!("model-1")))
            .system_prompt(Some("You are a helpful assistant.".to_string()))
            => json!({"name": "Helpful Assistant", "short_description": "A helpful AI assistant",
                "model": "model-1", "system_prompt": "You are a helpful assistant."}),
        update: types::UpdateAgentRequest::builder().name(Some("Updated Assistant Name".to_string()))
            => json!({"name": "Updated Assistant Name"}),
    }

    agent_groups {
        scope: |b| b,
        ops: [list_agent_groups, get_agent_group, create_agent_group, update_agent_group, delete_agent_group],
        path: "/group",
        record: json!({"name": "Team of Agents", "agents": ["agent-1", "agent-2", "agent-3"]}),
        check: |g| { assert_eq!(g.agents, vec!["agent-1", "agent-2", "agent-3"]); },
        list: |b| b.search("team").q("collaborative team").public(true) => [("search", "team"), ("q", "collaborative team"), ("public", "true")],
        create: body::<types::CreateAgentGroupRequest>(json!({"name": "Team of Agents",
            "short_description": "A collaborative team of AI agents", "agents": ["agent-1", "agent-2", "agent-3"]}))
            => json!({"name": "Team of Agents", "short_description": "A collaborative team of AI agents",
                "agents": ["agent-1", "agent-2", "agent-3"]}),
        update: body::<types::UpdateAgentGroupRequest>(json!({"name": "Updated Team Name"}))
            => json!({"name": "Updated Team Name"}),
    }

    models {
        scope: |b| b,
        ops: [list_models, get_model, create_model, update_model, delete_model],
        path: "/model",
        record: json!({"name": "GPT-4", "provider": "openai", "model_id": "gpt-4", "max_tokens": 4096, "type": "chat",
            "prices": {"input": 0.03, "output": 0.06}}),
        check: |m| {
            assert_eq!((m.provider.as_deref(), m.model_id.as_deref(), m.max_tokens), (Some("openai"), Some("gpt-4"), Some(4096)));
            assert_eq!(m.type_, Some(types::ModelType::Chat));
            assert_eq!(m.prices.get("output"), Some(&0.06));
        },
        list: |b| b.search("gpt").provider("openai").public(true) => [("search", "gpt"), ("provider", "openai"), ("public", "true")],
        create: body::<types::CreateModelRequest>(json!({"name": "GPT-4", "short_description": "Advanced language model",
            "provider": "openai", "model_id": "gpt-4", "max_tokens": 4096}))
            => json!({"name": "GPT-4", "short_description": "Advanced language model", "provider": "openai",
                "model_id": "gpt-4", "max_tokens": 4096}),
        update: body::<types::UpdateModelRequest>(json!({"name": "Updated Model Name"}))
            => json!({"name": "Updated Model Name"}),
    }

    clients {
        scope: |b| b,
        ops: [list_clients, get_client, create_client, update_client, delete_client],
        path: "/client",
        record: json!({"name": "Web Application", "client_id": "webapp-client", "org": "org-1",
            "redirect_uris": ["https://app.example.com/callback"], "scopes": ["read", "write"]}),
        check: |o| {
            assert_eq!((o.name.as_deref(), o.client_id.as_deref()), (Some("Web Application"), Some("webapp-client")));
            assert_eq!(o.redirect_uris, vec!["https://app.example.com/callback"]);
        },
        list: |b| b.search("webapp").org("org-9").user("user-9") => [("search", "webapp"), ("org", "org-9"), ("user", "user-9")],
        create: body::<types::CreateOAuthClientRequest>(json!({"name": "Web Application", "client_id": "webapp-client",
            "org": "org-1", "redirect_uris": ["https://app.example.com/callback"], "scopes": ["read", "write"]}))
            => json!({"name": "Web Application", "client_id": "webapp-client", "org": "org-1",
                "redirect_uris": ["https://app.example.com/callback"], "scopes": ["read", "write"]}),
        update: body::<types::UpdateOAuthClientRequest>(json!({"name": "Updated App Name"}))
            => json!({"name": "Updated App Name"}),
    }

    wallets {
        scope: |b| b,
        ops: [list_wallets, get_wallet, create_wallet, update_wallet, delete_wallet],
        path: "/billing/wallet",
        record: json!({"balance": 100.0, "currency": "USD", "org": "org-1"}),
        check: |w| { assert_eq!((w.balance, w.currency.as_deref()), (Some(100.0), Some("USD"))); },
        list: |b| b.org("org-1").user("user-1") => [("org", "org-1"), ("user", "user-1")],
        create: body::<types::CreateWalletRequest>(json!({"balance": 100.0, "currency": "USD", "org": "org-1"}))
            => json!({"balance": 100.0, "currency": "USD", "org": "org-1"}),
        update: body::<types::UpdateWalletRequest>(json!({"balance": 150.0})) => json!({"balance": 150.0}),
    }

    meters {
        scope: |b| b,
        ops: [list_meters, get_meter, create_meter, update_meter, delete_meter],
        path: "/billing/usage",
        record: json!({"type": "api_calls", "value": 1000, "org": "org-1", "metadata": {"endpoint": "/v1/chat/completions"}}),
        check: |m| {
            assert_eq!((m.type_.as_deref(), m.value), (Some("api_calls"), Some(1000.0)));
            assert_eq!(m.metadata.get("endpoint"), Some(&json!("/v1/chat/completions")));
        },
        list: |b| b.org("org-1").user("user-1").type_("api_calls") => [("org", "org-1"), ("user", "user-1"), ("type", "api_calls")],
        create: body::<types::CreateMeterRequest>(json!({"type": "api_calls", "value": 1000.0, "org": "org-1",
            "metadata": {"endpoint": "/v1/chat/completions"}}))
            => json!({"type": "api_calls", "value": 1000.0, "org": "org-1", "metadata": {"endpoint": "/v1/chat/completions"}}),
        update: body::<types::UpdateMeterRequest>(json!({"value": 1500.0})) => json!({"value": 1500.0}),
    }

    access_policies {
        scope: |b| b,
        ops: [list_access_policies, get_access_policy, create_access_policy, update_access_policy, delete_access_policy],
        path: "/iam/policy",
        record: json!({"name": "Admin Policy", "effect": "allow", "actions": ["*"], "resources": ["*"]}),
        check: |p| {
            assert_eq!(p.effect, Some(types::AccessPolicyEffect::Allow));
            assert_eq!((p.actions.clone(), p.resources.clone()), (vec!["*".to_string()], vec!["*".to_string()]));
        },
        list: |b| b.search("admin").active(true) => [("search", "admin"), ("active", "true")],
        create: body::<types::CreateAccessPolicyRequest>(json!({"name": "Admin Policy", "effect": "allow",
            "actions": ["*"], "resources": ["*"]}))
            => json!({"name": "Admin Policy", "effect": "allow", "actions": ["*"], "resources": ["*"]}),
        update: body::<types::UpdateAccessPolicyRequest>(json!({"name": "Updated Policy Name"}))
            => json!({"name": "Updated Policy Name"}),
    }

    // The org family (the configured org as a default is the aliases' job: mosaia_facade.rs).
    org_permissions {
        scope: |b| b,
        ops: [list_permissions, get_permission, create_permission, update_permission, delete_permission],
        path: "/iam/permission",
        record: json!({"org": "org-1", "user": "user-1", "policy": "policy-1"}),
        check: |p| {
            assert_eq!(p.org.as_deref(), Some(ORG));
            assert!(matches!(&p.policy, Some(types::PermissionPolicyRef::String(id)) if id == "policy-1"));
        },
        list: |b| b.org(ORG).user("user-1").client("client-1") => [("org", "org-1"), ("user", "user-1"), ("client", "client-1")],
        create: body::<types::CreatePermissionRequest>(json!({"org": "org-1", "user": "user-1", "policy": "policy-1"}))
            => json!({"org": "org-1", "user": "user-1", "policy": "policy-1"}),
        update: body::<types::UpdatePermissionRequest>(json!({"policy": "new-policy-id"}))
            => json!({"policy": "new-policy-id"}),
    }

    // The user family.
    user_permissions {
        scope: |b| b,
        ops: [list_permissions, get_permission, create_permission, update_permission, delete_permission],
        path: "/iam/permission",
        record: json!({"user": "user-1", "client": "client-1",
            "policy": {"id": "policy-1", "name": "Reader", "effect": "allow", "actions": ["read"], "resources": ["*"]}}),
        check: |p| {
            assert_eq!(p.user.as_deref(), Some(USER));
            assert!(matches!(&p.policy, Some(types::PermissionPolicyRef::AccessPolicy(pol)) if pol.name.as_deref() == Some("Reader")));
        },
        list: |b| b.user(USER).client("client-1") => [("user", "user-1"), ("client", "client-1")],
        create: body::<types::CreatePermissionRequest>(json!({"user": "user-1", "client": "client-1", "policy": "policy-1"}))
            => json!({"user": "user-1", "client": "client-1", "policy": "policy-1"}),
        update: body::<types::UpdatePermissionRequest>(json!({"policy": "new-policy-id"}))
            => json!({"policy": "new-policy-id"}),
    }

    apps {
        scope: |b| b,
        ops: [list_apps, get_app, create_app, update_app, delete_app],
        path: "/app",
        record: json!({"name": "My App", "short_description": "A great app", "org": "org-1", "type": "INTEGRATION",
            "external_api_key": "ext-key-123456"}),
        check: |a| {
            assert_eq!((a.name.as_deref(), a.org.as_deref()), (Some("My App"), Some("org-1")));
            assert_eq!(a.external_api_key.as_ref().map(|k| k.expose_secret()), Some("ext-key-123456"));
            assert!(!format!("{a:?}").contains("ext-key-123456"));
        },
        list: |b| b.tags("crm,sales").external_id("ext-1") => [("tags", "crm,sales"), ("external_id", "ext-1")],
        create: body::<types::CreateAppRequest>(json!({"name": "My App", "short_description": "A great app", "org": "org-1"}))
            => json!({"name": "My App", "short_description": "A great app", "org": "org-1"}),
        update: body::<types::UpdateAppRequest>(json!({"name": "Updated App Name", "short_description": "Updated description"}))
            => json!({"name": "Updated App Name", "short_description": "Updated description"}),
    }

    // Tools of a user: `/user/{USER}/tool` (the configured owner of `tools()` is in mosaia_facade.rs).
    tools {
        scope: |b| b.owner_kind(ToolOwnerKind::User).owner_id(USER),
        ops: [list_tools, get_tool, create_tool, update_tool, delete_tool],
        path: "/user/user-1/tool",
        record: json!({"name": "my_tool", "short_description": "A useful tool", "tool_schema": "{\"type\": \"object\"}",
            "user": "user-1"}),
        check: |t| {
            assert_eq!(t.name.as_deref(), Some("my_tool"));
            assert_eq!(t.tool_schema, Some(json!("{\"type\": \"object\"}")));
        },
        list: |b| b.q("search") => [("q", "search")],
        create: body::<types::CreateToolRequest>(json!({"name": "my_tool", "short_description": "A useful tool",
            "tool_schema": "{\"type\": \"object\"}"}))
            => json!({"name": "my_tool", "short_description": "A useful tool", "tool_schema": "{\"type\": \"object\"}"}),
        update: body::<types::UpdateToolRequest>(json!({"name": "updated_tool", "short_description": "Updated description"}))
            => json!({"name": "updated_tool", "short_description": "Updated description"}),
    }

    app_bots {
        scope: |b| b.app_id("app-1"),
        ops: [list_app_bots, get_app_bot, create_app_bot, update_app_bot, delete_app_bot],
        path: "/app/app-1/bot",
        record: json!({"app": "app-1", "response_url": "https://example.com/webhook", "api_key": "bot-key-abcdef",
            "api_key_partial": "bot-...cdef"}),
        check: |b| {
            assert_eq!(b.response_url.as_deref(), Some("https://example.com/webhook"));
            assert!(matches!(&b.app, Some(types::AppBotAppRef::String(app)) if app == "app-1"));
            assert!(!format!("{b:?}").contains("bot-key-abcdef"));
        },
        list: |b| b.active(false) => [("active", "false")],
        create: body::<types::CreateAppBotRequest>(json!({"app": "app-1", "response_url": "https://example.com/webhook"}))
            => json!({"app": "app-1", "response_url": "https://example.com/webhook"}),
        update: body::<types::UpdateAppBotRequest>(json!({"response_url": "https://new-url.com/webhook"}))
            => json!({"response_url": "https://new-url.com/webhook"}),
    }
}

#[tokio::test]
async fn get_user_session() {
    let server = MockServer::start_async().await;
    let mock = server.get_user_session(|when, then| {
        when.id("user-7")
            .into_inner()
            .path("/user/user-7/session")
            .header("authorization", bearer(API_KEY));
        then.into_inner()
            .status(200)
            .json_body(json!({"data": {"token": "sess-token-123456"}}));
    });
    let session = client(&server)
        .get_user_session()
        .id("user-7")
        .send()
        .await
        .expect("session");
    mock.assert_async().await;
    assert_eq!(
        session.token.as_ref().map(|t| t.expose_secret()),
        Some("sess-token-123456")
    );
    assert!(!format!("{session:?}").contains("sess-token-123456"));
}

/// The chat body the SDK sends for the chat contract's setters.
fn chat_json(id: &str) -> Value {
    json!({"model": id, "messages": [{"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hello, how are you?"}], "max_tokens": 100, "temperature": 0.7})
}

macro_rules! chat_contract {
    ($($op:ident: $path:literal;)*) => {$(
        #[tokio::test]
        async fn $op() {
            let server = MockServer::start_async().await;
            let mock = server.$op(|when, then| {
                when.id("rec-1").into_inner().path($path).header("authorization", bearer(API_KEY)).json_body(chat_json("rec-1"));
                then.into_inner().status(200).json_body(completion("I am fine."));
            });
            let answer = client(&server)
                .$op()
                .id("rec-1")
                .model("rec-1")
                .messages([ChatMessage::system("Be brief."), ChatMessage::user("Hello, how are you?")])
                .max_tokens(100)
                .temperature(0.7)
                .send()
                .await
                .expect("completion");
            mock.assert_async().await;
            assert_eq!(answer.text(), Some("I am fine."));
            assert_eq!(answer.choices[0].message.as_ref().and_then(|m| m.role.clone()), Some(ChatRole::Assistant));
            assert_eq!(answer.choices[0].finish_reason.as_deref(), Some("stop"));
            assert_eq!(answer.usage.as_ref().and_then(|u| u.total_tokens), Some(17));
        }
    )*};
}

chat_contract! {
    agent_chat_completion: "/agent/rec-1/chat/completions";
    agent_group_chat_completion: "/group/rec-1/chat/completions";
    model_chat_completion: "/model/rec-1/chat/completions";
}

#[tokio::test]
async fn sign_in() {
    let server = MockServer::start_async().await;
    let mock = server.sign_in(|when, then| {
        when.into_inner()
            .path("/auth/signin")
            .header_missing("authorization")
            .json_body(
                json!({"grant_type": "password", "email": "user@example.com", "password": "pw-1234",
                "client_id": CLIENT_ID}),
            );
        then.into_inner()
            .status(200)
            .json_body(signed_in(ACCESS_1, Some(REFRESH_1), 3600));
    });
    let client = builder(&server).build().unwrap();
    let tokens = client
        .auth()
        .sign_in_with_password("user@example.com", "pw-1234")
        .client_id(CLIENT_ID)
        .send()
        .await
        .expect("sign in");
    mock.assert_async().await;
    assert_eq!(tokens.access_token.expose_secret(), ACCESS_1);
    assert_eq!(
        tokens.refresh_token.as_ref().map(|t| t.expose_secret()),
        Some(REFRESH_1)
    );
    assert_eq!(
        (tokens.expires_in, tokens.sub.as_deref()),
        (Some(3600), Some(USER))
    );
    assert_eq!(
        tokens.exp.as_ref().map(|e| e.to_string()).as_deref(),
        Some("1751367600000")
    );
}

// As the Node SDK since v0.0.32: the token as the JSON body `{"token": ...}`, no query.
#[tokio::test]
async fn sign_out() {
    let server = MockServer::start_async().await;
    let mock = server.sign_out(|when, then| {
        when.into_inner()
            .path("/auth/signout")
            .header("authorization", bearer(API_KEY))
            .header("content-type", "application/json")
            .query_param_missing("token")
            .json_body(json!({"token": API_KEY}));
        then.into_inner().status(200).json_body(json!({}));
    });
    let client = client(&server);
    client.auth().sign_out().send().await.expect("sign out");
    mock.assert_async().await;
}

fn session_json() -> Value {
    json!({"data": {
        "user": record(USER, json!({"email": "john@example.com", "name": "John Doe"})),
        "org": record(ORG, json!({"name": "Acme Corp"})),
        "org_user": {"id": "ou-1", "org": ORG, "user": USER, "permission": "SUPERUSER"},
        "client": {"id": "cl-1", "name": "Web Application", "client_id": CLIENT_ID},
        "permissions": {"allow": {"action": "*", "resource": ["agent:*"]}, "deny": {}}
    }})
}

macro_rules! session_contract {
    ($($op:ident: $call:ident, $path:literal;)*) => {$(
        #[tokio::test]
        async fn $op() {
            let server = MockServer::start_async().await;
            let mock = server.$op(|when, then| {
                when.into_inner().path($path).header("authorization", bearer(API_KEY));
                then.into_inner().status(200).json_body(session_json());
            });
            let session = client(&server).$call().send().await.expect("session");
            mock.assert_async().await;
            assert_eq!(session.user.as_ref().and_then(|u| u.email.as_deref()), Some("john@example.com"));
            assert_eq!(session.org.as_ref().and_then(|o| o.name.as_deref()), Some("Acme Corp"));
            assert_eq!(session.org_user.as_ref().and_then(|m| m.permission.clone()), Some(types::OrgUserPermission::SUPERUSER));
            assert_eq!(session.client.as_ref().and_then(|c| c.client_id.as_deref()), Some(CLIENT_ID));
            assert_eq!(session.permissions.as_ref().and_then(|p| p.allow.as_ref()).and_then(|a| a.action.clone()), Some(json!("*")));
        }
    )*};
}

session_contract! {
    get_self: get_self, "/self";
    get_session: get_session, "/session";
}

#[tokio::test]
async fn oauth_token() {
    let server = MockServer::start_async().await;
    let mock = server.oauth_token(|when, then| {
        when.into_inner()
            .path("/auth/token")
            .header("content-type", "application/x-www-form-urlencoded")
            .header_missing("authorization")
            .form_urlencoded_tuple("grant_type", "authorization_code")
            .form_urlencoded_tuple("client_id", CLIENT_ID)
            .form_urlencoded_tuple("redirect_uri", "https://app.example.com/callback")
            .form_urlencoded_tuple("code", "auth-code-1")
            .form_urlencoded_tuple("code_verifier", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        then.into_inner().status(200).json_body(json!({"access_token": ACCESS_1, "refresh_token": REFRESH_1,
            "token_type": "Bearer", "expires_in": 3600, "sub": USER, "iat": 1751364000000i64, "exp": 1751367600000i64}));
    });
    let client: Client = builder(&server)
        .api_key(API_KEY)
        .client_id(CLIENT_ID)
        .build()
        .unwrap();
    let oauth = client
        .oauth("https://app.example.com/callback")
        .scopes(["read"]);
    let tokens = oauth
        .exchange_code_for_token("auth-code-1", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
        .send()
        .await
        .expect("exchange");
    mock.assert_async().await;
    assert_eq!(tokens.access_token.expose_secret(), ACCESS_1);
    assert_eq!(
        tokens.refresh_token.as_ref().map(|t| t.expose_secret()),
        Some(REFRESH_1)
    );
    assert_eq!(
        (tokens.expires_in, tokens.token_type.as_deref()),
        (Some(3600), Some("Bearer"))
    );
    assert!(matches!(
        tokens.exp,
        Some(types::EpochTimestamp::Int64(1751367600000))
    ));
}

// ---- The wire of the official Node SDK 0.0.53 ------------------------------------------------

/// `GET /tool`: the tools list without an owner in the path, beside the owner-scoped one.
#[tokio::test]
async fn list_unscoped_tools() {
    let server = MockServer::start_async().await;
    let mock = server.list_unscoped_tools(|when, then| {
        when.into_inner()
            .path("/tool")
            .header("authorization", bearer(API_KEY))
            .query_param("q", "weather")
            .query_param("limit", "2")
            .query_param("offset", "4");
        then.into_inner().status(200).json_body(page(
            vec![record(
                "tool-1",
                json!({"name": "weather", "friendly_name": "Weather", "friendly_name_slug": "weather",
                    "short_description": "Current weather", "url": "https://tools.example.com/weather",
                    "tool_schema": {"type": "object", "properties": {"city": {"type": "string"}}}}),
            )],
            4,
            2,
            5,
        ));
    });
    // No user or org configured: the unscoped list needs no owner.
    let client = Client::builder()
        .api_url(server.base_url())
        .api_key(API_KEY)
        .max_retries(0)
        .build()
        .unwrap();
    let listed = client
        .list_unscoped_tools()
        .q("weather")
        .limit(2)
        .offset(4)
        .send()
        .await
        .expect("list");
    mock.assert_async().await;
    assert_eq!((listed.items.len(), listed.total()), (1, Some(5)));
    let tool = &listed.items[0];
    assert_eq!(tool.friendly_name_slug.as_deref(), Some("weather"));
    assert_eq!(
        tool.tool_schema_object()
            .and_then(|s| s.get("type").cloned()),
        Some(json!("object"))
    );
    // The owner-scoped list is a different path, and needs an owner: none is configured, so
    // it fails before anything is sent.
    let scoped = client.tools().get_all().send().await.unwrap_err();
    assert_eq!(scoped.kind(), agent_apis::ErrorKind::InvalidRequest);
    mock.assert_calls_async(1).await;
}

/// `create_client` with the Node SDK 0.0.52+ fields; the answer's one-time `secret` is a
/// `Secret`, never shown in `Debug`.
#[tokio::test]
async fn create_client_sends_the_current_fields_and_returns_the_one_time_secret() {
    const ONE_TIME: &str = "cs-one-time-6b7c8d9e0f";
    let server = MockServer::start_async().await;
    let mock = server.create_client(|when, then| {
        when.into_inner()
            .path("/client")
            .header("authorization", bearer(API_KEY))
            .json_body(
                json!({"name": "acme-backend-service", "oauth": {"active": false},
                "tags": ["service-account"]}),
            );
        then.into_inner()
            .status(201)
            .json_body(json!({"data": record("cl-1", json!({
            "name": "acme-backend-service", "org": ORG, "oauth": {"active": false,
                "authorized_redirect_uris": []},
            "tags": ["service-account"], "secret": ONE_TIME}))}));
    });
    let created = client(&server)
        .create_client()
        .name("acme-backend-service")
        .oauth(
            types::ClientOAuthConfig::builder()
                .active(Some(false))
                .authorized_redirect_uris(Vec::<String>::new()),
        )
        .tags(["service-account"])
        .send()
        .await
        .expect("create");
    mock.assert_async().await;
    assert_eq!(
        created.secret.as_ref().map(|s| s.expose_secret()),
        Some(ONE_TIME)
    );
    assert_eq!(
        created.one_time_secret().map(|s| s.expose_secret()),
        Some(ONE_TIME)
    );
    assert_eq!(created.oauth_client_id(), Some("acme-backend-service"));
    assert_eq!(created.oauth.as_ref().and_then(|o| o.active), Some(false));
    assert!(!format!("{created:?}").contains(ONE_TIME));
}

/// An older server answering `client_secret` (and `client_id`, `redirect_uris`) still decodes,
/// and the readers fall back to those names.
#[test]
fn oauth_clients_decode_in_the_older_names_too() {
    let older: types::OAuthClient = serde_json::from_value(json!({"name": "Web Application",
        "client_id": "webapp-client", "client_secret": "cs-older-1a2b3c",
        "redirect_uris": ["https://app.example.com/callback"], "scopes": ["read"]}))
    .unwrap();
    assert_eq!(
        older.one_time_secret().map(|s| s.expose_secret()),
        Some("cs-older-1a2b3c")
    );
    assert_eq!(older.oauth_client_id(), Some("webapp-client"));
    assert_eq!(
        older.authorized_redirect_uris(),
        ["https://app.example.com/callback"]
    );
    assert!(!format!("{older:?}").contains("cs-older-1a2b3c"));
    let newer: types::OAuthClient = serde_json::from_value(json!({"name": "web-app",
        "oauth": {"active": true, "authorized_redirect_uris": ["https://new.example.com/cb"]}}))
    .unwrap();
    assert_eq!(newer.oauth_client_id(), Some("web-app"));
    assert_eq!(
        newer.authorized_redirect_uris(),
        ["https://new.example.com/cb"]
    );
    assert!(newer.one_time_secret().is_none());
}

/// Every renamed field decodes in its Node SDK 0.0.52+ name and in its older name, through the
/// facade, and the readers give the same answer for both.
#[tokio::test]
async fn renamed_record_fields_decode_in_both_names() {
    let server = MockServer::start_async().await;
    let new_agent = server.get_agent(|when, then| {
        when.id("a-new");
        then.into_inner().status(200).json_body(json!({"data": record("a-new", json!({
            "name": "helper", "description": "Answers questions", "system_message": "Be brief.",
            "model": ["m-1", "m-2"], "mia": false, "forked": {"from": "a-0", "created_at": "2026-04-01T00:00:00Z"}}))}));
    });
    let old_agent = server.get_agent(|when, then| {
        when.id("a-old");
        then.into_inner().status(200).json_body(json!({"data": record("a-old", json!({
            "name": "helper", "short_description": "Answers questions", "system_prompt": "Be brief.",
            "model": "m-1"}))}));
    });
    let new_model = server.get_model(|when, then| {
        when.id("m-new");
        then.into_inner().status(200).json_body(json!({"data": record("m-new", json!({
            "name": "GPT-4o", "model": "gpt-4o", "description": "Fast", "max_output_tokens": 4096,
            "max_context_tokens": 128000, "api_type": "openai", "base_url": "https://api.openai.com/v1"}))}));
    });
    let old_model = server.get_model(|when, then| {
        when.id("m-old");
        then.into_inner().status(200).json_body(json!({"data": record("m-old", json!({
            "name": "GPT-4o", "model_id": "gpt-4o", "short_description": "Fast", "provider": "openai",
            "max_tokens": 4096}))}));
    });
    let new_org = server.get_organization(|when, then| {
        when.id("o-new");
        then.into_inner().status(200).json_body(json!({"data": record("o-new", json!({
            "name": "Acme", "description": "Tools", "type": "CLIENT", "mosaia_recommendation": "Try agents"}))}));
    });
    let old_org = server.get_organization(|when, then| {
        when.id("o-old");
        then.into_inner()
            .status(200)
            .json_body(json!({"data": record("o-old", json!({
            "name": "Acme", "short_description": "Tools", "long_description": "Makes tools"}))}));
    });
    let new_wallet = server.get_wallet(|when, then| {
        when.id("w-new");
        then.into_inner()
            .status(200)
            .json_body(json!({"data": record("w-new", json!({
            "usd_balance": 42.5, "renewal_threshold_usd": 5.0, "renewal_amount_usd": 20.0,
            "auto_reload_on": true, "subscription": {"name": "Pro", "period": "monthly"}}))}));
    });
    let old_wallet = server.get_wallet(|when, then| {
        when.id("w-old");
        then.into_inner()
            .status(200)
            .json_body(json!({"data": record("w-old", json!({
            "balance": 42.5, "currency": "USD"}))}));
    });
    let c = client(&server);

    let (new, old) = (
        c.get_agent().id("a-new").send().await.unwrap(),
        c.get_agent().id("a-old").send().await.unwrap(),
    );
    assert_eq!(new.description.as_deref(), Some("Answers questions"));
    assert_eq!(old.short_description.as_deref(), Some("Answers questions"));
    assert_eq!(new.system_message.as_deref(), Some("Be brief."));
    assert_eq!(old.system_prompt.as_deref(), Some("Be brief."));
    assert_eq!(
        (new.description_text(), new.system_message_text()),
        (old.description_text(), old.system_message_text())
    );
    assert_eq!(
        (new.model_ids(), old.model_ids()),
        (
            vec!["m-1".to_string(), "m-2".to_string()],
            vec!["m-1".to_string()]
        )
    );
    assert_eq!(
        new.forked.as_ref().and_then(|f| f.from.as_deref()),
        Some("a-0")
    );

    let (new, old) = (
        c.get_model().id("m-new").send().await.unwrap(),
        c.get_model().id("m-old").send().await.unwrap(),
    );
    assert_eq!(
        (new.model.as_deref(), old.model_id.as_deref()),
        (Some("gpt-4o"), Some("gpt-4o"))
    );
    assert_eq!(
        (new.upstream_model(), new.description_text()),
        (old.upstream_model(), old.description_text())
    );
    assert_eq!(
        (new.max_output_tokens, old.max_tokens),
        (Some(4096), Some(4096))
    );
    assert_eq!(new.api_type.as_deref(), Some("openai"));

    let (new, old) = (
        c.get_organization().id("o-new").send().await.unwrap(),
        c.get_organization().id("o-old").send().await.unwrap(),
    );
    assert_eq!(
        (new.description.as_deref(), old.short_description.as_deref()),
        (Some("Tools"), Some("Tools"))
    );
    assert_eq!(new.description_text(), old.description_text());
    assert_eq!(new.mosaia_recommendation.as_deref(), Some("Try agents"));

    let (new, old) = (
        c.get_wallet().id("w-new").send().await.unwrap(),
        c.get_wallet().id("w-old").send().await.unwrap(),
    );
    assert_eq!((new.usd_balance, old.balance), (Some(42.5), Some(42.5)));
    assert_eq!(
        (new.balance_usd(), old.balance_usd()),
        (Some(42.5), Some(42.5))
    );
    assert_eq!(
        new.subscription.as_ref().and_then(|s| s.name.as_deref()),
        Some("Pro")
    );
    let euros: types::Wallet =
        serde_json::from_value(json!({"balance": 10.0, "currency": "EUR"})).unwrap();
    assert_eq!(euros.balance_usd(), None);

    for mock in [
        new_agent, old_agent, new_model, old_model, new_org, old_org, new_wallet, old_wallet,
    ] {
        mock.assert_async().await;
    }
}

/// Requests are sent in the current names: an agent created with `description`,
/// `system_message` and a model list sends exactly those.
#[tokio::test]
async fn create_agent_sends_the_current_names() {
    let server = MockServer::start_async().await;
    let mock = server.create_agent(|when, then| {
        when.into_inner()
            .path("/agent")
            .json_body(json!({"name": "helper",
            "description": "Answers questions", "system_message": "Be brief.", "model": ["m-1"]}));
        then.into_inner()
            .status(200)
            .json_body(json!({"data": record("a-1", json!({"name": "helper"}))}));
    });
    client(&server)
        .create_agent()
        .name("helper")
        .description("Answers questions")
        .system_message("Be brief.")
        .model(json!(["m-1"]))
        .send()
        .await
        .expect("create");
    mock.assert_async().await;
}

/// A tool call's `execution_context` (Node SDK 0.0.52+) decodes, an unknown value too, and
/// tools decode with `tool_schema` as an object or as the older JSON string.
#[tokio::test]
async fn tool_calls_carry_their_execution_context() {
    let server = MockServer::start_async().await;
    let mock = server.agent_chat_completion(|when, then| {
        when.id("a-1");
        then.into_inner()
            .status(200)
            .json_body(json!({"id": "c-1", "choices": [{"index": 0,
            "finish_reason": "tool_calls", "message": {"role": "assistant", "content": null,
            "tool_calls": [
                {"id": "t-1", "type": "function", "function": {"name": "weather",
                    "arguments": "{\"city\":\"Oslo\"}", "execution_context": "frontend"}},
                {"id": "t-2", "type": "function", "function": {"name": "lookup",
                    "arguments": "{}", "execution_context": "edge"}}]}}]}));
    });
    let answer = client(&server)
        .agent_chat_completion()
        .id("a-1")
        .model("a-1")
        .messages([ChatMessage::user("Weather in Oslo?")])
        .send()
        .await
        .expect("completion");
    mock.assert_async().await;
    let calls = &answer.choices[0].message.as_ref().unwrap().tool_calls;
    let contexts: Vec<_> = calls
        .iter()
        .map(|c| {
            c.function
                .as_ref()
                .and_then(|f| f.execution_context.clone())
        })
        .collect();
    assert_eq!(contexts[0], Some(types::ToolExecutionContext::Frontend));
    assert!(
        matches!(&contexts[1], Some(types::ToolExecutionContext::Unknown(v)) if v == "edge"),
        "{contexts:?}"
    );
    let older: types::Tool =
        serde_json::from_value(json!({"tool_schema": "{\"type\": \"object\"}"})).unwrap();
    assert_eq!(
        older
            .tool_schema_object()
            .and_then(|s| s.get("type").cloned()),
        Some(json!("object"))
    );
    let not_an_object: types::Tool = serde_json::from_value(json!({"tool_schema": "[1"})).unwrap();
    assert!(not_an_object.tool_schema_object().is_none());
}
