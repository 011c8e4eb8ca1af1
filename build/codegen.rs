//! Turning `openapi/<service>.yaml` into Rust: shared by `build.rs` (which compiles the clients)
//! and `xtask` (which checks the specs and writes the reviewable snapshots and docs).
//!
//! On top of progenitor's client this emits, per service:
//! - an open enum (with an `Unknown(String)` variant) for every named string enum, replacing
//!   typify's closed one;
//! - `crate::Timestamp` for every `format: date-time` string;
//! - compact `Deserialize` and `Serialize` impls in place of serde's derives for the
//!   named-field structs (see [`compact_serde`]);
//! - the `ClientHooks` implementation that sends every request through the shared transport;
//! - `Client::with_options` and a table of the success status each operation declares;
//! - the progenitor httpmock helpers, behind the `mock` feature;
//! - rewrites of progenitor's operation code (see [`Rewrite`]), among them: every path
//!   parameter goes through `crate::transport::path_segment` (one encoded segment, or
//!   `InvalidRequest`), every URL is built from the client's parsed base URL
//!   (`crate::transport::Base`), and every JSON answer goes through the crate's decoding (one
//!   error type, scrubbed);
//! - behind `mock`, a `path_probe` module calling every operation that has a path parameter
//!   with a chosen value, for the test that no argument addresses another endpoint.
//!
//! A spec progenitor cannot handle is reported as one paragraph naming the file and the
//! operation, never as a panic.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use openapiv3::{OpenAPI, ReferenceOr, SchemaKind, Type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, ToTokens};
use syn::visit_mut::VisitMut;

/// A service whose spec the crate compiles.
pub struct ServiceSpec {
    /// Module and feature name.
    pub name: &'static str,
    /// The `inner` type of the generated client (implements `crate::transport::HasTransport`).
    pub inner_type: &'static str,
    /// The public client the operations are methods of (see `build/fluent.rs`).
    pub client: &'static str,
    /// The type a `{data: [T], paging}` list envelope becomes.
    pub list_type: Option<&'static str>,
    /// Page hooks of `x-paging` operations (see `build/fluent.rs`).
    pub page_hooks: &'static [(&'static str, &'static str)],
    /// Payload hooks of operations (see `build/fluent.rs`).
    pub payload_hooks: &'static [(&'static str, &'static str, &'static str)],
    /// Operations whose request builder is written by hand (see `build/fluent.rs`).
    pub hand_written: &'static [&'static str],
    /// How a 2xx answer reports a failure in its body (see `build/fluent.rs`).
    pub body_verdict: Option<&'static str>,
}

/// Every service, in the order they are documented.
pub const SERVICES: &[ServiceSpec] = &[
    ServiceSpec {
        name: "autonomi",
        inner_type: "crate::transport::Transport",
        client: "crate::autonomi::Client",
        list_type: None,
        page_hooks: &[("list_runs", "crate::autonomi::paging::runs_page")],
        payload_hooks: &[],
        hand_written: &[],
        body_verdict: None,
    },
    ServiceSpec {
        name: "clink",
        inner_type: "crate::transport::Transport",
        client: "crate::clink::Client",
        list_type: None,
        page_hooks: &[],
        payload_hooks: &[
            (
                "complete_checkpoint",
                "crate::clink::Outcome::decode",
                "crate::clink::Outcome<types::Milestone>",
            ),
            (
                "cast_vote",
                "crate::clink::Outcome::decode",
                "crate::clink::Outcome<types::Proposal>",
            ),
        ],
        hand_written: &["claim_clink"],
        body_verdict: Some("success"),
    },
    ServiceSpec {
        name: "ailink",
        inner_type: "crate::transport::Transport",
        client: "crate::ailink::AdminClient",
        list_type: None,
        page_hooks: &[],
        payload_hooks: &[],
        hand_written: &[],
        body_verdict: None,
    },
    ServiceSpec {
        name: "mosaia",
        inner_type: "crate::transport::Transport",
        client: "crate::mosaia::Client",
        list_type: Some("crate::mosaia::List"),
        page_hooks: &[],
        payload_hooks: &[],
        hand_written: &[],
        body_verdict: Some("error"),
    },
];

/// The spec's path relative to the crate root.
pub fn spec_path(service: &str) -> String {
    format!("openapi/{service}.yaml")
}

/// Reads and parses a spec.
pub fn load(root: &Path, service: &str) -> Result<OpenAPI, String> {
    let rel = spec_path(service);
    let text =
        std::fs::read_to_string(root.join(&rel)).map_err(|e| format!("{rel}: cannot read: {e}"))?;
    serde_yaml::from_str(&text).map_err(|e| format!("{rel}: not a valid OpenAPI 3.0 document: {e}"))
}

/// One operation of a spec, as listed in `docs/operations.md`.
pub struct OperationRow {
    pub id: Option<String>,
    pub method: String,
    pub path: String,
    pub seed: String,
    pub summary: String,
    pub description: String,
    pub success_status: Option<u16>,
}

/// Every operation of `spec`, in document order.
pub fn operations(spec: &OpenAPI) -> Vec<OperationRow> {
    let mut rows = Vec::new();
    for (path, item) in spec.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (method, op) in item.iter() {
            let seed = op
                .extensions
                .get("x-seed-method")
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string();
            let success_status = op.responses.responses.keys().find_map(|code| match code {
                openapiv3::StatusCode::Code(c) if (200..300).contains(c) => Some(*c),
                _ => None,
            });
            rows.push(OperationRow {
                id: op.operation_id.clone(),
                method: method.to_uppercase(),
                path: path.clone(),
                seed,
                summary: op.summary.clone().unwrap_or_default(),
                description: op.description.clone().unwrap_or_default(),
                success_status,
            });
        }
    }
    rows
}

/// How `docs/operations.md` shows an operation in the one call style: the call with its
/// required parameters and body fields, what `send()` returns, and whether it has `.stream()`.
pub struct RustCall {
    pub call: String,
    pub returns: String,
    pub stream: bool,
}

/// The schema name a `$ref` names.
fn ref_name(reference: &str) -> &str {
    reference.rsplit('/').next().unwrap_or(reference)
}

/// A short Rust rendering of a schema for the docs (`Run`, `Vec<Run>`, `Value`, ...).
fn doc_type(spec: &OpenAPI, schema: &ReferenceOr<openapiv3::Schema>) -> String {
    match schema {
        ReferenceOr::Reference { reference } => {
            let name = ref_name(reference);
            match component(spec, reference) {
                Some(s) if name.ends_with("Envelope") => {
                    envelope_payload(spec, s).unwrap_or_else(|| name.to_string())
                }
                _ => name.to_string(),
            }
        }
        ReferenceOr::Item(s) => match &s.schema_kind {
            SchemaKind::Type(Type::Array(a)) => match &a.items {
                Some(ReferenceOr::Reference { reference }) => {
                    format!("Vec<{}>", ref_name(reference))
                }
                _ => "Vec<Value>".to_string(),
            },
            SchemaKind::AllOf { all_of } if all_of.len() == 1 => doc_type(spec, &all_of[0]),
            _ => "Value".to_string(),
        },
    }
}

/// What an envelope's `data` becomes: its type, or `List<T>` for a `{data: [T], paging}` list.
fn envelope_payload(spec: &OpenAPI, envelope: &openapiv3::Schema) -> Option<String> {
    let SchemaKind::Type(Type::Object(o)) = &envelope.schema_kind else {
        return None;
    };
    let data = o.properties.get("data")?;
    let data = match data {
        ReferenceOr::Reference { reference } => ReferenceOr::Reference {
            reference: reference.clone(),
        },
        ReferenceOr::Item(b) => ReferenceOr::Item((**b).clone()),
    };
    let inner = doc_type(spec, &data);
    Some(
        match (
            o.properties.contains_key("paging"),
            inner.strip_prefix("Vec<"),
        ) {
            (true, Some(rest)) => format!("List<{rest}"),
            _ => inner,
        },
    )
}

/// The operation `id` of `spec` in the one call style.
pub fn rust_call(spec: &OpenAPI, id: &str) -> Option<RustCall> {
    for (_, item) in spec.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (_, op) in item.iter() {
            if op.operation_id.as_deref() != Some(id) {
                continue;
            }
            let mut call = format!("{id}()");
            for param in op.parameters.iter().chain(item.parameters.iter()) {
                let param = match param {
                    ReferenceOr::Item(p) => p,
                    ReferenceOr::Reference { reference } => match spec
                        .components
                        .as_ref()
                        .and_then(|c| c.parameters.get(ref_name(reference)))
                    {
                        Some(ReferenceOr::Item(p)) => p,
                        _ => continue,
                    },
                };
                let data = param.parameter_data_ref();
                if data.required {
                    let name = match data.extensions.get("x-resolve").and_then(|v| v.as_str()) {
                        Some(kind) => kind.to_string(),
                        None => setter_name(&data.name).to_string(),
                    };
                    call.push_str(&format!(".{name}(..)"));
                }
            }
            if let Some(ReferenceOr::Item(body)) = &op.request_body {
                if let Some(schema) = body.content.values().next().and_then(|m| m.schema.as_ref()) {
                    if let Some(s) = resolve(spec, schema) {
                        if let SchemaKind::Type(Type::Object(o)) = &s.schema_kind {
                            for field in &o.required {
                                call.push_str(&format!(".{}(..)", setter_name(field)));
                            }
                        }
                    }
                }
            }
            let returns = op
                .responses
                .responses
                .iter()
                .find(|(code, _)| matches!(code, openapiv3::StatusCode::Code(c) if (200..300).contains(c)))
                .and_then(|(_, r)| match r {
                    ReferenceOr::Item(r) => r.content.values().next()?.schema.as_ref(),
                    _ => None,
                })
                .map(|s| doc_type(spec, s))
                .unwrap_or_else(|| "()".to_string());
            return Some(RustCall {
                call,
                returns,
                stream: op.extensions.contains_key("x-paging"),
            });
        }
    }
    None
}

