//! One call's future stays small: it lives in the caller's future (or on the stack of whoever
//! polls it), so a program awaiting many calls in one `async fn` pays for the largest. A
//! request builder's `send` once wrapped its future in three `async fn` layers that each kept
//! the future they awaited twice, and one `get_status()` future grew from 1.1 KiB to 4.3 KiB
//! (a sweep over every Autonomi operation in one `async fn` then overflowed a test thread's
//! stack). The sizes are those of this build (debug, no optimisation); the bound leaves room
//! for compiler versions, and fails on such a layering again.

use std::mem::size_of_val;

/// The largest future one call may have, in bytes.
const BOUND: usize = 3 * 1024;

#[test]
fn a_calls_future_stays_under_three_kib() {
    let autonomi = agent_apis::autonomi::Client::builder()
        .base_url("http://127.0.0.1:9")
        .build()
        .unwrap();
    let clink = agent_apis::clink::Client::builder()
        .base_url("http://127.0.0.1:9")
        .api_key("k")
        .build()
        .unwrap();
    let mosaia = agent_apis::mosaia::Client::builder()
        .base_url("http://127.0.0.1:9")
        .api_key("k")
        .build()
        .unwrap();
    let sizes = [
        (
            "autonomi get_status",
            size_of_val(&autonomi.get_status().send()),
        ),
        (
            "autonomi list_projects with response",
            size_of_val(&autonomi.list_projects().limit(5).send_with_response()),
        ),
        (
            "autonomi get_run",
            size_of_val(&autonomi.get_run().run_id("r").send()),
        ),
        (
            "clink get_group",
            size_of_val(&clink.get_group().group_id("g").send()),
        ),
        (
            "mosaia list_agents",
            size_of_val(&mosaia.list_agents().send()),
        ),
    ];
    for (call, size) in sizes {
        assert!(size <= BOUND, "{call}: {size} bytes, more than {BOUND}");
    }
}
