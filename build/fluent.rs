//! The one call style: a request builder per operation on the service's public client, emitted
//! from progenitor's builders (read back with syn) and the spec's extensions.
//!
//! For every operation `op` of a service, [`generate`] emits
//! - `impl <public client> { pub fn op(&self) -> fluent::Op<'_> }`, with the operation's docs;
//! - `fluent::Op<'a>`, wrapping progenitor's `builder::Op<'a>`:
//!   - every path and query parameter is a setter taking a plain value (progenitor's own
//!     `TryInto` bound, which every `Into` satisfies);
//!   - every field of a struct body is a setter too: `Option<T>` fields take `T`, lists take any
//!     `IntoIterator`, nested bodies take the value or its builder; a conversion that fails is
//!     an `InvalidRequest` at `send()`; `body(..)` still sets the whole body at once;
//!   - parameters marked `x-secret: true` (a virtual token in a path) are kept as
//!     `crate::Secret` (redacted in `Debug`) and given to progenitor's builder at `send()`,
//!     registered for scrubbing until the call ends (its span's `path`, its errors);
//!   - parameters marked `x-resolve` (Clink's groups) keep the caller's value and are resolved
//!     by the client at `send()` (`resolve_<kind>_owned`), with an alias setter named after the kind;
//!     so are the items of a list body field whose schema property is marked `x-resolve`;
//!   - `send()` returns `crate::Result<Payload>`: envelopes (schemas named `…Envelope` with a
//!     `data` member) are unwrapped (a missing `data` is a `Decode` error), list envelopes with
//!     a `paging` member become the service's list type (an operation's `x-data-default: true`
//!     takes the payload's `Default` for a missing `data`), and an operation's
//!     `x-not-found-when: <field>` turns `<field>: false` into `NotFound`;
//!   - `send_with_response()` returns `crate::Response<Payload>` (status, headers, request id);
//!   - operations with `x-paging` get `.stream()`: offset paging through
//!     `crate::pagination::offset_stream_from` (page size = `limit`), since-cursor watching
//!     through `crate::polling::since_stream`.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{OpenAPI, ReferenceOr};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// What the fluent layer of one service needs besides its spec.
pub struct FluentConfig {
    /// Module and feature name.
    pub service: &'static str,
    /// Path of the public client the operations are methods of.
    pub client: &'static str,
    /// Path of the list type a `{data: [T], paging}` envelope becomes (`List::new(data, paging)`).
    pub list_type: Option<&'static str>,
    /// `(operation id, path of fn(PageRequest, Payload) -> Page<Item>)`: a page hook replacing
    /// the default conversion of a page.
    pub page_hooks: &'static [(&'static str, &'static str)],
    /// `(operation id, path of fn(&'static str, Payload) -> crate::Result<Out>, Out)`: what
    /// `send()` returns instead of the payload (Clink's human-in-the-loop outcomes).
    pub payload_hooks: &'static [(&'static str, &'static str, &'static str)],
    /// Operations whose request builder is written by hand (it returns a handle, not a
    /// payload): no method and no builder is emitted for them.
    pub hand_written: &'static [&'static str],
    /// How a 2xx answer reports a failure in its body: `"success"` (Clink's `success: false`),
    /// `"error"` (Mosaia's `error` member), or `None`. Decided by `BodyVerdict` impls on the
    /// answer types, in the pass that decodes them.
    pub body_verdict: Option<&'static str>,
}

/// The schemas the spec's 2xx answers name.
fn answer_schemas(spec: &OpenAPI) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (_, item) in spec.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (_, op) in item.iter() {
            for (code, response) in &op.responses.responses {
                let ok = matches!(code, openapiv3::StatusCode::Code(c) if (200..300).contains(c));
                let ReferenceOr::Item(response) = response else {
                    continue;
                };
                if !ok {
                    continue;
                }
                for media in response.content.values() {
                    if let Some(ReferenceOr::Reference { reference }) = &media.schema {
                        out.insert(reference.rsplit('/').next().unwrap_or_default().to_string());
                    }
                }
            }
        }
    }
    out
}

