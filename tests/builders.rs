//! The struct builders (`types::X::builder()`, from typify, reshaped by `shrink_builders` in
//! `build/codegen.rs`): which error `try_into` reports, and that setting a field again with a good
//! value clears its error. Only the types a request carries have one (`prune_struct_builders`).
#![cfg(all(feature = "autonomi", feature = "ailink"))]

use agent_apis::autonomi::types::{builder, CreateTaskRequest};

fn error(b: builder::CreateTaskRequest) -> String {
    CreateTaskRequest::try_from(b).unwrap_err().to_string()
}

#[test]
fn the_first_missing_or_failed_field_in_declaration_order_is_reported() {
    // `project_id` (i64) and `title` (String) are required; `project_id` comes first.
    let b = CreateTaskRequest::builder();
    assert_eq!(error(b.clone()), "no value supplied for project_id");
    assert_eq!(
        error(b.clone().title("t".to_string())),
        "no value supplied for project_id"
    );
    // A failed conversion is reported like a missing value, in the same order.
    let failed = b.clone().project_id(u64::MAX);
    let out_of_range = i64::try_from(u64::MAX).unwrap_err();
    let expected = format!("error converting supplied value for project_id: {out_of_range}");
    assert_eq!(error(failed.clone()), expected);
    assert_eq!(error(failed.clone().title("t".to_string())), expected);
    // Once `project_id` is good, the next field in order is reported.
    assert_eq!(
        error(b.clone().project_id(3)),
        "no value supplied for title"
    );
    assert_eq!(
        error(b.clone().description(Some("d".to_string())).project_id(3)),
        "no value supplied for title"
    );
}

#[test]
fn setting_a_field_again_with_a_good_value_clears_its_error() {
    let b = CreateTaskRequest::builder()
        .project_id(u64::MAX)
        .title("t".to_string())
        .project_id(7u64);
    let v: CreateTaskRequest = b.try_into().unwrap();
    assert_eq!(v.project_id, 7);
    assert_eq!(v.title, "t");
    assert_eq!(v.description, None);
    assert_eq!(v.estimated_duration, None);
    assert_eq!(v.parent_task_id, None);

    // And the other way round: a good value replaced by a failed conversion is an error again.
    let b = CreateTaskRequest::builder()
        .project_id(7)
        .title("t".to_string())
        .project_id(u64::MAX);
    assert!(error(b).starts_with("error converting supplied value for project_id: "));
}

#[test]
fn a_value_round_trips_through_its_builder() {
    let v: CreateTaskRequest = CreateTaskRequest::builder()
        .project_id(2)
        .title("t".to_string())
        .description(Some("d".to_string()))
        .parent_task_id(Some(9))
        .try_into()
        .unwrap();
    let again: CreateTaskRequest = builder::CreateTaskRequest::from(v.clone())
        .try_into()
        .unwrap();
    assert_eq!(
        serde_json::to_value(&again).unwrap(),
        serde_json::to_value(&v).unwrap()
    );
    assert_eq!(again.parent_task_id, Some(9));
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
