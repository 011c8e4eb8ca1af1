//! `cargo xtask gen [--check]`: regenerates everything checked in that derives from the specs.
//!
//! For every `openapi/<service>.yaml` it first validates the spec (OpenAPI 3.0.x, an
//! `operationId`, a description and `x-seed-method` on every operation, a description on every
//! schema, one 2xx response and no declared errors, and every operation id that
//! `../shared/reference/<service>.md` requires), reporting all problems at once. Then it writes:
//! - `generated/<service>.rs`: the formatted client exactly as `build.rs` compiles it, so that a
//!   spec change shows up as a reviewable code diff;
//! - `docs/operations.md`: per service, each operation as a seed call, its Rust call (required
//!   setters, what `send()` returns, `.stream()`) and HTTP route, followed by
//!   `docs/seed-map/<service>.md` (the helpers and aliases).
//!
//! With `--check` nothing is written: it exits non-zero and names each stale file.
//!
//! `cargo xtask msrv` checks that every locked package fits the crate's `rust-version`.
//!
//! `cargo xtask bench-report` prints the SDK-against-bare-reqwest table (`xtask/src/bench.rs`).
//!
//! `cargo xtask build-cost` times clean consumer builds of this crate, async-openai and the
//! bare HTTP floor (`xtask/src/build_cost.rs`).

mod bench;
mod build_cost;
#[path = "../../build/codegen.rs"]
mod codegen;
#[path = "../../build/fluent.rs"]
mod fluent;
mod msrv;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.iter().any(|a| a == "--check");
    match args.first().map(String::as_str) {
        Some("gen") => match gen(check) {
            Ok(()) => ExitCode::SUCCESS,
            Err(problems) => {
                eprintln!("xtask gen failed:");
                for p in problems {
                    eprintln!("  - {p}");
                }
                ExitCode::FAILURE
            }
        },
        Some("msrv") => match msrv::check() {
            Ok(summary) => {
                println!("{summary}");
                ExitCode::SUCCESS
            }
            Err(problems) => {
                eprintln!("xtask msrv failed:");
                for p in problems {
                    eprintln!("  - {p}");
                }
                ExitCode::FAILURE
            }
        },
        Some("build-cost") => match build_cost::report(&root()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(problem) => {
                eprintln!("xtask build-cost failed: {problem}");
                ExitCode::FAILURE
            }
        },
        Some("bench-report") => match bench::report(&root()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(problem) => {
                eprintln!("xtask bench-report failed: {problem}");
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!(
                "usage: cargo xtask gen [--check] | cargo xtask msrv | cargo xtask bench-report \
                 | cargo xtask build-cost"
            );
            ExitCode::from(2)
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// The operation ids `../shared/reference/<service>.md` requires, or `None` when the shared
/// reference is not beside this checkout.
fn required_ids(root: &Path, service: &str) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(
        root.join("../shared/reference")
            .join(format!("{service}.md")),
    )
    .ok()?;
    let mut ids = Vec::new();
    let mut in_required = false;
    let mut resource_table = false;
    for line in text.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            in_required = heading.starts_with("Required operations");
            continue;
        }
        if !in_required || !line.starts_with('|') {
            continue;
        }
        let first = line
            .trim_start_matches('|')
            .split('|')
            .next()
            .unwrap_or("")
            .trim();
        if !first.starts_with('`') {
            // A header row: "X" heads a table of resources, each meaning five operations.
            if !first.starts_with('-') {
                resource_table = first == "X";
            }
            continue;
        }
        let id = first.trim_matches('`').to_string();
        if resource_table {
            let plural = match id.strip_suffix('y') {
                Some(stem) => format!("{stem}ies"),
                None => format!("{id}s"),
            };
            ids.push(format!("list_{plural}"));
            for verb in ["get", "create", "update", "delete"] {
                ids.push(format!("{verb}_{id}"));
            }
        } else {
            ids.push(id);
        }
    }
    Some(ids)
}

