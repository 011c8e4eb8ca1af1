//! Clink's response envelope `{success, data, message?, error?}`. `success: false` on a 2xx
//! answer is an error, decided on the decoded envelope (codegen implements `BodyVerdict` for
//! every envelope type); unwrapping `data` is generated with each operation; non-2xx answers
//! need nothing here: the shared transport reads `{message, error}` from them.

/// What `mark_read` answers when its envelope carries no `data` (its shape is undocumented):
/// an empty map.
impl Default for super::types::MarkReadResult {
    #[inline]
    fn default() -> Self {
        Self(serde_json::Map::new())
    }
}

#[cfg(test)]
mod tests {
    use reqwest::StatusCode;

    use super::super::types::MarkReadResultEnvelope as Envelope;
    use crate::transport::BodyVerdict;
    use crate::ErrorKind;

    fn verdict(body: &[u8]) -> Option<crate::Error> {
        serde_json::from_slice::<Envelope>(body)
            .ok()?
            .failure(StatusCode::OK)
    }

    #[test]
    fn only_success_false_is_a_failure() {
        let ok = StatusCode::OK;
        assert!(verdict(br#"{"success":true,"data":{}}"#).is_none());
        // Not envelopes: decoding judges them (a decode error), not the verdict.
        assert!(serde_json::from_slice::<Envelope>(b"<html>").is_err());
        assert!(serde_json::from_slice::<Envelope>(br#"{"data":1}"#).is_err());
        let e = verdict(br#"{"success":false,"message":"Nope","error":"E1"}"#).unwrap();
        assert_eq!(
            (e.kind(), e.message(), e.details()),
            (ErrorKind::Api, "Nope", Some("E1"))
        );
        assert_eq!(e.status(), Some(ok));
        let bare = verdict(br#"{"success":false,"error":{"code":7}}"#).unwrap();
        assert!(bare.message().contains("success: false"));
        assert_eq!(bare.details(), Some(r#"{"code":7}"#));
    }
}