/// `impl BodyVerdict` for every generated type: the default for most, the service's check for
/// its answer types that carry `success` / `error`.
fn verdicts(cfg: &FluentConfig, spec: &OpenAPI, types_items: &[syn::Item]) -> TokenStream {
    let answers = answer_schemas(spec);
    let service = cfg.service;
    let mut out = Vec::new();
    for item in types_items {
        let (ident, fields) = match item {
            syn::Item::Struct(st) => (st.ident.clone(), named_fields(st)),
            syn::Item::Enum(e) => (e.ident.clone(), Vec::new()),
            _ => continue,
        };
        let has = |name: &str| {
            fields
                .iter()
                .find(|(i, _, _)| i == name)
                .map(|f| f.1.clone())
        };
        let error_value = |ty: &syn::Type| {
            // `error` is free-form JSON in the specs; text is accepted too.
            if last_ident(generic_of(ty, "Option").unwrap_or(ty)).as_deref() == Some("String") {
                quote! { self.error.clone().map(serde_json::Value::String) }
            } else {
                quote! { self.error.clone() }
            }
        };
        let message = |fields: &Fields| {
            if fields.iter().any(|(i, _, _)| i == "message") {
                quote! { self.message.as_deref() }
            } else {
                quote! { None }
            }
        };
        let answer = answers.contains(&ident.to_string());
        let body = match (cfg.body_verdict, answer, has("success"), has("error")) {
            (Some("success"), true, Some(_), error) => {
                let error = match &error {
                    Some(ty) => error_value(ty),
                    None => quote! { None },
                };
                let message = message(&fields);
                let fallback =
                    format!("the {service} API answered `success: false` without a message");
                quote! {
                    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
                        if self.success {
                            return None;
                        }
                        let error: Option<serde_json::Value> = #error;
                        Some(crate::transport::body_failure(status, #message, error.as_ref(), #fallback, false))
                    }
                }
            }
            (Some("error"), true, _, Some(ty)) => {
                let error = error_value(&ty);
                let message = message(&fields);
                let fallback = format!("the {service} API answered with an `error` member");
                quote! {
                    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
                        let error: Option<serde_json::Value> = #error;
                        if !crate::transport::reports_error(error.as_ref()) {
                            return None;
                        }
                        Some(crate::transport::body_failure(status, #message, error.as_ref(), #fallback, true))
                    }
                }
            }
            _ => quote! {},
        };
        out.push(quote! { impl crate::transport::BodyVerdict for types::#ident { #body } });
    }
    quote! { #(#out)* }
}

/// A generic argument of the last segment of a path type, when that segment is `name`.
pub(crate) fn generic_of<'t>(ty: &'t syn::Type, name: &str) -> Option<&'t syn::Type> {
    let syn::Type::Path(p) = ty else {
        return None;
    };
    let last = p.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

/// The last path segment's ident of a type (`types::GroupEnvelope` → `GroupEnvelope`).
fn last_ident(ty: &syn::Type) -> Option<String> {
    let syn::Type::Path(p) = ty else {
        return None;
    };
    Some(p.path.segments.last()?.ident.to_string())
}

fn doc_attrs(attrs: &[syn::Attribute]) -> Vec<syn::Attribute> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc") || a.path().is_ident("deprecated"))
        .cloned()
        .collect()
}

fn only_docs(attrs: &[syn::Attribute]) -> Vec<syn::Attribute> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .cloned()
        .collect()
}

/// The named fields of a struct: `(ident, type, attrs)`.
type Fields = Vec<(syn::Ident, syn::Type, Vec<syn::Attribute>)>;

fn named_fields(s: &syn::ItemStruct) -> Fields {
    match &s.fields {
        syn::Fields::Named(f) => f
            .named
            .iter()
            .filter_map(|f| Some((f.ident.clone()?, f.ty.clone(), f.attrs.clone())))
            .collect(),
        _ => Vec::new(),
    }
}

fn module<'f>(items: &'f [syn::Item], name: &str) -> Option<&'f [syn::Item]> {
    items.iter().find_map(|i| match i {
        syn::Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, c)| c.as_slice()),
        _ => None,
    })
}

fn structs(items: &[syn::Item]) -> BTreeMap<String, &syn::ItemStruct> {
    items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Struct(s) => Some((s.ident.to_string(), s)),
            _ => None,
        })
        .collect()
}

/// Methods of the inherent impls of `name` in `items`.
fn methods<'f>(items: &'f [syn::Item], name: &str) -> Vec<&'f syn::ImplItemFn> {
    let mut out = Vec::new();
    for item in items {
        let syn::Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let syn::Type::Path(p) = &*imp.self_ty else {
            continue;
        };
        if p.path
            .segments
            .last()
            .map(|s| s.ident != name)
            .unwrap_or(true)
        {
            continue;
        }
        for it in &imp.items {
            if let syn::ImplItem::Fn(f) = it {
                out.push(f);
            }
        }
    }
    out
}

/// An operation's spec data the fluent layer reads.
#[derive(Default)]
struct OpSpec {
    /// Setter name → resolve kind (`x-resolve`).
    resolve: BTreeMap<String, String>,
    /// Setter name → the parameter's description.
    param_docs: BTreeMap<String, String>,
    /// Setter names of the parameters marked `x-secret: true` (a virtual token in a path).
    secret: BTreeSet<String>,
    paging: Option<serde_json::Value>,
    not_found_when: Option<String>,
    /// Body field name → resolve kind (`x-resolve` on a property of the body's schema).
    body_resolve: BTreeMap<String, String>,
    /// `x-data-default: true`: an envelope without `data` gives the payload's `Default`.
    data_default: bool,
}

