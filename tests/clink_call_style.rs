//! The one call style on Clink: `send_with_response()` (status, headers, request id), a
//! missing required field (an `InvalidRequest` before anything is sent), slugs in the
//! builders' group setters, the watches' `.stream()` keeping their filters, and the helpers'
//! builders (`claim_clink`, `claim.complete()`, `wait_for_checkpoint`, `claim_inbox`,
//! `request`).
#![cfg(feature = "clink")]

mod clink_support;

use std::time::Duration;

use agent_apis::clink::types::{ClinkStatus, HilRequired};
use agent_apis::ErrorKind;
use agent_apis::PollConfig;
use clink_support::*;
use futures::StreamExt;
use httpmock::Method::{GET, POST};
use httpmock::MockServer;
use serde_json::json;

/// A mock that answers anything, to prove nothing was sent.
/// Counts every request carrying `mark` in `x-test-mark`. The server comes from httpmock's
/// pool, where a request another test left in flight (a dropped claim's release, which is sent
/// even after its runtime ends) can still land; the mark keeps those out of the count.
async fn catch_all<'a>(server: &'a MockServer, mark: &str) -> httpmock::Mock<'a> {
    server
        .mock_async(|when, then| {
            when.header("x-test-mark", mark);
            then.status(200).json_body(ok(json!({})));
        })
        .await
}

fn fast() -> PollConfig {
    PollConfig::new(Duration::from_millis(1), Duration::from_millis(5))
}

#[tokio::test]
async fn send_with_response_gives_status_headers_and_request_id_with_the_payload() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            authed(when.method(GET).path(format!("/groups/{GROUP}")));
            then.status(200)
                .header("content-type", "application/json")
                .header("x-request-id", "req-77")
                .header("x-extra", "yes")
                .json_body(ok(group(GROUP, "backend-team")));
        })
        .await;
    let response = clink(&server)
        .get_group()
        .group(GROUP)
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.request_id().as_deref(), Some("req-77"));
    assert_eq!(response.headers()["x-extra"], "yes");
    assert_eq!(response.payload().slug, "backend-team");
}

#[tokio::test]
async fn a_missing_required_field_is_invalid_before_anything_is_sent() {
    let server = MockServer::start_async().await;
    let any = catch_all(&server, "missing-fields").await;
    let c = builder(&server)
        .default_header("x-test-mark", "missing-fields")
        .build()
        .unwrap();
    let no_content = c.send_clink().group(GROUP).send().await.unwrap_err();
    assert_eq!(no_content.kind(), ErrorKind::InvalidRequest);
    assert!(no_content.message().contains("content"), "{no_content}");
    let no_id = c.get_milestone().send().await.unwrap_err();
    assert_eq!(no_id.kind(), ErrorKind::InvalidRequest);
    let no_clink = c.claim_clink().timeout(60).send().await.unwrap_err();
    assert_eq!(no_clink.kind(), ErrorKind::InvalidRequest);
    assert_eq!(no_clink.operation_id(), Some("claim_clink"));
    let hil: HilRequired = serde_json::from_value(hil("v-1")).unwrap();
    for wait in [
        c.wait_for_checkpoint().order(2).verification(&hil),
        c.wait_for_checkpoint()
            .milestone_id("m-1")
            .verification(&hil),
        c.wait_for_checkpoint().milestone_id("m-1").order(2),
    ] {
        let err = wait.send().await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{err}");
    }
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test]
async fn an_unknown_slug_in_mark_read_sends_no_mark_read() {
    let server = MockServer::start_async().await;
    let lookup = answer(
        &server,
        GET,
        "/groups",
        |w| w.query_param("slug", "nope"),
        json!({"groups": []}),
    )
    .await;
    let read = answer(&server, POST, "/clinks/mark-read", |w| w, json!({})).await;
    let err = clink(&server)
        .mark_read()
        .group_ids([GROUP, "nope"])
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert!(err.message().contains("\"nope\""), "{}", err.message());
    assert_eq!(
        (lookup.calls_async().await, read.calls_async().await),
        (1, 0)
    );
}

