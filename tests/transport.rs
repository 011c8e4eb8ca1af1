//! The shared transport's behaviour, observed through the Autonomi client: retries and
//! idempotency, Retry-After, timeouts, error kinds with the server's message, bodies that are
//! not what they should be, headers, forward compatibility, and secrets kept out of output.
#![cfg(feature = "autonomi")]

mod autonomi_support;

use std::time::Duration;

use agent_apis::autonomi::types::RunStatus;
use agent_apis::{CallOptions, ErrorKind};
use autonomi_support::{builder, client, run, CREATED_KEY, TOKEN};
use httpmock::{Method, MockServer};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::test]
async fn retries_a_503_get_then_gives_up_with_a_server_error() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::GET).path("/api/v2/runs/1");
        then.status(503).json_body(json!({"detail": "warming up"}));
    });
    let err = client(&server)
        .get_run()
        .run_id(1)
        .send()
        .await
        .unwrap_err();
    let err = err;
    assert_eq!(m.calls_async().await, 3, "1 attempt + 2 retries");
    assert_eq!(err.kind(), ErrorKind::Server);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(err.message(), "warming up");
    assert!(err.is_retryable());
    assert_eq!(
        (err.service(), err.operation_id()),
        (Some("autonomi"), Some("get_run"))
    );
}

#[tokio::test]
async fn retry_count_is_configurable_and_zero_disables() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.path("/api/status");
        then.status(500);
    });
    let c = builder(&server).max_retries(0).build().unwrap();
    assert!(c.get_status().send().await.is_err());
    assert_eq!(m.calls_async().await, 1);
    let c = builder(&server).max_retries(4).build().unwrap();
    assert!(c.get_status().send().await.is_err());
    assert_eq!(m.calls_async().await, 1 + 5);
    // Per call, through with_options.
    let per_call = c.with_options(CallOptions::new().max_retries(1));
    assert!(per_call.get_status().send().await.is_err());
    assert_eq!(m.calls_async().await, 6 + 2);
}

#[tokio::test]
async fn a_post_is_retried_only_with_an_idempotency_key() {
    let server = MockServer::start_async().await;
    let plain = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/v2/runs")
            .header_missing("idempotency-key");
        then.status(503);
    });
    let keyed = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/v2/runs")
            .header("idempotency-key", "run-42");
        then.status(503);
    });
    let c = client(&server);
    let err = c.create_run().project_id(1).send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Server);
    assert_eq!(plain.calls_async().await, 1, "no key: not retried");
    let keyed_client = c.with_options(CallOptions::new().idempotency_key("run-42"));
    assert!(keyed_client
        .create_run()
        .project_id(1)
        .send()
        .await
        .is_err());
    assert_eq!(keyed.calls_async().await, 3, "with a key: retried");
}

#[tokio::test]
async fn retry_after_within_the_cap_is_retried_and_beyond_it_is_returned() {
    let server = MockServer::start_async().await;
    let short = server.mock(|when, then| {
        when.path("/api/v2/runs/1");
        then.status(429)
            .header("retry-after", "0")
            .json_body(json!({"detail": "slow down"}));
    });
    let long = server.mock(|when, then| {
        when.path("/api/v2/runs/2");
        then.status(429)
            .header("retry-after", "3600")
            .json_body(json!({"detail": "come back later"}));
    });
    let c = client(&server);
    let err = c.get_run().run_id(1).send().await.unwrap_err();
    assert_eq!(short.calls_async().await, 3);
    assert_eq!(err.kind(), ErrorKind::RateLimited);
    let err = c.get_run().run_id(2).send().await.unwrap_err();
    assert_eq!(
        long.calls_async().await,
        1,
        "a wait beyond the cap is not slept"
    );
    assert_eq!(err.retry_after(), Some(Duration::from_secs(3600)));
    assert_eq!(err.message(), "come back later");
}

#[tokio::test]
async fn a_slow_server_is_a_timeout() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.path("/api/status");
        then.status(200)
            .json_body(json!({}))
            .delay(Duration::from_secs(5));
    });
    let c = builder(&server)
        .max_retries(0)
        .timeout(Duration::from_millis(150))
        .build()
        .unwrap();
    let err = c.get_status().send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout);
    assert!(err.is_retryable());
    // The per-call timeout overrides the client's.
    let c = builder(&server).max_retries(0).build().unwrap();
    let quick = c.with_options(CallOptions::new().timeout(Duration::from_millis(150)));
    let err = quick.get_status().send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout);
}

#[tokio::test]
async fn a_callers_client_still_gets_the_configured_timeout() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.path("/api/status");
        then.status(200)
            .json_body(json!({}))
            .delay(Duration::from_secs(5));
    });
    let c = builder(&server)
        .http_client(|http| http.timeout(Duration::from_secs(30)))
        .max_retries(0)
        .timeout(Duration::from_millis(150))
        .build()
        .unwrap();
    let err = c.get_status().send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout);
}

