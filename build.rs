//! The clients are compiled from `openapi/<service>.yaml` by `build/codegen.rs` (progenitor plus
//! the request builders of `build/fluent.rs`).
//!
//! - With the `codegen` feature (contributors and CI), this script runs that compilation for
//!   every enabled service and writes `OUT_DIR/<service>.rs`, which the crate includes. A spec
//!   progenitor cannot handle stops the build with one paragraph naming the file and the
//!   operation.
//! - Without it (what users build), the crate includes the recorded output of the same
//!   compilation, `generated/<service>.rs`, and this script does nothing: progenitor and its
//!   build-time chain stay out of users' builds. `cargo xtask gen` records the output, and CI
//!   proves the recorded files equal what this script writes (`cargo xtask gen --check`, and the
//!   unit test `codegen_output_is_what_ships`, which runs with `--all-features`).

#[cfg(feature = "codegen")]
#[path = "build/codegen.rs"]
mod codegen;
#[cfg(feature = "codegen")]
#[path = "build/fluent.rs"]
mod fluent;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    #[cfg(feature = "codegen")]
    generate();
}

/// Compiles the spec of every enabled service into `OUT_DIR/<service>.rs`.
#[cfg(feature = "codegen")]
fn generate() {
    use std::path::PathBuf;

    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    println!("cargo:rerun-if-changed=build/codegen.rs");
    println!("cargo:rerun-if-changed=build/fluent.rs");
    let mut failures = Vec::new();
    for service in codegen::SERVICES {
        let feature = format!("CARGO_FEATURE_{}", service.name.to_uppercase());
        if std::env::var_os(&feature).is_none() {
            continue;
        }
        println!(
            "cargo:rerun-if-changed={}",
            codegen::spec_path(service.name)
        );
        let result = codegen::load(&root, service.name).and_then(|spec| {
            let problems = codegen::validate(service.name, &spec, &[]);
            if problems.is_empty() {
                codegen::generate(service, &spec)
            } else {
                Err(problems.join("\n"))
            }
        });
        match result {
            Ok(source) => {
                let path = out.join(format!("{}.rs", service.name));
                if let Err(e) = std::fs::write(&path, source) {
                    failures.push(format!("cannot write {}: {e}", path.display()));
                }
            }
            Err(message) => failures.push(message),
        }
    }
    if !failures.is_empty() {
        eprintln!("\nagent-apis: the OpenAPI specs could not be compiled:\n");
        for f in &failures {
            eprintln!("  {f}\n");
        }
        std::process::exit(1);
    }
}