/// `x-resolve` kinds of the properties of an operation's JSON body schema.
fn body_resolve(spec: &OpenAPI, op: &openapiv3::Operation) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let Some(ReferenceOr::Item(body)) = &op.request_body else {
        return out;
    };
    let Some(ReferenceOr::Reference { reference }) = body
        .content
        .get("application/json")
        .and_then(|m| m.schema.as_ref())
    else {
        return out;
    };
    let name = reference.rsplit('/').next().unwrap_or_default();
    let Some(ReferenceOr::Item(schema)) =
        spec.components.as_ref().and_then(|c| c.schemas.get(name))
    else {
        return out;
    };
    let openapiv3::SchemaKind::Type(openapiv3::Type::Object(obj)) = &schema.schema_kind else {
        return out;
    };
    for (field, prop) in &obj.properties {
        if let ReferenceOr::Item(prop) = prop {
            if let Some(kind) = prop
                .schema_data
                .extensions
                .get("x-resolve")
                .and_then(|v| v.as_str())
            {
                out.insert(field.clone(), kind.to_string());
            }
        }
    }
    out
}

fn op_specs(spec: &OpenAPI) -> BTreeMap<String, OpSpec> {
    let mut out = BTreeMap::new();
    for (_, item) in spec.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (_, op) in item.iter() {
            let Some(id) = op.operation_id.clone() else {
                continue;
            };
            let mut o = OpSpec {
                paging: op.extensions.get("x-paging").cloned(),
                not_found_when: op
                    .extensions
                    .get("x-not-found-when")
                    .and_then(|v| v.as_str())
                    .map(str::to_string),
                body_resolve: body_resolve(spec, op),
                data_default: op
                    .extensions
                    .get("x-data-default")
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false),
                ..OpSpec::default()
            };
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
                let data = param.parameter_data_ref();
                let setter = super::codegen::setter_name(&data.name).to_string();
                if let Some(kind) = data.extensions.get("x-resolve").and_then(|v| v.as_str()) {
                    o.resolve.insert(setter.clone(), kind.to_string());
                }
                if data.extensions.get("x-secret").and_then(|v| v.as_bool()) == Some(true) {
                    o.secret.insert(setter.clone());
                }
                if let Some(d) = &data.description {
                    o.param_docs.insert(setter, d.clone());
                }
            }
            out.insert(id, o);
        }
    }
    out
}

/// `T` → `(is_list, element or inner type)` for a body field's setter.
fn setter_shape(ty: &syn::Type) -> (bool, bool, syn::Type) {
    // (optional, list, element)
    let (optional, inner) = match generic_of(ty, "Option") {
        Some(t) => (true, t.clone()),
        None => (false, ty.clone()),
    };
    match generic_of(&inner, "Vec") {
        Some(e) => (optional, true, e.clone()),
        None => (optional, false, inner),
    }
}

const RESERVED: &[&str] = &[
    "new",
    "payload",
    "body",
    "body_map",
    "send",
    "send_with_response",
    "stream",
    "call",
    "poll_interval",
];

