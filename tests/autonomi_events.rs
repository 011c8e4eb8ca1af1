//! Run-event polling (each event once, in order; ends when the run finishes; errors end it;
//! a time limit ends it), waiting for a run, the seed's EventStream.poll_events
//! (`client.poll_events`), and the generated pagination streams.
#![cfg(feature = "autonomi")]

mod autonomi_support;

use std::time::Duration;

use agent_apis::autonomi::PollConfig;
use agent_apis::ErrorKind;
use autonomi_support::{builder, client, event, run, timeline, AUDIT_ENTRY};
use futures::{StreamExt, TryStreamExt};
use httpmock::{Method, MockServer};
use serde_json::json;

fn fast() -> PollConfig {
    PollConfig::new(Duration::from_millis(1), Duration::from_millis(5))
}

#[tokio::test]
async fn events_come_once_in_order_and_the_stream_ends_when_the_run_finishes() {
    let server = MockServer::start_async().await;
    let c = client(&server);
    let first = server.mock(|when, then| {
        when.method(Method::GET).path("/api/v2/runs/1/timeline");
        // Out of order on purpose: the stream yields in id order.
        then.status(200)
            .json_body(timeline(&[event(2, "plan"), event(1, "start")]));
    });
    let running = server.mock(|when, then| {
        when.method(Method::GET).path("/api/v2/runs/1");
        then.status(200).json_body(run(1, "running", None));
    });
    let mut events = Box::pin(c.run_events(1).poll(fast()).stream());
    let a = events.next().await.unwrap().unwrap();
    let b = events.next().await.unwrap().unwrap();
    assert_eq!((a.id, b.id), (1, 2));

    // Later polls see the old events again, plus new ones.
    first.delete_async().await;
    let second = server.mock(|when, then| {
        when.path("/api/v2/runs/1/timeline");
        then.status(200).json_body(timeline(&[
            event(1, "start"),
            event(2, "plan"),
            event(3, "act"),
        ]));
    });
    let c3 = events.next().await.unwrap().unwrap();
    assert_eq!(c3.id, 3);

    // The run finishes; its last event lands too. The stream delivers it and ends.
    second.delete_async().await;
    running.delete_async().await;
    server.mock(|when, then| {
        when.path("/api/v2/runs/1/timeline");
        then.status(200).json_body(timeline(&[
            event(1, "start"),
            event(2, "plan"),
            event(3, "act"),
            event(4, "done"),
        ]));
    });
    server.mock(|when, then| {
        when.path("/api/v2/runs/1");
        then.status(200)
            .json_body(run(1, "completed", Some("2026-11-22T13:30:00Z")));
    });
    let rest: Vec<i64> = events.map(|e| e.unwrap().id).collect().await;
    assert_eq!(rest, vec![4], "event 4 exactly once, then the end");
}

#[tokio::test]
async fn the_last_events_are_read_after_the_run_is_seen_finished() {
    let server = MockServer::start_async().await;
    let timeline_mock = server.mock(|when, then| {
        when.path("/api/v2/runs/1/timeline");
        then.status(200).json_body(timeline(&[event(1, "start")]));
    });
    server.mock(|when, then| {
        when.path("/api/v2/runs/1");
        // An unknown terminal status: ended_at tells that the run is over.
        then.status(200)
            .json_body(run(1, "timed_out", Some("2026-11-22T13:30:00Z")));
    });
    let all: Vec<i64> = client(&server)
        .run_events(1)
        .poll(fast())
        .stream()
        .map(|e| e.unwrap().id)
        .collect()
        .await;
    assert_eq!(all, vec![1]);
    // First read, the empty re-read that checks the run, the final read.
    assert_eq!(timeline_mock.calls_async().await, 3);
}

#[tokio::test]
async fn an_error_is_yielded_and_ends_the_stream() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.path("/api/v2/runs/9/timeline");
        then.status(404)
            .json_body(json!({"detail": "Run not found"}));
    });
    let results: Vec<_> = client(&server)
        .run_events(9)
        .poll(fast())
        .stream()
        .collect()
        .await;
    assert_eq!(results.len(), 1);
    let err = results[0].as_ref().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(err.message(), "Run not found");
}

