//! Clink's response envelope `{success, data, message?, error?}`: the transport check that
//! turns `success: false` on a 2xx answer into an error, and the unwrapping of `data` that
//! gives callers payloads instead of envelopes.
//!
//! Non-2xx answers need nothing here: the shared transport already reads `{message, error}`
//! from them.

use std::future::Future;

use reqwest::StatusCode;
use serde::Deserialize;

use super::types;
use crate::{Error, ErrorKind, ResponseValue, Result};

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

/// An envelope type of the generated client, with its payload type.
pub(crate) trait Envelope {
    /// What `data` holds.
    type Data;
    /// `data`, if present.
    fn into_data(self) -> Option<Self::Data>;
}

macro_rules! envelopes {
    ($($envelope:ident => $data:ty),+ $(,)?) => {$(
        impl Envelope for types::$envelope {
            type Data = $data;
            fn into_data(self) -> Option<$data> {
                self.data
            }
        }
    )+};
}

envelopes! {
    GroupListEnvelope => types::GroupList,
    GroupEnvelope => types::Group,
    MemberListEnvelope => types::MemberList,
    ClinkListEnvelope => types::ClinkList,
    MarkReadResultEnvelope => types::MarkReadResult,
    ClinkEnvelope => types::Clink,
    InboxEnvelope => types::Inbox,
    CompleteClinkResultEnvelope => types::CompleteClinkResult,
    MilestoneEnvelope => types::Milestone,
    MilestoneListEnvelope => types::MilestoneList,
    MilestoneOrHilRequiredEnvelope => serde_json::Value,
    ProjectEnvelope => types::Project,
    ProjectListEnvelope => types::ProjectList,
    ProposalEnvelope => types::Proposal,
    ProposalListEnvelope => types::ProposalList,
    ProposalOrHilRequiredEnvelope => serde_json::Value,
    FeedbackResponseEnvelope => types::FeedbackResponse,
    PermissionsResponseEnvelope => types::PermissionsResponse,
    PendingVerificationListEnvelope => types::PendingVerificationList,
}

/// Awaits a generated call and returns its envelope's `data`; a successful envelope without
/// `data` is a [`ErrorKind::Decode`] error naming `operation`.
pub(crate) async fn payload<E, F>(operation: &'static str, call: F) -> Result<E::Data>
where
    E: Envelope,
    F: Future<Output = std::result::Result<ResponseValue<E>, progenitor_client::Error<()>>>,
{
    call.await?
        .into_inner()
        .into_data()
        .ok_or_else(|| no_data(operation))
}

/// The error for a successful envelope that carries no `data`.
pub(crate) fn no_data(operation: &'static str) -> Error {
    Error::new(
        ErrorKind::Decode,
        "the envelope says `success: true` but carries no `data`",
    )
    .with_operation("clink", operation)
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
