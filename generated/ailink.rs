// Generated from openapi/ailink.yaml by progenitor 0.15.1 through build/codegen.rs. Do not edit.
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Answer of `decide_approval`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ApprovalDecision {
        pub id: ::uuid::Uuid,
        pub status: crate::ailink::generated::enums::ApprovalStatus,
        ///False when the request was unknown, not pending, or in another project.
        pub updated: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for ApprovalDecision {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["id", "status", "updated"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"id" => 0,
                    b"status" => 1,
                    b"updated" => 2,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ApprovalDecision;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct ApprovalDecision")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<ApprovalDecision, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::uuid::Uuid>,
                        ::std::option::Option<
                            crate::ailink::generated::enums::ApprovalStatus,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "id"),
                            1 => crate::de::value(&mut map, &mut slots.1, "status"),
                            2 => crate::de::value(&mut map, &mut slots.2, "updated"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "id")?;
                    let __required1 = crate::de::missing(slots.1.take(), "status")?;
                    let __required2 = crate::de::missing(slots.2.take(), "updated")?;
                    let (_, _, _) = slots;
                    ::std::result::Result::Ok(ApprovalDecision {
                        id: __required0,
                        status: __required1,
                        updated: __required2,
                    })
                }
            }
            deserializer.deserialize_struct("ApprovalDecision", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for ApprovalDecision {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 3usize] = [false, false, false];
            let mut state = crate::de::Fields::start(
                serializer,
                "ApprovalDecision",
                &skip,
            );
            state.field("id", &self.id, skip[0]);
            state.field("status", &self.status, skip[1]);
            state.field("updated", &self.updated, skip[2]);
            state.end()
        }
    }
    ///Body of `decide_approval`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ApprovalDecisionRequest {
        pub decision: crate::ailink::generated::enums::ApprovalDecisionKind,
    }
    impl<'de> ::serde::Deserialize<'de> for ApprovalDecisionRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["decision"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"decision" => 0,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ApprovalDecisionRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct ApprovalDecisionRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<ApprovalDecisionRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            crate::ailink::generated::enums::ApprovalDecisionKind,
                        >,
                    ) = (::std::option::Option::None,);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "decision"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "decision")?;
                    let (_,) = slots;
                    ::std::result::Result::Ok(ApprovalDecisionRequest {
                        decision: __required0,
                    })
                }
            }
            deserializer.deserialize_struct("ApprovalDecisionRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for ApprovalDecisionRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 1usize] = [false];
            let mut state = crate::de::Fields::start(
                serializer,
                "ApprovalDecisionRequest",
                &skip,
            );
            state.field("decision", &self.decision, skip[0]);
            state.end()
        }
    }
    impl ApprovalDecisionRequest {
        #[inline]
        pub fn builder() -> builder::ApprovalDecisionRequest {
            Default::default()
        }
    }
    ///A human-in-the-loop approval request.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ApprovalRequest {
        pub created_at: crate::Timestamp,
        ///When the request expires (10 minutes after creation).
        pub expires_at: crate::Timestamp,
        pub id: ::uuid::Uuid,
        ///Value of the agent's `X-AIlink-Idempotency-Key` header (the head `X-TrueFlow-Idempotency-Key`), if sent.
        pub idempotency_key: ::std::option::Option<::std::string::String>,
        pub project_id: ::uuid::Uuid,
        pub request_summary: RequestSummary,
        pub reviewed_at: ::std::option::Option<crate::Timestamp>,
        pub reviewed_by: ::std::option::Option<::uuid::Uuid>,
        pub status: crate::ailink::generated::enums::ApprovalStatus,
        pub token_id: ::std::option::Option<crate::Secret>,
    }
    impl<'de> ::serde::Deserialize<'de> for ApprovalRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "created_at",
                "expires_at",
                "id",
                "idempotency_key",
                "project_id",
                "request_summary",
                "reviewed_at",
                "reviewed_by",
                "status",
                "token_id",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"created_at" => 0,
                    b"expires_at" => 1,
                    b"id" => 2,
                    b"idempotency_key" => 3,
                    b"project_id" => 4,
                    b"request_summary" => 5,
                    b"reviewed_at" => 6,
                    b"reviewed_by" => 7,
                    b"status" => 8,
                    b"token_id" => 9,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ApprovalRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct ApprovalRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<ApprovalRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<::uuid::Uuid>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::uuid::Uuid>,
                        ::std::option::Option<RequestSummary>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                        ::std::option::Option<
                            crate::ailink::generated::enums::ApprovalStatus,
                        >,
                        ::std::option::Option<::std::option::Option<crate::Secret>>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "created_at"),
                            1 => crate::de::value(&mut map, &mut slots.1, "expires_at"),
                            2 => crate::de::value(&mut map, &mut slots.2, "id"),
                            3 => {
                                crate::de::value(&mut map, &mut slots.3, "idempotency_key")
                            }
                            4 => crate::de::value(&mut map, &mut slots.4, "project_id"),
                            5 => {
                                crate::de::value(&mut map, &mut slots.5, "request_summary")
                            }
                            6 => crate::de::value(&mut map, &mut slots.6, "reviewed_at"),
                            7 => crate::de::value(&mut map, &mut slots.7, "reviewed_by"),
                            8 => crate::de::value(&mut map, &mut slots.8, "status"),
                            9 => crate::de::value(&mut map, &mut slots.9, "token_id"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "created_at")?;
                    let __required1 = crate::de::missing(slots.1.take(), "expires_at")?;
                    let __required2 = crate::de::missing(slots.2.take(), "id")?;
                    let __required4 = crate::de::missing(slots.4.take(), "project_id")?;
                    let __required5 = crate::de::missing(
                        slots.5.take(),
                        "request_summary",
                    )?;
                    let __required8 = crate::de::missing(slots.8.take(), "status")?;
                    let (_, _, _, __field3, _, _, __field6, __field7, _, __field9) = slots;
                    ::std::result::Result::Ok(ApprovalRequest {
                        created_at: __required0,
                        expires_at: __required1,
                        id: __required2,
                        idempotency_key: crate::de::opt(__field3),
                        project_id: __required4,
                        request_summary: __required5,
                        reviewed_at: crate::de::opt(__field6),
                        reviewed_by: crate::de::opt(__field7),
                        status: __required8,
                        token_id: crate::de::opt(__field9),
                    })
                }
            }
            deserializer.deserialize_struct("ApprovalRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for ApprovalRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 10usize] = [
                false,
                false,
                false,
                ::std::option::Option::is_none(&self.idempotency_key),
                false,
                false,
                ::std::option::Option::is_none(&self.reviewed_at),
                ::std::option::Option::is_none(&self.reviewed_by),
                false,
                ::std::option::Option::is_none(&self.token_id),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "ApprovalRequest",
                &skip,
            );
            state.field("created_at", &self.created_at, skip[0]);
            state.field("expires_at", &self.expires_at, skip[1]);
            state.field("id", &self.id, skip[2]);
            state.field("idempotency_key", &self.idempotency_key, skip[3]);
            state.field("project_id", &self.project_id, skip[4]);
            state.field("request_summary", &self.request_summary, skip[5]);
            state.field("reviewed_at", &self.reviewed_at, skip[6]);
            state.field("reviewed_by", &self.reviewed_by, skip[7]);
            state.field("status", &self.status, skip[8]);
            state.field("token_id", &self.token_id, skip[9]);
            state.end()
        }
    }
    ///One audit log entry for a request that went through the proxy.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct AuditLog {
        ///Value of the `X-AIlink-Agent-Name` header (the head `X-TrueFlow-Agent-Name`, else the `User-Agent`), if sent.
        pub agent_name: ::std::option::Option<::std::string::String>,
        pub created_at: crate::Timestamp,
        ///Estimated cost as a decimal string (e.g. `"0.0012"`), null when unknown.
        pub estimated_cost_usd: ::std::option::Option<::std::string::String>,
        ///Fields redacted by `redact` actions.
        pub fields_redacted: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        pub id: ::uuid::Uuid,
        ///HTTP method of the proxied request.
        pub method: ::std::string::String,
        ///Path of the proxied request.
        pub path: ::std::string::String,
        pub policy_result: crate::ailink::generated::enums::PolicyResult,
        pub response_latency_ms: i64,
        ///Violations of shadow-mode policies.
        pub shadow_violations: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        pub token_id: ::std::option::Option<crate::Secret>,
        ///Upstream HTTP status; null when the request never reached the upstream.
        pub upstream_status: ::std::option::Option<i32>,
    }
    impl<'de> ::serde::Deserialize<'de> for AuditLog {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "agent_name",
                "created_at",
                "estimated_cost_usd",
                "fields_redacted",
                "id",
                "method",
                "path",
                "policy_result",
                "response_latency_ms",
                "shadow_violations",
                "token_id",
                "upstream_status",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"agent_name" => 0,
                    b"created_at" => 1,
                    b"estimated_cost_usd" => 2,
                    b"fields_redacted" => 3,
                    b"id" => 4,
                    b"method" => 5,
                    b"path" => 6,
                    b"policy_result" => 7,
                    b"response_latency_ms" => 8,
                    b"shadow_violations" => 9,
                    b"token_id" => 10,
                    b"upstream_status" => 11,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = AuditLog;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct AuditLog")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<AuditLog, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                        >,
                        ::std::option::Option<::uuid::Uuid>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            crate::ailink::generated::enums::PolicyResult,
                        >,
                        ::std::option::Option<i64>,
                        ::std::option::Option<
                            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                        >,
                        ::std::option::Option<::std::option::Option<crate::Secret>>,
                        ::std::option::Option<::std::option::Option<i32>>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "agent_name"),
                            1 => crate::de::value(&mut map, &mut slots.1, "created_at"),
                            2 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.2,
                                    "estimated_cost_usd",
                                )
                            }
                            3 => {
                                crate::de::value(&mut map, &mut slots.3, "fields_redacted")
                            }
                            4 => crate::de::value(&mut map, &mut slots.4, "id"),
                            5 => crate::de::value(&mut map, &mut slots.5, "method"),
                            6 => crate::de::value(&mut map, &mut slots.6, "path"),
                            7 => {
                                crate::de::value(&mut map, &mut slots.7, "policy_result")
                            }
                            8 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.8,
                                    "response_latency_ms",
                                )
                            }
                            9 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.9,
                                    "shadow_violations",
                                )
                            }
                            10 => crate::de::value(&mut map, &mut slots.10, "token_id"),
                            11 => {
                                crate::de::value(&mut map, &mut slots.11, "upstream_status")
                            }
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required1 = crate::de::missing(slots.1.take(), "created_at")?;
                    let __required4 = crate::de::missing(slots.4.take(), "id")?;
                    let __required5 = crate::de::missing(slots.5.take(), "method")?;
                    let __required6 = crate::de::missing(slots.6.take(), "path")?;
                    let __required7 = crate::de::missing(
                        slots.7.take(),
                        "policy_result",
                    )?;
                    let __required8 = crate::de::missing(
                        slots.8.take(),
                        "response_latency_ms",
                    )?;
                    let (
                        __field0,
                        _,
                        __field2,
                        __field3,
                        _,
                        _,
                        _,
                        _,
                        _,
                        __field9,
                        __field10,
                        __field11,
                    ) = slots;
                    ::std::result::Result::Ok(AuditLog {
                        agent_name: crate::de::opt(__field0),
                        created_at: __required1,
                        estimated_cost_usd: crate::de::opt(__field2),
                        fields_redacted: crate::de::opt(__field3),
                        id: __required4,
                        method: __required5,
                        path: __required6,
                        policy_result: __required7,
                        response_latency_ms: __required8,
                        shadow_violations: crate::de::opt(__field9),
                        token_id: crate::de::opt(__field10),
                        upstream_status: crate::de::opt(__field11),
                    })
                }
            }
            deserializer.deserialize_struct("AuditLog", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for AuditLog {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 12usize] = [
                ::std::option::Option::is_none(&self.agent_name),
                false,
                ::std::option::Option::is_none(&self.estimated_cost_usd),
                ::std::option::Option::is_none(&self.fields_redacted),
                false,
                false,
                false,
                false,
                false,
                ::std::option::Option::is_none(&self.shadow_violations),
                ::std::option::Option::is_none(&self.token_id),
                ::std::option::Option::is_none(&self.upstream_status),
            ];
            let mut state = crate::de::Fields::start(serializer, "AuditLog", &skip);
            state.field("agent_name", &self.agent_name, skip[0]);
            state.field("created_at", &self.created_at, skip[1]);
            state.field("estimated_cost_usd", &self.estimated_cost_usd, skip[2]);
            state.field("fields_redacted", &self.fields_redacted, skip[3]);
            state.field("id", &self.id, skip[4]);
            state.field("method", &self.method, skip[5]);
            state.field("path", &self.path, skip[6]);
            state.field("policy_result", &self.policy_result, skip[7]);
            state.field("response_latency_ms", &self.response_latency_ms, skip[8]);
            state.field("shadow_violations", &self.shadow_violations, skip[9]);
            state.field("token_id", &self.token_id, skip[10]);
            state.field("upstream_status", &self.upstream_status, skip[11]);
            state.end()
        }
    }
    ///Body of `create_credential`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateCredentialRequest {
        ///Header name used to inject the secret (default `Authorization`); must be a valid header name.
        pub injection_header: ::std::option::Option<::std::string::String>,
        pub injection_mode: ::std::option::Option<
            crate::ailink::generated::enums::InjectionMode,
        >,
        pub name: ::std::string::String,
        ///Owning project (default project when omitted).
        pub project_id: ::std::option::Option<::uuid::Uuid>,
        ///Provider label, e.g. `openai`, `anthropic`.
        pub provider: ::std::string::String,
        pub secret: crate::Secret,
    }
    impl<'de> ::serde::Deserialize<'de> for CreateCredentialRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "injection_header",
                "injection_mode",
                "name",
                "project_id",
                "provider",
                "secret",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"injection_header" => 0,
                    b"injection_mode" => 1,
                    b"name" => 2,
                    b"project_id" => 3,
                    b"provider" => 4,
                    b"secret" => 5,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CreateCredentialRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CreateCredentialRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CreateCredentialRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::ailink::generated::enums::InjectionMode,
                            >,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<crate::Secret>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => {
                                crate::de::value(&mut map, &mut slots.0, "injection_header")
                            }
                            1 => {
                                crate::de::value(&mut map, &mut slots.1, "injection_mode")
                            }
                            2 => crate::de::value(&mut map, &mut slots.2, "name"),
                            3 => crate::de::value(&mut map, &mut slots.3, "project_id"),
                            4 => crate::de::value(&mut map, &mut slots.4, "provider"),
                            5 => crate::de::value(&mut map, &mut slots.5, "secret"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required2 = crate::de::missing(slots.2.take(), "name")?;
                    let __required4 = crate::de::missing(slots.4.take(), "provider")?;
                    let __required5 = crate::de::missing(slots.5.take(), "secret")?;
                    let (__field0, __field1, _, __field3, _, _) = slots;
                    ::std::result::Result::Ok(CreateCredentialRequest {
                        injection_header: crate::de::opt(__field0),
                        injection_mode: crate::de::opt(__field1),
                        name: __required2,
                        project_id: crate::de::opt(__field3),
                        provider: __required4,
                        secret: __required5,
                    })
                }
            }
            deserializer.deserialize_struct("CreateCredentialRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CreateCredentialRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 6usize] = [
                ::std::option::Option::is_none(&self.injection_header),
                ::std::option::Option::is_none(&self.injection_mode),
                false,
                ::std::option::Option::is_none(&self.project_id),
                false,
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "CreateCredentialRequest",
                &skip,
            );
            state.field("injection_header", &self.injection_header, skip[0]);
            state.field("injection_mode", &self.injection_mode, skip[1]);
            state.field("name", &self.name, skip[2]);
            state.field("project_id", &self.project_id, skip[3]);
            state.field("provider", &self.provider, skip[4]);
            state.field("secret", &self.secret, skip[5]);
            state.end()
        }
    }
    impl CreateCredentialRequest {
        #[inline]
        pub fn builder() -> builder::CreateCredentialRequest {
            Default::default()
        }
    }
    ///Body of `create_policy`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreatePolicyRequest {
        pub mode: ::std::option::Option<crate::ailink::generated::enums::PolicyMode>,
        ///Unique within the project.
        pub name: ::std::string::String,
        ///Owning project (default project when omitted).
        pub project_id: ::std::option::Option<::uuid::Uuid>,
        pub rules: PolicyRules,
    }
    impl<'de> ::serde::Deserialize<'de> for CreatePolicyRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["mode", "name", "project_id", "rules"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"mode" => 0,
                    b"name" => 1,
                    b"project_id" => 2,
                    b"rules" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CreatePolicyRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CreatePolicyRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CreatePolicyRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::ailink::generated::enums::PolicyMode,
                            >,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                        ::std::option::Option<PolicyRules>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "mode"),
                            1 => crate::de::value(&mut map, &mut slots.1, "name"),
                            2 => crate::de::value(&mut map, &mut slots.2, "project_id"),
                            3 => crate::de::value(&mut map, &mut slots.3, "rules"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required1 = crate::de::missing(slots.1.take(), "name")?;
                    let __required3 = crate::de::missing(slots.3.take(), "rules")?;
                    let (__field0, _, __field2, _) = slots;
                    ::std::result::Result::Ok(CreatePolicyRequest {
                        mode: crate::de::opt(__field0),
                        name: __required1,
                        project_id: crate::de::opt(__field2),
                        rules: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("CreatePolicyRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CreatePolicyRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.mode),
                false,
                ::std::option::Option::is_none(&self.project_id),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "CreatePolicyRequest",
                &skip,
            );
            state.field("mode", &self.mode, skip[0]);
            state.field("name", &self.name, skip[1]);
            state.field("project_id", &self.project_id, skip[2]);
            state.field("rules", &self.rules, skip[3]);
            state.end()
        }
    }
    impl CreatePolicyRequest {
        #[inline]
        pub fn builder() -> builder::CreatePolicyRequest {
            Default::default()
        }
    }
    ///Body of `create_project`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateProjectRequest {
        pub name: ::std::string::String,
    }
    impl<'de> ::serde::Deserialize<'de> for CreateProjectRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["name"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"name" => 0,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CreateProjectRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CreateProjectRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CreateProjectRequest, A::Error> {
                    let mut slots: (::std::option::Option<::std::string::String>,) = (
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "name"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "name")?;
                    let (_,) = slots;
                    ::std::result::Result::Ok(CreateProjectRequest {
                        name: __required0,
                    })
                }
            }
            deserializer.deserialize_struct("CreateProjectRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CreateProjectRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 1usize] = [false];
            let mut state = crate::de::Fields::start(
                serializer,
                "CreateProjectRequest",
                &skip,
            );
            state.field("name", &self.name, skip[0]);
            state.end()
        }
    }
    impl CreateProjectRequest {
        #[inline]
        pub fn builder() -> builder::CreateProjectRequest {
            Default::default()
        }
    }
    ///Body of `create_token`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateTokenRequest {
        pub credential_id: ::uuid::Uuid,
        ///Unique within the project.
        pub name: ::std::string::String,
        ///Policies to attach (none when omitted).
        pub policy_ids: ::std::vec::Vec<::uuid::Uuid>,
        ///Owning project (default project when omitted).
        pub project_id: ::std::option::Option<::uuid::Uuid>,
        ///Absolute `http` or `https` base URL of the upstream (anything else answers `400`).
        pub upstream_url: ::std::string::String,
    }
    impl<'de> ::serde::Deserialize<'de> for CreateTokenRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "credential_id",
                "name",
                "policy_ids",
                "project_id",
                "upstream_url",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"credential_id" => 0,
                    b"name" => 1,
                    b"policy_ids" => 2,
                    b"project_id" => 3,
                    b"upstream_url" => 4,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CreateTokenRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CreateTokenRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CreateTokenRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::uuid::Uuid>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::vec::Vec<::uuid::Uuid>>,
                        ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                        ::std::option::Option<::std::string::String>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => {
                                crate::de::value(&mut map, &mut slots.0, "credential_id")
                            }
                            1 => crate::de::value(&mut map, &mut slots.1, "name"),
                            2 => crate::de::value(&mut map, &mut slots.2, "policy_ids"),
                            3 => crate::de::value(&mut map, &mut slots.3, "project_id"),
                            4 => crate::de::value(&mut map, &mut slots.4, "upstream_url"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(
                        slots.0.take(),
                        "credential_id",
                    )?;
                    let __required1 = crate::de::missing(slots.1.take(), "name")?;
                    let __required4 = crate::de::missing(
                        slots.4.take(),
                        "upstream_url",
                    )?;
                    let (_, _, __field2, __field3, _) = slots;
                    ::std::result::Result::Ok(CreateTokenRequest {
                        credential_id: __required0,
                        name: __required1,
                        policy_ids: crate::de::or_default(__field2),
                        project_id: crate::de::opt(__field3),
                        upstream_url: __required4,
                    })
                }
            }
            deserializer.deserialize_struct("CreateTokenRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CreateTokenRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 5usize] = [
                false,
                false,
                ::std::vec::Vec::is_empty(&self.policy_ids),
                ::std::option::Option::is_none(&self.project_id),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "CreateTokenRequest",
                &skip,
            );
            state.field("credential_id", &self.credential_id, skip[0]);
            state.field("name", &self.name, skip[1]);
            state.field("policy_ids", &self.policy_ids, skip[2]);
            state.field("project_id", &self.project_id, skip[3]);
            state.field("upstream_url", &self.upstream_url, skip[4]);
            state.end()
        }
    }
    impl CreateTokenRequest {
        #[inline]
        pub fn builder() -> builder::CreateTokenRequest {
            Default::default()
        }
    }
    ///Answer of `create_credential`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreatedCredential {
        pub id: ::uuid::Uuid,
        ///Human-readable confirmation, e.g. `Credential encrypted and stored`.
        pub message: ::std::string::String,
        pub name: ::std::string::String,
    }
    impl<'de> ::serde::Deserialize<'de> for CreatedCredential {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["id", "message", "name"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"id" => 0,
                    b"message" => 1,
                    b"name" => 2,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CreatedCredential;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CreatedCredential")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CreatedCredential, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::uuid::Uuid>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "id"),
                            1 => crate::de::value(&mut map, &mut slots.1, "message"),
                            2 => crate::de::value(&mut map, &mut slots.2, "name"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "id")?;
                    let __required1 = crate::de::missing(slots.1.take(), "message")?;
                    let __required2 = crate::de::missing(slots.2.take(), "name")?;
                    let (_, _, _) = slots;
                    ::std::result::Result::Ok(CreatedCredential {
                        id: __required0,
                        message: __required1,
                        name: __required2,
                    })
                }
            }
            deserializer.deserialize_struct("CreatedCredential", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CreatedCredential {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 3usize] = [false, false, false];
            let mut state = crate::de::Fields::start(
                serializer,
                "CreatedCredential",
                &skip,
            );
            state.field("id", &self.id, skip[0]);
            state.field("message", &self.message, skip[1]);
            state.field("name", &self.name, skip[2]);
            state.end()
        }
    }
    ///Answer of `create_token`; the only place the new token value is returned.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreatedToken {
        pub message: crate::Secret,
        pub name: ::std::string::String,
        pub token_id: crate::Secret,
    }
    impl<'de> ::serde::Deserialize<'de> for CreatedToken {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["message", "name", "token_id"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"message" => 0,
                    b"name" => 1,
                    b"token_id" => 2,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CreatedToken;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CreatedToken")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CreatedToken, A::Error> {
                    let mut slots: (
                        ::std::option::Option<crate::Secret>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<crate::Secret>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "message"),
                            1 => crate::de::value(&mut map, &mut slots.1, "name"),
                            2 => crate::de::value(&mut map, &mut slots.2, "token_id"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "message")?;
                    let __required1 = crate::de::missing(slots.1.take(), "name")?;
                    let __required2 = crate::de::missing(slots.2.take(), "token_id")?;
                    let (_, _, _) = slots;
                    ::std::result::Result::Ok(CreatedToken {
                        message: __required0,
                        name: __required1,
                        token_id: __required2,
                    })
                }
            }
            deserializer.deserialize_struct("CreatedToken", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CreatedToken {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 3usize] = [false, false, false];
            let mut state = crate::de::Fields::start(serializer, "CreatedToken", &skip);
            state.field("message", &self.message, skip[0]);
            state.field("name", &self.name, skip[1]);
            state.field("token_id", &self.token_id, skip[2]);
            state.end()
        }
    }
    ///Metadata of a stored credential; the secret itself is never returned.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Credential {
        pub created_at: crate::Timestamp,
        pub id: ::uuid::Uuid,
        pub is_active: bool,
        pub name: ::std::string::String,
        ///Provider label given at creation, e.g. `openai`, `anthropic`.
        pub provider: ::std::string::String,
        ///Secret version, incremented by rotation (starts at 1).
        pub version: i32,
    }
    impl<'de> ::serde::Deserialize<'de> for Credential {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "created_at",
                "id",
                "is_active",
                "name",
                "provider",
                "version",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"created_at" => 0,
                    b"id" => 1,
                    b"is_active" => 2,
                    b"name" => 3,
                    b"provider" => 4,
                    b"version" => 5,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Credential;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Credential")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Credential, A::Error> {
                    let mut slots: (
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<::uuid::Uuid>,
                        ::std::option::Option<bool>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<i32>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "created_at"),
                            1 => crate::de::value(&mut map, &mut slots.1, "id"),
                            2 => crate::de::value(&mut map, &mut slots.2, "is_active"),
                            3 => crate::de::value(&mut map, &mut slots.3, "name"),
                            4 => crate::de::value(&mut map, &mut slots.4, "provider"),
                            5 => crate::de::value(&mut map, &mut slots.5, "version"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "created_at")?;
                    let __required1 = crate::de::missing(slots.1.take(), "id")?;
                    let __required2 = crate::de::missing(slots.2.take(), "is_active")?;
                    let __required3 = crate::de::missing(slots.3.take(), "name")?;
                    let __required4 = crate::de::missing(slots.4.take(), "provider")?;
                    let __required5 = crate::de::missing(slots.5.take(), "version")?;
                    let (_, _, _, _, _, _) = slots;
                    ::std::result::Result::Ok(Credential {
                        created_at: __required0,
                        id: __required1,
                        is_active: __required2,
                        name: __required3,
                        provider: __required4,
                        version: __required5,
                    })
                }
            }
            deserializer.deserialize_struct("Credential", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Credential {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 6usize] = [false, false, false, false, false, false];
            let mut state = crate::de::Fields::start(serializer, "Credential", &skip);
            state.field("created_at", &self.created_at, skip[0]);
            state.field("id", &self.id, skip[1]);
            state.field("is_active", &self.is_active, skip[2]);
            state.field("name", &self.name, skip[3]);
            state.field("provider", &self.provider, skip[4]);
            state.field("version", &self.version, skip[5]);
            state.end()
        }
    }
    ///Answer of `delete_policy`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct DeletePolicyResult {
        ///False when no active policy had this id.
        pub deleted: bool,
        pub id: ::uuid::Uuid,
    }
    impl<'de> ::serde::Deserialize<'de> for DeletePolicyResult {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["deleted", "id"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"deleted" => 0,
                    b"id" => 1,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = DeletePolicyResult;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct DeletePolicyResult")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<DeletePolicyResult, A::Error> {
                    let mut slots: (
                        ::std::option::Option<bool>,
                        ::std::option::Option<::uuid::Uuid>,
                    ) = (::std::option::Option::None, ::std::option::Option::None);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "deleted"),
                            1 => crate::de::value(&mut map, &mut slots.1, "id"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "deleted")?;
                    let __required1 = crate::de::missing(slots.1.take(), "id")?;
                    let (_, _) = slots;
                    ::std::result::Result::Ok(DeletePolicyResult {
                        deleted: __required0,
                        id: __required1,
                    })
                }
            }
            deserializer.deserialize_struct("DeletePolicyResult", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for DeletePolicyResult {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 2usize] = [false, false];
            let mut state = crate::de::Fields::start(
                serializer,
                "DeletePolicyResult",
                &skip,
            );
            state.field("deleted", &self.deleted, skip[0]);
            state.field("id", &self.id, skip[1]);
            state.end()
        }
    }
    ///A policy as stored by the gateway.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Policy {
        pub created_at: crate::Timestamp,
        pub id: ::uuid::Uuid,
        ///False once deleted (deletion is soft).
        pub is_active: bool,
        pub mode: crate::ailink::generated::enums::PolicyMode,
        pub name: ::std::string::String,
        pub project_id: ::uuid::Uuid,
        pub rules: PolicyRules,
    }
    impl<'de> ::serde::Deserialize<'de> for Policy {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "created_at",
                "id",
                "is_active",
                "mode",
                "name",
                "project_id",
                "rules",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"created_at" => 0,
                    b"id" => 1,
                    b"is_active" => 2,
                    b"mode" => 3,
                    b"name" => 4,
                    b"project_id" => 5,
                    b"rules" => 6,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Policy;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Policy")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Policy, A::Error> {
                    let mut slots: (
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<::uuid::Uuid>,
                        ::std::option::Option<bool>,
                        ::std::option::Option<
                            crate::ailink::generated::enums::PolicyMode,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::uuid::Uuid>,
                        ::std::option::Option<PolicyRules>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "created_at"),
                            1 => crate::de::value(&mut map, &mut slots.1, "id"),
                            2 => crate::de::value(&mut map, &mut slots.2, "is_active"),
                            3 => crate::de::value(&mut map, &mut slots.3, "mode"),
                            4 => crate::de::value(&mut map, &mut slots.4, "name"),
                            5 => crate::de::value(&mut map, &mut slots.5, "project_id"),
                            6 => crate::de::value(&mut map, &mut slots.6, "rules"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "created_at")?;
                    let __required1 = crate::de::missing(slots.1.take(), "id")?;
                    let __required2 = crate::de::missing(slots.2.take(), "is_active")?;
                    let __required3 = crate::de::missing(slots.3.take(), "mode")?;
                    let __required4 = crate::de::missing(slots.4.take(), "name")?;
                    let __required5 = crate::de::missing(slots.5.take(), "project_id")?;
                    let __required6 = crate::de::missing(slots.6.take(), "rules")?;
                    let (_, _, _, _, _, _, _) = slots;
                    ::std::result::Result::Ok(Policy {
                        created_at: __required0,
                        id: __required1,
                        is_active: __required2,
                        mode: __required3,
                        name: __required4,
                        project_id: __required5,
                        rules: __required6,
                    })
                }
            }
            deserializer.deserialize_struct("Policy", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Policy {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 7usize] = [false, false, false, false, false, false, false];
            let mut state = crate::de::Fields::start(serializer, "Policy", &skip);
            state.field("created_at", &self.created_at, skip[0]);
            state.field("id", &self.id, skip[1]);
            state.field("is_active", &self.is_active, skip[2]);
            state.field("mode", &self.mode, skip[3]);
            state.field("name", &self.name, skip[4]);
            state.field("project_id", &self.project_id, skip[5]);
            state.field("rules", &self.rules, skip[6]);
            state.end()
        }
    }
    /**The policy's rules, a JSON array of arbitrary JSON objects stored as given. Two forms
are in use: the SDK's flat form `{"type": "rate_limit", "window": "1m",
"max_requests": 100}`, and the gateway's condition/action form
`{"when": <condition>, "then": <action or [actions]>}` where a condition is
`{all: [...]}`, `{any: [...]}`, `{not: {...}}`, `{field, op, value}` or
`{always: true}`, and an action is tagged by `action` (`deny`, `require_approval`,
`rate_limit`, `throttle`, `redact`, `transform`, `override`, `log`, `tag`,
`webhook`). The proxy's policy engine (at 332754c) loads a token's policies as the
condition/action form only: a rule without `then` (such as the flat form) makes
every proxied request of a token using that policy fail with `500`. Typed builders:
`agent_apis::ailink::rules::Rule`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PolicyRules(pub ::std::vec::Vec<::serde_json::Value>);
    impl ::std::ops::Deref for PolicyRules {
        type Target = ::std::vec::Vec<::serde_json::Value>;
        #[inline]
        fn deref(&self) -> &::std::vec::Vec<::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<PolicyRules> for ::std::vec::Vec<::serde_json::Value> {
        #[inline]
        fn from(value: PolicyRules) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<::serde_json::Value>> for PolicyRules {
        #[inline]
        fn from(value: ::std::vec::Vec<::serde_json::Value>) -> Self {
            Self(value)
        }
    }
    ///Answer of `create_policy` and `update_policy`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct PolicyWriteResult {
        pub id: ::uuid::Uuid,
        ///`Policy created` or `Policy updated`.
        pub message: ::std::string::String,
        ///The policy name from the request (empty string on an update that did not change the name).
        pub name: ::std::string::String,
    }
    impl<'de> ::serde::Deserialize<'de> for PolicyWriteResult {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["id", "message", "name"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"id" => 0,
                    b"message" => 1,
                    b"name" => 2,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = PolicyWriteResult;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct PolicyWriteResult")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<PolicyWriteResult, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::uuid::Uuid>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "id"),
                            1 => crate::de::value(&mut map, &mut slots.1, "message"),
                            2 => crate::de::value(&mut map, &mut slots.2, "name"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "id")?;
                    let __required1 = crate::de::missing(slots.1.take(), "message")?;
                    let __required2 = crate::de::missing(slots.2.take(), "name")?;
                    let (_, _, _) = slots;
                    ::std::result::Result::Ok(PolicyWriteResult {
                        id: __required0,
                        message: __required1,
                        name: __required2,
                    })
                }
            }
            deserializer.deserialize_struct("PolicyWriteResult", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for PolicyWriteResult {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 3usize] = [false, false, false];
            let mut state = crate::de::Fields::start(
                serializer,
                "PolicyWriteResult",
                &skip,
            );
            state.field("id", &self.id, skip[0]);
            state.field("message", &self.message, skip[1]);
            state.field("name", &self.name, skip[2]);
            state.end()
        }
    }
    ///A project (also the answer of `create_project`).
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Project {
        pub id: ::uuid::Uuid,
        pub name: ::std::string::String,
    }
    impl<'de> ::serde::Deserialize<'de> for Project {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["id", "name"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"id" => 0,
                    b"name" => 1,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Project;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Project")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Project, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::uuid::Uuid>,
                        ::std::option::Option<::std::string::String>,
                    ) = (::std::option::Option::None, ::std::option::Option::None);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "id"),
                            1 => crate::de::value(&mut map, &mut slots.1, "name"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "id")?;
                    let __required1 = crate::de::missing(slots.1.take(), "name")?;
                    let (_, _) = slots;
                    ::std::result::Result::Ok(Project {
                        id: __required0,
                        name: __required1,
                    })
                }
            }
            deserializer.deserialize_struct("Project", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Project {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 2usize] = [false, false];
            let mut state = crate::de::Fields::start(serializer, "Project", &skip);
            state.field("id", &self.id, skip[0]);
            state.field("name", &self.name, skip[1]);
            state.end()
        }
    }
    ///Summary of the held agent request, shown to the reviewer.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct RequestSummary {
        ///Agent name from `X-AIlink-Agent-Name` (the head `X-TrueFlow-Agent-Name`).
        pub agent: ::std::option::Option<::std::string::String>,
        ///First 500 characters of the JSON request body.
        pub body_preview: ::std::option::Option<::std::string::String>,
        pub method: ::std::string::String,
        pub path: ::std::string::String,
        ///Upstream base URL of the token.
        pub upstream: ::std::option::Option<::std::string::String>,
    }
    impl<'de> ::serde::Deserialize<'de> for RequestSummary {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "agent",
                "body_preview",
                "method",
                "path",
                "upstream",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"agent" => 0,
                    b"body_preview" => 1,
                    b"method" => 2,
                    b"path" => 3,
                    b"upstream" => 4,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = RequestSummary;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct RequestSummary")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<RequestSummary, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "agent"),
                            1 => crate::de::value(&mut map, &mut slots.1, "body_preview"),
                            2 => crate::de::value(&mut map, &mut slots.2, "method"),
                            3 => crate::de::value(&mut map, &mut slots.3, "path"),
                            4 => crate::de::value(&mut map, &mut slots.4, "upstream"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required2 = crate::de::missing(slots.2.take(), "method")?;
                    let __required3 = crate::de::missing(slots.3.take(), "path")?;
                    let (__field0, __field1, _, _, __field4) = slots;
                    ::std::result::Result::Ok(RequestSummary {
                        agent: crate::de::opt(__field0),
                        body_preview: crate::de::opt(__field1),
                        method: __required2,
                        path: __required3,
                        upstream: crate::de::opt(__field4),
                    })
                }
            }
            deserializer.deserialize_struct("RequestSummary", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for RequestSummary {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 5usize] = [
                ::std::option::Option::is_none(&self.agent),
                ::std::option::Option::is_none(&self.body_preview),
                false,
                false,
                ::std::option::Option::is_none(&self.upstream),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "RequestSummary",
                &skip,
            );
            state.field("agent", &self.agent, skip[0]);
            state.field("body_preview", &self.body_preview, skip[1]);
            state.field("method", &self.method, skip[2]);
            state.field("path", &self.path, skip[3]);
            state.field("upstream", &self.upstream, skip[4]);
            state.end()
        }
    }
    /**Answer of `revoke_token`: `None` when the gateway answered with no body (the head's
`204`), else 332754c's `{token_id, revoked}`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct RevokeTokenAnswer(pub ::std::option::Option<RevokeTokenResult>);
    impl ::std::ops::Deref for RevokeTokenAnswer {
        type Target = ::std::option::Option<RevokeTokenResult>;
        #[inline]
        fn deref(&self) -> &::std::option::Option<RevokeTokenResult> {
            &self.0
        }
    }
    impl ::std::convert::From<RevokeTokenAnswer>
    for ::std::option::Option<RevokeTokenResult> {
        #[inline]
        fn from(value: RevokeTokenAnswer) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<RevokeTokenResult>>
    for RevokeTokenAnswer {
        #[inline]
        fn from(value: ::std::option::Option<RevokeTokenResult>) -> Self {
            Self(value)
        }
    }
    ///Answer of `revoke_token`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct RevokeTokenResult {
        ///False when no token has this id (`AdminClient::revoke` reports that as not found).
        pub revoked: bool,
        pub token_id: crate::Secret,
    }
    impl<'de> ::serde::Deserialize<'de> for RevokeTokenResult {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["revoked", "token_id"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"revoked" => 0,
                    b"token_id" => 1,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = RevokeTokenResult;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct RevokeTokenResult")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<RevokeTokenResult, A::Error> {
                    let mut slots: (
                        ::std::option::Option<bool>,
                        ::std::option::Option<crate::Secret>,
                    ) = (::std::option::Option::None, ::std::option::Option::None);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "revoked"),
                            1 => crate::de::value(&mut map, &mut slots.1, "token_id"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "revoked")?;
                    let __required1 = crate::de::missing(slots.1.take(), "token_id")?;
                    let (_, _) = slots;
                    ::std::result::Result::Ok(RevokeTokenResult {
                        revoked: __required0,
                        token_id: __required1,
                    })
                }
            }
            deserializer.deserialize_struct("RevokeTokenResult", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for RevokeTokenResult {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 2usize] = [false, false];
            let mut state = crate::de::Fields::start(
                serializer,
                "RevokeTokenResult",
                &skip,
            );
            state.field("revoked", &self.revoked, skip[0]);
            state.field("token_id", &self.token_id, skip[1]);
            state.end()
        }
    }
    ///A virtual token mapping an agent to a credential and an upstream.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Token {
        pub created_at: crate::Timestamp,
        ///Credential injected into upstream requests. Always set at 332754c; null at the head for a token created without one (the agent then brings its own provider key).
        pub credential_id: ::std::option::Option<::uuid::Uuid>,
        pub id: crate::Secret,
        ///False once revoked.
        pub is_active: bool,
        pub name: ::std::string::String,
        ///Policies evaluated on each request made with this token.
        pub policy_ids: ::std::vec::Vec<::uuid::Uuid>,
        pub project_id: ::uuid::Uuid,
        ///Scopes (stored as free JSON; always `[]` for tokens created through this API).
        pub scopes: ::std::vec::Vec<::serde_json::Value>,
        ///Base URL requests made with this token are forwarded to.
        pub upstream_url: ::std::string::String,
    }
    impl<'de> ::serde::Deserialize<'de> for Token {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "created_at",
                "credential_id",
                "id",
                "is_active",
                "name",
                "policy_ids",
                "project_id",
                "scopes",
                "upstream_url",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"created_at" => 0,
                    b"credential_id" => 1,
                    b"id" => 2,
                    b"is_active" => 3,
                    b"name" => 4,
                    b"policy_ids" => 5,
                    b"project_id" => 6,
                    b"scopes" => 7,
                    b"upstream_url" => 8,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Token;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Token")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Token, A::Error> {
                    let mut slots: (
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                        ::std::option::Option<crate::Secret>,
                        ::std::option::Option<bool>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::vec::Vec<::uuid::Uuid>>,
                        ::std::option::Option<::uuid::Uuid>,
                        ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
                        ::std::option::Option<::std::string::String>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "created_at"),
                            1 => {
                                crate::de::value(&mut map, &mut slots.1, "credential_id")
                            }
                            2 => crate::de::value(&mut map, &mut slots.2, "id"),
                            3 => crate::de::value(&mut map, &mut slots.3, "is_active"),
                            4 => crate::de::value(&mut map, &mut slots.4, "name"),
                            5 => crate::de::value(&mut map, &mut slots.5, "policy_ids"),
                            6 => crate::de::value(&mut map, &mut slots.6, "project_id"),
                            7 => crate::de::value(&mut map, &mut slots.7, "scopes"),
                            8 => crate::de::value(&mut map, &mut slots.8, "upstream_url"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "created_at")?;
                    let __required2 = crate::de::missing(slots.2.take(), "id")?;
                    let __required3 = crate::de::missing(slots.3.take(), "is_active")?;
                    let __required4 = crate::de::missing(slots.4.take(), "name")?;
                    let __required5 = crate::de::missing(slots.5.take(), "policy_ids")?;
                    let __required6 = crate::de::missing(slots.6.take(), "project_id")?;
                    let __required7 = crate::de::missing(slots.7.take(), "scopes")?;
                    let __required8 = crate::de::missing(
                        slots.8.take(),
                        "upstream_url",
                    )?;
                    let (_, __field1, _, _, _, _, _, _, _) = slots;
                    ::std::result::Result::Ok(Token {
                        created_at: __required0,
                        credential_id: crate::de::opt(__field1),
                        id: __required2,
                        is_active: __required3,
                        name: __required4,
                        policy_ids: __required5,
                        project_id: __required6,
                        scopes: __required7,
                        upstream_url: __required8,
                    })
                }
            }
            deserializer.deserialize_struct("Token", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Token {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 9usize] = [
                false,
                ::std::option::Option::is_none(&self.credential_id),
                false,
                false,
                false,
                false,
                false,
                false,
                false,
            ];
            let mut state = crate::de::Fields::start(serializer, "Token", &skip);
            state.field("created_at", &self.created_at, skip[0]);
            state.field("credential_id", &self.credential_id, skip[1]);
            state.field("id", &self.id, skip[2]);
            state.field("is_active", &self.is_active, skip[3]);
            state.field("name", &self.name, skip[4]);
            state.field("policy_ids", &self.policy_ids, skip[5]);
            state.field("project_id", &self.project_id, skip[6]);
            state.field("scopes", &self.scopes, skip[7]);
            state.field("upstream_url", &self.upstream_url, skip[8]);
            state.end()
        }
    }
    ///Body of `update_policy`; only the fields present are changed.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdatePolicyRequest {
        pub mode: ::std::option::Option<crate::ailink::generated::enums::PolicyMode>,
        pub name: ::std::option::Option<::std::string::String>,
        pub rules: ::std::option::Option<PolicyRules>,
    }
    impl<'de> ::serde::Deserialize<'de> for UpdatePolicyRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["mode", "name", "rules"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"mode" => 0,
                    b"name" => 1,
                    b"rules" => 2,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = UpdatePolicyRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct UpdatePolicyRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<UpdatePolicyRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::ailink::generated::enums::PolicyMode,
                            >,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<PolicyRules>>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "mode"),
                            1 => crate::de::value(&mut map, &mut slots.1, "name"),
                            2 => crate::de::value(&mut map, &mut slots.2, "rules"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0, __field1, __field2) = slots;
                    ::std::result::Result::Ok(UpdatePolicyRequest {
                        mode: crate::de::opt(__field0),
                        name: crate::de::opt(__field1),
                        rules: crate::de::opt(__field2),
                    })
                }
            }
            deserializer.deserialize_struct("UpdatePolicyRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for UpdatePolicyRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 3usize] = [
                ::std::option::Option::is_none(&self.mode),
                ::std::option::Option::is_none(&self.name),
                ::std::option::Option::is_none(&self.rules),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "UpdatePolicyRequest",
                &skip,
            );
            state.field("mode", &self.mode, skip[0]);
            state.field("name", &self.name, skip[1]);
            state.field("rules", &self.rules, skip[2]);
            state.end()
        }
    }
    impl UpdatePolicyRequest {
        #[inline]
        pub fn builder() -> builder::UpdatePolicyRequest {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ApprovalDecisionRequest {
            decision: ::std::result::Result<
                crate::ailink::generated::enums::ApprovalDecisionKind,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApprovalDecisionRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    decision: Err(
                        crate::builders::message("no value supplied for decision"),
                    ),
                }
            }
        }
        impl ApprovalDecisionRequest {
            #[inline]
            pub fn decision<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::ailink::generated::enums::ApprovalDecisionKind,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.decision = crate::builders::converted_with(
                    value,
                    "error converting supplied value for decision",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<ApprovalDecisionRequest>
        for super::ApprovalDecisionRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: ApprovalDecisionRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.decision {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    decision: crate::builders::ok(value.decision),
                })
            }
        }
        impl ::std::convert::From<super::ApprovalDecisionRequest>
        for ApprovalDecisionRequest {
            #[inline]
            fn from(value: super::ApprovalDecisionRequest) -> Self {
                Self {
                    decision: Ok(value.decision),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateCredentialRequest {
            injection_header: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            injection_mode: ::std::result::Result<
                ::std::option::Option<crate::ailink::generated::enums::InjectionMode>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            project_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            provider: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            secret: ::std::result::Result<crate::Secret, ::std::string::String>,
        }
        impl ::std::default::Default for CreateCredentialRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    injection_header: Ok(::std::option::Option::None),
                    injection_mode: Ok(::std::option::Option::None),
                    name: Err(crate::builders::message("no value supplied for name")),
                    project_id: Ok(::std::option::Option::None),
                    provider: Err(
                        crate::builders::message("no value supplied for provider"),
                    ),
                    secret: Err(crate::builders::message("no value supplied for secret")),
                }
            }
        }
        impl CreateCredentialRequest {
            #[inline]
            pub fn injection_header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.injection_header = crate::builders::converted_with(
                    value,
                    "error converting supplied value for injection_header",
                );
                self
            }
            #[inline]
            pub fn injection_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::ailink::generated::enums::InjectionMode>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.injection_mode = crate::builders::converted_with(
                    value,
                    "error converting supplied value for injection_mode",
                );
                self
            }
            #[inline]
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = crate::builders::converted_with(
                    value,
                    "error converting supplied value for name",
                );
                self
            }
            #[inline]
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = crate::builders::converted_with(
                    value,
                    "error converting supplied value for project_id",
                );
                self
            }
            #[inline]
            pub fn provider<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider = crate::builders::converted_with(
                    value,
                    "error converting supplied value for provider",
                );
                self
            }
            #[inline]
            pub fn secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.secret = crate::builders::converted_with(
                    value,
                    "error converting supplied value for secret",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CreateCredentialRequest>
        for super::CreateCredentialRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CreateCredentialRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.injection_header {
                    Some(e)
                } else if let Err(e) = &value.injection_mode {
                    Some(e)
                } else if let Err(e) = &value.name {
                    Some(e)
                } else if let Err(e) = &value.project_id {
                    Some(e)
                } else if let Err(e) = &value.provider {
                    Some(e)
                } else if let Err(e) = &value.secret {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    injection_header: crate::builders::ok(value.injection_header),
                    injection_mode: crate::builders::ok(value.injection_mode),
                    name: crate::builders::ok(value.name),
                    project_id: crate::builders::ok(value.project_id),
                    provider: crate::builders::ok(value.provider),
                    secret: crate::builders::ok(value.secret),
                })
            }
        }
        impl ::std::convert::From<super::CreateCredentialRequest>
        for CreateCredentialRequest {
            #[inline]
            fn from(value: super::CreateCredentialRequest) -> Self {
                Self {
                    injection_header: Ok(value.injection_header),
                    injection_mode: Ok(value.injection_mode),
                    name: Ok(value.name),
                    project_id: Ok(value.project_id),
                    provider: Ok(value.provider),
                    secret: Ok(value.secret),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreatePolicyRequest {
            mode: ::std::result::Result<
                ::std::option::Option<crate::ailink::generated::enums::PolicyMode>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            project_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            rules: ::std::result::Result<super::PolicyRules, ::std::string::String>,
        }
        impl ::std::default::Default for CreatePolicyRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    mode: Ok(::std::option::Option::None),
                    name: Err(crate::builders::message("no value supplied for name")),
                    project_id: Ok(::std::option::Option::None),
                    rules: Err(crate::builders::message("no value supplied for rules")),
                }
            }
        }
        impl CreatePolicyRequest {
            #[inline]
            pub fn mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::ailink::generated::enums::PolicyMode>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mode = crate::builders::converted_with(
                    value,
                    "error converting supplied value for mode",
                );
                self
            }
            #[inline]
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = crate::builders::converted_with(
                    value,
                    "error converting supplied value for name",
                );
                self
            }
            #[inline]
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = crate::builders::converted_with(
                    value,
                    "error converting supplied value for project_id",
                );
                self
            }
            #[inline]
            pub fn rules<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PolicyRules>,
                T::Error: ::std::fmt::Display,
            {
                self.rules = crate::builders::converted_with(
                    value,
                    "error converting supplied value for rules",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CreatePolicyRequest>
        for super::CreatePolicyRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CreatePolicyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.mode {
                    Some(e)
                } else if let Err(e) = &value.name {
                    Some(e)
                } else if let Err(e) = &value.project_id {
                    Some(e)
                } else if let Err(e) = &value.rules {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    mode: crate::builders::ok(value.mode),
                    name: crate::builders::ok(value.name),
                    project_id: crate::builders::ok(value.project_id),
                    rules: crate::builders::ok(value.rules),
                })
            }
        }
        impl ::std::convert::From<super::CreatePolicyRequest> for CreatePolicyRequest {
            #[inline]
            fn from(value: super::CreatePolicyRequest) -> Self {
                Self {
                    mode: Ok(value.mode),
                    name: Ok(value.name),
                    project_id: Ok(value.project_id),
                    rules: Ok(value.rules),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateProjectRequest {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateProjectRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    name: Err(crate::builders::message("no value supplied for name")),
                }
            }
        }
        impl CreateProjectRequest {
            #[inline]
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = crate::builders::converted_with(
                    value,
                    "error converting supplied value for name",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CreateProjectRequest>
        for super::CreateProjectRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CreateProjectRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.name { Some(e) } else { None };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    name: crate::builders::ok(value.name),
                })
            }
        }
        impl ::std::convert::From<super::CreateProjectRequest> for CreateProjectRequest {
            #[inline]
            fn from(value: super::CreateProjectRequest) -> Self {
                Self { name: Ok(value.name) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateTokenRequest {
            credential_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            policy_ids: ::std::result::Result<
                ::std::vec::Vec<::uuid::Uuid>,
                ::std::string::String,
            >,
            project_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            upstream_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateTokenRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    credential_id: Err(
                        crate::builders::message("no value supplied for credential_id"),
                    ),
                    name: Err(crate::builders::message("no value supplied for name")),
                    policy_ids: Ok(crate::builders::default()),
                    project_id: Ok(::std::option::Option::None),
                    upstream_url: Err(
                        crate::builders::message("no value supplied for upstream_url"),
                    ),
                }
            }
        }
        impl CreateTokenRequest {
            #[inline]
            pub fn credential_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.credential_id = crate::builders::converted_with(
                    value,
                    "error converting supplied value for credential_id",
                );
                self
            }
            #[inline]
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = crate::builders::converted_with(
                    value,
                    "error converting supplied value for name",
                );
                self
            }
            #[inline]
            pub fn policy_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.policy_ids = crate::builders::converted_with(
                    value,
                    "error converting supplied value for policy_ids",
                );
                self
            }
            #[inline]
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = crate::builders::converted_with(
                    value,
                    "error converting supplied value for project_id",
                );
                self
            }
            #[inline]
            pub fn upstream_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.upstream_url = crate::builders::converted_with(
                    value,
                    "error converting supplied value for upstream_url",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CreateTokenRequest> for super::CreateTokenRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CreateTokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.credential_id {
                    Some(e)
                } else if let Err(e) = &value.name {
                    Some(e)
                } else if let Err(e) = &value.policy_ids {
                    Some(e)
                } else if let Err(e) = &value.project_id {
                    Some(e)
                } else if let Err(e) = &value.upstream_url {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    credential_id: crate::builders::ok(value.credential_id),
                    name: crate::builders::ok(value.name),
                    policy_ids: crate::builders::ok(value.policy_ids),
                    project_id: crate::builders::ok(value.project_id),
                    upstream_url: crate::builders::ok(value.upstream_url),
                })
            }
        }
        impl ::std::convert::From<super::CreateTokenRequest> for CreateTokenRequest {
            #[inline]
            fn from(value: super::CreateTokenRequest) -> Self {
                Self {
                    credential_id: Ok(value.credential_id),
                    name: Ok(value.name),
                    policy_ids: Ok(value.policy_ids),
                    project_id: Ok(value.project_id),
                    upstream_url: Ok(value.upstream_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdatePolicyRequest {
            mode: ::std::result::Result<
                ::std::option::Option<crate::ailink::generated::enums::PolicyMode>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            rules: ::std::result::Result<
                ::std::option::Option<super::PolicyRules>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdatePolicyRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    mode: Ok(::std::option::Option::None),
                    name: Ok(::std::option::Option::None),
                    rules: Ok(::std::option::Option::None),
                }
            }
        }
        impl UpdatePolicyRequest {
            #[inline]
            pub fn mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::ailink::generated::enums::PolicyMode>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mode = crate::builders::converted_with(
                    value,
                    "error converting supplied value for mode",
                );
                self
            }
            #[inline]
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = crate::builders::converted_with(
                    value,
                    "error converting supplied value for name",
                );
                self
            }
            #[inline]
            pub fn rules<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PolicyRules>>,
                T::Error: ::std::fmt::Display,
            {
                self.rules = crate::builders::converted_with(
                    value,
                    "error converting supplied value for rules",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<UpdatePolicyRequest>
        for super::UpdatePolicyRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: UpdatePolicyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.mode {
                    Some(e)
                } else if let Err(e) = &value.name {
                    Some(e)
                } else if let Err(e) = &value.rules {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    mode: crate::builders::ok(value.mode),
                    name: crate::builders::ok(value.name),
                    rules: crate::builders::ok(value.rules),
                })
            }
        }
        impl ::std::convert::From<super::UpdatePolicyRequest> for UpdatePolicyRequest {
            #[inline]
            fn from(value: super::UpdatePolicyRequest) -> Self {
                Self {
                    mode: Ok(value.mode),
                    name: Ok(value.name),
                    rules: Ok(value.rules),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            #[inline]
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            #[inline]
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            #[inline]
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            #[inline]
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for AIlink Gateway Management API

Management API of the AIlink gateway (sujan174/Ai-Link at commit 332754c): encrypted
upstream credentials, virtual `ailink_v1_...` tokens, policies, the audit log,
human-in-the-loop approvals and projects.

The current head (c8e564b, renamed TrueFlow) serves the same 14 operations with additive
changes (extra fields, which are ignored) and these differences, which this document
covers: tokens are `tf_v1_...`; `revoke_token` answers `204` (unknown id `404`);
`list_approvals` returns requests of every status; the admin key is `TRUEFLOW_ADMIN_KEY`,
or an `ak_...` role key sent as `Authorization: Bearer` (the SDK does that for `ak_` keys);
a role without write access gets `403` on writes.

Every path is under `/api/v1` and needs the admin key in the `X-Admin-Key` header (the
gateway also accepts `Authorization: Bearer <admin key>`). A wrong or missing key answers
`401` with an empty body. All management errors at this version are bare status codes
with an EMPTY body (`400` bad mode / uuid / upstream_url / injection mode, `404` unknown
id, `500` database failure); a JSON body the server cannot deserialise (missing or
mistyped field) is rejected by axum with `422` and a plain-text body.

Not described here: the agent proxy (every other path, e.g. `POST /v1/chat/completions`,
authenticated with the virtual token) is a passthrough handled by hand-written code, and
`GET /healthz` / `GET /readyz` answer plain text `ok`.

When `project_id` is omitted, the gateway uses the default project
`00000000-0000-0000-0000-000000000001`.


Version: 332754c*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::transport::Transport,
    pub(crate) base: crate::transport::Base,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    #[inline]
    pub fn new(baseurl: &str, inner: crate::transport::Transport) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    #[inline]
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::transport::Transport,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
            base: crate::transport::Base::new(baseurl),
        }
    }
}
impl ClientInfo<crate::transport::Transport> for Client {
    #[inline]
    fn api_version() -> &'static str {
        "332754c"
    }
    #[inline]
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    #[inline]
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    #[inline]
    fn inner(&self) -> &crate::transport::Transport {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    #[inline]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::transport::Transport>,
    {}
};
impl Client {
    /**List credentials

Lists the credential metadata of a project, newest first. Secrets are never returned.

Errors: `401` wrong or missing admin key (empty body); `400` `project_id` is not a UUID.


Sends a `GET` request to `/api/v1/credentials`

Arguments:
- `project_id`: Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
```ignore
let response = client.list_credentials()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_credentials(&self) -> builder::ListCredentials<'_> {
        builder::ListCredentials::new(self)
    }
    /**Create a credential

Encrypts and stores an upstream provider secret (envelope encryption in the gateway's
vault). Answers `201` with the new credential's id.

Errors: `401` wrong or missing admin key; `400` unknown `injection_mode` or an invalid
`injection_header` name (empty body); `422` missing `name`, `provider` or `secret`.


Sends a `POST` request to `/api/v1/credentials`

```ignore
let response = client.create_credential()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_credential(&self) -> builder::CreateCredential<'_> {
        builder::CreateCredential::new(self)
    }
    /**List virtual tokens

Lists the virtual tokens of a project, newest first, including revoked ones
(`is_active: false`).

Errors: `401` wrong or missing admin key; `400` `project_id` is not a UUID.


Sends a `GET` request to `/api/v1/tokens`

Arguments:
- `project_id`: Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
```ignore
let response = client.list_tokens()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_tokens(&self) -> builder::ListTokens<'_> {
        builder::ListTokens::new(self)
    }
    /**Create a virtual token

Issues a new virtual token `ailink_v1_<project prefix>_tok_<32 hex>` (the head:
`tf_v1_...`) bound to a credential and an upstream base URL. The token value is returned only here, in
`token_id`; agents send it as `Authorization: Bearer <token_id>` to the proxy.

Errors: `401` wrong or missing admin key; `400` `upstream_url` is not an absolute
`http`/`https` URL (empty body); `422` missing field or `credential_id` not a UUID;
`500` unknown `credential_id` or duplicate name in the project (database constraint).


Sends a `POST` request to `/api/v1/tokens`

```ignore
let response = client.create_token()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_token(&self) -> builder::CreateToken<'_> {
        builder::CreateToken::new(self)
    }
    /**Revoke a virtual token

Soft-deletes a token (`is_active` becomes false); the proxy then rejects it with `401`.

The two gateway versions answer differently. 332754c answers `200 {token_id, revoked}`
for ANY id: an unknown id answers `200` with `revoked: false` (revoking an already
revoked token answers `revoked: true`). The current head answers `204` with no body
(the answer is then `None`), and `404` for an unknown id. The official SDK documents
`NotFoundError` for an unknown id: the helper `AdminClient::revoke` gives `Ok(())` on
both versions and a not-found error for `revoked: false` as well; this operation
returns the answer as it is.

Errors: `401` wrong or missing admin key; `404` unknown id (head); `403` a role key
without admin role (head).


Sends a `DELETE` request to `/api/v1/tokens/{token_id}`

Arguments:
- `token_id`: The virtual token itself (`ailink_v1_...`, `tf_v1_...` at the head), as returned in `token_id` / `id`. Not a UUID.
```ignore
let response = client.revoke_token()
    .token_id(token_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn revoke_token(&self) -> builder::RevokeToken<'_> {
        builder::RevokeToken::new(self)
    }
    /**List policies

Lists the policies of a project, newest first, including soft-deleted ones
(`is_active: false`).

Errors: `401` wrong or missing admin key; `400` `project_id` is not a UUID.


Sends a `GET` request to `/api/v1/policies`

Arguments:
- `project_id`: Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
```ignore
let response = client.list_policies()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_policies(&self) -> builder::ListPolicies<'_> {
        builder::ListPolicies::new(self)
    }
    /**Create a policy

Creates a policy. `mode` defaults to `enforce`; `shadow` only records violations.
`rules` is stored as given (arbitrary JSON objects); see `Policy.rules` for the forms
the gateway understands.

Errors: `401` wrong or missing admin key; `400` `mode` is neither `enforce` nor
`shadow` (empty body); `422` missing `name` or `rules`; `500` duplicate name in the
project (database constraint).


Sends a `POST` request to `/api/v1/policies`

```ignore
let response = client.create_policy()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_policy(&self) -> builder::CreatePolicy<'_> {
        builder::CreatePolicy::new(self)
    }
    /**Update a policy

Partially updates an active policy of the default project: only the fields present
are changed. The answer's `name` is the name sent in the request, or an empty string
when the request did not change the name.

Errors: `401` wrong or missing admin key; `400` `policy_id` is not a UUID or `mode` is
neither `enforce` nor `shadow` (empty body); `404` no active policy with this id in
the default project (empty body).


Sends a `PUT` request to `/api/v1/policies/{policy_id}`

Arguments:
- `policy_id`: Id of the policy.
- `body`
```ignore
let response = client.update_policy()
    .policy_id(policy_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn update_policy(&self) -> builder::UpdatePolicy<'_> {
        builder::UpdatePolicy::new(self)
    }
    /**Delete a policy

Soft-deletes an active policy of the default project (`is_active` becomes false).

Wire quirk: an unknown or already deleted id answers `200` with `deleted: false`, not
`404`; `send()` reports that as a not-found error (`AdminClient::remove_policy` is the
same call under the seed's name).

Errors: `401` wrong or missing admin key; `400` `policy_id` is not a UUID.


Sends a `DELETE` request to `/api/v1/policies/{policy_id}`

Arguments:
- `policy_id`: Id of the policy.
```ignore
let response = client.delete_policy()
    .policy_id(policy_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn delete_policy(&self) -> builder::DeletePolicy<'_> {
        builder::DeletePolicy::new(self)
    }
    /**List audit log entries

Lists audit log entries of a project, newest first, with limit/offset paging. The
gateway clamps `limit` into 1..=200 and a negative `offset` to 0.

Errors: `401` wrong or missing admin key; `400` a query parameter has the wrong type.


Sends a `GET` request to `/api/v1/audit`

Arguments:
- `limit`: Page size, 1 to 200 (default 50; the gateway clamps out-of-range values into 1..=200).
- `offset`: Number of entries to skip (default 0).
- `project_id`: Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
```ignore
let response = client.list_audit_logs()
    .limit(limit)
    .offset(offset)
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_audit_logs(&self) -> builder::ListAuditLogs<'_> {
        builder::ListAuditLogs::new(self)
    }
    /**List approval requests

Lists the human-in-the-loop approval requests of a project. 332754c lists the PENDING
ones only, oldest first; the current head lists requests of EVERY status (approved,
rejected, expired too). Check each request's `status`, or use the helper
`AdminClient::pending_approvals`, which keeps the pending ones on both versions.

Errors: `401` wrong or missing admin key; `400` `project_id` is not a UUID.


Sends a `GET` request to `/api/v1/approvals`

Arguments:
- `project_id`: Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
```ignore
let response = client.list_approvals()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_approvals(&self) -> builder::ListApprovals<'_> {
        builder::ListApprovals::new(self)
    }
    /**Approve or reject an approval request

Records a reviewer's decision on a pending approval request; the proxied agent
request waiting on it is then forwarded (approved) or answered `403` (rejected).

Wire quirk: deciding an unknown, already decided or expired request answers `200`
with `updated: false`; `send()` reports that as a not-found error (no pending request
with this id). `AdminClient::approve` / `reject` are this call with the decision
preset. The request must belong to the project in `project_id` (default project when
omitted).

Errors: `401` wrong or missing admin key; `400` `approval_id` is not a UUID or
`decision` is not `approved`/`rejected` (empty body).


Sends a `POST` request to `/api/v1/approvals/{approval_id}/decision`

Arguments:
- `approval_id`: Id of the approval request.
- `project_id`: Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
- `body`
```ignore
let response = client.decide_approval()
    .approval_id(approval_id)
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn decide_approval(&self) -> builder::DecideApproval<'_> {
        builder::DecideApproval::new(self)
    }
    /**List projects

Lists the projects of the default organisation, oldest first. A fresh gateway has
the project `default` (`00000000-0000-0000-0000-000000000001`). The gateway ignores
`project_id` here (accepted for uniformity with the other list operations).

Errors: `401` wrong or missing admin key.


Sends a `GET` request to `/api/v1/projects`

Arguments:
- `project_id`: Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
```ignore
let response = client.list_projects()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_projects(&self) -> builder::ListProjects<'_> {
        builder::ListProjects::new(self)
    }
    /**Create a project

Creates a project in the default organisation.

Errors: `401` wrong or missing admin key; `422` missing `name`.


Sends a `POST` request to `/api/v1/projects`

```ignore
let response = client.create_project()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_project(&self) -> builder::CreateProject<'_> {
        builder::CreateProject::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_credentials`]

[`Client::list_credentials`]: super::Client::list_credentials*/
    #[derive(Clone)]
    pub struct ListCredentials<'a> {
        pub(super) client: &'a super::Client,
        pub(super) project_id: Result<Option<::uuid::Uuid>, String>,
    }
    impl<'a> ListCredentials<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Ok(None),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.project_id = crate::builders::converted(
                    value,
                    "conversion to `:: uuid :: Uuid` for project_id failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/api/v1/credentials`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, ::std::vec::Vec<types::Credential>>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, project_id } = self;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(format_args!("/api/v1/credentials",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
                                client
                                    .client
                                    .get(url.clone())
                                    .header(
                                        ::reqwest::header::ACCEPT,
                                        ::reqwest::header::HeaderValue::from_static(
                                            "application/json",
                                        ),
                                    ),
                                "project_id",
                                &project_id,
                            )
                            .build()
                    }),
                    "ailink",
                    "list_credentials",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::create_credential`]

[`Client::create_credential`]: super::Client::create_credential*/
    #[derive(Clone)]
    pub struct CreateCredential<'a> {
        pub(super) client: &'a super::Client,
        pub(super) body: Result<types::builder::CreateCredentialRequest, String>,
    }
    impl<'a> CreateCredential<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateCredentialRequest>,
            <V as std::convert::TryInto<
                types::CreateCredentialRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `CreateCredentialRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateCredentialRequest,
            ) -> types::builder::CreateCredentialRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/credentials`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::CreatedCredential>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, body } = self;
            let body = crate::builders::built::<types::CreateCredentialRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(format_args!("/api/v1/credentials",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "ailink",
                    "create_credential",
                    201u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::list_tokens`]