#[tokio::test]
async fn a_dead_server_is_a_connection_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let c = agent_apis::autonomi::Client::builder()
        .base_url(format!("http://{addr}"))
        .max_retries(0)
        .build()
        .unwrap();
    let err = c.get_status().send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Connection);
}

#[tokio::test]
async fn statuses_map_to_kinds_with_the_servers_message() {
    let server = MockServer::start_async().await;
    let cases: &[(u16, serde_json::Value, ErrorKind, &str)] = &[
        (
            401,
            json!({"detail": "Invalid or expired token"}),
            ErrorKind::Authentication,
            "Invalid or expired token",
        ),
        (
            403,
            json!({"detail": "Insufficient permissions. Required scope: admin"}),
            ErrorKind::Permission,
            "Insufficient permissions. Required scope: admin",
        ),
        (
            404,
            json!({"detail": "Project not found"}),
            ErrorKind::NotFound,
            "Project not found",
        ),
        (
            409,
            json!({"detail": "Tenant exists"}),
            ErrorKind::Conflict,
            "Tenant exists",
        ),
        (
            422,
            json!({"detail": [{"type": "missing", "loc": ["body", "project_id"], "msg": "Field required"}]}),
            ErrorKind::Validation,
            "body.project_id: Field required",
        ),
        (
            429,
            json!({"detail": "Rate limit exceeded"}),
            ErrorKind::RateLimited,
            "Rate limit exceeded",
        ),
        (
            500,
            json!({"detail": "database is locked"}),
            ErrorKind::Server,
            "database is locked",
        ),
        (
            501,
            json!({"detail": "Not implemented"}),
            ErrorKind::Unsupported,
            "Not implemented",
        ),
    ];
    let c = builder(&server).max_retries(0).build().unwrap();
    for (i, (status, body, kind, message)) in cases.iter().enumerate() {
        let id = i as i64 + 100;
        server.mock(|when, then| {
            when.path(format!("/api/projects/{id}"));
            then.status(*status)
                .header("x-request-id", format!("req-{id}"))
                .json_body(body.clone());
        });
        let err = c.get_project().project_id(id).send().await.unwrap_err();
        assert_eq!(err.kind(), *kind, "{status}");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(*status));
        assert_eq!(err.message(), *message, "{status}");
        assert_eq!(err.request_id(), Some(format!("req-{id}").as_str()));
        assert!(err.to_string().contains(message), "{err}");
    }
}

#[tokio::test]
async fn malformed_empty_html_and_huge_bodies_become_typed_errors() {
    let server = MockServer::start_async().await;
    let c = builder(&server).max_retries(0).build().unwrap();
    server.mock(|when, then| {
        when.path("/api/v2/runs/1");
        then.status(200)
            .header("content-type", "application/json")
            .body(r#"{"id": 1, "status": "runn"#);
    });
    server.mock(|when, then| {
        when.path("/api/v2/runs/2");
        then.status(200).body("");
    });
    server.mock(|when, then| {
        when.path("/api/v2/runs/3");
        then.status(502)
            .header("content-type", "text/html")
            .body("<html><body><h1>502 Bad Gateway</h1>nginx</body></html>");
    });
    server.mock(|when, then| {
        when.path("/api/v2/runs/4");
        then.status(200).body("x".repeat(4 << 20));
    });
    server.mock(|when, then| {
        when.path("/api/v2/runs/5");
        then.status(200).json_body(json!({"id": "not a number"}));
    });
    let get = |id| {
        let c = c.clone();
        async move { c.get_run().run_id(id).send().await.unwrap_err() }
    };
    let malformed = get(1).await;
    assert_eq!(malformed.kind(), ErrorKind::Decode);
    assert!(
        malformed
            .body_snippet()
            .unwrap()
            .contains(r#""status": "runn"#),
        "{malformed}"
    );
    let empty = get(2).await;
    assert_eq!(empty.kind(), ErrorKind::Decode);
    assert!(empty.message().contains("empty"), "{empty}");
    let html = get(3).await;
    assert_eq!(html.kind(), ErrorKind::Server);
    assert!(
        html.body_snippet().unwrap().contains("502 Bad Gateway"),
        "{html}"
    );
    let huge = get(4).await;
    assert_eq!(huge.kind(), ErrorKind::Decode);
    assert!(huge.body_snippet().unwrap().chars().count() <= 513);
    let wrong_type = get(5).await;
    assert_eq!(wrong_type.kind(), ErrorKind::Decode);
}

/// A one-shot server that promises 100 bytes of body and closes after 10.
async fn truncating_server() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        if let Ok((mut socket, _)) = listener.accept().await {
            let mut buf = [0u8; 4096];
            let _ = socket.read(&mut buf).await;
            let _ = socket
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"id\": 1, ")
                .await;
            let _ = socket.shutdown().await;
        }
    });
    format!("http://{addr}")
}

