//! What every service module has in common: the generated client (compiled by `build.rs` into
//! `OUT_DIR` with the `codegen` feature, else its recorded copy in `generated/`) with its lint
//! allowances kept local, and the public re-exports (`builders`, `types`, `mock`). Each service
//! module starts with `crate::generated_service!("name");`.

/// Includes `<service>.rs` (from `OUT_DIR` with the `codegen` feature, else `generated/`) as a
/// private `generated` module and re-exports its request builders, types (with the open enums)
/// and, with the `mock` feature, the httpmock helpers.
/// The generated client stays private (`RawClient`): each service module defines its public
/// `Client` holding one, whose operations the generated `fluent` module adds.
macro_rules! generated_service {
    ($service:literal) => {
        // `rustdoc::bare_urls`: the specs' prose becomes the generated rustdoc.
        #[allow(
            missing_docs,
            unused_imports,
            unused_qualifications,
            unreachable_patterns,
            dead_code,
            deprecated,
            clippy::all,
            clippy::pedantic,
            irrefutable_let_patterns,
            mismatched_lifetime_syntaxes,
            rustdoc::bare_urls
        )]
        mod generated {
            // What `build.rs` compiled from the spec (feature `codegen`), or its recorded
            // output in `generated/`, which CI proves identical.
            #[cfg(feature = "codegen")]
            include!(concat!(env!("OUT_DIR"), "/", $service, ".rs"));
            #[cfg(not(feature = "codegen"))]
            include!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/generated/",
                $service,
                ".rs"
            ));
        }

        #[allow(unused_imports)]
        pub(crate) use generated::Client as RawClient;

        /// The request builders of this service: `client.<operation>()` returns one; set its
        /// parameters and body fields with plain values, then `.send().await`.
        pub mod builders {
            pub use super::generated::fluent::*;
        }

        /// Request and response types of this API, generated from its spec; string enums are
        /// open (an unknown value decodes into `Unknown`).
        pub mod types {
            pub use super::generated::enums::*;
            pub use super::generated::types::*;
        }

        /// httpmock helpers generated from the spec: `server.<operation_id>(|when, then| ...)`
        /// for every operation, with typed `when`/`then` builders.
        #[cfg(feature = "mock")]
        pub mod mock {
            pub use super::generated::mock::*;
            #[doc(hidden)]
            pub use super::generated::path_probe;
        }
    };
}
pub(crate) use generated_service;

#[cfg(all(test, feature = "codegen"))]
mod tests {
    /// What users build (`generated/<service>.rs`, with no progenitor in their build) is byte for
    /// byte what `build.rs` compiled from the specs for this build (`OUT_DIR/<service>.rs`).
    #[test]
    fn codegen_output_is_what_ships() {
        let services: Vec<&str> = [
            ("autonomi", cfg!(feature = "autonomi")),
            ("clink", cfg!(feature = "clink")),
            ("ailink", cfg!(feature = "ailink")),
            ("mosaia", cfg!(feature = "mosaia")),
        ]
        .into_iter()
        .filter_map(|(service, enabled)| enabled.then_some(service))
        .collect();
        assert!(!services.is_empty(), "no service enabled");
        for service in services {
            let built = std::path::Path::new(env!("OUT_DIR")).join(format!("{service}.rs"));
            let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("generated")
                .join(format!("{service}.rs"));
            let built = std::fs::read_to_string(&built).expect("build.rs output");
            let shipped = std::fs::read_to_string(&shipped).expect("generated/ file");
            assert!(
                built == shipped,
                "generated/{service}.rs differs from what build.rs compiles from \
                 openapi/{service}.yaml: run `cargo xtask gen` and commit the result"
            );
        }
    }
}