fn operations_doc(root: &Path, specs: &[(&codegen::ServiceSpec, openapiv3::OpenAPI)]) -> String {
    let mut doc = String::from(
        "# Operations\n\nGenerated by `cargo xtask gen` from `openapi/*.yaml` and `docs/seed-map/*.md`; do not edit.\n\n\
         Every operation is a method named after its operationId on the service's client, returning a \
         request builder: set parameters and body fields (plain values), then \
         `.send().await?` for the payload (envelopes unwrapped) or `.send_with_response().await?` \
         for the payload with status, headers and request id. Lists that page also have \
         `.stream()`. The Rust call column shows the required setters; the seed column names \
         the official SDK call it implements. Each service's seed map, after its table, lists the \
         helpers and aliases that implement the remaining seed calls.\n",
    );
    for (service, spec) in specs {
        let client = service.client.trim_start_matches("crate::");
        doc.push_str(&format!(
            "\n## {} — `agent_apis::{client}`\n\n",
            spec.info.title
        ));
        doc.push_str(
            "| seed call | Rust call | `send()` returns | HTTP |\n| --- | --- | --- | --- |\n",
        );
        for row in codegen::operations(spec) {
            let id = row.id.unwrap_or_default();
            let (call, returns) = match codegen::rust_call(spec, &id) {
                Some(c) if service.hand_written.contains(&id.as_str()) => (
                    format!("`{}.send()` (hand-written)", c.call),
                    "see the seed map".to_string(),
                ),
                Some(c) => (
                    format!(
                        "`{}.send()`{}",
                        c.call,
                        if c.stream { ", `.stream()`" } else { "" }
                    ),
                    format!("`{}`", c.returns),
                ),
                None => (format!("`{id}()`"), String::new()),
            };
            let returns = match service
                .payload_hooks
                .iter()
                .find(|(hooked, _, _)| *hooked == id)
            {
                Some((_, _, out)) => format!(
                    "`{}`",
                    out.trim_start_matches("crate::").replace("types::", "")
                ),
                None => returns,
            };
            let seed = if row.seed.trim().is_empty() || row.seed.trim() == "-" {
                "—".to_string()
            } else {
                format!("`{}`", row.seed.replace('|', "\\|"))
            };
            doc.push_str(&format!(
                "| {seed} | {call} | {returns} | {} `{}` |\n",
                row.method, row.path
            ));
        }
        if let Ok(map) = std::fs::read_to_string(
            root.join("docs/seed-map")
                .join(format!("{}.md", service.name)),
        ) {
            doc.push('\n');
            doc.push_str(map.trim_end());
            doc.push('\n');
        }
    }
    doc
}

fn gen(check: bool) -> Result<(), Vec<String>> {
    let root = root();
    let mut problems = Vec::new();
    let mut specs = Vec::new();
    for service in codegen::SERVICES {
        if !root.join(codegen::spec_path(service.name)).exists() {
            continue;
        }
        let spec = match codegen::load(&root, service.name) {
            Ok(spec) => spec,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        let required = required_ids(&root, service.name).unwrap_or_else(|| {
            eprintln!(
                "note: ../shared/reference/{}.md not found; required operation ids not checked",
                service.name
            );
            Vec::new()
        });
        problems.extend(codegen::validate(service.name, &spec, &required));
        specs.push((service, spec));
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let mut outputs: Vec<(PathBuf, String)> = Vec::new();
    for (service, spec) in &specs {
        match codegen::generate(service, spec) {
            Ok(source) => outputs.push((
                root.join("generated").join(format!("{}.rs", service.name)),
                source,
            )),
            Err(e) => problems.push(e),
        }
    }
    outputs.push((
        root.join("docs/operations.md"),
        operations_doc(&root, &specs),
    ));
    if !problems.is_empty() {
        return Err(problems);
    }

    let mut stale = Vec::new();
    for (path, content) in &outputs {
        let current = std::fs::read_to_string(path).ok();
        if current.as_deref() == Some(content.as_str()) {
            continue;
        }
        let shown = path
            .strip_prefix(&root)
            .unwrap_or(path)
            .display()
            .to_string();
        if check {
            stale.push(format!(
                "{shown} is stale: run `cargo xtask gen` and commit the result"
            ));
        } else {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)
                    .map_err(|e| vec![format!("cannot create {}: {e}", dir.display())])?;
            }
            std::fs::write(path, content)
                .map_err(|e| vec![format!("cannot write {shown}: {e}")])?;
            println!("wrote {shown}");
        }
    }
    if stale.is_empty() {
        if check {
            println!("xtask gen --check: {} files up to date", outputs.len());
        }
        Ok(())
    } else {
        Err(stale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BROKEN: &str = r#"
openapi: 3.0.3
info: {title: broken, version: "1"}
paths:
  /things:
    get:
      operationId: list_things
      x-seed-method: "-"
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: string}}
  /things/{id}:
    post:
      operationId: make_thing
      x-seed-method: "-"
      description: makes a thing
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: one shape
          content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}
        "204":
          description: nothing
