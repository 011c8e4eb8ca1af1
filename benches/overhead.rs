//! The SDK against bare reqwest + serde, call by call, for the cases of issue 11: each case is
//! one SDK call and the same exchange written with bare reqwest (same headers, same types),
//! against a loopback server that answers a canned body.
//!
//! Two ways to run it:
//! - `cargo bench --bench overhead`: interleaved A/B rounds in one process (one bare call, one
//!   SDK call, back to back), the median of each and their ratio; then 64 tasks through one
//!   cloned client against 64 tasks through one bare client, calls per second and connections
//!   opened; then decoding a 10,000-entry audit list against a plain struct with `String`
//!   timestamps.
//! - `OVERHEAD_ONLY=per_call|concurrency|audit|memory` runs one part; `OVERHEAD_BARE_TIMEOUT=1`
//!   gives the bare requests the per-request timeout every SDK request carries (to see what it
//!   costs). For the concurrency part: `OVERHEAD_SIDE=bare|sdk` runs only that side (for
//!   `strace -c -f`, `perf`); the side that goes first alternates between rounds, and
//!   `OVERHEAD_ORDER=sdk_first|bare_first` fixes it; `OVERHEAD_ROUNDS=<n>` sets the rounds
//!   (201: one round's ratio ranges from about 0.7 to 1.3 on a shared machine, and with 61 the
//!   two medians still moved by several percent from run to run); `OVERHEAD_BARE_CLIENT=sdk`
//!   builds the bare client with the SDK's reqwest settings (redirect policy, connect timeout),
//!   and `OVERHEAD_LARGE_SIZES=1` prints the sizes of the allocations above 1 KiB a call makes.
//!   Besides calls per second and connections (in all, and those opened once every task has made
//!   its first ten calls) it prints the CPU time per call (all threads, from `/proc/self/stat`,
//!   and the client runtime's worker threads alone, from `/proc/self/task`), the client
//!   runtime's scheduler counters per call (more of them when built with
//!   `RUSTFLAGS="--cfg tokio_unstable"`), allocations per call and the size of one call's
//!   future.
//! - The `memory` part streams the 10,000-entry audit list page by page (`query_audit()
//!   .limit(100).stream()`) from a loopback server that pages it, and reports the peak of live
//!   heap bytes during the stream (a counting global allocator) against one page decoded and the
//!   whole list decoded.
//! - `OVERHEAD_CASE=<case>/<sdk|bare> OVERHEAD_CALLS=<n> <bench binary>`: makes `n` calls of one
//!   side of one case and exits, for instruction counts under callgrind
//!   (`cargo xtask bench-report` runs it with `n` = 0 and `n` = N and prints
//!   (Ir(N) − Ir(0)) / N). The server then runs in a child process, so that only the client's
//!   instructions are counted.

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

mod support;

use agent_apis::autonomi::types::{AuditEntry, Run};
use serde::Deserialize;
use support::answer_each_request;

/// The system allocator, counting allocations and live bytes while [`COUNTING`] is on (one
/// relaxed load per allocation otherwise, the same for both sides).
struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);
/// Allocations larger than glibc's per-thread cache serves (1032 bytes): each takes an arena
/// lock, and its free another (from whichever worker thread frees it).
static LARGE: AtomicU64 = AtomicU64::new(0);
/// The distinct sizes of those (the first eight seen), for `OVERHEAD_LARGE_SIZES=1`.
static LARGE_SIZES: [AtomicUsize; 8] = [const { AtomicUsize::new(0) }; 8];
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to `System` unchanged; only counters are updated.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if COUNTING.load(Ordering::Relaxed) && !p.is_null() {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
            if layout.size() > 1032 {
                LARGE.fetch_add(1, Ordering::Relaxed);
                // Noted in the first free slot unless already there.
                let _ = LARGE_SIZES.iter().any(|slot| {
                    let seen = slot.load(Ordering::Relaxed);
                    seen == layout.size()
                        || (seen == 0
                            && slot
                                .compare_exchange(
                                    0,
                                    layout.size(),
                                    Ordering::Relaxed,
                                    Ordering::Relaxed,
                                )
                                .is_ok())
                });
            }
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        if COUNTING.load(Ordering::Relaxed) {
            // Saturating: blocks allocated before counting started may be freed while it runs.
            let _ = LIVE.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |l| {
                Some(l.saturating_sub(layout.size()))
            });
        }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if COUNTING.load(Ordering::Relaxed) && !p.is_null() {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
            if new_size > 1032 {
                LARGE.fetch_add(1, Ordering::Relaxed);
            }
            let live = if new_size >= layout.size() {
                LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                    - layout.size()
            } else {
                let shrink = layout.size() - new_size;
                let _ = LIVE.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |l| {
                    Some(l.saturating_sub(shrink))
                });
                0
            };
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Starts counting from zero: no allocations, no live bytes, no peak.
fn count_from_zero() {
    ALLOCATIONS.store(0, Ordering::Relaxed);
    LARGE.store(0, Ordering::Relaxed);
    LIVE.store(0, Ordering::Relaxed);
    PEAK.store(0, Ordering::Relaxed);
    COUNTING.store(true, Ordering::SeqCst);
}

