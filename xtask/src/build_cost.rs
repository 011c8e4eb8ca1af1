//! `cargo xtask build-cost`: what a consumer pays to build this crate, against async-openai
//! and against the floor every HTTP client shares (issue 11, point 4).
//!
//! Each case is a tiny binary crate in a fresh temporary directory with its own fresh target
//! directory, built once with `cargo build --timings` (debug, as `cargo build` does). The cases
//! run one after another in one invocation, in the order of [`CASES`]; with `ROUNDS=n` the
//! whole sequence repeats `n` times (interleaved), since the machine's load moves wall times;
//! `CASES=0,3` keeps only those cases (numbered from 0 in the order of [`CASES`]).
//! For each build the report prints the wall time, the CPU time summed over the compiled units,
//! and the time of the `agent-apis` unit itself. Dependencies come from the local cargo
//! registry cache; nothing is published or installed.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// `(name, [dependencies] lines)` of each consumer; `{sdk}` is this checkout's path.
const CASES: &[(&str, &str)] = &[
    (
        "agent-apis, default features (4 services, rustls + ring)",
        r#"agent-apis = { path = "{sdk}" }"#,
    ),
    (
        "agent-apis, 4 services, rustls + aws-lc-rs",
        r#"agent-apis = { path = "{sdk}", default-features = false, features = ["autonomi", "clink", "ailink", "mosaia", "rustls"] }"#,
    ),
    (
        "agent-apis, autonomi only (+ rustls-ring)",
        r#"agent-apis = { path = "{sdk}", default-features = false, features = ["autonomi", "rustls-ring"] }"#,
    ),
    (
        "async-openai 0.43, every API feature (`full`, default rustls)",
        r#"async-openai = { version = "=0.43.0", features = ["full"] }"#,
    ),
    (
        "floor: reqwest 0.13 (json, rustls) + serde_json",
        r#"reqwest = { version = "0.13", default-features = false, features = ["json", "rustls"] }
serde_json = "1""#,
    ),
    (
        "floor with ring: reqwest 0.13 (json, rustls-no-provider) + rustls/ring + serde_json",
        r#"reqwest = { version = "0.13", default-features = false, features = ["json", "rustls-no-provider"] }
rustls = { version = "0.23", default-features = false, features = ["ring", "std", "tls12"] }
serde_json = "1""#,
    ),
];

/// One build's figures, in seconds.
struct Figures {
    wall: f64,
    cpu: f64,
    crate_unit: Option<f64>,
}

fn build_case(root: &Path, index: usize, deps: &str) -> Result<Figures, String> {
    let dir = std::env::temp_dir().join(format!("agent-apis-build-cost-{index}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).map_err(|e| e.to_string())?;
    let manifest = format!(
        "[package]\nname = \"consumer\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\n{}\ntokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n\n\
         [workspace]\n",
        deps.replace("{sdk}", &root.display().to_string())
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("src/main.rs"), "fn main() {}\n").map_err(|e| e.to_string())?;
    let start = Instant::now();
    let out = Command::new(env!("CARGO"))
        .current_dir(&dir)
        .args(["build", "--timings", "--quiet"])
        .env_remove("CARGO_TARGET_DIR")
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .map_err(|e| format!("cargo build: {e}"))?;
    let wall = start.elapsed().as_secs_f64();
    if !out.status.success() {
        return Err(format!(
            "the consumer in {} did not build:\n{}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let html = std::fs::read_to_string(dir.join("target/cargo-timings/cargo-timing.html"))
        .map_err(|e| format!("no timing report: {e}"))?;
    let units = unit_data(&html).ok_or("no unit data in cargo's timing report")?;
    let cpu = units.iter().map(|u| u.1).sum();
    let crate_unit = units
        .iter()
        .filter(|u| u.0 == "agent-apis" && !u.2)
        .map(|u| u.1)
        .reduce(f64::max);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(Figures {
        wall,
        cpu,
        crate_unit,
    })
}

/// `(name, duration, is build script)` of every unit in cargo's `--timings` HTML report.
fn unit_data(html: &str) -> Option<Vec<(String, f64, bool)>> {
    let start = html.find("const UNIT_DATA = ")? + "const UNIT_DATA = ".len();
    let end = start + html[start..].find(";\n")?;
    let units: Vec<serde_json::Value> = serde_json::from_str(&html[start..end]).ok()?;
    Some(
        units
            .iter()
            .map(|u| {
                (
                    u["name"].as_str().unwrap_or_default().to_string(),
                    u["duration"].as_f64().unwrap_or(0.0),
                    u["target"]
                        .as_str()
                        .unwrap_or_default()
                        .contains("build-script"),
                )
            })
            .collect(),
    )
}

pub fn report(root: &Path) -> Result<(), String> {
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
        .max(1);
    println!(
        "Clean debug builds of a consumer crate (fresh target directory each), {rounds} round(s), \
         in this order:\n"
    );
    println!("| round | consumer | wall (s) | CPU, all units (s) | `agent-apis` unit (s) |");
    println!("| --- | --- | --- | --- | --- |");
    // `CASES=0,3`: only those cases.
    let only: Option<Vec<usize>> = std::env::var("CASES").ok().map(|list| {
        list.split(',')
            .filter_map(|n| n.trim().parse().ok())
            .collect()
    });
    for round in 1..=rounds {
        for (index, (name, deps)) in CASES.iter().enumerate() {
            if only.as_ref().is_some_and(|only| !only.contains(&index)) {
                continue;
            }
            let f = build_case(root, index, deps)?;
            let unit = f
                .crate_unit
                .map_or_else(|| "—".to_string(), |s| format!("{s:.1}"));
            println!(
                "| {round} | {name} | {:.1} | {:.1} | {unit} |",
                f.wall, f.cpu
            );
        }
    }
    Ok(())
}
