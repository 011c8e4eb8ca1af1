//! Server-sent events, read as they arrive.
//!
//! [`SseStream`] turns a response body into a [`Stream`] of [`SseEvent`]s,
//! parsing incrementally as bytes come off the connection, as the WHATWG HTML standard's
//! event-stream grammar says: `data:` lines of one event are joined with `\n`, `event:`, `id:`
//! and `retry:` fields are kept, lines starting with `:` are comments, `\n`, `\r\n` and `\r`
//! all end a line, and an event or a line may be split across any number of network reads.
//! An event whose data is `[DONE]` (OpenAI's end marker) ends the stream.
//!
//! One line, and one event's data, may hold at most the client's `max_response_size` bytes
//! (default [`DEFAULT_MAX_RESPONSE_SIZE`]): a larger one ends the stream with an
//! [`ErrorKind::Decode`] error instead of growing in memory without bound. The limit is per
//! event, not per stream: a stream lasting hours reads any number of events.
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

use crate::{Error, ErrorKind, Result, DEFAULT_MAX_RESPONSE_SIZE};

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
#[derive(Debug)]
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
    /// The most bytes one line, and one event's data, may hold.
    limit: usize,
}

impl Default for SseParser {
    fn default() -> Self {
        Self::new()
    }
}

impl SseParser {
    /// A parser at the start of a stream, accepting lines and events of up to
    /// [`DEFAULT_MAX_RESPONSE_SIZE`] bytes.
    pub fn new() -> Self {
        Self {
            line: Vec::new(),
            after_cr: false,
            event: SseEvent::default(),
            has_data: false,
            at_start: true,
            limit: DEFAULT_MAX_RESPONSE_SIZE,
        }
    }

    /// Accepts lines, and events' data, of up to `bytes` bytes (the client's
    /// `max_response_size`); a larger one is an error from [`feed`](Self::feed).
    pub fn max_event_size(mut self, bytes: usize) -> Self {
        self.limit = bytes;
        self
    }

    /// Feeds `bytes`; every event they complete is pushed to `out`. A line or an event larger
    /// than the [limit](Self::max_event_size) is an [`ErrorKind::Decode`] error (naming the
    /// limit, never the data); the parser drops what it held, and the rest of that stream means
    /// nothing to it ([`SseStream`] ends there).
    pub fn feed(&mut self, mut bytes: &[u8], out: &mut VecDeque<SseEvent>) -> Result<()> {
        while let Some(&first) = bytes.first() {
            // A `\r` ending the previous piece: a `\n` right after it is the same line end.
            if std::mem::take(&mut self.after_cr) && first == b'\n' {
                bytes = &bytes[1..];
                continue;
            }
            let end = bytes.iter().position(|&b| b == b'\n' || b == b'\r');
            let text = &bytes[..end.unwrap_or(bytes.len())];
            if self.line.len().saturating_add(text.len()) > self.limit {
                return Err(self.too_large());
            }
            self.line.extend_from_slice(text);
            let Some(end) = end else {
                break;
            };
            self.after_cr = bytes[end] == b'\r';
            self.end_line(out)?;
            bytes = &bytes[end + 1..];
        }
        Ok(())
    }

    /// The error for a line or an event over the limit; drops what the parser held.
    fn too_large(&mut self) -> Error {
        self.line = Vec::new();
        self.event = SseEvent::default();
        self.has_data = false;
        Error::new(
            ErrorKind::Decode,
            format!(
                "an event exceeded the {} byte limit of this client (see max_response_size)",
                self.limit
            ),
        )
    }

    fn end_line(&mut self, out: &mut VecDeque<SseEvent>) -> Result<()> {
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
            return Ok(());
        }
        if line[0] == b':' {
            return Ok(()); // a comment
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
                if self.event.data.len().saturating_add(value.len()) > self.limit {
                    return Err(self.too_large());
                }
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
        Ok(())
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
    /// The parser's error, yielded after the events completed before it.
    failed: Option<Error>,
    done: bool,
}

impl SseStream {
    /// Reads the events of `response`'s body; each wait for bytes is bounded by `idle`.
    /// `context` (`"ailink.chat_completion"`) prefixes error messages.
    pub fn new(response: reqwest::Response, idle: Duration, context: &'static str) -> Self {
        Self::from_body(BodyStream::new(response, idle, context))
    }