[`Client::list_tokens`]: super::Client::list_tokens*/
    #[derive(Clone)]
    pub struct ListTokens<'a> {
        pub(super) client: &'a super::Client,
        pub(super) project_id: Result<Option<::uuid::Uuid>, String>,
    }
    impl<'a> ListTokens<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Ok(None),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.project_id = crate::builders::converted(
                    value,
                    "conversion to `:: uuid :: Uuid` for project_id failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/api/v1/tokens`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, ::std::vec::Vec<types::Token>>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, project_id } = self;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(format_args!("/api/v1/tokens",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
                                client
                                    .client
                                    .get(url.clone())
                                    .header(
                                        ::reqwest::header::ACCEPT,
                                        ::reqwest::header::HeaderValue::from_static(
                                            "application/json",
                                        ),
                                    ),
                                "project_id",
                                &project_id,
                            )
                            .build()
                    }),
                    "ailink",
                    "list_tokens",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::create_token`]

[`Client::create_token`]: super::Client::create_token*/
    #[derive(Clone)]
    pub struct CreateToken<'a> {
        pub(super) client: &'a super::Client,
        pub(super) body: Result<types::builder::CreateTokenRequest, String>,
    }
    impl<'a> CreateToken<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateTokenRequest>,
            <V as std::convert::TryInto<
                types::CreateTokenRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `CreateTokenRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateTokenRequest,
            ) -> types::builder::CreateTokenRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/tokens`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::CreatedToken>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, body } = self;
            let body = crate::builders::built::<types::CreateTokenRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(format_args!("/api/v1/tokens",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "ailink",
                    "create_token",
                    201u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::revoke_token`]

