//! Limits a caller or a server can push to the extreme: a time limit of `Duration::MAX` means
//! "no deadline" (never an overflow panic).

mod hardening_support;

use std::time::Duration;

use futures::StreamExt;
use hardening_support::*;

// ---- Time limits of Duration::MAX

const TIMELINE: &str = r#"{"run_id":1,"events":[{"id":1,"run_id":1,"event_type":"start","phase":"act","details":{},"timestamp":"2026-11-22T13:27:11"}],"duration_seconds":null}"#;
const FINISHED_RUN: &str = r#"{"id":1,"session_id":null,"project_id":1,"status":"completed","trigger":"manual","config":null,"result_summary":null,"parent_run_id":null,"started_at":"2026-11-22T13:27:29","ended_at":"2026-11-22T13:30:00","created_at":"2026-11-22T13:27:29","events":[]}"#;

#[tokio::test]
async fn run_events_with_a_timeout_of_duration_max_has_no_deadline() {
    let server = RawServer::start(json(200, TIMELINE)).await;
    let client = autonomi(&server.url, 0);
    let events = client.run_events(1).timeout(Duration::MAX).stream();
    futures::pin_mut!(events);
    let first = events.next().await.unwrap().unwrap();
    assert_eq!(first.id, 1);
}

#[tokio::test]
async fn wait_for_run_and_client_timeouts_of_duration_max_have_no_deadline() {
    let server = RawServer::start(json(200, FINISHED_RUN)).await;
    let client = agent_apis::autonomi::Client::builder()
        .base_url(&server.url)
        .token(AUTONOMI_TOKEN)
        .timeout(Duration::MAX)
        .connect_timeout(Duration::MAX)
        .max_retries(0)
        .build()
        .unwrap();
    let run = client
        .wait_for_run(1)
        .timeout(Duration::MAX)
        .send()
        .await
        .unwrap();
    assert!(run.is_finished());
}