/// Stops counting; answers (allocations, live bytes, peak live bytes) since [`count_from_zero`].
fn stop_counting() -> (u64, usize, usize) {
    COUNTING.store(false, Ordering::SeqCst);
    (
        ALLOCATIONS.load(Ordering::Relaxed),
        LIVE.load(Ordering::Relaxed),
        PEAK.load(Ordering::Relaxed),
    )
}

const RUN_ID: i64 = 1;
const GROUP_ID: &str = "0b0e5b8e-0000-4000-8000-000000000001";
const CLINK_KEY: &str = "sk_live_u_bench_key_0000000000000000";
const CLINK_SESSION: &str = "bench-session";
const MOSAIA_KEY: &str = "mk-bench-key-000000000000";

/// A run of about 3 KB, as Loki Mode answers `GET /api/v2/runs/{id}`.
fn run_body() -> String {
    let events: Vec<String> = (0..18)
        .map(|i| {
            format!(
                r#"{{"id":{i},"run_id":1,"event_type":"phase","phase":"reason","details":{{"n":{i},"note":"iteration {i} of the plan"}},"timestamp":"2026-11-22T13:27:30"}}"#
            )
        })
        .collect();
    format!(
        r#"{{"id":1,"session_id":null,"project_id":1,"status":"running","trigger":"manual","config":{{"max_iterations":10}},"result_summary":null,"parent_run_id":null,"started_at":"2026-11-22T13:27:29","ended_at":null,"created_at":"2026-11-22T13:27:29","events":[{}]}}"#,
        events.join(",")
    )
}

/// A Clink group envelope of about 300 bytes.
fn group_body() -> String {
    format!(
        r#"{{"success":true,"data":{{"group_id":"{GROUP_ID}","name":"Ops team","slug":"ops-team","description":"Operations","owner_id":"u-1","created_at":"2026-11-22T13:27:29Z","updated_at":"2026-11-22T13:27:29Z","member_count":4}}}}"#
    )
}

/// A Mosaia agent list of `n` agents (about 770 bytes each), optionally with `"error": null`.
fn agents_body(n: usize, error_null: bool) -> String {
    let agents: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"id":"agent-{i}","name":"Assistant {i}","short_description":"A helpful assistant number {i}","description":"Answers questions about the product catalogue, orders and returns; escalates to a human when unsure.","model":"model-{i}","temperature":0.7,"max_tokens":1024,"system_prompt":"You are a helpful assistant. Keep answers short and cite the catalogue.","tags":["support","catalogue","orders"],"public":false,"active":true,"external_id":"ext-{i}","org":"org-1","user":"user-1","created_at":"2026-11-22T13:27:29Z","updated_at":"2026-11-22T13:27:29Z","record_history":{{"created_at":"2026-11-22T13:27:29Z","created_by":"user-1","updated_at":"2026-11-22T13:27:29Z","updated_by":"user-1"}}}}"#
            )
        })
        .collect();
    let error = if error_null { r#","error":null"# } else { "" };
    format!(
        r#"{{"data":[{}],"paging":{{"offset":0,"limit":{n},"total":{n}}}{error}}}"#,
        agents.join(",")
    )
}

fn audit_body(n: usize) -> String {
    let entries: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"timestamp":"2026-11-22T13:27:29.406931+00:00","action":"rotate","resource_type":"api_key","resource_id":"key-{i}","user_id":null,"token_id":null,"ip_address":"127.0.0.1","user_agent":"curl/7.88.1","success":true,"error":null,"details":{{"new_key_id":"048fcd6289bd"}},"_integrity_hash":"{i:064x}"}}"#
            )
        })
        .collect();
    format!("[{}]", entries.join(","))
}