#[tokio::test]
async fn wait_for_run_returns_the_finished_run_or_times_out() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.path("/api/v2/runs/1");
        then.status(200)
            .json_body(run(1, "failed", Some("2026-11-22T13:30:00Z")));
    });
    server.mock(|when, then| {
        when.path("/api/v2/runs/2");
        then.status(200).json_body(run(2, "running", None));
    });
    let c = client(&server);
    let done = c
        .wait_for_run(1)
        .poll(fast())
        .timeout(Duration::from_secs(30))
        .send()
        .await
        .unwrap();
    assert_eq!(done.status, agent_apis::autonomi::types::RunStatus::Failed);
    let err = c
        .wait_for_run(2)
        .poll(fast())
        .timeout(Duration::from_millis(50))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout);
    assert!(err.message().contains("run 2"), "{err}");
}

#[tokio::test]
async fn poll_events_filters_by_since() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.path("/api/v2/runs/1/timeline");
        then.status(200)
            .json_body(timeline(&[event(3, "c"), event(1, "a"), event(2, "b")]));
    });
    let c = client(&server);
    let all = c.poll_events(1).send().await.unwrap();
    assert_eq!(all.iter().map(|e| e.id).collect::<Vec<_>>(), vec![1, 2, 3]);
    let since = all[0].timestamp.clone();
    let later = c.poll_events(1).since(since).send().await.unwrap();
    assert_eq!(later.iter().map(|e| e.id).collect::<Vec<_>>(), vec![2, 3]);
}

#[tokio::test]
async fn list_runs_stream_walks_pages_lazily_and_keeps_filters() {
    let server = MockServer::start_async().await;
    let pages: Vec<_> = (0..3)
        .map(|page| {
            let ids: Vec<serde_json::Value> = (0..2)
                .map(|i| page * 2 + i)
                .filter(|id| *id < 5)
                .map(|id| run(id, "running", None))
                .collect();
            server.mock(move |when, then| {
                when.path("/api/v2/runs")
                    .query_param("project_id", "3")
                    .query_param("limit", "2")
                    .query_param("offset", (page * 2).to_string());
                then.status(200).json_body(json!(ids));
            })
        })
        .collect();
    let c = client(&server);
    let ids: Vec<_> = c
        .list_runs()
        .project_id(3)
        .limit(2)
        .stream()
        .map_ok(|r| r.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, vec![0, 1, 2, 3, 4]);
    for p in &pages {
        assert_eq!(p.calls_async().await, 1);
    }
    // Lazy: taking one item fetches one page.
    let first: Vec<_> = c
        .list_runs()
        .project_id(3)
        .limit(2)
        .stream()
        .take(1)
        .collect()
        .await;
    assert_eq!(first.len(), 1);
    assert_eq!(pages[1].calls_async().await, 1);
}

#[tokio::test]
async fn query_audit_stream_stops_on_an_empty_page_and_surfaces_errors() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.path("/api/v2/audit")
            .query_param("offset", "0")
            .query_param("action", "rotate");
        then.status(200)
            .body(format!("[{AUDIT_ENTRY},{AUDIT_ENTRY}]"));
    });
    server.mock(|when, then| {
        when.path("/api/v2/audit").query_param("offset", "2");
        then.status(200).body("[]");
    });
    let c = client(&server);
    let n = c
        .query_audit()
        .action("rotate")
        .limit(2)
        .stream()
        .try_collect::<Vec<_>>()
        .await
        .unwrap()
        .len();
    assert_eq!(n, 2);

    let failing = MockServer::start_async().await;
    failing.mock(|when, then| {
        when.path("/api/v2/audit");
        then.status(403)
            .json_body(json!({"detail": "Insufficient permissions. Required scope: audit"}));
    });
    let c = builder(&failing).max_retries(0).build().unwrap();
    let results: Vec<_> = c.query_audit().limit(100).stream().collect().await;
    assert_eq!(results.len(), 1);
    assert_eq!(
        results[0].as_ref().unwrap_err().kind(),
        ErrorKind::Permission
    );
}

