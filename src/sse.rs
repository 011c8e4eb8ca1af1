//! Server-sent events, read as they arrive.
//!
//! [`SseStream`] turns a response body into a [`Stream`] of [`SseEvent`]s,
//! parsing incrementally as bytes come off the connection, as the WHATWG HTML standard's
//! event-stream grammar says: `data:` lines of one event are joined with `\n`, `event:`, `id:`
//! and `retry:` fields are kept, lines starting with `:` are comments, `\n`, `\r\n` and `\r`
//! all end a line, and an event or a line may be split across any number of network reads.
//! An event whose data is `[DONE]` (OpenAI's end marker) ends the stream.
//!
//! Each wait for the next bytes is bounded by an idle timeout (a stalled stream ends with
//! [`ErrorKind::Timeout`]), dropping the stream closes the
//! connection, and a connection that breaks mid-stream is an error, not a silent end.

use std::collections::VecDeque;
use std::future::Future as _;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures::Stream;

use crate::{Error, ErrorKind, Result};

/// Default idle timeout: the longest wait for the next bytes of a stream.
pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(120);

/// One server-sent event.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct SseEvent {
    /// The `event:` field (`None` for the default `message` type).
    pub event: Option<String>,
    /// The `data:` lines, joined with `\n`.
    pub data: String,
    /// The `id:` field, when the event set one.
    pub id: Option<String>,
    /// The `retry:` field (reconnection time in milliseconds), when valid.
    pub retry: Option<u64>,
}

impl SseEvent {
    /// An event with `data` and no other field.
    pub fn data(data: impl Into<String>) -> Self {
        Self {
            data: data.into(),
            ..Self::default()
        }
    }

    /// Whether this is OpenAI's `data: [DONE]` end marker.
    pub fn is_done(&self) -> bool {
        self.data == "[DONE]"
    }
}

/// The incremental parser: feed it bytes in any pieces, take the events that completed.
#[derive(Debug, Default)]
pub struct SseParser {
    /// Bytes of a line not yet ended.
    line: Vec<u8>,
    /// The previous chunk ended in `\r`: a `\n` starting the next one belongs to it.
    after_cr: bool,
    /// The event being built.
    event: SseEvent,
    /// Whether the event being built has any field (a blank line dispatches only then).
    has_data: bool,
    /// Whether the stream's first line is still ahead (its BOM is dropped).
    at_start: bool,
}

impl SseParser {
    /// A parser at the start of a stream.
    pub fn new() -> Self {
        Self {
            at_start: true,
            ..Self::default()
        }
    }

    /// Feeds `bytes`; every event they complete is pushed to `out`.
    pub fn feed(&mut self, bytes: &[u8], out: &mut VecDeque<SseEvent>) {
        for &b in bytes {
            match b {
                b'\n' if self.after_cr => self.after_cr = false,
                b'\n' | b'\r' => {
                    self.after_cr = b == b'\r';
                    self.end_line(out);
                }
                _ => {
                    self.after_cr = false;
                    self.line.push(b);
                }
            }
        }
    }

    fn end_line(&mut self, out: &mut VecDeque<SseEvent>) {
        let mut line = std::mem::take(&mut self.line);
        if std::mem::replace(&mut self.at_start, false) && line.starts_with(b"\xEF\xBB\xBF") {
            line.drain(..3);
        }
        if line.is_empty() {
            if self.has_data {
                let mut event = std::mem::take(&mut self.event);
                if event.data.ends_with('\n') {
                    event.data.pop();
                }
                out.push_back(event);
            }
            self.has_data = false;
            return;
        }
        if line[0] == b':' {
            return; // a comment
        }
        let text = String::from_utf8_lossy(&line);
        let (field, value) = match text.find(':') {
            Some(i) => {
                let value = &text[i + 1..];
                (&text[..i], value.strip_prefix(' ').unwrap_or(value))
            }
            None => (&text[..], ""),
        };
        match field {
            "data" => {
                self.event.data.push_str(value);
                self.event.data.push('\n');
                self.has_data = true;
            }
            "event" => {
                self.event.event = Some(value.to_string());
                self.has_data = true;
            }
            "id" if !value.contains('\0') => {
                self.event.id = Some(value.to_string());
                self.has_data = true;
            }
            "retry" => {
                if let Ok(ms) = value.parse::<u64>() {
                    self.event.retry = Some(ms);
                }
            }
            _ => {}
        }
    }
}

type Body = Pin<Box<dyn Stream<Item = reqwest::Result<Bytes>> + Send>>;

/// A response body read as it arrives, each wait for the next bytes bounded by an idle
/// timeout. Dropping it closes the connection.
pub struct BodyStream {
    body: Option<Body>,
    idle: Duration,
    timer: Option<Pin<Box<tokio::time::Sleep>>>,
    context: &'static str,
}

impl std::fmt::Debug for BodyStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BodyStream")
            .field("idle_timeout", &self.idle)
            .field("ended", &self.body.is_none())
            .finish()
    }
}

impl BodyStream {
    /// Reads `response`'s body; each wait for bytes is bounded by `idle`. `context`
    /// (`"ailink.proxy"`) prefixes error messages.
    pub fn new(response: reqwest::Response, idle: Duration, context: &'static str) -> Self {
        Self {
            body: Some(Box::pin(response.bytes_stream())),
            idle,
            timer: None,
            context,
        }
    }

