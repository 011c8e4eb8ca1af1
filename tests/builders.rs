//! The struct builders (`types::X::builder()`, from typify, reshaped by `shrink_builders` in
//! `build/codegen.rs`): which error `try_into` reports, and that setting a field again with a good
//! value clears its error.
#![cfg(all(feature = "autonomi", feature = "ailink"))]

use agent_apis::autonomi::types::{builder, AuditFileVerification};

fn error(b: builder::AuditFileVerification) -> String {
    AuditFileVerification::try_from(b).unwrap_err().to_string()
}

#[test]
fn the_first_missing_or_failed_field_in_declaration_order_is_reported() {
    // `entries_checked` (i64) and `valid` (bool) are required; `entries_checked` comes first.
    let b = AuditFileVerification::builder();
    assert_eq!(error(b.clone()), "no value supplied for entries_checked");
    assert_eq!(
        error(b.clone().valid(true)),
        "no value supplied for entries_checked"
    );
    // A failed conversion is reported like a missing value, in the same order.
    let failed = b.clone().entries_checked(u64::MAX);
    let out_of_range = i64::try_from(u64::MAX).unwrap_err();
    let expected = format!("error converting supplied value for entries_checked: {out_of_range}");
    assert_eq!(error(failed.clone()), expected);
    assert_eq!(error(failed.clone().valid(true)), expected);
    // Once `entries_checked` is good, the next field in order is reported.
    assert_eq!(
        error(b.clone().entries_checked(3)),
        "no value supplied for valid"
    );
    assert_eq!(
        error(b.clone().file("f".to_string()).entries_checked(3)),
        "no value supplied for valid"
    );
}

#[test]
fn setting_a_field_again_with_a_good_value_clears_its_error() {
    let b = AuditFileVerification::builder()
        .entries_checked(u64::MAX)
        .valid(false)
        .entries_checked(7u64);
    let v: AuditFileVerification = b.try_into().unwrap();
    assert_eq!(v.entries_checked, 7);
    assert!(!v.valid);
    assert_eq!(v.file, None);
    assert_eq!(v.first_tampered_line, None);
    assert_eq!(v.skipped_pre_integrity, None);

    // And the other way round: a good value replaced by a failed conversion is an error again.
    let b = AuditFileVerification::builder()
        .entries_checked(7)
        .valid(true)
        .entries_checked(u64::MAX);
    assert!(error(b).starts_with("error converting supplied value for entries_checked: "));
}

#[test]
fn a_value_round_trips_through_its_builder() {
    let v: AuditFileVerification = AuditFileVerification::builder()
        .entries_checked(2)
        .valid(true)
        .file(Some("audit.jsonl".to_string()))
        .first_tampered_line(Some(9))
        .try_into()
        .unwrap();
    let again: AuditFileVerification = builder::AuditFileVerification::from(v.clone())
        .try_into()
        .unwrap();
    assert_eq!(
        serde_json::to_value(&again).unwrap(),
        serde_json::to_value(&v).unwrap()
    );
    assert_eq!(again.first_tampered_line, Some(9));
}

#[test]
fn fields_that_are_not_options_default_to_their_default() {
    use agent_apis::ailink::types::{builder::CreateTokenRequest as Builder, CreateTokenRequest};

    // Required: credential_id (a UUID), name, upstream_url; `policy_ids` defaults to empty.
    let b = Builder::default();
    let err = CreateTokenRequest::try_from(b.clone().credential_id("not a uuid"))
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("error converting supplied value for credential_id: "),
        "{err}"
    );
    let err = CreateTokenRequest::try_from(b.clone().credential_id(uuid::Uuid::nil()))
        .unwrap_err()
        .to_string();
    assert_eq!(err, "no value supplied for name");
    let t: CreateTokenRequest = b
        .credential_id(uuid::Uuid::nil())
        .name("n".to_string())
        .upstream_url("https://example.com".to_string())
        .try_into()
        .unwrap();
    assert!(t.policy_ids.is_empty());
    assert_eq!(t.project_id, None);
}

/// A request builder's `Debug` shows what was set — parameters, the body as it would be sent,
/// an invalid argument — and never the client (whose `Debug` once appeared twice, with a
/// secret path parameter's placeholder: `token_id: Err("token_id was not initialized")`).
#[test]
fn request_builders_debug_what_was_set() {
    let autonomi = agent_apis::autonomi::Client::builder()
        .base_url("http://127.0.0.1:9")
        .build()
        .unwrap();
    assert_eq!(format!("{:?}", autonomi.list_runs()), "ListRuns");
    assert_eq!(
        format!("{:?}", autonomi.list_runs().project_id(4).limit(10)),
        "ListRuns { limit: 10, project_id: 4 }"
    );
    assert_eq!(
        format!("{:?}", autonomi.create_project().name("p").tenant_id(3)),
        "CreateProject { body: CreateProjectRequest { description: None, name: \"p\", \
         prd_path: None, tenant_id: Some(3) } }"
    );
    // A conversion that fails is recorded (`send()` reports it), and shown.
    assert_eq!(
        format!("{:?}", autonomi.list_runs().project_id(u64::MAX)),
        "ListRuns { project_id: invalid(conversion to `i64` for project_id failed) }"
    );
    let shown = format!("{:?}", autonomi.get_run().run_id("r-1"));
    assert_eq!(shown, "GetRun { run_id: Text(\"r-1\") }");

    let admin = agent_apis::ailink::AdminClient::builder()
        .base_url("http://127.0.0.1:9")
        .admin_key("admin-key-value")
        .build()
        .unwrap();
    let revoke = format!("{:?}", admin.revoke_token().token_id("vtok-Qm9c2LkP88aa7Z"));
    assert_eq!(revoke, "RevokeToken { token_id: [REDACTED] }");
}

/// A required parameter never set is an `InvalidRequest` naming it, and nothing is sent (the
/// port is closed: a request would be a `Connection` error).
#[tokio::test]
async fn a_missing_required_parameter_is_an_invalid_request_naming_it() {
    let autonomi = agent_apis::autonomi::Client::builder()
        .base_url("http://127.0.0.1:9")
        .max_retries(0)
        .build()
        .unwrap();
    let err = autonomi.get_run().send().await.unwrap_err();
    assert_eq!(err.kind(), agent_apis::ErrorKind::InvalidRequest, "{err}");
    assert!(err.message().contains("run_id"), "{err}");
    assert_eq!(err.operation_id(), Some("get_run"));
    // A conversion that failed says so instead.
    let err = autonomi
        .list_runs()
        .project_id(u64::MAX)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), agent_apis::ErrorKind::InvalidRequest, "{err}");
    assert!(err.message().contains("conversion"), "{err}");
}
