//! Clink configuration: a key is required (an empty one fails before any request is sent) but
//! not judged by its form, the session id goes on every request, and `from_env()` reads the
//! documented variables.
#![cfg(feature = "clink")]

mod clink_support;

use agent_apis::clink::{get_config_status, is_configured, is_uuid, Client, KEYS_URL};
use agent_apis::ErrorKind;
use clink_support::*;
use httpmock::Method::GET;
use httpmock::MockServer;
use serde_json::json;

/// A mock that answers anything, to prove nothing was sent.
async fn catch_all(server: &MockServer) -> httpmock::Mock<'_> {
    server
        .mock_async(|_, then| {
            then.status(200).json_body(ok(json!({"groups": []})));
        })
        .await
}

#[tokio::test]
async fn a_missing_key_fails_before_any_request() {
    let server = MockServer::start_async().await;
    let any = catch_all(&server).await;
    let err = Client::builder()
        .base_url(server.base_url())
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Configuration);
    assert!(err.message().contains(KEYS_URL), "{}", err.message());
    let blank = Client::builder()
        .base_url(server.base_url())
        .api_key("  ")
        .build()
        .unwrap_err();
    assert_eq!(blank.kind(), ErrorKind::Configuration);
    assert_eq!(any.calls_async().await, 0);
}

/// A key is not judged by its form: whatever is given is sent (the server decides), and only
/// an empty key fails, before any request, without showing it.
#[tokio::test]
async fn a_key_of_any_form_is_sent_as_given_and_only_an_empty_one_fails() {
    let server = MockServer::start_async().await;
    for key in [
        "sk_test_abcdef0123456789",
        "live_sk_123",
        "",
        "Bearer sk_live_x",
    ] {
        let built = Client::builder()
            .base_url(server.base_url())
            .api_key(key)
            .build();
        if key.is_empty() {
            let err = built.unwrap_err();
            assert_eq!(err.kind(), ErrorKind::Configuration, "{key:?}");
            assert!(err.message().contains("empty") && err.message().contains(KEYS_URL));
            continue;
        }
        let sent = server
            .mock_async(|when, then| {
                when.method(GET)
                    .path("/groups")
                    .header("authorization", format!("Bearer {key}"));
                then.status(200).json_body(ok(json!({"groups": []})));
            })
            .await;
        let c = built.unwrap_or_else(|e| panic!("{key:?} refused: {e}"));
        c.list_groups().send().await.unwrap();
        assert_eq!(sent.calls_async().await, 1, "{key:?}");
        assert!(!format!("{c:?}").contains(key), "{key:?}");
        sent.delete_async().await;
    }
    // A later good key does not hide an earlier empty one.
    let any = catch_all(&server).await;
    let err = Client::builder()
        .api_key("")
        .api_key(KEY)
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Configuration);
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test]
async fn every_request_carries_the_key_and_one_session_id_per_client() {
    let server = MockServer::start_async().await;
    let explicit = server
        .mock_async(|when, then| {
            authed(when.method(GET).path("/groups"));
            then.status(200).json_body(ok(json!({"groups": []})));
        })
        .await;
    let c = clink(&server);
    c.list_groups().send().await.unwrap();
    c.clone().list_groups().send().await.unwrap();
    explicit.assert_calls_async(2).await;
    assert_eq!(c.session_id(), Some(SESSION));

    let a = Client::builder()
        .base_url(server.base_url())
        .api_key(KEY)
        .build()
        .unwrap();
    let b = Client::builder()
        .base_url(server.base_url())
        .api_key(KEY)
        .build()
        .unwrap();
    let (sa, sb) = (
        a.session_id().unwrap().to_string(),
        b.session_id().unwrap().to_string(),
    );
    assert_ne!(sa, sb);
    for s in [&sa, &sb] {
        let id = uuid::Uuid::parse_str(s).unwrap();
        assert_eq!(id.get_version_num(), 4);
    }
    let generated = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api-keys/me/permissions")
                .header("x-clink-session-id", sa.as_str());
            then.status(200)
                .json_body(ok(json!({"permissions": {}, "permissions_info": {},
                "scope_type": "user", "scope_id": "u", "owner_type": "user"})));
        })
        .await;
    a.get_my_permissions().send().await.unwrap();
    a.get_my_permissions().send().await.unwrap();
    generated.assert_calls_async(2).await;
}

#[tokio::test]
async fn seed_helpers() {
    assert!(is_uuid(GROUP));
    assert!(!is_uuid("backend-team"));
}

/// The environment is process-wide: every `from_env` case runs in this one test, in order.
#[tokio::test]
async fn from_env_reads_the_documented_variables() {
    let server = MockServer::start_async().await;
    let any = catch_all(&server).await;
    let set = |name: &str, value: Option<&str>| match value {
        // No other test of this binary reads or writes these variables.
        Some(v) => std::env::set_var(name, v),
        None => std::env::remove_var(name),
    };
    set("CLINK_API_URL", Some(&server.base_url()));
    set("CLINK_SESSION_ID", None);

    set("CLINK_API_KEY", None);
    assert!(!is_configured());
    assert!(get_config_status().contains(KEYS_URL));
    assert_eq!(
        Client::from_env().unwrap_err().kind(),
        ErrorKind::Configuration
    );
    set("CLINK_API_KEY", Some("  "));
    assert!(!is_configured());
    assert_eq!(
        Client::from_env().unwrap_err().kind(),
        ErrorKind::Configuration
    );
    assert_eq!(any.calls_async().await, 0);
    any.delete_async().await;

    // A key of another form is configured: the server judges it, not the client.
    set("CLINK_API_KEY", Some("sk_test_123"));
    assert!(is_configured());
    assert_eq!(get_config_status(), "Configured");
    assert!(Client::from_env().is_ok());

    set("CLINK_API_KEY", Some(KEY));
    set("CLINK_SESSION_ID", Some("env-session"));
    assert!(is_configured());
    assert_eq!(get_config_status(), "Configured");
    let sent = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/groups")
                .header("authorization", format!("Bearer {KEY}"))
                .header("x-clink-session-id", "env-session");
            then.status(200)
                .json_body(ok(json!({"groups": [group(GROUP, "ops")]})));
        })
        .await;
    let c = Client::from_env().unwrap();
    assert_eq!(c.list_groups().send().await.unwrap().groups[0].slug, "ops");
    sent.assert_async().await;

    set("CLINK_API_URL", Some("ftp://nowhere"));
    assert_eq!(
        Client::from_env().unwrap_err().kind(),
        ErrorKind::Configuration
    );
    for name in ["CLINK_API_URL", "CLINK_API_KEY", "CLINK_SESSION_ID"] {
        set(name, None);
    }
}