// ------------------------------------------------------------------------------------------
// Unknown runs behave the same on 5.52.4 (timeline 404) and 9.22.12 (timeline 200 with an
// empty placeholder, run 404): a `NotFound` error, for the stream, the poll and the wait.

fn unknown_run_552(server: &MockServer) {
    server.mock(|when, then| {
        when.path("/api/v2/runs/999/timeline");
        then.status(404)
            .json_body(json!({"detail": "Run not found"}));
    });
    server.mock(|when, then| {
        when.path("/api/v2/runs/999");
        then.status(404)
            .json_body(json!({"detail": "Run not found"}));
    });
}

fn unknown_run_922(server: &MockServer) {
    server.mock(|when, then| {
        when.path("/api/v2/runs/999/timeline");
        then.status(200)
            .json_body(autonomi_support::placeholder_timeline(999));
    });
    server.mock(|when, then| {
        when.path("/api/v2/runs/999");
        then.status(404)
            .json_body(json!({"detail": "Run not found"}));
    });
}

#[tokio::test]
async fn run_events_of_an_unknown_run_is_one_not_found_error_on_both_versions() {
    for setup in [unknown_run_552, unknown_run_922] {
        let server = MockServer::start_async().await;
        setup(&server);
        let results: Vec<_> = client(&server)
            .run_events(999)
            .poll(fast())
            .stream()
            .collect()
            .await;
        assert_eq!(results.len(), 1);
        let err = results[0].as_ref().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::NotFound);
        assert_eq!(err.message(), "Run not found");
    }
}

#[tokio::test]
async fn poll_events_of_an_unknown_run_is_not_found_on_both_versions() {
    for setup in [unknown_run_552, unknown_run_922] {
        let server = MockServer::start_async().await;
        setup(&server);
        let c = client(&server);
        let err = c.poll_events(999).send().await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::NotFound);
        assert_eq!(err.message(), "Run not found");
        let streamed: Vec<_> = c.run_events(999).stream().take(2).collect().await;
        assert_eq!(streamed.len(), 1);
        assert!(streamed[0].as_ref().unwrap_err().is_not_found());
        let waited = c
            .wait_for_run(999)
            .poll(fast())
            .timeout(Duration::from_secs(30))
            .send()
            .await
            .unwrap_err();
        assert_eq!(waited.kind(), ErrorKind::NotFound);
    }
}

#[tokio::test]
async fn poll_events_of_a_run_without_events_is_empty_after_checking_the_run_exists() {
    let server = MockServer::start_async().await;
    let t = server.mock(|when, then| {
        when.path("/api/v2/runs/4/timeline");
        then.status(200)
            .json_body(json!({"run_id": 4, "events": [], "duration_seconds": null}));
    });
    let r = server.mock(|when, then| {
        when.path("/api/v2/runs/4");
        then.status(200).json_body(run(4, "running", None));
    });
    let events = client(&server).poll_events(4).send().await.unwrap();
    assert!(events.is_empty());
    assert_eq!((t.calls_async().await, r.calls_async().await), (1, 1));
}

#[tokio::test]
async fn run_events_accepts_a_run_id_from_a_run() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.path("/api/v2/runs/1/timeline");
        then.status(200).json_body(timeline(&[event(1, "start")]));
    });
    server.mock(|when, then| {
        when.path("/api/v2/runs/1");
        then.status(200)
            .json_body(run(1, "completed", Some("2026-11-22T13:30:00Z")));
    });
    let c = client(&server);
    let r = c.get_run().run_id(1).send().await.unwrap();
    let ids: Vec<i64> = c
        .run_events(&r.id)
        .poll(fast())
        .stream()
        .map_ok(|e| e.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, vec![1]);
    assert_eq!(
        c.wait_for_run(r.id.clone())
            .poll(fast())
            .send()
            .await
            .unwrap()
            .id,
        r.id
    );
}