[`Client::revoke_token`]: super::Client::revoke_token*/
    #[derive(Clone)]
    pub struct RevokeToken<'a> {
        pub(super) client: &'a super::Client,
        pub(super) token_id: Result<::std::string::String, String>,
    }
    impl<'a> RevokeToken<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                token_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.token_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for token_id failed",
            );
            self
        }
        ///Sends a `DELETE` request to `/api/v1/tokens/{token_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::RevokeTokenAnswer>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, token_id } = self;
            let token_id = crate::builders::param(
                token_id,
                "token_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/v1/tokens/{}", crate ::transport::path_segment("token_id",
                        token_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .delete(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "ailink",
                    "revoke_token",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::list_policies`]

[`Client::list_policies`]: super::Client::list_policies*/
    #[derive(Clone)]
    pub struct ListPolicies<'a> {
        pub(super) client: &'a super::Client,
        pub(super) project_id: Result<Option<::uuid::Uuid>, String>,
    }
    impl<'a> ListPolicies<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Ok(None),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.project_id = crate::builders::converted(
                    value,
                    "conversion to `:: uuid :: Uuid` for project_id failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/api/v1/policies`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, ::std::vec::Vec<types::Policy>>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, project_id } = self;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(format_args!("/api/v1/policies",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
                                client
                                    .client
                                    .get(url.clone())
                                    .header(
                                        ::reqwest::header::ACCEPT,
                                        ::reqwest::header::HeaderValue::from_static(
                                            "application/json",
                                        ),
                                    ),
                                "project_id",
                                &project_id,
                            )
                            .build()
                    }),
                    "ailink",
                    "list_policies",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::create_policy`]

[`Client::create_policy`]: super::Client::create_policy*/
    #[derive(Clone)]
    pub struct CreatePolicy<'a> {
        pub(super) client: &'a super::Client,
        pub(super) body: Result<types::builder::CreatePolicyRequest, String>,
    }
    impl<'a> CreatePolicy<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreatePolicyRequest>,
            <V as std::convert::TryInto<
                types::CreatePolicyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `CreatePolicyRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreatePolicyRequest,
            ) -> types::builder::CreatePolicyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/policies`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::PolicyWriteResult>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, body } = self;
            let body = crate::builders::built::<types::CreatePolicyRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(format_args!("/api/v1/policies",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "ailink",
                    "create_policy",
                    201u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::update_policy`]

