//! What every service module has in common: the generated client included from `OUT_DIR`
//! with its lint allowances kept local, and the public re-exports (`Client`, `builder`,
//! `types`, `mock`). Each service module starts with `crate::generated_service!("name");`.

/// Includes `OUT_DIR/<service>.rs` as a private `generated` module and re-exports its client,
/// builders, types (with the open enums) and, with the `mock` feature, the httpmock helpers.
#[doc(hidden)]
#[macro_export]
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
            include!(concat!(env!("OUT_DIR"), "/", $service, ".rs"));
        }

        pub use generated::{builder, Client};

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