// ------------------------------------------------------------------------------------------
// 9.22.12's file-based fallback page of list_runs: all the `.loki/` runs, whatever the limit
// and offset, whenever the database page is empty and no project_id is given.

fn file_runs(n: usize) -> serde_json::Value {
    json!((0..n)
        .map(|i| autonomi_support::file_run(&format!("run-17645750{i:02}-42-ab"), None))
        .collect::<Vec<_>>())
}

#[tokio::test]
async fn list_runs_stream_yields_a_first_fallback_page_once_and_ends() {
    let server = MockServer::start_async().await;
    // The server ignores limit/offset here: 3 runs for a page size of 2, at every offset.
    let m = server.mock(|when, then| {
        when.path("/api/v2/runs");
        then.status(200).json_body(file_runs(3));
    });
    // Bounded, so that a regression (re-reading the same page forever) fails instead of hanging.
    let runs: Vec<_> = client(&server)
        .list_runs()
        .limit(2)
        .stream()
        .take(10)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(runs.len(), 3);
    assert!(runs.iter().all(|r| r.is_file_based()));
    assert_eq!(runs[0].id, "run-1764575000-42-ab");
    assert_eq!(m.calls_async().await, 1, "one request, no endless re-reads");
}

#[tokio::test]
async fn list_runs_stream_drops_a_fallback_page_after_database_pages() {
    let server = MockServer::start_async().await;
    let db = server.mock(|when, then| {
        when.path("/api/v2/runs").query_param("offset", "0");
        then.status(200)
            .json_body(json!([run(2, "running", None), run(1, "completed", None)]));
    });
    // The database has exactly one page: the next one is empty, so 9.22.12 falls back.
    let fallback = server.mock(|when, then| {
        when.path("/api/v2/runs").query_param("offset", "2");
        then.status(200).json_body(file_runs(5));
    });
    let ids: Vec<_> = client(&server)
        .list_runs()
        .limit(2)
        .stream()
        .take(10)
        .map_ok(|r| r.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, vec![2, 1]);
    assert_eq!(
        (db.calls_async().await, fallback.calls_async().await),
        (1, 1)
    );
}

// ------------------------------------------------------------------------------------------
// The helpers' builders: options are setters, and every wait can be bounded.

#[tokio::test]
async fn run_events_timeout_yields_one_timeout_error_and_ends_when_the_run_never_finishes() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.path("/api/v2/runs/1/timeline");
        then.status(200).json_body(timeline(&[event(1, "start")]));
    });
    let run_reads = server.mock(|when, then| {
        when.path("/api/v2/runs/1");
        then.status(200).json_body(run(1, "running", None));
    });
    let results: Vec<_> = client(&server)
        .run_events(1)
        .poll(fast())
        .timeout(Duration::from_millis(150))
        .stream()
        // Bounded, so that a regression (a stream that never ends) fails instead of hanging.
        .take(1000)
        .collect()
        .await;
    assert_eq!(results.len(), 2, "the event, then the time-out");
    assert_eq!(results[0].as_ref().unwrap().id, 1);
    let err = results[1].as_ref().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout);
    assert!(err.message().contains("run 1"), "{err}");
    assert_eq!(err.operation_id(), Some("run_events"));
    assert!(run_reads.calls_async().await >= 1, "the run was polled");
}

#[tokio::test]
async fn run_events_timeout_does_not_cut_a_run_that_finishes_in_time() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.path("/api/v2/runs/1/timeline");
        then.status(200)
            .json_body(timeline(&[event(1, "start"), event(2, "done")]));
    });
    server.mock(|when, then| {
        when.path("/api/v2/runs/1");
        then.status(200)
            .json_body(run(1, "cancelled", Some("2026-11-22T13:30:00Z")));
    });
    let ids: Vec<i64> = client(&server)
        .run_events(1)
        .interval(Duration::from_millis(1))
        .timeout(Duration::from_secs(30))
        .stream()
        .map_ok(|e| e.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, vec![1, 2]);
}

