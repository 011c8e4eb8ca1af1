//! Retries where they are safe, and only there: a body that breaks off is a failed attempt; a
//! 429 is retried for every method, a 5xx on POST only with an idempotency key; an idempotency
//! key names one call; a call with retries takes at most `RetryPolicy::worst_case`.

mod hardening_support;

use std::time::Duration;

use agent_apis::RetryPolicy;
use agent_apis::{CallOptions, ErrorKind};
use hardening_support::*;

const RUN: &str = r#"{"id":1,"project_id":1,"status":"running","trigger":"manual","started_at":"2026-11-22T13:27:29","ended_at":null,"created_at":"2026-11-22T13:27:29","events":[]}"#;
const PROJECT: &str = r#"{"id":3,"name":"demo","description":null,"status":"active","created_at":"2026-11-22T13:27:29","updated_at":"2026-11-22T13:27:29"}"#;

/// An answer promising more body than it sends: the connection closes mid-body.
fn truncated() -> Vec<u8> {
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\nconnection: close\r\n\r\n{\"id\": 1, ".to_vec()
}

#[tokio::test]
async fn a_get_whose_body_breaks_off_is_retried() {
    let server = RawServer::script(vec![truncated(), json(200, RUN)]).await;
    let run = autonomi(&server.url, 2)
        .get_run()
        .run_id(1)
        .send()
        .await
        .unwrap();
    assert_eq!(run.id, 1);
    assert_eq!(server.requests().len(), 2);
    // Within the attempt budget: with no retries left, the broken body is the error.
    let server = RawServer::start(truncated()).await;
    let err = autonomi(&server.url, 1)
        .get_run()
        .run_id(1)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert!(err.message().contains("truncated"), "{err}");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn a_429_is_retried_for_a_post_and_a_5xx_only_with_an_idempotency_key() {
    let limited = json(429, r#"{"detail":"slow down"}"#);
    let server = RawServer::script(vec![limited, json(201, PROJECT)]).await;
    let client = autonomi(&server.url, 2);
    let project = client.create_project().name("demo").send().await.unwrap();
    assert_eq!(project.id, 3);
    assert_eq!(server.requests().len(), 2, "the 429 was retried");

    let server = RawServer::start(json(503, r#"{"detail":"busy"}"#)).await;
    let client = autonomi(&server.url, 2);
    let err = client
        .create_project()
        .name("demo")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Server);
    assert_eq!(
        server.requests().len(),
        1,
        "a POST 503 without a key is sent once"
    );
    let keyed = client.with_options(CallOptions::new().idempotency_key("create-demo-1"));
    let _ = keyed.create_project().name("demo").send().await;
    let sent = server.requests();
    assert_eq!(sent.len(), 4, "with a key: the first attempt and 2 retries");
    assert!(sent[1..]
        .iter()
        .all(|r| r.header("idempotency-key") == Some("create-demo-1")));
}

#[tokio::test]
async fn an_idempotency_key_names_one_call() {
    let server = RawServer::start(json(201, PROJECT)).await;
    let keyed = autonomi(&server.url, 0).with_options(CallOptions::new().idempotency_key("k-1"));
    keyed.create_project().name("a").send().await.unwrap();
    let err = keyed.create_project().name("b").send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{err}");
    assert!(err.message().contains("already used"), "{err}");
    assert_eq!(server.requests().len(), 1, "the second call sent nothing");

    // A key that is no header value, or a service without an idempotency header: refused.
    let bad = autonomi(&server.url, 0).with_options(CallOptions::new().idempotency_key("a\nb"));
    let err = bad.create_project().name("c").send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{err}");
    let admin = admin(&server.url, 0).with_options(CallOptions::new().idempotency_key("k-2"));
    let err = admin.list_tokens().send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{err}");
    assert!(err.message().contains("no idempotency header"), "{err}");
    assert_eq!(server.requests().len(), 1, "nothing more was sent");
}

/// A server that accepts connections and never answers.
async fn silent_server() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    url
}

#[tokio::test(start_paused = true)]
async fn a_call_with_retries_is_bounded_by_the_worst_case() {
    // Paused time: the runtime advances its clock whenever it would wait, so the bound is
    // checked exactly, without sleeping for it.
    let policy = RetryPolicy {
        max_retries: 2,
        initial_backoff: Duration::from_millis(500),
        max_backoff: Duration::from_secs(2),
        max_retry_after: Duration::from_secs(3),
    };
    let timeout = Duration::from_secs(4);
    let url = silent_server().await;
    let client = agent_apis::autonomi::Client::builder()
        .base_url(url)
        .retry_policy(policy.clone())
        .timeout(timeout)
        .build()
        .unwrap();
    let started = tokio::time::Instant::now();
    let err = client.get_run().run_id(1).send().await.unwrap_err();
    let took = started.elapsed();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
    assert!(
        took >= timeout * 3,
        "{took:?}: three attempts each ran to the timeout"
    );
    assert!(
        took <= policy.worst_case(timeout),
        "{took:?} > {:?}",
        policy.worst_case(timeout)
    );
}

/// Every attempt of a retried call is the same request: method, path, query, body and headers
/// (credential, user agent, idempotency key). The generated operations build a retry's request
/// again instead of copying the first; a difference would miss the mock (a 404, not a 503).
#[tokio::test]
async fn every_attempt_of_a_retried_call_sends_the_same_request() {
    use httpmock::prelude::*;

    let server = MockServer::start_async().await;
    let bearer = format!("Bearer {MOSAIA_KEY}");
    let ua = agent_apis::USER_AGENT;
    let put = server.mock(|when, then| {
        when.method(PUT)
            .path("/agent/agent-7")
            .header("authorization", bearer.as_str())
            .header("user-agent", ua)
            .header("idempotency-key", "update-7")
            .json_body(serde_json::json!({"name": "renamed"}));
        then.status(503);
    });
    let list = server.mock(|when, then| {
        when.method(GET)
            .path("/agent")
            .query_param("limit", "5")
            .query_param("q", "support bot")
            .header("authorization", bearer.as_str())
            .header("user-agent", ua);
        then.status(503);
    });
    let client = mosaia(&server.base_url(), 2);
    let keyed = client.with_options(CallOptions::new().idempotency_key("update-7"));
    let err = keyed
        .update_agent()
        .id("agent-7")
        .name("renamed")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Server, "{err}");
    assert_eq!(
        put.calls_async().await,
        3,
        "the first attempt and 2 retries"
    );

    let err = client
        .list_agents()
        .limit(5)
        .q("support bot")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Server, "{err}");
    assert_eq!(
        list.calls_async().await,
        3,
        "the first attempt and 2 retries"
    );
}

/// A server whose every answer is `head_and_part` — a status line, headers and the start of a
/// body — and then nothing more, the connection held open. Answers its URL and the number of
/// requests it has seen.
async fn stalling_server(
    head_and_part: &'static [u8],
) -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = std::sync::Arc::new(AtomicUsize::new(0));
    let counter = seen.clone();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut buf = [0u8; 4096];
            let _ = socket.read(&mut buf).await;
            counter.fetch_add(1, Ordering::SeqCst);
            let _ = socket.write_all(head_and_part).await;
            held.push(socket);
        }
    });
    (url, seen)
}