/// The audit entry as a plain struct: the same fields, `String` timestamps, no open enums.
#[derive(Deserialize)]
#[allow(dead_code)]
struct PlainAuditEntry {
    timestamp: String,
    action: String,
    resource_type: Option<String>,
    resource_id: Option<String>,
    user_id: Option<String>,
    token_id: Option<String>,
    ip_address: Option<String>,
    user_agent: Option<String>,
    success: Option<bool>,
    error: Option<String>,
    details: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(rename = "_integrity_hash")]
    integrity_hash: Option<String>,
}

/// Every case: its name and the body the server answers.
fn cases() -> Vec<(&'static str, String)> {
    vec![
        ("autonomi_get_run", run_body()),
        ("clink_get_group", group_body()),
        ("mosaia_list_20", agents_body(20, false)),
        ("mosaia_list_1000", agents_body(1000, false)),
        ("mosaia_list_1000_error_null", agents_body(1000, true)),
    ]
}

/// Serves `body` as JSON to every request, HTTP/1.1 keep-alive, counting accepted connections.
async fn serve_on(listener: tokio::net::TcpListener, body: String, accepted: Arc<AtomicUsize>) {
    let head = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    );
    let response: &'static [u8] = Box::leak([head.as_bytes(), body.as_bytes()].concat().into());
    while let Ok((socket, _)) = listener.accept().await {
        accepted.fetch_add(1, Ordering::Relaxed);
        let _ = socket.set_nodelay(true);
        tokio::spawn(answer_each_request(socket, move |_| response.into()));
    }
}

/// A server on its own thread and runtime (so that it never competes for the client's
/// executor); answers its address and its connection counter.
fn serve(body: String) -> (SocketAddr, Arc<AtomicUsize>) {
    let accepted = Arc::new(AtomicUsize::new(0));
    let counter = accepted.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("server runtime");
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            tx.send(listener.local_addr().expect("addr")).expect("addr");
            serve_on(listener, body, counter).await;
        });
    });
    (rx.recv().expect("server address"), accepted)
}

/// The bare side's HTTP client: reqwest's defaults, or with `OVERHEAD_BARE_CLIENT=sdk` the
/// settings the SDK builds its client with (a same-origin redirect policy, a connect timeout),
/// to see what those settings alone cost.
fn bare_client() -> reqwest::Client {
    if std::env::var("OVERHEAD_BARE_CLIENT").is_ok_and(|v| v == "sdk") {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::custom(|attempt| {
                if attempt.previous().len() > 10 {
                    attempt.error("too many redirects")
                } else {
                    attempt.follow()
                }
            }))
            .connect_timeout(Duration::from_secs(10))
            .build()
            .expect("bare client")
    } else {
        reqwest::Client::new()
    }
}

/// CPU time this process has used (all threads, user + system), from `/proc/self/stat`; zero
/// where that file does not exist.
fn process_cpu() -> Duration {
    std::fs::read_to_string("/proc/self/stat").map_or(Duration::ZERO, |stat| cpu_of(&stat))
}

/// User + system CPU time in a `/proc/.../stat` line: fields 14 and 15, in clock ticks (100 per
/// second on Linux).
fn cpu_of(stat: &str) -> Duration {
    // Fields after the command name (which may hold spaces) start at state, field 3.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let ticks: u64 = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|v| v.parse::<u64>().ok())
        .sum();
    Duration::from_millis(ticks * 10)
}

/// CPU time the client runtime's worker threads (named [`CLIENT_THREAD`]) have used, user +
/// system, from `/proc/self/task/*/stat`; zero where those files do not exist.
fn client_cpu() -> Duration {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return Duration::ZERO;
    };
    let name = format!("({CLIENT_THREAD})");
    tasks
        .flatten()
        .filter_map(|t| std::fs::read_to_string(t.path().join("stat")).ok())
        .filter(|stat| stat.contains(&name))
        .map(|stat| cpu_of(&stat))
        .sum()
}

/// The name of the client runtime's worker threads (the server's have tokio's default name).
const CLIENT_THREAD: &str = "bench-client";

/// The two sides of every per-call case, built against one server address.
struct Clients {
    autonomi: agent_apis::autonomi::Client,
    clink: agent_apis::clink::Client,
    mosaia: agent_apis::mosaia::Client,
    bare: reqwest::Client,
    /// Whether bare requests carry a per-request timeout, as every SDK request does.
    bare_timeout: bool,
    base: String,
}