#[tokio::test]
async fn a_truncated_body_is_a_decode_error() {
    let base = truncating_server().await;
    let c = agent_apis::autonomi::Client::builder()
        .base_url(base)
        .max_retries(0)
        .build()
        .unwrap();
    let err = c.get_run().run_id(1).send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert!(err.message().contains("truncated"), "{err}");
}

#[tokio::test]
async fn an_unknown_run_status_decodes_and_unknown_fields_are_ignored() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.path("/api/v2/runs/1");
        let mut body = run(1, "paused_for_review", None);
        body["brand_new_field"] = json!({"nested": [1, 2, 3]});
        then.status(200).json_body(body);
    });
    let r = client(&server).get_run().run_id(1).send().await.unwrap();
    assert_eq!(r.status, RunStatus::Unknown("paused_for_review".into()));
    assert_eq!(r.status.as_str(), "paused_for_review");
    assert!(!r.is_finished());
}

#[tokio::test]
async fn sends_user_agent_and_auth_and_drops_progenitors_api_version() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.path("/api/status")
            .header(
                "user-agent",
                concat!("agent-apis/", env!("CARGO_PKG_VERSION")),
            )
            .header("authorization", format!("Bearer {TOKEN}"))
            .header_missing("api-version");
        then.status(200).json_body(json!({"status": "ok"}));
    });
    client(&server).get_status().send().await.unwrap();
    m.assert_async().await;
}

#[tokio::test]
async fn a_callers_reqwest_client_and_default_headers_are_used() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.path("/api/status")
            .header("x-from-caller", "yes")
            .header("x-default", "d");
        then.status(200).json_body(json!({}));
    });
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-from-caller", "yes".parse().unwrap());
    let c = builder(&server)
        .http_client(move |http| http.default_headers(headers.clone()))
        .default_header("x-default", "d")
        .build()
        .unwrap();
    c.get_status().send().await.unwrap();
    m.assert_async().await;
}

#[tokio::test]
async fn bad_configuration_fails_before_sending() {
    let err = agent_apis::autonomi::Client::builder()
        .base_url("ftp://x")
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Configuration);
    let err = agent_apis::autonomi::Client::builder()
        .token("bad\ntoken")
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Configuration);
    assert!(!err.to_string().contains("bad\ntoken"));
}

#[tokio::test]
async fn secrets_never_reach_debug_display_or_errors() {
    let server = MockServer::start_async().await;
    // A server that echoes the caller's credential in its error.
    server.mock(|when, then| {
        when.path("/api/status");
        then.status(401)
            .json_body(json!({"detail": format!("token {TOKEN} is invalid")}));
    });
    server.mock(|when, then| {
        when.path("/api/v2/api-keys");
        then.status(201).body(CREATED_KEY);
    });
    let c = client(&server);
    let debug = format!("{c:?}");
    assert!(!debug.contains(TOKEN), "{debug}");
    let err = c.get_status().send().await.unwrap_err();
    for text in [
        err.to_string(),
        format!("{err:?}"),
        err.message().to_string(),
    ] {
        assert!(!text.contains(TOKEN), "{text}");
        assert!(!text.contains("test0123456789"), "{text}");
    }
    // An answer carrying a raw key that fails to decode keeps a snippet — without the key.
    let broken = MockServer::start_async().await;
    broken.mock(|when, then| {
        when.path("/api/v2/api-keys");
        then.status(201)
            .body(CREATED_KEY.replace(r#""id":"6e5d55eaff73""#, r#""id":6"#));
    });
    let b = builder(&broken).max_retries(0).build().unwrap();
    let err = b.create_api_key().name("ci").send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode);
    let shown = format!("{err} {err:?}");
    assert!(
        shown.contains(r#""name":"ci""#),
        "the snippet is kept: {shown}"
    );
    for secret in ["RAWKEY", "aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"] {
        assert!(!shown.contains(secret), "{secret} leaked: {shown}");
    }

    let created = c.create_api_key().name("ci").send().await.unwrap();
    assert_eq!(
        created.token.expose_secret(),
        "loki_RAWKEYxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    );
    let shown = format!("{:?}", created);
    assert!(!shown.contains("RAWKEY"), "{shown}");
    assert!(
        !shown.contains("aaaaaaaaaaaaaaaa"),
        "hash must not be kept: {shown}"
    );
}
