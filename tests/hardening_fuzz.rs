//! No panic from anything a server sends: a fixed-seed mutation loop serves thousands of
//! mutated realistic answers — statuses, wait and id headers, bodies flipped, cut, nested,
//! retyped — to representative operations of all four services, and every outcome must be
//! `Ok` or a typed `Error`. Each call runs in its own spawned task so that a panic shows as
//! `JoinError::is_panic` instead of ending the test early.

mod hardening_support;

use std::time::{Duration, Instant};

use agent_apis::{Error, ErrorKind};
use hardening_support::*;

/// A small deterministic generator (xorshift64*): the same cases on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const STATUSES: &[u16] = &[
    200, 200, 200, 201, 204, 206, 299, 301, 304, 400, 401, 402, 403, 404, 408, 409, 422, 429, 500,
    501, 502, 503, 599, 600, 999,
];

const HEADER_NAMES: &[&str] = &[
    "retry-after",
    "retry-after-ms",
    "x-request-id",
    "request-id",
    "content-type",
    "x-ratelimit-remaining",
    "x-ratelimit-reset",
    "location",
];

const HEADER_VALUES: &[&str] = &[
    "1e23",
    "-1",
    "NaN",
    "inf",
    "18446744073709551616",
    "99999999999999999999999999",
    "0.0000001",
    "",
    "Fri, 31 Dec 9999 23:59:59 GMT",
    "Thu, 01 Jan 1970 00:00:00 GMT",
    "application/json; charset=utf-16",
    "text/html",
    "Bearer loki_abcdefghijklmnopqrstuvwxyz",
    "//evil.example/x",
    "http://127.0.0.1:1/x",
    "\u{7f}",
];

/// One mutation of `body`.
fn mutate(rng: &mut Rng, body: &[u8]) -> Vec<u8> {
    let mut b = body.to_vec();
    match rng.below(10) {
        0 => {
            for _ in 0..=rng.below(8) {
                if !b.is_empty() {
                    let i = rng.below(b.len());
                    b[i] = rng.next() as u8;
                }
            }
        }
        1 => b.truncate(rng.below(b.len() + 1)),
        2 => {
            let i = rng.below(b.len() + 1);
            const JUNK: &[&[u8]] = &[
                b"1e999",
                b"-0",
                b"null",
                b"\"\\ud800\"",
                b"{}",
                b"[",
                b"\xff\xfe",
                b"18446744073709551616",
            ];
            let junk = *rng.pick(JUNK);
            b.splice(i..i, junk.iter().copied());
        }
        3 => b = format!("{}{}", "[".repeat(200), "]".repeat(200)).into_bytes(),
        4 => b = b"null".to_vec(),
        5 => {
            // Retype every number into a string, and strings into numbers.
            let text = String::from_utf8_lossy(&b)
                .replace(":1,", ":\"1\",")
                .replace(":\"", ":9e99,\"");
            b = text.into_bytes();
        }
        6 => b = "x".repeat(rng.below(70_000)).into_bytes(),
        7 => b.clear(),
        _ => {}
    }
    b
}

/// One mutated answer: a status, some hostile headers, a mutated body, and sometimes a
/// content-length that promises more than is sent.
fn mutated_answer(rng: &mut Rng, body: &[u8]) -> Vec<u8> {
    let status = *rng.pick(STATUSES);
    let body = mutate(rng, body);
    let declared = if rng.below(8) == 0 {
        body.len() + 1 + rng.below(100)
    } else {
        body.len()
    };
    let mut head = format!("HTTP/1.1 {status} X\r\ncontent-length: {declared}\r\n");
    if rng.below(3) > 0 {
        head.push_str("content-type: application/json\r\n");
    }
    for _ in 0..rng.below(4) {
        head.push_str(&format!(
            "{}: {}\r\n",
            rng.pick(HEADER_NAMES),
            rng.pick(HEADER_VALUES)
        ));
    }
    head.push_str("connection: close\r\n\r\n");
    let mut out = head.into_bytes();
    out.extend_from_slice(&body);
    out
}

/// One client per representative operation, built once (building a client loads TLS roots).
#[derive(Clone)]
struct Clients {
    autonomi: agent_apis::autonomi::Client,
    autonomi_retrying: agent_apis::autonomi::Client,
    clink: agent_apis::clink::Client,
    admin: agent_apis::ailink::AdminClient,
    agent: agent_apis::ailink::AgentClient,
    mosaia: agent_apis::mosaia::Client,
}

/// Calls one representative operation; what it returns does not matter, only that it returns.
async fn call(service: usize, c: Clients) -> Result<(), Error> {
    match service {
        0 => c.autonomi.get_run().run_id(1).send().await.map(drop),
        1 => c.autonomi_retrying.list_runs().send().await.map(drop),
        2 => c
            .clink
            .get_group()
            .group_id("0b0e5b8e-0000-4000-8000-000000000001")
            .send()
            .await
            .map(drop),
        3 => c.admin.list_tokens().send().await.map(drop),
        4 => c
            .agent
            .proxy()
            .post("/v1/chat/completions")
            .json(&serde_json::json!({"model": "m", "messages": []}))
            .send::<serde_json::Value>()
            .await
            .map(drop),
        _ => c.mosaia.get_agent().id("agent-1").send().await.map(drop),
    }
}

