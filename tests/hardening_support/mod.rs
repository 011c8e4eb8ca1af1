//! Support for the hardening tests: a raw loopback HTTP/1.1 server that answers with whatever
//! bytes a test scripts (malformed, hostile or broken answers httpmock cannot send) and records
//! each request as it arrived on the wire, and one client per service pointed at a base URL.
#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use agent_apis::ailink::{AdminClient, AgentClient};
use agent_apis::clink::Client as ClinkClient;
use agent_apis::mosaia::Client as Mosaia;
use agent_apis::RetryPolicy;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

pub const AUTONOMI_TOKEN: &str = "loki_hardening0123456789abcdefghij";
pub const CLINK_KEY: &str = "sk_live_u_hardening0123456789abcdef";
pub const CLINK_SESSION: &str = "hardening-session-5c1d";
pub const AILINK_ADMIN_KEY: &str = "admin-key-hardening-7f3e91";
pub const AILINK_TOKEN: &str = "ailink_v1_hardening_tok_0123abcd";
pub const MOSAIA_KEY: &str = "mosaia-key-hardening-9d8c7b";

/// One request as the server read it: the request line and the header lines, raw.
#[derive(Clone, Debug)]
pub struct Seen {
    pub request_line: String,
    pub headers: Vec<(String, String)>,
}

impl Seen {
    /// The request target (path and query) exactly as sent.
    pub fn target(&self) -> &str {
        self.request_line.split(' ').nth(1).unwrap_or("")
    }

    /// The value of header `name`, if sent.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A loopback server answering each connection's request with the next scripted answer (the
/// last one repeats), then closing the connection.
pub struct RawServer {
    pub url: String,
    pub seen: Arc<Mutex<Vec<Seen>>>,
    answers: Arc<Mutex<Vec<Vec<u8>>>>,
}

impl RawServer {
    /// Starts a server answering `answer` to every request.
    pub async fn start(answer: impl Into<Vec<u8>>) -> Self {
        Self::script(vec![answer.into()]).await
    }

    /// Starts a server answering `answers` in order (the last one repeats).
    pub async fn script(answers: Vec<Vec<u8>>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let answers = Arc::new(Mutex::new(answers));
        let (s, a) = (seen.clone(), answers.clone());
        tokio::spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else {
                    return;
                };
                let (s, a) = (s.clone(), a.clone());
                tokio::spawn(async move {
                    let Some(head) = read_head(&mut socket).await else {
                        return;
                    };
                    s.lock().unwrap().push(parse_head(&head));
                    let answer = {
                        let mut a = a.lock().unwrap();
                        if a.len() > 1 {
                            a.remove(0)
                        } else {
                            a[0].clone()
                        }
                    };
                    let _ = socket.write_all(&answer).await;
                    let _ = socket.shutdown().await;
                    // Drain what the client still sends, so that closing is not a reset.
                    let mut sink = [0u8; 1024];
                    let _ = tokio::time::timeout(Duration::from_millis(200), async {
                        while let Ok(n) = socket.read(&mut sink).await {
                            if n == 0 {
                                break;
                            }
                        }
                    })
                    .await;
                });
            }
        });
        Self { url, seen, answers }
    }

    /// Answers every later request with `answer`.
    pub fn set(&self, answer: Vec<u8>) {
        *self.answers.lock().unwrap() = vec![answer];
    }

    /// Every request seen so far.
    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

async fn read_head(socket: &mut tokio::net::TcpStream) -> Option<Vec<u8>> {
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = tokio::time::timeout(Duration::from_secs(5), socket.read(&mut buf))
            .await
            .ok()?
            .ok()?;
        if n == 0 {
            return None;
        }
        head.extend_from_slice(&buf[..n]);
    }
    Some(head)
}

fn parse_head(head: &[u8]) -> Seen {
    let text = String::from_utf8_lossy(head);
    let mut lines = text.split("\r\n");
    let request_line = lines.next().unwrap_or_default().to_string();
    let headers = lines
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    Seen {
        request_line,
        headers,
    }
}

/// An HTTP/1.1 answer with `status`, extra header lines and `body` (content-length set).
pub fn answer(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status} X\r\ncontent-length: {}\r\n", body.len());
    for (n, v) in headers {
        out.push_str(&format!("{n}: {v}\r\n"));
    }
    out.push_str("connection: close\r\n\r\n");
    let mut out = out.into_bytes();
    out.extend_from_slice(body);
    out
}

/// A JSON answer.
pub fn json(status: u16, body: &str) -> Vec<u8> {
    answer(
        status,
        &[("content-type", "application/json")],
        body.as_bytes(),
    )
}

/// Fast retries, so that tests that exercise them stay short.
pub fn fast(retries: u32) -> RetryPolicy {
    RetryPolicy {
        max_retries: retries,
        initial_backoff: Duration::from_millis(1),
        max_backoff: Duration::from_millis(5),
        max_retry_after: Duration::from_millis(50),
    }
}

pub fn autonomi(url: &str, retries: u32) -> agent_apis::autonomi::Client {
    agent_apis::autonomi::Client::builder()
        .base_url(url)
        .token(AUTONOMI_TOKEN)
        .retry_policy(fast(retries))
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

pub fn clink(url: &str, retries: u32) -> ClinkClient {
    ClinkClient::builder()
        .base_url(url)
        .api_key(CLINK_KEY)
        .session_id(CLINK_SESSION)
        .retry_policy(fast(retries))
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

pub fn admin(url: &str, retries: u32) -> AdminClient {
    AdminClient::builder()
        .base_url(url)
        .admin_key(AILINK_ADMIN_KEY)
        .retry_policy(fast(retries))
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

pub fn agent(url: &str, retries: u32) -> AgentClient {
    AgentClient::builder()
        .base_url(url)
        .api_key(AILINK_TOKEN)
        .agent_name("hardening-bot")
        .retry_policy(fast(retries))
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

pub fn mosaia(url: &str, retries: u32) -> Mosaia {
    Mosaia::builder()
        .api_url(url)
        .api_key(MOSAIA_KEY)
        .retry_policy(fast(retries))
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}
