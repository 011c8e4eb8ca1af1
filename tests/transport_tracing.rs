//! The transport's tracing: one `agent_apis.request` span per operation with service, operation,
//! method, status, attempt, duration and request id — and no secret in anything recorded.
#![cfg(feature = "autonomi")]

mod autonomi_support;

use std::sync::{Arc, Mutex};

use autonomi_support::{client, TOKEN};
use httpmock::MockServer;
use serde_json::json;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::Layer;

/// A span's name and the fields recorded on it, in order.
type SpanRecord = (String, Vec<(String, String)>);

#[derive(Clone, Default)]
struct Captured {
    spans: Arc<Mutex<Vec<SpanRecord>>>,
    by_id: Arc<Mutex<std::collections::HashMap<u64, usize>>>,
    events: Arc<Mutex<Vec<String>>>,
}

struct Fields<'a>(&'a mut Vec<(String, String)>);
impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0
            .push((field.name().to_string(), format!("{value:?}")));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.push((field.name().to_string(), value.to_string()));
    }
}

impl<S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>> Layer<S>
    for Captured
{
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, _: Context<'_, S>) {
        let mut fields = Vec::new();
        attrs.record(&mut Fields(&mut fields));
        let mut spans = self.spans.lock().unwrap();
        spans.push((attrs.metadata().name().to_string(), fields));
        self.by_id
            .lock()
            .unwrap()
            .insert(id.into_u64(), spans.len() - 1);
    }
    fn on_record(&self, id: &Id, values: &Record<'_>, _: Context<'_, S>) {
        if let Some(i) = self.by_id.lock().unwrap().get(&id.into_u64()) {
            values.record(&mut Fields(&mut self.spans.lock().unwrap()[*i].1));
        }
    }
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        let mut fields = Vec::new();
        event.record(&mut Fields(&mut fields));
        self.events.lock().unwrap().push(format!("{fields:?}"));
    }
}

#[tokio::test]
async fn one_span_per_operation_with_its_fields_and_no_secrets() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::registry().with(
        captured
            .clone()
            .with_filter(tracing_subscriber::filter::LevelFilter::TRACE),
    );
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.path("/api/v2/runs/1");
        then.status(200).header("x-request-id", "req-77").json_body(
            json!({"id": 1, "project_id": 1,
            "status": "running", "trigger": "manual", "started_at": "2026-11-22T13:27:29",
            "created_at": "2026-11-22T13:27:29", "events": []}),
        );
    });
    server.mock(|when, then| {
        when.path("/api/status");
        then.status(401)
            .json_body(json!({"detail": format!("bad token {TOKEN}")}));
    });
    server.mock(|when, then| {
        when.method(httpmock::Method::DELETE)
            .path_includes("/api/v2/api-keys/");
        then.status(204);
    });
    let c = client(&server);
    c.get_run().run_id(1).send().await.unwrap();
    assert!(c.get_status().send().await.is_err());
    // A secret in the URL path (AIlink revokes tokens by their value) is scrubbed from spans.
    c.delete_api_key().identifier(TOKEN).send().await.unwrap();

    let spans = captured.spans.lock().unwrap().clone();
    let requests: Vec<_> = spans
        .iter()
        .filter(|(name, _)| name == "agent_apis.request")
        .collect();
    assert_eq!(requests.len(), 3, "{spans:?}");
    let get = |i: usize, key: &str| {
        requests[i]
            .1
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(get(0, "service").as_deref(), Some("autonomi"));
    assert_eq!(get(0, "operation").as_deref(), Some("get_run"));
    assert_eq!(get(0, "method").as_deref(), Some("GET"));
    assert_eq!(get(0, "path").as_deref(), Some("/api/v2/runs/1"));
    assert_eq!(get(0, "status").as_deref(), Some("200"));
    assert_eq!(get(0, "attempt").as_deref(), Some("1"));
    assert_eq!(get(0, "request_id").as_deref(), Some("req-77"));
    assert!(get(0, "duration_ms").is_some());
    assert_eq!(get(1, "status").as_deref(), Some("401"));

    let everything = format!("{spans:?}{:?}", captured.events.lock().unwrap());
    assert!(
        !everything.contains(TOKEN),
        "a secret reached tracing: {everything}"
    );
}