[`Client::update_policy`]: super::Client::update_policy*/
    #[derive(Clone)]
    pub struct UpdatePolicy<'a> {
        pub(super) client: &'a super::Client,
        pub(super) policy_id: Result<::uuid::Uuid, String>,
        pub(super) body: Result<types::builder::UpdatePolicyRequest, String>,
    }
    impl<'a> UpdatePolicy<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                policy_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn policy_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.policy_id = crate::builders::converted(
                value,
                "conversion to `:: uuid :: Uuid` for policy_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdatePolicyRequest>,
            <V as std::convert::TryInto<
                types::UpdatePolicyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `UpdatePolicyRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdatePolicyRequest,
            ) -> types::builder::UpdatePolicyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v1/policies/{policy_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::PolicyWriteResult>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, policy_id, body } = self;
            let policy_id = crate::builders::param(
                policy_id,
                "policy_id was not initialized",
            )?;
            let body = crate::builders::built::<types::UpdatePolicyRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/v1/policies/{}", crate
                        ::transport::path_segment("policy_id", & policy_id.to_string())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .put(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "ailink",
                    "update_policy",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::delete_policy`]

[`Client::delete_policy`]: super::Client::delete_policy*/
    #[derive(Clone)]
    pub struct DeletePolicy<'a> {
        pub(super) client: &'a super::Client,
        pub(super) policy_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> DeletePolicy<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                policy_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn policy_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.policy_id = crate::builders::converted(
                value,
                "conversion to `:: uuid :: Uuid` for policy_id failed",
            );
            self
        }
        ///Sends a `DELETE` request to `/api/v1/policies/{policy_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::DeletePolicyResult>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, policy_id } = self;
            let policy_id = crate::builders::param(
                policy_id,
                "policy_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/v1/policies/{}", crate
                        ::transport::path_segment("policy_id", & policy_id.to_string())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .delete(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "ailink",
                    "delete_policy",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::list_audit_logs`]

[`Client::list_audit_logs`]: super::Client::list_audit_logs*/
    #[derive(Clone)]
    pub struct ListAuditLogs<'a> {
        pub(super) client: &'a super::Client,
        pub(super) limit: Result<Option<i64>, String>,
        pub(super) offset: Result<Option<i64>, String>,
        pub(super) project_id: Result<Option<::uuid::Uuid>, String>,
    }
    impl<'a> ListAuditLogs<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
                project_id: Ok(None),
            }
        }
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = crate::builders::converted(
                    value,
                    "conversion to `i64` for limit failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = crate::builders::converted(
                    value,
                    "conversion to `i64` for offset failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.project_id = crate::builders::converted(
                    value,
                    "conversion to `:: uuid :: Uuid` for project_id failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/api/v1/audit`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, ::std::vec::Vec<types::AuditLog>>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, limit, offset, project_id } = self;
            let limit = crate::builders::param(limit, "limit was not initialized")?;
            let offset = crate::builders::param(offset, "offset was not initialized")?;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(format_args!("/api/v1/audit",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
                                crate::transport::query_param(
                                    crate::transport::query_param(
                                        client
                                            .client
                                            .get(url.clone())
                                            .header(
                                                ::reqwest::header::ACCEPT,
                                                ::reqwest::header::HeaderValue::from_static(
                                                    "application/json",
                                                ),
                                            ),
                                        "limit",
                                        &limit,
                                    ),
                                    "offset",
                                    &offset,
                                ),
                                "project_id",
                                &project_id,
                            )
                            .build()
                    }),
                    "ailink",
                    "list_audit_logs",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::list_approvals`]

[`Client::list_approvals`]: super::Client::list_approvals*/
    #[derive(Clone)]
    pub struct ListApprovals<'a> {
        pub(super) client: &'a super::Client,
        pub(super) project_id: Result<Option<::uuid::Uuid>, String>,
    }
    impl<'a> ListApprovals<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Ok(None),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.project_id = crate::builders::converted(
                    value,
                    "conversion to `:: uuid :: Uuid` for project_id failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/api/v1/approvals`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, ::std::vec::Vec<types::ApprovalRequest>>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, project_id } = self;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(format_args!("/api/v1/approvals",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
                                client
                                    .client
                                    .get(url.clone())
                                    .header(
                                        ::reqwest::header::ACCEPT,
                                        ::reqwest::header::HeaderValue::from_static(
                                            "application/json",
                                        ),
                                    ),
                                "project_id",
                                &project_id,
                            )
                            .build()
                    }),
                    "ailink",
                    "list_approvals",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::decide_approval`]

[`Client::decide_approval`]: super::Client::decide_approval*/
    #[derive(Clone)]
    pub struct DecideApproval<'a> {
        pub(super) client: &'a super::Client,
        pub(super) approval_id: Result<::uuid::Uuid, String>,
        pub(super) project_id: Result<Option<::uuid::Uuid>, String>,
        pub(super) body: Result<types::builder::ApprovalDecisionRequest, String>,
    }
    impl<'a> DecideApproval<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                approval_id: Err(String::new()),
                project_id: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn approval_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.approval_id = crate::builders::converted(
                value,
                "conversion to `:: uuid :: Uuid` for approval_id failed",
            );
            self
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.project_id = crate::builders::converted(
                    value,
                    "conversion to `:: uuid :: Uuid` for project_id failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ApprovalDecisionRequest>,
            <V as std::convert::TryInto<
                types::ApprovalDecisionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `ApprovalDecisionRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ApprovalDecisionRequest,
            ) -> types::builder::ApprovalDecisionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/approvals/{approval_id}/decision`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ApprovalDecision>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, approval_id, project_id, body } = self;
            let approval_id = crate::builders::param(
                approval_id,
                "approval_id was not initialized",
            )?;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let body = crate::builders::built::<types::ApprovalDecisionRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/v1/approvals/{}/decision", crate
                        ::transport::path_segment("approval_id", & approval_id
                        .to_string()).map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
                                client
                                    .client
                                    .post(url.clone())
                                    .header(
                                        ::reqwest::header::ACCEPT,
                                        ::reqwest::header::HeaderValue::from_static(
                                            "application/json",
                                        ),
                                    )
                                    .json(&body),
                                "project_id",
                                &project_id,
                            )
                            .build()
                    }),
                    "ailink",
                    "decide_approval",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::list_projects`]

