//! Streams a chat completion through the AIlink gateway, printing each chunk as it arrives.
//!
//! With `AILINK_GATEWAY_URL` (or `TRUEFLOW_GATEWAY_URL`) and `AILINK_API_KEY` (or
//! `TRUEFLOW_API_KEY`) set, it talks to that gateway (`CHAT_MODEL`, default `gpt-4o-mini`).
//! Without them it starts an embedded stand-in on loopback that answers like a gateway relaying
//! an upstream's server-sent events, five chunks 300 ms apart, so that you can watch them arrive
//! one by one:
//!
//! ```sh
//! cargo run --example chat_stream
//! ```

use std::io::Write;
use std::time::{Duration, Instant};

use agent_apis::ailink::AgentClient;
use futures::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::main]
async fn main() -> agent_apis::Result<()> {
    let configured = ["AILINK_API_KEY", "TRUEFLOW_API_KEY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some());
    let (agent, model) = if configured {
        let model = std::env::var("CHAT_MODEL").unwrap_or_else(|_| "gpt-4o-mini".to_string());
        (AgentClient::from_env()?, model)
    } else {
        let url = stand_in().await;
        println!("(no AILINK_API_KEY: streaming from an embedded stand-in at {url})");
        let agent = AgentClient::builder()
            .base_url(url)
            .api_key("tf_v1_00000000_tok_example0example0example0exam")
            .agent_name("chat-stream-example")
            .build()?;
        (agent, "stand-in".to_string())
    };

    let started = Instant::now();
    let mut chunks = agent
        .chat_completion()
        .model(model)
        .system("You are terse.")
        .user("Count from one to five.")
        .idle_timeout(Duration::from_secs(30))
        .stream()
        .await?;
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk?;
        if let Some(text) = chunk
            .choices
            .first()
            .and_then(|c| c.delta.content.as_deref())
        {
            println!("[{:>5} ms] {text}", started.elapsed().as_millis());
            std::io::stdout().flush().ok();
        }
    }
    println!("done after {} ms", started.elapsed().as_millis());
    Ok(())
}

/// A loopback server answering every chat completion with five SSE chunks 300 ms apart.
async fn stand_in() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let url = format!("http://{}", listener.local_addr().expect("an address"));
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 8192];
                let _ = socket.read(&mut buf).await;
                let head = "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n";
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                for word in ["one", " two", " three", " four", " five"] {
                    let event = format!(
                        "data: {{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"stand-in\",\"choices\":[{{\"index\":0,\"delta\":{{\"content\":\"{word}\"}},\"finish_reason\":null}}]}}\n\n"
                    );
                    let piece = format!("{:x}\r\n{event}\r\n", event.len());
                    if socket.write_all(piece.as_bytes()).await.is_err() {
                        return;
                    }
                    tokio::time::sleep(Duration::from_millis(300)).await;
                }
                let done = "data: [DONE]\n\n";
                let _ = socket
                    .write_all(format!("{:x}\r\n{done}\r\n0\r\n\r\n", done.len()).as_bytes())
                    .await;
            });
        }
    });
    url
}