impl Clients {
    fn new(addr: SocketAddr) -> Self {
        let base = format!("http://{addr}");
        Self {
            autonomi: agent_apis::autonomi::Client::builder()
                .base_url(&base)
                .build()
                .expect("autonomi"),
            clink: agent_apis::clink::Client::builder()
                .base_url(&base)
                .api_key(CLINK_KEY)
                .session_id(CLINK_SESSION)
                .build()
                .expect("clink"),
            mosaia: agent_apis::mosaia::Client::builder()
                .api_url(&base)
                .api_key(MOSAIA_KEY)
                .build()
                .expect("mosaia"),
            bare: bare_client(),
            bare_timeout: std::env::var_os("OVERHEAD_BARE_TIMEOUT").is_some(),
            base,
        }
    }

    /// One call of `case` through the SDK; answers how many items arrived (so that nothing is
    /// optimised away).
    async fn sdk(&self, case: &str) -> usize {
        match case {
            "autonomi_get_run" => {
                let run = self
                    .autonomi
                    .get_run()
                    .run_id(RUN_ID)
                    .send()
                    .await
                    .expect("sdk");
                run.events.len()
            }
            "clink_get_group" => {
                let group = self
                    .clink
                    .get_group()
                    .group_id(GROUP_ID)
                    .send()
                    .await
                    .expect("sdk");
                group.name.len()
            }
            _ => self.mosaia.list_agents().send().await.expect("sdk").len(),
        }
    }