[`Client::list_projects`]: super::Client::list_projects*/
    #[derive(Clone)]
    pub struct ListProjects<'a> {
        pub(super) client: &'a super::Client,
        pub(super) project_id: Result<Option<::uuid::Uuid>, String>,
    }
    impl<'a> ListProjects<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Ok(None),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.project_id = crate::builders::converted(
                    value,
                    "conversion to `:: uuid :: Uuid` for project_id failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/api/v1/projects`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, ::std::vec::Vec<types::Project>>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, project_id } = self;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(format_args!("/api/v1/projects",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
                                client
                                    .client
                                    .get(url.clone())
                                    .header(
                                        ::reqwest::header::ACCEPT,
                                        ::reqwest::header::HeaderValue::from_static(
                                            "application/json",
                                        ),
                                    ),
                                "project_id",
                                &project_id,
                            )
                            .build()
                    }),
                    "ailink",
                    "list_projects",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::create_project`]

[`Client::create_project`]: super::Client::create_project*/
    #[derive(Clone)]
    pub struct CreateProject<'a> {
        pub(super) client: &'a super::Client,
        pub(super) body: Result<types::builder::CreateProjectRequest, String>,
    }
    impl<'a> CreateProject<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateProjectRequest>,
            <V as std::convert::TryInto<
                types::CreateProjectRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `CreateProjectRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateProjectRequest,
            ) -> types::builder::CreateProjectRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/projects`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, types::Project>, Error<()>> {
            let raw = self.client;
            let Self { client, body } = self;
            let body = crate::builders::built::<types::CreateProjectRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(format_args!("/api/v1/projects",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "ailink",
                    "create_project",
                    201u16,
                    false,
                ),
            )
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
impl crate::transport::BodyVerdict for types::ApprovalDecision {}
impl crate::transport::BodyVerdict for types::ApprovalDecisionRequest {}
impl crate::transport::BodyVerdict for types::ApprovalRequest {}
impl crate::transport::BodyVerdict for types::AuditLog {}
impl crate::transport::BodyVerdict for types::CreateCredentialRequest {}
impl crate::transport::BodyVerdict for types::CreatePolicyRequest {}
impl crate::transport::BodyVerdict for types::CreateProjectRequest {}
impl crate::transport::BodyVerdict for types::CreateTokenRequest {}
impl crate::transport::BodyVerdict for types::CreatedCredential {}
impl crate::transport::BodyVerdict for types::CreatedToken {}
impl crate::transport::BodyVerdict for types::Credential {}
impl crate::transport::BodyVerdict for types::DeletePolicyResult {}
impl crate::transport::BodyVerdict for types::Policy {}
impl crate::transport::BodyVerdict for types::PolicyRules {}
impl crate::transport::BodyVerdict for types::PolicyWriteResult {}
impl crate::transport::BodyVerdict for types::Project {}
impl crate::transport::BodyVerdict for types::RequestSummary {}
impl crate::transport::BodyVerdict for types::RevokeTokenAnswer {}
impl crate::transport::BodyVerdict for types::RevokeTokenResult {}
impl crate::transport::BodyVerdict for types::Token {}
impl crate::transport::BodyVerdict for types::UpdatePolicyRequest {}
impl crate::ailink::AdminClient {
    /**List credentials

Lists the credential metadata of a project, newest first. Secrets are never returned.

Errors: `401` wrong or missing admin key (empty body); `400` `project_id` is not a UUID.


Sends a `GET` request to `/api/v1/credentials`

Arguments:
- `project_id`: Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
```ignore
let response = client.list_credentials()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_credentials(&self) -> fluent::ListCredentials<'_> {
        fluent::ListCredentials::new(self)
    }
    /**Create a credential

Encrypts and stores an upstream provider secret (envelope encryption in the gateway's
vault). Answers `201` with the new credential's id.

Errors: `401` wrong or missing admin key; `400` unknown `injection_mode` or an invalid
`injection_header` name (empty body); `422` missing `name`, `provider` or `secret`.


Sends a `POST` request to `/api/v1/credentials`

```ignore
let response = client.create_credential()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_credential(&self) -> fluent::CreateCredential<'_> {
        fluent::CreateCredential::new(self)
    }
    /**List virtual tokens

Lists the virtual tokens of a project, newest first, including revoked ones
(`is_active: false`).

Errors: `401` wrong or missing admin key; `400` `project_id` is not a UUID.


Sends a `GET` request to `/api/v1/tokens`

Arguments:
- `project_id`: Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
```ignore
let response = client.list_tokens()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_tokens(&self) -> fluent::ListTokens<'_> {
        fluent::ListTokens::new(self)
    }
    /**Create a virtual token

Issues a new virtual token `ailink_v1_<project prefix>_tok_<32 hex>` (the head:
`tf_v1_...`) bound to a credential and an upstream base URL. The token value is returned only here, in
`token_id`; agents send it as `Authorization: Bearer <token_id>` to the proxy.

Errors: `401` wrong or missing admin key; `400` `upstream_url` is not an absolute
`http`/`https` URL (empty body); `422` missing field or `credential_id` not a UUID;
`500` unknown `credential_id` or duplicate name in the project (database constraint).


Sends a `POST` request to `/api/v1/tokens`

```ignore
let response = client.create_token()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_token(&self) -> fluent::CreateToken<'_> {
        fluent::CreateToken::new(self)
    }
    /**Revoke a virtual token

Soft-deletes a token (`is_active` becomes false); the proxy then rejects it with `401`.

The two gateway versions answer differently. 332754c answers `200 {token_id, revoked}`
for ANY id: an unknown id answers `200` with `revoked: false` (revoking an already
revoked token answers `revoked: true`). The current head answers `204` with no body
(the answer is then `None`), and `404` for an unknown id. The official SDK documents
`NotFoundError` for an unknown id: the helper `AdminClient::revoke` gives `Ok(())` on
both versions and a not-found error for `revoked: false` as well; this operation
returns the answer as it is.

Errors: `401` wrong or missing admin key; `404` unknown id (head); `403` a role key
without admin role (head).


Sends a `DELETE` request to `/api/v1/tokens/{token_id}`

Arguments:
- `token_id`: The virtual token itself (`ailink_v1_...`, `tf_v1_...` at the head), as returned in `token_id` / `id`. Not a UUID.
```ignore
let response = client.revoke_token()
    .token_id(token_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn revoke_token(&self) -> fluent::RevokeToken<'_> {
        fluent::RevokeToken::new(self)
    }
    /**List policies

Lists the policies of a project, newest first, including soft-deleted ones
(`is_active: false`).

Errors: `401` wrong or missing admin key; `400` `project_id` is not a UUID.


Sends a `GET` request to `/api/v1/policies`

Arguments:
- `project_id`: Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
```ignore
let response = client.list_policies()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_policies(&self) -> fluent::ListPolicies<'_> {
        fluent::ListPolicies::new(self)
    }
    /**Create a policy

Creates a policy. `mode` defaults to `enforce`; `shadow` only records violations.
`rules` is stored as given (arbitrary JSON objects); see `Policy.rules` for the forms
the gateway understands.

Errors: `401` wrong or missing admin key; `400` `mode` is neither `enforce` nor
`shadow` (empty body); `422` missing `name` or `rules`; `500` duplicate name in the
project (database constraint).


Sends a `POST` request to `/api/v1/policies`

```ignore
let response = client.create_policy()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_policy(&self) -> fluent::CreatePolicy<'_> {
        fluent::CreatePolicy::new(self)
    }
    /**Update a policy

Partially updates an active policy of the default project: only the fields present
are changed. The answer's `name` is the name sent in the request, or an empty string
when the request did not change the name.

Errors: `401` wrong or missing admin key; `400` `policy_id` is not a UUID or `mode` is
neither `enforce` nor `shadow` (empty body); `404` no active policy with this id in
the default project (empty body).


Sends a `PUT` request to `/api/v1/policies/{policy_id}`

Arguments:
- `policy_id`: Id of the policy.
- `body`
```ignore
let response = client.update_policy()
    .policy_id(policy_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn update_policy(&self) -> fluent::UpdatePolicy<'_> {
        fluent::UpdatePolicy::new(self)
    }
    /**Delete a policy

Soft-deletes an active policy of the default project (`is_active` becomes false).

Wire quirk: an unknown or already deleted id answers `200` with `deleted: false`, not
`404`; `send()` reports that as a not-found error (`AdminClient::remove_policy` is the
same call under the seed's name).

Errors: `401` wrong or missing admin key; `400` `policy_id` is not a UUID.


Sends a `DELETE` request to `/api/v1/policies/{policy_id}`

Arguments:
- `policy_id`: Id of the policy.
```ignore
let response = client.delete_policy()
    .policy_id(policy_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn delete_policy(&self) -> fluent::DeletePolicy<'_> {
        fluent::DeletePolicy::new(self)
    }
    /**List audit log entries

Lists audit log entries of a project, newest first, with limit/offset paging. The
gateway clamps `limit` into 1..=200 and a negative `offset` to 0.

Errors: `401` wrong or missing admin key; `400` a query parameter has the wrong type.


Sends a `GET` request to `/api/v1/audit`

Arguments:
- `limit`: Page size, 1 to 200 (default 50; the gateway clamps out-of-range values into 1..=200).
- `offset`: Number of entries to skip (default 0).
- `project_id`: Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
```ignore
let response = client.list_audit_logs()
    .limit(limit)
    .offset(offset)
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_audit_logs(&self) -> fluent::ListAuditLogs<'_> {
        fluent::ListAuditLogs::new(self)
    }
    /**List approval requests

Lists the human-in-the-loop approval requests of a project. 332754c lists the PENDING
ones only, oldest first; the current head lists requests of EVERY status (approved,
rejected, expired too). Check each request's `status`, or use the helper
`AdminClient::pending_approvals`, which keeps the pending ones on both versions.

Errors: `401` wrong or missing admin key; `400` `project_id` is not a UUID.


Sends a `GET` request to `/api/v1/approvals`

Arguments:
- `project_id`: Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
```ignore
let response = client.list_approvals()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_approvals(&self) -> fluent::ListApprovals<'_> {
        fluent::ListApprovals::new(self)
    }
    /**Approve or reject an approval request

Records a reviewer's decision on a pending approval request; the proxied agent
request waiting on it is then forwarded (approved) or answered `403` (rejected).

Wire quirk: deciding an unknown, already decided or expired request answers `200`
with `updated: false`; `send()` reports that as a not-found error (no pending request
with this id). `AdminClient::approve` / `reject` are this call with the decision
preset. The request must belong to the project in `project_id` (default project when
omitted).

Errors: `401` wrong or missing admin key; `400` `approval_id` is not a UUID or
`decision` is not `approved`/`rejected` (empty body).


Sends a `POST` request to `/api/v1/approvals/{approval_id}/decision`

Arguments:
- `approval_id`: Id of the approval request.
- `project_id`: Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
- `body`
```ignore
let response = client.decide_approval()
    .approval_id(approval_id)
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn decide_approval(&self) -> fluent::DecideApproval<'_> {
        fluent::DecideApproval::new(self)
    }
    /**List projects

Lists the projects of the default organisation, oldest first. A fresh gateway has
the project `default` (`00000000-0000-0000-0000-000000000001`). The gateway ignores
`project_id` here (accepted for uniformity with the other list operations).

Errors: `401` wrong or missing admin key.


Sends a `GET` request to `/api/v1/projects`

Arguments:
- `project_id`: Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
```ignore
let response = client.list_projects()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_projects(&self) -> fluent::ListProjects<'_> {
        fluent::ListProjects::new(self)
    }
    /**Create a project

Creates a project in the default organisation.

Errors: `401` wrong or missing admin key; `422` missing `name`.


Sends a `POST` request to `/api/v1/projects`

```ignore
let response = client.create_project()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_project(&self) -> fluent::CreateProject<'_> {
        fluent::CreateProject::new(self)
    }
}
/// The request builders of this service's operations: `client.<operation>()` returns
/// one; set parameters and body fields with plain values, then `send()`.
pub mod fluent {
    #[allow(unused_imports)]
    use super::types;
    #[allow(unused_imports)]
    use super::types::*;
    ///The request of [`list_credentials`](crate::ailink::AdminClient::list_credentials): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListCredentials<'a> {
        client: &'a crate::ailink::AdminClient,
        inner: super::builder::ListCredentials<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListCredentials<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListCredentials");
            crate::builders::debug_optional(
                &mut d,
                "project_id",
                &self.inner.project_id,
            );
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListCredentials<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::ailink::AdminClient) -> Self {
            Self {
                client,
                inner: client.raw().list_credentials(),
                error: None,
            }
        }
        ///Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        ///Sends a `GET` request to `/api/v1/credentials`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<::std::vec::Vec<types::Credential>>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "ailink",
                "list_credentials",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<::std::vec::Vec<types::Credential>>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "ailink",
                "list_credentials",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: ::std::vec::Vec<types::Credential>,
        ) -> crate::Result<::std::vec::Vec<types::Credential>> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`create_credential`](crate::ailink::AdminClient::create_credential): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CreateCredential<'a> {
        client: &'a crate::ailink::AdminClient,
        inner: super::builder::CreateCredential<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CreateCredential<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CreateCredential");
            crate::builders::debug_body::<
                super::types::CreateCredentialRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CreateCredential<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::ailink::AdminClient) -> Self {
            Self {
                client,
                inner: client.raw().create_credential(),
                error: None,
            }
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateCredentialRequest>,
            <V as std::convert::TryInto<
                types::CreateCredentialRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Header name used to inject the secret (default `Authorization`); must be a valid header name.
        #[inline]
        pub fn injection_header<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => {
                    self.inner = self.inner.body_map(|b| b.injection_header(Some(v)));
                }
                Err(e) => crate::builders::fail(&mut self.error, "injection_header", e),
            }
            self
        }
        #[inline]
        pub fn injection_mode<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::ailink::generated::enums::InjectionMode>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.injection_mode(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "injection_mode", e),
            }
            self
        }
        #[inline]
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.name(v)),
                Err(e) => crate::builders::fail(&mut self.error, "name", e),
            }
            self
        }
        ///Owning project (default project when omitted).
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.project_id(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "project_id", e),
            }
            self
        }
        ///Provider label, e.g. `openai`, `anthropic`.
        #[inline]
        pub fn provider<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.provider(v)),
                Err(e) => crate::builders::fail(&mut self.error, "provider", e),
            }
            self
        }
        #[inline]
        pub fn secret<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Secret>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.secret(v)),
                Err(e) => crate::builders::fail(&mut self.error, "secret", e),
            }
            self
        }
        ///Sends a `POST` request to `/api/v1/credentials`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<types::CreatedCredential>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "ailink",
                "create_credential",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::CreatedCredential>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "ailink",
                "create_credential",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::CreatedCredential,
        ) -> crate::Result<types::CreatedCredential> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`list_tokens`](crate::ailink::AdminClient::list_tokens): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListTokens<'a> {
        client: &'a crate::ailink::AdminClient,
        inner: super::builder::ListTokens<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListTokens<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListTokens");
            crate::builders::debug_optional(
                &mut d,
                "project_id",
                &self.inner.project_id,
            );
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListTokens<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::ailink::AdminClient) -> Self {
            Self {
                client,
                inner: client.raw().list_tokens(),
                error: None,
            }
        }
        ///Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        ///Sends a `GET` request to `/api/v1/tokens`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<::std::vec::Vec<types::Token>>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "ailink",
                "list_tokens",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<::std::vec::Vec<types::Token>>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "ailink",
                "list_tokens",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: ::std::vec::Vec<types::Token>,
        ) -> crate::Result<::std::vec::Vec<types::Token>> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`create_token`](crate::ailink::AdminClient::create_token): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CreateToken<'a> {
        client: &'a crate::ailink::AdminClient,
        inner: super::builder::CreateToken<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CreateToken<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CreateToken");
            crate::builders::debug_body::<
                super::types::CreateTokenRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CreateToken<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::ailink::AdminClient) -> Self {
            Self {
                client,
                inner: client.raw().create_token(),
                error: None,
            }
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateTokenRequest>,
            <V as std::convert::TryInto<
                types::CreateTokenRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        #[inline]
        pub fn credential_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.credential_id(v)),
                Err(e) => crate::builders::fail(&mut self.error, "credential_id", e),
            }
            self
        }
        ///Unique within the project.
        #[inline]
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.name(v)),
                Err(e) => crate::builders::fail(&mut self.error, "name", e),
            }
            self
        }
        ///Policies to attach (none when omitted).
        #[inline]
        pub fn policy_ids<I, V>(mut self, values: I) -> Self
        where
            I: IntoIterator<Item = V>,
            V: std::convert::TryInto<::uuid::Uuid>,
            V::Error: std::fmt::Display,
        {
            let values: Result<Vec<::uuid::Uuid>, _> = values
                .into_iter()
                .map(|v| v.try_into())
                .collect();
            match values {
                Ok(v) => self.inner = self.inner.body_map(|b| b.policy_ids(v)),
                Err(e) => crate::builders::fail(&mut self.error, "policy_ids", e),
            }
            self
        }
        ///Owning project (default project when omitted).
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.project_id(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "project_id", e),
            }
            self
        }
        ///Absolute `http` or `https` base URL of the upstream (anything else answers `400`).
        #[inline]
        pub fn upstream_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.upstream_url(v)),
                Err(e) => crate::builders::fail(&mut self.error, "upstream_url", e),
            }
            self
        }
        ///Sends a `POST` request to `/api/v1/tokens`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<types::CreatedToken>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "ailink",
                "create_token",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::CreatedToken>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "ailink",
                "create_token",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::CreatedToken) -> crate::Result<types::CreatedToken> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`revoke_token`](crate::ailink::AdminClient::revoke_token): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct RevokeToken<'a> {
        client: &'a crate::ailink::AdminClient,
        inner: super::builder::RevokeToken<'a>,
        error: Option<String>,
        token_id: Option<crate::Secret>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for RevokeToken<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("RevokeToken");
            crate::builders::debug_set(&mut d, "token_id", self.token_id.as_ref());
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> RevokeToken<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::ailink::AdminClient) -> Self {
            Self {
                client,
                inner: client.raw().revoke_token(),
                error: None,
                token_id: None,
            }
        }
        ///The virtual token itself (`ailink_v1_...`, `tf_v1_...` at the head), as returned in `token_id` / `id`. Not a UUID.
        #[inline]
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => self.token_id = Some(crate::Secret::new(v)),
                Err(_) => {
                    crate::builders::fail(&mut self.error, "token_id", "not a string")
                }
            }
            self
        }
        ///Sends a `DELETE` request to `/api/v1/tokens/{token_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<types::RevokeTokenAnswer>,
        > + 'a {
            crate::calls::send_call(self.call(), Self::payload)
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::RevokeTokenAnswer>>,
        > + 'a {
            crate::calls::send_call_with_response(self.call(), Self::payload)
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::RevokeTokenAnswer,
        ) -> crate::Result<types::RevokeTokenAnswer> {
            let payload = body;
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::RevokeTokenAnswer>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, token_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("ailink", "revoke_token"),
                );
            }
            let _token_id_held = match token_id {
                Some(secret) => {
                    inner = inner.token_id(secret.expose_secret().to_string());
                    Some(crate::transport::hold_secret_segment("token_id", secret))
                }
                None => None,
            };
            crate::calls::call_prepared(inner.prepare(), "ailink", "revoke_token").await
        }
    }
    ///The request of [`list_policies`](crate::ailink::AdminClient::list_policies): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListPolicies<'a> {
        client: &'a crate::ailink::AdminClient,
        inner: super::builder::ListPolicies<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListPolicies<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListPolicies");
            crate::builders::debug_optional(
                &mut d,
                "project_id",
                &self.inner.project_id,
            );
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListPolicies<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::ailink::AdminClient) -> Self {
            Self {
                client,
                inner: client.raw().list_policies(),
                error: None,
            }
        }
        ///Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        ///Sends a `GET` request to `/api/v1/policies`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<::std::vec::Vec<types::Policy>>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "ailink",
                "list_policies",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<::std::vec::Vec<types::Policy>>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "ailink",
                "list_policies",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: ::std::vec::Vec<types::Policy>,
        ) -> crate::Result<::std::vec::Vec<types::Policy>> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`create_policy`](crate::ailink::AdminClient::create_policy): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CreatePolicy<'a> {
        client: &'a crate::ailink::AdminClient,
        inner: super::builder::CreatePolicy<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CreatePolicy<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CreatePolicy");
            crate::builders::debug_body::<
                super::types::CreatePolicyRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CreatePolicy<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::ailink::AdminClient) -> Self {
            Self {
                client,
                inner: client.raw().create_policy(),
                error: None,
            }
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreatePolicyRequest>,
            <V as std::convert::TryInto<
                types::CreatePolicyRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        #[inline]
        pub fn mode<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::ailink::generated::enums::PolicyMode>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.mode(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "mode", e),
            }
            self
        }
        ///Unique within the project.
        #[inline]
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.name(v)),
                Err(e) => crate::builders::fail(&mut self.error, "name", e),
            }
            self
        }
        ///Owning project (default project when omitted).
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.project_id(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "project_id", e),
            }
            self
        }
        #[inline]
        pub fn rules<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<PolicyRules>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.rules(v)),
                Err(e) => crate::builders::fail(&mut self.error, "rules", e),
            }
            self
        }
        ///Sends a `POST` request to `/api/v1/policies`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<types::PolicyWriteResult>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "ailink",
                "create_policy",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::PolicyWriteResult>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "ailink",
                "create_policy",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::PolicyWriteResult,
        ) -> crate::Result<types::PolicyWriteResult> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`update_policy`](crate::ailink::AdminClient::update_policy): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct UpdatePolicy<'a> {
        client: &'a crate::ailink::AdminClient,
        inner: super::builder::UpdatePolicy<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for UpdatePolicy<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("UpdatePolicy");
            crate::builders::debug_required(&mut d, "policy_id", &self.inner.policy_id);
            crate::builders::debug_body::<
                super::types::UpdatePolicyRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> UpdatePolicy<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::ailink::AdminClient) -> Self {
            Self {
                client,
                inner: client.raw().update_policy(),
                error: None,
            }
        }
        ///Id of the policy.
        #[inline]
        pub fn policy_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.inner = self.inner.policy_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdatePolicyRequest>,
            <V as std::convert::TryInto<
                types::UpdatePolicyRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        #[inline]
        pub fn mode<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::ailink::generated::enums::PolicyMode>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.mode(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "mode", e),
            }
            self
        }
        #[inline]
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.name(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "name", e),
            }
            self
        }
        #[inline]
        pub fn rules<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<PolicyRules>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.rules(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "rules", e),
            }
            self
        }
        ///Sends a `PUT` request to `/api/v1/policies/{policy_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<types::PolicyWriteResult>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "ailink",
                "update_policy",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::PolicyWriteResult>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "ailink",
                "update_policy",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::PolicyWriteResult,
        ) -> crate::Result<types::PolicyWriteResult> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`delete_policy`](crate::ailink::AdminClient::delete_policy): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct DeletePolicy<'a> {
        client: &'a crate::ailink::AdminClient,
        inner: super::builder::DeletePolicy<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for DeletePolicy<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("DeletePolicy");
            crate::builders::debug_required(&mut d, "policy_id", &self.inner.policy_id);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> DeletePolicy<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::ailink::AdminClient) -> Self {
            Self {
                client,
                inner: client.raw().delete_policy(),
                error: None,
            }
        }
        ///Id of the policy.
        #[inline]
        pub fn policy_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.inner = self.inner.policy_id(value);
            self
        }
        ///Sends a `DELETE` request to `/api/v1/policies/{policy_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<types::DeletePolicyResult>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "ailink",
                "delete_policy",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::DeletePolicyResult>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "ailink",
                "delete_policy",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::DeletePolicyResult,
        ) -> crate::Result<types::DeletePolicyResult> {
            let payload = body;
            if !payload.deleted {
                return Err(
                    crate::Error::new(
                            crate::ErrorKind::NotFound,
                            "`deleted: false`: nothing with this id",
                        )
                        .with_operation("ailink", "delete_policy"),
                );
            }
            Ok(payload)
        }
    }
    ///The request of [`list_audit_logs`](crate::ailink::AdminClient::list_audit_logs): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListAuditLogs<'a> {
        client: &'a crate::ailink::AdminClient,
        inner: super::builder::ListAuditLogs<'a>,
        error: Option<String>,
        page_limit: Option<i64>,
        page_offset: Option<i64>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListAuditLogs<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListAuditLogs");
            crate::builders::debug_optional(&mut d, "limit", &self.inner.limit);
            crate::builders::debug_optional(&mut d, "offset", &self.inner.offset);
            crate::builders::debug_optional(
                &mut d,
                "project_id",
                &self.inner.project_id,
            );
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListAuditLogs<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::ailink::AdminClient) -> Self {
            Self {
                client,
                inner: client.raw().list_audit_logs(),
                error: None,
                page_limit: None,
                page_offset: None,
            }
        }
        /**Page size, 1 to 200 (default 50; the gateway clamps out-of-range values into 1..=200).

Also the page size of [`stream`](Self::stream).*/
        #[inline]
        pub fn limit(mut self, value: i64) -> Self {
            self.page_limit = Some(value);
            self.inner = self.inner.limit(value);
            self
        }
        /**Number of entries to skip (default 0).

Also where [`stream`](Self::stream) starts.*/
        #[inline]
        pub fn offset(mut self, value: i64) -> Self {
            self.page_offset = Some(value);
            self.inner = self.inner.offset(value);
            self
        }
        ///Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        ///Sends a `GET` request to `/api/v1/audit`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<::std::vec::Vec<types::AuditLog>>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "ailink",
                "list_audit_logs",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<::std::vec::Vec<types::AuditLog>>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "ailink",
                "list_audit_logs",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: ::std::vec::Vec<types::AuditLog>,
        ) -> crate::Result<::std::vec::Vec<types::AuditLog>> {
            let payload = body;
            Ok(payload)
        }
        ///Every item of this list, lazily: one page of `limit` items (default 200, at most 200) in memory at a time, from `offset` (default 0), with this request's filters. The first error is yielded and ends the stream.
        #[inline]
        pub fn stream(
            self,
        ) -> impl futures::Stream<Item = crate::Result<types::AuditLog>> + 'a {
            let size = self
                .page_limit
                .map_or(200u64, |l| u64::try_from(l).unwrap_or(1))
                .clamp(1, 200u64);
            let start = self.page_offset.map_or(0, |o| u64::try_from(o).unwrap_or(0));
            crate::pagination::offset_stream_from(
                start,
                size,
                move |page| {
                    let request = self
                        .clone()
                        .limit(<i64>::try_from(page.limit).unwrap_or(<i64>::MAX))
                        .offset(<i64>::try_from(page.offset).unwrap_or(<i64>::MAX));
                    async move {
                        let payload = request.send().await?;
                        Ok(crate::pagination::IntoPage::into_page(payload))
                    }
                },
            )
        }
    }
    ///The request of [`list_approvals`](crate::ailink::AdminClient::list_approvals): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListApprovals<'a> {
        client: &'a crate::ailink::AdminClient,
        inner: super::builder::ListApprovals<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListApprovals<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListApprovals");
            crate::builders::debug_optional(
                &mut d,
                "project_id",
                &self.inner.project_id,
            );
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListApprovals<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::ailink::AdminClient) -> Self {
            Self {
                client,
                inner: client.raw().list_approvals(),
                error: None,
            }
        }
        ///Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        ///Sends a `GET` request to `/api/v1/approvals`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<::std::vec::Vec<types::ApprovalRequest>>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "ailink",
                "list_approvals",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<
                crate::Response<::std::vec::Vec<types::ApprovalRequest>>,
            >,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "ailink",
                "list_approvals",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: ::std::vec::Vec<types::ApprovalRequest>,
        ) -> crate::Result<::std::vec::Vec<types::ApprovalRequest>> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`decide_approval`](crate::ailink::AdminClient::decide_approval): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct DecideApproval<'a> {
        client: &'a crate::ailink::AdminClient,
        inner: super::builder::DecideApproval<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for DecideApproval<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("DecideApproval");
            crate::builders::debug_required(
                &mut d,
                "approval_id",
                &self.inner.approval_id,
            );
            crate::builders::debug_optional(
                &mut d,
                "project_id",
                &self.inner.project_id,
            );
            crate::builders::debug_body::<
                super::types::ApprovalDecisionRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> DecideApproval<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::ailink::AdminClient) -> Self {
            Self {
                client,
                inner: client.raw().decide_approval(),
                error: None,
            }
        }
        ///Id of the approval request.
        #[inline]
        pub fn approval_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.inner = self.inner.approval_id(value);
            self
        }
        ///Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ApprovalDecisionRequest>,
            <V as std::convert::TryInto<
                types::ApprovalDecisionRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        #[inline]
        pub fn decision<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                crate::ailink::generated::enums::ApprovalDecisionKind,
            >,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.decision(v)),
                Err(e) => crate::builders::fail(&mut self.error, "decision", e),
            }
            self
        }
        ///Sends a `POST` request to `/api/v1/approvals/{approval_id}/decision`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<types::ApprovalDecision>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "ailink",
                "decide_approval",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::ApprovalDecision>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "ailink",
                "decide_approval",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::ApprovalDecision,
        ) -> crate::Result<types::ApprovalDecision> {
            let payload = body;
            if !payload.updated {
                return Err(
                    crate::Error::new(
                            crate::ErrorKind::NotFound,
                            "`updated: false`: nothing with this id",
                        )
                        .with_operation("ailink", "decide_approval"),
                );
            }
            Ok(payload)
        }
    }
    ///The request of [`list_projects`](crate::ailink::AdminClient::list_projects): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListProjects<'a> {
        client: &'a crate::ailink::AdminClient,
        inner: super::builder::ListProjects<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListProjects<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListProjects");
            crate::builders::debug_optional(
                &mut d,
                "project_id",
                &self.inner.project_id,
            );
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListProjects<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::ailink::AdminClient) -> Self {
            Self {
                client,
                inner: client.raw().list_projects(),
                error: None,
            }
        }
        ///Project to act on; the default project `00000000-0000-0000-0000-000000000001` when omitted.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        ///Sends a `GET` request to `/api/v1/projects`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<::std::vec::Vec<types::Project>>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "ailink",
                "list_projects",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<::std::vec::Vec<types::Project>>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "ailink",
                "list_projects",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: ::std::vec::Vec<types::Project>,
        ) -> crate::Result<::std::vec::Vec<types::Project>> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`create_project`](crate::ailink::AdminClient::create_project): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CreateProject<'a> {
        client: &'a crate::ailink::AdminClient,
        inner: super::builder::CreateProject<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CreateProject<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CreateProject");
            crate::builders::debug_body::<
                super::types::CreateProjectRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CreateProject<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::ailink::AdminClient) -> Self {
            Self {
                client,
                inner: client.raw().create_project(),
                error: None,
            }
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateProjectRequest>,
            <V as std::convert::TryInto<
                types::CreateProjectRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        #[inline]
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.name(v)),
                Err(e) => crate::builders::fail(&mut self.error, "name", e),
            }
            self
        }
        ///Sends a `POST` request to `/api/v1/projects`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<types::Project>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "ailink",
                "create_project",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::Project>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "ailink",
                "create_project",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::Project) -> crate::Result<types::Project> {
            let payload = body;
            Ok(payload)
        }
    }
}
///Open enums of the ailink API: each keeps unknown values in `Unknown(String)`.
pub mod enums {
    crate::open_enum! {
        #[doc = "A reviewer's decision on an approval request."] ApprovalDecisionKind {
        Approved = "approved", Rejected = "rejected" }
    }
    crate::open_enum! {
        #[doc = "State of a human-in-the-loop approval request."] ApprovalStatus {
        Pending = "pending", Approved = "approved", Rejected = "rejected", Expired =
        "expired" }
    }
    crate::open_enum! {
        #[doc = "How the gateway injects the decrypted secret into upstream requests."]
        InjectionMode { Bearer = "bearer", Basic = "basic", Header = "header", Query =
        "query" }
    }
    crate::open_enum! {
        #[doc =
        "`enforce` applies the policy's actions; `shadow` only records violations in the audit log."]
        PolicyMode { Enforce = "enforce", Shadow = "shadow" }
    }
    crate::open_enum! {
        #[doc =
        "Outcome recorded for a proxied request: `allowed` (also for shadow-mode violations),\n`denied` (enforced policy), `approved` / `rejected` / `timeout` (human-in-the-loop).\n"]
        PolicyResult { Allowed = "allowed", Denied = "denied", Approved = "approved",
        Rejected = "rejected", Timeout = "timeout" }
    }
}
impl progenitor_client::ClientHooks<crate::transport::Transport> for Client {
    #[inline]
    async fn exec(
        &self,
        request: reqwest::Request,
        info: &progenitor_client::OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let inner = <Self as progenitor_client::ClientInfo<
            crate::transport::Transport,
        >>::inner(self);
        crate::transport::HasTransport::transport(inner)
            .exec(request, info.operation_id)
            .await
    }
}
impl Client {
    /// A handle to the same client whose calls apply `options` (timeout, retries,
    /// idempotency key, extra headers). Cheap: the connection pool is shared.
    #[inline]
    pub fn with_options(&self, options: crate::transport::CallOptions) -> Self {
        Self {
            baseurl: self.baseurl.clone(),
            base: self.base.clone(),
            client: self.client.clone(),
            inner: crate::transport::HasTransport::with_call_options(
                &self.inner,
                options,
            ),
        }
    }
}
/// The success status each operation declares in the spec.
#[inline]
pub fn declared_status(operation_id: &str) -> Option<u16> {
    match operation_id {
        "list_credentials" => Some(200u16),
        "create_credential" => Some(201u16),
        "list_tokens" => Some(200u16),
        "create_token" => Some(201u16),
        "revoke_token" => Some(200u16),
        "list_policies" => Some(200u16),
        "create_policy" => Some(201u16),
        "update_policy" => Some(200u16),
        "delete_policy" => Some(200u16),
        "list_audit_logs" => Some(200u16),
        "list_approvals" => Some(200u16),
        "decide_approval" => Some(200u16),
        "list_projects" => Some(200u16),
        "create_project" => Some(201u16),
        _ => None,
    }
}
/// Every operation with a string path parameter, for the path-parameter test: not API.
#[cfg(feature = "mock")]
#[doc(hidden)]
pub mod path_probe {
    /// `(operation id, path template)` of every operation with a string path parameter.
    pub const OPERATIONS: &[(&str, &str)] = &[
        ("revoke_token", "/api/v1/tokens/{token_id}"),
    ];
    /// Sends `operation` with `value` in each of its string path parameters.
    #[allow(deprecated)]
    #[inline]
    pub async fn call(
        client: &crate::ailink::AdminClient,
        operation: &str,
        value: &str,
    ) -> crate::Result<()> {
        match operation {
            "revoke_token" => {
                crate::calls::exec_raw(
                        client.raw().revoke_token().token_id(value).prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            other => Err(crate::Error::invalid_request(format!("no probe for {other}"))),
        }
    }
}
/// httpmock helpers generated from the spec: one typed `when`/`then` pair per operation.
#[cfg(feature = "mock")]
pub mod mock {
    pub mod operations {
        //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
        //! wrappers for each operation. Each can be converted to
        //! its inner type with a call to `into_inner()`. This can
        //! be used to explicitly deviate from permitted values.
        use crate::ailink::generated::*;
        pub struct ListCredentialsWhen(::httpmock::When);
        impl ListCredentialsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/api/v1/credentials$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a ::uuid::Uuid>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("project_id", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("project_id"))
                }
            }
        }
        pub struct ListCredentialsThen(::httpmock::Then);
        impl ListCredentialsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &::std::vec::Vec<types::Credential>) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CreateCredentialWhen(::httpmock::When);
        impl CreateCredentialWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/api/v1/credentials$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn body(self, value: &types::CreateCredentialRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CreateCredentialThen(::httpmock::Then);
        impl CreateCredentialThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn created(self, value: &types::CreatedCredential) -> Self {
                Self(
                    self
                        .0
                        .status(201u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListTokensWhen(::httpmock::When);
        impl ListTokensWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/api/v1/tokens$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a ::uuid::Uuid>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("project_id", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("project_id"))
                }
            }
        }
        pub struct ListTokensThen(::httpmock::Then);
        impl ListTokensThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &::std::vec::Vec<types::Token>) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CreateTokenWhen(::httpmock::When);
        impl CreateTokenWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(regex::Regex::new("^/api/v1/tokens$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn body(self, value: &types::CreateTokenRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CreateTokenThen(::httpmock::Then);
        impl CreateTokenThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn created(self, value: &types::CreatedToken) -> Self {
                Self(
                    self
                        .0
                        .status(201u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct RevokeTokenWhen(::httpmock::When);
        impl RevokeTokenWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::DELETE)
                        .path_matches(
                            regex::Regex::new("^/api/v1/tokens/[^/]*$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn token_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/v1/tokens/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct RevokeTokenThen(::httpmock::Then);
        impl RevokeTokenThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::RevokeTokenAnswer) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListPoliciesWhen(::httpmock::When);
        impl ListPoliciesWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/api/v1/policies$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a ::uuid::Uuid>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("project_id", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("project_id"))
                }
            }
        }
        pub struct ListPoliciesThen(::httpmock::Then);
        impl ListPoliciesThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &::std::vec::Vec<types::Policy>) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CreatePolicyWhen(::httpmock::When);
        impl CreatePolicyWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(regex::Regex::new("^/api/v1/policies$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn body(self, value: &types::CreatePolicyRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CreatePolicyThen(::httpmock::Then);
        impl CreatePolicyThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn created(self, value: &types::PolicyWriteResult) -> Self {
                Self(
                    self
                        .0
                        .status(201u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct UpdatePolicyWhen(::httpmock::When);
        impl UpdatePolicyWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::PUT)
                        .path_matches(
                            regex::Regex::new("^/api/v1/policies/[^/]*$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn policy_id(self, value: &::uuid::Uuid) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/v1/policies/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::UpdatePolicyRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct UpdatePolicyThen(::httpmock::Then);
        impl UpdatePolicyThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::PolicyWriteResult) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct DeletePolicyWhen(::httpmock::When);
        impl DeletePolicyWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::DELETE)
                        .path_matches(
                            regex::Regex::new("^/api/v1/policies/[^/]*$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn policy_id(self, value: &::uuid::Uuid) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/v1/policies/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct DeletePolicyThen(::httpmock::Then);
        impl DeletePolicyThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::DeletePolicyResult) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListAuditLogsWhen(::httpmock::When);
        impl ListAuditLogsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/api/v1/audit$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn limit<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("limit", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("limit"))
                }
            }
            #[inline]
            pub fn offset<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("offset", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("offset"))
                }
            }
            #[inline]
            pub fn project_id<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a ::uuid::Uuid>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("project_id", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("project_id"))
                }
            }
        }
        pub struct ListAuditLogsThen(::httpmock::Then);
        impl ListAuditLogsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &::std::vec::Vec<types::AuditLog>) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListApprovalsWhen(::httpmock::When);
        impl ListApprovalsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/api/v1/approvals$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a ::uuid::Uuid>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("project_id", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("project_id"))
                }
            }
        }
        pub struct ListApprovalsThen(::httpmock::Then);
        impl ListApprovalsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &::std::vec::Vec<types::ApprovalRequest>) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct DecideApprovalWhen(::httpmock::When);
        impl DecideApprovalWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/api/v1/approvals/[^/]*/decision$")
                                .unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn approval_id(self, value: &::uuid::Uuid) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/v1/approvals/{}/decision$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn project_id<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a ::uuid::Uuid>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("project_id", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("project_id"))
                }
            }
            #[inline]
            pub fn body(self, value: &types::ApprovalDecisionRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct DecideApprovalThen(::httpmock::Then);
        impl DecideApprovalThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ApprovalDecision) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListProjectsWhen(::httpmock::When);
        impl ListProjectsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/api/v1/projects$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a ::uuid::Uuid>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("project_id", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("project_id"))
                }
            }
        }
        pub struct ListProjectsThen(::httpmock::Then);
        impl ListProjectsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &::std::vec::Vec<types::Project>) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CreateProjectWhen(::httpmock::When);
        impl CreateProjectWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(regex::Regex::new("^/api/v1/projects$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn body(self, value: &types::CreateProjectRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CreateProjectThen(::httpmock::Then);
        impl CreateProjectThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn created(self, value: &types::Project) -> Self {
                Self(
                    self
                        .0
                        .status(201u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
    }
    /// An extension trait for [`MockServer`](::httpmock::MockServer) that
    /// adds a method for each operation. These are the equivalent of
    /// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
    pub trait MockServerExt {
        fn list_credentials<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListCredentialsWhen, operations::ListCredentialsThen);
        fn create_credential<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::CreateCredentialWhen,
                operations::CreateCredentialThen,
            );
        fn list_tokens<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListTokensWhen, operations::ListTokensThen);
        fn create_token<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateTokenWhen, operations::CreateTokenThen);
        fn revoke_token<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::RevokeTokenWhen, operations::RevokeTokenThen);
        fn list_policies<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListPoliciesWhen, operations::ListPoliciesThen);
        fn create_policy<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreatePolicyWhen, operations::CreatePolicyThen);
        fn update_policy<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::UpdatePolicyWhen, operations::UpdatePolicyThen);
        fn delete_policy<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::DeletePolicyWhen, operations::DeletePolicyThen);
        fn list_audit_logs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListAuditLogsWhen, operations::ListAuditLogsThen);
        fn list_approvals<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListApprovalsWhen, operations::ListApprovalsThen);
        fn decide_approval<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::DecideApprovalWhen, operations::DecideApprovalThen);
        fn list_projects<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListProjectsWhen, operations::ListProjectsThen);
        fn create_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateProjectWhen, operations::CreateProjectThen);
    }
    impl MockServerExt for ::httpmock::MockServer {
        #[inline]
        fn list_credentials<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListCredentialsWhen, operations::ListCredentialsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListCredentialsWhen::new(when),
                    operations::ListCredentialsThen::new(then),
                )
            })
        }
        #[inline]
        fn create_credential<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::CreateCredentialWhen,
                operations::CreateCredentialThen,
            ),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CreateCredentialWhen::new(when),
                    operations::CreateCredentialThen::new(then),
                )
            })
        }
        #[inline]
        fn list_tokens<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListTokensWhen, operations::ListTokensThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListTokensWhen::new(when),
                    operations::ListTokensThen::new(then),
                )
            })
        }
        #[inline]
        fn create_token<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateTokenWhen, operations::CreateTokenThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CreateTokenWhen::new(when),
                    operations::CreateTokenThen::new(then),
                )
            })
        }
        #[inline]
        fn revoke_token<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::RevokeTokenWhen, operations::RevokeTokenThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::RevokeTokenWhen::new(when),
                    operations::RevokeTokenThen::new(then),
                )
            })
        }
        #[inline]
        fn list_policies<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListPoliciesWhen, operations::ListPoliciesThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListPoliciesWhen::new(when),
                    operations::ListPoliciesThen::new(then),
                )
            })
        }
        #[inline]
        fn create_policy<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreatePolicyWhen, operations::CreatePolicyThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CreatePolicyWhen::new(when),
                    operations::CreatePolicyThen::new(then),
                )
            })
        }
        #[inline]
        fn update_policy<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::UpdatePolicyWhen, operations::UpdatePolicyThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::UpdatePolicyWhen::new(when),
                    operations::UpdatePolicyThen::new(then),
                )
            })
        }
        #[inline]
        fn delete_policy<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::DeletePolicyWhen, operations::DeletePolicyThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::DeletePolicyWhen::new(when),
                    operations::DeletePolicyThen::new(then),
                )
            })
        }
        #[inline]
        fn list_audit_logs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListAuditLogsWhen, operations::ListAuditLogsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListAuditLogsWhen::new(when),
                    operations::ListAuditLogsThen::new(then),
                )
            })
        }
        #[inline]
        fn list_approvals<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListApprovalsWhen, operations::ListApprovalsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListApprovalsWhen::new(when),
                    operations::ListApprovalsThen::new(then),
                )
            })
        }
        #[inline]
        fn decide_approval<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::DecideApprovalWhen, operations::DecideApprovalThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::DecideApprovalWhen::new(when),
                    operations::DecideApprovalThen::new(then),
                )
            })
        }
        #[inline]
        fn list_projects<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListProjectsWhen, operations::ListProjectsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListProjectsWhen::new(when),
                    operations::ListProjectsThen::new(then),
                )
            })
        }
        #[inline]
        fn create_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateProjectWhen, operations::CreateProjectThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CreateProjectWhen::new(when),
                    operations::CreateProjectThen::new(then),
                )
            })
        }
    }
}