#[tokio::test]
async fn watching_clinks_keeps_the_filters_and_the_resolved_group_on_every_poll() {
    let server = MockServer::start_async().await;
    let lookup = answer(
        &server,
        GET,
        "/groups",
        |w| w.query_param("slug", "ops"),
        json!({"groups": [group(GROUP, "ops")]}),
    )
    .await;
    let filters = |w: httpmock::When| {
        w.query_param("group_id", GROUP)
            .query_param("status", "pending")
            .query_param("limit", "2")
            .query_param("unread_only", "true")
    };
    let first = answer(
        &server,
        GET,
        "/clinks",
        move |w| filters(w).query_param_missing("since"),
        json!({"clinks": [clink_at("a", "2026-05-09T07:00:01Z", "pending"),
            clink_at("b", "2026-05-09T07:00:02Z", "pending")]}),
    )
    .await;
    let second = answer(
        &server,
        GET,
        "/clinks",
        move |w| filters(w).query_param("since", "2026-05-09T07:00:02Z"),
        json!({"clinks": [clink_at("b", "2026-05-09T07:00:02Z", "pending"),
            clink_at("c", "2026-05-09T07:00:03Z", "pending")]}),
    )
    .await;
    let c = clink(&server);
    let ids: Vec<String> = c
        .get_clinks()
        .group("ops")
        .status(ClinkStatus::Pending)
        .limit(2)
        .unread_only(true)
        .poll_interval(fast())
        .stream()
        .take(3)
        .map(|c| c.unwrap().clink_id)
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(
        (first.calls_async().await, second.calls_async().await >= 1),
        (1, true)
    );
    assert_eq!(lookup.calls_async().await, 1, "the slug is resolved once");
}

#[tokio::test]
async fn claiming_from_the_inbox_keeps_its_filters_and_claim_timeout() {
    let server = MockServer::start_async().await;
    let inbox = answer(
        &server,
        GET,
        "/inbox",
        |w| {
            w.query_param("status", "pending")
                .query_param("for_me", "false")
                .query_param("limit", "3")
                .query_param("since", "2026-05-09T07:00:00Z")
        },
        json!({"clinks": [clink_at("a", "2026-05-09T07:00:01Z", "pending")], "count": 1}),
    )
    .await;
    let claim = answer(
        &server,
        POST,
        "/clinks/a/claim",
        |w| w.json_body(json!({"timeout_seconds": 90})),
        claimed("a"),
    )
    .await;
    let release = answer(&server, POST, "/clinks/a/release", |w| w, message("a")).await;
    let c = clink(&server);
    let mut claims = Box::pin(
        c.claim_inbox()
            .status(ClinkStatus::Pending)
            .for_me(false)
            .limit(3)
            .since("2026-05-09T07:00:00Z")
            .timeout_seconds(90)
            .poll_interval(fast())
            .stream(),
    );
    let first = claims.next().await.unwrap().unwrap();
    assert_eq!(first.clink_id(), "a");
    assert_eq!(inbox.calls_async().await, 1);
    claim.assert_async().await;
    drop(claims);
    first.release().await.unwrap();
    assert_eq!(release.calls_async().await, 1);
}

#[tokio::test]
async fn a_claim_comes_with_its_response_metadata_and_completes_with_a_reply() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            authed(when.method(POST).path("/clinks/c-1/claim")).json_body(json!({}));
            then.status(200)
                .header("content-type", "application/json")
                .header("x-request-id", "req-claim")
                .json_body(ok(claimed("c-1")));
        })
        .await;
    let complete = answer(
        &server,
        POST,
        "/clinks/c-1/complete",
        |w| w.json_body(json!({"response": "shipped"})),
        json!({"clink": clink_at("c-1", "2026-05-09T07:29:33Z", "completed"), "response_clink_id": "c-2"}),
    )
    .await;
    let c = clink(&server);
    let response = c
        .claim_clink()
        .clink_id("c-1")
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.request_id().as_deref(), Some("req-claim"));
    assert_eq!(c.outstanding_claims(), ["c-1"]);
    let done = response
        .into_payload()
        .complete()
        .response_text("shipped")
        .send()
        .await
        .unwrap();
    assert_eq!(done.response_clink_id.as_deref(), Some("c-2"));
    complete.assert_async().await;
    assert!(c.outstanding_claims().is_empty());
}

#[tokio::test]
async fn a_completion_dropped_unsent_releases_the_claim() {
    let server = MockServer::start_async().await;
    answer(&server, POST, "/clinks/c-1/claim", |w| w, claimed("c-1")).await;
    let release = answer(&server, POST, "/clinks/c-1/release", |w| w, message("c-1")).await;
    let claim = clink(&server)
        .claim_clink()
        .clink_id("c-1")
        .send()
        .await
        .unwrap();
    let completion = claim.complete().response("never sent");
    drop(completion);
    assert_eq!(hits_reach(&release, 1).await, 1);
}

#[tokio::test]
async fn request_with_response_gives_the_status_and_the_data() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            authed(when.method(GET).path("/beta/thing"));
            then.status(200)
                .header("x-request-id", "req-beta")
                .json_body(ok(json!({"n": 1})));
        })
        .await;
    let response = clink(&server)
        .request(reqwest::Method::GET, "/beta/thing")
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.request_id().as_deref(), Some("req-beta"));
    assert_eq!(response.payload()["n"], 1);
}
