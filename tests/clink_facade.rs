//! The Clink client's own behaviour under the one call style: the envelope (`success: false`
//! on 2xx and on 4xx, bad bodies), slug resolution and its cache in every group-taking
//! operation, human-in-the-loop branching and waiting (`wait_for_checkpoint()`), and the
//! `request` escape hatch.
#![cfg(feature = "clink")]

mod clink_support;

use std::time::Duration;

use agent_apis::clink::types::{FeedbackCategory, MilestoneStatus};
use agent_apis::clink::{CheckpointVerification, Client, Outcome, WaitForCheckpoint};
use agent_apis::ErrorKind;
use agent_apis::PollConfig;
use clink_support::*;
use httpmock::Method::{GET, POST};
use httpmock::MockServer;
use serde_json::json;

/// `wait_for_checkpoint` of checkpoint `order` of `m-1` for `hil`, polling fast, giving up
/// after `deadline`.
fn fast_wait<'a>(
    c: &'a Client,
    order: i64,
    hil: &agent_apis::clink::types::HilRequired,
    deadline: Duration,
) -> WaitForCheckpoint<'a> {
    c.wait_for_checkpoint()
        .milestone_id("m-1")
        .order(order)
        .verification(hil)
        .poll_interval(PollConfig::new(
            Duration::from_millis(2),
            Duration::from_millis(10),
        ))
        .timeout(deadline)
}

// ---------------------------------------------------------------------------- envelope

#[tokio::test]
async fn success_false_on_200_is_an_error_with_message_and_details() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            authed(when.method(GET).path("/groups"));
            then.status(200).json_body(json!({"success": false, "message": "Group is archived", "error": "GROUP_ARCHIVED"}));
        })
        .await;
    let err = clink(&server).list_groups().send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Api);
    assert_eq!(
        (err.message(), err.details()),
        ("Group is archived", Some("GROUP_ARCHIVED"))
    );
    assert_eq!(err.status().map(|s| s.as_u16()), Some(200));
    assert_eq!(
        (err.service(), err.operation_id()),
        (Some("clink"), Some("list_groups"))
    );
}

#[tokio::test]
async fn success_false_on_4xx_keeps_the_status_kind_and_the_envelope_text() {
    let server = MockServer::start_async().await;
    for (status, path, kind) in [
        (403, "/milestones/m-403", ErrorKind::Permission),
        (404, "/milestones/m-404", ErrorKind::NotFound),
        (409, "/milestones/m-409", ErrorKind::Conflict),
        (400, "/milestones/m-400", ErrorKind::Validation),
    ] {
        server
            .mock_async(|when, then| {
                when.method(GET).path(path);
                then.status(status).json_body(
                    json!({"success": false, "message": format!("failed {status}"), "error": "E"}),
                );
            })
            .await;
        let err = clink(&server)
            .get_milestone()
            .milestone_id(&path[12..])
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.kind(), kind, "{status}");
        assert_eq!(
            (err.message(), err.details()),
            (format!("failed {status}").as_str(), Some("E"))
        );
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
    }
}

#[tokio::test]
async fn bodies_that_are_no_envelope_are_typed_errors() {
    let server = MockServer::start_async().await;
    let cases = [
        ("/projects/html", "<html><body>gateway</body></html>"),
        (
            "/projects/cut",
            r#"{"success": true, "data": {"project_id": "p-1", "gro"#,
        ),
        ("/projects/nodata", r#"{"success": true}"#),
        (
            "/projects/wrong",
            r#"{"success": true, "data": {"project_id": 7}}"#,
        ),
    ];
    for (path, body) in cases {
        server
            .mock_async(|when, then| {
                when.method(GET).path(path);
                then.status(200)
                    .header("content-type", "application/json")
                    .body(body);
            })
            .await;
        let err = clink(&server)
            .get_project()
            .project_id(&path[10..])
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode, "{path}: {err}");
    }
}

#[tokio::test]
async fn an_empty_mark_read_answer_is_an_empty_map() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/clinks/mark-read");
            then.status(200)
                .json_body(json!({"success": true, "data": null}));
        })
        .await;
    assert!(clink(&server)
        .mark_read()
        .group_ids([GROUP])
        .send()
        .await
        .unwrap()
        .is_empty());
}

// ---------------------------------------------------------------------------- slugs

#[tokio::test]
async fn a_uuid_is_used_without_a_lookup() {
    let server = MockServer::start_async().await;
    let lookup = answer(&server, GET, "/groups", |w| w, json!({"groups": []})).await;
    let members = answer(
        &server,
        GET,
        &format!("/groups/{GROUP}/members"),
        |w| w,
        json!({"members": []}),
    )
    .await;
    let upper = GROUP.to_uppercase();
    let upper_members = answer(
        &server,
        GET,
        &format!("/groups/{upper}/members"),
        |w| w,
        json!({"members": []}),
    )
    .await;
    let c = clink(&server);
    c.list_members().group_id(GROUP).send().await.unwrap();
    c.list_members().group(&upper).send().await.unwrap();
    assert_eq!(c.resolve_group(GROUP).await.unwrap(), GROUP);
    members.assert_async().await;
    upper_members.assert_async().await;
    assert_eq!(lookup.calls_async().await, 0);
}

