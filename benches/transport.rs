//! What the SDK costs on top of bare reqwest, and how fast it decodes a large list.
//!
//! - `get_run/sdk` vs `get_run/bare_reqwest`: the same `GET /api/v2/runs/1` against the same
//!   in-process loopback server, both decoding into `autonomi::types::Run`. The difference is
//!   the SDK's transport (hooks, headers, retry bookkeeping, span, error mapping).
//!   `get_run/bare_reqwest_with_timeout` is bare reqwest with a request timeout, which the SDK
//!   always sets: it shows how much of the difference the timeout alone costs.
//! - Before the Criterion groups, an interleaved report: 20,000 pairs of one bare call and one
//!   SDK call back to back, with the median of each. On a shared machine whose speed drifts
//!   between benchmark phases, this ratio is steadier than two separately measured medians.
//! - `audit_10k/decode`: decoding a 10,000-entry audit list; `audit_10k/sdk_call`: the whole
//!   `query_audit` call returning it.
//!
//! The server is a minimal HTTP/1.1 keep-alive responder so that its own cost stays small and
//! constant. Run with `cargo bench --bench transport`.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

mod support;

use agent_apis::autonomi::types::{AuditEntry, Run};
use criterion::{Criterion, Throughput};
use support::answer_each_request;

const RUN: &str = r#"{"id":1,"session_id":null,"project_id":1,"status":"running","trigger":"manual","config":{"max_iterations":10},"result_summary":null,"parent_run_id":null,"started_at":"2026-11-22T13:27:29","ended_at":null,"created_at":"2026-11-22T13:27:29","events":[{"id":1,"run_id":1,"event_type":"phase","phase":"reason","details":{"n":1},"timestamp":"2026-11-22T13:27:30"}]}"#;

fn audit_list(n: usize) -> String {
    let entries: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"timestamp":"2026-11-22T13:27:29.406931+00:00","action":"rotate","resource_type":"api_key","resource_id":"key-{i}","user_id":null,"token_id":null,"ip_address":"127.0.0.1","user_agent":"curl/7.88.1","success":true,"error":null,"details":{{"new_key_id":"048fcd6289bd"}},"_integrity_hash":"{:064x}"}}"#,
                i
            )
        })
        .collect();
    format!("[{}]", entries.join(","))
}

/// Serves `body` as JSON for every request, on every connection, with keep-alive, from a
/// runtime on its own thread (so that the server never competes with the measured client for
/// its executor).
fn serve(body: &'static str) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("server runtime");
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            tx.send(listener.local_addr().expect("addr"))
                .expect("send addr");
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                body.len()
            );
            let response: &'static [u8] = Box::leak(
                [head.as_bytes(), body.as_bytes()]
                    .concat()
                    .into_boxed_slice(),
            );
            while let Ok((socket, _)) = listener.accept().await {
                tokio::spawn(answer_each_request(socket, move |_| response.into()));
            }
        });
    });
    rx.recv().expect("server address")
}

fn benches(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let run_addr = serve(RUN);
    let audit_body: &'static str = Box::leak(audit_list(10_000).into_boxed_str());
    let audit_addr = serve(audit_body);

    let sdk = agent_apis::autonomi::Client::builder()
        .base_url(format!("http://{run_addr}"))
        .build()
        .expect("client");
    let bare = reqwest::Client::new();
    let bare_timeout = reqwest::Client::builder()
        .timeout(Duration::from_secs(600))
        .build()
        .expect("client");
    let url = format!("http://{run_addr}/api/v2/runs/1");

    let mut group = c.benchmark_group("get_run");
    group.bench_function("bare_reqwest", |b| {
        b.to_async(&rt).iter(|| async {
            let bytes = bare
                .get(&url)
                .send()
                .await
                .expect("send")
                .bytes()
                .await
                .expect("body");
            let run: Run = serde_json::from_slice(&bytes).expect("decode");
            run
        })
    });
    group.bench_function("bare_reqwest_with_timeout", |b| {
        b.to_async(&rt).iter(|| async {
            let bytes = bare_timeout
                .get(&url)
                .send()
                .await
                .expect("send")
                .bytes()
                .await
                .expect("body");
            let run: Run = serde_json::from_slice(&bytes).expect("decode");
            run
        })
    });
    group.bench_function("sdk", |b| {
        b.to_async(&rt)
            .iter(|| async { sdk.get_run().run_id(1).send().await.expect("get_run") })
    });
    group.finish();

    let mut group = c.benchmark_group("audit_10k");
    group.throughput(Throughput::Elements(10_000));
    group.sample_size(20);
    group.bench_function("decode", |b| {
        b.iter(|| serde_json::from_str::<Vec<AuditEntry>>(audit_body).expect("decode"))
    });
    let sdk_audit = agent_apis::autonomi::Client::builder()
        .base_url(format!("http://{audit_addr}"))
        .build()
        .expect("client");
    group.bench_function("sdk_call", |b| {
        b.to_async(&rt).iter(|| async {
            sdk_audit
                .query_audit()
                .limit(10_000)
                .send()
                .await
                .expect("query_audit")
        })
    });
    group.finish();
}

/// Alternates bare and SDK calls and prints both medians and their ratio.
fn interleaved_report() {
    const PAIRS: usize = 20_000;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let addr = serve(RUN);
    let sdk = agent_apis::autonomi::Client::builder()
        .base_url(format!("http://{addr}"))
        .build()
        .expect("client");
    let bare = reqwest::Client::new();
    let url = format!("http://{addr}/api/v2/runs/1");
    let (mut bare_times, mut sdk_times) = (Vec::with_capacity(PAIRS), Vec::with_capacity(PAIRS));
    rt.block_on(async {
        for i in 0..PAIRS + 1_000 {
            let t0 = Instant::now();
            let bytes = bare
                .get(&url)
                .send()
                .await
                .expect("send")
                .bytes()
                .await
                .expect("body");
            std::hint::black_box(serde_json::from_slice::<Run>(&bytes).expect("decode"));
            let t1 = Instant::now();
            std::hint::black_box(sdk.get_run().run_id(1).send().await.expect("get_run"));
            let t2 = Instant::now();
            if i >= 1_000 {
                bare_times.push(t1 - t0);
                sdk_times.push(t2 - t1);
            }
        }
    });
    bare_times.sort();
    sdk_times.sort();
    let (b, s) = (bare_times[PAIRS / 2], sdk_times[PAIRS / 2]);
    println!(
        "get_run interleaved ({PAIRS} pairs): bare reqwest median {b:?}, SDK median {s:?}, SDK adds {:?} ({:+.1}%)",
        s.saturating_sub(b),
        (s.as_secs_f64() / b.as_secs_f64() - 1.0) * 100.0
    );
}

fn main() {
    interleaved_report();
    let mut criterion = Criterion::default().configure_from_args();
    benches(&mut criterion);
    criterion.final_summary();
}