"#;

    #[test]
    fn a_spec_progenitor_cannot_handle_is_reported_by_file_and_operation() {
        let spec: openapiv3::OpenAPI = serde_yaml::from_str(BROKEN).unwrap();
        let service = &codegen::SERVICES[0];
        // validate() names the problem before generation is even tried ...
        let problems =
            codegen::validate(service.name, &spec, &["list_things".into(), "gone".into()]);
        assert!(
            problems
                .iter()
                .any(|p| p.contains("`make_thing` declares 2 success responses")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.contains("required operation `gone`")),
            "{problems:?}"
        );
        // ... and generation itself turns progenitor's panic into one paragraph.
        let err = codegen::generate(service, &spec).unwrap_err();
        assert!(err.starts_with("openapi/autonomi.yaml: progenitor cannot generate operation `make_thing` (POST /things/{id})"), "{err}");
        assert!(!err.contains("stack backtrace"), "{err}");
    }

    /// The struct-builder module (`types::builder`) of generated code.
    fn struct_builders(code: &str) -> &str {
        let start = code.find("    pub mod builder {").expect("types::builder");
        let end = code[start..]
            .find("    pub mod error {")
            .expect("types::error");
        &code[start..start + end]
    }

    #[test]
    fn only_the_types_a_request_carries_keep_a_struct_builder() {
        let root = root();
        let service = |name| codegen::SERVICES.iter().find(|s| s.name == name).unwrap();
        let clink =
            codegen::generate(service("clink"), &codegen::load(&root, "clink").unwrap()).unwrap();
        let builders = struct_builders(&clink);
        // A body (`add_checkpoints`), a type only inside a body's field (its checkpoints), and
        // a type nested in a field of a body (`FeedbackContext` of `submit_feedback`) keep one ...
        for kept in ["AddCheckpointRequest", "CheckpointInput", "FeedbackContext"] {
            assert!(
                builders.contains(&format!("pub struct {kept} {{")),
                "{kept}"
            );
            assert!(
                clink.contains(&format!("pub fn builder() -> builder::{kept} {{")),
                "{kept}"
            );
        }
        // ... an answer's types do not.
        for dropped in ["GroupEnvelope", "Group", "Checkpoint"] {
            assert!(
                !builders.contains(&format!("pub struct {dropped} {{")),
                "{dropped}"
            );
            assert!(
                !clink.contains(&format!("pub fn builder() -> builder::{dropped} {{")),
                "{dropped}"
            );
        }
    }

    #[test]
    fn every_checked_in_spec_is_valid_and_complete() {
        let root = root();
        for service in codegen::SERVICES {
            let spec = codegen::load(&root, service.name).unwrap();
            let required = required_ids(&root, service.name).unwrap_or_default();
            let problems = codegen::validate(service.name, &spec, &required);
            assert!(problems.is_empty(), "{problems:?}");
        }
    }

    #[test]
    fn resource_rows_of_the_reference_expand_into_five_operations() {
        let root = root();
        let Some(ids) = required_ids(&root, "mosaia") else {
            return;
        };
        for id in [
            "list_access_policies",
            "get_access_policy",
            "delete_app_bot",
            "list_users",
            "oauth_token",
        ] {
            assert!(ids.contains(&id.to_string()), "{id} missing from {ids:?}");
        }
        assert_eq!(ids.len(), 74);
    }
}