#[tokio::test]
async fn a_slug_is_looked_up_once_then_cached_for_the_client_and_its_clones() {
    let server = MockServer::start_async().await;
    let lookup = answer(
        &server,
        GET,
        "/groups",
        |w| w.query_param("slug", "backend-team"),
        json!({"groups": [group(GROUP, "backend-team")]}),
    )
    .await;
    let get = answer(
        &server,
        GET,
        &format!("/groups/{GROUP}"),
        |w| w,
        group(GROUP, "backend-team"),
    )
    .await;
    let send = answer(
        &server,
        POST,
        &format!("/groups/{GROUP}/clinks"),
        |w| w,
        message("c-1"),
    )
    .await;
    let c = clink(&server);
    assert_eq!(
        c.get_group()
            .group("backend-team")
            .send()
            .await
            .unwrap()
            .group_id,
        GROUP
    );
    c.clone()
        .send_clink()
        .group("backend-team")
        .content("hello")
        .send()
        .await
        .unwrap();
    assert_eq!(c.resolve_group("backend-team").await.unwrap(), GROUP);
    assert_eq!(lookup.calls_async().await, 1);
    assert_eq!((get.calls_async().await, send.calls_async().await), (1, 1));
    // Another client has its own cache.
    clink(&server).resolve_group("backend-team").await.unwrap();
    assert_eq!(lookup.calls_async().await, 2);
}

#[tokio::test]
async fn concurrent_resolutions_of_one_slug_share_one_lookup() {
    let server = MockServer::start_async().await;
    let lookup = answer(
        &server,
        GET,
        "/groups",
        |w| w.query_param("slug", "ops"),
        json!({"groups": [group(GROUP, "ops")]}),
    )
    .await;
    let c = clink(&server);
    let (a, b, d) = tokio::join!(
        c.resolve_group("ops"),
        c.resolve_group("ops"),
        c.resolve_group("ops")
    );
    assert_eq!(
        (a.unwrap(), b.unwrap(), d.unwrap()),
        (GROUP.to_string(), GROUP.to_string(), GROUP.to_string())
    );
    assert_eq!(lookup.calls_async().await, 1);
}

#[tokio::test]
async fn an_unknown_slug_is_not_found_naming_it_and_is_not_cached() {
    let server = MockServer::start_async().await;
    let lookup = answer(
        &server,
        GET,
        "/groups",
        |w| w.query_param("slug", "nope"),
        json!({"groups": []}),
    )
    .await;
    let members = answer(
        &server,
        GET,
        "/groups/nope/members",
        |w| w,
        json!({"members": []}),
    )
    .await;
    let c = clink(&server);
    let err = c.list_members().group("nope").send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert!(
        err.message().contains("\"nope\"") && err.message().contains("list_groups"),
        "{}",
        err.message()
    );
    assert!(c.resolve_group("nope").await.is_err());
    assert_eq!(lookup.calls_async().await, 2);
    assert_eq!(members.calls_async().await, 0);
    assert_eq!(
        c.resolve_group(" ").await.unwrap_err().kind(),
        ErrorKind::InvalidRequest
    );
}

#[tokio::test]
async fn the_exact_slug_wins_over_other_matches() {
    let server = MockServer::start_async().await;
    let other = "11111111-2222-3333-4444-555555555555";
    answer(
        &server,
        GET,
        "/groups",
        |w| w.query_param("slug", "ops"),
        json!({"groups": [group(other, "ops-legacy"), group(GROUP, "ops")]}),
    )
    .await;
    assert_eq!(clink(&server).resolve_group("ops").await.unwrap(), GROUP);
}

