//! `cargo xtask msrv`: fails when a package in `Cargo.lock` needs a newer Rust than the crate's
//! declared `rust-version`.
//!
//! This machine (and CI's) has one toolchain, so the MSRV cannot be proven by building with it.
//! What keeps it honest instead: the workspace's MSRV-aware resolver (`resolver = "3"`) makes
//! `cargo update` pick only dependencies whose `rust-version` fits, and this check fails CI if a
//! locked package says otherwise (a hand-edited lock, a dependency without fallback).

use std::process::Command;

/// `1.88` / `1.88.0` as comparable numbers (missing parts are 0).
fn parse(version: &str) -> [u64; 3] {
    let mut out = [0; 3];
    for (slot, part) in out.iter_mut().zip(version.split('.')) {
        *slot = part.parse().unwrap_or(0);
    }
    out
}

/// Runs the check; `Err` lists every locked package newer than the crate's `rust-version`.
pub fn check() -> Result<String, Vec<String>> {
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["metadata", "--format-version", "1", "--locked"])
        .output()
        .map_err(|e| vec![format!("cannot run cargo metadata: {e}")])?;
    if !output.status.success() {
        return Err(vec![format!(
            "cargo metadata --locked failed: {}",
            String::from_utf8_lossy(&output.stderr)
        )]);
    }
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| vec![format!("cargo metadata is not JSON: {e}")])?;
    let packages = metadata["packages"].as_array().cloned().unwrap_or_default();
    let root_id = metadata["resolve"]["root"].as_str().unwrap_or_default();
    let ours = packages
        .iter()
        .find(|p| p["id"].as_str() == Some(root_id))
        .or_else(|| {
            packages
                .iter()
                .find(|p| p["source"].is_null() && p["name"] != "xtask")
        })
        .ok_or_else(|| vec!["the crate itself is not in cargo metadata".to_string()])?;
    let declared = ours["rust_version"]
        .as_str()
        .ok_or_else(|| vec![format!("{} declares no rust-version", ours["name"])])?;
    let mut problems = Vec::new();
    for p in &packages {
        if let Some(needs) = p["rust_version"].as_str() {
            if parse(needs) > parse(declared) {
                problems.push(format!(
                    "{} {} needs Rust {needs}, newer than the declared rust-version {declared} \
                     (run `cargo update -p {}` with the MSRV-aware resolver, or raise rust-version)",
                    p["name"].as_str().unwrap_or("?"),
                    p["version"].as_str().unwrap_or("?"),
                    p["name"].as_str().unwrap_or("?"),
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(format!(
            "xtask msrv: every one of {} locked packages fits rust-version {declared}",
            packages.len()
        ))
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn versions_compare_as_numbers() {
        assert!(parse("1.89.0") > parse("1.88"));
        assert!(parse("1.100") > parse("1.99.9"));
        assert_eq!(parse("1.88"), parse("1.88.0"));
    }
}
