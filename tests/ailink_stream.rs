//! LLM traffic through the gateway: typed chat completions and streams on `AgentClient`,
//! raw streams on `proxy()`, against a loopback server that scripts what it sends and when.
//! Incremental delivery is proven without timing: the server holds the rest of the stream
//! until the test has received the first chunk.
#![cfg(feature = "ailink")]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use agent_apis::ailink::AgentClient;
use agent_apis::ErrorKind;
use futures::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, oneshot};

const TOKEN: &str = "ailink_v1_00000000_tok_streamstreamstreamstream01";

/// What the scripted server does, in order, after reading the request.
enum Step {
    Send(Vec<u8>),
    /// Waits until the test says so.
    Wait(oneshot::Receiver<()>),
    /// Holds the connection open without sending.
    Stall,
}

/// The request as the server read it: head and body.
#[derive(Clone, Debug, Default)]
struct Seen {
    head: String,
    body: String,
}

struct Server {
    url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    /// Receives a message when a write fails (the client closed the connection).
    closed: mpsc::UnboundedReceiver<()>,
}

async fn serve(script: Vec<Step>) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (closed_tx, closed) = mpsc::unbounded_channel();
    let record = seen.clone();
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut buf = Vec::new();
        let mut chunk = [0u8; 4096];
        let head_end = loop {
            let n = socket.read(&mut chunk).await.unwrap();
            buf.extend_from_slice(&chunk[..n]);
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
        let length = head
            .lines()
            .find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-length:")
                    .map(|v| v.trim().parse::<usize>().unwrap())
            })
            .unwrap_or(0);
        while buf.len() < head_end + length {
            let n = socket.read(&mut chunk).await.unwrap();
            buf.extend_from_slice(&chunk[..n]);
        }
        let body = String::from_utf8_lossy(&buf[head_end..]).to_string();
        record.lock().unwrap().push(Seen { head, body });
        for step in script {
            match step {
                Step::Send(bytes) => {
                    if socket.write_all(&bytes).await.is_err() || socket.flush().await.is_err() {
                        let _ = closed_tx.send(());
                        return;
                    }
                }
                Step::Wait(rx) => {
                    let _ = rx.await;
                }
                Step::Stall => {
                    // Send nothing more; notice when the client closes the connection.
                    let mut sink = [0u8; 16];
                    let _ = socket.read(&mut sink).await;
                    let _ = closed_tx.send(());
                    return;
                }
            }
        }
    });
    Server { url, seen, closed }
}

fn sse_head() -> Step {
    Step::Send(
        b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
            .to_vec(),
    )
}

/// One chunked-encoding piece carrying `text`.
fn piece(text: &str) -> Step {
    Step::Send(format!("{:x}\r\n{text}\r\n", text.len()).into_bytes())
}

fn delta(content: &str) -> String {
    format!(
        "data: {{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{{\"index\":0,\"delta\":{{\"content\":\"{content}\"}},\"finish_reason\":null}}]}}\n\n"
    )
}

fn end() -> Step {
    Step::Send(b"0\r\n\r\n".to_vec())
}

fn agent(url: &str) -> AgentClient {
    AgentClient::builder()
        .base_url(url)
        .api_key(TOKEN)
        .agent_name("stream-bot")
        .max_retries(0)
        .build()
        .unwrap()
}

fn text_of(chunk: &agent_apis::ailink::chat_types::CreateChatCompletionStreamResponse) -> String {
    chunk.choices[0].delta.content.clone().unwrap_or_default()
}

