//! What the benches share: the loopback server's request loop.

use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Reads HTTP/1.1 requests off one keep-alive connection and writes `answer(request head)`
/// for each, until the client closes it.
pub async fn answer_each_request<F>(mut socket: tokio::net::TcpStream, answer: F)
where
    F: Fn(&str) -> std::borrow::Cow<'static, [u8]>,
{
    let mut buf = vec![0u8; 16 * 1024];
    let mut pending = Vec::new();
    loop {
        let n = match socket.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        pending.extend_from_slice(&buf[..n]);
        while let Some(end) = pending.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&pending[..end]).into_owned();
            pending.drain(..end + 4);
            if socket.write_all(&answer(&head)).await.is_err() {
                return;
            }
        }
    }
}
