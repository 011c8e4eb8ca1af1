//! Limits a caller or a server can push to the extreme: a time limit of `Duration::MAX` means
//! "no deadline" (never an overflow panic), and a server-sent event larger than the client's
//! `max_response_size` (one endless line, or many lines that never end the event) ends the
//! stream with a typed `Decode` error instead of being buffered until memory runs out. The limit
//! is per event: a long stream of small events is read whole.

mod hardening_support;

use std::time::Duration;

use agent_apis::ailink::AgentClient;
use agent_apis::ErrorKind;
use futures::StreamExt;
use hardening_support::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

// ---- Time limits of Duration::MAX

const TIMELINE: &str = r#"{"run_id":1,"events":[{"id":1,"run_id":1,"event_type":"start","phase":"act","details":{},"timestamp":"2026-11-22T13:27:11"}],"duration_seconds":null}"#;
const FINISHED_RUN: &str = r#"{"id":1,"session_id":null,"project_id":1,"status":"completed","trigger":"manual","config":null,"result_summary":null,"parent_run_id":null,"started_at":"2026-11-22T13:27:29","ended_at":"2026-11-22T13:30:00","created_at":"2026-11-22T13:27:29","events":[]}"#;

#[tokio::test]
async fn run_events_with_a_timeout_of_duration_max_has_no_deadline() {
    let server = RawServer::start(json(200, TIMELINE)).await;
    let client = autonomi(&server.url, 0);
    let events = client.run_events(1).timeout(Duration::MAX).stream();
    futures::pin_mut!(events);
    let first = events.next().await.unwrap().unwrap();
    assert_eq!(first.id, 1);
}

#[tokio::test]
async fn wait_for_run_and_client_timeouts_of_duration_max_have_no_deadline() {
    let server = RawServer::start(json(200, FINISHED_RUN)).await;
    let client = agent_apis::autonomi::Client::builder()
        .base_url(&server.url)
        .token(AUTONOMI_TOKEN)
        .timeout(Duration::MAX)
        .connect_timeout(Duration::MAX)
        .max_retries(0)
        .build()
        .unwrap();
    let run = client
        .wait_for_run(1)
        .timeout(Duration::MAX)
        .send()
        .await
        .unwrap();
    assert!(run.is_finished());
}

// ---- Server-sent events larger than max_response_size

/// The cap the clients below are built with.
const LIMIT: usize = 64 << 10;

/// A loopback server answering every request with a `200 text/event-stream` whose body is
/// `prefix` and then `chunk` `times` times (it stops early when the client hangs up).
async fn event_stream_server(prefix: &'static [u8], chunk: Vec<u8>, times: usize) -> String {
    answer_server("text/event-stream", prefix, chunk, times).await
}

/// [`event_stream_server`] with another content type.
async fn answer_server(
    content_type: &'static str,
    prefix: &'static [u8],
    chunk: Vec<u8>,
    times: usize,
) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let chunk = chunk.clone();
            tokio::spawn(async move {
                let mut head = [0u8; 8192];
                let _ = socket.read(&mut head).await;
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\nconnection: close\r\n\r\n"
                );
                let _ = socket.write_all(head.as_bytes()).await;
                if socket.write_all(prefix).await.is_err() {
                    return;
                }
                for _ in 0..times {
                    if socket.write_all(&chunk).await.is_err() {
                        return;
                    }
                }
                let _ = socket.shutdown().await;
            });
        }
    });
    url
}

fn capped_agent(url: &str) -> AgentClient {
    AgentClient::builder()
        .base_url(url)
        .api_key(AILINK_TOKEN)
        .max_response_size(LIMIT)
        .max_retries(0)
        .build()
        .unwrap()
}

/// `data: ` and 1 KiB of `fill`, then `end`.
fn data_line(fill: u8, end: &[u8]) -> Vec<u8> {
    let mut line = b"data: ".to_vec();
    line.extend_from_slice(&[fill; 1024]);
    line.extend_from_slice(end);
    line
}

/// `proxy().post(..).sse()` on a capped client.
async fn proxy_sse(url: &str) -> agent_apis::sse::SseStream {
    capped_agent(url)
        .proxy()
        .post("/v1/chat/completions")
        .json(&serde_json::json!({}))
        .sse()
        .await
        .unwrap()
}

/// Asserts that the next item of a proxy SSE stream is the size error.
async fn assert_next_is_too_large(events: &mut agent_apis::sse::SseStream) {
    match events.next().await {
        Some(Err(e)) => assert_too_large(&e),
        Some(Ok(e)) => panic!("a {} byte event was buffered", e.data.len()),
        None => panic!("the stream ended without an error"),
    }
}