/// The fluent layer of one service, from progenitor's (rewritten) client file.
pub fn generate(
    cfg: &FluentConfig,
    spec: &OpenAPI,
    file: &syn::File,
) -> Result<TokenStream, String> {
    let service = cfg.service;
    let client_ty: syn::Type = syn::parse_str(cfg.client).map_err(|e| e.to_string())?;
    let types_items = module(&file.items, "types").ok_or("no types module")?;
    let type_structs = structs(types_items);
    let builder_items = module(&file.items, "builder").ok_or("no builder module")?;
    let builder_structs = structs(builder_items);
    let specs = op_specs(spec);
    let envelopes: BTreeSet<String> = spec
        .components
        .as_ref()
        .map(|c| {
            c.schemas
                .keys()
                .filter(|k| k.ends_with("Envelope"))
                .cloned()
                .collect()
        })
        .unwrap_or_default();

    let mut ops = Vec::new();
    let mut wrappers = Vec::new();
    for method in methods(&file.items, "Client") {
        let syn::ReturnType::Type(_, ret) = &method.sig.output else {
            continue;
        };
        let Some(builder_name) = last_ident(ret) else {
            continue;
        };
        let Some(builder) = builder_structs.get(&builder_name) else {
            continue;
        };
        let op = method.sig.ident.clone();
        let op_id = op.to_string();
        if cfg.hand_written.contains(&op_id.as_str()) {
            continue;
        }
        let ospec = specs
            .get(&op_id)
            .ok_or_else(|| format!("{op_id}: not in the spec"))?;
        let bname = format_ident!("{}", builder_name);
        let bname_str = builder_name.clone();
        let bmethods = methods(builder_items, &builder_name);
        // progenitor's `prepare` (see `plain_sends` in `build/codegen.rs`), or for a request
        // built once its `async fn send`.
        let prepare = bmethods.iter().find(|m| m.sig.ident == "prepare");
        let send = prepare
            .or_else(|| bmethods.iter().find(|m| m.sig.ident == "send"))
            .ok_or_else(|| format!("{op_id}: no prepare or send"))?;
        let send_docs = only_docs(&send.attrs);
        // `Result<Prepared<'a, T>, Error<E>>` or `Result<ResponseValue<T>, Error<E>>` → T
        let syn::ReturnType::Type(_, send_ret) = &send.sig.output else {
            return Err(format!("{op_id}: send returns nothing"));
        };
        let raw_payload = generic_of(send_ret, "Result")
            .and_then(|t| generic_of(t, "Prepared").or_else(|| generic_of(t, "ResponseValue")))
            .cloned()
            .ok_or_else(|| format!("{op_id}: unexpected send type"))?;

        // What `send()` returns and how the body becomes it.
        let raw_name = last_ident(&raw_payload).unwrap_or_default();
        let envelope = if envelopes.contains(&raw_name) {
            type_structs.get(&raw_name).map(|s| named_fields(s))
        } else {
            None
        };
        let (payload, unwrap): (syn::Type, TokenStream) = match envelope {
            Some(fields) => {
                let data = fields
                    .iter()
                    .find(|(i, _, _)| i == "data")
                    .ok_or_else(|| format!("{raw_name}: envelope without data"))?;
                let has_paging = fields.iter().any(|(i, _, _)| i == "paging");
                let optional_list = generic_of(&data.1, "Option")
                    .and_then(|inner| generic_of(inner, "Vec"))
                    .cloned();
                match (generic_of(&data.1, "Option"), has_paging, cfg.list_type) {
                    (Some(_), true, Some(list)) if optional_list.is_some() => {
                        let list: syn::Path = syn::parse_str(list).map_err(|e| e.to_string())?;
                        let item = optional_list.expect("checked");
                        (
                            syn::parse_quote! { #list<#item> },
                            quote! {
                                match body.data {
                                    Some(data) => #list::new(data, body.paging),
                                    None => return Err(crate::transport::no_data(#service, #op_id)),
                                }
                            },
                        )
                    }
                    (None, true, Some(list)) => {
                        let list: syn::Path = syn::parse_str(list).map_err(|e| e.to_string())?;
                        let item = generic_of(&data.1, "Vec")
                            .ok_or_else(|| format!("{raw_name}: paged data is not a list"))?;
                        (
                            syn::parse_quote! { #list<#item> },
                            quote! { #list::new(body.data, body.paging) },
                        )
                    }
                    (Some(inner), _, _) if ospec.data_default => {
                        (inner.clone(), quote! { body.data.unwrap_or_default() })
                    }
                    (Some(inner), _, _) => (
                        inner.clone(),
                        quote! {
                            match body.data {
                                Some(data) => data,
                                None => return Err(crate::transport::no_data(#service, #op_id)),
                            }
                        },
                    ),
                    (None, _, _) => (data.1.clone(), quote! { body.data }),
                }
            }
            None => (raw_payload.clone(), quote! { body }),
        };
        let (payload, unwrap) = match cfg.payload_hooks.iter().find(|(id, _, _)| *id == op_id) {
            Some((_, hook, out)) => {
                let hook: syn::Path = syn::parse_str(hook).map_err(|e| e.to_string())?;
                let out: syn::Type = syn::parse_str(out).map_err(|e| e.to_string())?;
                (out, quote! { #hook(#op_id, { #unwrap })? })
            }
            None => (payload, unwrap),
        };
        let not_found = match &ospec.not_found_when {
            Some(field) => {
                let f = format_ident!("{}", field);
                let ptype = type_structs
                    .get(&last_ident(&payload).unwrap_or_default())
                    .map(|s| named_fields(s))
                    .and_then(|fs| fs.into_iter().find(|(i, _, _)| i == field))
                    .ok_or_else(|| format!("{op_id}: x-not-found-when names no field"))?;
                let is_false = if generic_of(&ptype.1, "Option").is_some() {
                    quote! { payload.#f == Some(false) }
                } else {
                    quote! { !payload.#f }
                };
                let msg = format!("`{field}: false`: nothing with this id");
                quote! {
                    if #is_false {
                        return Err(crate::Error::new(crate::ErrorKind::NotFound, #msg)
                            .with_operation(#service, #op_id));
                    }
                }
            }
            None => quote! {},
        };

        // Parameters: the builder's fields other than `client` and `body`.
        let mut param_setters = Vec::new();
        let mut extra_fields = Vec::new();
        let mut extra_init = Vec::new();
        let mut resolve_steps = Vec::new();
        let mut resolve_idents = Vec::new();
        // What `Debug` prints: the parameters and body set so far, never the client.
        let mut debug_fields = Vec::new();
        let mut setter_names: BTreeSet<String> = BTreeSet::new();
        let paging_style = ospec
            .paging
            .as_ref()
            .and_then(|p| p.get("style"))
            .and_then(|v| v.as_str())
            .map(str::to_string);
        let mut limit_ty: Option<syn::Type> = None;
        let mut offset_ty: Option<syn::Type> = None;
        let mut has_body = false;
        for (ident, ty, _) in named_fields(builder) {
            let name = ident.to_string();
            if matches!(ty, syn::Type::Reference(_)) {
                continue;
            }
            if name == "body" {
                has_body = true;
                // The body as the request would send it, or else (a required field missing) its
                // builder.
                let body_ty = generic_of(&ty, "Result").cloned();
                let is_builder = body_ty
                    .as_ref()
                    .is_some_and(|t| quote!(#t).to_string().contains("builder"));
                debug_fields.push(match (is_builder, body_ty.as_ref().and_then(last_ident)) {
                    (true, Some(body_name)) => {
                        let body_name = format_ident!("{}", body_name);
                        quote! {
                            crate::builders::debug_body::<super::types::#body_name, _>(&mut d, &self.inner.body);
                        }
                    }
                    _ => quote! {
                        crate::builders::debug_set(&mut d, "body", self.inner.body.as_ref().ok());
                    },
                });
                continue;
            }
            let inner = generic_of(&ty, "Result")
                .cloned()
                .ok_or_else(|| format!("{op_id}.{name}: not a Result"))?;
            let value_ty = generic_of(&inner, "Option")
                .cloned()
                .unwrap_or(inner.clone());
            setter_names.insert(name.clone());
            // Parameters the request builder keeps itself (resolved or secret ones) print from
            // its own field; the others from progenitor's builder, once set.
            debug_fields.push(
                if ospec.resolve.contains_key(&name) || ospec.secret.contains(&name) {
                    quote! {
                        crate::builders::debug_set(&mut d, #name, self.#ident.as_ref());
                    }
                } else if generic_of(&inner, "Option").is_some() {
                    quote! {
                        crate::builders::debug_optional(&mut d, #name, &self.inner.#ident);
                    }
                } else {
                    quote! {
                        crate::builders::debug_required(&mut d, #name, &self.inner.#ident);
                    }
                },
            );
            let doc = ospec
                .param_docs
                .get(&name)
                .map(|d| d.trim().to_string())
                .unwrap_or_else(|| format!("The `{name}` parameter."));
            if let Some(kind) = ospec.resolve.get(&name) {
                let resolver = format_ident!("resolve_{}_owned", kind);
                extra_fields.push(quote! { #ident: Option<String>, });
                extra_init.push(quote! { #ident: None, });
                resolve_idents.push(ident.clone());
                resolve_steps.push(quote! {
                    if let Some(value) = #ident {
                        inner = inner.#ident(client.#resolver(value).await?);
                    }
                });
                param_setters.push(quote! {
                    #[doc = #doc]
                    pub fn #ident(mut self, value: impl Into<String>) -> Self {
                        self.#ident = Some(value.into());
                        self
                    }
                });
                let alias = format_ident!("{}", kind);
                if alias != ident {
                    setter_names.insert(kind.clone());
                    let adoc = format!("Alias of [`{name}`](Self::{name}): a slug or an id.");
                    param_setters.push(quote! {
                        #[doc = #adoc]
                        pub fn #alias(self, value: impl Into<String>) -> Self {
                            self.#ident(value)
                        }
                    });
                }
                continue;
            }
            if ospec.secret.contains(&name) {
                // Kept as a `Secret` (redacted in `Debug`) and given to progenitor's builder at
                // `send()`; held until the call ends, so that its span and errors are scrubbed
                // of it.
                if last_ident(&value_ty).as_deref() != Some("String") {
                    return Err(format!(
                        "{op_id}.{name}: x-secret on a parameter that is not a string"
                    ));
                }
                let held = format_ident!("_{}_held", ident);
                extra_fields.push(quote! { #ident: Option<crate::Secret>, });
                extra_init.push(quote! { #ident: None, });
                resolve_idents.push(ident.clone());
                resolve_steps.push(quote! {
                    let #held = match #ident {
                        Some(secret) => {
                            inner = inner.#ident(secret.expose_secret().to_string());
                            Some(crate::transport::hold_secret_segment(#name, secret))
                        }
                        None => None,
                    };
                });
                param_setters.push(quote! {
                    #[doc = #doc]
                    pub fn #ident<V>(mut self, value: V) -> Self
                    where
                        V: std::convert::TryInto<#value_ty>,
                    {
                        match value.try_into() {
                            Ok(v) => self.#ident = Some(crate::Secret::new(v)),
                            Err(_) => crate::builders::fail(&mut self.error, #name, "not a string"),
                        }
                        self
                    }
                });
                continue;
            }
            if paging_style.as_deref() == Some("offset") && (name == "limit" || name == "offset") {
                let field = format_ident!("page_{}", name);
                extra_fields.push(quote! { #field: Option<#value_ty>, });
                extra_init.push(quote! { #field: None, });
                let doc = if name == "limit" {
                    format!("{doc}\n\nAlso the page size of [`stream`](Self::stream).")
                } else {
                    format!("{doc}\n\nAlso where [`stream`](Self::stream) starts.")
                };
                param_setters.push(quote! {
                    #[doc = #doc]
                    pub fn #ident(mut self, value: #value_ty) -> Self {
                        self.#field = Some(value);
                        self.inner = self.inner.#ident(value);
                        self
                    }
                });
                if name == "limit" {
                    limit_ty = Some(value_ty.clone());
                } else {
                    offset_ty = Some(value_ty.clone());
                }
                continue;
            }
            param_setters.push(quote! {
                #[doc = #doc]
                pub fn #ident<V>(mut self, value: V) -> Self
                where
                    V: std::convert::TryInto<#value_ty>,
                {
                    self.inner = self.inner.#ident(value);
                    self
                }
            });
        }

        // The body: whole, and field by field when it is a struct.
        let mut body_setters = Vec::new();
        if has_body {
            if let Some(body_fn) = bmethods.iter().find(|m| m.sig.ident == "body") {
                let mut sig = body_fn.sig.clone();
                sig.ident = format_ident!("body");
                body_setters.push(quote! {
                    /// Sets the whole request body at once (a value or its builder); the field
                    /// setters change it afterwards.
                    pub #sig {
                        self.inner = self.inner.body(value);
                        self
                    }
                });
            }
            let body_type = bmethods
                .iter()
                .find(|m| m.sig.ident == "body_map")
                .and_then(|m| m.sig.generics.where_clause.as_ref())
                .and_then(|w| w.predicates.first())
                .and_then(|p| match p {
                    syn::WherePredicate::Type(t) => t.bounds.first().cloned(),
                    _ => None,
                })
                .and_then(|b| match b {
                    syn::TypeParamBound::Trait(t) => t.path.segments.last().cloned(),
                    _ => None,
                })
                .and_then(|seg| match seg.arguments {
                    syn::PathArguments::Parenthesized(p) => p.inputs.first().cloned(),
                    _ => None,
                })
                .and_then(|t| last_ident(&t));
            if let Some(body_type) = body_type {
                let s = type_structs
                    .get(&body_type)
                    .ok_or_else(|| format!("{op_id}: body type {body_type} not found"))?;
                for (ident, ty, attrs) in named_fields(s) {
                    let name = ident.to_string();
                    let setter =
                        if setter_names.contains(&name) || RESERVED.contains(&name.as_str()) {
                            format_ident!("body_{}", name)
                        } else {
                            ident.clone()
                        };
                    setter_names.insert(setter.to_string());
                    let docs = only_docs(&attrs);
                    let (optional, list, elem) = setter_shape(&ty);
                    let wrap = if optional {
                        quote! { Some(v) }
                    } else {
                        quote! { v }
                    };
                    let wrap_resolved = if optional {
                        quote! { Some(resolved) }
                    } else {
                        quote! { resolved }
                    };
                    let fname = name.trim_end_matches('_').to_string();
                    if let (true, Some(kind)) = (list, ospec.body_resolve.get(&fname)) {
                        // Kept as given, resolved by the client at `send()`.
                        let resolver = format_ident!("resolve_{}_owned", kind);
                        let field = format_ident!("resolve_body_{}", fname);
                        extra_fields.push(quote! { #field: Option<Vec<String>>, });
                        extra_init.push(quote! { #field: None, });
                        debug_fields.push(quote! {
                            if let Some(values) = &self.#field {
                                d.field(#fname, values);
                            }
                        });
                        resolve_idents.push(field.clone());
                        resolve_steps.push(quote! {
                            if let Some(values) = #field {
                                let mut resolved = Vec::with_capacity(values.len());
                                for value in values {
                                    resolved.push(client.#resolver(value).await?);
                                }
                                inner = inner.body_map(|b| b.#ident(#wrap_resolved));
                            }
                        });
                        body_setters.push(quote! {
                            #(#docs)*
                            pub fn #setter<I, V>(mut self, values: I) -> Self
                            where
                                I: IntoIterator<Item = V>,
                                V: Into<String>,
                            {
                                self.#field = Some(values.into_iter().map(Into::into).collect());
                                self
                            }
                        });
                        continue;
                    }
                    if list {
                        body_setters.push(quote! {
                            #(#docs)*
                            pub fn #setter<I, V>(mut self, values: I) -> Self
                            where
                                I: IntoIterator<Item = V>,
                                V: std::convert::TryInto<#elem>,
                                V::Error: std::fmt::Display,
                            {
                                let values: Result<Vec<#elem>, _> =
                                    values.into_iter().map(|v| v.try_into()).collect();
                                match values {
                                    Ok(v) => self.inner = self.inner.body_map(|b| b.#ident(#wrap)),
                                    Err(e) => crate::builders::fail(&mut self.error, #fname, e),
                                }
                                self
                            }
                        });
                    } else {
                        body_setters.push(quote! {
                            #(#docs)*
                            pub fn #setter<V>(mut self, value: V) -> Self
                            where
                                V: std::convert::TryInto<#elem>,
                                V::Error: std::fmt::Display,
                            {
                                match value.try_into() {
                                    Ok(v) => self.inner = self.inner.body_map(|b| b.#ident(#wrap)),
                                    Err(e) => crate::builders::fail(&mut self.error, #fname, e),
                                }
                                self
                            }
                        });
                    }
                }
            }
        }

        // Paging.
        let stream = match paging_style.as_deref() {
            Some("offset") => {
                let (Some(limit_ty), Some(offset_ty)) = (&limit_ty, &offset_ty) else {
                    return Err(format!("{op_id}: x-paging offset needs limit and offset"));
                };
                let paging = ospec.paging.as_ref().expect("paging");
                let default = paging
                    .get("default")
                    .and_then(|v| v.as_u64())
                    .unwrap_or(100);
                let max = paging
                    .get("max")
                    .and_then(|v| v.as_u64())
                    .unwrap_or(u64::MAX);
                let item = generic_of(&payload, "Vec")
                    .or_else(|| generic_of(&payload, "List"))
                    .cloned()
                    .ok_or_else(|| format!("{op_id}: paged payload is not a list"))?;
                let to_page = match cfg.page_hooks.iter().find(|(id, _)| *id == op_id) {
                    Some((_, hook)) => {
                        let hook: syn::Path = syn::parse_str(hook).map_err(|e| e.to_string())?;
                        quote! { #hook(page, payload) }
                    }
                    None => quote! { crate::pagination::IntoPage::into_page(payload) },
                };
                let most = if max == u64::MAX {
                    String::new()
                } else {
                    format!(", at most {max}")
                };
                let doc = format!(
                    "Every item of this list, lazily: one page of `limit` items (default \
                     {default}{most}) in memory at a time, from `offset` (default 0), with this \
                     request's filters. The first error is yielded and ends the stream."
                );
                quote! {
                    #[doc = #doc]
                    pub fn stream(self) -> impl futures::Stream<Item = crate::Result<#item>> + 'a {
                        let size = self.page_limit.map_or(#default, |l| u64::try_from(l).unwrap_or(1)).clamp(1, #max);
                        let start = self.page_offset.map_or(0, |o| u64::try_from(o).unwrap_or(0));
                        crate::pagination::offset_stream_from(start, size, move |page| {
                            let request = self
                                .clone()
                                .limit(<#limit_ty>::try_from(page.limit).unwrap_or(<#limit_ty>::MAX))
                                .offset(<#offset_ty>::try_from(page.offset).unwrap_or(<#offset_ty>::MAX));
                            async move {
                                let payload = request.send().await?;
                                Ok(#to_page)
                            }
                        })
                    }
                }
            }
            Some("since") => {
                let paging = ospec.paging.as_ref().expect("paging");
                let field = |k: &str| {
                    paging
                        .get(k)
                        .and_then(|v| v.as_str())
                        .map(|s| format_ident!("{}", s))
                        .ok_or_else(|| format!("{op_id}: x-paging since needs `{k}`"))
                };
                let (items, cursor, id, param) = (
                    field("items")?,
                    field("cursor")?,
                    field("id")?,
                    field("param")?,
                );
                let payload_fields = type_structs
                    .get(&last_ident(&payload).unwrap_or_default())
                    .map(|s| named_fields(s))
                    .unwrap_or_default();
                let items_ty = payload_fields
                    .iter()
                    .find(|(i, _, _)| *i == items)
                    .map(|f| f.1.clone())
                    .ok_or_else(|| format!("{op_id}: no items field"))?;
                let (optional, _, item) = setter_shape(&items_ty);
                let take = if optional {
                    quote! { payload.#items.unwrap_or_default() }
                } else {
                    quote! { payload.#items }
                };
                extra_fields.push(quote! { poll: crate::polling::PollConfig, });
                extra_init.push(quote! { poll: crate::polling::PollConfig::default(), });
                quote! {
                    /// How often [`stream`](Self::stream) polls: the first interval, backing off
                    /// while nothing new arrives (default: 1 s up to 15 s).
                    pub fn poll_interval(mut self, poll: impl Into<crate::polling::PollConfig>) -> Self {
                        self.poll = poll.into();
                        self
                    }

                    /// Watches this list: a stream of the items arriving, each once, oldest
                    /// first. It polls this request with a cursor (the newest item's time),
                    /// immediately and then at the [`poll_interval`](Self::poll_interval). It
                    /// never ends by itself; the first error is yielded and ends it.
                    pub fn stream(self) -> impl futures::Stream<Item = crate::Result<#item>> + 'a {
                        let poll = self.poll.clone();
                        crate::polling::since_stream(
                            poll,
                            move |since| {
                                let request = match since {
                                    Some(since) => self.clone().#param(since),
                                    None => self.clone(),
                                };
                                async move {
                                    let payload = request.send().await?;
                                    Ok(#take)
                                }
                            },
                            |item: &#item| (item.#cursor.clone(), item.#id.to_string()),
                        )
                    }
                }
            }
            Some(other) => return Err(format!("{op_id}: unknown x-paging style {other}")),
            None => quote! {},
        };

        let method_docs = doc_attrs(&method.attrs);
        let deprecated: Vec<_> = method
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("deprecated"))
            .collect();
        let struct_doc = format!(
            "The request of [`{0}`]({1}::{0}): set its parameters and body fields, then \
             [`send`](Self::send) it.",
            op_id, cfg.client,
        );
        // `send` and `send_with_response` are plain functions returning a future made by the
        // shared generic functions of `src/calls.rs` from what progenitor's builder prepared:
        // an `async fn`, or an `impl Future` of its own, per operation was a coroutine or an
        // opaque type for rustc to check, for every operation, in every build of the crate.
        // An operation with steps to run first (resolving a slug, holding a secret) has them in
        // an `async fn call`; a request built once (progenitor's `async fn send`) is sent by it.
        let direct = prepare.is_some() && resolve_steps.is_empty();
        // The body of `send` or `send_with_response`: a call of the shared function `prepared`
        // (given what `prepare` made), or `through_call` (given `call`'s future).
        let sent = |prepared: &str, through_call: &str| {
            if direct {
                let f = format_ident!("{prepared}");
                quote! {
                    crate::calls::#f(self.error, self.inner.prepare(), #service, #op_id, Self::payload)
                }
            } else {
                let f = format_ident!("{through_call}");
                quote! { crate::calls::#f(self.call(), Self::payload) }
            }
        };
        let sends = sent("send", "send_call");
        let sends_with_response = sent("send_with_response", "send_call_with_response");
        let call = if direct {
            quote! {}
        } else {
            let answer = if prepare.is_some() {
                quote! { crate::calls::call_prepared(inner.prepare(), #service, #op_id).await }
            } else {
                quote! { crate::calls::call(inner.send(), #service, #op_id).await }
            };
            quote! {
                async fn call(self) -> crate::Result<progenitor_client::ResponseValue<#raw_payload>> {
                    #[allow(unused_mut, unused_variables)]
                    let Self { client, mut inner, error, #(#resolve_idents,)* .. } = self;
                    if let Some(e) = error {
                        return Err(crate::Error::invalid_request(e).with_operation(#service, #op_id));
                    }
                    #(#resolve_steps)*
                    #answer
                }
            }
        };
        ops.push(quote! {
            #(#method_docs)*
            pub fn #op(&self) -> fluent::#bname<'_> {
                fluent::#bname::new(self)
            }
        });
        wrappers.push(quote! {
            #[doc = #struct_doc]
            #[must_use = "a request does nothing until it is sent"]
            #[derive(Clone)]
            pub struct #bname<'a> {
                client: &'a #client_ty,
                inner: super::builder::#bname<'a>,
                error: Option<String>,
                #(#extra_fields)*
            }

            /// The parameters and body set so far (secret ones redacted), and an invalid
            /// argument if one was given.
            impl std::fmt::Debug for #bname<'_> {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    let mut d = f.debug_struct(#bname_str);
                    #(#debug_fields)*
                    if let Some(error) = &self.error {
                        d.field("error", error);
                    }
                    d.finish()
                }
            }

            #[allow(deprecated)]
            impl<'a> #bname<'a> {
                pub(crate) fn new(client: &'a #client_ty) -> Self {
                    Self {
                        client,
                        inner: client.raw().#op(),
                        error: None,
                        #(#extra_init)*
                    }
                }

                #(#param_setters)*
                #(#body_setters)*

                #(#send_docs)*
                ///
                /// Returns the payload; [`send_with_response`](Self::send_with_response) also
                /// returns the status, headers and request id.
                #(#deprecated)*
                pub fn send(self) -> impl std::future::Future<Output = crate::Result<#payload>> + 'a {
                    #sends
                }

                /// Like [`send`](Self::send), with the response's status, headers and request id.
                #(#deprecated)*
                pub fn send_with_response(
                    self,
                ) -> impl std::future::Future<Output = crate::Result<crate::Response<#payload>>> + 'a {
                    #sends_with_response
                }

                /// The payload of a decoded answer (envelope unwrapped, service rules applied),
                /// for both `send` and `send_with_response`.
                fn payload(body: #raw_payload) -> crate::Result<#payload> {
                    let payload = #unwrap;
                    #not_found
                    Ok(payload)
                }

                #call

                #stream
            }
        });
    }
    let verdicts = verdicts(cfg, spec, types_items);
    Ok(quote! {
        #verdicts

        impl #client_ty {
            #(#ops)*
        }

        /// The request builders of this service's operations: `client.<operation>()` returns
        /// one; set parameters and body fields with plain values, then `send()`.
        pub mod fluent {
            #[allow(unused_imports)]
            use super::types;
            // Body fields name the types of `types` unqualified, as typify writes them there;
            // local names shadow this glob.
            #[allow(unused_imports)]
            use super::types::*;
            #(#wrappers)*
        }
    })
}