#[tokio::test]
async fn chunks_arrive_as_the_gateway_relays_them() {
    let (go, wait) = oneshot::channel();
    let server = serve(vec![
        sse_head(),
        piece(": keep-alive\n\n"),
        piece(&delta("Hel")),
        Step::Wait(wait),
        // The next event is split across two network writes.
        piece("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","),
        piece("\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"},\"finish_reason\":null}]}\n\n"),
        piece("data: [DONE]\n\n"),
        end(),
    ])
    .await;
    let mut stream = agent(&server.url)
        .chat_completion()
        .model("gpt-4o")
        .user("hi")
        .stream()
        .await
        .unwrap();
    // The server sends nothing more until this first chunk has arrived: a buffering client
    // would wait here until the timeout.
    let first = tokio::time::timeout(Duration::from_secs(10), stream.next())
        .await
        .expect("the first chunk arrives before the stream ends")
        .unwrap()
        .unwrap();
    assert_eq!(text_of(&first), "Hel");
    go.send(()).unwrap();
    let rest: Vec<_> = stream.collect().await;
    assert_eq!(rest.len(), 1, "[DONE] ends the stream");
    assert_eq!(text_of(rest[0].as_ref().unwrap()), "lo");

    let seen = server.seen.lock().unwrap()[0].clone();
    assert!(
        seen.head.starts_with("POST /v1/chat/completions "),
        "{}",
        seen.head
    );
    let head = seen.head.to_ascii_lowercase();
    assert!(head.contains(&format!(
        "authorization: bearer {}",
        TOKEN.to_ascii_lowercase()
    )));
    assert!(head.contains("accept: text/event-stream"));
    let body: serde_json::Value = serde_json::from_str(&seen.body).unwrap();
    assert_eq!(body["stream"], true);
    assert_eq!(body["model"], "gpt-4o");
    assert_eq!(body["messages"][0]["content"], "hi");
}

#[tokio::test]
async fn a_gateway_error_before_the_stream_is_a_typed_error() {
    let body = r#"{"error":{"code":"rate_limit_exceeded","message":"Rate limit exceeded. Retry after 60s","request_id":"req-1","type":"rate_limit_error"}}"#;
    let server = serve(vec![Step::Send(
        format!(
            "HTTP/1.1 429 Too Many Requests\r\ncontent-type: application/json\r\nretry-after: 60\r\ncontent-length: {}\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )])
    .await;
    let err = agent(&server.url)
        .chat_completion()
        .model("gpt-4o")
        .user("hi")
        .stream()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::RateLimited);
    assert_eq!(err.message(), "Rate limit exceeded. Retry after 60s");
    assert_eq!(err.code(), Some("rate_limit_exceeded"));
    assert_eq!(err.request_id(), Some("req-1"));
    assert_eq!(err.retry_after(), Some(Duration::from_secs(60)));
}

#[tokio::test]
async fn an_error_event_mid_stream_ends_it_with_the_upstreams_message() {
    let server = serve(vec![
        sse_head(),
        piece(&delta("partial")),
        piece("data: {\"error\":{\"message\":\"upstream overloaded\",\"type\":\"server_error\",\"code\":\"overloaded\"}}\n\n"),
        piece(&delta("never")),
        end(),
    ])
    .await;
    let items: Vec<_> = agent(&server.url)
        .chat_completion()
        .model("m")
        .user("hi")
        .stream()
        .await
        .unwrap()
        .collect()
        .await;
    assert_eq!(items.len(), 2, "the error ends the stream");
    assert_eq!(text_of(items[0].as_ref().unwrap()), "partial");
    let err = items[1].as_ref().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Server);
    assert!(err.message().contains("upstream overloaded"), "{err}");
    assert_eq!(err.code(), Some("overloaded"));
    assert_eq!(err.error_type(), Some("server_error"));
}

#[tokio::test]
async fn a_stalled_stream_ends_at_its_idle_timeout() {
    let server = serve(vec![sse_head(), piece(&delta("one")), Step::Stall]).await;
    let mut stream = agent(&server.url)
        .chat_completion()
        .model("m")
        .user("hi")
        .idle_timeout(Duration::from_millis(200))
        .stream()
        .await
        .unwrap();
    assert_eq!(text_of(&stream.next().await.unwrap().unwrap()), "one");
    let err = stream.next().await.unwrap().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
    assert!(err.message().contains("idle timeout"), "{err}");
    assert!(stream.next().await.is_none());
}

#[tokio::test]
async fn dropping_the_stream_closes_the_connection() {
    let mut server = serve(vec![sse_head(), piece(&delta("one")), Step::Stall]).await;
    let mut stream = agent(&server.url)
        .chat_completion()
        .model("m")
        .user("hi")
        .stream()
        .await
        .unwrap();
    stream.next().await.unwrap().unwrap();
    drop(stream);
    tokio::time::timeout(Duration::from_secs(10), server.closed.recv())
        .await
        .expect("the server saw the connection close")
        .unwrap();
}

#[tokio::test]
async fn a_connection_that_breaks_mid_stream_is_an_error_not_an_end() {
    let server = serve(vec![
        sse_head(),
        piece(&delta("one")),
        // A chunk header promising more than is sent, then the connection closes.
        Step::Send(b"ff\r\ndata: {\"cut".to_vec()),
    ])
    .await;
    let items: Vec<_> = agent(&server.url)
        .chat_completion()
        .model("m")
        .user("hi")
        .stream()
        .await
        .unwrap()
        .collect()
        .await;
    assert_eq!(text_of(items[0].as_ref().unwrap()), "one");
    let err = items.last().unwrap().as_ref().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Connection, "{err}");
}

#[tokio::test]
async fn send_returns_the_typed_answer() {
    let body = r#"{"id":"c1","object":"chat.completion","created":1,"model":"gpt-4o","choices":[{"index":0,"message":{"role":"assistant","content":"Hello!"},"finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}"#;
    let server = serve(vec![Step::Send(
        format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )])
    .await;
    let answer = agent(&server.url)
        .chat_completion()
        .model("gpt-4o")
        .system("Be brief.")
        .user("Hello")
        .temperature(0.2)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.choices[0].message.content.as_deref(), Some("Hello!"));
    let seen = server.seen.lock().unwrap()[0].clone();
    let sent: serde_json::Value = serde_json::from_str(&seen.body).unwrap();
    assert_eq!(sent["stream"], false);
    assert_eq!(sent["messages"][0]["role"], "system");
    assert!((sent["temperature"].as_f64().unwrap() - 0.2).abs() < 1e-6);
}