    /// Stops reading and closes the connection.
    fn close(&mut self) {
        self.body = None;
        self.timer = None;
    }
}

impl Stream for BodyStream {
    type Item = Result<Bytes>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        let Some(body) = this.body.as_mut() else {
            return Poll::Ready(None);
        };
        match body.as_mut().poll_next(cx) {
            Poll::Ready(Some(Ok(bytes))) => {
                this.timer = None;
                Poll::Ready(Some(Ok(bytes)))
            }
            Poll::Ready(Some(Err(e))) => {
                this.close();
                let err = Error::from(e);
                let kind = if err.kind() == ErrorKind::Timeout {
                    ErrorKind::Timeout
                } else {
                    ErrorKind::Connection
                };
                let message = format!("{}: the stream broke off: {}", this.context, err.message());
                Poll::Ready(Some(Err(Error::new(kind, message))))
            }
            Poll::Ready(None) => {
                this.close();
                Poll::Ready(None)
            }
            Poll::Pending => {
                let idle = this.idle;
                let timer = this
                    .timer
                    .get_or_insert_with(|| Box::pin(tokio::time::sleep(idle)));
                if timer.as_mut().poll(cx).is_ready() {
                    this.close();
                    let message = format!(
                        "{}: no data for {idle:?} (the stream's idle timeout)",
                        this.context
                    );
                    return Poll::Ready(Some(Err(Error::new(ErrorKind::Timeout, message))));
                }
                Poll::Pending
            }
        }
    }
}

/// The events of a response body, parsed as they arrive (see the module docs).
#[derive(Debug)]
pub struct SseStream {
    body: BodyStream,
    parser: SseParser,
    ready: VecDeque<SseEvent>,
    done: bool,
}

impl SseStream {
    /// Reads the events of `response`'s body; each wait for bytes is bounded by `idle`.
    /// `context` (`"ailink.chat_completion"`) prefixes error messages.
    pub fn new(response: reqwest::Response, idle: Duration, context: &'static str) -> Self {
        Self::from_body(BodyStream::new(response, idle, context))
    }

    /// Parses the events of `body`.
    pub fn from_body(body: BodyStream) -> Self {
        Self {
            body,
            parser: SseParser::new(),
            ready: VecDeque::new(),
            done: false,
        }
    }
}

impl Stream for SseStream {
    type Item = Result<SseEvent>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if this.done {
                return Poll::Ready(None);
            }
            if let Some(event) = this.ready.pop_front() {
                if event.is_done() {
                    // The end marker: nothing after it is read, and the connection is closed.
                    this.done = true;
                    this.body.close();
                    return Poll::Ready(None);
                }
                return Poll::Ready(Some(Ok(event)));
            }
            match Pin::new(&mut this.body).poll_next(cx) {
                Poll::Ready(Some(Ok(bytes))) => this.parser.feed(&bytes, &mut this.ready),
                Poll::Ready(Some(Err(e))) => {
                    this.done = true;
                    return Poll::Ready(Some(Err(e)));
                }
                Poll::Ready(None) => {
                    // A last event without its blank line still counts.
                    this.parser.feed(b"\n\n", &mut this.ready);
                    if this.ready.is_empty() {
                        this.done = true;
                    }
                }
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_all(pieces: &[&[u8]]) -> Vec<SseEvent> {
        let mut p = SseParser::new();
        let mut out = VecDeque::new();
        for piece in pieces {
            p.feed(piece, &mut out);
        }
        out.into_iter().collect()
    }

    #[test]
    fn fields_comments_and_multi_line_data() {
        let text = b"\xEF\xBB\xBF: a comment\nevent: delta\nid: 7\nretry: 1500\ndata: first\ndata:second\n\ndata: {\"a\":1}\n\n";
        let events = parse_all(&[text]);
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].event.as_deref(), Some("delta"));
        assert_eq!(events[0].id.as_deref(), Some("7"));
        assert_eq!(events[0].retry, Some(1500));
        assert_eq!(events[0].data, "first\nsecond");
        assert_eq!(events[1], SseEvent::data("{\"a\":1}"));
    }

    #[test]
    fn every_line_ending_and_every_split_point() {
        let text: &[u8] = b"data: one\r\ndata: two\r\n\r\ndata: three\r\rdata: four\n\n: ping\n\ndata: [DONE]\n\n";
        let whole = parse_all(&[text]);
        let data: Vec<&str> = whole.iter().map(|e| e.data.as_str()).collect();
        assert_eq!(data, ["one\ntwo", "three", "four", "[DONE]"]);
        // Split at every byte, and byte by byte: the same events.
        for i in 0..=text.len() {
            assert_eq!(parse_all(&[&text[..i], &text[i..]]), whole, "split at {i}");
        }
        let bytes: Vec<&[u8]> = text.chunks(1).collect();
        assert_eq!(parse_all(&bytes), whole);
    }

    #[test]
    fn blank_lines_alone_dispatch_nothing_and_bad_retry_is_ignored() {
        let events = parse_all(&[b"\n\n\nretry: soon\n\nevent: x\n\n"]);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].event.as_deref(), Some("x"));
        assert_eq!(events[0].retry, None);
        assert!(parse_all(&[b"data: \xff\xfe\n\n"])[0]
            .data
            .contains('\u{fffd}'));
    }
}