    /// Parses the events of `body` (events of up to [`DEFAULT_MAX_RESPONSE_SIZE`] bytes; see
    /// [`max_event_size`](Self::max_event_size)).
    pub fn from_body(body: BodyStream) -> Self {
        Self {
            body,
            parser: SseParser::new(),
            ready: VecDeque::new(),
            failed: None,
            done: false,
        }
    }

    /// Accepts lines, and events' data, of up to `bytes` bytes (the client's
    /// `max_response_size`); a larger one ends the stream with an [`ErrorKind::Decode`] error.
    pub fn max_event_size(mut self, bytes: usize) -> Self {
        self.parser.limit = bytes;
        self
    }

    /// Closes the connection after a parser error; the events completed before it are still
    /// yielded, then `err`, then the end.
    fn fail(&mut self, err: Error) {
        self.body.close();
        let message = format!("{}: {}", self.body.context, err.message());
        self.failed = Some(Error::new(err.kind(), message));
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
            if let Some(err) = this.failed.take() {
                this.done = true;
                return Poll::Ready(Some(Err(err)));
            }
            match Pin::new(&mut this.body).poll_next(cx) {
                Poll::Ready(Some(Ok(bytes))) => {
                    if let Err(e) = this.parser.feed(&bytes, &mut this.ready) {
                        this.fail(e);
                    }
                }
                Poll::Ready(Some(Err(e))) => {
                    this.done = true;
                    return Poll::Ready(Some(Err(e)));
                }
                Poll::Ready(None) => {
                    // A last event without its blank line still counts.
                    if let Err(e) = this.parser.feed(b"\n\n", &mut this.ready) {
                        this.fail(e);
                    }
                    if this.ready.is_empty() && this.failed.is_none() {
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
            p.feed(piece, &mut out).unwrap();
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

    #[test]
    fn a_line_or_an_event_over_the_limit_is_a_decode_error_without_its_data() {
        let feed = |pieces: &[&[u8]]| {
            let mut p = SseParser::new().max_event_size(16);
            let mut out = VecDeque::new();
            let result = pieces.iter().try_for_each(|piece| p.feed(piece, &mut out));
            (result, out.len())
        };
        // A line of exactly the limit, in one piece or split; an event of exactly the limit.
        assert!(feed(&[b"data: 1234567890\n\n"]).0.is_ok());
        assert!(feed(&[b"data: 12345", b"67890\r", b"\n\r\n"]).0.is_ok());
        assert!(feed(&[b"data: 12345678\ndata: 1234567\n\n"]).0.is_ok());
        // One byte over: a line still growing (split anywhere, a comment too), or the data of
        // one event across lines.
        for pieces in [
            &[b"data: secret-value-1".as_slice()][..],
            &[b"data: 12345", b"678901"],
            &[b": a long comment line"],
            &[b"data: 12345678\n", b"data: 12345678\n"],
        ] {
            let err = feed(pieces).0.unwrap_err();
            assert_eq!(err.kind(), ErrorKind::Decode);
            assert!(
                err.message().contains("exceeded the 16 byte limit"),
                "{err}"
            );
            assert!(!err.message().contains("secret"), "{err}");
        }
        // The limit is per event: any number of events pass; the ones before an oversized
        // event were completed.
        let many: Vec<&[u8]> = vec![b"data: 1234\n\n"; 100];
        let (result, done) = feed(&many);
        assert!(result.is_ok());
        assert_eq!(done, 100);
        let (result, done) = feed(&[b"data: 1\n\ndata: 12345678901234567"]);
        assert!(result.is_err());
        assert_eq!(done, 1);
    }
}