    /// The same exchange with bare reqwest + serde: the SDK's headers (its `user-agent` included),
    /// its types, its checks.
    async fn bare(&self, case: &str) -> usize {
        match case {
            "autonomi_get_run" => {
                let url = format!("{}/api/v2/runs/{RUN_ID}", self.base);
                let resp = self
                    .bare
                    .get(url)
                    .header("accept", "application/json")
                    .header("user-agent", agent_apis::USER_AGENT)
                    .send()
                    .await
                    .expect("bare");
                let run: Run =
                    serde_json::from_slice(&resp.bytes().await.expect("body")).expect("decode");
                run.events.len()
            }
            "clink_get_group" => {
                let url = format!("{}/groups/{GROUP_ID}", self.base);
                let mut request = self
                    .bare
                    .get(url)
                    .header("accept", "application/json")
                    .header("user-agent", agent_apis::USER_AGENT)
                    .bearer_auth(CLINK_KEY)
                    .header("x-clink-session-id", CLINK_SESSION);
                if self.bare_timeout {
                    // What the SDK's per-request timeout alone costs (see `concurrency`).
                    request = request.timeout(Duration::from_secs(600));
                }
                let resp = request.send().await.expect("bare");
                let envelope: agent_apis::clink::types::GroupEnvelope =
                    serde_json::from_slice(&resp.bytes().await.expect("body")).expect("decode");
                assert!(envelope.success);
                envelope.data.expect("data").name.len()
            }
            _ => {
                let url = format!("{}/agent", self.base);
                let resp = self
                    .bare
                    .get(url)
                    .header("accept", "application/json")
                    .header("user-agent", agent_apis::USER_AGENT)
                    .bearer_auth(MOSAIA_KEY)
                    .send()
                    .await
                    .expect("bare");
                let list: agent_apis::mosaia::types::AgentListEnvelope =
                    serde_json::from_slice(&resp.bytes().await.expect("body")).expect("decode");
                list.data.len()
            }
        }
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Interleaved A/B: `pairs` rounds of one bare call and one SDK call.
fn per_call(rt: &tokio::runtime::Runtime) {
    println!("| case | bare reqwest median | SDK median | SDK / bare |");
    println!("| --- | --- | --- | --- |");
    for (case, body) in cases() {
        let (addr, _) = serve(body);
        let clients = Clients::new(addr);
        let pairs = if case.contains("1000") { 400 } else { 4000 };
        let (bare, sdk) = rt.block_on(async {
            // Warm both connection pools.
            for _ in 0..20 {
                clients.bare(case).await;
                clients.sdk(case).await;
            }
            let mut bare = Vec::with_capacity(pairs);
            let mut sdk = Vec::with_capacity(pairs);
            for _ in 0..pairs {
                let t = Instant::now();
                std::hint::black_box(clients.bare(case).await);
                bare.push(t.elapsed());
                let t = Instant::now();
                std::hint::black_box(clients.sdk(case).await);
                sdk.push(t.elapsed());
            }
            (median(bare), median(sdk))
        });
        println!(
            "| {case} | {bare:?} | {sdk:?} | {:.3} |",
            sdk.as_secs_f64() / bare.as_secs_f64()
        );
    }
}

/// The client runtime's scheduler counters, summed over its workers: what each side makes the
/// runtime do (its workers' parks and busy time; with `--cfg tokio_unstable`, polls, steals,
/// wake-ups that found nothing to do, tasks scheduled from inside and outside the runtime).
#[derive(Clone, Copy, Default)]
struct Sched([f64; SCHED_COUNTERS]);

const SCHED_COUNTERS: usize = 11;
const SCHED_NAMES: [&str; SCHED_COUNTERS] = [
    "parks",
    "parks + unparks",
    "busy µs",
    "polls",
    "steals (tasks)",
    "steal operations",
    "noop wake-ups",
    "local schedules",
    "remote schedules",
    "spawned tasks",
    "I/O events",
];

impl Sched {
    fn now(rt: &tokio::runtime::Runtime) -> Self {
        let m = rt.metrics();
        let mut c = [0.0; SCHED_COUNTERS];
        for w in 0..m.num_workers() {
            c[0] += m.worker_park_count(w) as f64;
            c[1] += m.worker_park_unpark_count(w) as f64;
            c[2] += m.worker_total_busy_duration(w).as_secs_f64() * 1e6;
            #[cfg(tokio_unstable)]
            {
                c[3] += m.worker_poll_count(w) as f64;
                c[4] += m.worker_steal_count(w) as f64;
                c[5] += m.worker_steal_operations(w) as f64;
                c[6] += m.worker_noop_count(w) as f64;
                c[7] += m.worker_local_schedule_count(w) as f64;
            }
        }
        #[cfg(tokio_unstable)]
        {
            c[8] = m.remote_schedule_count() as f64;
            c[9] = m.spawned_tasks_count() as f64;
            c[10] = m.io_driver_ready_count() as f64;
        }
        Self(c)
    }

    /// Adds what happened between `before` and now.
    fn add_since(&mut self, before: Self, rt: &tokio::runtime::Runtime) {
        let now = Self::now(rt);
        for (sum, (n, b)) in self.0.iter_mut().zip(now.0.iter().zip(before.0)) {
            *sum += n - b;
        }
    }
}

/// 64 tasks through one cloned client: calls per second and connections opened, bare reqwest
/// and the SDK alternating for `rounds` rounds.
fn concurrency(rt: &tokio::runtime::Runtime) {
    const TASKS: usize = 64;
    const CALLS: usize = 100;
    /// The calls after which a task counts as started (see `warmed`).
    const WARM: usize = 10;
    let case = "clink_get_group";
    let rounds: usize = std::env::var("OVERHEAD_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(201);
    let mut rates = (Vec::new(), Vec::new());
    let mut connections = (0, 0);
    let mut cpu = (Duration::ZERO, Duration::ZERO);
    let mut client = (Duration::ZERO, Duration::ZERO);
    let mut sched = (Sched::default(), Sched::default());
    let mut steady = (0, 0);
    let only = std::env::var("OVERHEAD_SIDE").ok();
    let fixed_order = std::env::var("OVERHEAD_ORDER").ok();
    // One server for every round: a server per round would start two more threads (and their
    // allocator arenas) each time, which then idle in the process until it ends.
    let (addr, accepted) = serve(group_body());
    for round in 0..rounds {
        // Which side goes first alternates between rounds (bare first, then the SDK first,
        // ...), so that whatever the second run of a pair gains or loses from the first
        // (a warm allocator, a machine that just got busier) falls on both sides alike.
        let sdk_first = match fixed_order.as_deref() {
            Some("sdk_first") => true,
            Some(_) => false,
            None => round % 2 == 1,
        };
        for sdk_side in [sdk_first, !sdk_first] {
            if only.as_deref().is_some_and(|o| (o == "sdk") != sdk_side) {
                continue;
            }
            // A new client each time: every side starts with an empty connection pool.
            let clients = Arc::new(Clients::new(addr));
            let accepted_before = accepted.load(Ordering::Relaxed);
            let cpu_before = process_cpu();
            let client_before = client_cpu();
            let sched_before = Sched::now(rt);
            // The connections open once every task has made its first `WARM` calls: what
            // opens after that is the steady state's, not the start's (64 tasks asking an empty
            // pool at once, and handing each other connections while theirs are still
            // connecting).
            let warmed = Arc::new((AtomicUsize::new(0), AtomicUsize::new(0)));
            let started = Instant::now();
            rt.block_on(async {
                let tasks: Vec<_> = (0..TASKS)
                    .map(|_| {
                        let clients = clients.clone();
                        let warmed = warmed.clone();
                        let accepted = accepted.clone();
                        tokio::spawn(async move {
                            for call in 1..=CALLS {
                                if sdk_side {
                                    clients.sdk(case).await;
                                } else {
                                    clients.bare(case).await;
                                }
                                if call == WARM
                                    && warmed.0.fetch_add(1, Ordering::AcqRel) + 1 == TASKS
                                {
                                    warmed
                                        .1
                                        .store(accepted.load(Ordering::Relaxed), Ordering::Release);
                                }
                            }
                        })
                    })
                    .collect();
                for t in tasks {
                    t.await.expect("task");
                }
            });
            let rate = (TASKS * CALLS) as f64 / started.elapsed().as_secs_f64();
            let used = process_cpu().saturating_sub(cpu_before);
            let used_by_client = client_cpu().saturating_sub(client_before);
            let accepted_now = accepted.load(Ordering::Relaxed);
            let opened = accepted_now - accepted_before;
            let opened_warm = accepted_now - warmed.1.load(Ordering::Acquire).max(accepted_before);
            if sdk_side {
                steady.1 += opened_warm;
                sched.1.add_since(sched_before, rt);
                rates.1.push(rate);
                connections.1 += opened;
                cpu.1 += used;
                client.1 += used_by_client;
            } else {
                steady.0 += opened_warm;
                sched.0.add_since(sched_before, rt);
                rates.0.push(rate);
                connections.0 += opened;
                cpu.0 += used;
                client.0 += used_by_client;
            }
        }
    }
    let med = |mut v: Vec<f64>| {
        v.sort_by(|a, b| a.total_cmp(b));
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    };
    // Each round's SDK rate against the bare rate of the same round: the machine's speed
    // drifts between rounds on a shared host, and a pair run back to back shares most of it.
    let paired: Vec<f64> = rates.0.iter().zip(&rates.1).map(|(b, s)| s / b).collect();
    let (low, high) = paired
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), r| {
            (l.min(*r), h.max(*r))
        });
    let paired_median = med(paired);
    let (bare, sdk) = (med(rates.0), med(rates.1));
    println!(
        "\n64 tasks x {CALLS} calls of {case}, {rounds} interleaved rounds: bare {bare:.0} calls/s, \
         SDK {sdk:.0} calls/s (SDK / bare {:.3}; median of the rounds' own ratios {paired_median:.3}, \
         from {low:.3} to {high:.3}); connections opened: bare {}, SDK {}",
        sdk / bare,
        connections.0,
        connections.1
    );
    println!(
        "connections opened after every task's first {WARM} calls: bare {}, SDK {}",
        steady.0, steady.1
    );
    // Allocations per call of each side, counted one call at a time (never while timing).
    let clients = Clients::new(addr);
    let per_call = |sdk_side: bool| {
        rt.block_on(async {
            for _ in 0..10 {
                clients.sdk(case).await;
                clients.bare(case).await;
            }
            for s in &LARGE_SIZES {
                s.store(0, Ordering::Relaxed);
            }
            count_from_zero();
            for _ in 0..CALLS {
                if sdk_side {
                    clients.sdk(case).await;
                } else {
                    clients.bare(case).await;
                }
            }
            let allocations = stop_counting().0 as f64 / CALLS as f64;
            if std::env::var_os("OVERHEAD_LARGE_SIZES").is_some() {
                let sizes: Vec<usize> = LARGE_SIZES
                    .iter()
                    .map(|s| s.load(Ordering::Relaxed))
                    .filter(|&s| s > 0)
                    .collect();
                println!("sizes above 1 KiB (sdk: {sdk_side}): {sizes:?}");
            }
            let large = LARGE.load(Ordering::Relaxed) as f64 / CALLS as f64;
            (allocations, large)
        })
    };
    let ((bare, bare_large), (sdk, sdk_large)) = (per_call(false), per_call(true));
    // CPU time per call (client and server, all threads): what the throughput costs, and far
    // less disturbed than wall time by other work on the machine.
    let per_call_us = |d: Duration| d.as_secs_f64() * 1e6 / (rounds * TASKS * CALLS) as f64;
    println!(
        "CPU per call under 64 tasks: bare {:.1} µs, SDK {:.1} µs (SDK / bare {:.3})",
        per_call_us(cpu.0),
        per_call_us(cpu.1),
        cpu.1.as_secs_f64() / cpu.0.as_secs_f64()
    );
    println!(
        "of which the client's worker threads: bare {:.1} µs, SDK {:.1} µs (SDK / bare {:.3})",
        per_call_us(client.0),
        per_call_us(client.1),
        client.1.as_secs_f64() / client.0.as_secs_f64()
    );
    let calls = (rounds * TASKS * CALLS) as f64;
    let shown = if cfg!(tokio_unstable) {
        SCHED_COUNTERS
    } else {
        3
    };
    let counters: Vec<String> = (0..shown)
        .map(|i| {
            format!(
                "{} {:.2} / {:.2}",
                SCHED_NAMES[i],
                sched.0 .0[i] / calls,
                sched.1 .0[i] / calls
            )
        })
        .collect();
    println!(
        "the client runtime per call, bare / SDK: {}",
        counters.join(", ")
    );
    println!(
        "allocations per call of {case}: bare {bare:.1} ({bare_large:.1} above 1 KiB), SDK \
         {sdk:.1} ({sdk_large:.1} above 1 KiB)"
    );
    // What every spawned task carries and moves: the size of one call's future.
    println!(
        "future of one call of {case}: bare {} bytes, SDK {} bytes (of which get_group {}, \
         get_run {}, list_agents {})",
        std::mem::size_of_val(&clients.bare(case)),
        std::mem::size_of_val(&clients.sdk(case)),
        std::mem::size_of_val(&clients.clink.get_group().group_id(GROUP_ID).send()),
        std::mem::size_of_val(&clients.autonomi.get_run().run_id(RUN_ID).send()),
        std::mem::size_of_val(&clients.mosaia.list_agents().send()),
    );
}

/// Decoding a 10,000-entry audit list: the SDK's `AuditEntry` against a plain struct.
fn audit_decode() {
    let body = audit_body(10_000);
    let rounds = 30;
    let (mut typed, mut plain) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let t = Instant::now();
        let v: Vec<AuditEntry> = serde_json::from_str(&body).expect("typed");
        typed.push(t.elapsed());
        std::hint::black_box(v);
        let t = Instant::now();
        let v: Vec<PlainAuditEntry> = serde_json::from_str(&body).expect("plain");
        plain.push(t.elapsed());
        std::hint::black_box(v);
    }
    let (typed, plain) = (median(typed), median(plain));
    println!(
        "\ndecode 10,000 audit entries ({} bytes), {rounds} interleaved rounds: plain struct \
         {plain:?}, SDK types {typed:?} (SDK / plain {:.3})",
        body.len(),
        typed.as_secs_f64() / plain.as_secs_f64()
    );
}