#[tokio::test]
async fn every_group_taking_call_resolves_slugs() {
    let server = MockServer::start_async().await;
    let lookup = answer(
        &server,
        GET,
        "/groups",
        |w| w.query_param("slug", "ops"),
        json!({"groups": [group(GROUP, "ops")]}),
    )
    .await;
    let clinks = answer(
        &server,
        GET,
        "/clinks",
        |w| w.query_param("group_id", GROUP),
        json!({"clinks": []}),
    )
    .await;
    let read = answer(
        &server,
        POST,
        "/clinks/mark-read",
        |w| w.json_body(json!({"group_ids": [GROUP, GROUP]})),
        json!({}),
    )
    .await;
    let milestones = answer(
        &server,
        GET,
        &format!("/groups/{GROUP}/milestones"),
        |w| w,
        json!({"milestones": []}),
    )
    .await;
    let pending = answer(
        &server,
        GET,
        &format!("/groups/{GROUP}/hil/pending"),
        |w| w,
        json!({"verifications": []}),
    )
    .await;
    let c = clink(&server);
    c.get_clinks().group("ops").send().await.unwrap();
    c.mark_read()
        .group_ids(["ops", GROUP])
        .send()
        .await
        .unwrap();
    c.list_milestones().group("ops").send().await.unwrap();
    c.list_pending_verifications()
        .group_id("ops")
        .send()
        .await
        .unwrap();
    for m in [&clinks, &read, &milestones, &pending] {
        assert_eq!(m.calls_async().await, 1);
    }
    assert_eq!(lookup.calls_async().await, 1);
}

// ---------------------------------------------------------------------------- human in the loop

#[tokio::test]
async fn complete_checkpoint_has_two_branches() {
    let server = MockServer::start_async().await;
    answer(
        &server,
        POST,
        "/milestones/m-1/checkpoints/2/complete",
        |w| w,
        milestone("m-1", "completed"),
    )
    .await;
    answer(
        &server,
        POST,
        "/milestones/m-2/checkpoints/2/complete",
        |w| w,
        hil("v-2"),
    )
    .await;
    let c = clink(&server);
    let complete = |id: &str| c.complete_checkpoint().milestone_id(id).order(2).send();
    match complete("m-1").await.unwrap() {
        Outcome::Done(m) => assert_eq!(m.status, MilestoneStatus::Closed),
        Outcome::VerificationRequired(h) => panic!("unexpected verification {h:?}"),
    }
    match complete("m-2").await.unwrap() {
        Outcome::Done(m) => panic!("unexpected milestone {m:?}"),
        Outcome::VerificationRequired(h) => {
            assert_eq!(h.verification_id, "v-2");
            assert!(h.message.contains("verification email"));
        }
    }
}

#[tokio::test]
async fn cast_vote_has_two_branches() {
    let server = MockServer::start_async().await;
    answer(
        &server,
        POST,
        "/proposals/pr-1/vote",
        |w| w.json_body(json!({"vote": "yes"})),
        proposal("open"),
    )
    .await;
    answer(
        &server,
        POST,
        "/proposals/pr-2/vote",
        |w| w.json_body(json!({"vote": "no"})),
        hil("v-9"),
    )
    .await;
    let c = clink(&server);
    let vote = |id: &str, vote: &str| c.cast_vote().proposal_id(id).vote(vote).send();
    let done = vote("pr-1", "yes").await.unwrap();
    assert!(done.is_done());
    assert_eq!(done.done().unwrap().proposal_id, "pr-1");
    let waiting = vote("pr-2", "no").await.unwrap();
    assert!(!waiting.is_done());
    assert_eq!(waiting.verification().unwrap().verification_id, "v-9");
}

#[tokio::test]
async fn a_malformed_hil_answer_is_a_decode_error() {
    let server = MockServer::start_async().await;
    answer(
        &server,
        POST,
        "/proposals/pr-1/vote",
        |w| w,
        json!({"verification_required": true}),
    )
    .await;
    answer(
        &server,
        POST,
        "/proposals/pr-2/vote",
        |w| w,
        json!({"proposal_id": 3}),
    )
    .await;
    let c = clink(&server);
    let vote = |id: &str| c.cast_vote().proposal_id(id).vote("yes").send();
    assert_eq!(vote("pr-1").await.unwrap_err().kind(), ErrorKind::Decode);
    assert_eq!(vote("pr-2").await.unwrap_err().kind(), ErrorKind::Decode);
}

#[tokio::test]
async fn waiting_ends_when_the_checkpoint_is_completed() {
    let server = MockServer::start_async().await;
    let pending = answer(
        &server,
        GET,
        "/milestones/m-1",
        |w| w,
        milestone("m-1", "pending"),
    )
    .await;
    let verifications = answer(
        &server,
        GET,
        &format!("/groups/{GROUP}/hil/pending"),
        |w| w,
        json!({"verifications": [pending_verification("v-1", "pending")]}),
    )
    .await;
    let c = clink(&server);
    let hil = serde_json::from_value(hil("v-1")).unwrap();
    let wait = {
        let c = c.clone();
        tokio::spawn(async move { fast_wait(&c, 2, &hil, Duration::from_secs(60)).send().await })
    };
    // Approve once the wait has polled twice: the newer mock answers once the older is gone.
    assert!(hits_reach(&verifications, 2).await >= 2);
    let _completed = answer(
        &server,
        GET,
        "/milestones/m-1",
        |w| w,
        milestone("m-1", "completed"),
    )
    .await;
    pending.delete_async().await;
    match wait.await.unwrap().unwrap() {
        CheckpointVerification::Completed(m) => assert_eq!(m.progress, "2/2"),
        other => panic!("expected completion, got {other:?}"),
    }
}

