//! Decoding a success answer into its type, for every generated operation.
//!
//! Codegen rewrites progenitor's `ResponseValue::from_response` into [`decode_response`], so
//! that a body that does not decode becomes the crate's [`Error`] right there — inside the
//! generated `send`, while the request's secrets (a body's `x-secret` fields) are still alive
//! and registered for scrubbing — instead of progenitor's error carrying serde's text, which
//! quotes what the server sent. An operation whose answer is `nullable` in its spec accepts an
//! empty body as its `None` (AIlink's `revoke_token`: `204` at the head, a body at 332754c).

use progenitor_client::ResponseValue;
use reqwest::Response;
use serde::de::DeserializeOwned;

use crate::{Error, ErrorKind};

/// Decodes `response` (whose body the transport has already read) as `T`. A failure is an
/// [`ErrorKind::Decode`] error naming `service` and `operation`, carried to the caller the way
/// every transport error is (in an unexpected response's extensions).
pub(crate) async fn decode_response<T: DeserializeOwned, E>(
    response: Response,
    service: &'static str,
    operation: &'static str,
) -> Result<ResponseValue<T>, progenitor_client::Error<E>> {
    let status = match response.extensions().get::<super::ActualStatus>() {
        Some(actual) => actual.0,
        None => response.status(),
    };
    let headers = response.headers().clone();
    let body = match response.bytes().await {
        Ok(body) => body,
        Err(e) => {
            let err = Error::from(e).with_operation(service, operation);
            return Err(progenitor_client::Error::UnexpectedResponse(
                super::error_response(err),
            ));
        }
    };
    // An empty body (a `204`, or a `200` without content) decodes as JSON `null`: it succeeds
    // only where the spec marks the answer `nullable` (a type around an `Option`), and stays a
    // decode error for every other operation.
    let text: &[u8] = if body.is_empty() { b"null" } else { &body };
    match serde_json::from_slice(text) {
        Ok(inner) => Ok(ResponseValue::new(inner, status, headers)),
        Err(e) => {
            let what = if body.is_empty() {
                "the response body was empty".to_string()
            } else {
                format!(
                    "the response body is not the expected JSON: {}",
                    crate::error::decode_detail(&e)
                )
            };
            let mut err = Error::new(ErrorKind::Decode, what)
                .with_body_snippet(&body)
                .with_status(status)
                .with_operation(service, operation);
            if let Some(id) = super::request_id(&headers) {
                err = err.with_request_id(id);
            }
            Err(progenitor_client::Error::UnexpectedResponse(
                super::error_response(err),
            ))
        }
    }
}