/// Entries in the audit list the `memory` part streams, and the page size it asks for.
const AUDIT_ENTRIES: usize = 10_000;
const AUDIT_PAGE: usize = 100;

/// Serves the audit list paged: `GET /api/v2/audit?limit=L&offset=O` answers entries
/// `O..O+L` of [`audit_body`]`(AUDIT_ENTRIES)`, as Autonomi does.
async fn serve_audit_pages(listener: tokio::net::TcpListener) {
    let whole = audit_body(AUDIT_ENTRIES);
    let entries: Arc<Vec<String>> = Arc::new(
        serde_json::from_str::<Vec<serde_json::Value>>(&whole)
            .expect("audit list")
            .iter()
            .map(|e| e.to_string())
            .collect(),
    );
    while let Ok((socket, _)) = listener.accept().await {
        let entries = entries.clone();
        tokio::spawn(answer_each_request(socket, move |head| {
            let target = head.split_whitespace().nth(1).unwrap_or("/");
            let query = target.split_once('?').map_or("", |(_, q)| q);
            let param = |name: &str, default: usize| {
                query
                    .split('&')
                    .find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='))
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(default)
            };
            let offset = param("offset", 0).min(entries.len());
            let end = (offset + param("limit", 1000)).min(entries.len());
            let body = format!("[{}]", entries[offset..end].join(","));
            format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                body.len()
            )
            .into_bytes()
            .into()
        }));
    }
}