/// The error an oversized event must end a stream with: `Decode`, saying so, without the
/// event's text.
fn assert_too_large(err: &agent_apis::Error) {
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert!(err.message().contains("exceeded"), "{err}");
    assert!(err.message().contains(&LIMIT.to_string()), "{err}");
    assert!(!err.to_string().contains("xxxx"), "{err}");
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn an_endless_data_line_ends_a_proxy_sse_stream_with_a_decode_error() {
    // 4 MiB without a newline against a 64 KiB cap (an endless server would never stop).
    let url = event_stream_server(b"data: ", vec![b'x'; 64 << 10], 64).await;
    let mut events = proxy_sse(&url).await;
    assert_next_is_too_large(&mut events).await;
    assert!(events.next().await.is_none(), "the error ends the stream");
}

#[tokio::test]
async fn an_endless_line_ends_a_chat_completion_stream_with_a_decode_error() {
    let url = event_stream_server(b": ", vec![b'x'; 64 << 10], 64).await;
    let mut chunks = capped_agent(&url)
        .chat_completion()
        .model("gpt-4o")
        .user("hi")
        .stream()
        .await
        .unwrap();
    match chunks.next().await {
        Some(Err(e)) => assert_too_large(&e),
        other => panic!("expected the size error, got {other:?}"),
    }
    assert!(chunks.next().await.is_none());
}

#[tokio::test]
async fn an_event_whose_short_lines_never_end_it_is_capped_too() {
    // Lines of 1 KiB, none blank: one event that grows without a line ever being long.
    let url = event_stream_server(b"", data_line(b'x', b"\n"), 4096).await;
    let mut events = proxy_sse(&url).await;
    assert_next_is_too_large(&mut events).await;
}

#[tokio::test]
async fn the_limit_is_per_event_not_per_stream() {
    // 4 MiB of 1 KiB events, each well under the 64 KiB cap: all of them arrive.
    let url = event_stream_server(b"", data_line(b'y', b"\n\n"), 4096).await;
    let events = proxy_sse(&url).await;
    let events: Vec<_> = events.collect().await;
    assert_eq!(events.len(), 4096);
    for event in events {
        assert_eq!(event.unwrap().data.len(), 1024);
    }
}

/// The OpenAI bridge hands async-openai the answer unread, and async-openai reads it without a
/// limit: the bridge bounds it as the SDK's own calls are bounded.
#[cfg(feature = "openai")]
mod openai_bridge {
    use super::*;
    use async_openai::types::chat::CreateChatCompletionRequest;

    fn request() -> CreateChatCompletionRequest {
        serde_json::from_value(serde_json::json!({
            "model": "gpt-4o",
            "messages": [{"role": "user", "content": "hi"}]
        }))
        .unwrap()
    }

    /// The first item of a bridge stream from `url` must be the size error, and end it.
    async fn assert_bridge_stream_capped(url: &str) {
        let oai = capped_agent(url).openai().unwrap();
        let mut chunks = oai.chat().create_stream(request()).await.unwrap();
        match chunks.next().await {
            Some(Err(e)) => {
                let err = agent_apis::Error::from(e);
                assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
                assert!(!err.to_string().contains("xxxx"), "{err}");
            }
            Some(Ok(chunk)) => panic!("an oversized event was read: {chunk:?}"),
            None => panic!("the stream ended without an error"),
        }
        assert!(chunks.next().await.is_none(), "the error ends the stream");
    }

    #[tokio::test]
    async fn an_endless_line_ends_a_bridge_stream_with_a_decode_error() {
        // Without the bound async-openai buffers the 4 MiB line and, when the server closes,
        // drops it: the stream ends with no error at all.
        let url = event_stream_server(b"data: ", vec![b'x'; 64 << 10], 64).await;
        assert_bridge_stream_capped(&url).await;
    }

    #[tokio::test]
    async fn a_bridge_event_whose_short_lines_never_end_it_is_capped_too() {
        let url = event_stream_server(b"", data_line(b'x', b"\n"), 4096).await;
        assert_bridge_stream_capped(&url).await;
    }

    #[tokio::test]
    async fn a_bridge_stream_of_small_events_is_read_whole() {
        // 1,000 chunks of about 190 bytes: three times the 64 KiB cap in all, with CRLF line
        // ends, then OpenAI's end marker.
        let chunk = br#"data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4o","choices":[{"index":0,"delta":{"content":"hi"},"finish_reason":null}]}"#;
        let mut event = chunk.to_vec();
        event.extend_from_slice(b"\r\n\r\n");
        let url = answer_server("text/event-stream; charset=utf-8", b"", event, 1000).await;
        let oai = capped_agent(&url).openai().unwrap();
        let chunks: Vec<_> = oai
            .chat()
            .create_stream(request())
            .await
            .unwrap()
            .collect()
            .await;
        assert_eq!(chunks.len(), 1000);
        for chunk in chunks {
            let chunk = chunk.unwrap();
            assert_eq!(chunk.choices[0].delta.content.as_deref(), Some("hi"));
        }
    }

    #[tokio::test]
    async fn a_bridge_answer_larger_than_the_limit_is_a_decode_error() {
        let url = answer_server(
            "application/json",
            br#"{"id":"x","object":"chat.completion","created":1,"model":"gpt-4o","choices":[{"index":0,"message":{"role":"assistant","content":""#,
            vec![b'x'; 64 << 10],
            64,
        )
        .await;
        let err: agent_apis::Error = capped_agent(&url)
            .openai()
            .unwrap()
            .chat()
            .create(request())
            .await
            .unwrap_err()
            .into();
        assert_too_large(&err);
        assert_eq!(err.operation_id(), Some("openai"));
    }
}
