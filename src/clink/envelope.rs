//! Clink's response envelope `{success, data, message?, error?}`: the transport check that
//! turns `success: false` on a 2xx answer into an error. (Unwrapping `data` is generated with
//! each operation; non-2xx answers need nothing here: the shared transport already reads
//! `{message, error}` from them.)

use reqwest::StatusCode;
use serde::Deserialize;

use crate::{Error, ErrorKind};

/// The parts of an envelope that decide failure.
#[derive(Deserialize)]
struct Head {
    success: Option<bool>,
    message: Option<String>,
    error: Option<serde_json::Value>,
}

/// `Some(error)` when a 2xx body is an envelope with `success: false`: its `message` becomes
/// the error's message and its `error` the details. Other bodies pass (decoding judges them).
pub(crate) fn failure_in_success_body(status: StatusCode, body: &[u8]) -> Option<Error> {
    let head: Head = serde_json::from_slice(body).ok()?;
    if head.success != Some(false) {
        return None;
    }
    let message = head
        .message
        .filter(|m| !m.trim().is_empty())
        .unwrap_or_else(|| "the Clink API answered `success: false` without a message".to_string());
    let mut err = Error::new(ErrorKind::Api, message).with_status(status);
    match head.error {
        Some(serde_json::Value::String(s)) if !s.is_empty() => err = err.with_details(s),
        Some(serde_json::Value::Null) | Some(serde_json::Value::String(_)) | None => {}
        Some(other) => err = err.with_details(other.to_string()),
    }
    Some(err)
}

/// What `mark_read` answers when its envelope carries no `data` (its shape is undocumented):
/// an empty map.
impl Default for super::types::MarkReadResult {
    fn default() -> Self {
        Self(serde_json::Map::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_success_false_is_a_failure() {
        let ok = StatusCode::OK;
        assert!(failure_in_success_body(ok, br#"{"success":true,"data":{}}"#).is_none());
        assert!(failure_in_success_body(ok, b"<html>").is_none());
        assert!(failure_in_success_body(ok, br#"{"data":1}"#).is_none());
        let e = failure_in_success_body(ok, br#"{"success":false,"message":"Nope","error":"E1"}"#)
            .unwrap();
        assert_eq!(
            (e.kind(), e.message(), e.details()),
            (ErrorKind::Api, "Nope", Some("E1"))
        );
        assert_eq!(e.status(), Some(ok));
        let bare = failure_in_success_body(ok, br#"{"success":false,"error":{"code":7}}"#).unwrap();
        assert!(bare.message().contains("success: false"));
        assert_eq!(bare.details(), Some(r#"{"code":7}"#));
    }
}