/// Starts this binary as a server of `case` in a child process (so that neither its
/// instructions nor its allocations are counted); answers the child and its address.
fn child_process_server(case: &str) -> (std::process::Child, SocketAddr) {
    let mut child = std::process::Command::new(std::env::current_exe().expect("exe"))
        .env("OVERHEAD_SERVE", case)
        .env_remove("OVERHEAD_CASE")
        .env_remove("OVERHEAD_ONLY")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("server process");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("server address");
    (child, line.trim().parse().expect("address"))
}

/// Peak live heap bytes while `.stream()` walks the paged audit list, against one page and the
/// whole list decoded.
fn memory(rt: &tokio::runtime::Runtime) {
    use futures::StreamExt;
    let (mut child, addr) = child_process_server("audit_pages");
    let client = agent_apis::autonomi::Client::builder()
        .base_url(format!("http://{addr}"))
        .build()
        .expect("autonomi");
    let (streamed, peak, one_call) = rt.block_on(async {
        // One page first, so that the connection and the client's first-call setup exist.
        let first = client
            .query_audit()
            .limit(1)
            .send()
            .await
            .expect("first page");
        assert_eq!(first.len(), 1);
        // One page fetched and decoded by one `send()`, held: what "one page" costs.
        count_from_zero();
        let page = client
            .query_audit()
            .limit(AUDIT_PAGE as i64)
            .send()
            .await
            .expect("one page");
        let one_call = stop_counting().2;
        assert_eq!(page.len(), AUDIT_PAGE);
        drop(page);
        count_from_zero();
        let mut stream = std::pin::pin!(client.query_audit().limit(AUDIT_PAGE as i64).stream());
        let mut n = 0;
        while let Some(entry) = stream.next().await {
            std::hint::black_box(entry.expect("entry"));
            n += 1;
        }
        (n, stop_counting().2, one_call)
    });
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(streamed, AUDIT_ENTRIES, "the stream yields every entry");
    let decoded = |n: usize| {
        let body = audit_body(n);
        count_from_zero();
        let v: Vec<AuditEntry> = serde_json::from_str(&body).expect("decode");
        let (_, live, _) = stop_counting();
        drop(v);
        (body.len(), live)
    };
    let (page_body, page) = decoded(AUDIT_PAGE);
    let (_, whole) = decoded(AUDIT_ENTRIES);
    println!(
        "\nstream {AUDIT_ENTRIES} audit entries in pages of {AUDIT_PAGE}: peak live heap {:.1} KiB; \
         one page fetched by send() and held {:.1} KiB (decoded {:.1} KiB, its body {:.1} KiB); \
         the whole list decoded {:.1} KiB (peak / one page's send() {:.2}, peak / whole list \
         {:.3})",
        peak as f64 / 1024.0,
        one_call as f64 / 1024.0,
        page as f64 / 1024.0,
        page_body as f64 / 1024.0,
        whole as f64 / 1024.0,
        peak as f64 / one_call as f64,
        peak as f64 / whole as f64
    );
}

