//! Decoding a success answer into its type, for every generated operation.
//!
//! Codegen rewrites progenitor's `ResponseValue::from_response` into [`decode_response`], so
//! that a body that does not decode becomes the crate's [`Error`] right there — inside the
//! generated `send`, while the request's secrets (a body's `x-secret` fields) are still alive
//! and registered for scrubbing — instead of progenitor's error carrying serde's text, which
//! quotes what the server sent. An operation whose answer is `nullable` in its spec accepts an
//! empty body as its `None` (AIlink's `revoke_token`: `204` at the head, a body at 332754c).

use bytes::Bytes;
use progenitor_client::ResponseValue;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use crate::{Error, ErrorKind};

/// What a decoded success body says about itself: Clink's envelope with `success: false`, or a
/// Mosaia answer with an `error` member, is a failure although its status is 2xx. Decided on the
/// decoded value, in the same pass that decodes the payload (no byte scan, no second parse).
/// Codegen implements it for every generated type: the default (no verdict) for most, a check
/// for the types that carry `success` or `error`.
pub(crate) trait BodyVerdict {
    /// `Some(error)` when the body reports a failure.
    fn failure(&self, _status: StatusCode) -> Option<Error> {
        None
    }
}

impl<T> BodyVerdict for Vec<T> {}
impl<T: BodyVerdict> BodyVerdict for Option<T> {
    fn failure(&self, status: StatusCode) -> Option<Error> {
        self.as_ref().and_then(|t| t.failure(status))
    }
}
impl BodyVerdict for () {}
impl BodyVerdict for serde_json::Value {}
impl BodyVerdict for serde_json::Map<String, serde_json::Value> {}
impl<K, V, S> BodyVerdict for std::collections::HashMap<K, V, S> {}

/// The error of a 2xx body that reports a failure: `message` when it is not blank, else (when
/// `error_text_as_message`) the text of `error`, else `fallback`; `error` becomes the details.
pub(crate) fn body_failure(
    status: StatusCode,
    message: Option<&str>,
    error: Option<&serde_json::Value>,
    fallback: &str,
    error_text_as_message: bool,
) -> Error {
    let error_text = match error {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
        Some(serde_json::Value::Null | serde_json::Value::String(_)) | None => None,
        Some(other) => Some(other.to_string()),
    };
    let message = message
        .filter(|m| !m.trim().is_empty())
        .map(str::to_string)
        .or_else(|| error_text.clone().filter(|_| error_text_as_message))
        .unwrap_or_else(|| fallback.to_string());
    let mut err = Error::new(ErrorKind::Api, message).with_status(status);
    if let Some(details) = error_text {
        err = err.with_details(details);
    }
    err
}

/// Whether an `error` member reports a failure: present and not `null` or `false`.
pub(crate) fn reports_error(error: Option<&serde_json::Value>) -> bool {
    !matches!(
        error,
        None | Some(serde_json::Value::Null | serde_json::Value::Bool(false))
    )
}

/// A reply's status and headers, and its body: the one the transport read (`Ok`), or the
/// response whose body is still to be read (`Err`: an answer that did not come through the
/// transport's reading, such as a rebuilt one).
pub(crate) fn reply_parts(
    reply: super::Reply,
) -> (StatusCode, HeaderMap, Result<Bytes, reqwest::Response>) {
    match reply {
        super::Reply::Read { mut resp, body, .. } => {
            (resp.status(), std::mem::take(resp.headers_mut()), Ok(body))
        }
        super::Reply::Response(mut response) => {
            let status = match response.extensions().get::<super::ActualStatus>() {
                Some(actual) => actual.0,
                None => response.status(),
            };
            let headers = std::mem::take(response.headers_mut());
            let body = match response.extensions_mut().remove::<super::SuccessBody>() {
                Some(super::SuccessBody(body)) => Ok(body),
                None => Err(response),
            };
            (status, headers, body)
        }
    }
}

/// Decodes `reply` as `T` (see [`decode_body`]), reading its body first when the transport has
/// not (see [`reply_parts`]). A failure travels the way every transport error does: in an
/// unexpected response's extensions.
pub(crate) async fn decode_response<T: DeserializeOwned + BodyVerdict, E>(
    reply: super::Reply,
    service: &'static str,
    operation: &'static str,
) -> Result<ResponseValue<T>, progenitor_client::Error<E>> {
    let (status, headers, body) = reply_parts(reply);
    let read = match body {
        Ok(body) => Ok(body),
        // Through a box: this future stays small for the generated code.
        Err(response) => Box::pin(response.bytes()).await,
    };
    decode_body(status, headers, read, service, operation)
        .map_err(|err| progenitor_client::Error::UnexpectedResponse(super::error_response(err)))
}

/// Decodes a success answer's body (`read`, or the error reading it) as `T`. A failure is an
/// error naming `service` and `operation` ([`ErrorKind::Decode`] for a body that is not a `T`).
pub(crate) fn decode_body<T: DeserializeOwned + BodyVerdict>(
    status: StatusCode,
    headers: HeaderMap,
    read: reqwest::Result<Bytes>,
    service: &'static str,
    operation: &'static str,
) -> crate::Result<ResponseValue<T>> {
    let body = match read {
        Ok(body) => body,
        Err(e) => return Err(Error::from(e).with_operation(service, operation)),
    };
    // An empty body (a `204`, or a `200` without content) decodes as JSON `null`: it succeeds
    // only where the spec marks the answer `nullable` (a type around an `Option`), and stays a
    // decode error for every other operation.
    let text: &[u8] = if body.is_empty() { b"null" } else { &body };
    let err = match serde_json::from_slice::<T>(text) {
        Ok(inner) => match inner.failure(status) {
            None => return Ok(ResponseValue::new(inner, status, headers)),
            Some(err) => err.with_operation(service, operation),
        },
        Err(e) => {
            let what = if body.is_empty() {
                "the response body was empty".to_string()
            } else {
                format!(
                    "the response body is not the expected JSON: {}",
                    crate::error::decode_detail(&e)
                )
            };
            Error::new(ErrorKind::Decode, what)
                .with_body_snippet(&body)
                .with_status(status)
                .with_operation(service, operation)
        }
    };
    Err(match super::request_id(&headers) {
        Some(id) => err.with_request_id(id),
        None => err,
    })
}