/// A realistic answer per representative operation.
fn realistic(service: usize) -> &'static str {
    match service {
        0 => {
            r#"{"id":1,"session_id":null,"project_id":1,"status":"running","trigger":"manual","config":{"a":[1,2]},"result_summary":null,"parent_run_id":null,"started_at":"2026-11-22T13:27:29","ended_at":null,"created_at":"2026-11-22T13:27:29.123456+00:00","events":[]}"#
        }
        1 => {
            r#"[{"id":1,"project_id":1,"status":"completed","trigger":"manual","started_at":"2026-11-22T13:27:29","ended_at":"2026-11-22T13:30:00","created_at":"2026-11-22T13:27:29"},{"id":"run-file-2","status":"running","started_at":1732282049}]"#
        }
        2 => {
            r#"{"success":true,"data":{"group_id":"0b0e5b8e-0000-4000-8000-000000000001","name":"Backend","slug":"backend","description":null,"owner_id":"u1","role":"owner","created_at":"2026-05-01T09:00:00.000Z","updated_at":null}}"#
        }
        3 => {
            r#"[{"id":"tok-1","name":"ci","project_id":"00000000-0000-0000-0000-000000000001","credential_id":null,"upstream_url":"https://api.openai.com","is_active":true,"created_at":"2026-01-01T00:00:00Z"}]"#
        }
        4 => {
            r#"{"id":"chatcmpl-1","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}]}"#
        }
        _ => {
            r#"{"data":{"id":"agent-1","name":"Support","short_description":"s","active":true,"created_at":"2026-01-01T00:00:00Z"}}"#
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thousands_of_mutated_answers_never_panic() {
    const CASES: usize = 3_000;
    let server = RawServer::start(json(200, "{}")).await;
    let url = server.url.clone();
    let clients = Clients {
        autonomi: autonomi(&url, 0),
        autonomi_retrying: autonomi(&url, 1),
        clink: clink(&url, 0),
        admin: admin(&url, 0),
        agent: agent(&url, 1),
        mosaia: mosaia(&url, 0),
    };
    let mut rng = Rng(0x5eed_1234_abcd_9876);
    let started = Instant::now();
    let (mut ok, mut typed) = (0usize, 0usize);
    let mut kinds = std::collections::BTreeSet::new();
    for case in 0..CASES {
        let service = case % 6;
        server.set(mutated_answer(&mut rng, realistic(service).as_bytes()));
        let outcome = tokio::time::timeout(
            Duration::from_secs(20),
            tokio::spawn(call(service, clients.clone())),
        )
        .await
        .unwrap_or_else(|_| panic!("case {case} (service {service}) hung"));
        match outcome {
            Ok(Ok(())) => ok += 1,
            Ok(Err(e)) => {
                typed += 1;
                kinds.insert(format!("{:?}", e.kind()));
                // Every error says what went wrong in text a person can read.
                assert!(!e.to_string().is_empty());
            }
            Err(join) => {
                assert!(
                    !join.is_panic(),
                    "case {case} (service {service}) panicked: {join}"
                );
            }
        }
    }
    assert_eq!(ok + typed, CASES);
    // The mutations reach both outcomes and many kinds of error, so the loop tests something.
    assert!(ok > 0 && typed > CASES / 3, "ok {ok}, errors {typed}");
    assert!(kinds.len() >= 6, "{kinds:?}");
    assert!(
        kinds.contains(&format!("{:?}", ErrorKind::Decode)),
        "{kinds:?}"
    );
    eprintln!(
        "{CASES} mutated answers: {ok} Ok, {typed} typed errors ({kinds:?}) in {:?}",
        started.elapsed()
    );
}

/// A server that streams an endless chunked body.
async fn endless_server() -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = socket.read(&mut buf).await;
                let head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
                if socket.write_all(head).await.is_err() {
                    return;
                }
                let chunk = format!("10000\r\n{}\r\n", "x".repeat(0x10000));
                while socket.write_all(chunk.as_bytes()).await.is_ok() {}
            });
        }
    });
    url
}

#[tokio::test]
async fn an_endless_or_oversized_body_stops_at_the_configured_size() {
    let url = endless_server().await;
    let client = agent_apis::autonomi::Client::builder()
        .base_url(&url)
        .max_response_size(1 << 20)
        .max_retries(0)
        .build()
        .unwrap();
    let err = client.get_run().run_id(1).send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert!(
        err.message().contains("larger than the 1048576 bytes"),
        "{err}"
    );
    // An announced length beyond the limit is refused before reading it.
    let big = RawServer::start(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 999999999\r\n\r\n{"
            .to_vec(),
    )
    .await;
    let client = agent_apis::autonomi::Client::builder()
        .base_url(&big.url)
        .max_response_size(1 << 20)
        .max_retries(0)
        .build()
        .unwrap();
    let err = client.get_run().run_id(1).send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
}
