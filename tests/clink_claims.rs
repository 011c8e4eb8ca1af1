//! Claims cannot be silently lost: a [`Claim`] is finished by `complete` or `release`, and a
//! handle dropped unfinished — early return, `?`, a panic in its task, a dropped stream, no
//! runtime at all — sends the release itself. Also watching the inbox (`check_inbox().stream()`)
//! and claiming from it (`claim_inbox().stream()`).
#![cfg(feature = "clink")]

mod clink_support;

use std::time::Duration;

use agent_apis::clink::Client;
use agent_apis::PollConfig;
use agent_apis::{ErrorKind, Timestamp};
use clink_support::*;
use futures::StreamExt;
use httpmock::Method::{GET, POST};
use httpmock::{Mock, MockServer};
use serde_json::json;

/// Mocks claim (with `timeout_seconds`), complete and release of `id`.
///
/// Each test claims a clink id of its own: httpmock hands a finished test's server to the next
/// test (same port), and a release that a finished test's dropped claim still sends (from its
/// own thread, by design) must not count as a hit of another test's mock.
async fn claim_mocks<'a>(server: &'a MockServer, id: &str) -> (Mock<'a>, Mock<'a>, Mock<'a>) {
    let claim = answer(
        server,
        POST,
        &format!("/clinks/{id}/claim"),
        |w| w.json_body(json!({"timeout_seconds": 120})),
        claimed(id),
    )
    .await;
    let complete = answer(server, POST, &format!("/clinks/{id}/complete"), |w| w,
        json!({"clink": clink_at(id, "2026-05-09T07:29:33Z", "completed"), "response_clink_id": null})).await;
    let release = answer(
        server,
        POST,
        &format!("/clinks/{id}/release"),
        |w| w.json_body(json!({})),
        message(id),
    )
    .await;
    (claim, complete, release)
}

#[tokio::test]
async fn complete_sends_complete_and_no_release() {
    let server = MockServer::start_async().await;
    let (claim, complete, release) = claim_mocks(&server, "c-complete").await;
    let c = clink(&server);
    let handle = c
        .claim_clink()
        .clink_id("c-complete")
        .timeout(120)
        .send()
        .await
        .unwrap();
    let done = handle.complete().send().await.unwrap();
    assert_eq!(done.clink.clink_id, "c-complete");
    claim.assert_async().await;
    complete.assert_async().await;
    // Give a (wrongly) spawned release every chance to arrive before asserting it did not.
    assert_eq!(hits_reach(&release, 1).await, 0);
}

#[tokio::test]
async fn release_sends_release_once() {
    let server = MockServer::start_async().await;
    let (_claim, complete, release) = claim_mocks(&server, "c-release-once").await;
    let handle = clink(&server)
        .claim_clink()
        .clink_id("c-release-once")
        .timeout(120)
        .send()
        .await
        .unwrap();
    let released = handle.release().await.unwrap();
    assert_eq!(released.clink_id, "c-release-once");
    // Give a (wrongly) spawned second release every chance to arrive.
    hits_reach(&release, 2).await;
    assert_eq!(
        (release.calls_async().await, complete.calls_async().await),
        (1, 0)
    );
}

#[tokio::test]
async fn dropping_a_claim_sends_the_release() {
    let server = MockServer::start_async().await;
    let (_claim, complete, release) = claim_mocks(&server, "c-dropped").await;
    let handle = clink(&server)
        .claim_clink()
        .clink_id("c-dropped")
        .timeout(120)
        .send()
        .await
        .unwrap();
    drop(handle);
    assert_eq!(hits_reach(&release, 1).await, 1);
    assert_eq!(complete.calls_async().await, 0);
}