/// Checks the rules of `openapi/README.md` that can be checked mechanically; returns every
/// problem found (empty when the spec is fine).
pub fn validate(service: &str, spec: &OpenAPI, required_ids: &[String]) -> Vec<String> {
    let file = spec_path(service);
    let mut problems = Vec::new();
    if !spec.openapi.starts_with("3.0.") {
        problems.push(format!(
            "{file}: `openapi: {}` — progenitor needs 3.0.x",
            spec.openapi
        ));
    }
    let rows = operations(spec);
    let mut seen = BTreeMap::new();
    for row in &rows {
        let Some(id) = &row.id else {
            problems.push(format!(
                "{file}: {} {} has no operationId",
                row.method, row.path
            ));
            continue;
        };
        if let Some(prev) = seen.insert(id.clone(), format!("{} {}", row.method, row.path)) {
            problems.push(format!(
                "{file}: operationId `{id}` is used twice ({prev} and {} {})",
                row.method, row.path
            ));
        }
        if row.seed.is_empty() {
            problems.push(format!("{file}: operation `{id}` has no `x-seed-method`"));
        }
        if row.success_status.is_none() {
            problems.push(format!("{file}: operation `{id}` declares no 2xx response"));
        }
    }
    for row in &rows {
        if row.description.trim().is_empty() {
            let name = row
                .id
                .clone()
                .unwrap_or_else(|| format!("{} {}", row.method, row.path));
            problems.push(format!(
                "{file}: operation `{name}` has no description (it becomes the rustdoc)"
            ));
        }
    }
    if let Some(components) = &spec.components {
        for (name, schema) in &components.schemas {
            let described = match schema {
                ReferenceOr::Item(s) => s
                    .schema_data
                    .description
                    .as_deref()
                    .is_some_and(|d| !d.trim().is_empty()),
                ReferenceOr::Reference { .. } => true,
            };
            if !described {
                problems.push(format!(
                    "{file}: schema `{name}` has no description (it becomes the rustdoc)"
                ));
            }
        }
    }
    for id in required_ids {
        if !seen.contains_key(id) {
            problems.push(format!(
                "{file}: required operation `{id}` (from the reference) is missing"
            ));
        }
    }
    for (path, item) in spec.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (method, op) in item.iter() {
            let name = op
                .operation_id
                .clone()
                .unwrap_or_else(|| format!("{method} {path}"));
            let success: Vec<_> = op
                .responses
                .responses
                .keys()
                .filter(|c| matches!(c, openapiv3::StatusCode::Code(c) if (200..300).contains(c)))
                .collect();
            if success.len() > 1 {
                problems.push(format!("{file}: operation `{name}` declares {} success responses; progenitor allows one", success.len()));
            }
            if op.responses.default.is_some()
                || op
                    .responses
                    .responses
                    .keys()
                    .any(|c| !matches!(c, openapiv3::StatusCode::Code(c) if (200..300).contains(c)))
            {
                problems.push(format!("{file}: operation `{name}` declares error responses; errors are the transport's (openapi/README.md rule 4)"));
            }
        }
    }
    problems
}

/// The named string enums of `spec`: name → (description, wire values).
fn string_enums(spec: &OpenAPI) -> BTreeMap<String, (Option<String>, Vec<String>)> {
    let mut out = BTreeMap::new();
    let Some(components) = &spec.components else {
        return out;
    };
    for (name, schema) in &components.schemas {
        let ReferenceOr::Item(schema) = schema else {
            continue;
        };
        if let SchemaKind::Type(Type::String(s)) = &schema.schema_kind {
            let values: Vec<String> = s.enumeration.iter().flatten().cloned().collect();
            if !values.is_empty() {
                out.insert(
                    name.clone(),
                    (schema.schema_data.description.clone(), values),
                );
            }
        }
    }
    out
}

/// The named string schemas marked `x-secret: true`: they become `crate::Secret`.
fn secret_schemas(spec: &OpenAPI) -> Vec<String> {
    let Some(components) = &spec.components else {
        return Vec::new();
    };
    components
        .schemas
        .iter()
        .filter_map(|(name, schema)| match schema {
            ReferenceOr::Item(s)
                if s.schema_data
                    .extensions
                    .get("x-secret")
                    .and_then(|v| v.as_bool())
                    == Some(true) =>
            {
                Some(name.clone())
            }
            _ => None,
        })
        .collect()
}

/// `in_progress` → `InProgress`, `two-thirds` → `TwoThirds`, `2fa` → `V2fa`.
fn variant_name(wire: &str) -> String {
    let mut name: String = wire
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut cs = p.chars();
            let first = cs.next().map(|c| c.to_ascii_uppercase()).into_iter();
            first.chain(cs).collect::<String>()
        })
        .collect();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    if name == "Unknown" {
        name.push_str("Value");
    }
    name
}

