//! What every service module has in common: the generated client included from `OUT_DIR`
//! with its lint allowances kept local, and the public re-exports (`builders`, `types`, `mock`). Each service module starts with `crate::generated_service!("name");`.

/// Includes `OUT_DIR/<service>.rs` as a private `generated` module and re-exports its request
/// builders, types (with the open enums) and, with the `mock` feature, the httpmock helpers.
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
            include!(concat!(env!("OUT_DIR"), "/", $service, ".rs"));
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