#[tokio::test]
async fn an_early_return_releases_the_claim() {
    async fn process(c: &Client) -> agent_apis::Result<()> {
        let claim = c
            .claim_clink()
            .clink_id("c-early-return")
            .timeout(120)
            .send()
            .await?;
        if claim.content.contains("task") {
            return Err(agent_apis::Error::invalid_request(
                "cannot handle this task",
            ));
        }
        claim.complete().send().await.map(|_| ())
    }
    let server = MockServer::start_async().await;
    let (_claim, complete, release) = claim_mocks(&server, "c-early-return").await;
    assert!(process(&clink(&server)).await.is_err());
    assert_eq!(hits_reach(&release, 1).await, 1);
    assert_eq!(complete.calls_async().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panicking_task_releases_its_claim() {
    let server = MockServer::start_async().await;
    let (_claim, _complete, release) = claim_mocks(&server, "c-panic").await;
    let c = clink(&server);
    let task = tokio::spawn(async move {
        let claim = c
            .claim_clink()
            .clink_id("c-panic")
            .timeout(120)
            .send()
            .await
            .unwrap();
        if claim.clink_id() == "c-panic" {
            panic!("the agent crashed while holding {}", claim.clink_id());
        }
    });
    assert!(task.await.unwrap_err().is_panic());
    assert_eq!(hits_reach(&release, 1).await, 1);
}

#[tokio::test]
async fn a_failed_complete_releases_the_claim() {
    let server = MockServer::start_async().await;
    let claim = answer(
        &server,
        POST,
        "/clinks/c-failed-complete/claim",
        |w| w,
        claimed("c-failed-complete"),
    )
    .await;
    let complete = server
        .mock_async(|when, then| {
            when.method(POST).path("/clinks/c-failed-complete/complete");
            then.status(409).json_body(
                json!({"success": false, "message": "Claim expired", "error": "CLAIM_EXPIRED"}),
            );
        })
        .await;
    let release = answer(
        &server,
        POST,
        "/clinks/c-failed-complete/release",
        |w| w,
        message("c-failed-complete"),
    )
    .await;
    let handle = clink(&server)
        .claim_clink()
        .clink_id("c-failed-complete")
        .send()
        .await
        .unwrap();
    let err = handle.complete_with("done").await.unwrap_err();
    assert_eq!(
        (err.kind(), err.message()),
        (ErrorKind::Conflict, "Claim expired")
    );
    claim.assert_async().await;
    complete.assert_async().await;
    assert_eq!(hits_reach(&release, 1).await, 1);
}

#[test]
fn dropping_a_claim_outside_any_runtime_still_sends_the_release() {
    let server = MockServer::start();
    let release = server.mock(|when, then| {
        authed(when.method(POST).path("/clinks/c-no-runtime/release"));
        then.status(200).json_body(ok(message("c-no-runtime")));
    });
    server.mock(|when, then| {
        when.method(POST).path("/clinks/c-no-runtime/claim");
        then.status(200).json_body(ok(claimed("c-no-runtime")));
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let handle = runtime
        .block_on(clink(&server).claim_clink().clink_id("c-no-runtime").send())
        .unwrap();
    drop(runtime);
    drop(handle); // no runtime here: the release is sent from its own thread before drop returns
    assert_eq!(release.calls(), 1);
}

// ---------------------------------------------------------------------------- inbox watching

const T1: &str = "2026-05-09T07:00:01Z";
const T2: &str = "2026-05-09T07:00:02Z";
const T3: &str = "2026-05-09T07:00:03.5Z";

fn fast() -> PollConfig {
    PollConfig::new(Duration::from_millis(1), Duration::from_millis(5))
}

/// An inbox answering by `since`: nothing → a, b; T2 → b again, c (same instant), d; T3 → d, e.
async fn inbox_mocks(server: &MockServer) -> [Mock<'_>; 3] {
    let inbox = |clinks: Vec<serde_json::Value>| json!({"clinks": clinks, "count": 0});
    [
        answer(
            server,
            GET,
            "/inbox",
            |w| w.query_param_missing("since").query_param("limit", "10"),
            inbox(vec![
                clink_at("b", T2, "pending"),
                clink_at("a", T1, "pending"),
            ]),
        )
        .await,
        answer(
            server,
            GET,
            "/inbox",
            |w| w.query_param("since", T2),
            inbox(vec![
                clink_at("b", T2, "pending"),
                clink_at("c", "2026-05-09T07:00:02+00:00", "pending"),
                clink_at("d", T3, "pending"),
            ]),
        )
        .await,
        answer(
            server,
            GET,
            "/inbox",
            |w| w.query_param("since", T3),
            inbox(vec![
                clink_at("d", T3, "pending"),
                clink_at("e", "2026-05-09T07:00:04Z", "pending"),
            ]),
        )
        .await,
    ]
}

#[tokio::test]
async fn watching_the_inbox_yields_each_clink_once_in_order() {
    let server = MockServer::start_async().await;
    let [first, second, third] = inbox_mocks(&server).await;
    let ids: Vec<String> = clink(&server)
        .check_inbox()
        .limit(10)
        .poll_interval(fast())
        .stream()
        .take(5)
        .map(|c| c.unwrap().clink_id)
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c", "d", "e"]);
    assert_eq!(
        (first.calls_async().await, second.calls_async().await),
        (1, 1)
    );
    assert!(third.calls_async().await >= 1);
}

#[tokio::test]
async fn watching_starts_after_the_given_time_and_ends_with_an_error() {
    let server = MockServer::start_async().await;
    let later = answer(
        &server,
        GET,
        "/inbox",
        |w| w.query_param("since", T3),
        json!({"clinks": [clink_at("e", "2026-05-09T07:00:04Z", "pending")]}),
    )
    .await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/inbox")
                .query_param("since", "2026-05-09T07:00:04Z");
            then.status(401)
                .json_body(json!({"success": false, "message": "Key revoked"}));
        })
        .await;
    let items: Vec<_> = clink(&server)
        .check_inbox()
        .since(Timestamp::parse(T3))
        .poll_interval(fast())
        .stream()
        .collect()
        .await;
    later.assert_async().await;
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().unwrap().clink_id, "e");
    assert_eq!(
        items[1].as_ref().unwrap_err().kind(),
        ErrorKind::Authentication
    );
}

#[tokio::test]
async fn watching_with_claims_skips_taken_clinks_and_releases_dropped_handles() {
    let server = MockServer::start_async().await;
    inbox_mocks(&server).await;
    let mut claims = Vec::new();
    let mut releases = Vec::new();
    for id in ["a", "c", "d", "e"] {
        claims.push(
            answer(
                &server,
                POST,
                &format!("/clinks/{id}/claim"),
                |w| w.json_body(json!({"timeout_seconds": 60})),
                claimed(id),
            )
            .await,
        );
        releases.push(
            answer(
                &server,
                POST,
                &format!("/clinks/{id}/release"),
                |w| w,
                message(id),
            )
            .await,
        );
    }
    let taken = server
        .mock_async(|when, then| {
            when.method(POST).path("/clinks/b/claim");
            then.status(409)
                .json_body(json!({"success": false, "message": "Already claimed"}));
        })
        .await;
    let c = clink(&server);
    let mut stream = Box::pin(
        c.claim_inbox()
            .limit(10)
            .timeout(60)
            .poll_interval(fast())
            .stream(),
    );
    let first = stream.next().await.unwrap().unwrap();
    let second = stream.next().await.unwrap().unwrap();
    assert_eq!((first.clink_id(), second.clink_id()), ("a", "c"));
    taken.assert_async().await;
    first.complete().send().await.unwrap_err(); // no complete mock: 404, so `a` is released too
    drop(second);
    drop(stream);
    assert_eq!(hits_reach(&releases[0], 1).await, 1);
    assert_eq!(hits_reach(&releases[1], 1).await, 1);
    assert_eq!(claims[0].calls_async().await, 1);
}

#[tokio::test]
async fn a_claim_whose_answer_cannot_be_read_is_released() {
    let server = MockServer::start_async().await;
    let claim = server.mock(|when, then| {
        when.method(POST).path("/clinks/c-9/claim");
        then.status(200)
            .body(r#"{"success": true, "data": {"clink_id": "c-9", "conte"#);
    });
    let release = answer(&server, POST, "/clinks/c-9/release", |w| w, message("c-9")).await;
    let err = clink(&server)
        .claim_clink()
        .clink_id("c-9")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode);
    claim.assert_async().await;
    assert_eq!(
        release.calls_async().await,
        1,
        "the possibly granted claim is given back"
    );
}

#[tokio::test]
async fn a_release_is_retried_like_an_idempotent_call() {
    let server = MockServer::start_async().await;
    let (_claim, _complete, _release) = claim_mocks(&server, "c-retried").await;
    let c = clink(&server);
    let handle = c
        .claim_clink()
        .clink_id("c-retried")
        .timeout(120)
        .send()
        .await
        .unwrap();
    // The release endpoint fails; the client's policy allows one retry.
    let failing = MockServer::start_async().await;
    let _claimed = answer(
        &failing,
        POST,
        "/clinks/c-retried/claim",
        |w| w,
        claimed("c-retried"),
    )
    .await;
    let flaky = failing.mock(|when, then| {
        when.method(POST)
            .path("/clinks/c-retried/release")
            .header_exists("idempotency-key");
        then.status(503)
            .json_body(json!({"success": false, "message": "busy"}));
    });
    let other = clink(&failing);
    let held = other
        .claim_clink()
        .clink_id("c-retried")
        .send()
        .await
        .unwrap();
    let err = held.release().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Server);
    assert_eq!(
        flaky.calls_async().await,
        2,
        "retried once, with an idempotency key"
    );
    handle.release().await.unwrap();
}