#[tokio::test]
async fn wait_for_run_interval_polls_until_the_run_finishes() {
    let server = MockServer::start_async().await;
    let running = server.mock(|when, then| {
        when.path("/api/v2/runs/3");
        then.status(200).json_body(run(3, "running", None));
    });
    let c = client(&server);
    let waiting = tokio::spawn({
        let c = c.clone();
        async move {
            c.wait_for_run(3)
                .interval(Duration::from_millis(5))
                .timeout(Duration::from_secs(30))
                .send()
                .await
        }
    });
    // Let it poll the running run a few times, then the run is cancelled.
    while running.calls_async().await < 2 {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    running.delete_async().await;
    server.mock(|when, then| {
        when.path("/api/v2/runs/3");
        then.status(200)
            .json_body(run(3, "cancelled", Some("2026-11-22T13:30:00Z")));
    });
    let done = waiting.await.unwrap().unwrap();
    assert_eq!(
        done.status,
        agent_apis::autonomi::types::RunStatus::Cancelled
    );
    assert!(done.is_finished());
}

#[tokio::test]
async fn wait_for_run_timeout_names_the_operation() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.path("/api/v2/runs/2");
        then.status(200).json_body(run(2, "running", None));
    });
    let err = client(&server)
        .wait_for_run(2)
        .poll(Duration::from_millis(1))
        .timeout(Duration::from_millis(20))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout);
    assert_eq!(
        (err.service(), err.operation_id()),
        (Some("autonomi"), Some("wait_for_run"))
    );
}

#[tokio::test]
async fn poll_events_since_accepts_text_and_compares_instants() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.path("/api/v2/runs/1/timeline");
        then.status(200)
            .json_body(timeline(&[event(1, "a"), event(2, "b"), event(3, "c")]));
    });
    // Event 1 is at 13:27:11 (naive); the same instant written with an offset excludes it.
    let later = client(&server)
        .poll_events(1)
        .since("2026-11-22T13:27:11+00:00")
        .send()
        .await
        .unwrap();
    assert_eq!(later.iter().map(|e| e.id).collect::<Vec<_>>(), vec![2, 3]);
}

#[tokio::test]
async fn list_runs_stream_default_page_size_is_the_specs() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.path("/api/v2/runs")
            .query_param("limit", "100")
            .query_param("offset", "0")
            .query_param("status", "running");
        then.status(200).json_body(json!([run(1, "running", None)]));
    });
    let runs: Vec<_> = client(&server)
        .list_runs()
        .status(agent_apis::autonomi::types::RunStatus::Running)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(runs.len(), 1, "a short page ends the stream");
    assert_eq!(m.calls_async().await, 1);
}

#[tokio::test]
async fn list_projects_stream_keeps_the_filter_and_page_size_and_starts_at_offset() {
    let server = MockServer::start_async().await;
    let project = |id: i64| {
        let mut p: serde_json::Value = serde_json::from_str(autonomi_support::PROJECT).unwrap();
        p["id"] = json!(id);
        p
    };
    let first = server.mock(|when, then| {
        when.path("/api/projects")
            .query_param("status", "active")
            .query_param("limit", "2")
            .query_param("offset", "4");
        then.status(200).json_body(json!([project(5), project(6)]));
    });
    let second = server.mock(|when, then| {
        when.path("/api/projects")
            .query_param("status", "active")
            .query_param("limit", "2")
            .query_param("offset", "6");
        then.status(200).json_body(json!([project(7)]));
    });
    let ids: Vec<i64> = client(&server)
        .list_projects()
        .status(agent_apis::autonomi::types::ProjectStatus::Active)
        .limit(2)
        .offset(4)
        .stream()
        .map_ok(|p| p.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, vec![5, 6, 7]);
    assert_eq!(
        (first.calls_async().await, second.calls_async().await),
        (1, 1)
    );
}