#[tokio::test]
async fn waiting_ends_when_the_verification_expires() {
    let server = MockServer::start_async().await;
    answer(
        &server,
        GET,
        "/milestones/m-1",
        |w| w,
        milestone("m-1", "pending"),
    )
    .await;
    answer(
        &server,
        GET,
        &format!("/groups/{GROUP}/hil/pending"),
        |w| w,
        json!({"verifications": [pending_verification("v-1", "expired")]}),
    )
    .await;
    let hil = serde_json::from_value(hil("v-1")).unwrap();
    let result = fast_wait(&clink(&server), 2, &hil, Duration::from_secs(60))
        .send()
        .await
        .unwrap();
    assert!(
        matches!(result, CheckpointVerification::Expired { verification_id } if verification_id == "v-1")
    );
}

#[tokio::test]
async fn a_verification_gone_after_its_expiry_is_expired() {
    let server = MockServer::start_async().await;
    answer(
        &server,
        GET,
        "/milestones/m-1",
        |w| w,
        milestone("m-1", "pending"),
    )
    .await;
    answer(
        &server,
        GET,
        &format!("/groups/{GROUP}/hil/pending"),
        |w| w,
        json!({"verifications": []}),
    )
    .await;
    let mut hil: agent_apis::clink::types::HilRequired =
        serde_json::from_value(hil("v-1")).unwrap();
    hil.expires_at = Some(agent_apis::Timestamp::parse("2020-01-01T00:00:00Z"));
    let result = fast_wait(&clink(&server), 2, &hil, Duration::from_secs(60))
        .send()
        .await
        .unwrap();
    assert!(matches!(result, CheckpointVerification::Expired { .. }));
}

#[tokio::test]
async fn waiting_past_the_deadline_is_a_timeout() {
    let server = MockServer::start_async().await;
    answer(
        &server,
        GET,
        "/milestones/m-1",
        |w| w,
        milestone("m-1", "pending"),
    )
    .await;
    let polls = answer(
        &server,
        GET,
        &format!("/groups/{GROUP}/hil/pending"),
        |w| w,
        json!({"verifications": [pending_verification("v-1", "pending")]}),
    )
    .await;
    let hil = serde_json::from_value(hil("v-1")).unwrap();
    let err = fast_wait(&clink(&server), 2, &hil, Duration::from_millis(100))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout);
    assert!(err.message().contains("v-1"), "{}", err.message());
    assert!(polls.calls_async().await >= 1);
}

#[tokio::test]
async fn waiting_for_a_deleted_checkpoint_is_not_found() {
    let server = MockServer::start_async().await;
    answer(
        &server,
        GET,
        "/milestones/m-1",
        |w| w,
        milestone("m-1", "pending"),
    )
    .await;
    let hil = serde_json::from_value(hil("v-1")).unwrap();
    let err = fast_wait(&clink(&server), 9, &hil, Duration::from_secs(60))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
}

// ---------------------------------------------------------------------------- raw request and secrets

#[tokio::test]
async fn request_sends_any_path_and_returns_data() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        POST,
        "/feedback",
        |w| w.json_body(json!({"category": "other", "content": "hi"})),
        json!({"feedback_id": "f-2"}),
    )
    .await;
    let failing = server
        .mock_async(|when, then| {
            when.method(GET).path("/beta/thing");
            then.status(200)
                .json_body(json!({"success": false, "message": "Beta only", "error": "BETA"}));
        })
        .await;
    let c = clink(&server);
    let data = c
        .request(reqwest::Method::POST, "/feedback")
        .body(json!({"category": "other", "content": "hi"}))
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(data["feedback_id"], "f-2");
    let err = c
        .request(reqwest::Method::GET, "/beta/thing")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        (err.kind(), err.message(), err.details()),
        (ErrorKind::Api, "Beta only", Some("BETA"))
    );
    failing.assert_async().await;
    assert_eq!(
        c.request(reqwest::Method::GET, "beta")
            .send()
            .await
            .unwrap_err()
            .kind(),
        ErrorKind::InvalidRequest
    );
}

#[tokio::test]
async fn the_key_never_shows_in_debug_or_errors() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/feedback");
            then.status(401).json_body(
                json!({"success": false, "message": format!("invalid key {KEY}"), "error": KEY}),
            );
        })
        .await;
    let c = clink(&server);
    let err = c
        .submit_feedback()
        .category(FeedbackCategory::Bug)
        .content("x")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Authentication);
    for text in [
        format!("{err}"),
        format!("{err:?}"),
        format!("{c:?}"),
        format!("{:?}", builder(&server)),
    ] {
        assert!(!text.contains(KEY), "{text}");
    }
}