#[tokio::test]
async fn a_request_without_a_model_is_refused_before_sending() {
    let err = agent("http://127.0.0.1:9")
        .chat_completion()
        .user("hi")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
}

#[tokio::test]
async fn proxy_streams_any_path_raw_and_as_events() {
    let (go, wait) = oneshot::channel();
    let server = serve(vec![
        sse_head(),
        piece("event: message_start\ndata: {\"type\":\"message_start\"}\n\n"),
        Step::Wait(wait),
        piece("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\n"),
        piece("data: \"delta\":{\"text\":\"Hi\"}}\n\n"),
        end(),
    ])
    .await;
    let mut events = agent(&server.url)
        .proxy()
        .post("/v1/messages")
        .json(&serde_json::json!({"model": "claude", "stream": true, "max_tokens": 8, "messages": []}))
        .sse()
        .await
        .unwrap();
    let first = tokio::time::timeout(Duration::from_secs(10), events.next())
        .await
        .expect("the first event arrives before the stream ends")
        .unwrap()
        .unwrap();
    assert_eq!(first.event.as_deref(), Some("message_start"));
    go.send(()).unwrap();
    let second = events.next().await.unwrap().unwrap();
    assert_eq!(second.event.as_deref(), Some("content_block_delta"));
    // Two `data:` lines of one event, joined with a newline.
    assert_eq!(
        second.data,
        "{\"type\":\"content_block_delta\",\n\"delta\":{\"text\":\"Hi\"}}"
    );
    assert!(events.next().await.is_none());
}
