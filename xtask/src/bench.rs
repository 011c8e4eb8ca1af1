//! `cargo xtask bench-report`: the table of issue 11, from `benches/overhead.rs`.
//!
//! 1. Instructions per call, SDK against bare reqwest, for each per-call case: the bench
//!    binary is run under `valgrind --tool=callgrind` making 0 and then `N` calls of one side
//!    of one case (its server in a child process callgrind does not follow), and the report
//!    prints (Ir(N) − Ir(0)) / N. Instruction counts do not depend on the machine's load.
//!    Without valgrind the report says so and skips this part.
//! 2. The timed part of the bench (interleaved medians, 64-task throughput, connections,
//!    allocations per call and the size of one call's future, the audit decode), by running
//!    the binary as `cargo bench` would.
//! 3. Memory: the peak of live heap bytes while `.stream()` walks the 10,000-entry audit list
//!    page by page, against one page and the whole list decoded (the bench's counting
//!    allocator; printed by the same run).

use std::path::{Path, PathBuf};
use std::process::Command;

const CASES: [&str; 5] = [
    "autonomi_get_run",
    "clink_get_group",
    "mosaia_list_20",
    "mosaia_list_1000",
    "mosaia_list_1000_error_null",
];

/// Builds the bench in release mode and answers the path of its binary.
fn build(root: &Path) -> Result<PathBuf, String> {
    let out = Command::new(env!("CARGO"))
        .current_dir(root)
        .args([
            "bench",
            "--bench",
            "overhead",
            "--no-run",
            "--message-format=json",
        ])
        .output()
        .map_err(|e| format!("cargo bench: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo bench --no-run failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|m| m["target"]["name"] == "overhead")
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .ok_or_else(|| "no overhead bench binary in cargo's output".to_string())
}

/// Instructions of one run of `bin` under callgrind.
fn instructions(bin: &Path, spec: &str, calls: usize) -> Result<u64, String> {
    let out_file = std::env::temp_dir().join(format!(
        "agent-apis-callgrind-{}-{calls}.out",
        spec.replace('/', "-")
    ));
    let status = Command::new("valgrind")
        .args(["--tool=callgrind", "--trace-children=no"])
        .arg(format!("--callgrind-out-file={}", out_file.display()))
        .arg(bin)
        .env("OVERHEAD_CASE", spec)
        .env("OVERHEAD_CALLS", calls.to_string())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .map_err(|e| format!("valgrind: {e}"))?;
    if !status.success() {
        return Err(format!("valgrind failed for {spec} x {calls}"));
    }
    let text = std::fs::read_to_string(&out_file).map_err(|e| e.to_string())?;
    let _ = std::fs::remove_file(&out_file);
    text.lines()
        .find_map(|l| {
            l.strip_prefix("summary: ")
                .or_else(|| l.strip_prefix("totals: "))
        })
        .and_then(|n| n.split_whitespace().next()?.parse().ok())
        .ok_or_else(|| format!("no instruction total in callgrind's output for {spec}"))
}

pub fn report(root: &Path) -> Result<(), String> {
    let bin = build(root)?;
    let calls: usize = std::env::var("BENCH_CALLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    if Command::new("valgrind").arg("--version").output().is_ok() {
        println!("Instructions per call (callgrind, (Ir({calls}) - Ir(0)) / {calls}):\n");
        println!("| case | bare reqwest + serde | SDK | SDK / bare |");
        println!("| --- | --- | --- | --- |");
        for case in CASES {
            let per_call = |side: &str| -> Result<f64, String> {
                let spec = format!("{case}/{side}");
                let n = if case.contains("1000") {
                    calls / 10
                } else {
                    calls
                }
                .max(1);
                let zero = instructions(&bin, &spec, 0)?;
                let many = instructions(&bin, &spec, n)?;
                Ok(many.saturating_sub(zero) as f64 / n as f64)
            };
            let (bare, sdk) = (per_call("bare")?, per_call("sdk")?);
            println!(
                "| {case} | {:.1}k | {:.1}k | {:.3} |",
                bare / 1000.0,
                sdk / 1000.0,
                sdk / bare
            );
        }
        println!();
    } else {
        println!(
            "valgrind is not installed (apt install valgrind): no instruction counts, timings only.\n"
        );
    }
    let status = Command::new(&bin)
        .arg("--bench")
        .status()
        .map_err(|e| format!("{}: {e}", bin.display()))?;
    if status.success() {
        Ok(())
    } else {
        Err("the timed benchmarks failed".to_string())
    }
}