fn enums_module(service: &str, spec: &OpenAPI) -> TokenStream {
    let defs = string_enums(spec).into_iter().map(|(name, (doc, values))| {
        let ident = format_ident!("{}", name);
        let doc = doc.unwrap_or_else(|| format!("`{name}` values."));
        let variants = values.iter().map(|v| {
            let var = format_ident!("{}", variant_name(v));
            quote! { #var = #v }
        });
        quote! {
            crate::open_enum! {
                #[doc = #doc]
                #ident { #(#variants),* }
            }
        }
    });
    let doc =
        format!("Open enums of the {service} API: each keeps unknown values in `Unknown(String)`.");
    quote! {
        #[doc = #doc]
        pub mod enums {
            #(#defs)*
        }
    }
}

fn glue(service: &ServiceSpec, spec: &OpenAPI) -> TokenStream {
    let inner: TokenStream = service.inner_type.parse().expect("inner type path");
    let arms = operations(spec).into_iter().filter_map(|row| {
        let id = row.id?;
        let status = row.success_status?;
        Some(quote! { #id => Some(#status), })
    });
    quote! {
        impl progenitor_client::ClientHooks<#inner> for Client {
            async fn exec(
                &self,
                request: reqwest::Request,
                info: &progenitor_client::OperationInfo,
            ) -> reqwest::Result<reqwest::Response> {
                let inner = <Self as progenitor_client::ClientInfo<#inner>>::inner(self);
                crate::transport::HasTransport::transport(inner)
                    .exec(request, info.operation_id)
                    .await
            }
        }

        impl Client {
            /// A handle to the same client whose calls apply `options` (timeout, retries,
            /// idempotency key, extra headers). Cheap: the connection pool is shared.
            pub fn with_options(&self, options: crate::transport::CallOptions) -> Self {
                Self {
                    baseurl: self.baseurl.clone(),
                    base: self.base.clone(),
                    client: self.client.clone(),
                    inner: crate::transport::HasTransport::with_call_options(&self.inner, options),
                }
            }
        }

        /// The success status each operation declares in the spec.
        pub fn declared_status(operation_id: &str) -> Option<u16> {
            match operation_id {
                #(#arms)*
                _ => None,
            }
        }
    }
}

/// Rewrites progenitor's operation code, so that what must hold for every operation is decided
/// once, in the crate:
/// - `let url = format!("{}/path/{}", client.baseurl, ..);` becomes
///   `let url = client.base.endpoint(format_args!("/path/{}", ..))..?;` (see
///   [`Rewrite::endpoint`]): reqwest gets a `Url` built from the base URL parsed once, not a
///   string it would parse whole on every call;
/// - `encode_path(&x.to_string())` becomes `crate::transport::path_segment("x", &x.to_string())`
///   with `?`: progenitor's encoding leaves `.`, `..` and `\` for the URL parser to resolve into
///   another endpoint; ours encodes everything but unreserved characters and refuses dot and
///   empty segments with `InvalidRequest` before anything is sent (a `String` parameter is
///   passed as `x.as_str()`: `to_string()` would copy it on every call);
/// - `ResponseValue::from_response(response).await` becomes
///   `crate::transport::decode_response(response, "<service>", "<operation>").await`: a body
///   that does not decode is the crate's `Error`, scrubbed while the request's secrets live;
/// - `.query(&QueryParam::new("x", &x))` becomes `crate::transport::query_param(.., "x", &x)`,
///   which adds nothing for an unset parameter: reqwest's `query` rewrites the URL's whole query
///   string on every call, set or not (about 400 instructions each, and a list operation has up
///   to seven). Every query parameter of the specs is optional (`Option<T>`); a required one
///   would not compile, and would need its own rewrite;
/// - `let mut request = <expression>?;` becomes `let mut build = || <expression>;` and
///   `client.exec(request, &info)` becomes `client.inner.exec_rebuilding(&mut build, ..)`: a
///   retry builds the request again rather than every call copying it (see
///   [`Rewrite::rebuildable`]); where the expression has another `?`, the request is built
///   once and sent as follows;
/// - `client.exec(request, &info).await` becomes `client.inner.exec_reply(..)`, whose success
///   holds the body the transport read (`crate::transport::Reply`) for `decode_response`, not a
///   response carrying it in an extensions map allocated for it on every call; progenitor's
///   `pre` and `post` hooks (no-ops here) go, and the two places that hand on a response
///   (`Error::UnexpectedResponse`, `ResponseValue::empty`) take `reply.into_response()`.
struct Rewrite {
    service: String,
    operation: String,
    /// Operation id → deprecation note, for operations marked `deprecated: true`.
    deprecated: BTreeMap<String, String>,
    /// `(builder, field)` of every request builder field that is a `String`: its path
    /// parameter is passed as `x.as_str()`, not copied by `x.to_string()`.
    string_fields: BTreeSet<(String, String)>,
    /// The type whose `impl` block is being visited.
    current_impl: String,
    /// Whether the block being visited builds its request with a `build` closure (see
    /// [`Rewrite::rebuildable`]).
    rebuilding: bool,
}

impl Rewrite {
    /// `let mut build = || <request expression>;` for progenitor's
    /// `let mut request = <request expression>?;`, when nothing in the expression can fail
    /// but `build()` (no other `?`): the transport then builds the request again for a retry
    /// instead of copying it for every call. The URL (parsed: see [`Rewrite::endpoint`]) is
    /// cloned, and so are the operation's extra headers (a map of capacity 0 allocates
    /// nothing).
    fn rebuildable(stmt: &syn::Stmt) -> Option<syn::Stmt> {
        let syn::Stmt::Local(local) = stmt else {
            return None;
        };
        let syn::Pat::Ident(pat) = &local.pat else {
            return None;
        };
        let init = local.init.as_ref()?;
        let syn::Expr::Try(tried) = &*init.expr else {
            return None;
        };
        if pat.ident != "request" || quote!(#tried).to_string().matches('?').count() != 1 {
            return None;
        }
        struct Borrow;
        impl VisitMut for Borrow {
            fn visit_expr_method_call_mut(&mut self, m: &mut syn::ExprMethodCall) {
                syn::visit_mut::visit_expr_method_call_mut(self, m);
                let verb = ["get", "post", "put", "patch", "delete"]
                    .iter()
                    .any(|v| m.method == v);
                let only =
                    |name: &str| m.args.len() == 1 && Rewrite::path_ends_with(&m.args[0], &[name]);
                if verb && only("url") {
                    m.args[0] = syn::parse_quote! { url.clone() };
                } else if m.method == "headers" && only("header_map") {
                    m.args[0] = syn::parse_quote! { header_map.clone() };
                }
            }
        }
        let mut expr = (*tried.expr).clone();
        Borrow.visit_expr_mut(&mut expr);
        Some(syn::parse_quote! { let mut build = || #expr; })
    }

    /// `let url = <client>.base.endpoint(format_args!("/path/{}", ..))
    /// .map_err(Error::InvalidRequest)?;` for progenitor's
    /// `let url = format!("{}/path/{}", <client>.baseurl, ..);`: the URL is built from the base
    /// URL the client parsed once (`crate::transport::Base`), and reqwest gets a `Url`, which
    /// it does not parse again; a string it would parse whole on every call.
    fn endpoint(stmt: &syn::Stmt) -> Option<syn::Stmt> {
        let syn::Stmt::Local(local) = stmt else {
            return None;
        };
        let syn::Pat::Ident(pat) = &local.pat else {
            return None;
        };
        let syn::Expr::Macro(m) = &*local.init.as_ref()?.expr else {
            return None;
        };
        if pat.ident != "url" || !m.mac.path.is_ident("format") {
            return None;
        }
        let parser = syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated;
        let args = m.mac.parse_body_with(parser).ok()?;
        let mut args = args.into_iter();
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(template),
            ..
        }) = args.next()?
        else {
            return None;
        };
        let path = template.value().strip_prefix("{}")?.to_string();
        let syn::Expr::Field(field) = args.next()? else {
            return None;
        };
        if !matches!(&field.member, syn::Member::Named(n) if n == "baseurl") {
            return None;
        }
        let client = &field.base;
        let rest: Vec<syn::Expr> = args.collect();
        Some(syn::parse_quote! {
            let url = #client
                .base
                .endpoint(format_args!(#path, #(#rest),*))
                .map_err(progenitor_client::Error::InvalidRequest)?;
        })
    }

    /// Progenitor builds a header map for every operation and sets it on the request, even
    /// when the operation has no header parameter (its only one, `api-version`, is removed
    /// above): `HeaderMap::with_capacity(0)`, cloned and handed to reqwest's `headers`, which
    /// walks and drops it on every call. With nothing inserted, neither map nor call is written.
    fn drop_empty_header_map(block: &mut syn::Block) {
        let is_empty_map = |stmt: &syn::Stmt| {
            let syn::Stmt::Local(local) = stmt else {
                return false;
            };
            let named = matches!(&local.pat, syn::Pat::Ident(p) if p.ident == "header_map");
            named
                && local.init.as_ref().is_some_and(|init| {
                    let expr = &init.expr;
                    let text = quote!(#expr).to_string().replace(' ', "");
                    text.ends_with("HeaderMap::with_capacity(0usize)")
                })
        };
        let Some(at) = block.stmts.iter().position(is_empty_map) else {
            return;
        };
        let placeholder = |stmt: &syn::Stmt| {
            quote!(#stmt).to_string().replace(' ', "") == "{let_=&mutheader_map;};"
        };
        // Any other use (an `append`) keeps the map.
        let uses = block
            .stmts
            .iter()
            .skip(at + 1)
            .filter(|stmt| !placeholder(stmt))
            .map(|stmt| quote!(#stmt).to_string().matches("header_map").count())
            .sum::<usize>();
        struct Unset(usize);
        impl VisitMut for Unset {
            fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
                syn::visit_mut::visit_expr_mut(self, expr);
                if let syn::Expr::MethodCall(m) = expr {
                    let arg = m
                        .args
                        .first()
                        .map(|a| quote!(#a).to_string().replace(' ', ""));
                    let map = arg.is_some_and(|a| a == "header_map" || a == "header_map.clone()");
                    if m.method == "headers" && m.args.len() == 1 && map {
                        *expr = (*m.receiver).clone();
                        self.0 += 1;
                    }
                }
            }
        }
        let mut unset = Unset(0);
        let mut rest: Vec<syn::Stmt> = block.stmts[at + 1..]
            .iter()
            .filter(|stmt| !placeholder(stmt))
            .cloned()
            .collect();
        for stmt in &mut rest {
            unset.visit_stmt_mut(stmt);
        }
        if unset.0 != uses {
            return;
        }
        block.stmts.truncate(at);
        block.stmts.extend(rest);
    }

    fn path_ends_with(expr: &syn::Expr, last: &[&str]) -> bool {
        let syn::Expr::Path(p) = expr else {
            return false;
        };
        let segs: Vec<String> = p
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect();
        segs.len() >= last.len() && segs[segs.len() - last.len()..] == *last
    }

    /// `x` of `&x.to_string()`, the name of the path parameter.
    fn param_name(arg: &syn::Expr) -> String {
        if let syn::Expr::Reference(r) = arg {
            if let syn::Expr::MethodCall(m) = &*r.expr {
                if let syn::Expr::Path(p) = &*m.receiver {
                    if let Some(id) = p.path.get_ident() {
                        return id.to_string();
                    }
                }
            }
        }
        "path parameter".to_string()
    }
}

/// `(builder, field)` of every field of progenitor's request builders (`mod builder`) whose
/// type is `Result<String, String>`.
fn string_fields(file: &syn::File) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for item in &file.items {
        let syn::Item::Mod(m) = item else { continue };
        let (true, Some((_, items))) = (m.ident == "builder", &m.content) else {
            continue;
        };
        for item in items {
            let syn::Item::Struct(st) = item else {
                continue;
            };
            for field in &st.fields {
                let (Some(ident), syn::Type::Path(ty)) = (&field.ident, &field.ty) else {
                    continue;
                };
                let ok_type = ty
                    .path
                    .segments
                    .last()
                    .and_then(|seg| match &seg.arguments {
                        syn::PathArguments::AngleBracketed(args) if seg.ident == "Result" => {
                            args.args.first().cloned()
                        }
                        _ => None,
                    });
                if let Some(syn::GenericArgument::Type(syn::Type::Path(inner))) = ok_type {
                    if inner
                        .path
                        .segments
                        .last()
                        .is_some_and(|s| s.ident == "String")
                    {
                        out.insert((st.ident.to_string(), ident.to_string()));
                    }
                }
            }
        }
    }
    out
}

impl VisitMut for Rewrite {
    /// Drops progenitor's `client.pre(&mut request, &info).await?;` and
    /// `client.post(&result, &info).await?;`: both hooks are no-ops here (`ClientHooks`'
    /// defaults), `result` is no longer the `reqwest::Result<Response>` that `post` takes, and
    /// awaiting `pre` kept the whole request in the operation's future across that await.
    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        let outer = self.rebuilding;
        for stmt in block.stmts.iter_mut() {
            if let Some(build) = Self::rebuildable(stmt) {
                *stmt = build;
                self.rebuilding = true;
            }
        }
        block.stmts.retain(|stmt| {
            let syn::Stmt::Expr(syn::Expr::Try(t), _) = stmt else {
                return true;
            };
            let syn::Expr::Await(a) = &*t.expr else {
                return true;
            };
            !matches!(&*a.base, syn::Expr::MethodCall(m) if m.method == "post" || m.method == "pre")
        });
        syn::visit_mut::visit_block_mut(self, block);
        for stmt in block.stmts.iter_mut() {
            if let Some(endpoint) = Self::endpoint(stmt) {
                *stmt = endpoint;
            }
        }
        Self::drop_empty_header_map(block);
        self.rebuilding = outer;
    }

    fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
        if let syn::Type::Path(ty) = &*item.self_ty {
            if let Some(last) = ty.path.segments.last() {
                self.current_impl = last.ident.to_string();
            }
        }
        syn::visit_mut::visit_item_impl_mut(self, item);
    }

    /// The client method of an operation marked `deprecated: true` gets `#[deprecated]`, with
    /// the spec's `x-deprecated-note` (progenitor itself ignores the flag).
    fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
        if let Some(note) = self.deprecated.get(&f.sig.ident.to_string()) {
            f.attrs
                .push(syn::parse_quote! { #[deprecated(note = #note)] });
        }
        syn::visit_mut::visit_impl_item_fn_mut(self, f);
    }

    /// `format!(...)` arguments are tokens to syn: parse them as expressions to reach the
    /// `encode_path` calls that build each URL.
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        if mac.path.is_ident("format") {
            let parser = syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated;
            if let Ok(mut args) = mac.parse_body_with(parser) {
                for arg in args.iter_mut() {
                    self.visit_expr_mut(arg);
                }
                mac.tokens = quote! { #args };
            }
        }
        syn::visit_mut::visit_macro_mut(self, mac);
    }

    /// The generated `Client` keeps its base URL parsed (`crate::transport::Base`), next to
    /// progenitor's text of it, for [`Rewrite::endpoint`].
    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        if let syn::Fields::Named(fields) = &mut item.fields {
            let named = |f: &syn::Field| f.ident.as_ref().is_some_and(|i| i == "baseurl");
            if item.ident == "Client" && fields.named.iter().any(named) {
                fields.named.push(syn::parse_quote! {
                    pub(crate) base: crate::transport::Base
                });
            }
        }
        syn::visit_mut::visit_item_struct_mut(self, item);
    }

    /// `Self { baseurl: baseurl.to_string(), .. }` (progenitor's `Client::new_with_client`)
    /// parses the base URL once, into the field [`Rewrite::visit_item_struct_mut`] adds.
    fn visit_expr_struct_mut(&mut self, expr: &mut syn::ExprStruct) {
        let sets_baseurl = expr.fields.iter().any(|f| {
            matches!(&f.member, syn::Member::Named(n) if n == "baseurl")
                && quote!(#f).to_string().replace(' ', "") == "baseurl:baseurl.to_string()"
        });
        if sets_baseurl && expr.path.is_ident("Self") {
            expr.fields.push(syn::parse_quote! {
                base: crate::transport::Base::new(baseurl)
            });
        }
        syn::visit_mut::visit_expr_struct_mut(self, expr);
    }

    fn visit_field_value_mut(&mut self, field: &mut syn::FieldValue) {
        if let (syn::Member::Named(name), syn::Expr::Lit(lit)) = (&field.member, &field.expr) {
            if let (true, syn::Lit::Str(s)) = (name == "operation_id", &lit.lit) {
                self.operation = s.value();
            }
        }
        syn::visit_mut::visit_field_value_mut(self, field);
    }

    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        // Progenitor's `api-version` header, which no service wants: not built at all (the
        // transport would otherwise remove it from every request), nor counted in the header
        // map's capacity (a map of capacity 0 allocates nothing).
        if let syn::Expr::MethodCall(m) = expr {
            let first = m.args.first();
            if m.method == "append"
                && first.is_some_and(|a| quote!(#a).to_string().contains("\"api-version\""))
            {
                let receiver = &m.receiver;
                *expr = syn::parse_quote! { { let _ = &mut #receiver; } };
                return;
            }
        }
        if let syn::Expr::Call(call) = expr {
            if Self::path_ends_with(&call.func, &["HeaderMap", "with_capacity"]) {
                if let Some(syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Int(n),
                    ..
                })) = call.args.first_mut()
                {
                    if let Ok(count @ 1..) = n.base10_parse::<usize>() {
                        *n = syn::LitInt::new(&format!("{}usize", count - 1), n.span());
                    }
                }
            }
        }
        if let syn::Expr::MethodCall(m) = expr {
            if let (true, Some(syn::Expr::Reference(arg))) =
                (m.method == "query" && m.args.len() == 1, m.args.first())
            {
                if let syn::Expr::Call(call) = &*arg.expr {
                    if Self::path_ends_with(&call.func, &["QueryParam", "new"])
                        && call.args.len() == 2
                    {
                        let (receiver, name, value) = (&m.receiver, &call.args[0], &call.args[1]);
                        *expr = syn::parse_quote! {
                            crate::transport::query_param(#receiver, #name, #value)
                        };
                        return;
                    }
                }
            }
        }
        if let syn::Expr::Await(awaited) = expr {
            if let syn::Expr::MethodCall(m) = &*awaited.base {
                // `_client` where an operation has a parameter named `client`.
                let client = &m.receiver;
                let is_client = Self::path_ends_with(client, &["client"])
                    || Self::path_ends_with(client, &["_client"]);
                if m.method == "exec" && is_client {
                    *expr = if self.rebuilding {
                        syn::parse_quote! {
                            #client.inner.exec_rebuilding(&mut build, info.operation_id).await
                        }
                    } else {
                        syn::parse_quote! {
                            #client.inner.exec_reply(request, info.operation_id).await
                        }
                    };
                    return;
                }
            }
        }
        if let syn::Expr::Call(call) = expr {
            let hands_on = Self::path_ends_with(&call.func, &["Error", "UnexpectedResponse"])
                || Self::path_ends_with(&call.func, &["ResponseValue", "empty"]);
            if hands_on
                && call.args.len() == 1
                && Self::path_ends_with(&call.args[0], &["response"])
            {
                call.args[0] = syn::parse_quote! { response.into_response() };
                return;
            }
        }
        if let syn::Expr::Call(call) = expr {
            if Self::path_ends_with(&call.func, &["encode_path"]) && call.args.len() == 1 {
                let arg = &call.args[0];
                let name = Self::param_name(arg);
                let key = (self.current_impl.clone(), name.clone());
                // A `String` is passed as it is; other types (integers, UUIDs, enums) as text.
                let value = if self.string_fields.contains(&key) {
                    let ident = format_ident!("{}", name);
                    quote! { #ident.as_str() }
                } else {
                    quote! { #arg }
                };
                *expr = syn::parse_quote! {
                    crate::transport::path_segment(#name, #value)
                        .map_err(progenitor_client::Error::InvalidRequest)?
                };
                return;
            }
        }
        if let syn::Expr::Await(awaited) = expr {
            if let syn::Expr::Call(call) = &*awaited.base {
                if Self::path_ends_with(&call.func, &["ResponseValue", "from_response"]) {
                    let (service, operation) = (&self.service, &self.operation);
                    *expr = syn::parse_quote! {
                        crate::transport::decode_response(response, #service, #operation).await
                    };
                }
            }
        }
    }
}

/// Operation id → deprecation note of every operation marked `deprecated: true`.
fn deprecated_operations(spec: &OpenAPI) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (_, item) in spec.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (_, op) in item.iter() {
            if let (true, Some(id)) = (op.deprecated, &op.operation_id) {
                let note = op
                    .extensions
                    .get("x-deprecated-note")
                    .and_then(|v| v.as_str())
                    .unwrap_or("no longer served by the platform; see the operation's docs");
                out.insert(id.clone(), note.to_string());
            }
        }
    }
    out
}

/// Makes the fields of progenitor's request builders (`mod builder`) visible to the generated
/// module, so that the request builders of `fluent` (see `build/fluent.rs`), which wrap them,
/// can print what was set in their `Debug` (not the client, twice, as derived `Debug` did).
/// progenitor's builders themselves are then not `Debug`: nothing prints them.
fn expose_builder_fields(file: &mut syn::File) {
    for item in module_items(&mut file.items, "builder")
        .into_iter()
        .flatten()
    {
        if let syn::Item::Struct(st) = item {
            for field in st.fields.iter_mut() {
                field.vis = syn::parse_quote!(pub(super));
            }
            for attr in &mut st.attrs {
                if attr.path().is_ident("derive")
                    && quote!(#attr).to_string().replace(' ', "") == "#[derive(Debug,Clone)]"
                {
                    *attr = syn::parse_quote!(#[derive(Clone)]);
                }
            }
        }
    }
}

/// Marks the spec's named-field structs and enums (`mod types`, not their builders)
/// `#[non_exhaustive]`: a server adding a field or a variant is then not a breaking change of
/// this crate. Callers build them with `Type::builder()` (every type a request carries has one,
/// see [`prune_struct_builders`]) or from JSON.
fn mark_non_exhaustive(file: &mut syn::File) {
    for item in module_items(&mut file.items, "types").into_iter().flatten() {
        let attrs = match item {
            syn::Item::Struct(s) if matches!(s.fields, syn::Fields::Named(_)) => &mut s.attrs,
            syn::Item::Enum(e) => &mut e.attrs,
            _ => continue,
        };
        if !attrs.iter().any(|a| a.path().is_ident("non_exhaustive")) {
            attrs.push(syn::parse_quote! { #[non_exhaustive] });
        }
    }
}

/// Rewrites typify's struct builders (`mod types { mod builder }`) to compile to less code, with
/// the same items and behaviour. Typify's code is dominated by unwinding paths: in debug builds
/// every call that may unwind while fields are live gets a cleanup path dropping them, and moving
/// a payload out of a field's `Result` leaves the rest of the `Result` to a drop ladder with
/// flags. Those made the builders 30% of the crate's LLVM IR. Here:
/// - `TryFrom<builder::X> for X`, typify's `Ok(Self { a: value.a?, .. })`, first looks for the
///   first `Err` in field (declaration) order, by reference, and returns it (cloned, as before)
///   through `crate::builders::error`; otherwise it moves every field whole into
///   `crate::builders::ok`, which unwraps it. Both are calls that cannot unwind, and no field's
///   payload is moved out in place, so no cleanup path or drop flag is left;
/// - `Default`: `Ok(Default::default())` of an `Option` field becomes `Ok(None)`, of another field
///   `Ok(crate::builders::default())`, and `Err("no value supplied for a".to_string())` becomes
///   `Err(crate::builders::message("no value supplied for a"))`: calls that cannot unwind.
///
/// An item of another shape is left as typify wrote it.
fn shrink_builders(file: &mut syn::File) {
    let builders =
        module_items(&mut file.items, "types").and_then(|types| module_items(types, "builder"));
    if let Some(items) = builders {
        // Builder name → (field name → whether its value type is an `Option`).
        let mut optional: BTreeMap<String, BTreeMap<String, bool>> = BTreeMap::new();
        for item in items.iter() {
            let syn::Item::Struct(s) = item else { continue };
            let fields = s
                .fields
                .iter()
                .filter_map(|f| Some((f.ident.as_ref()?.to_string(), result_ok_is_option(&f.ty)?)))
                .collect();
            optional.insert(s.ident.to_string(), fields);
        }
        for item in items.iter_mut() {
            let syn::Item::Impl(imp) = item else { continue };
            shrink_try_from(imp);
            shrink_default(imp, &optional);
        }
    }
}

/// For a field type `Result<T, String>`: whether `T` is an `Option`.
fn result_ok_is_option(ty: &syn::Type) -> Option<bool> {
    let syn::Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(syn::Type::Path(ok)) => {
            Some(ok.path.segments.last()?.ident == "Option")
        }
        syn::GenericArgument::Type(_) => Some(false),
        _ => None,
    }
}

/// The type `X` of `impl Trait<X> for ..` (`trait_name<X>`) or `impl Trait for X` (`None`).
fn impl_subject(imp: &syn::ItemImpl, trait_name: &str) -> Option<syn::Ident> {
    let (_, path, _) = imp.trait_.as_ref()?;
    let last = path.segments.last()?;
    if last.ident != trait_name {
        return None;
    }
    let ty = match &last.arguments {
        syn::PathArguments::AngleBracketed(args) => match args.args.first()? {
            syn::GenericArgument::Type(ty) => ty,
            _ => return None,
        },
        syn::PathArguments::None => &imp.self_ty,
        _ => return None,
    };
    match ty {
        syn::Type::Path(p) => p.path.get_ident().cloned(),
        _ => None,
    }
}

/// The fields of a body `Self { a: <expr>, .. }` or `Ok(Self { .. })`, in order.
fn self_literal(body: &mut syn::Block, in_ok: bool) -> Option<&mut syn::ExprStruct> {
    let [syn::Stmt::Expr(expr, None)] = body.stmts.as_mut_slice() else {
        return None;
    };
    let expr = if in_ok {
        let syn::Expr::Call(call) = expr else {
            return None;
        };
        if !Rewrite::path_ends_with(&call.func, &["Ok"]) || call.args.len() != 1 {
            return None;
        }
        &mut call.args[0]
    } else {
        expr
    };
    match expr {
        syn::Expr::Struct(s) if s.path.is_ident("Self") && s.rest.is_none() => Some(s),
        _ => None,
    }
}

/// See [`shrink_builders`].
fn shrink_try_from(imp: &mut syn::ItemImpl) {
    if impl_subject(imp, "TryFrom").is_none() {
        return;
    }
    for item in &mut imp.items {
        let syn::ImplItem::Fn(f) = item else { continue };
        if f.sig.ident != "try_from" {
            continue;
        }
        let Some(s) = self_literal(&mut f.block, true) else {
            continue;
        };
        // Every field must be `name: value.name?`.
        let names: Option<Vec<syn::Ident>> = s
            .fields
            .iter()
            .map(|f| {
                let syn::Member::Named(name) = &f.member else {
                    return None;
                };
                let syn::Expr::Try(t) = &f.expr else {
                    return None;
                };
                let syn::Expr::Field(field) = &*t.expr else {
                    return None;
                };
                let of_value =
                    matches!(&*field.base, syn::Expr::Path(p) if p.path.is_ident("value"));
                (of_value && field.member == f.member).then(|| name.clone())
            })
            .collect();
        let Some(names) = names.filter(|n| !n.is_empty()) else {
            continue;
        };
        let mut first_error = quote! { { None } };
        for name in names.iter().rev() {
            first_error = quote! { if let Err(e) = &value.#name { Some(e) } else #first_error };
        }
        f.block = syn::parse_quote! {{
            let first_error = #first_error;
            if let Some(e) = first_error {
                return Err(crate::builders::error(e));
            }
            Ok(Self { #(#names: crate::builders::ok(value.#names)),* })
        }};
    }
}

/// See [`shrink_builders`].
fn shrink_default(imp: &mut syn::ItemImpl, optional: &BTreeMap<String, BTreeMap<String, bool>>) {
    let Some(fields) = impl_subject(imp, "Default").and_then(|b| optional.get(&b.to_string()))
    else {
        return;
    };
    for item in &mut imp.items {
        let syn::ImplItem::Fn(f) = item else { continue };
        if f.sig.ident != "default" {
            continue;
        }
        let Some(s) = self_literal(&mut f.block, false) else {
            continue;
        };
        for field in s.fields.iter_mut() {
            let syn::Member::Named(name) = &field.member else {
                continue;
            };
            let Some(&is_option) = fields.get(&name.to_string()) else {
                continue;
            };
            let expr = &field.expr;
            let text = quote!(#expr).to_string().replace(' ', "");
            if text == "Ok(Default::default())" {
                field.expr = if is_option {
                    syn::parse_quote! { Ok(::std::option::Option::None) }
                } else {
                    syn::parse_quote! { Ok(crate::builders::default()) }
                };
                continue;
            }
            // `Err("<message>".to_string())`
            let syn::Expr::Call(call) = &field.expr else {
                continue;
            };
            let (true, Some(syn::Expr::MethodCall(m))) = (
                Rewrite::path_ends_with(&call.func, &["Err"]) && call.args.len() == 1,
                call.args.first(),
            ) else {
                continue;
            };
            if let (true, syn::Expr::Lit(lit)) =
                (m.method == "to_string" && m.args.is_empty(), &*m.receiver)
            {
                let lit = lit.clone();
                field.expr = syn::parse_quote! { Err(crate::builders::message(#lit)) };
            }
        }
    }
}

/// Marks every generated function `#[inline]` (but those that already say how to inline).
///
/// A non-generic function of a library is compiled to machine code in the library, whether a
/// user calls it or not; an `#[inline]` one only where it is called. Users call a few of the
/// hundreds of operations (each with its request builder, setters, the types' builders and
/// conversions), so this moves their code generation to the crates that use them: the
/// `agent-apis` unit of a consumer build executes 7% fewer instructions (valgrind running rustc:
/// 72.1G → 67.0G). Nothing changes at run time: the same code runs, and a release build may
/// inline it across the crate boundary.
fn mark_inline(file: &mut syn::File) {
    struct Inline;
    fn mark(attrs: &mut Vec<syn::Attribute>) {
        if !attrs.iter().any(|a| a.path().is_ident("inline")) {
            attrs.push(syn::parse_quote!(#[inline]));
        }
    }
    impl VisitMut for Inline {
        fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
            mark(&mut f.attrs);
            syn::visit_mut::visit_impl_item_fn_mut(self, f);
        }
        fn visit_item_fn_mut(&mut self, f: &mut syn::ItemFn) {
            mark(&mut f.attrs);
            syn::visit_mut::visit_item_fn_mut(self, f);
        }
    }
    Inline.visit_file_mut(file);
}

/// Moves the conversion of every builder setter — typify's struct builders
/// (`value.try_into().map_err(|e| format!("error converting supplied value for x: {e}"))`) and
/// progenitor's request builders (`value.try_into().map_err(|_| "conversion to .. failed"
/// .to_string())`, and the body's `.map(From::from).map_err(|s| format!(.., s))`) — into two
/// shared generic functions, `crate::builders::converted` and `converted_with`, with the same
/// error texts. Each setter was a closure and a `format!` for rustc to check, about 800 of them.
/// `prepare`'s conversion of a body builder into the body is `crate::builders::built` (see
/// [`body_helper`]). A setter of another shape is left as it is.
fn setter_helpers(file: &mut syn::File) {
    struct Helpers;
    impl VisitMut for Helpers {
        fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
            syn::visit_mut::visit_expr_mut(self, expr);
            if let Some(shared) = setter_helper(expr).or_else(|| body_helper(expr)) {
                *expr = shared;
            }
        }
    }
    Helpers.visit_file_mut(file);
}

/// See [`setter_helpers`]: `prepare`'s conversion of a request builder's body (`body.and_then(|v|
/// T::try_from(v).map_err(|e| e.to_string()))`), as `crate::builders::built::<T, _>(body)`.
fn body_helper(expr: &syn::Expr) -> Option<syn::Expr> {
    let syn::Expr::MethodCall(and_then) = expr else {
        return None;
    };
    let receiver = &and_then.receiver;
    if and_then.method != "and_then"
        || and_then.args.len() != 1
        || quote!(#receiver).to_string() != "body"
    {
        return None;
    }
    let closure = quote!(#and_then).to_string().replace(' ', "");
    let inner = closure
        .strip_prefix("body.and_then(|v|")?
        .strip_suffix(')')?;
    let inner = inner
        .strip_prefix('{')
        .and_then(|t| t.strip_suffix('}'))
        .unwrap_or(inner);
    let ty = inner.strip_suffix("::try_from(v).map_err(|e|e.to_string())")?;
    let ty: syn::Type = syn::parse_str(ty).ok()?;
    Some(syn::parse_quote! { crate::builders::built::<#ty, _>(body) })
}

/// See [`setter_helpers`]: the shared call replacing `expr`, if it is a setter's conversion.
fn setter_helper(expr: &syn::Expr) -> Option<syn::Expr> {
    use syn::punctuated::Punctuated;

    let syn::Expr::MethodCall(map_err) = expr else {
        return None;
    };
    if map_err.method != "map_err" || map_err.args.len() != 1 {
        return None;
    }
    let syn::Expr::Closure(closure) = &map_err.args[0] else {
        return None;
    };
    // `value.try_into()`, then maybe `.map(Some)` or `.map(From::from)`.
    let (then, try_into) = match &*map_err.receiver {
        syn::Expr::MethodCall(m) if m.method == "map" && m.args.len() == 1 => {
            let f = &m.args[0];
            (Some(f.clone()), &*m.receiver)
        }
        other => (None, other),
    };
    if quote!(#try_into).to_string().replace(' ', "") != "value.try_into()" {
        return None;
    }
    let [param] = closure.inputs.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let param = quote!(#param).to_string();
    // The closure's body, out of the block progenitor sometimes puts it in.
    let mut body = &*closure.body;
    while let syn::Expr::Block(b) = body {
        match b.block.stmts.as_slice() {
            [syn::Stmt::Expr(inner, None)] => body = inner,
            _ => return None,
        }
    }
    let literal = |e: &syn::Expr| match e {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Some(s.value()),
        _ => None,
    };
    let call = match body {
        // `"<message>".to_string()`: the message alone.
        syn::Expr::MethodCall(m) if m.method == "to_string" && param == "_" => {
            let message = literal(&m.receiver)?;
            quote! { crate::builders::converted(value, #message) }
        }
        // `format!("<message>: {e}")` or `format!("<message>: {}", e)`: with the error.
        syn::Expr::Macro(m) if m.mac.path.is_ident("format") => {
            let args = m
                .mac
                .parse_body_with(Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
                .ok()?;
            let args: Vec<_> = args.into_iter().collect();
            let text = literal(args.first()?)?;
            let message = match &args[1..] {
                [] => text.strip_suffix(&format!(": {{{param}}}"))?.to_string(),
                [arg] if quote!(#arg).to_string() == param => {
                    text.strip_suffix(": {}")?.to_string()
                }
                _ => return None,
            };
            quote! { crate::builders::converted_with(value, #message) }
        }
        _ => return None,
    };
    Some(match then {
        Some(f) => syn::parse_quote! { #call.map(#f) },
        None => syn::parse_quote! { #call },
    })
}

/// Applies [`Rewrite`] to progenitor's client code.
fn rewrite(service: &str, spec: &OpenAPI, client: TokenStream) -> Result<TokenStream, String> {
    let mut file: syn::File = syn::parse2(client).map_err(|e| {
        format!(
            "{}: progenitor's code does not parse: {e}",
            spec_path(service)
        )
    })?;
    let mut rewrite = Rewrite {
        service: service.to_string(),
        operation: String::new(),
        deprecated: deprecated_operations(spec),
        string_fields: string_fields(&file),
        current_impl: String::new(),
        rebuilding: false,
    };
    rewrite.visit_file_mut(&mut file);
    mark_non_exhaustive(&mut file);
    shrink_builders(&mut file);
    expose_builder_fields(&mut file);
    Ok(quote! { #file })
}

/// The component schema `reference` (`#/components/schemas/Name`) names.
fn component<'a>(spec: &'a OpenAPI, reference: &str) -> Option<&'a openapiv3::Schema> {
    let name = reference.rsplit('/').next()?;
    match spec.components.as_ref()?.schemas.get(name)? {
        ReferenceOr::Item(s) => Some(s),
        ReferenceOr::Reference { reference } => component(spec, reference),
    }
}

/// `schema`, or the component it refers to.
fn resolve<'a>(
    spec: &'a OpenAPI,
    schema: &'a ReferenceOr<openapiv3::Schema>,
) -> Option<&'a openapiv3::Schema> {
    match schema {
        ReferenceOr::Item(s) => Some(s),
        ReferenceOr::Reference { reference } => component(spec, reference),
    }
}

/// [`resolve`] for boxed schemas (properties, array items).
fn resolve_boxed<'a>(
    spec: &'a OpenAPI,
    schema: &'a ReferenceOr<Box<openapiv3::Schema>>,
) -> Option<&'a openapiv3::Schema> {
    match schema {
        ReferenceOr::Item(s) => Some(s),
        ReferenceOr::Reference { reference } => component(spec, reference),
    }
}

/// The smallest JSON value `schema` accepts: required properties only, the first enum value,
/// one item where an array needs one. Used by the path probe to give bodies.
fn sample(spec: &OpenAPI, schema: &openapiv3::Schema, depth: usize) -> serde_json::Value {
    use serde_json::{json, Value};
    if depth > 12 {
        return Value::Null;
    }
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            if let Some(Some(first)) = s.enumeration.first() {
                return json!(first);
            }
            match &s.format {
                openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::DateTime) => {
                    json!("2026-01-01T00:00:00Z")
                }
                openapiv3::VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" => {
                    json!("00000000-0000-0000-0000-000000000000")
                }
                _ => json!("x"),
            }
        }
        SchemaKind::Type(Type::Integer(_)) => json!(1),
        SchemaKind::Type(Type::Number(_)) => json!(1.0),
        SchemaKind::Type(Type::Boolean(_)) => json!(true),
        SchemaKind::Type(Type::Array(a)) => {
            let n = a.min_items.unwrap_or(0).min(1);
            let item = a
                .items
                .as_ref()
                .and_then(|i| resolve_boxed(spec, i))
                .map(|i| sample(spec, i, depth + 1))
                .unwrap_or(Value::Null);
            Value::Array(std::iter::repeat_n(item, n).collect())
        }
        SchemaKind::Type(Type::Object(o)) => {
            let mut map = serde_json::Map::new();
            for name in &o.required {
                if let Some(prop) = o.properties.get(name).and_then(|p| resolve_boxed(spec, p)) {
                    map.insert(name.clone(), sample(spec, prop, depth + 1));
                }
            }
            Value::Object(map)
        }
        SchemaKind::AllOf { all_of } => {
            let mut map = serde_json::Map::new();
            for part in all_of.iter().filter_map(|p| resolve(spec, p)) {
                if let Value::Object(m) = sample(spec, part, depth + 1) {
                    map.extend(m);
                }
            }
            Value::Object(map)
        }
        SchemaKind::OneOf { one_of: v } | SchemaKind::AnyOf { any_of: v } => v
            .first()
            .and_then(|p| resolve(spec, p))
            .map(|p| sample(spec, p, depth + 1))
            .unwrap_or(Value::Null),
        _ => json!({}),
    }
}

/// `clinkId` → `clink_id`, `type` → `type_`: progenitor's names for parameter setters.
pub(crate) fn setter_name(name: &str) -> proc_macro2::Ident {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
        } else {
            out.push('_');
        }
    }
    if matches!(
        out.as_str(),
        "type" | "ref" | "self" | "match" | "move" | "use" | "mod" | "fn"
    ) {
        out.push('_');
    }
    format_ident!("{}", out)
}

/// The `path_probe` module (behind `mock`): `OPERATIONS` lists every operation with a string
/// path parameter, with its path template, and `call(client, operation, value)` sends it with
/// `value` in each of those parameters (sample values in the others, a sample body where one is
/// required). The test `tests/path_parameters.rs` runs it with hostile values.
fn path_probe(service: &ServiceSpec, spec: &OpenAPI) -> TokenStream {
    let mut rows = Vec::new();
    let mut arms = Vec::new();
    for (path, item) in spec.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (_, op) in item.iter() {
            let Some(id) = op.operation_id.clone() else {
                continue;
            };
            let mut setters = Vec::new();
            let mut hostile = false;
            for param in op.parameters.iter().chain(item.parameters.iter()) {
                let param = match param {
                    ReferenceOr::Item(p) => p,
                    ReferenceOr::Reference { reference } => {
                        let name = reference.rsplit('/').next().unwrap_or_default();
                        match spec
                            .components
                            .as_ref()
                            .and_then(|c| c.parameters.get(name))
                        {
                            Some(ReferenceOr::Item(p)) => p,
                            _ => continue,
                        }
                    }
                };
                let openapiv3::Parameter::Path { parameter_data, .. } = param else {
                    continue;
                };
                let setter = setter_name(&parameter_data.name);
                let openapiv3::ParameterSchemaOrContent::Schema(schema) = &parameter_data.format
                else {
                    continue;
                };
                let value = match schema {
                    ReferenceOr::Reference { reference } => {
                        let name = reference.rsplit('/').next().unwrap_or_default();
                        let ty = format_ident!("{}", name);
                        let svc = format_ident!("{}", service.name);
                        let sample = resolve(spec, schema)
                            .map(|s| sample(spec, s, 0).to_string())
                            .unwrap_or_default();
                        quote! { serde_json::from_str::<crate::#svc::types::#ty>(#sample).expect("sample path value") }
                    }
                    ReferenceOr::Item(s) => match &s.schema_kind {
                        SchemaKind::Type(Type::Integer(_)) => quote! { 1i64 },
                        SchemaKind::Type(Type::String(st)) if matches!(&st.format, openapiv3::VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid") =>
                        {
                            quote! { uuid::Uuid::nil() }
                        }
                        SchemaKind::Type(Type::String(_)) => {
                            hostile = true;
                            quote! { value }
                        }
                        _ => continue,
                    },
                };
                setters.push(quote! { .#setter(#value) });
            }
            if !hostile {
                continue;
            }
            let body = op.request_body.as_ref().and_then(|b| match b {
                ReferenceOr::Item(b) if b.required => b.content.values().next(),
                _ => None,
            });
            if let Some(media) = body {
                if let Some(ReferenceOr::Reference { reference }) = &media.schema {
                    let name = reference.rsplit('/').next().unwrap_or_default();
                    let ty = format_ident!("{}", name);
                    let json = media
                        .schema
                        .as_ref()
                        .and_then(|s| resolve(spec, s))
                        .map(|s| sample(spec, s, 0).to_string())
                        .unwrap_or_default();
                    setters.push(quote! {
                        .body(serde_json::from_str::<super::types::#ty>(#json).expect("sample body"))
                    });
                }
            }
            let method = format_ident!("{}", id);
            rows.push(quote! { (#id, #path) });
            arms.push(quote! {
                #id => crate::calls::exec_raw(client.raw().#method() #(#setters)* .prepare()).await.map(|_| ()),
            });
        }
    }
    let public: syn::Type = syn::parse_str(service.client).expect("client path");
    quote! {
        /// Every operation with a string path parameter, for the path-parameter test: not API.
        #[cfg(feature = "mock")]
        #[doc(hidden)]
        pub mod path_probe {
            /// `(operation id, path template)` of every operation with a string path parameter.
            pub const OPERATIONS: &[(&str, &str)] = &[#(#rows),*];

            /// Sends `operation` with `value` in each of its string path parameters.
            #[allow(deprecated)]
            pub async fn call(client: &#public, operation: &str, value: &str) -> crate::Result<()> {
                match operation {
                    #(#arms)*
                    other => Err(crate::Error::invalid_request(format!("no probe for {other}"))),
                }
            }
        }
    }
}

fn settings(service: &ServiceSpec, spec: &OpenAPI) -> progenitor::GenerationSettings {
    let mut settings = progenitor::GenerationSettings::default();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged)
        .with_hooks(progenitor::HooksMode::Expected)
        .with_inner_type(
            service
                .inner_type
                .parse::<TokenStream>()
                .expect("inner type path"),
        );
    for name in string_enums(spec).keys() {
        settings.with_replacement(
            name,
            format!("crate::{}::generated::enums::{name}", service.name),
            [progenitor::TypeImpl::Display, progenitor::TypeImpl::FromStr].into_iter(),
        );
    }
    for name in secret_schemas(spec) {
        settings.with_replacement(name, "crate::Secret", std::iter::empty());
    }
    settings.with_conversion(
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            format: Some("date-time".to_string()),
            ..Default::default()
        },
        "crate::Timestamp",
        [progenitor::TypeImpl::Display, progenitor::TypeImpl::FromStr].into_iter(),
    );
    settings
}

fn panic_text(payload: Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "progenitor panicked".to_string())
}

/// Runs `f` with panics caught and the default panic output silenced.
fn quietly<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = catch_unwind(AssertUnwindSafe(f)).map_err(panic_text);
    std::panic::set_hook(hook);
    result
}

/// Generates the client (and mock helpers) for one operation alone, to find which one breaks.
fn try_single(
    service: &ServiceSpec,
    spec: &OpenAPI,
    path: &str,
    method: &str,
) -> Result<(), String> {
    let mut single = spec.clone();
    single.paths.paths.retain(|p, _| p == path);
    if let Some(ReferenceOr::Item(item)) = single.paths.paths.get_mut(path) {
        for m in [
            "get", "put", "post", "delete", "options", "head", "patch", "trace",
        ] {
            if m != method {
                match m {
                    "get" => item.get = None,
                    "put" => item.put = None,
                    "post" => item.post = None,
                    "delete" => item.delete = None,
                    "options" => item.options = None,
                    "head" => item.head = None,
                    "patch" => item.patch = None,
                    _ => item.trace = None,
                }
            }
        }
    }
    let mut gen = progenitor::Generator::new(&settings(service, &single));
    match quietly(|| {
        gen.generate_tokens(&single)?;
        gen.httpmock(&single, "crate::x")
    }) {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => Err(e.to_string()),
        Err(p) => Err(p),
    }
}

fn explain_failure(service: &ServiceSpec, spec: &OpenAPI, whole: String) -> String {
    let file = spec_path(service.name);
    for row in operations(spec) {
        if let Err(why) = try_single(service, spec, &row.path, &row.method.to_lowercase()) {
            let id = row.id.unwrap_or_else(|| "(no operationId)".into());
            return format!(
                "{file}: progenitor cannot generate operation `{id}` ({} {}): {why}. \
                 Each operation needs exactly one 2xx response, no declared error responses, \
                 JSON as exactly `application/json`, named enums, and no array-typed query \
                 parameters (see openapi/README.md).",
                row.method, row.path
            );
        }
    }
    format!("{file}: progenitor cannot generate this spec: {whole}")
}

/// Generates the whole Rust source for `service`: client, open enums, transport glue and the
/// (feature-gated) httpmock helpers, formatted.
pub fn generate(service: &ServiceSpec, spec: &OpenAPI) -> Result<String, String> {
    let mut gen = progenitor::Generator::new(&settings(service, spec));
    let crate_path = format!("crate::{}::generated", service.name);
    let generated = quietly(
        || -> Result<(TokenStream, TokenStream), progenitor::Error> {
            let client = gen.generate_tokens(spec)?;
            let mock = gen.httpmock(spec, &crate_path)?;
            Ok((client, mock))
        },
    );
    let (client, mock) = match generated {
        Ok(Ok(pair)) => pair,
        Ok(Err(e)) => return Err(explain_failure(service, spec, e.to_string())),
        Err(panic) => return Err(explain_failure(service, spec, panic)),
    };
    let client = rewrite(service.name, spec, client)?;
    // progenitor's `send`s become `prepare`s first: the request builders of `fluent` call them.
    let mut client: syn::File = syn::parse2(client).map_err(|e| e.to_string())?;
    plain_sends(&mut client)?;
    let fluent = {
        let file = &client;
        let cfg = crate::fluent::FluentConfig {
            service: service.name,
            client: service.client,
            list_type: service.list_type,
            page_hooks: service.page_hooks,
            payload_hooks: service.payload_hooks,
            hand_written: service.hand_written,
            body_verdict: service.body_verdict,
        };
        crate::fluent::generate(&cfg, spec, file)
            .map_err(|e| format!("{}: {e}", spec_path(service.name)))?
    };
    let client = client.into_token_stream();
    let enums = enums_module(service.name, spec);
    let glue = glue(service, spec);
    let probe = path_probe(service, spec);
    let tokens = quote! {
        #client
        #fluent
        #enums
        #glue
        #probe
        /// httpmock helpers generated from the spec: one typed `when`/`then` pair per operation.
        #[cfg(feature = "mock")]
        pub mod mock {
            #mock
        }
    };
    let file: syn::File = syn::parse2(tokens).map_err(|e| {
        format!(
            "{}: generated code does not parse: {e}",
            spec_path(service.name)
        )
    })?;
    let mut file = file;
    prune_struct_builders(&mut file);
    setter_helpers(&mut file);
    compact_serde(&mut file);
    mark_inline(&mut file);
    let header = format!(
        "// Generated from {} by progenitor {} through build/codegen.rs. Do not edit.\n",
        spec_path(service.name),
        "0.15.1"
    );
    Ok(header + &prettyplease::unparse(&file))
}

/// Every identifier in `tokens`, nested groups included.
fn idents(tokens: TokenStream, out: &mut BTreeSet<String>) {
    for token in tokens {
        match token {
            proc_macro2::TokenTree::Ident(ident) => {
                out.insert(ident.to_string());
            }
            proc_macro2::TokenTree::Group(group) => idents(group.stream(), out),
            _ => {}
        }
    }
}

/// The items of the module `name` among `items`.
fn module_items<'a>(items: &'a mut [syn::Item], name: &str) -> Option<&'a mut Vec<syn::Item>> {
    items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == name => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}

/// The type an `impl` is for, by its last path segment (`X` of `X` and of `super::X`).
fn impl_self_name(imp: &syn::ItemImpl) -> Option<String> {
    match &*imp.self_ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// Drops typify's struct builders (`types::builder::X` and `X::builder()`) of the types no
/// request can carry: a caller builds what it sends, and only receives the rest (an answer's
/// type is made from JSON). The types a request carries are those of the request builders'
/// fields (`mod builder`: bodies, through `types::builder::X`, and typed parameters) and,
/// transitively, the types of their fields and variants. Those builders keep
/// `X::builder()`; the others were about 60% of them, for the compile of the crate to check.
fn prune_struct_builders(file: &mut syn::File) {
    let mut roots = BTreeSet::new();
    if let Some(items) = module_items(&mut file.items, "builder") {
        for item in items.iter() {
            if let syn::Item::Struct(st) = item {
                for field in &st.fields {
                    let ty = &field.ty;
                    idents(quote!(#ty), &mut roots);
                }
            }
        }
    }
    let Some(types) = module_items(&mut file.items, "types") else {
        return;
    };
    // Type name → the type names its fields and variants mention.
    let mut mentions: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in types.iter() {
        let (name, body) = match item {
            syn::Item::Struct(st) => {
                let fields = &st.fields;
                (st.ident.to_string(), quote!(#fields))
            }
            syn::Item::Enum(en) => {
                let variants = &en.variants;
                (en.ident.to_string(), quote!(#variants))
            }
            _ => continue,
        };
        let mut found = BTreeSet::new();
        idents(body, &mut found);
        mentions.insert(name, found);
    }
    let mut carried = BTreeSet::new();
    let mut todo: Vec<String> = roots
        .into_iter()
        .filter(|n| mentions.contains_key(n))
        .collect();
    while let Some(name) = todo.pop() {
        if carried.insert(name.clone()) {
            todo.extend(
                mentions[&name]
                    .iter()
                    .filter(|n| mentions.contains_key(*n) && !carried.contains(*n))
                    .cloned(),
            );
        }
    }
    // A type of the spec's that no request carries.
    let unused = |name: String| mentions.contains_key(&name) && !carried.contains(&name);
    let dropped = |imp: &syn::ItemImpl| impl_self_name(imp).is_some_and(unused);
    types.retain_mut(|item| match item {
        syn::Item::Mod(m) if m.ident == "builder" => {
            if let Some((_, items)) = &mut m.content {
                items.retain(|item| match item {
                    syn::Item::Struct(st) => !unused(st.ident.to_string()),
                    syn::Item::Impl(imp) => !dropped(imp),
                    _ => true,
                });
            }
            true
        }
        syn::Item::Impl(imp) if imp.trait_.is_none() && dropped(imp) => {
            imp.items
                .retain(|i| !matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "builder"));
            !imp.items.is_empty()
        }
        _ => true,
    });
}

/// Replaces each `async fn send` of progenitor's request builders (`mod builder`) with a plain
/// `prepare`: it checks the arguments, builds the URL and the closure that builds the request
/// (boxed), and returns them as a `crate::calls::Prepared`, which the shared generic functions
/// of `src/calls.rs` send and decode. An `async fn` per operation was a coroutine, and then an
/// `impl Future` per operation an opaque type, for rustc to check in every build of the crate,
/// 150 of them; `prepare` has neither, and the awaiting is written once. The request builders
/// of `fluent` call `prepare`; so does the hand-written code that sends through progenitor's
/// builders (with `crate::calls::exec_raw`).
///
/// The shape progenitor gives every operation here (after [`Rewrite`]) is, in order:
/// `let Self { client, .. } = self;`, the checks of the arguments and the URL, `let mut build =
/// || <request>;`, `let info = OperationInfo { .. };`, `let result = client.inner
/// .exec_rebuilding(&mut build, ..).await;`, `let response = result?;` and a `match` of the
/// status with one success arm and `_ => Err(Error::UnexpectedResponse(..))`. A `send` that
/// builds its request once (no `build` closure: see [`Rewrite::rebuildable`]; one operation)
/// stays as it is; one with a `build` closure but of another shape is an error, so that a new
/// progenitor cannot slip past this unnoticed.
fn plain_sends(file: &mut syn::File) -> Result<(), String> {
    for item in &mut file.items {
        let syn::Item::Mod(m) = item else { continue };
        let (true, Some((_, items))) = (m.ident == "builder", &mut m.content) else {
            continue;
        };
        for item in items.iter_mut() {
            let syn::Item::Impl(imp) = item else { continue };
            for it in imp.items.iter_mut() {
                let syn::ImplItem::Fn(f) = it else { continue };
                if f.sig.ident != "send" || f.sig.asyncness.is_none() {
                    continue;
                }
                let plain = plain_send(f).map_err(|e| {
                    let ty = &imp.self_ty;
                    format!("builder {}: send: {e}", quote!(#ty))
                })?;
                if let Some(plain) = plain {
                    *f = plain;
                }
            }
            unset_without_allocating(imp);
        }
    }
    Ok(())
}

/// A required parameter not set yet is `Err("<name> was not initialized".to_string())` in
/// progenitor's builders: an allocation for every such parameter of every call, though the
/// caller sets it right after. Here it is an empty `String` (no allocation), and `send` checks
/// each parameter with `crate::builders::param`, which gives that message for an empty error.
fn unset_without_allocating(imp: &mut syn::ItemImpl) {
    struct Unset;
    impl VisitMut for Unset {
        fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
            syn::visit_mut::visit_expr_mut(self, expr);
            let text = quote!(#expr).to_string().replace(' ', "");
            if text.starts_with("Err(\"") && text.ends_with("wasnotinitialized\".to_string())") {
                *expr = syn::parse_quote! { Err(String::new()) };
            }
        }
        fn visit_stmt_mut(&mut self, stmt: &mut syn::Stmt) {
            syn::visit_mut::visit_stmt_mut(self, stmt);
            // `let x = x.map_err(Error::InvalidRequest)?;`
            let syn::Stmt::Local(local) = stmt else {
                return;
            };
            let syn::Pat::Ident(name) = &local.pat else {
                return;
            };
            let Some(init) = &local.init else { return };
            let expr = &init.expr;
            let ident = &name.ident;
            let checked = format!("{ident}.map_err(Error::InvalidRequest)?");
            if quote!(#expr).to_string().replace(' ', "") == checked {
                let unset = format!("{ident} was not initialized");
                *stmt = syn::parse_quote! {
                    let #ident = crate::builders::param(#ident, #unset)?;
                };
            }
        }
    }
    Unset.visit_item_impl_mut(imp);
}

/// See [`plain_sends`].
fn plain_send(f: &syn::ImplItemFn) -> Result<Option<syn::ImplItemFn>, String> {
    let syn::ReturnType::Type(_, output) = &f.sig.output else {
        return Err("returns nothing".into());
    };
    let stmts = &f.block.stmts;
    let text = |s: &syn::Stmt| quote!(#s).to_string().replace(' ', "");
    let Some(build_at) = stmts
        .iter()
        .position(|s| text(s).starts_with("letmutbuild=||"))
    else {
        return Ok(None);
    };
    let syn::Stmt::Local(build) = &stmts[build_at] else {
        return Err("no `build` closure".into());
    };
    let syn::Expr::Closure(build) = &*build.init.as_ref().ok_or("no `build` closure")?.expr else {
        return Err("`build` is not a closure".into());
    };
    let request = &build.body;
    let rest: Vec<String> = stmts[build_at + 1..].iter().map(text).collect();
    let [info, exec, response, answer] = rest.as_slice() else {
        return Err(format!("{} statements after `build`, not 4", rest.len()));
    };
    let operation = info
        .strip_prefix("letinfo=OperationInfo{operation_id:\"")
        .and_then(|r| r.strip_suffix("\",};"))
        .ok_or("no OperationInfo")?;
    // The client field is `_client` where a parameter is named `client`.
    let client_field = exec
        .strip_prefix("letresult=")
        .and_then(|r| r.strip_suffix(".inner.exec_rebuilding(&mutbuild,info.operation_id).await;"))
        .filter(|c| *c == "client" || *c == "_client")
        .ok_or("not the exec_rebuilding call")?;
    let client_field = format_ident!("{}", client_field);
    if response != "letresponse=result?;" {
        return Err("not `result?`".into());
    }
    let syn::Stmt::Expr(syn::Expr::Match(answer_match), None) = &stmts[build_at + 4] else {
        return Err(format!("the answer is not matched: {answer}"));
    };
    let [success, other] = answer_match.arms.as_slice() else {
        return Err("not two arms".into());
    };
    let syn::Pat::Lit(code) = &success.pat else {
        return Err("the first arm is no status".into());
    };
    let other_body = &other.body;
    if quote!(#other_body).to_string().replace(' ', "")
        != "Err(Error::UnexpectedResponse(response.into_response()))"
    {
        return Err("the second arm is not UnexpectedResponse".into());
    }
    let success_body = &success.body;
    let success_text = quote!(#success_body).to_string().replace(' ', "");
    let success_text = success_text
        .strip_prefix('{')
        .and_then(|t| t.strip_suffix('}'))
        .unwrap_or(&success_text);
    let service = if success_text.contains("crate::transport::decode_response(response,") {
        success_text
            .split("decode_response(response,\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .ok_or("no service in decode_response")?
            .to_string()
    } else if success_text == "Ok(ResponseValue::empty(response.into_response()))" {
        String::new()
    } else {
        return Err(format!("unknown success arm {success_text}"));
    };
    let empty = service.is_empty();
    // `Result<ResponseValue<T>, Error<E>>` → `T` and `Error<E>`
    let answer_ty = crate::fluent::generic_of(output, "Result")
        .and_then(|t| crate::fluent::generic_of(t, "ResponseValue"))
        .ok_or("not a Result<ResponseValue<T>, _>")?;
    let error_ty = {
        let syn::Type::Path(p) = &**output else {
            return Err("not a Result".into());
        };
        let last = p.path.segments.last().ok_or("not a Result")?;
        let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
            return Err("not a Result".into());
        };
        match args.args.iter().nth(1) {
            Some(syn::GenericArgument::Type(t)) => t.clone(),
            _ => return Err("no error type".into()),
        }
    };
    let checks = &stmts[..build_at];
    // The docs stay (`Sends a `GET` request to ..`): the request builders of `fluent` take
    // them for their `send`.
    let attrs = &f.attrs;
    Ok(Some(syn::parse_quote! {
        #(#attrs)*
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, #answer_ty>, #error_ty> {
            let raw = self.#client_field;
            #(#checks)*
            Ok(crate::calls::Prepared::new(
                &raw.inner,
                Box::new(move || #request),
                #service,
                #operation,
                #code,
                #empty,
            ))
        }
    }))
}

/// Replaces serde's derived `Deserialize` and `Serialize` of every generated named-field struct
/// with compact impls of the same behaviour (`src/de.rs` says what they keep; see
/// [`serialize_impl`] for `Serialize`). serde's derive emits, per struct,
/// a field enum with its own identifier visitor and a `visit_seq` that JSON objects never use;
/// here each struct has one visitor with only `visit_map`, keys are read by the shared
/// `crate::de::Field`, and each value goes through one generic call into a tuple of slots.
/// Only the required fields (neither `Option` nor `default`) can fail when the struct is
/// finished; they are taken out first, and the rest is finished by calls that cannot fail or
/// unwind, so no error or unwinding path has to drop the fields one by one.
///
/// Only structs whose serde attributes are all understood here are rewritten: no container
/// attribute, and per field only `rename`, `default` (the bare form) and `skip_serializing_if`.
/// Any other struct keeps the derive.
fn compact_serde(file: &mut syn::File) {
    fn rewrite(items: &mut Vec<syn::Item>) {
        let mut out = Vec::with_capacity(items.len());
        for mut item in items.drain(..) {
            let extra = match &mut item {
                syn::Item::Struct(s) => compact(s).unwrap_or_default(),
                syn::Item::Mod(m) => {
                    if let Some((_, inner)) = &mut m.content {
                        rewrite(inner);
                    }
                    Vec::new()
                }
                _ => Vec::new(),
            };
            out.push(item);
            out.extend(extra);
        }
        *items = out;
    }
    rewrite(&mut file.items);
}

/// One field of a struct for [`compact_serde`]: its wire name, whether an absent value is
/// its `Default`, and the function that says when it is left out of what is sent.
struct WireField {
    ident: syn::Ident,
    ty: syn::Type,
    wire: String,
    default: bool,
    skip_if: Option<syn::Path>,
}

/// The compact `Deserialize` and `Serialize` impls of `s` (removing both from its derive), or
/// `None` when `s` keeps the derives.
fn compact(s: &mut syn::ItemStruct) -> Option<Vec<syn::Item>> {
    use syn::ext::IdentExt;
    use syn::punctuated::Punctuated;

    if !s.generics.params.is_empty() || s.attrs.iter().any(|a| a.path().is_ident("serde")) {
        return None;
    }
    let syn::Fields::Named(named) = &s.fields else {
        return None;
    };
    let is_serde = |p: &syn::Path, name: &str| {
        p.segments.last().is_some_and(|l| l.ident == name)
            && p.segments.iter().any(|seg| seg.ident == "serde")
    };
    let (derive_at, derives) = s.attrs.iter().enumerate().find_map(|(i, a)| {
        if !a.path().is_ident("derive") {
            return None;
        }
        let paths = a
            .parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
            .ok()?;
        paths
            .iter()
            .any(|p| is_serde(p, "Deserialize"))
            .then_some((i, paths))
    })?;
    let mut fields = Vec::new();
    for field in &named.named {
        let ident = field.ident.clone()?;
        let mut wire = ident.unraw().to_string();
        let mut default = false;
        let mut skip_if = None;
        for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
            attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    wire = meta.value()?.parse::<syn::LitStr>()?.value();
                } else if meta.path.is_ident("default") && !meta.input.peek(syn::Token![=]) {
                    default = true;
                } else if meta.path.is_ident("skip_serializing_if") {
                    skip_if = Some(meta.value()?.parse::<syn::LitStr>()?.parse::<syn::Path>()?);
                } else {
                    return Err(meta.error("not understood by compact_serde"));
                }
                Ok(())
            })
            .ok()?;
        }
        fields.push(WireField {
            ident,
            ty: field.ty.clone(),
            wire,
            default,
            skip_if,
        });
    }

    let serialize = derives.iter().any(|p| is_serde(p, "Serialize"));
    let kept: Punctuated<syn::Path, syn::Token![,]> = derives
        .into_iter()
        .filter(|p| !is_serde(p, "Deserialize") && !is_serde(p, "Serialize"))
        .collect();
    s.attrs[derive_at] = syn::parse_quote! { #[derive(#kept)] };
    // No serde derive is left to own the fields' `#[serde(..)]` attributes.
    if let syn::Fields::Named(named) = &mut s.fields {
        for field in &mut named.named {
            field.attrs.retain(|a| !a.path().is_ident("serde"));
        }
    }
    let mut impls = vec![deserialize_impl(&s.ident, &fields)];
    if serialize {
        impls.push(serialize_impl(&s.ident, &fields));
    }
    Some(impls)
}

/// `Serialize` for a struct of `fields`: serde's derive's behaviour (the fields in order, each
/// left out when its `skip_serializing_if` says so) with one call per field
/// (`crate::de::Fields::field`, which keeps the first error: no `?` and its exit per field),
/// and each `skip_serializing_if` evaluated once.
fn serialize_impl(name: &syn::Ident, fields: &[WireField]) -> syn::Item {
    let name_str = name.to_string();
    let skips = fields.iter().map(|f| {
        let ident = &f.ident;
        match &f.skip_if {
            Some(path) => quote!(#path(&self.#ident)),
            None => quote!(false),
        }
    });
    let idents = fields.iter().map(|f| &f.ident);
    let wires = fields.iter().map(|f| f.wire.as_str());
    let indices = (0..fields.len()).map(syn::Index::from);
    let count = fields.len();
    syn::parse_quote! {
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                let skip: [bool; #count] = [#(#skips),*];
                let mut state = crate::de::Fields::start(serializer, #name_str, &skip);
                #(state.field(#wires, &self.#idents, skip[#indices]);)*
                state.end()
            }
        }
    }
}

/// `Deserialize` for a struct of `fields` (see [`compact_serde`]).
fn deserialize_impl(name: &syn::Ident, fields: &[WireField]) -> syn::Item {
    let expecting = format!("struct {name}");
    let name_str = name.to_string();
    let wires: Vec<&str> = fields.iter().map(|f| f.wire.as_str()).collect();
    let types = fields.iter().map(|f| &f.ty);
    let nones = fields.iter().map(|_| quote!(::std::option::Option::None));
    let indices: Vec<syn::Index> = (0..fields.len()).map(syn::Index::from).collect();
    let keys = fields
        .iter()
        .map(|f| syn::LitByteStr::new(f.wire.as_bytes(), proc_macro2::Span::call_site()));
    // How each field's value is finished: `Option` fields and `default` ones cannot fail and go
    // through calls that cannot unwind (`crate::de::opt`, `crate::de::or_default`); the others
    // are taken out of the slots first (`crate::de::missing`, which may fail).
    let is_option = |ty: &syn::Type| match ty {
        syn::Type::Path(p) => p.path.segments.last().is_some_and(|l| l.ident == "Option"),
        _ => false,
    };
    let required: Vec<usize> = (0..fields.len())
        .filter(|&i| !fields[i].default && !is_option(&fields[i].ty))
        .collect();
    let taken: Vec<syn::Ident> = required
        .iter()
        .map(|i| format_ident!("__required{i}"))
        .collect();
    let taken_index = required.iter().map(|&i| syn::Index::from(i));
    let taken_wire = required.iter().map(|&i| fields[i].wire.as_str());
    let bindings = (0..fields.len()).map(|i| {
        if required.contains(&i) {
            quote!(_)
        } else {
            let slot = format_ident!("__field{i}");
            quote!(#slot)
        }
    });
    let finish = fields.iter().enumerate().map(|(i, f)| {
        let ident = &f.ident;
        let slot = format_ident!("__field{i}");
        if required.contains(&i) {
            let taken = format_ident!("__required{i}");
            quote! { #ident: #taken }
        } else if f.default {
            quote! { #ident: crate::de::or_default(#slot) }
        } else {
            quote! { #ident: crate::de::opt(#slot) }
        }
    });
    syn::parse_quote! {
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                const FIELDS: &[&str] = &[#(#wires),*];
                // A `match` on constants, which the optimiser turns into a few integer
                // comparisons per key; a loop over `FIELDS` would compare bytes one by one.
                fn __field(key: &[u8]) -> usize {
                    match key {
                        #(#keys => #indices,)*
                        _ => usize::MAX,
                    }
                }
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = #name;
                    fn expecting(
                        &self,
                        f: &mut ::std::fmt::Formatter<'_>,
                    ) -> ::std::fmt::Result {
                        f.write_str(#expecting)
                    }
                    fn visit_map<A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> ::std::result::Result<#name, A::Error> {
                        let mut slots: (#(::std::option::Option<#types>,)*) = (#(#nones,)*);
                        while let ::std::option::Option::Some(i) = crate::de::key(&mut map, __field, FIELDS.len())? {
                            match i {
                                #(#indices => crate::de::value(&mut map, &mut slots.#indices, #wires),)*
                                _ => crate::de::skip(&mut map),
                            }?;
                        }
                        #(let #taken = crate::de::missing(slots.#taken_index.take(), #taken_wire)?;)*
                        let (#(#bindings,)*) = slots;
                        ::std::result::Result::Ok(#name { #(#finish,)* })
                    }
                }
                deserializer.deserialize_struct(#name_str, FIELDS, __Visitor)
            }
        }
    }
}