/// An Autonomi client for `url` with `retries` fast retries and a 200 ms timeout.
fn impatient(url: &str, retries: u32) -> agent_apis::autonomi::Client {
    agent_apis::autonomi::Client::builder()
        .base_url(url)
        .retry_policy(fast(retries))
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_body_that_stalls_ends_at_the_timeout_and_is_retried_only_where_safe() {
    use std::sync::atomic::Ordering;
    let (url, seen) = stalling_server(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"id\": 1, ",
    )
    .await;
    let client = impatient(&url, 1);
    let started = std::time::Instant::now();
    let err = client.get_run().run_id(1).send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
    assert!(err.is_retryable(), "{err}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(200), "{err}");
    assert!(err.message().contains("body"), "{err}");
    assert_eq!(seen.load(Ordering::SeqCst), 2, "a GET is attempted again");
    assert!(started.elapsed() >= Duration::from_millis(400));
    // A POST without an idempotency key is not.
    let err = client
        .create_project()
        .name("demo")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
    assert_eq!(seen.load(Ordering::SeqCst), 3, "a POST is sent once");
}

#[tokio::test]
async fn an_error_body_that_stalls_keeps_what_arrived_at_the_timeout() {
    let (url, _) = stalling_server(
        b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"detail\": \"busy",
    )
    .await;
    let err = impatient(&url, 0)
        .get_run()
        .run_id(1)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Server, "{err}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503), "{err}");
    assert!(
        err.body_snippet().is_some_and(|s| s.contains("busy")),
        "{err:?}"
    );
}

#[cfg(feature = "openai")]
#[tokio::test]
async fn a_body_that_stalls_through_the_openai_bridge_ends_at_the_timeout() {
    // The bridge hands async-openai the answer with its body unread: the timeout still covers
    // that body, read after the transport has let go of the answer.
    let (url, _) = stalling_server(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 900\r\n\r\n{\"id\": \"chatcmpl-1\", ",
    )
    .await;
    let agent = agent_apis::ailink::AgentClient::builder()
        .base_url(&url)
        .api_key(AILINK_TOKEN)
        .max_retries(0)
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let request: async_openai::types::chat::CreateChatCompletionRequest =
        serde_json::from_value(serde_json::json!({
            "model": "gpt-4o",
            "messages": [{"role": "user", "content": "Hello!"}]
        }))
        .unwrap();
    let started = std::time::Instant::now();
    let oai = agent.openai().unwrap();
    let chat = oai.chat();
    let outcome = tokio::time::timeout(Duration::from_secs(10), chat.create(request)).await;
    let err = outcome.expect("the body's wait ended").unwrap_err();
    assert!(started.elapsed() >= Duration::from_millis(200));
    let err: agent_apis::Error = err.into();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
}