/// `OVERHEAD_SERVE=<case>`: serve that case's body on a fresh port, print it, run until killed.
fn child_server(case: &str) {
    if case == "audit_pages" {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("server runtime");
        rt.block_on(async {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            println!("{}", listener.local_addr().expect("addr"));
            std::io::stdout().flush().expect("flush");
            serve_audit_pages(listener).await;
        });
        return;
    }
    let body = cases()
        .into_iter()
        .find(|(c, _)| *c == case)
        .map(|(_, b)| b)
        .expect("known case");
    let (addr, _) = serve(body);
    println!("{addr}");
    std::io::stdout().flush().expect("flush");
    loop {
        std::thread::sleep(Duration::from_secs(3600));
    }
}

/// `OVERHEAD_CASE=<case>/<sdk|bare> OVERHEAD_CALLS=<n>`: `n` calls of one side, for callgrind.
fn counted_calls(spec: &str, calls: usize) {
    let (case, side) = spec
        .split_once('/')
        .expect("OVERHEAD_CASE=<case>/<sdk|bare>");
    let (mut child, addr) = child_process_server(case);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let clients = Clients::new(addr);
    rt.block_on(async {
        // One call of each side first, so that both N = 0 and N > 0 include the connection and
        // the first-call setup.
        clients.bare(case).await;
        clients.sdk(case).await;
        for _ in 0..calls {
            let n = if side == "sdk" {
                clients.sdk(case).await
            } else {
                clients.bare(case).await
            };
            std::hint::black_box(n);
        }
    });
    let _ = child.kill();
    let _ = child.wait();
}

fn main() {
    if let Ok(case) = std::env::var("OVERHEAD_SERVE") {
        return child_server(&case);
    }
    if let Ok(spec) = std::env::var("OVERHEAD_CASE") {
        let calls = std::env::var("OVERHEAD_CALLS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(1000);
        return counted_calls(&spec, calls);
    }
    // `cargo bench` passes `--bench`; `cargo test --benches` runs it too: keep that short.
    if !std::env::args().any(|a| a == "--bench") {
        println!("overhead: run with `cargo bench --bench overhead`");
        return;
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name(CLIENT_THREAD)
        .enable_all()
        .build()
        .expect("runtime");
    let only = std::env::var("OVERHEAD_ONLY").ok();
    let run = |part: &str| only.as_deref().is_none_or(|o| o == part);
    if run("per_call") {
        per_call(&rt);
    }
    if run("concurrency") {
        concurrency(&rt);
    }
    if run("audit") {
        audit_decode();
    }
    if run("memory") {
        memory(&rt);
    }
}
