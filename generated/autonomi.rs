// Generated from openapi/autonomi.yaml by progenitor 0.15.1 through build/codegen.rs. Do not edit.
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /**An API key record (never the raw token; `hash` and `salt`, when a server sends them,
are deliberately not modelled and are dropped on decode).
*/
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ApiKey {
        ///IP addresses allowed to use the key.
        pub allowed_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        pub created_at: crate::Timestamp,
        pub description: ::std::option::Option<::std::string::String>,
        ///Expiry, `null` for a key that never expires.
        pub expires_at: ::std::option::Option<crate::Timestamp>,
        ///Key id (12 hex characters).
        pub id: ::std::string::String,
        pub last_used: ::std::option::Option<crate::Timestamp>,
        ///Unique key name (an old key in rotation is renamed `<name>__rotating`).
        pub name: ::std::string::String,
        ///Requests per minute.
        pub rate_limit: ::std::option::Option<i64>,
        ///Whether the key is revoked.
        pub revoked: ::std::option::Option<bool>,
        ///The key's role, if it was created with one.
        pub role: ::std::option::Option<crate::autonomi::generated::enums::ApiKeyRole>,
        ///For a replacement key, the id of the key it replaced.
        pub rotating_from: ::std::option::Option<::std::string::String>,
        ///For an old key in rotation, when it stops working.
        pub rotation_expires_at: ::std::option::Option<crate::Timestamp>,
        ///Granted scopes (`*`, `control`, `write`, `read`, `audit`, `admin`; on 9.22.12 also `tenant:<id>`).
        pub scopes: ::std::vec::Vec<::std::string::String>,
        ///Number of times the key was used.
        pub usage_count: ::std::option::Option<i64>,
    }
    impl<'de> ::serde::Deserialize<'de> for ApiKey {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "allowed_ips",
                "created_at",
                "description",
                "expires_at",
                "id",
                "last_used",
                "name",
                "rate_limit",
                "revoked",
                "role",
                "rotating_from",
                "rotation_expires_at",
                "scopes",
                "usage_count",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"allowed_ips" => 0,
                    b"created_at" => 1,
                    b"description" => 2,
                    b"expires_at" => 3,
                    b"id" => 4,
                    b"last_used" => 5,
                    b"name" => 6,
                    b"rate_limit" => 7,
                    b"revoked" => 8,
                    b"role" => 9,
                    b"rotating_from" => 10,
                    b"rotation_expires_at" => 11,
                    b"scopes" => 12,
                    b"usage_count" => 13,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ApiKey;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct ApiKey")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<ApiKey, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                        >,
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::option::Option<bool>>,
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::autonomi::generated::enums::ApiKeyRole,
                            >,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                        ::std::option::Option<::std::option::Option<i64>>,
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
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "allowed_ips"),
                            1 => crate::de::value(&mut map, &mut slots.1, "created_at"),
                            2 => crate::de::value(&mut map, &mut slots.2, "description"),
                            3 => crate::de::value(&mut map, &mut slots.3, "expires_at"),
                            4 => crate::de::value(&mut map, &mut slots.4, "id"),
                            5 => crate::de::value(&mut map, &mut slots.5, "last_used"),
                            6 => crate::de::value(&mut map, &mut slots.6, "name"),
                            7 => crate::de::value(&mut map, &mut slots.7, "rate_limit"),
                            8 => crate::de::value(&mut map, &mut slots.8, "revoked"),
                            9 => crate::de::value(&mut map, &mut slots.9, "role"),
                            10 => {
                                crate::de::value(&mut map, &mut slots.10, "rotating_from")
                            }
                            11 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.11,
                                    "rotation_expires_at",
                                )
                            }
                            12 => crate::de::value(&mut map, &mut slots.12, "scopes"),
                            13 => {
                                crate::de::value(&mut map, &mut slots.13, "usage_count")
                            }
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required1 = crate::de::missing(slots.1.take(), "created_at")?;
                    let __required4 = crate::de::missing(slots.4.take(), "id")?;
                    let __required6 = crate::de::missing(slots.6.take(), "name")?;
                    let __required12 = crate::de::missing(slots.12.take(), "scopes")?;
                    let (
                        __field0,
                        _,
                        __field2,
                        __field3,
                        _,
                        __field5,
                        _,
                        __field7,
                        __field8,
                        __field9,
                        __field10,
                        __field11,
                        _,
                        __field13,
                    ) = slots;
                    ::std::result::Result::Ok(ApiKey {
                        allowed_ips: crate::de::opt(__field0),
                        created_at: __required1,
                        description: crate::de::opt(__field2),
                        expires_at: crate::de::opt(__field3),
                        id: __required4,
                        last_used: crate::de::opt(__field5),
                        name: __required6,
                        rate_limit: crate::de::opt(__field7),
                        revoked: crate::de::opt(__field8),
                        role: crate::de::opt(__field9),
                        rotating_from: crate::de::opt(__field10),
                        rotation_expires_at: crate::de::opt(__field11),
                        scopes: __required12,
                        usage_count: crate::de::opt(__field13),
                    })
                }
            }
            deserializer.deserialize_struct("ApiKey", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for ApiKey {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 14usize] = [
                ::std::option::Option::is_none(&self.allowed_ips),
                false,
                ::std::option::Option::is_none(&self.description),
                ::std::option::Option::is_none(&self.expires_at),
                false,
                ::std::option::Option::is_none(&self.last_used),
                false,
                ::std::option::Option::is_none(&self.rate_limit),
                ::std::option::Option::is_none(&self.revoked),
                ::std::option::Option::is_none(&self.role),
                ::std::option::Option::is_none(&self.rotating_from),
                ::std::option::Option::is_none(&self.rotation_expires_at),
                false,
                ::std::option::Option::is_none(&self.usage_count),
            ];
            let mut state = crate::de::Fields::start(serializer, "ApiKey", &skip);
            state.field("allowed_ips", &self.allowed_ips, skip[0]);
            state.field("created_at", &self.created_at, skip[1]);
            state.field("description", &self.description, skip[2]);
            state.field("expires_at", &self.expires_at, skip[3]);
            state.field("id", &self.id, skip[4]);
            state.field("last_used", &self.last_used, skip[5]);
            state.field("name", &self.name, skip[6]);
            state.field("rate_limit", &self.rate_limit, skip[7]);
            state.field("revoked", &self.revoked, skip[8]);
            state.field("role", &self.role, skip[9]);
            state.field("rotating_from", &self.rotating_from, skip[10]);
            state.field("rotation_expires_at", &self.rotation_expires_at, skip[11]);
            state.field("scopes", &self.scopes, skip[12]);
            state.field("usage_count", &self.usage_count, skip[13]);
            state.end()
        }
    }
    ///One audit log entry.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct AuditEntry {
        ///`create`, `update`, `delete`, `cancel`, `replay`, `rotate`, ...
        pub action: ::std::string::String,
        ///Free-form details.
        pub details: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Error message when the action failed.
        pub error: ::std::option::Option<::std::string::String>,
        ///Hash chaining this entry to the previous one (when integrity is enabled).
        pub integrity_hash: ::std::option::Option<::std::string::String>,
        pub ip_address: ::std::option::Option<::std::string::String>,
        pub resource_id: ::std::option::Option<::std::string::String>,
        ///`project`, `task`, `tenant`, `run`, `api_key`, `policy`, ...
        pub resource_type: ::std::string::String,
        pub success: bool,
        pub timestamp: crate::Timestamp,
        ///Id of the API key that acted, if authenticated.
        pub token_id: ::std::option::Option<::std::string::String>,
        pub user_agent: ::std::option::Option<::std::string::String>,
        ///Name of the API key that acted, if authenticated.
        pub user_id: ::std::option::Option<::std::string::String>,
    }
    impl<'de> ::serde::Deserialize<'de> for AuditEntry {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "action",
                "details",
                "error",
                "_integrity_hash",
                "ip_address",
                "resource_id",
                "resource_type",
                "success",
                "timestamp",
                "token_id",
                "user_agent",
                "user_id",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"action" => 0,
                    b"details" => 1,
                    b"error" => 2,
                    b"_integrity_hash" => 3,
                    b"ip_address" => 4,
                    b"resource_id" => 5,
                    b"resource_type" => 6,
                    b"success" => 7,
                    b"timestamp" => 8,
                    b"token_id" => 9,
                    b"user_agent" => 10,
                    b"user_id" => 11,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = AuditEntry;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct AuditEntry")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<AuditEntry, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            ::std::option::Option<
                                ::serde_json::Map<
                                    ::std::string::String,
                                    ::serde_json::Value,
                                >,
                            >,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<bool>,
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
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
                            0 => crate::de::value(&mut map, &mut slots.0, "action"),
                            1 => crate::de::value(&mut map, &mut slots.1, "details"),
                            2 => crate::de::value(&mut map, &mut slots.2, "error"),
                            3 => {
                                crate::de::value(&mut map, &mut slots.3, "_integrity_hash")
                            }
                            4 => crate::de::value(&mut map, &mut slots.4, "ip_address"),
                            5 => crate::de::value(&mut map, &mut slots.5, "resource_id"),
                            6 => {
                                crate::de::value(&mut map, &mut slots.6, "resource_type")
                            }
                            7 => crate::de::value(&mut map, &mut slots.7, "success"),
                            8 => crate::de::value(&mut map, &mut slots.8, "timestamp"),
                            9 => crate::de::value(&mut map, &mut slots.9, "token_id"),
                            10 => crate::de::value(&mut map, &mut slots.10, "user_agent"),
                            11 => crate::de::value(&mut map, &mut slots.11, "user_id"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "action")?;
                    let __required6 = crate::de::missing(
                        slots.6.take(),
                        "resource_type",
                    )?;
                    let __required7 = crate::de::missing(slots.7.take(), "success")?;
                    let __required8 = crate::de::missing(slots.8.take(), "timestamp")?;
                    let (
                        _,
                        __field1,
                        __field2,
                        __field3,
                        __field4,
                        __field5,
                        _,
                        _,
                        _,
                        __field9,
                        __field10,
                        __field11,
                    ) = slots;
                    ::std::result::Result::Ok(AuditEntry {
                        action: __required0,
                        details: crate::de::opt(__field1),
                        error: crate::de::opt(__field2),
                        integrity_hash: crate::de::opt(__field3),
                        ip_address: crate::de::opt(__field4),
                        resource_id: crate::de::opt(__field5),
                        resource_type: __required6,
                        success: __required7,
                        timestamp: __required8,
                        token_id: crate::de::opt(__field9),
                        user_agent: crate::de::opt(__field10),
                        user_id: crate::de::opt(__field11),
                    })
                }
            }
            deserializer.deserialize_struct("AuditEntry", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for AuditEntry {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 12usize] = [
                false,
                ::std::option::Option::is_none(&self.details),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.integrity_hash),
                ::std::option::Option::is_none(&self.ip_address),
                ::std::option::Option::is_none(&self.resource_id),
                false,
                false,
                false,
                ::std::option::Option::is_none(&self.token_id),
                ::std::option::Option::is_none(&self.user_agent),
                ::std::option::Option::is_none(&self.user_id),
            ];
            let mut state = crate::de::Fields::start(serializer, "AuditEntry", &skip);
            state.field("action", &self.action, skip[0]);
            state.field("details", &self.details, skip[1]);
            state.field("error", &self.error, skip[2]);
            state.field("_integrity_hash", &self.integrity_hash, skip[3]);
            state.field("ip_address", &self.ip_address, skip[4]);
            state.field("resource_id", &self.resource_id, skip[5]);
            state.field("resource_type", &self.resource_type, skip[6]);
            state.field("success", &self.success, skip[7]);
            state.field("timestamp", &self.timestamp, skip[8]);
            state.field("token_id", &self.token_id, skip[9]);
            state.field("user_agent", &self.user_agent, skip[10]);
            state.field("user_id", &self.user_id, skip[11]);
            state.end()
        }
    }
    ///Verification result of one audit log file.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct AuditFileVerification {
        ///Entries verified before the end of the file or the first broken link.
        pub entries_checked: i64,
        ///Log file name (e.g. `audit-2026-11-22.jsonl`).
        pub file: ::std::option::Option<::std::string::String>,
        ///1-based line of the first entry whose hash does not match; `null` when intact.
        pub first_tampered_line: ::std::option::Option<i64>,
        ///9.22.12 — the chain hash of the file's last verified entry.
        pub last_hash: ::std::option::Option<::std::string::String>,
        ///9.22.12 — `true` when the file predates integrity hashing and was not verified.
        pub skipped_pre_integrity: ::std::option::Option<bool>,
        pub valid: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for AuditFileVerification {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "entries_checked",
                "file",
                "first_tampered_line",
                "last_hash",
                "skipped_pre_integrity",
                "valid",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"entries_checked" => 0,
                    b"file" => 1,
                    b"first_tampered_line" => 2,
                    b"last_hash" => 3,
                    b"skipped_pre_integrity" => 4,
                    b"valid" => 5,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = AuditFileVerification;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct AuditFileVerification")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<AuditFileVerification, A::Error> {
                    let mut slots: (
                        ::std::option::Option<i64>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<bool>>,
                        ::std::option::Option<bool>,
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
                                crate::de::value(&mut map, &mut slots.0, "entries_checked")
                            }
                            1 => crate::de::value(&mut map, &mut slots.1, "file"),
                            2 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.2,
                                    "first_tampered_line",
                                )
                            }
                            3 => crate::de::value(&mut map, &mut slots.3, "last_hash"),
                            4 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.4,
                                    "skipped_pre_integrity",
                                )
                            }
                            5 => crate::de::value(&mut map, &mut slots.5, "valid"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(
                        slots.0.take(),
                        "entries_checked",
                    )?;
                    let __required5 = crate::de::missing(slots.5.take(), "valid")?;
                    let (_, __field1, __field2, __field3, __field4, _) = slots;
                    ::std::result::Result::Ok(AuditFileVerification {
                        entries_checked: __required0,
                        file: crate::de::opt(__field1),
                        first_tampered_line: crate::de::opt(__field2),
                        last_hash: crate::de::opt(__field3),
                        skipped_pre_integrity: crate::de::opt(__field4),
                        valid: __required5,
                    })
                }
            }
            deserializer.deserialize_struct("AuditFileVerification", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for AuditFileVerification {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 6usize] = [
                false,
                ::std::option::Option::is_none(&self.file),
                ::std::option::Option::is_none(&self.first_tampered_line),
                ::std::option::Option::is_none(&self.last_hash),
                ::std::option::Option::is_none(&self.skipped_pre_integrity),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "AuditFileVerification",
                &skip,
            );
            state.field("entries_checked", &self.entries_checked, skip[0]);
            state.field("file", &self.file, skip[1]);
            state.field("first_tampered_line", &self.first_tampered_line, skip[2]);
            state.field("last_hash", &self.last_hash, skip[3]);
            state.field("skipped_pre_integrity", &self.skipped_pre_integrity, skip[4]);
            state.field("valid", &self.valid, skip[5]);
            state.end()
        }
    }
    ///Result of verify_audit over all daily log files.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct AuditVerifyResult {
        ///9.22.12 — entries verified across all files.
        pub entries_checked: ::std::option::Option<i64>,
        ///Log files whose chain was verified.
        pub files_checked: i64,
        ///9.22.12 — log files skipped because they predate integrity hashing.
        pub files_skipped: ::std::option::Option<i64>,
        ///9.22.12 — the first file whose chain is broken; `null` when intact.
        pub first_tampered_file: ::std::option::Option<::std::string::String>,
        ///9.22.12 — 1-based line of the first broken entry in `first_tampered_file`; `null` when intact.
        pub first_tampered_line: ::std::option::Option<i64>,
        ///9.22.12 — path of the file the chain starts in (`null` when there is none).
        pub genesis_file: ::std::option::Option<::std::string::String>,
        ///One result per daily log file.
        pub results: ::std::vec::Vec<AuditFileVerification>,
        ///True when every file's chain is intact.
        pub valid: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for AuditVerifyResult {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "entries_checked",
                "files_checked",
                "files_skipped",
                "first_tampered_file",
                "first_tampered_line",
                "genesis_file",
                "results",
                "valid",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"entries_checked" => 0,
                    b"files_checked" => 1,
                    b"files_skipped" => 2,
                    b"first_tampered_file" => 3,
                    b"first_tampered_line" => 4,
                    b"genesis_file" => 5,
                    b"results" => 6,
                    b"valid" => 7,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = AuditVerifyResult;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct AuditVerifyResult")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<AuditVerifyResult, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<i64>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::vec::Vec<AuditFileVerification>>,
                        ::std::option::Option<bool>,
                    ) = (
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
                            0 => {
                                crate::de::value(&mut map, &mut slots.0, "entries_checked")
                            }
                            1 => {
                                crate::de::value(&mut map, &mut slots.1, "files_checked")
                            }
                            2 => {
                                crate::de::value(&mut map, &mut slots.2, "files_skipped")
                            }
                            3 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.3,
                                    "first_tampered_file",
                                )
                            }
                            4 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.4,
                                    "first_tampered_line",
                                )
                            }
                            5 => crate::de::value(&mut map, &mut slots.5, "genesis_file"),
                            6 => crate::de::value(&mut map, &mut slots.6, "results"),
                            7 => crate::de::value(&mut map, &mut slots.7, "valid"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required1 = crate::de::missing(
                        slots.1.take(),
                        "files_checked",
                    )?;
                    let __required6 = crate::de::missing(slots.6.take(), "results")?;
                    let __required7 = crate::de::missing(slots.7.take(), "valid")?;
                    let (__field0, _, __field2, __field3, __field4, __field5, _, _) = slots;
                    ::std::result::Result::Ok(AuditVerifyResult {
                        entries_checked: crate::de::opt(__field0),
                        files_checked: __required1,
                        files_skipped: crate::de::opt(__field2),
                        first_tampered_file: crate::de::opt(__field3),
                        first_tampered_line: crate::de::opt(__field4),
                        genesis_file: crate::de::opt(__field5),
                        results: __required6,
                        valid: __required7,
                    })
                }
            }
            deserializer.deserialize_struct("AuditVerifyResult", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for AuditVerifyResult {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 8usize] = [
                ::std::option::Option::is_none(&self.entries_checked),
                false,
                ::std::option::Option::is_none(&self.files_skipped),
                ::std::option::Option::is_none(&self.first_tampered_file),
                ::std::option::Option::is_none(&self.first_tampered_line),
                ::std::option::Option::is_none(&self.genesis_file),
                false,
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "AuditVerifyResult",
                &skip,
            );
            state.field("entries_checked", &self.entries_checked, skip[0]);
            state.field("files_checked", &self.files_checked, skip[1]);
            state.field("files_skipped", &self.files_skipped, skip[2]);
            state.field("first_tampered_file", &self.first_tampered_file, skip[3]);
            state.field("first_tampered_line", &self.first_tampered_line, skip[4]);
            state.field("genesis_file", &self.genesis_file, skip[5]);
            state.field("results", &self.results, skip[6]);
            state.field("valid", &self.valid, skip[7]);
            state.end()
        }
    }
    ///Body of create_api_key.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateApiKeyRequest {
        ///IP addresses allowed to use the key.
        pub allowed_ips: ::std::vec::Vec<::std::string::String>,
        pub description: ::std::option::Option<::std::string::String>,
        ///Days until the key expires (positive); omit for a key that never expires.
        pub expires_days: ::std::option::Option<i64>,
        ///Unique key name, 1–255 characters.
        pub name: ::std::string::String,
        ///Requests per minute.
        pub rate_limit: ::std::option::Option<i64>,
        pub role: ::std::option::Option<crate::autonomi::generated::enums::ApiKeyRole>,
        /**Explicit scopes (ignored when `role` is given; default `["*"]`): `*`, `admin`,
`control`, `write`, `read`, `audit`, and on 9.22.12 `tenant:<id>` to bind the key
to a tenant (e.g. `["read", "control", "tenant:3"]`).
*/
        pub scopes: ::std::vec::Vec<::std::string::String>,
    }
    impl<'de> ::serde::Deserialize<'de> for CreateApiKeyRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "allowed_ips",
                "description",
                "expires_days",
                "name",
                "rate_limit",
                "role",
                "scopes",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"allowed_ips" => 0,
                    b"description" => 1,
                    b"expires_days" => 2,
                    b"name" => 3,
                    b"rate_limit" => 4,
                    b"role" => 5,
                    b"scopes" => 6,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CreateApiKeyRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CreateApiKeyRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CreateApiKeyRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::autonomi::generated::enums::ApiKeyRole,
                            >,
                        >,
                        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
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
                            0 => crate::de::value(&mut map, &mut slots.0, "allowed_ips"),
                            1 => crate::de::value(&mut map, &mut slots.1, "description"),
                            2 => crate::de::value(&mut map, &mut slots.2, "expires_days"),
                            3 => crate::de::value(&mut map, &mut slots.3, "name"),
                            4 => crate::de::value(&mut map, &mut slots.4, "rate_limit"),
                            5 => crate::de::value(&mut map, &mut slots.5, "role"),
                            6 => crate::de::value(&mut map, &mut slots.6, "scopes"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "name")?;
                    let (
                        __field0,
                        __field1,
                        __field2,
                        _,
                        __field4,
                        __field5,
                        __field6,
                    ) = slots;
                    ::std::result::Result::Ok(CreateApiKeyRequest {
                        allowed_ips: crate::de::or_default(__field0),
                        description: crate::de::opt(__field1),
                        expires_days: crate::de::opt(__field2),
                        name: __required3,
                        rate_limit: crate::de::opt(__field4),
                        role: crate::de::opt(__field5),
                        scopes: crate::de::or_default(__field6),
                    })
                }
            }
            deserializer.deserialize_struct("CreateApiKeyRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CreateApiKeyRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 7usize] = [
                ::std::vec::Vec::is_empty(&self.allowed_ips),
                ::std::option::Option::is_none(&self.description),
                ::std::option::Option::is_none(&self.expires_days),
                false,
                ::std::option::Option::is_none(&self.rate_limit),
                ::std::option::Option::is_none(&self.role),
                ::std::vec::Vec::is_empty(&self.scopes),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "CreateApiKeyRequest",
                &skip,
            );
            state.field("allowed_ips", &self.allowed_ips, skip[0]);
            state.field("description", &self.description, skip[1]);
            state.field("expires_days", &self.expires_days, skip[2]);
            state.field("name", &self.name, skip[3]);
            state.field("rate_limit", &self.rate_limit, skip[4]);
            state.field("role", &self.role, skip[5]);
            state.field("scopes", &self.scopes, skip[6]);
            state.end()
        }
    }
    impl CreateApiKeyRequest {
        #[inline]
        pub fn builder() -> builder::CreateApiKeyRequest {
            Default::default()
        }
    }
    ///Body of create_project.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateProjectRequest {
        ///Free-text description.
        pub description: ::std::option::Option<::std::string::String>,
        ///Project name, 1–255 characters.
        pub name: ::std::string::String,
        ///Path of the project's PRD file.
        pub prd_path: ::std::option::Option<::std::string::String>,
        /**The tenant that owns the project: **required by 9.22.12** (a positive id of an
existing tenant), ignored by 5.52.4. Optional here so one program can talk to both.
*/
        pub tenant_id: ::std::option::Option<i64>,
    }
    impl<'de> ::serde::Deserialize<'de> for CreateProjectRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["description", "name", "prd_path", "tenant_id"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"description" => 0,
                    b"name" => 1,
                    b"prd_path" => 2,
                    b"tenant_id" => 3,
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
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<i64>>,
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
                            0 => crate::de::value(&mut map, &mut slots.0, "description"),
                            1 => crate::de::value(&mut map, &mut slots.1, "name"),
                            2 => crate::de::value(&mut map, &mut slots.2, "prd_path"),
                            3 => crate::de::value(&mut map, &mut slots.3, "tenant_id"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required1 = crate::de::missing(slots.1.take(), "name")?;
                    let (__field0, _, __field2, __field3) = slots;
                    ::std::result::Result::Ok(CreateProjectRequest {
                        description: crate::de::opt(__field0),
                        name: __required1,
                        prd_path: crate::de::opt(__field2),
                        tenant_id: crate::de::opt(__field3),
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
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.description),
                false,
                ::std::option::Option::is_none(&self.prd_path),
                ::std::option::Option::is_none(&self.tenant_id),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "CreateProjectRequest",
                &skip,
            );
            state.field("description", &self.description, skip[0]);
            state.field("name", &self.name, skip[1]);
            state.field("prd_path", &self.prd_path, skip[2]);
            state.field("tenant_id", &self.tenant_id, skip[3]);
            state.end()
        }
    }
    impl CreateProjectRequest {
        #[inline]
        pub fn builder() -> builder::CreateProjectRequest {
            Default::default()
        }
    }
    ///Body of create_run.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateRunRequest {
        ///Free-form run configuration.
        pub config: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The project to run.
        pub project_id: i64,
        pub trigger: ::std::option::Option<
            crate::autonomi::generated::enums::RunTrigger,
        >,
    }
    impl<'de> ::serde::Deserialize<'de> for CreateRunRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["config", "project_id", "trigger"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"config" => 0,
                    b"project_id" => 1,
                    b"trigger" => 2,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CreateRunRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CreateRunRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CreateRunRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
                        ::std::option::Option<i64>,
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::autonomi::generated::enums::RunTrigger,
                            >,
                        >,
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
                            0 => crate::de::value(&mut map, &mut slots.0, "config"),
                            1 => crate::de::value(&mut map, &mut slots.1, "project_id"),
                            2 => crate::de::value(&mut map, &mut slots.2, "trigger"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required1 = crate::de::missing(slots.1.take(), "project_id")?;
                    let (__field0, _, __field2) = slots;
                    ::std::result::Result::Ok(CreateRunRequest {
                        config: crate::de::or_default(__field0),
                        project_id: __required1,
                        trigger: crate::de::opt(__field2),
                    })
                }
            }
            deserializer.deserialize_struct("CreateRunRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CreateRunRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 3usize] = [
                ::serde_json::Map::is_empty(&self.config),
                false,
                ::std::option::Option::is_none(&self.trigger),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "CreateRunRequest",
                &skip,
            );
            state.field("config", &self.config, skip[0]);
            state.field("project_id", &self.project_id, skip[1]);
            state.field("trigger", &self.trigger, skip[2]);
            state.end()
        }
    }
    impl CreateRunRequest {
        #[inline]
        pub fn builder() -> builder::CreateRunRequest {
            Default::default()
        }
    }
    ///Body of create_task. Omitted fields take the server defaults.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateTaskRequest {
        pub description: ::std::option::Option<::std::string::String>,
        ///Estimated duration in minutes.
        pub estimated_duration: ::std::option::Option<i64>,
        ///Parent task (must belong to the same project).
        pub parent_task_id: ::std::option::Option<i64>,
        ///Position within its column (server default 0).
        pub position: ::std::option::Option<i64>,
        pub priority: ::std::option::Option<
            crate::autonomi::generated::enums::TaskPriority,
        >,
        ///The project the task belongs to (must exist).
        pub project_id: i64,
        pub status: ::std::option::Option<crate::autonomi::generated::enums::TaskStatus>,
        ///Task title, 1–255 characters.
        pub title: ::std::string::String,
    }
    impl<'de> ::serde::Deserialize<'de> for CreateTaskRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "description",
                "estimated_duration",
                "parent_task_id",
                "position",
                "priority",
                "project_id",
                "status",
                "title",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"description" => 0,
                    b"estimated_duration" => 1,
                    b"parent_task_id" => 2,
                    b"position" => 3,
                    b"priority" => 4,
                    b"project_id" => 5,
                    b"status" => 6,
                    b"title" => 7,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CreateTaskRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CreateTaskRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CreateTaskRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::autonomi::generated::enums::TaskPriority,
                            >,
                        >,
                        ::std::option::Option<i64>,
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::autonomi::generated::enums::TaskStatus,
                            >,
                        >,
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
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "description"),
                            1 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.1,
                                    "estimated_duration",
                                )
                            }
                            2 => {
                                crate::de::value(&mut map, &mut slots.2, "parent_task_id")
                            }
                            3 => crate::de::value(&mut map, &mut slots.3, "position"),
                            4 => crate::de::value(&mut map, &mut slots.4, "priority"),
                            5 => crate::de::value(&mut map, &mut slots.5, "project_id"),
                            6 => crate::de::value(&mut map, &mut slots.6, "status"),
                            7 => crate::de::value(&mut map, &mut slots.7, "title"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required5 = crate::de::missing(slots.5.take(), "project_id")?;
                    let __required7 = crate::de::missing(slots.7.take(), "title")?;
                    let (
                        __field0,
                        __field1,
                        __field2,
                        __field3,
                        __field4,
                        _,
                        __field6,
                        _,
                    ) = slots;
                    ::std::result::Result::Ok(CreateTaskRequest {
                        description: crate::de::opt(__field0),
                        estimated_duration: crate::de::opt(__field1),
                        parent_task_id: crate::de::opt(__field2),
                        position: crate::de::opt(__field3),
                        priority: crate::de::opt(__field4),
                        project_id: __required5,
                        status: crate::de::opt(__field6),
                        title: __required7,
                    })
                }
            }
            deserializer.deserialize_struct("CreateTaskRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CreateTaskRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 8usize] = [
                ::std::option::Option::is_none(&self.description),
                ::std::option::Option::is_none(&self.estimated_duration),
                ::std::option::Option::is_none(&self.parent_task_id),
                ::std::option::Option::is_none(&self.position),
                ::std::option::Option::is_none(&self.priority),
                false,
                ::std::option::Option::is_none(&self.status),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "CreateTaskRequest",
                &skip,
            );
            state.field("description", &self.description, skip[0]);
            state.field("estimated_duration", &self.estimated_duration, skip[1]);
            state.field("parent_task_id", &self.parent_task_id, skip[2]);
            state.field("position", &self.position, skip[3]);
            state.field("priority", &self.priority, skip[4]);
            state.field("project_id", &self.project_id, skip[5]);
            state.field("status", &self.status, skip[6]);
            state.field("title", &self.title, skip[7]);
            state.end()
        }
    }
    impl CreateTaskRequest {
        #[inline]
        pub fn builder() -> builder::CreateTaskRequest {
            Default::default()
        }
    }
    ///Body of create_tenant.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateTenantRequest {
        pub description: ::std::option::Option<::std::string::String>,
        ///Tenant name, 1–255 characters, unique.
        pub name: ::std::string::String,
        ///Free-form tenant configuration (stored as JSON).
        pub settings: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for CreateTenantRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["description", "name", "settings"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"description" => 0,
                    b"name" => 1,
                    b"settings" => 2,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CreateTenantRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CreateTenantRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CreateTenantRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
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
                            0 => crate::de::value(&mut map, &mut slots.0, "description"),
                            1 => crate::de::value(&mut map, &mut slots.1, "name"),
                            2 => crate::de::value(&mut map, &mut slots.2, "settings"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required1 = crate::de::missing(slots.1.take(), "name")?;
                    let (__field0, _, __field2) = slots;
                    ::std::result::Result::Ok(CreateTenantRequest {
                        description: crate::de::opt(__field0),
                        name: __required1,
                        settings: crate::de::or_default(__field2),
                    })
                }
            }
            deserializer.deserialize_struct("CreateTenantRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CreateTenantRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 3usize] = [
                ::std::option::Option::is_none(&self.description),
                false,
                ::serde_json::Map::is_empty(&self.settings),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "CreateTenantRequest",
                &skip,
            );
            state.field("description", &self.description, skip[0]);
            state.field("name", &self.name, skip[1]);
            state.field("settings", &self.settings, skip[2]);
            state.end()
        }
    }
    impl CreateTenantRequest {
        #[inline]
        pub fn builder() -> builder::CreateTenantRequest {
            Default::default()
        }
    }
    /**Answer of create_api_key: the key record plus the raw token, shown only once. The
server also sends `hash` and `salt`; they are deliberately not modelled (dropped on
decode, so they can never be logged).
*/
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreatedApiKey {
        pub created_at: crate::Timestamp,
        pub expires_at: ::std::option::Option<crate::Timestamp>,
        ///Key id (12 hex characters).
        pub id: ::std::string::String,
        pub last_used: ::std::option::Option<crate::Timestamp>,
        pub name: ::std::string::String,
        pub revoked: ::std::option::Option<bool>,
        pub role: ::std::option::Option<crate::autonomi::generated::enums::ApiKeyRole>,
        pub scopes: ::std::vec::Vec<::std::string::String>,
        pub token: crate::Secret,
    }
    impl<'de> ::serde::Deserialize<'de> for CreatedApiKey {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "created_at",
                "expires_at",
                "id",
                "last_used",
                "name",
                "revoked",
                "role",
                "scopes",
                "token",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"created_at" => 0,
                    b"expires_at" => 1,
                    b"id" => 2,
                    b"last_used" => 3,
                    b"name" => 4,
                    b"revoked" => 5,
                    b"role" => 6,
                    b"scopes" => 7,
                    b"token" => 8,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CreatedApiKey;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CreatedApiKey")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CreatedApiKey, A::Error> {
                    let mut slots: (
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<bool>>,
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::autonomi::generated::enums::ApiKeyRole,
                            >,
                        >,
                        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                        ::std::option::Option<crate::Secret>,
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
                            1 => crate::de::value(&mut map, &mut slots.1, "expires_at"),
                            2 => crate::de::value(&mut map, &mut slots.2, "id"),
                            3 => crate::de::value(&mut map, &mut slots.3, "last_used"),
                            4 => crate::de::value(&mut map, &mut slots.4, "name"),
                            5 => crate::de::value(&mut map, &mut slots.5, "revoked"),
                            6 => crate::de::value(&mut map, &mut slots.6, "role"),
                            7 => crate::de::value(&mut map, &mut slots.7, "scopes"),
                            8 => crate::de::value(&mut map, &mut slots.8, "token"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "created_at")?;
                    let __required2 = crate::de::missing(slots.2.take(), "id")?;
                    let __required4 = crate::de::missing(slots.4.take(), "name")?;
                    let __required7 = crate::de::missing(slots.7.take(), "scopes")?;
                    let __required8 = crate::de::missing(slots.8.take(), "token")?;
                    let (_, __field1, _, __field3, _, __field5, __field6, _, _) = slots;
                    ::std::result::Result::Ok(CreatedApiKey {
                        created_at: __required0,
                        expires_at: crate::de::opt(__field1),
                        id: __required2,
                        last_used: crate::de::opt(__field3),
                        name: __required4,
                        revoked: crate::de::opt(__field5),
                        role: crate::de::opt(__field6),
                        scopes: __required7,
                        token: __required8,
                    })
                }
            }
            deserializer.deserialize_struct("CreatedApiKey", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CreatedApiKey {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 9usize] = [
                false,
                ::std::option::Option::is_none(&self.expires_at),
                false,
                ::std::option::Option::is_none(&self.last_used),
                false,
                ::std::option::Option::is_none(&self.revoked),
                ::std::option::Option::is_none(&self.role),
                false,
                false,
            ];
            let mut state = crate::de::Fields::start(serializer, "CreatedApiKey", &skip);
            state.field("created_at", &self.created_at, skip[0]);
            state.field("expires_at", &self.expires_at, skip[1]);
            state.field("id", &self.id, skip[2]);
            state.field("last_used", &self.last_used, skip[3]);
            state.field("name", &self.name, skip[4]);
            state.field("revoked", &self.revoked, skip[5]);
            state.field("role", &self.role, skip[6]);
            state.field("scopes", &self.scopes, skip[7]);
            state.field("token", &self.token, skip[8]);
            state.end()
        }
    }
    ///A project with its task counters.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Project {
        ///Number of tasks in status `done`.
        pub completed_task_count: ::std::option::Option<i64>,
        ///Creation time (naive, UTC, on 5.52.4).
        pub created_at: crate::Timestamp,
        pub description: ::std::option::Option<::std::string::String>,
        pub id: i64,
        pub name: ::std::string::String,
        ///Path of the project's PRD file, if any.
        pub prd_path: ::std::option::Option<::std::string::String>,
        pub status: crate::autonomi::generated::enums::ProjectStatus,
        ///Number of tasks in the project.
        pub task_count: ::std::option::Option<i64>,
        ///The owning tenant (sent by 9.22.12; absent on 5.52.4).
        pub tenant_id: ::std::option::Option<i64>,
        ///Last update time (naive, UTC, on 5.52.4).
        pub updated_at: crate::Timestamp,
    }
    impl<'de> ::serde::Deserialize<'de> for Project {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "completed_task_count",
                "created_at",
                "description",
                "id",
                "name",
                "prd_path",
                "status",
                "task_count",
                "tenant_id",
                "updated_at",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"completed_task_count" => 0,
                    b"created_at" => 1,
                    b"description" => 2,
                    b"id" => 3,
                    b"name" => 4,
                    b"prd_path" => 5,
                    b"status" => 6,
                    b"task_count" => 7,
                    b"tenant_id" => 8,
                    b"updated_at" => 9,
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
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<i64>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            crate::autonomi::generated::enums::ProjectStatus,
                        >,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<crate::Timestamp>,
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
                            0 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.0,
                                    "completed_task_count",
                                )
                            }
                            1 => crate::de::value(&mut map, &mut slots.1, "created_at"),
                            2 => crate::de::value(&mut map, &mut slots.2, "description"),
                            3 => crate::de::value(&mut map, &mut slots.3, "id"),
                            4 => crate::de::value(&mut map, &mut slots.4, "name"),
                            5 => crate::de::value(&mut map, &mut slots.5, "prd_path"),
                            6 => crate::de::value(&mut map, &mut slots.6, "status"),
                            7 => crate::de::value(&mut map, &mut slots.7, "task_count"),
                            8 => crate::de::value(&mut map, &mut slots.8, "tenant_id"),
                            9 => crate::de::value(&mut map, &mut slots.9, "updated_at"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required1 = crate::de::missing(slots.1.take(), "created_at")?;
                    let __required3 = crate::de::missing(slots.3.take(), "id")?;
                    let __required4 = crate::de::missing(slots.4.take(), "name")?;
                    let __required6 = crate::de::missing(slots.6.take(), "status")?;
                    let __required9 = crate::de::missing(slots.9.take(), "updated_at")?;
                    let (
                        __field0,
                        _,
                        __field2,
                        _,
                        _,
                        __field5,
                        _,
                        __field7,
                        __field8,
                        _,
                    ) = slots;
                    ::std::result::Result::Ok(Project {
                        completed_task_count: crate::de::opt(__field0),
                        created_at: __required1,
                        description: crate::de::opt(__field2),
                        id: __required3,
                        name: __required4,
                        prd_path: crate::de::opt(__field5),
                        status: __required6,
                        task_count: crate::de::opt(__field7),
                        tenant_id: crate::de::opt(__field8),
                        updated_at: __required9,
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
            let skip: [bool; 10usize] = [
                ::std::option::Option::is_none(&self.completed_task_count),
                false,
                ::std::option::Option::is_none(&self.description),
                false,
                false,
                ::std::option::Option::is_none(&self.prd_path),
                false,
                ::std::option::Option::is_none(&self.task_count),
                ::std::option::Option::is_none(&self.tenant_id),
                false,
            ];
            let mut state = crate::de::Fields::start(serializer, "Project", &skip);
            state.field("completed_task_count", &self.completed_task_count, skip[0]);
            state.field("created_at", &self.created_at, skip[1]);
            state.field("description", &self.description, skip[2]);
            state.field("id", &self.id, skip[3]);
            state.field("name", &self.name, skip[4]);
            state.field("prd_path", &self.prd_path, skip[5]);
            state.field("status", &self.status, skip[6]);
            state.field("task_count", &self.task_count, skip[7]);
            state.field("tenant_id", &self.tenant_id, skip[8]);
            state.field("updated_at", &self.updated_at, skip[9]);
            state.end()
        }
    }
    /**Priority of a `list_tasks` item. Both server versions pass a queue item's `priority`
through as the queue file holds it: a level name when the dashboard or `run.sh`
wrote it (`medium` by default), and a number where the engine's queue format puts
one (its task-queue reference documents `1`-`10`; 9.22.12's `run.sh` copies
priorities verbatim from BMAD, OpenSpec and MiroFish task files). Any other JSON
value decodes as `Other` and serializes back unchanged.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum QueuePriority {
        Level(crate::autonomi::generated::enums::TaskPriority),
        Number(i64),
        Other(::serde_json::Value),
    }
    impl ::std::convert::From<crate::autonomi::generated::enums::TaskPriority>
    for QueuePriority {
        #[inline]
        fn from(value: crate::autonomi::generated::enums::TaskPriority) -> Self {
            Self::Level(value)
        }
    }
    impl ::std::convert::From<i64> for QueuePriority {
        #[inline]
        fn from(value: i64) -> Self {
            Self::Number(value)
        }
    }
    impl ::std::convert::From<::serde_json::Value> for QueuePriority {
        #[inline]
        fn from(value: ::serde_json::Value) -> Self {
            Self::Other(value)
        }
    }
    ///Body of rotate_api_key.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct RotateApiKeyRequest {
        ///Hours the old key stays valid, ≥ 0 (server default 24).
        pub grace_period_hours: ::std::option::Option<i64>,
    }
    impl<'de> ::serde::Deserialize<'de> for RotateApiKeyRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["grace_period_hours"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"grace_period_hours" => 0,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = RotateApiKeyRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct RotateApiKeyRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<RotateApiKeyRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<i64>>,
                    ) = (::std::option::Option::None,);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.0,
                                    "grace_period_hours",
                                )
                            }
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0,) = slots;
                    ::std::result::Result::Ok(RotateApiKeyRequest {
                        grace_period_hours: crate::de::opt(__field0),
                    })
                }
            }
            deserializer.deserialize_struct("RotateApiKeyRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for RotateApiKeyRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 1usize] = [
                ::std::option::Option::is_none(&self.grace_period_hours),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "RotateApiKeyRequest",
                &skip,
            );
            state.field("grace_period_hours", &self.grace_period_hours, skip[0]);
            state.end()
        }
    }
    impl RotateApiKeyRequest {
        #[inline]
        pub fn builder() -> builder::RotateApiKeyRequest {
            Default::default()
        }
    }
    ///Answer of rotate_api_key.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct RotatedApiKey {
        pub new_key: ApiKey,
        ///Id of the key that was rotated.
        pub old_key_id: ::std::string::String,
        ///When the old key stops working.
        pub old_key_rotation_expires_at: crate::Timestamp,
        pub token: crate::Secret,
    }
    impl<'de> ::serde::Deserialize<'de> for RotatedApiKey {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "new_key",
                "old_key_id",
                "old_key_rotation_expires_at",
                "token",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"new_key" => 0,
                    b"old_key_id" => 1,
                    b"old_key_rotation_expires_at" => 2,
                    b"token" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = RotatedApiKey;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct RotatedApiKey")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<RotatedApiKey, A::Error> {
                    let mut slots: (
                        ::std::option::Option<ApiKey>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<crate::Secret>,
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
                            0 => crate::de::value(&mut map, &mut slots.0, "new_key"),
                            1 => crate::de::value(&mut map, &mut slots.1, "old_key_id"),
                            2 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.2,
                                    "old_key_rotation_expires_at",
                                )
                            }
                            3 => crate::de::value(&mut map, &mut slots.3, "token"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "new_key")?;
                    let __required1 = crate::de::missing(slots.1.take(), "old_key_id")?;
                    let __required2 = crate::de::missing(
                        slots.2.take(),
                        "old_key_rotation_expires_at",
                    )?;
                    let __required3 = crate::de::missing(slots.3.take(), "token")?;
                    let (_, _, _, _) = slots;
                    ::std::result::Result::Ok(RotatedApiKey {
                        new_key: __required0,
                        old_key_id: __required1,
                        old_key_rotation_expires_at: __required2,
                        token: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("RotatedApiKey", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for RotatedApiKey {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [false, false, false, false];
            let mut state = crate::de::Fields::start(serializer, "RotatedApiKey", &skip);
            state.field("new_key", &self.new_key, skip[0]);
            state.field("old_key_id", &self.old_key_id, skip[1]);
            state
                .field(
                    "old_key_rotation_expires_at",
                    &self.old_key_rotation_expires_at,
                    skip[2],
                );
            state.field("token", &self.token, skip[3]);
            state.end()
        }
    }
    /**A run (one RARV execution of a project). Database runs carry every field below except
the file-based ones. A file-based run (9.22.12, see `RunId`) carries only `id` (a
string), `status`, `started_at` (possibly `null`) and the file-based fields
(`iterations`, `cost_usd`, `measured`, `cost_note`, `current`, `source`,
`freshness_s`); so `project_id`, `trigger` and `created_at` are optional here.
*/
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Run {
        ///Free-form run configuration.
        pub config: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///File-based runs (9.22.12) only — why the cost is (not) known.
        pub cost_note: ::std::option::Option<::std::string::String>,
        ///File-based runs (9.22.12) only — measured cost; `null` when unmeasured.
        pub cost_usd: ::std::option::Option<f64>,
        ///When the run record was created (absent on file-based runs).
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///File-based runs (9.22.12) only — whether this run occupies the engine's `.loki/` now.
        pub current: ::std::option::Option<bool>,
        ///Set when the run ends (carries `Z` and microseconds when set by cancel).
        pub ended_at: ::std::option::Option<crate::Timestamp>,
        ///The run's events in timestamp order (always empty in list_runs).
        pub events: ::std::vec::Vec<RunEvent>,
        ///File-based runs (9.22.12) only — age in seconds of the newest file read.
        pub freshness_s: ::std::option::Option<i64>,
        pub id: RunId,
        ///File-based runs (9.22.12) only — highest iteration seen; `null` when unmeasured.
        pub iterations: ::std::option::Option<i64>,
        ///File-based runs (9.22.12) only — whether `cost_usd` was measured.
        pub measured: ::std::option::Option<bool>,
        ///For a replay, the run it replays.
        pub parent_run_id: ::std::option::Option<RunId>,
        ///The run's project (absent on file-based runs).
        pub project_id: ::std::option::Option<i64>,
        ///Free-form result summary, set when the run finishes.
        pub result_summary: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///The session the run belongs to, if any.
        pub session_id: ::std::option::Option<i64>,
        ///File-based runs (9.22.12) only — the files the row was read from.
        pub source: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///When the run started (`null` on a file-based run that never recorded it).
        pub started_at: ::std::option::Option<crate::Timestamp>,
        pub status: crate::autonomi::generated::enums::RunStatus,
        ///What started the run (absent on file-based runs).
        pub trigger: ::std::option::Option<
            crate::autonomi::generated::enums::RunTrigger,
        >,
    }
    impl<'de> ::serde::Deserialize<'de> for Run {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "config",
                "cost_note",
                "cost_usd",
                "created_at",
                "current",
                "ended_at",
                "events",
                "freshness_s",
                "id",
                "iterations",
                "measured",
                "parent_run_id",
                "project_id",
                "result_summary",
                "session_id",
                "source",
                "started_at",
                "status",
                "trigger",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"config" => 0,
                    b"cost_note" => 1,
                    b"cost_usd" => 2,
                    b"created_at" => 3,
                    b"current" => 4,
                    b"ended_at" => 5,
                    b"events" => 6,
                    b"freshness_s" => 7,
                    b"id" => 8,
                    b"iterations" => 9,
                    b"measured" => 10,
                    b"parent_run_id" => 11,
                    b"project_id" => 12,
                    b"result_summary" => 13,
                    b"session_id" => 14,
                    b"source" => 15,
                    b"started_at" => 16,
                    b"status" => 17,
                    b"trigger" => 18,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Run;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Run")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Run, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<
                                ::serde_json::Map<
                                    ::std::string::String,
                                    ::serde_json::Value,
                                >,
                            >,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<f64>>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<::std::option::Option<bool>>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<::std::vec::Vec<RunEvent>>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<RunId>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::option::Option<bool>>,
                        ::std::option::Option<::std::option::Option<RunId>>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<
                                ::serde_json::Map<
                                    ::std::string::String,
                                    ::serde_json::Value,
                                >,
                            >,
                        >,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                        >,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<
                            crate::autonomi::generated::enums::RunStatus,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::autonomi::generated::enums::RunTrigger,
                            >,
                        >,
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
                            0 => crate::de::value(&mut map, &mut slots.0, "config"),
                            1 => crate::de::value(&mut map, &mut slots.1, "cost_note"),
                            2 => crate::de::value(&mut map, &mut slots.2, "cost_usd"),
                            3 => crate::de::value(&mut map, &mut slots.3, "created_at"),
                            4 => crate::de::value(&mut map, &mut slots.4, "current"),
                            5 => crate::de::value(&mut map, &mut slots.5, "ended_at"),
                            6 => crate::de::value(&mut map, &mut slots.6, "events"),
                            7 => crate::de::value(&mut map, &mut slots.7, "freshness_s"),
                            8 => crate::de::value(&mut map, &mut slots.8, "id"),
                            9 => crate::de::value(&mut map, &mut slots.9, "iterations"),
                            10 => crate::de::value(&mut map, &mut slots.10, "measured"),
                            11 => {
                                crate::de::value(&mut map, &mut slots.11, "parent_run_id")
                            }
                            12 => crate::de::value(&mut map, &mut slots.12, "project_id"),
                            13 => {
                                crate::de::value(&mut map, &mut slots.13, "result_summary")
                            }
                            14 => crate::de::value(&mut map, &mut slots.14, "session_id"),
                            15 => crate::de::value(&mut map, &mut slots.15, "source"),
                            16 => crate::de::value(&mut map, &mut slots.16, "started_at"),
                            17 => crate::de::value(&mut map, &mut slots.17, "status"),
                            18 => crate::de::value(&mut map, &mut slots.18, "trigger"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required8 = crate::de::missing(slots.8.take(), "id")?;
                    let __required17 = crate::de::missing(slots.17.take(), "status")?;
                    let (
                        __field0,
                        __field1,
                        __field2,
                        __field3,
                        __field4,
                        __field5,
                        __field6,
                        __field7,
                        _,
                        __field9,
                        __field10,
                        __field11,
                        __field12,
                        __field13,
                        __field14,
                        __field15,
                        __field16,
                        _,
                        __field18,
                    ) = slots;
                    ::std::result::Result::Ok(Run {
                        config: crate::de::opt(__field0),
                        cost_note: crate::de::opt(__field1),
                        cost_usd: crate::de::opt(__field2),
                        created_at: crate::de::opt(__field3),
                        current: crate::de::opt(__field4),
                        ended_at: crate::de::opt(__field5),
                        events: crate::de::or_default(__field6),
                        freshness_s: crate::de::opt(__field7),
                        id: __required8,
                        iterations: crate::de::opt(__field9),
                        measured: crate::de::opt(__field10),
                        parent_run_id: crate::de::opt(__field11),
                        project_id: crate::de::opt(__field12),
                        result_summary: crate::de::opt(__field13),
                        session_id: crate::de::opt(__field14),
                        source: crate::de::opt(__field15),
                        started_at: crate::de::opt(__field16),
                        status: __required17,
                        trigger: crate::de::opt(__field18),
                    })
                }
            }
            deserializer.deserialize_struct("Run", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Run {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 19usize] = [
                ::std::option::Option::is_none(&self.config),
                ::std::option::Option::is_none(&self.cost_note),
                ::std::option::Option::is_none(&self.cost_usd),
                ::std::option::Option::is_none(&self.created_at),
                ::std::option::Option::is_none(&self.current),
                ::std::option::Option::is_none(&self.ended_at),
                ::std::vec::Vec::is_empty(&self.events),
                ::std::option::Option::is_none(&self.freshness_s),
                false,
                ::std::option::Option::is_none(&self.iterations),
                ::std::option::Option::is_none(&self.measured),
                ::std::option::Option::is_none(&self.parent_run_id),
                ::std::option::Option::is_none(&self.project_id),
                ::std::option::Option::is_none(&self.result_summary),
                ::std::option::Option::is_none(&self.session_id),
                ::std::option::Option::is_none(&self.source),
                ::std::option::Option::is_none(&self.started_at),
                false,
                ::std::option::Option::is_none(&self.trigger),
            ];
            let mut state = crate::de::Fields::start(serializer, "Run", &skip);
            state.field("config", &self.config, skip[0]);
            state.field("cost_note", &self.cost_note, skip[1]);
            state.field("cost_usd", &self.cost_usd, skip[2]);
            state.field("created_at", &self.created_at, skip[3]);
            state.field("current", &self.current, skip[4]);
            state.field("ended_at", &self.ended_at, skip[5]);
            state.field("events", &self.events, skip[6]);
            state.field("freshness_s", &self.freshness_s, skip[7]);
            state.field("id", &self.id, skip[8]);
            state.field("iterations", &self.iterations, skip[9]);
            state.field("measured", &self.measured, skip[10]);
            state.field("parent_run_id", &self.parent_run_id, skip[11]);
            state.field("project_id", &self.project_id, skip[12]);
            state.field("result_summary", &self.result_summary, skip[13]);
            state.field("session_id", &self.session_id, skip[14]);
            state.field("source", &self.source, skip[15]);
            state.field("started_at", &self.started_at, skip[16]);
            state.field("status", &self.status, skip[17]);
            state.field("trigger", &self.trigger, skip[18]);
            state.end()
        }
    }
    ///One event on a run's timeline.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct RunEvent {
        ///Free-form event details.
        pub details: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Kind of event (free string).
        pub event_type: ::std::string::String,
        pub id: i64,
        ///RARV phase the event belongs to.
        pub phase: ::std::option::Option<::std::string::String>,
        pub run_id: RunId,
        pub timestamp: crate::Timestamp,
    }
    impl<'de> ::serde::Deserialize<'de> for RunEvent {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "details",
                "event_type",
                "id",
                "phase",
                "run_id",
                "timestamp",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"details" => 0,
                    b"event_type" => 1,
                    b"id" => 2,
                    b"phase" => 3,
                    b"run_id" => 4,
                    b"timestamp" => 5,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = RunEvent;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct RunEvent")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<RunEvent, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<
                                ::serde_json::Map<
                                    ::std::string::String,
                                    ::serde_json::Value,
                                >,
                            >,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<i64>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<RunId>,
                        ::std::option::Option<crate::Timestamp>,
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
                            0 => crate::de::value(&mut map, &mut slots.0, "details"),
                            1 => crate::de::value(&mut map, &mut slots.1, "event_type"),
                            2 => crate::de::value(&mut map, &mut slots.2, "id"),
                            3 => crate::de::value(&mut map, &mut slots.3, "phase"),
                            4 => crate::de::value(&mut map, &mut slots.4, "run_id"),
                            5 => crate::de::value(&mut map, &mut slots.5, "timestamp"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required1 = crate::de::missing(slots.1.take(), "event_type")?;
                    let __required2 = crate::de::missing(slots.2.take(), "id")?;
                    let __required4 = crate::de::missing(slots.4.take(), "run_id")?;
                    let __required5 = crate::de::missing(slots.5.take(), "timestamp")?;
                    let (__field0, _, _, __field3, _, _) = slots;
                    ::std::result::Result::Ok(RunEvent {
                        details: crate::de::opt(__field0),
                        event_type: __required1,
                        id: __required2,
                        phase: crate::de::opt(__field3),
                        run_id: __required4,
                        timestamp: __required5,
                    })
                }
            }
            deserializer.deserialize_struct("RunEvent", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for RunEvent {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 6usize] = [
                ::std::option::Option::is_none(&self.details),
                false,
                false,
                ::std::option::Option::is_none(&self.phase),
                false,
                false,
            ];
            let mut state = crate::de::Fields::start(serializer, "RunEvent", &skip);
            state.field("details", &self.details, skip[0]);
            state.field("event_type", &self.event_type, skip[1]);
            state.field("id", &self.id, skip[2]);
            state.field("phase", &self.phase, skip[3]);
            state.field("run_id", &self.run_id, skip[4]);
            state.field("timestamp", &self.timestamp, skip[5]);
            state.end()
        }
    }
    /**A run's id. Database runs (everything `create_run` and `replay_run` make) have integer
ids. Server 9.22.12 also lists **file-based runs** read from its `.loki/` directory
(`list_runs` without `project_id` when the database page is empty); their ids are
strings minted by the engine (`run-<ts>-<pid>-<rand>`). Decodes from either JSON form
and serializes back to the same form. The `/api/v2/runs/{run_id}...` routes accept
only integer ids (a string id answers 422).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum RunId {
        Int(i64),
        Text(::std::string::String),
    }
    impl ::std::fmt::Display for RunId {
        #[inline]
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Int(x) => x.fmt(f),
                Self::Text(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for RunId {
        #[inline]
        fn from(value: i64) -> Self {
            Self::Int(value)
        }
    }
    /**A run's events and duration. For a run id it does not know, server 9.22.12 answers a
placeholder `{run_id, phases: [], current_phase: null, events: []}` with status 200
(5.52.4: 404).
*/
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct RunTimeline {
        ///Sent (`null`) only in 9.22.12's placeholder answer for an unknown run.
        pub current_phase: ::std::option::Option<::std::string::String>,
        ///Seconds between start and end; `null` while the run has not ended.
        pub duration_seconds: ::std::option::Option<f64>,
        ///Events in timestamp order.
        pub events: ::std::vec::Vec<RunEvent>,
        ///Sent (empty) only in 9.22.12's placeholder answer for an unknown run.
        pub phases: ::std::vec::Vec<::serde_json::Value>,
        pub run_id: RunId,
    }
    impl<'de> ::serde::Deserialize<'de> for RunTimeline {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "current_phase",
                "duration_seconds",
                "events",
                "phases",
                "run_id",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"current_phase" => 0,
                    b"duration_seconds" => 1,
                    b"events" => 2,
                    b"phases" => 3,
                    b"run_id" => 4,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = RunTimeline;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct RunTimeline")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<RunTimeline, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<f64>>,
                        ::std::option::Option<::std::vec::Vec<RunEvent>>,
                        ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
                        ::std::option::Option<RunId>,
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
                                crate::de::value(&mut map, &mut slots.0, "current_phase")
                            }
                            1 => {
                                crate::de::value(&mut map, &mut slots.1, "duration_seconds")
                            }
                            2 => crate::de::value(&mut map, &mut slots.2, "events"),
                            3 => crate::de::value(&mut map, &mut slots.3, "phases"),
                            4 => crate::de::value(&mut map, &mut slots.4, "run_id"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required2 = crate::de::missing(slots.2.take(), "events")?;
                    let __required4 = crate::de::missing(slots.4.take(), "run_id")?;
                    let (__field0, __field1, _, __field3, _) = slots;
                    ::std::result::Result::Ok(RunTimeline {
                        current_phase: crate::de::opt(__field0),
                        duration_seconds: crate::de::opt(__field1),
                        events: __required2,
                        phases: crate::de::or_default(__field3),
                        run_id: __required4,
                    })
                }
            }
            deserializer.deserialize_struct("RunTimeline", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for RunTimeline {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 5usize] = [
                ::std::option::Option::is_none(&self.current_phase),
                ::std::option::Option::is_none(&self.duration_seconds),
                false,
                ::std::vec::Vec::is_empty(&self.phases),
                false,
            ];
            let mut state = crate::de::Fields::start(serializer, "RunTimeline", &skip);
            state.field("current_phase", &self.current_phase, skip[0]);
            state.field("duration_seconds", &self.duration_seconds, skip[1]);
            state.field("events", &self.events, skip[2]);
            state.field("phases", &self.phases, skip[3]);
            state.field("run_id", &self.run_id, skip[4]);
            state.end()
        }
    }
    /**An execution session. The shape is not documented (the 5.52.4 server does not serve
the session routes); the server's database stores `{id, project_id, status (active,
completed, failed, paused), provider, model, started_at, ended_at, logs}`. Every field
is optional and other fields are kept.
*/
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct Session {
        pub ended_at: ::std::option::Option<crate::Timestamp>,
        ///Session id (integer in the server's database; any JSON value accepted).
        pub id: ::std::option::Option<::serde_json::Value>,
        pub project_id: ::std::option::Option<i64>,
        pub started_at: ::std::option::Option<crate::Timestamp>,
        ///`active`, `completed`, `failed` or `paused` in the server's database.
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl<'de> ::serde::Deserialize<'de> for Session {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "ended_at",
                "id",
                "project_id",
                "started_at",
                "status",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"ended_at" => 0,
                    b"id" => 1,
                    b"project_id" => 2,
                    b"started_at" => 3,
                    b"status" => 4,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Session;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Session")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Session, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
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
                            0 => crate::de::value(&mut map, &mut slots.0, "ended_at"),
                            1 => crate::de::value(&mut map, &mut slots.1, "id"),
                            2 => crate::de::value(&mut map, &mut slots.2, "project_id"),
                            3 => crate::de::value(&mut map, &mut slots.3, "started_at"),
                            4 => crate::de::value(&mut map, &mut slots.4, "status"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0, __field1, __field2, __field3, __field4) = slots;
                    ::std::result::Result::Ok(Session {
                        ended_at: crate::de::opt(__field0),
                        id: crate::de::opt(__field1),
                        project_id: crate::de::opt(__field2),
                        started_at: crate::de::opt(__field3),
                        status: crate::de::opt(__field4),
                    })
                }
            }
            deserializer.deserialize_struct("Session", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Session {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 5usize] = [
                ::std::option::Option::is_none(&self.ended_at),
                ::std::option::Option::is_none(&self.id),
                ::std::option::Option::is_none(&self.project_id),
                ::std::option::Option::is_none(&self.started_at),
                ::std::option::Option::is_none(&self.status),
            ];
            let mut state = crate::de::Fields::start(serializer, "Session", &skip);
            state.field("ended_at", &self.ended_at, skip[0]);
            state.field("id", &self.id, skip[1]);
            state.field("project_id", &self.project_id, skip[2]);
            state.field("started_at", &self.started_at, skip[3]);
            state.field("status", &self.status, skip[4]);
            state.end()
        }
    }
    /**Server status read from the `.loki/` session files. Every field is optional here
(the official clients treat the status as a free dictionary).
*/
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct Status {
        ///1 when an autonomous session is running, else 0.
        pub active_sessions: ::std::option::Option<i64>,
        ///9.22.12 — Claude session UUID of the current run (empty when none).
        pub claude_session_id: ::std::option::Option<::std::string::String>,
        ///9.22.12 — session-continuity layer of the current run (`stamp`, `resume`; empty when none).
        pub claude_session_mode: ::std::option::Option<::std::string::String>,
        ///Detected project complexity (default `standard`).
        pub complexity: ::std::option::Option<::std::string::String>,
        ///9.22.12 — engine run id (`run-<ts>-<pid>-<rand>`) of the run in the engine's `.loki/` (empty when none).
        pub current_run_id: ::std::option::Option<::std::string::String>,
        ///Action of the task in progress (empty when none).
        pub current_task: ::std::option::Option<::std::string::String>,
        ///Whether the dashboard database is reachable.
        pub database_connected: ::std::option::Option<bool>,
        ///9.22.12 — CPU architecture commands run on (`x64`, ...; blank when unknown).
        pub execution_cpu: ::std::option::Option<::std::string::String>,
        ///9.22.12 — C library of the execution host (`glibc`, ...; blank when unknown).
        pub execution_libc: ::std::option::Option<::std::string::String>,
        ///9.22.12 — operating system commands run on (`linux`, ...; blank when unknown).
        pub execution_os: ::std::option::Option<::std::string::String>,
        ///Current iteration of the autonomous loop.
        pub iteration: ::std::option::Option<i64>,
        ///Session mode (empty when idle).
        pub mode: ::std::option::Option<::std::string::String>,
        ///Number of tasks waiting in the session's queue.
        pub pending_tasks: ::std::option::Option<i64>,
        ///Current RARV phase (empty when idle).
        pub phase: ::std::option::Option<::std::string::String>,
        ///AI provider in use (default `claude`).
        pub provider: ::std::option::Option<::std::string::String>,
        ///Number of agents with a live process.
        pub running_agents: ::std::option::Option<i64>,
        ///9.22.12 — the concurrent sessions the engine knows.
        pub sessions: ::std::vec::Vec<StatusSession>,
        ///`stopped`, `paused`, `running`, or the session mode (e.g. `autonomous`).
        pub status: ::std::option::Option<::std::string::String>,
        ///Seconds since the dashboard server started.
        pub uptime_seconds: ::std::option::Option<f64>,
        ///Loki Mode server version (`5.52.4`, `9.22.12`, ...; `unknown` when the VERSION file is missing). `Status::server_version` parses it.
        pub version: ::std::option::Option<::std::string::String>,
    }
    impl<'de> ::serde::Deserialize<'de> for Status {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "active_sessions",
                "claude_session_id",
                "claude_session_mode",
                "complexity",
                "current_run_id",
                "current_task",
                "database_connected",
                "execution_cpu",
                "execution_libc",
                "execution_os",
                "iteration",
                "mode",
                "pending_tasks",
                "phase",
                "provider",
                "running_agents",
                "sessions",
                "status",
                "uptime_seconds",
                "version",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"active_sessions" => 0,
                    b"claude_session_id" => 1,
                    b"claude_session_mode" => 2,
                    b"complexity" => 3,
                    b"current_run_id" => 4,
                    b"current_task" => 5,
                    b"database_connected" => 6,
                    b"execution_cpu" => 7,
                    b"execution_libc" => 8,
                    b"execution_os" => 9,
                    b"iteration" => 10,
                    b"mode" => 11,
                    b"pending_tasks" => 12,
                    b"phase" => 13,
                    b"provider" => 14,
                    b"running_agents" => 15,
                    b"sessions" => 16,
                    b"status" => 17,
                    b"uptime_seconds" => 18,
                    b"version" => 19,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Status;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Status")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Status, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<bool>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::vec::Vec<StatusSession>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<f64>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
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
                            0 => {
                                crate::de::value(&mut map, &mut slots.0, "active_sessions")
                            }
                            1 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.1,
                                    "claude_session_id",
                                )
                            }
                            2 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.2,
                                    "claude_session_mode",
                                )
                            }
                            3 => crate::de::value(&mut map, &mut slots.3, "complexity"),
                            4 => {
                                crate::de::value(&mut map, &mut slots.4, "current_run_id")
                            }
                            5 => crate::de::value(&mut map, &mut slots.5, "current_task"),
                            6 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.6,
                                    "database_connected",
                                )
                            }
                            7 => {
                                crate::de::value(&mut map, &mut slots.7, "execution_cpu")
                            }
                            8 => {
                                crate::de::value(&mut map, &mut slots.8, "execution_libc")
                            }
                            9 => crate::de::value(&mut map, &mut slots.9, "execution_os"),
                            10 => crate::de::value(&mut map, &mut slots.10, "iteration"),
                            11 => crate::de::value(&mut map, &mut slots.11, "mode"),
                            12 => {
                                crate::de::value(&mut map, &mut slots.12, "pending_tasks")
                            }
                            13 => crate::de::value(&mut map, &mut slots.13, "phase"),
                            14 => crate::de::value(&mut map, &mut slots.14, "provider"),
                            15 => {
                                crate::de::value(&mut map, &mut slots.15, "running_agents")
                            }
                            16 => crate::de::value(&mut map, &mut slots.16, "sessions"),
                            17 => crate::de::value(&mut map, &mut slots.17, "status"),
                            18 => {
                                crate::de::value(&mut map, &mut slots.18, "uptime_seconds")
                            }
                            19 => crate::de::value(&mut map, &mut slots.19, "version"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (
                        __field0,
                        __field1,
                        __field2,
                        __field3,
                        __field4,
                        __field5,
                        __field6,
                        __field7,
                        __field8,
                        __field9,
                        __field10,
                        __field11,
                        __field12,
                        __field13,
                        __field14,
                        __field15,
                        __field16,
                        __field17,
                        __field18,
                        __field19,
                    ) = slots;
                    ::std::result::Result::Ok(Status {
                        active_sessions: crate::de::opt(__field0),
                        claude_session_id: crate::de::opt(__field1),
                        claude_session_mode: crate::de::opt(__field2),
                        complexity: crate::de::opt(__field3),
                        current_run_id: crate::de::opt(__field4),
                        current_task: crate::de::opt(__field5),
                        database_connected: crate::de::opt(__field6),
                        execution_cpu: crate::de::opt(__field7),
                        execution_libc: crate::de::opt(__field8),
                        execution_os: crate::de::opt(__field9),
                        iteration: crate::de::opt(__field10),
                        mode: crate::de::opt(__field11),
                        pending_tasks: crate::de::opt(__field12),
                        phase: crate::de::opt(__field13),
                        provider: crate::de::opt(__field14),
                        running_agents: crate::de::opt(__field15),
                        sessions: crate::de::or_default(__field16),
                        status: crate::de::opt(__field17),
                        uptime_seconds: crate::de::opt(__field18),
                        version: crate::de::opt(__field19),
                    })
                }
            }
            deserializer.deserialize_struct("Status", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Status {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 20usize] = [
                ::std::option::Option::is_none(&self.active_sessions),
                ::std::option::Option::is_none(&self.claude_session_id),
                ::std::option::Option::is_none(&self.claude_session_mode),
                ::std::option::Option::is_none(&self.complexity),
                ::std::option::Option::is_none(&self.current_run_id),
                ::std::option::Option::is_none(&self.current_task),
                ::std::option::Option::is_none(&self.database_connected),
                ::std::option::Option::is_none(&self.execution_cpu),
                ::std::option::Option::is_none(&self.execution_libc),
                ::std::option::Option::is_none(&self.execution_os),
                ::std::option::Option::is_none(&self.iteration),
                ::std::option::Option::is_none(&self.mode),
                ::std::option::Option::is_none(&self.pending_tasks),
                ::std::option::Option::is_none(&self.phase),
                ::std::option::Option::is_none(&self.provider),
                ::std::option::Option::is_none(&self.running_agents),
                ::std::vec::Vec::is_empty(&self.sessions),
                ::std::option::Option::is_none(&self.status),
                ::std::option::Option::is_none(&self.uptime_seconds),
                ::std::option::Option::is_none(&self.version),
            ];
            let mut state = crate::de::Fields::start(serializer, "Status", &skip);
            state.field("active_sessions", &self.active_sessions, skip[0]);
            state.field("claude_session_id", &self.claude_session_id, skip[1]);
            state.field("claude_session_mode", &self.claude_session_mode, skip[2]);
            state.field("complexity", &self.complexity, skip[3]);
            state.field("current_run_id", &self.current_run_id, skip[4]);
            state.field("current_task", &self.current_task, skip[5]);
            state.field("database_connected", &self.database_connected, skip[6]);
            state.field("execution_cpu", &self.execution_cpu, skip[7]);
            state.field("execution_libc", &self.execution_libc, skip[8]);
            state.field("execution_os", &self.execution_os, skip[9]);
            state.field("iteration", &self.iteration, skip[10]);
            state.field("mode", &self.mode, skip[11]);
            state.field("pending_tasks", &self.pending_tasks, skip[12]);
            state.field("phase", &self.phase, skip[13]);
            state.field("provider", &self.provider, skip[14]);
            state.field("running_agents", &self.running_agents, skip[15]);
            state.field("sessions", &self.sessions, skip[16]);
            state.field("status", &self.status, skip[17]);
            state.field("uptime_seconds", &self.uptime_seconds, skip[18]);
            state.field("version", &self.version, skip[19]);
            state.end()
        }
    }
    ///One concurrent session in `Status::sessions` (9.22.12). Other fields are ignored.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct StatusSession {
        ///Path of the session's log file (empty when none).
        pub log_file: ::std::option::Option<::std::string::String>,
        ///Process id of the session, if known.
        pub pid: ::std::option::Option<i64>,
        ///Session name (`global` for the default session).
        pub session_id: ::std::option::Option<::std::string::String>,
        ///Session status (`running`, ...).
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl<'de> ::serde::Deserialize<'de> for StatusSession {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["log_file", "pid", "session_id", "status"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"log_file" => 0,
                    b"pid" => 1,
                    b"session_id" => 2,
                    b"status" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = StatusSession;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct StatusSession")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<StatusSession, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
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
                            0 => crate::de::value(&mut map, &mut slots.0, "log_file"),
                            1 => crate::de::value(&mut map, &mut slots.1, "pid"),
                            2 => crate::de::value(&mut map, &mut slots.2, "session_id"),
                            3 => crate::de::value(&mut map, &mut slots.3, "status"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0, __field1, __field2, __field3) = slots;
                    ::std::result::Result::Ok(StatusSession {
                        log_file: crate::de::opt(__field0),
                        pid: crate::de::opt(__field1),
                        session_id: crate::de::opt(__field2),
                        status: crate::de::opt(__field3),
                    })
                }
            }
            deserializer.deserialize_struct("StatusSession", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for StatusSession {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.log_file),
                ::std::option::Option::is_none(&self.pid),
                ::std::option::Option::is_none(&self.session_id),
                ::std::option::Option::is_none(&self.status),
            ];
            let mut state = crate::de::Fields::start(serializer, "StatusSession", &skip);
            state.field("log_file", &self.log_file, skip[0]);
            state.field("pid", &self.pid, skip[1]);
            state.field("session_id", &self.session_id, skip[2]);
            state.field("status", &self.status, skip[3]);
            state.end()
        }
    }
    ///A task of a project (a card on the Kanban board), as stored in the task database.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Task {
        ///Actual duration in minutes.
        pub actual_duration: ::std::option::Option<i64>,
        ///Id of the agent working on the task.
        pub assigned_agent_id: ::std::option::Option<i64>,
        ///Set when the task moves to `done`.
        pub completed_at: ::std::option::Option<crate::Timestamp>,
        pub created_at: crate::Timestamp,
        pub description: ::std::option::Option<::std::string::String>,
        ///Estimated duration in minutes.
        pub estimated_duration: ::std::option::Option<i64>,
        pub id: i64,
        ///Id of the parent task, for subtasks.
        pub parent_task_id: ::std::option::Option<i64>,
        ///Position within its Kanban column (0 = top).
        pub position: i64,
        pub priority: crate::autonomi::generated::enums::TaskPriority,
        pub project_id: i64,
        pub status: crate::autonomi::generated::enums::TaskStatus,
        pub title: ::std::string::String,
        pub updated_at: crate::Timestamp,
    }
    impl<'de> ::serde::Deserialize<'de> for Task {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "actual_duration",
                "assigned_agent_id",
                "completed_at",
                "created_at",
                "description",
                "estimated_duration",
                "id",
                "parent_task_id",
                "position",
                "priority",
                "project_id",
                "status",
                "title",
                "updated_at",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"actual_duration" => 0,
                    b"assigned_agent_id" => 1,
                    b"completed_at" => 2,
                    b"created_at" => 3,
                    b"description" => 4,
                    b"estimated_duration" => 5,
                    b"id" => 6,
                    b"parent_task_id" => 7,
                    b"position" => 8,
                    b"priority" => 9,
                    b"project_id" => 10,
                    b"status" => 11,
                    b"title" => 12,
                    b"updated_at" => 13,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Task;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Task")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Task, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<i64>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<i64>,
                        ::std::option::Option<
                            crate::autonomi::generated::enums::TaskPriority,
                        >,
                        ::std::option::Option<i64>,
                        ::std::option::Option<
                            crate::autonomi::generated::enums::TaskStatus,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<crate::Timestamp>,
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
                                crate::de::value(&mut map, &mut slots.0, "actual_duration")
                            }
                            1 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.1,
                                    "assigned_agent_id",
                                )
                            }
                            2 => crate::de::value(&mut map, &mut slots.2, "completed_at"),
                            3 => crate::de::value(&mut map, &mut slots.3, "created_at"),
                            4 => crate::de::value(&mut map, &mut slots.4, "description"),
                            5 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.5,
                                    "estimated_duration",
                                )
                            }
                            6 => crate::de::value(&mut map, &mut slots.6, "id"),
                            7 => {
                                crate::de::value(&mut map, &mut slots.7, "parent_task_id")
                            }
                            8 => crate::de::value(&mut map, &mut slots.8, "position"),
                            9 => crate::de::value(&mut map, &mut slots.9, "priority"),
                            10 => crate::de::value(&mut map, &mut slots.10, "project_id"),
                            11 => crate::de::value(&mut map, &mut slots.11, "status"),
                            12 => crate::de::value(&mut map, &mut slots.12, "title"),
                            13 => crate::de::value(&mut map, &mut slots.13, "updated_at"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "created_at")?;
                    let __required6 = crate::de::missing(slots.6.take(), "id")?;
                    let __required8 = crate::de::missing(slots.8.take(), "position")?;
                    let __required9 = crate::de::missing(slots.9.take(), "priority")?;
                    let __required10 = crate::de::missing(
                        slots.10.take(),
                        "project_id",
                    )?;
                    let __required11 = crate::de::missing(slots.11.take(), "status")?;
                    let __required12 = crate::de::missing(slots.12.take(), "title")?;
                    let __required13 = crate::de::missing(
                        slots.13.take(),
                        "updated_at",
                    )?;
                    let (
                        __field0,
                        __field1,
                        __field2,
                        _,
                        __field4,
                        __field5,
                        _,
                        __field7,
                        _,
                        _,
                        _,
                        _,
                        _,
                        _,
                    ) = slots;
                    ::std::result::Result::Ok(Task {
                        actual_duration: crate::de::opt(__field0),
                        assigned_agent_id: crate::de::opt(__field1),
                        completed_at: crate::de::opt(__field2),
                        created_at: __required3,
                        description: crate::de::opt(__field4),
                        estimated_duration: crate::de::opt(__field5),
                        id: __required6,
                        parent_task_id: crate::de::opt(__field7),
                        position: __required8,
                        priority: __required9,
                        project_id: __required10,
                        status: __required11,
                        title: __required12,
                        updated_at: __required13,
                    })
                }
            }
            deserializer.deserialize_struct("Task", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Task {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 14usize] = [
                ::std::option::Option::is_none(&self.actual_duration),
                ::std::option::Option::is_none(&self.assigned_agent_id),
                ::std::option::Option::is_none(&self.completed_at),
                false,
                ::std::option::Option::is_none(&self.description),
                ::std::option::Option::is_none(&self.estimated_duration),
                false,
                ::std::option::Option::is_none(&self.parent_task_id),
                false,
                false,
                false,
                false,
                false,
                false,
            ];
            let mut state = crate::de::Fields::start(serializer, "Task", &skip);
            state.field("actual_duration", &self.actual_duration, skip[0]);
            state.field("assigned_agent_id", &self.assigned_agent_id, skip[1]);
            state.field("completed_at", &self.completed_at, skip[2]);
            state.field("created_at", &self.created_at, skip[3]);
            state.field("description", &self.description, skip[4]);
            state.field("estimated_duration", &self.estimated_duration, skip[5]);
            state.field("id", &self.id, skip[6]);
            state.field("parent_task_id", &self.parent_task_id, skip[7]);
            state.field("position", &self.position, skip[8]);
            state.field("priority", &self.priority, skip[9]);
            state.field("project_id", &self.project_id, skip[10]);
            state.field("status", &self.status, skip[11]);
            state.field("title", &self.title, skip[12]);
            state.field("updated_at", &self.updated_at, skip[13]);
            state.end()
        }
    }
    /**An item of list_tasks. On 5.52.4 these are read from the session's state and queue
files, not from the task database: `id` is a string or an integer, and there is no
`project_id` or timestamps.
*/
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct TaskSummary {
        pub description: ::std::option::Option<::std::string::String>,
        ///Task id from the session files — a string (e.g. `pending-0`, `q-done-3`, a queue item id) or an integer.
        pub id: ::serde_json::Value,
        ///Index within its status group.
        pub position: ::std::option::Option<i64>,
        pub priority: ::std::option::Option<QueuePriority>,
        ///Not sent by 5.52.4; present if a server answers database tasks here.
        pub project_id: ::std::option::Option<i64>,
        pub status: ::std::option::Option<crate::autonomi::generated::enums::TaskStatus>,
        pub title: ::std::option::Option<::std::string::String>,
        ///Kind of task from the session files (default `task`).
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl<'de> ::serde::Deserialize<'de> for TaskSummary {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "description",
                "id",
                "position",
                "priority",
                "project_id",
                "status",
                "title",
                "type",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"description" => 0,
                    b"id" => 1,
                    b"position" => 2,
                    b"priority" => 3,
                    b"project_id" => 4,
                    b"status" => 5,
                    b"title" => 6,
                    b"type" => 7,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = TaskSummary;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct TaskSummary")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<TaskSummary, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::serde_json::Value>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::option::Option<QueuePriority>>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::autonomi::generated::enums::TaskStatus,
                            >,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                    ) = (
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
                            0 => crate::de::value(&mut map, &mut slots.0, "description"),
                            1 => crate::de::value(&mut map, &mut slots.1, "id"),
                            2 => crate::de::value(&mut map, &mut slots.2, "position"),
                            3 => crate::de::value(&mut map, &mut slots.3, "priority"),
                            4 => crate::de::value(&mut map, &mut slots.4, "project_id"),
                            5 => crate::de::value(&mut map, &mut slots.5, "status"),
                            6 => crate::de::value(&mut map, &mut slots.6, "title"),
                            7 => crate::de::value(&mut map, &mut slots.7, "type"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required1 = crate::de::missing(slots.1.take(), "id")?;
                    let (
                        __field0,
                        _,
                        __field2,
                        __field3,
                        __field4,
                        __field5,
                        __field6,
                        __field7,
                    ) = slots;
                    ::std::result::Result::Ok(TaskSummary {
                        description: crate::de::opt(__field0),
                        id: __required1,
                        position: crate::de::opt(__field2),
                        priority: crate::de::opt(__field3),
                        project_id: crate::de::opt(__field4),
                        status: crate::de::opt(__field5),
                        title: crate::de::opt(__field6),
                        type_: crate::de::opt(__field7),
                    })
                }
            }
            deserializer.deserialize_struct("TaskSummary", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for TaskSummary {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 8usize] = [
                ::std::option::Option::is_none(&self.description),
                false,
                ::std::option::Option::is_none(&self.position),
                ::std::option::Option::is_none(&self.priority),
                ::std::option::Option::is_none(&self.project_id),
                ::std::option::Option::is_none(&self.status),
                ::std::option::Option::is_none(&self.title),
                ::std::option::Option::is_none(&self.type_),
            ];
            let mut state = crate::de::Fields::start(serializer, "TaskSummary", &skip);
            state.field("description", &self.description, skip[0]);
            state.field("id", &self.id, skip[1]);
            state.field("position", &self.position, skip[2]);
            state.field("priority", &self.priority, skip[3]);
            state.field("project_id", &self.project_id, skip[4]);
            state.field("status", &self.status, skip[5]);
            state.field("title", &self.title, skip[6]);
            state.field("type", &self.type_, skip[7]);
            state.end()
        }
    }
    ///A tenant (an organisation owning projects).
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Tenant {
        pub created_at: crate::Timestamp,
        pub description: ::std::option::Option<::std::string::String>,
        pub id: i64,
        pub name: ::std::string::String,
        ///Free-form tenant configuration (`null` when none).
        pub settings: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///URL-safe name derived by the server.
        pub slug: ::std::string::String,
        pub updated_at: crate::Timestamp,
    }
    impl<'de> ::serde::Deserialize<'de> for Tenant {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "created_at",
                "description",
                "id",
                "name",
                "settings",
                "slug",
                "updated_at",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"created_at" => 0,
                    b"description" => 1,
                    b"id" => 2,
                    b"name" => 3,
                    b"settings" => 4,
                    b"slug" => 5,
                    b"updated_at" => 6,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Tenant;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Tenant")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Tenant, A::Error> {
                    let mut slots: (
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<i64>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            ::std::option::Option<
                                ::serde_json::Map<
                                    ::std::string::String,
                                    ::serde_json::Value,
                                >,
                            >,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<crate::Timestamp>,
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
                            1 => crate::de::value(&mut map, &mut slots.1, "description"),
                            2 => crate::de::value(&mut map, &mut slots.2, "id"),
                            3 => crate::de::value(&mut map, &mut slots.3, "name"),
                            4 => crate::de::value(&mut map, &mut slots.4, "settings"),
                            5 => crate::de::value(&mut map, &mut slots.5, "slug"),
                            6 => crate::de::value(&mut map, &mut slots.6, "updated_at"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "created_at")?;
                    let __required2 = crate::de::missing(slots.2.take(), "id")?;
                    let __required3 = crate::de::missing(slots.3.take(), "name")?;
                    let __required5 = crate::de::missing(slots.5.take(), "slug")?;
                    let __required6 = crate::de::missing(slots.6.take(), "updated_at")?;
                    let (_, __field1, _, _, __field4, _, _) = slots;
                    ::std::result::Result::Ok(Tenant {
                        created_at: __required0,
                        description: crate::de::opt(__field1),
                        id: __required2,
                        name: __required3,
                        settings: crate::de::opt(__field4),
                        slug: __required5,
                        updated_at: __required6,
                    })
                }
            }
            deserializer.deserialize_struct("Tenant", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Tenant {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 7usize] = [
                false,
                ::std::option::Option::is_none(&self.description),
                false,
                false,
                ::std::option::Option::is_none(&self.settings),
                false,
                false,
            ];
            let mut state = crate::de::Fields::start(serializer, "Tenant", &skip);
            state.field("created_at", &self.created_at, skip[0]);
            state.field("description", &self.description, skip[1]);
            state.field("id", &self.id, skip[2]);
            state.field("name", &self.name, skip[3]);
            state.field("settings", &self.settings, skip[4]);
            state.field("slug", &self.slug, skip[5]);
            state.field("updated_at", &self.updated_at, skip[6]);
            state.end()
        }
    }
    ///Body of update_task. Every field is optional; an omitted field is left unchanged.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateTaskRequest {
        ///Actual duration in minutes.
        pub actual_duration: ::std::option::Option<i64>,
        pub assigned_agent_id: ::std::option::Option<i64>,
        pub description: ::std::option::Option<::std::string::String>,
        ///Estimated duration in minutes.
        pub estimated_duration: ::std::option::Option<i64>,
        pub position: ::std::option::Option<i64>,
        pub priority: ::std::option::Option<
            crate::autonomi::generated::enums::TaskPriority,
        >,
        pub status: ::std::option::Option<crate::autonomi::generated::enums::TaskStatus>,
        ///New title, 1–255 characters.
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateTaskRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "actual_duration",
                "assigned_agent_id",
                "description",
                "estimated_duration",
                "position",
                "priority",
                "status",
                "title",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"actual_duration" => 0,
                    b"assigned_agent_id" => 1,
                    b"description" => 2,
                    b"estimated_duration" => 3,
                    b"position" => 4,
                    b"priority" => 5,
                    b"status" => 6,
                    b"title" => 7,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = UpdateTaskRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct UpdateTaskRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<UpdateTaskRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::autonomi::generated::enums::TaskPriority,
                            >,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::autonomi::generated::enums::TaskStatus,
                            >,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                    ) = (
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
                            0 => {
                                crate::de::value(&mut map, &mut slots.0, "actual_duration")
                            }
                            1 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.1,
                                    "assigned_agent_id",
                                )
                            }
                            2 => crate::de::value(&mut map, &mut slots.2, "description"),
                            3 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.3,
                                    "estimated_duration",
                                )
                            }
                            4 => crate::de::value(&mut map, &mut slots.4, "position"),
                            5 => crate::de::value(&mut map, &mut slots.5, "priority"),
                            6 => crate::de::value(&mut map, &mut slots.6, "status"),
                            7 => crate::de::value(&mut map, &mut slots.7, "title"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (
                        __field0,
                        __field1,
                        __field2,
                        __field3,
                        __field4,
                        __field5,
                        __field6,
                        __field7,
                    ) = slots;
                    ::std::result::Result::Ok(UpdateTaskRequest {
                        actual_duration: crate::de::opt(__field0),
                        assigned_agent_id: crate::de::opt(__field1),
                        description: crate::de::opt(__field2),
                        estimated_duration: crate::de::opt(__field3),
                        position: crate::de::opt(__field4),
                        priority: crate::de::opt(__field5),
                        status: crate::de::opt(__field6),
                        title: crate::de::opt(__field7),
                    })
                }
            }
            deserializer.deserialize_struct("UpdateTaskRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for UpdateTaskRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 8usize] = [
                ::std::option::Option::is_none(&self.actual_duration),
                ::std::option::Option::is_none(&self.assigned_agent_id),
                ::std::option::Option::is_none(&self.description),
                ::std::option::Option::is_none(&self.estimated_duration),
                ::std::option::Option::is_none(&self.position),
                ::std::option::Option::is_none(&self.priority),
                ::std::option::Option::is_none(&self.status),
                ::std::option::Option::is_none(&self.title),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "UpdateTaskRequest",
                &skip,
            );
            state.field("actual_duration", &self.actual_duration, skip[0]);
            state.field("assigned_agent_id", &self.assigned_agent_id, skip[1]);
            state.field("description", &self.description, skip[2]);
            state.field("estimated_duration", &self.estimated_duration, skip[3]);
            state.field("position", &self.position, skip[4]);
            state.field("priority", &self.priority, skip[5]);
            state.field("status", &self.status, skip[6]);
            state.field("title", &self.title, skip[7]);
            state.end()
        }
    }
    impl UpdateTaskRequest {
        #[inline]
        pub fn builder() -> builder::UpdateTaskRequest {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CreateApiKeyRequest {
            allowed_ips: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expires_days: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            rate_limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                ::std::option::Option<crate::autonomi::generated::enums::ApiKeyRole>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateApiKeyRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    allowed_ips: Ok(crate::builders::default()),
                    description: Ok(::std::option::Option::None),
                    expires_days: Ok(::std::option::Option::None),
                    name: Err(crate::builders::message("no value supplied for name")),
                    rate_limit: Ok(::std::option::Option::None),
                    role: Ok(::std::option::Option::None),
                    scopes: Ok(crate::builders::default()),
                }
            }
        }
        impl CreateApiKeyRequest {
            #[inline]
            pub fn allowed_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.allowed_ips = crate::builders::converted_with(
                    value,
                    "error converting supplied value for allowed_ips",
                );
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = crate::builders::converted_with(
                    value,
                    "error converting supplied value for description",
                );
                self
            }
            #[inline]
            pub fn expires_days<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_days = crate::builders::converted_with(
                    value,
                    "error converting supplied value for expires_days",
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
            pub fn rate_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.rate_limit = crate::builders::converted_with(
                    value,
                    "error converting supplied value for rate_limit",
                );
                self
            }
            #[inline]
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::autonomi::generated::enums::ApiKeyRole>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.role = crate::builders::converted_with(
                    value,
                    "error converting supplied value for role",
                );
                self
            }
            #[inline]
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = crate::builders::converted_with(
                    value,
                    "error converting supplied value for scopes",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CreateApiKeyRequest>
        for super::CreateApiKeyRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CreateApiKeyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.allowed_ips {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.expires_days {
                    Some(e)
                } else if let Err(e) = &value.name {
                    Some(e)
                } else if let Err(e) = &value.rate_limit {
                    Some(e)
                } else if let Err(e) = &value.role {
                    Some(e)
                } else if let Err(e) = &value.scopes {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    allowed_ips: crate::builders::ok(value.allowed_ips),
                    description: crate::builders::ok(value.description),
                    expires_days: crate::builders::ok(value.expires_days),
                    name: crate::builders::ok(value.name),
                    rate_limit: crate::builders::ok(value.rate_limit),
                    role: crate::builders::ok(value.role),
                    scopes: crate::builders::ok(value.scopes),
                })
            }
        }
        impl ::std::convert::From<super::CreateApiKeyRequest> for CreateApiKeyRequest {
            #[inline]
            fn from(value: super::CreateApiKeyRequest) -> Self {
                Self {
                    allowed_ips: Ok(value.allowed_ips),
                    description: Ok(value.description),
                    expires_days: Ok(value.expires_days),
                    name: Ok(value.name),
                    rate_limit: Ok(value.rate_limit),
                    role: Ok(value.role),
                    scopes: Ok(value.scopes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateProjectRequest {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            prd_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tenant_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateProjectRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    description: Ok(::std::option::Option::None),
                    name: Err(crate::builders::message("no value supplied for name")),
                    prd_path: Ok(::std::option::Option::None),
                    tenant_id: Ok(::std::option::Option::None),
                }
            }
        }
        impl CreateProjectRequest {
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = crate::builders::converted_with(
                    value,
                    "error converting supplied value for description",
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
            pub fn prd_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.prd_path = crate::builders::converted_with(
                    value,
                    "error converting supplied value for prd_path",
                );
                self
            }
            #[inline]
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_id = crate::builders::converted_with(
                    value,
                    "error converting supplied value for tenant_id",
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
                let first_error = if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.name {
                    Some(e)
                } else if let Err(e) = &value.prd_path {
                    Some(e)
                } else if let Err(e) = &value.tenant_id {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    description: crate::builders::ok(value.description),
                    name: crate::builders::ok(value.name),
                    prd_path: crate::builders::ok(value.prd_path),
                    tenant_id: crate::builders::ok(value.tenant_id),
                })
            }
        }
        impl ::std::convert::From<super::CreateProjectRequest> for CreateProjectRequest {
            #[inline]
            fn from(value: super::CreateProjectRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    prd_path: Ok(value.prd_path),
                    tenant_id: Ok(value.tenant_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateRunRequest {
            config: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            project_id: ::std::result::Result<i64, ::std::string::String>,
            trigger: ::std::result::Result<
                ::std::option::Option<crate::autonomi::generated::enums::RunTrigger>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateRunRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    config: Ok(crate::builders::default()),
                    project_id: Err(
                        crate::builders::message("no value supplied for project_id"),
                    ),
                    trigger: Ok(::std::option::Option::None),
                }
            }
        }
        impl CreateRunRequest {
            #[inline]
            pub fn config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.config = crate::builders::converted_with(
                    value,
                    "error converting supplied value for config",
                );
                self
            }
            #[inline]
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = crate::builders::converted_with(
                    value,
                    "error converting supplied value for project_id",
                );
                self
            }
            #[inline]
            pub fn trigger<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::autonomi::generated::enums::RunTrigger>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.trigger = crate::builders::converted_with(
                    value,
                    "error converting supplied value for trigger",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CreateRunRequest> for super::CreateRunRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CreateRunRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.config {
                    Some(e)
                } else if let Err(e) = &value.project_id {
                    Some(e)
                } else if let Err(e) = &value.trigger {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    config: crate::builders::ok(value.config),
                    project_id: crate::builders::ok(value.project_id),
                    trigger: crate::builders::ok(value.trigger),
                })
            }
        }
        impl ::std::convert::From<super::CreateRunRequest> for CreateRunRequest {
            #[inline]
            fn from(value: super::CreateRunRequest) -> Self {
                Self {
                    config: Ok(value.config),
                    project_id: Ok(value.project_id),
                    trigger: Ok(value.trigger),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateTaskRequest {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            estimated_duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            parent_task_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            position: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            priority: ::std::result::Result<
                ::std::option::Option<crate::autonomi::generated::enums::TaskPriority>,
                ::std::string::String,
            >,
            project_id: ::std::result::Result<i64, ::std::string::String>,
            status: ::std::result::Result<
                ::std::option::Option<crate::autonomi::generated::enums::TaskStatus>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateTaskRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    description: Ok(::std::option::Option::None),
                    estimated_duration: Ok(::std::option::Option::None),
                    parent_task_id: Ok(::std::option::Option::None),
                    position: Ok(::std::option::Option::None),
                    priority: Ok(::std::option::Option::None),
                    project_id: Err(
                        crate::builders::message("no value supplied for project_id"),
                    ),
                    status: Ok(::std::option::Option::None),
                    title: Err(crate::builders::message("no value supplied for title")),
                }
            }
        }
        impl CreateTaskRequest {
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = crate::builders::converted_with(
                    value,
                    "error converting supplied value for description",
                );
                self
            }
            #[inline]
            pub fn estimated_duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.estimated_duration = crate::builders::converted_with(
                    value,
                    "error converting supplied value for estimated_duration",
                );
                self
            }
            #[inline]
            pub fn parent_task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_task_id = crate::builders::converted_with(
                    value,
                    "error converting supplied value for parent_task_id",
                );
                self
            }
            #[inline]
            pub fn position<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.position = crate::builders::converted_with(
                    value,
                    "error converting supplied value for position",
                );
                self
            }
            #[inline]
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::autonomi::generated::enums::TaskPriority,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.priority = crate::builders::converted_with(
                    value,
                    "error converting supplied value for priority",
                );
                self
            }
            #[inline]
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = crate::builders::converted_with(
                    value,
                    "error converting supplied value for project_id",
                );
                self
            }
            #[inline]
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::autonomi::generated::enums::TaskStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = crate::builders::converted_with(
                    value,
                    "error converting supplied value for status",
                );
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = crate::builders::converted_with(
                    value,
                    "error converting supplied value for title",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CreateTaskRequest> for super::CreateTaskRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CreateTaskRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.estimated_duration {
                    Some(e)
                } else if let Err(e) = &value.parent_task_id {
                    Some(e)
                } else if let Err(e) = &value.position {
                    Some(e)
                } else if let Err(e) = &value.priority {
                    Some(e)
                } else if let Err(e) = &value.project_id {
                    Some(e)
                } else if let Err(e) = &value.status {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    description: crate::builders::ok(value.description),
                    estimated_duration: crate::builders::ok(value.estimated_duration),
                    parent_task_id: crate::builders::ok(value.parent_task_id),
                    position: crate::builders::ok(value.position),
                    priority: crate::builders::ok(value.priority),
                    project_id: crate::builders::ok(value.project_id),
                    status: crate::builders::ok(value.status),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::CreateTaskRequest> for CreateTaskRequest {
            #[inline]
            fn from(value: super::CreateTaskRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    estimated_duration: Ok(value.estimated_duration),
                    parent_task_id: Ok(value.parent_task_id),
                    position: Ok(value.position),
                    priority: Ok(value.priority),
                    project_id: Ok(value.project_id),
                    status: Ok(value.status),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateTenantRequest {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            settings: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateTenantRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    description: Ok(::std::option::Option::None),
                    name: Err(crate::builders::message("no value supplied for name")),
                    settings: Ok(crate::builders::default()),
                }
            }
        }
        impl CreateTenantRequest {
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = crate::builders::converted_with(
                    value,
                    "error converting supplied value for description",
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
            pub fn settings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.settings = crate::builders::converted_with(
                    value,
                    "error converting supplied value for settings",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CreateTenantRequest>
        for super::CreateTenantRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CreateTenantRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.name {
                    Some(e)
                } else if let Err(e) = &value.settings {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    description: crate::builders::ok(value.description),
                    name: crate::builders::ok(value.name),
                    settings: crate::builders::ok(value.settings),
                })
            }
        }
        impl ::std::convert::From<super::CreateTenantRequest> for CreateTenantRequest {
            #[inline]
            fn from(value: super::CreateTenantRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    settings: Ok(value.settings),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RotateApiKeyRequest {
            grace_period_hours: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RotateApiKeyRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    grace_period_hours: Ok(::std::option::Option::None),
                }
            }
        }
        impl RotateApiKeyRequest {
            #[inline]
            pub fn grace_period_hours<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.grace_period_hours = crate::builders::converted_with(
                    value,
                    "error converting supplied value for grace_period_hours",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<RotateApiKeyRequest>
        for super::RotateApiKeyRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: RotateApiKeyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.grace_period_hours {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    grace_period_hours: crate::builders::ok(value.grace_period_hours),
                })
            }
        }
        impl ::std::convert::From<super::RotateApiKeyRequest> for RotateApiKeyRequest {
            #[inline]
            fn from(value: super::RotateApiKeyRequest) -> Self {
                Self {
                    grace_period_hours: Ok(value.grace_period_hours),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateTaskRequest {
            actual_duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            assigned_agent_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            estimated_duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            position: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            priority: ::std::result::Result<
                ::std::option::Option<crate::autonomi::generated::enums::TaskPriority>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::autonomi::generated::enums::TaskStatus>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateTaskRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    actual_duration: Ok(::std::option::Option::None),
                    assigned_agent_id: Ok(::std::option::Option::None),
                    description: Ok(::std::option::Option::None),
                    estimated_duration: Ok(::std::option::Option::None),
                    position: Ok(::std::option::Option::None),
                    priority: Ok(::std::option::Option::None),
                    status: Ok(::std::option::Option::None),
                    title: Ok(::std::option::Option::None),
                }
            }
        }
        impl UpdateTaskRequest {
            #[inline]
            pub fn actual_duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.actual_duration = crate::builders::converted_with(
                    value,
                    "error converting supplied value for actual_duration",
                );
                self
            }
            #[inline]
            pub fn assigned_agent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.assigned_agent_id = crate::builders::converted_with(
                    value,
                    "error converting supplied value for assigned_agent_id",
                );
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = crate::builders::converted_with(
                    value,
                    "error converting supplied value for description",
                );
                self
            }
            #[inline]
            pub fn estimated_duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.estimated_duration = crate::builders::converted_with(
                    value,
                    "error converting supplied value for estimated_duration",
                );
                self
            }
            #[inline]
            pub fn position<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.position = crate::builders::converted_with(
                    value,
                    "error converting supplied value for position",
                );
                self
            }
            #[inline]
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::autonomi::generated::enums::TaskPriority,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.priority = crate::builders::converted_with(
                    value,
                    "error converting supplied value for priority",
                );
                self
            }
            #[inline]
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::autonomi::generated::enums::TaskStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = crate::builders::converted_with(
                    value,
                    "error converting supplied value for status",
                );
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = crate::builders::converted_with(
                    value,
                    "error converting supplied value for title",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateTaskRequest> for super::UpdateTaskRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: UpdateTaskRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.actual_duration {
                    Some(e)
                } else if let Err(e) = &value.assigned_agent_id {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.estimated_duration {
                    Some(e)
                } else if let Err(e) = &value.position {
                    Some(e)
                } else if let Err(e) = &value.priority {
                    Some(e)
                } else if let Err(e) = &value.status {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    actual_duration: crate::builders::ok(value.actual_duration),
                    assigned_agent_id: crate::builders::ok(value.assigned_agent_id),
                    description: crate::builders::ok(value.description),
                    estimated_duration: crate::builders::ok(value.estimated_duration),
                    position: crate::builders::ok(value.position),
                    priority: crate::builders::ok(value.priority),
                    status: crate::builders::ok(value.status),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::UpdateTaskRequest> for UpdateTaskRequest {
            #[inline]
            fn from(value: super::UpdateTaskRequest) -> Self {
                Self {
                    actual_duration: Ok(value.actual_duration),
                    assigned_agent_id: Ok(value.assigned_agent_id),
                    description: Ok(value.description),
                    estimated_duration: Ok(value.estimated_duration),
                    position: Ok(value.position),
                    priority: Ok(value.priority),
                    status: Ok(value.status),
                    title: Ok(value.title),
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
/**Client for Autonomi control plane (Loki Mode dashboard API)

The Loki Mode dashboard's control-plane API ("Autonomi"): system status, projects,
tasks, tenants, runs and their timeline events, API keys and the tamper-evident audit log.

Written against two server versions, both verified live: 5.52.4 (the seed era) and
9.22.12 (`asklokesh/loki-mode`, `dashboard/server.py` and `dashboard/api_v2.py`). Where
they differ, the operation's description says so. Wire facts:

* Tenants, runs, API keys and audit live under `/api/v2/...` (the seed guide's
  `/api/tenants`, `/api/runs`, `/api/keys`, `/api/audit` are not served).
* Auth is `Authorization: Bearer loki_<token>`; it is off on a default server (everything
  anonymous) unless enterprise auth is enabled. Scopes: `read`, `write`, `control`, `audit`,
  `admin` (`*` grants all). Roles: `admin` (`*`), `operator` (control, read, write),
  `viewer` (read), `auditor` (read, audit). On 9.22.12 a scope `tenant:<id>` binds a key
  to one tenant: such a key sees only that tenant's projects, runs and tasks.
* Errors are FastAPI's `{"detail": "text"}` (401 with `WWW-Authenticate: Bearer`, 403
  "Insufficient permissions. Required scope: X", 404, 400); 422 carries
  `{"detail": [{"loc": [...], "msg": "...", "type": "..."}]}`. 9.22.12 adds 403
  `Cross-tenant access denied` (another tenant's project or run) and 403 `Tenant lifecycle
  operations require global admin`; a route it does not serve answers 404
  `{"error": "Not Found", "path": "..."}`.
* Lists are bare JSON arrays. Deletes answer 204 with no body. Creates answer 201.
* Timestamps are not uniform: projects, tasks, runs and tenants carry naive timestamps
  (`2026-11-22T13:27:29`, UTC), a run's `ended_at` set by cancel carries `Z` with
  microseconds, API keys and audit entries carry `+00:00`. Parse leniently.


Version: 9.22.12*/
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
        "9.22.12"
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
    /**Get the server status

Returns the dashboard's status: the server `version` (e.g. `5.52.4`, `9.22.12`;
`Status::server_version` parses it), uptime, whether an autonomous session is running,
agent and task counters and the current RARV phase. Needs no scope on 5.52.4; needs
`read` on 9.22.12 when auth is enabled (401 without a key).

`status` is a free string (`stopped`, `paused`, `running`, or the session mode such as
`autonomous`).


Sends a `GET` request to `/api/status`

```ignore
let response = client.get_status()
    .send()
    .await;
```*/
    #[inline]
    pub fn get_status(&self) -> builder::GetStatus<'_> {
        builder::GetStatus::new(self)
    }
    /**List projects

Lists projects, newest first, as a bare JSON array. Optionally filtered by `status`
(an exact match on the stored status string). Needs no scope on 5.52.4; needs `read`
on 9.22.12 when auth is enabled, where a key that is not a global admin sees only its
tenant's projects. 9.22.12 pages with `limit` (1–500, default 50) and `offset`;
5.52.4 ignores both and answers every project.


Sends a `GET` request to `/api/projects`

Arguments:
- `limit`: Page size, 1–500 (9.22.12; default 50). Ignored by 5.52.4.
- `offset`: Number of projects to skip, ≥ 0 (9.22.12; default 0). Ignored by 5.52.4.
- `status`: Only projects whose status equals this value.
```ignore
let response = client.list_projects()
    .limit(limit)
    .offset(offset)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_projects(&self) -> builder::ListProjects<'_> {
        builder::ListProjects::new(self)
    }
    /**Create a project

Creates a project (status `active`) and answers it with 201. Needs scope `control`
when auth is enabled (401/403 otherwise). A `name` outside 1–255 characters answers 422.

**Version difference:** 9.22.12 requires `tenant_id` (a positive id of an existing
tenant): without it 422 `body.tenant_id: Field required`, an unknown tenant 404
`Tenant not found`, another tenant's id (for a tenant-bound key) 403 `Cross-tenant
access denied`. 5.52.4 ignores `tenant_id`. Send it whenever you know the server may
be 9.x.


Sends a `POST` request to `/api/projects`

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
    /**Get a project

Returns one project with its task counters. 404 `{"detail":"Project not found"}` when
no project has this id; 422 when the id is not an integer. Needs no scope on 5.52.4;
`read` on 9.22.12 when auth is enabled, and 403 `Cross-tenant access denied` for a
project of another tenant.


Sends a `GET` request to `/api/projects/{project_id}`

Arguments:
- `project_id`: The project's integer id.
```ignore
let response = client.get_project()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_project(&self) -> builder::GetProject<'_> {
        builder::GetProject::new(self)
    }
    /**Delete a project

Deletes a project and, by cascade, its tasks and sessions. Answers 204 with no body;
404 `{"detail":"Project not found"}` when no project has this id. Needs scope
`control` when auth is enabled; 9.22.12 answers 403 `Cross-tenant access denied` for a
project of another tenant. Served by both 5.52.4 and 9.22.12 but not called by the
official clients (not in the seed; needed to clean up what `create_project` made).


Sends a `DELETE` request to `/api/projects/{project_id}`

Arguments:
- `project_id`: The project's integer id.
```ignore
let response = client.delete_project()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn delete_project(&self) -> builder::DeleteProject<'_> {
        builder::DeleteProject::new(self)
    }
    /**List the sessions of a project

What the official `SessionManager.list_sessions` calls. **Neither 5.52.4 nor 9.22.12
serves this route: it answers 404** (5.52.4 `{"detail":"Not Found"}`, 9.22.12
`{"error":"Not Found","path":...}`; 9.22.12 with auth on answers 401 without a key).
Kept so a control plane that serves it works;
treat 404 (and 410/501) as "not available on this control plane". The official client
also tolerates a wrapper object `{"sessions": [...]}`; this spec models the bare array.


Sends a `GET` request to `/api/projects/{project_id}/sessions`

Arguments:
- `project_id`: The project's integer id.
```ignore
let response = client.list_sessions()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_sessions(&self) -> builder::ListSessions<'_> {
        builder::ListSessions::new(self)
    }
    /**Get a session

What the official `SessionManager.get_session` calls. **Neither 5.52.4 nor 9.22.12
serves this route: it answers 404** (5.52.4 `{"detail":"Not Found"}`, 9.22.12
`{"error":"Not Found","path":...}`). Kept so a control plane that serves it works;
treat 404 (and 410/501) as "not available on this control plane".


Sends a `GET` request to `/api/sessions/{session_id}`

Arguments:
- `session_id`: The session's integer id (sessions are integer-keyed in the server's database).
```ignore
let response = client.get_session()
    .session_id(session_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_session(&self) -> builder::GetSession<'_> {
        builder::GetSession::new(self)
    }
    #[doc = "List tasks of the running session\n\nLists the tasks of the local autonomous session as a bare JSON array. Needs no scope.\n\n**Wire quirk:** on 5.52.4 this route does not read the task database. It reads\n`.loki/dashboard-state.json` and `.loki/queue/*.json`, so the items are not full\n`Task` records: each is `{id, title, description, status, priority, type, position}`\nwhere `id` may be a string (`\"pending-0\"`, `\"q-done-3\"`, a queue item id) or an\ninteger. `status` filters on the mapped status (`pending`, `in_progress`, `review`,\n`done`). Tasks created with `create_task` are read back with `get_task`.\n\n**Version difference:** 5.52.4 ignores `project_id`. 9.22.12 applies it, and since\nthe session's queue tasks carry no project, a `project_id` filter answers `[]` there;\n9.22.12 still does not list database tasks here.\n\n\nSends a `GET` request to `/api/tasks`\n\nArguments:\n- `project_id`: Ignored by 5.52.4; applied by 9.22.12 (which then answers `[]`, see above).\n- `status`: Only tasks with this (mapped) status.\n```ignore\nlet response = client.list_tasks()\n    .project_id(project_id)\n    .status(status)\n    .send()\n    .await;\n```"]
    #[inline]
    pub fn list_tasks(&self) -> builder::ListTasks<'_> {
        builder::ListTasks::new(self)
    }
    /**Create a task

Creates a task in a project and answers it with 201. Omitted fields take the server
defaults (`status` `pending`, `priority` `medium`, `position` 0). 404
`{"detail":"Project not found"}` for an unknown project; 400 when `parent_task_id` is
not a task of the same project; 422 for a missing `project_id`/`title` or a title
outside 1–255 characters. Needs scope `control` when auth is enabled; on 9.22.12 a
tenant-bound key gets 403 `Cross-tenant access denied` for another tenant's project.


Sends a `POST` request to `/api/tasks`

```ignore
let response = client.create_task()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_task(&self) -> builder::CreateTask<'_> {
        builder::CreateTask::new(self)
    }
    /**Get a task

Returns one task from the task database. 404 `{"detail":"Task not found"}` when no task
has this id. Needs no scope on 5.52.4; on 9.22.12 a tenant-bound key gets 403
`Cross-tenant access denied` for another tenant's task.


Sends a `GET` request to `/api/tasks/{task_id}`

Arguments:
- `task_id`: The task's integer id.
```ignore
let response = client.get_task()
    .task_id(task_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_task(&self) -> builder::GetTask<'_> {
        builder::GetTask::new(self)
    }
    /**Update a task

Partially updates a task: only the fields present in the body change (the server uses
`exclude_unset`), so omit a field to leave it unchanged — never send `null` for
`title`, `status`, `priority` or `position`. Moving a task to `done` sets its
`completed_at`. 404 `{"detail":"Task not found"}`; 422 for an invalid value. Needs
scope `control` when auth is enabled.


Sends a `PUT` request to `/api/tasks/{task_id}`

Arguments:
- `task_id`: The task's integer id.
- `body`
```ignore
let response = client.update_task()
    .task_id(task_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn update_task(&self) -> builder::UpdateTask<'_> {
        builder::UpdateTask::new(self)
    }
    /**List tenants

Lists all tenants as a bare JSON array. Needs scope `read` when auth is enabled. On
9.22.12 a key that is not a global admin sees only its own tenant (a key bound to no
tenant: `[]`).


Sends a `GET` request to `/api/v2/tenants`

```ignore
let response = client.list_tenants()
    .send()
    .await;
```*/
    #[inline]
    pub fn list_tenants(&self) -> builder::ListTenants<'_> {
        builder::ListTenants::new(self)
    }
    /**Create a tenant

Creates a tenant and answers it with 201. The server derives a URL-safe `slug` from the
name (lowercase, hyphens; `-2`, `-3`, ... on collision). A `name` outside 1–255
characters answers 422; a name already taken violates a unique constraint the server
does not map (expect a 5xx). Needs scope `control` when auth is enabled; 9.22.12 also
requires a global admin (scope `admin`/`*`): any other key gets 403 `Tenant lifecycle
operations require global admin`.


Sends a `POST` request to `/api/v2/tenants`

```ignore
let response = client.create_tenant()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_tenant(&self) -> builder::CreateTenant<'_> {
        builder::CreateTenant::new(self)
    }
    /**Get a tenant

Returns one tenant. 404 `{"detail":"Tenant not found"}`. Needs scope `read` when auth
is enabled; on 9.22.12 another tenant's id answers 403 `Cross-tenant access denied`
for a key that is not a global admin.


Sends a `GET` request to `/api/v2/tenants/{tenant_id}`

Arguments:
- `tenant_id`: The tenant's integer id.
```ignore
let response = client.get_tenant()
    .tenant_id(tenant_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_tenant(&self) -> builder::GetTenant<'_> {
        builder::GetTenant::new(self)
    }
    /**Delete a tenant

Deletes a tenant and, by cascade, its projects. Answers 204 with no body; 404
`{"detail":"Tenant not found"}`. Needs scope `control` when auth is enabled; 9.22.12
also requires a global admin (403 `Tenant lifecycle operations require global admin`).


Sends a `DELETE` request to `/api/v2/tenants/{tenant_id}`

Arguments:
- `tenant_id`: The tenant's integer id.
```ignore
let response = client.delete_tenant()
    .tenant_id(tenant_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn delete_tenant(&self) -> builder::DeleteTenant<'_> {
        builder::DeleteTenant::new(self)
    }
    /**List runs

Lists runs, newest first, as a bare JSON array; the items carry an empty `events`
array (use `get_run` or `get_run_timeline` for events). Filters: `project_id`,
`status`; paging with `limit` (1–1000, default 50) and `offset` (≥ 0, default 0) — a
value out of range answers 422. Needs scope `read` when auth is enabled.

**9.22.12:** a key that is not a global admin sees only its tenant's runs (a key bound
to no tenant: `[]`). **File-based fallback:** when auth is off or the caller is a
global admin, no `project_id` is given and the database page is empty, 9.22.12 answers
the runs it finds in its `.loki/` directory instead — all of them, whatever `limit`
and `offset` say — with string ids (see `RunId` and `Run`). The `.stream(n)` helper
yields such a page once when it is the first page and ends the stream.


Sends a `GET` request to `/api/v2/runs`

Arguments:
- `limit`: Page size, 1–1000 (server default 50).
- `offset`: Number of runs to skip, ≥ 0 (server default 0).
- `project_id`: Only runs of this project.
- `status`: Only runs with this status.
```ignore
let response = client.list_runs()
    .limit(limit)
    .offset(offset)
    .project_id(project_id)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_runs(&self) -> builder::ListRuns<'_> {
        builder::ListRuns::new(self)
    }
    /**Create a run

Starts a run for a project and answers it with 201, status `running`, trigger
`manual` unless given. The 5.52.4 server does not check that the project exists.
422 for a missing `project_id`. Needs scope `control` when auth is enabled; on 9.22.12
a tenant-bound key gets 403 `Cross-tenant access denied` for another tenant's project
(and 404 `Project not found` for a missing one). Not in the
seed guide, but needed to have runs at all.


Sends a `POST` request to `/api/v2/runs`

```ignore
let response = client.create_run()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_run(&self) -> builder::CreateRun<'_> {
        builder::CreateRun::new(self)
    }
    /**Get a run

Returns one run with its events. 404 `{"detail":"Run not found"}`; 422 for a
non-integer id (such as a file-based run's). Needs scope `read` when auth is enabled;
on 9.22.12 another tenant's run answers 403 `Cross-tenant access denied`.


Sends a `GET` request to `/api/v2/runs/{run_id}`

Arguments:
- `run_id`: The run's id (an integer for database runs; see `RunId`).
```ignore
let response = client.get_run()
    .run_id(run_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_run(&self) -> builder::GetRun<'_> {
        builder::GetRun::new(self)
    }
    /**Cancel a run

Cancels an active run (`running` or `replaying`) and answers it with status
`cancelled` and `ended_at` set. **Wire quirk:** cancelling a run that is already
terminal (`completed`, `failed`, `cancelled`) answers 404 `{"detail":"Run not found"}`,
exactly like an unknown id. No request body. Needs scope `control` when auth is
enabled; on 9.22.12 another tenant's run answers 403 `Cross-tenant access denied`.


Sends a `POST` request to `/api/v2/runs/{run_id}/cancel`

Arguments:
- `run_id`: The run's id (an integer for database runs; see `RunId`).
```ignore
let response = client.cancel_run()
    .run_id(run_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn cancel_run(&self) -> builder::CancelRun<'_> {
        builder::CancelRun::new(self)
    }
    /**Replay a run

Creates a new run that replays a terminal run: status `replaying`, trigger `replay`,
`parent_run_id` = the replayed run, the parent's config copied. Answers the **new**
run (status 200, not 201). **Wire quirk:** replaying a run that is still `running` or
`replaying` answers 404 `{"detail":"Run not found"}`, like an unknown id. No request
body. Needs scope `control` when auth is enabled; on 9.22.12 another tenant's run
answers 403 `Cross-tenant access denied`.


Sends a `POST` request to `/api/v2/runs/{run_id}/replay`

Arguments:
- `run_id`: The id of the run to replay (see `RunId`).
```ignore
let response = client.replay_run()
    .run_id(run_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn replay_run(&self) -> builder::ReplayRun<'_> {
        builder::ReplayRun::new(self)
    }
    /**Get a run's timeline

Returns the run's events in timestamp order plus its duration (`null` while the run
has not ended). **Wire quirk:** the answer is an object `{run_id, events,
duration_seconds}`, not the bare event array the official clients declare. The seed's
`EventStream.poll_events(run_id, since)` calls `/api/runs/{id}/events`, which the
server does not serve: event polling is built on this operation (filter on
`timestamp`/`id` client-side). Needs scope `read` when auth is enabled.

**Version difference for an unknown run:** 5.52.4 answers 404 `{"detail":"Run not
found"}`; 9.22.12 answers 200 with a placeholder `{run_id, phases: [], current_phase:
null, events: []}` (but 404 for a key that is not a global admin, and 403
`Cross-tenant access denied` for another tenant's run). The `run_events` and
`events().poll_events` helpers turn both into a `NotFound` error.


Sends a `GET` request to `/api/v2/runs/{run_id}/timeline`

Arguments:
- `run_id`: The run's id (an integer for database runs; see `RunId`).
```ignore
let response = client.get_run_timeline()
    .run_id(run_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_run_timeline(&self) -> builder::GetRunTimeline<'_> {
        builder::GetRunTimeline::new(self)
    }
    /**List API keys

Lists the non-revoked API keys (including old keys still in their rotation grace
period) as a bare JSON array, without hashes or raw tokens. Needs scope `read` when
auth is enabled.


Sends a `GET` request to `/api/v2/api-keys`

```ignore
let response = client.list_api_keys()
    .send()
    .await;
```*/
    #[inline]
    pub fn list_api_keys(&self) -> builder::ListApiKeys<'_> {
        builder::ListApiKeys::new(self)
    }
    /**Create an API key

Creates an API key and answers 201 with the key record plus `token`, the raw
`loki_...` key, shown only this once. A `role` resolves the scopes (and takes precedence
over `scopes`); with neither, the key gets `["*"]`. 400 for an empty or too long name,
a name already in use, a non-positive `expires_days` or an unknown role. Needs scope
`admin` when auth is enabled. On 9.22.12 a scope `tenant:<id>` in `scopes` binds the
key to that tenant (5.52.4 stores it as an ordinary, meaningless scope).

**Secret handling:** the server also echoes the key's `hash` and `salt`; they are
deliberately not modelled, so they are dropped on decode and can never be logged.
`description`, `allowed_ips` and `rate_limit` are stored but not echoed in this answer.


Sends a `POST` request to `/api/v2/api-keys`

```ignore
let response = client.create_api_key()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_api_key(&self) -> builder::CreateApiKey<'_> {
        builder::CreateApiKey::new(self)
    }
    /**Delete an API key

Permanently deletes an API key. `identifier` is the key's id (12 hex characters) or
its name. Answers 204 with no body; 404 `{"detail":"API key not found"}`. Needs scope
`admin` when auth is enabled.


Sends a `DELETE` request to `/api/v2/api-keys/{identifier}`

Arguments:
- `identifier`: The key's id or its name.
```ignore
let response = client.delete_api_key()
    .identifier(identifier)
    .send()
    .await;
```*/
    #[inline]
    pub fn delete_api_key(&self) -> builder::DeleteApiKey<'_> {
        builder::DeleteApiKey::new(self)
    }
    /**Rotate an API key

Issues a replacement key with the same name, role/scopes and metadata; the old key
stays valid for `grace_period_hours` (default 24) and is renamed `<name>__rotating`.
Answers `{new_key, old_key_id, old_key_rotation_expires_at, token}` where `token` is
the new raw key, shown only once. `identifier` is the key's id or name. **Wire quirk:**
an unknown key, a revoked key or a key already in rotation answers **400** (not 404)
with the reason in `detail`. Needs scope `admin` when auth is enabled.

**Secret handling:** `new_key` is the stored record and also carries `hash` and
`salt`; they are deliberately not modelled and are dropped on decode.


Sends a `POST` request to `/api/v2/api-keys/{identifier}/rotate`

Arguments:
- `identifier`: The key's id or its name.
- `body`
```ignore
let response = client.rotate_api_key()
    .identifier(identifier)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn rotate_api_key(&self) -> builder::RotateApiKey<'_> {
        builder::RotateApiKey::new(self)
    }
    /**Query the audit log

Returns audit entries (newest log file first) as a bare JSON array. Filters:
`start_date`/`end_date` (`YYYY-MM-DD`, compared against the daily log file names),
`action`, `resource_type`; paging with `limit` (1–10000, default 100) and `offset`
(≥ 0, default 0) — out of range answers 422. An empty array when audit logging has
never written anything. Needs scope `audit` when auth is enabled.


Sends a `GET` request to `/api/v2/audit`

Arguments:
- `action`: Only entries with this action (`create`, `update`, `delete`, `cancel`, `replay`, `rotate`, ...).
- `end_date`: Last day to include (`YYYY-MM-DD`).
- `limit`: Page size, 1–10000 (server default 100).
- `offset`: Number of entries to skip, ≥ 0 (server default 0).
- `resource_type`: Only entries for this resource type (`project`, `task`, `tenant`, `run`, `api_key`, `policy`, ...).
- `start_date`: First day to include (`YYYY-MM-DD`).
```ignore
let response = client.query_audit()
    .action(action)
    .end_date(end_date)
    .limit(limit)
    .offset(offset)
    .resource_type(resource_type)
    .start_date(start_date)
    .send()
    .await;
```*/
    #[inline]
    pub fn query_audit(&self) -> builder::QueryAudit<'_> {
        builder::QueryAudit::new(self)
    }
    /**Verify the audit log's integrity chain

Recomputes the hash chain of every daily audit log file and reports per file whether
it is intact and, if not, the first tampered line. 9.22.12 chains the hash across
daily files and adds aggregate fields (`files_skipped`, `entries_checked`,
`genesis_file`, `first_tampered_file`, `first_tampered_line`); files written before
integrity hashing was on are reported with `skipped_pre_integrity`. **Wire quirk:**
the answer is `{valid, files_checked, results: [...]}`; the official TypeScript type
`{valid, entries_checked}` is wrong (and its client calls `/api/audit/verify`, which is
not served). Needs scope `audit` when auth is enabled.


Sends a `GET` request to `/api/v2/audit/verify`

```ignore
let response = client.verify_audit()
    .send()
    .await;
```*/
    #[inline]
    pub fn verify_audit(&self) -> builder::VerifyAudit<'_> {
        builder::VerifyAudit::new(self)
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
    /**Builder for [`Client::get_status`]

[`Client::get_status`]: super::Client::get_status*/
    #[derive(Clone)]
    pub struct GetStatus<'a> {
        pub(super) client: &'a super::Client,
    }
    impl<'a> GetStatus<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/status`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, types::Status>, Error<()>> {
            let raw = self.client;
            let Self { client } = self;
            let url = client
                .base
                .endpoint(format_args!("/api/status",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "autonomi",
                    "get_status",
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
        pub(super) limit: Result<Option<i64>, String>,
        pub(super) offset: Result<Option<i64>, String>,
        pub(super) status: Result<
            Option<crate::autonomi::generated::enums::ProjectStatus>,
            String,
        >,
    }
    impl<'a> ListProjects<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
                status: Ok(None),
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
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::autonomi::generated::enums::ProjectStatus>,
        {
            self.status = crate::builders::converted(
                    value,
                    "conversion to `crate :: autonomi :: generated :: enums :: ProjectStatus` for status failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/api/projects`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, ::std::vec::Vec<types::Project>>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, limit, offset, status } = self;
            let limit = crate::builders::param(limit, "limit was not initialized")?;
            let offset = crate::builders::param(offset, "offset was not initialized")?;
            let status = crate::builders::param(status, "status was not initialized")?;
            let url = client
                .base
                .endpoint(format_args!("/api/projects",))
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
                                "status",
                                &status,
                            )
                            .build()
                    }),
                    "autonomi",
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
        ///Sends a `POST` request to `/api/projects`
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
                .endpoint(format_args!("/api/projects",))
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
                    "autonomi",
                    "create_project",
                    201u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::get_project`]

[`Client::get_project`]: super::Client::get_project*/
    #[derive(Clone)]
    pub struct GetProject<'a> {
        pub(super) client: &'a super::Client,
        pub(super) project_id: Result<i64, String>,
    }
    impl<'a> GetProject<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.project_id = crate::builders::converted(
                value,
                "conversion to `i64` for project_id failed",
            );
            self
        }
        ///Sends a `GET` request to `/api/projects/{project_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, types::Project>, Error<()>> {
            let raw = self.client;
            let Self { client, project_id } = self;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/projects/{}", crate ::transport::path_segment("project_id",
                        & project_id.to_string())
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
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "autonomi",
                    "get_project",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::delete_project`]

[`Client::delete_project`]: super::Client::delete_project*/
    #[derive(Clone)]
    pub struct DeleteProject<'a> {
        pub(super) client: &'a super::Client,
        pub(super) project_id: Result<i64, String>,
    }
    impl<'a> DeleteProject<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.project_id = crate::builders::converted(
                value,
                "conversion to `i64` for project_id failed",
            );
            self
        }
        ///Sends a `DELETE` request to `/api/projects/{project_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, ()>, Error<()>> {
            let raw = self.client;
            let Self { client, project_id } = self;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/projects/{}", crate ::transport::path_segment("project_id",
                        & project_id.to_string())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || client.client.delete(url.clone()).build()),
                    "",
                    "delete_project",
                    204u16,
                    true,
                ),
            )
        }
    }
    /**Builder for [`Client::list_sessions`]

[`Client::list_sessions`]: super::Client::list_sessions*/
    #[derive(Clone)]
    pub struct ListSessions<'a> {
        pub(super) client: &'a super::Client,
        pub(super) project_id: Result<i64, String>,
    }
    impl<'a> ListSessions<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.project_id = crate::builders::converted(
                value,
                "conversion to `i64` for project_id failed",
            );
            self
        }
        ///Sends a `GET` request to `/api/projects/{project_id}/sessions`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, ::std::vec::Vec<types::Session>>,
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
                .endpoint(
                    format_args!(
                        "/api/projects/{}/sessions", crate
                        ::transport::path_segment("project_id", & project_id.to_string())
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
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "autonomi",
                    "list_sessions",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::get_session`]

[`Client::get_session`]: super::Client::get_session*/
    #[derive(Clone)]
    pub struct GetSession<'a> {
        pub(super) client: &'a super::Client,
        pub(super) session_id: Result<i64, String>,
    }
    impl<'a> GetSession<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                session_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn session_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.session_id = crate::builders::converted(
                value,
                "conversion to `i64` for session_id failed",
            );
            self
        }
        ///Sends a `GET` request to `/api/sessions/{session_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, types::Session>, Error<()>> {
            let raw = self.client;
            let Self { client, session_id } = self;
            let session_id = crate::builders::param(
                session_id,
                "session_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/sessions/{}", crate ::transport::path_segment("session_id",
                        & session_id.to_string())
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
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "autonomi",
                    "get_session",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::list_tasks`]

[`Client::list_tasks`]: super::Client::list_tasks*/
    #[derive(Clone)]
    pub struct ListTasks<'a> {
        pub(super) client: &'a super::Client,
        pub(super) project_id: Result<Option<i64>, String>,
        pub(super) status: Result<
            Option<crate::autonomi::generated::enums::TaskStatus>,
            String,
        >,
    }
    impl<'a> ListTasks<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Ok(None),
                status: Ok(None),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.project_id = crate::builders::converted(
                    value,
                    "conversion to `i64` for project_id failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::autonomi::generated::enums::TaskStatus>,
        {
            self.status = crate::builders::converted(
                    value,
                    "conversion to `crate :: autonomi :: generated :: enums :: TaskStatus` for status failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/api/tasks`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, ::std::vec::Vec<types::TaskSummary>>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, project_id, status } = self;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let status = crate::builders::param(status, "status was not initialized")?;
            let url = client
                .base
                .endpoint(format_args!("/api/tasks",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
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
                                    "project_id",
                                    &project_id,
                                ),
                                "status",
                                &status,
                            )
                            .build()
                    }),
                    "autonomi",
                    "list_tasks",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::create_task`]

[`Client::create_task`]: super::Client::create_task*/
    #[derive(Clone)]
    pub struct CreateTask<'a> {
        pub(super) client: &'a super::Client,
        pub(super) body: Result<types::builder::CreateTaskRequest, String>,
    }
    impl<'a> CreateTask<'a> {
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
            V: std::convert::TryInto<types::CreateTaskRequest>,
            <V as std::convert::TryInto<
                types::CreateTaskRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `CreateTaskRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateTaskRequest,
            ) -> types::builder::CreateTaskRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/tasks`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, types::Task>, Error<()>> {
            let raw = self.client;
            let Self { client, body } = self;
            let body = crate::builders::built::<types::CreateTaskRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(format_args!("/api/tasks",))
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
                    "autonomi",
                    "create_task",
                    201u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::get_task`]

[`Client::get_task`]: super::Client::get_task*/
    #[derive(Clone)]
    pub struct GetTask<'a> {
        pub(super) client: &'a super::Client,
        pub(super) task_id: Result<i64, String>,
    }
    impl<'a> GetTask<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                task_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn task_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.task_id = crate::builders::converted(
                value,
                "conversion to `i64` for task_id failed",
            );
            self
        }
        ///Sends a `GET` request to `/api/tasks/{task_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, types::Task>, Error<()>> {
            let raw = self.client;
            let Self { client, task_id } = self;
            let task_id = crate::builders::param(
                task_id,
                "task_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/tasks/{}", crate ::transport::path_segment("task_id", &
                        task_id.to_string())
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
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "autonomi",
                    "get_task",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::update_task`]

[`Client::update_task`]: super::Client::update_task*/
    #[derive(Clone)]
    pub struct UpdateTask<'a> {
        pub(super) client: &'a super::Client,
        pub(super) task_id: Result<i64, String>,
        pub(super) body: Result<types::builder::UpdateTaskRequest, String>,
    }
    impl<'a> UpdateTask<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                task_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn task_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.task_id = crate::builders::converted(
                value,
                "conversion to `i64` for task_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateTaskRequest>,
            <V as std::convert::TryInto<
                types::UpdateTaskRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `UpdateTaskRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateTaskRequest,
            ) -> types::builder::UpdateTaskRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/tasks/{task_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, types::Task>, Error<()>> {
            let raw = self.client;
            let Self { client, task_id, body } = self;
            let task_id = crate::builders::param(
                task_id,
                "task_id was not initialized",
            )?;
            let body = crate::builders::built::<types::UpdateTaskRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/tasks/{}", crate ::transport::path_segment("task_id", &
                        task_id.to_string())
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
                    "autonomi",
                    "update_task",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::list_tenants`]

[`Client::list_tenants`]: super::Client::list_tenants*/
    #[derive(Clone)]
    pub struct ListTenants<'a> {
        pub(super) client: &'a super::Client,
    }
    impl<'a> ListTenants<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/v2/tenants`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, ::std::vec::Vec<types::Tenant>>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client } = self;
            let url = client
                .base
                .endpoint(format_args!("/api/v2/tenants",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "autonomi",
                    "list_tenants",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::create_tenant`]

[`Client::create_tenant`]: super::Client::create_tenant*/
    #[derive(Clone)]
    pub struct CreateTenant<'a> {
        pub(super) client: &'a super::Client,
        pub(super) body: Result<types::builder::CreateTenantRequest, String>,
    }
    impl<'a> CreateTenant<'a> {
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
            V: std::convert::TryInto<types::CreateTenantRequest>,
            <V as std::convert::TryInto<
                types::CreateTenantRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `CreateTenantRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateTenantRequest,
            ) -> types::builder::CreateTenantRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/tenants`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, types::Tenant>, Error<()>> {
            let raw = self.client;
            let Self { client, body } = self;
            let body = crate::builders::built::<types::CreateTenantRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(format_args!("/api/v2/tenants",))
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
                    "autonomi",
                    "create_tenant",
                    201u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::get_tenant`]

[`Client::get_tenant`]: super::Client::get_tenant*/
    #[derive(Clone)]
    pub struct GetTenant<'a> {
        pub(super) client: &'a super::Client,
        pub(super) tenant_id: Result<i64, String>,
    }
    impl<'a> GetTenant<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                tenant_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn tenant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.tenant_id = crate::builders::converted(
                value,
                "conversion to `i64` for tenant_id failed",
            );
            self
        }
        ///Sends a `GET` request to `/api/v2/tenants/{tenant_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, types::Tenant>, Error<()>> {
            let raw = self.client;
            let Self { client, tenant_id } = self;
            let tenant_id = crate::builders::param(
                tenant_id,
                "tenant_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/v2/tenants/{}", crate
                        ::transport::path_segment("tenant_id", & tenant_id.to_string())
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
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "autonomi",
                    "get_tenant",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::delete_tenant`]

[`Client::delete_tenant`]: super::Client::delete_tenant*/
    #[derive(Clone)]
    pub struct DeleteTenant<'a> {
        pub(super) client: &'a super::Client,
        pub(super) tenant_id: Result<i64, String>,
    }
    impl<'a> DeleteTenant<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                tenant_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn tenant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.tenant_id = crate::builders::converted(
                value,
                "conversion to `i64` for tenant_id failed",
            );
            self
        }
        ///Sends a `DELETE` request to `/api/v2/tenants/{tenant_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, ()>, Error<()>> {
            let raw = self.client;
            let Self { client, tenant_id } = self;
            let tenant_id = crate::builders::param(
                tenant_id,
                "tenant_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/v2/tenants/{}", crate
                        ::transport::path_segment("tenant_id", & tenant_id.to_string())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || client.client.delete(url.clone()).build()),
                    "",
                    "delete_tenant",
                    204u16,
                    true,
                ),
            )
        }
    }
    /**Builder for [`Client::list_runs`]

[`Client::list_runs`]: super::Client::list_runs*/
    #[derive(Clone)]
    pub struct ListRuns<'a> {
        pub(super) client: &'a super::Client,
        pub(super) limit: Result<Option<i64>, String>,
        pub(super) offset: Result<Option<i64>, String>,
        pub(super) project_id: Result<Option<i64>, String>,
        pub(super) status: Result<
            Option<crate::autonomi::generated::enums::RunStatus>,
            String,
        >,
    }
    impl<'a> ListRuns<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
                project_id: Ok(None),
                status: Ok(None),
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
            V: std::convert::TryInto<i64>,
        {
            self.project_id = crate::builders::converted(
                    value,
                    "conversion to `i64` for project_id failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::autonomi::generated::enums::RunStatus>,
        {
            self.status = crate::builders::converted(
                    value,
                    "conversion to `crate :: autonomi :: generated :: enums :: RunStatus` for status failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/api/v2/runs`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, ::std::vec::Vec<types::Run>>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, limit, offset, project_id, status } = self;
            let limit = crate::builders::param(limit, "limit was not initialized")?;
            let offset = crate::builders::param(offset, "offset was not initialized")?;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let status = crate::builders::param(status, "status was not initialized")?;
            let url = client
                .base
                .endpoint(format_args!("/api/v2/runs",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
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
                                ),
                                "status",
                                &status,
                            )
                            .build()
                    }),
                    "autonomi",
                    "list_runs",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::create_run`]

[`Client::create_run`]: super::Client::create_run*/
    #[derive(Clone)]
    pub struct CreateRun<'a> {
        pub(super) client: &'a super::Client,
        pub(super) body: Result<types::builder::CreateRunRequest, String>,
    }
    impl<'a> CreateRun<'a> {
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
            V: std::convert::TryInto<types::CreateRunRequest>,
            <V as std::convert::TryInto<
                types::CreateRunRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `CreateRunRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateRunRequest,
            ) -> types::builder::CreateRunRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/runs`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, types::Run>, Error<()>> {
            let raw = self.client;
            let Self { client, body } = self;
            let body = crate::builders::built::<types::CreateRunRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(format_args!("/api/v2/runs",))
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
                    "autonomi",
                    "create_run",
                    201u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::get_run`]

[`Client::get_run`]: super::Client::get_run*/
    #[derive(Clone)]
    pub struct GetRun<'a> {
        pub(super) client: &'a super::Client,
        pub(super) run_id: Result<types::RunId, String>,
    }
    impl<'a> GetRun<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                run_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RunId>,
        {
            self.run_id = crate::builders::converted(
                value,
                "conversion to `RunId` for run_id failed",
            );
            self
        }
        ///Sends a `GET` request to `/api/v2/runs/{run_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, types::Run>, Error<()>> {
            let raw = self.client;
            let Self { client, run_id } = self;
            let run_id = crate::builders::param(run_id, "run_id was not initialized")?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/v2/runs/{}", crate ::transport::path_segment("run_id", &
                        run_id.to_string())
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
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "autonomi",
                    "get_run",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::cancel_run`]

[`Client::cancel_run`]: super::Client::cancel_run*/
    #[derive(Clone)]
    pub struct CancelRun<'a> {
        pub(super) client: &'a super::Client,
        pub(super) run_id: Result<types::RunId, String>,
    }
    impl<'a> CancelRun<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                run_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RunId>,
        {
            self.run_id = crate::builders::converted(
                value,
                "conversion to `RunId` for run_id failed",
            );
            self
        }
        ///Sends a `POST` request to `/api/v2/runs/{run_id}/cancel`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, types::Run>, Error<()>> {
            let raw = self.client;
            let Self { client, run_id } = self;
            let run_id = crate::builders::param(run_id, "run_id was not initialized")?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/v2/runs/{}/cancel", crate
                        ::transport::path_segment("run_id", & run_id.to_string())
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
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "autonomi",
                    "cancel_run",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::replay_run`]

[`Client::replay_run`]: super::Client::replay_run*/
    #[derive(Clone)]
    pub struct ReplayRun<'a> {
        pub(super) client: &'a super::Client,
        pub(super) run_id: Result<types::RunId, String>,
    }
    impl<'a> ReplayRun<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                run_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RunId>,
        {
            self.run_id = crate::builders::converted(
                value,
                "conversion to `RunId` for run_id failed",
            );
            self
        }
        ///Sends a `POST` request to `/api/v2/runs/{run_id}/replay`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, types::Run>, Error<()>> {
            let raw = self.client;
            let Self { client, run_id } = self;
            let run_id = crate::builders::param(run_id, "run_id was not initialized")?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/v2/runs/{}/replay", crate
                        ::transport::path_segment("run_id", & run_id.to_string())
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
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "autonomi",
                    "replay_run",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::get_run_timeline`]

[`Client::get_run_timeline`]: super::Client::get_run_timeline*/
    #[derive(Clone)]
    pub struct GetRunTimeline<'a> {
        pub(super) client: &'a super::Client,
        pub(super) run_id: Result<types::RunId, String>,
    }
    impl<'a> GetRunTimeline<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                run_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RunId>,
        {
            self.run_id = crate::builders::converted(
                value,
                "conversion to `RunId` for run_id failed",
            );
            self
        }
        ///Sends a `GET` request to `/api/v2/runs/{run_id}/timeline`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::RunTimeline>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, run_id } = self;
            let run_id = crate::builders::param(run_id, "run_id was not initialized")?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/v2/runs/{}/timeline", crate
                        ::transport::path_segment("run_id", & run_id.to_string())
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
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "autonomi",
                    "get_run_timeline",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::list_api_keys`]

[`Client::list_api_keys`]: super::Client::list_api_keys*/
    #[derive(Clone)]
    pub struct ListApiKeys<'a> {
        pub(super) client: &'a super::Client,
    }
    impl<'a> ListApiKeys<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/v2/api-keys`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, ::std::vec::Vec<types::ApiKey>>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client } = self;
            let url = client
                .base
                .endpoint(format_args!("/api/v2/api-keys",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "autonomi",
                    "list_api_keys",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::create_api_key`]

[`Client::create_api_key`]: super::Client::create_api_key*/
    #[derive(Clone)]
    pub struct CreateApiKey<'a> {
        pub(super) client: &'a super::Client,
        pub(super) body: Result<types::builder::CreateApiKeyRequest, String>,
    }
    impl<'a> CreateApiKey<'a> {
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
            V: std::convert::TryInto<types::CreateApiKeyRequest>,
            <V as std::convert::TryInto<
                types::CreateApiKeyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `CreateApiKeyRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateApiKeyRequest,
            ) -> types::builder::CreateApiKeyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/api-keys`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::CreatedApiKey>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, body } = self;
            let body = crate::builders::built::<types::CreateApiKeyRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(format_args!("/api/v2/api-keys",))
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
                    "autonomi",
                    "create_api_key",
                    201u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::delete_api_key`]

[`Client::delete_api_key`]: super::Client::delete_api_key*/
    #[derive(Clone)]
    pub struct DeleteApiKey<'a> {
        pub(super) client: &'a super::Client,
        pub(super) identifier: Result<::std::string::String, String>,
    }
    impl<'a> DeleteApiKey<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                identifier: Err(String::new()),
            }
        }
        #[inline]
        pub fn identifier<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.identifier = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for identifier failed",
            );
            self
        }
        ///Sends a `DELETE` request to `/api/v2/api-keys/{identifier}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<crate::calls::Prepared<'a, ()>, Error<()>> {
            let raw = self.client;
            let Self { client, identifier } = self;
            let identifier = crate::builders::param(
                identifier,
                "identifier was not initialized",
            )?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/v2/api-keys/{}", crate
                        ::transport::path_segment("identifier", identifier.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || client.client.delete(url.clone()).build()),
                    "",
                    "delete_api_key",
                    204u16,
                    true,
                ),
            )
        }
    }
    /**Builder for [`Client::rotate_api_key`]

[`Client::rotate_api_key`]: super::Client::rotate_api_key*/
    #[derive(Clone)]
    pub struct RotateApiKey<'a> {
        pub(super) client: &'a super::Client,
        pub(super) identifier: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::RotateApiKeyRequest, String>,
    }
    impl<'a> RotateApiKey<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                identifier: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn identifier<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.identifier = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for identifier failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RotateApiKeyRequest>,
            <V as std::convert::TryInto<
                types::RotateApiKeyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `RotateApiKeyRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RotateApiKeyRequest,
            ) -> types::builder::RotateApiKeyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/api-keys/{identifier}/rotate`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::RotatedApiKey>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, identifier, body } = self;
            let identifier = crate::builders::param(
                identifier,
                "identifier was not initialized",
            )?;
            let body = crate::builders::built::<types::RotateApiKeyRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/api/v2/api-keys/{}/rotate", crate
                        ::transport::path_segment("identifier", identifier.as_str())
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
                    "autonomi",
                    "rotate_api_key",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::query_audit`]

[`Client::query_audit`]: super::Client::query_audit*/
    #[derive(Clone)]
    pub struct QueryAudit<'a> {
        pub(super) client: &'a super::Client,
        pub(super) action: Result<Option<::std::string::String>, String>,
        pub(super) end_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        pub(super) limit: Result<Option<i64>, String>,
        pub(super) offset: Result<Option<i64>, String>,
        pub(super) resource_type: Result<Option<::std::string::String>, String>,
        pub(super) start_date: Result<Option<::chrono::naive::NaiveDate>, String>,
    }
    impl<'a> QueryAudit<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                action: Ok(None),
                end_date: Ok(None),
                limit: Ok(None),
                offset: Ok(None),
                resource_type: Ok(None),
                start_date: Ok(None),
            }
        }
        #[inline]
        pub fn action<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.action = crate::builders::converted(
                    value,
                    "conversion to `:: std :: string :: String` for action failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.end_date = crate::builders::converted(
                    value,
                    "conversion to `:: chrono :: naive :: NaiveDate` for end_date failed",
                )
                .map(Some);
            self
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
        pub fn resource_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.resource_type = crate::builders::converted(
                    value,
                    "conversion to `:: std :: string :: String` for resource_type failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.start_date = crate::builders::converted(
                    value,
                    "conversion to `:: chrono :: naive :: NaiveDate` for start_date failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/api/v2/audit`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, ::std::vec::Vec<types::AuditEntry>>,
            Error<()>,
        > {
            let raw = self.client;
            let Self {
                client,
                action,
                end_date,
                limit,
                offset,
                resource_type,
                start_date,
            } = self;
            let action = crate::builders::param(action, "action was not initialized")?;
            let end_date = crate::builders::param(
                end_date,
                "end_date was not initialized",
            )?;
            let limit = crate::builders::param(limit, "limit was not initialized")?;
            let offset = crate::builders::param(offset, "offset was not initialized")?;
            let resource_type = crate::builders::param(
                resource_type,
                "resource_type was not initialized",
            )?;
            let start_date = crate::builders::param(
                start_date,
                "start_date was not initialized",
            )?;
            let url = client
                .base
                .endpoint(format_args!("/api/v2/audit",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
                                crate::transport::query_param(
                                    crate::transport::query_param(
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
                                                    "action",
                                                    &action,
                                                ),
                                                "end_date",
                                                &end_date,
                                            ),
                                            "limit",
                                            &limit,
                                        ),
                                        "offset",
                                        &offset,
                                    ),
                                    "resource_type",
                                    &resource_type,
                                ),
                                "start_date",
                                &start_date,
                            )
                            .build()
                    }),
                    "autonomi",
                    "query_audit",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::verify_audit`]

[`Client::verify_audit`]: super::Client::verify_audit*/
    #[derive(Clone)]
    pub struct VerifyAudit<'a> {
        pub(super) client: &'a super::Client,
    }
    impl<'a> VerifyAudit<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/v2/audit/verify`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::AuditVerifyResult>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client } = self;
            let url = client
                .base
                .endpoint(format_args!("/api/v2/audit/verify",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "autonomi",
                    "verify_audit",
                    200u16,
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
impl crate::transport::BodyVerdict for types::ApiKey {}
impl crate::transport::BodyVerdict for types::AuditEntry {}
impl crate::transport::BodyVerdict for types::AuditFileVerification {}
impl crate::transport::BodyVerdict for types::AuditVerifyResult {}
impl crate::transport::BodyVerdict for types::CreateApiKeyRequest {}
impl crate::transport::BodyVerdict for types::CreateProjectRequest {}
impl crate::transport::BodyVerdict for types::CreateRunRequest {}
impl crate::transport::BodyVerdict for types::CreateTaskRequest {}
impl crate::transport::BodyVerdict for types::CreateTenantRequest {}
impl crate::transport::BodyVerdict for types::CreatedApiKey {}
impl crate::transport::BodyVerdict for types::Project {}
impl crate::transport::BodyVerdict for types::QueuePriority {}
impl crate::transport::BodyVerdict for types::RotateApiKeyRequest {}
impl crate::transport::BodyVerdict for types::RotatedApiKey {}
impl crate::transport::BodyVerdict for types::Run {}
impl crate::transport::BodyVerdict for types::RunEvent {}
impl crate::transport::BodyVerdict for types::RunId {}
impl crate::transport::BodyVerdict for types::RunTimeline {}
impl crate::transport::BodyVerdict for types::Session {}
impl crate::transport::BodyVerdict for types::Status {}
impl crate::transport::BodyVerdict for types::StatusSession {}
impl crate::transport::BodyVerdict for types::Task {}
impl crate::transport::BodyVerdict for types::TaskSummary {}
impl crate::transport::BodyVerdict for types::Tenant {}
impl crate::transport::BodyVerdict for types::UpdateTaskRequest {}
impl crate::autonomi::Client {
    /**Get the server status

Returns the dashboard's status: the server `version` (e.g. `5.52.4`, `9.22.12`;
`Status::server_version` parses it), uptime, whether an autonomous session is running,
agent and task counters and the current RARV phase. Needs no scope on 5.52.4; needs
`read` on 9.22.12 when auth is enabled (401 without a key).

`status` is a free string (`stopped`, `paused`, `running`, or the session mode such as
`autonomous`).


Sends a `GET` request to `/api/status`

```ignore
let response = client.get_status()
    .send()
    .await;
```*/
    #[inline]
    pub fn get_status(&self) -> fluent::GetStatus<'_> {
        fluent::GetStatus::new(self)
    }
    /**List projects

Lists projects, newest first, as a bare JSON array. Optionally filtered by `status`
(an exact match on the stored status string). Needs no scope on 5.52.4; needs `read`
on 9.22.12 when auth is enabled, where a key that is not a global admin sees only its
tenant's projects. 9.22.12 pages with `limit` (1–500, default 50) and `offset`;
5.52.4 ignores both and answers every project.


Sends a `GET` request to `/api/projects`

Arguments:
- `limit`: Page size, 1–500 (9.22.12; default 50). Ignored by 5.52.4.
- `offset`: Number of projects to skip, ≥ 0 (9.22.12; default 0). Ignored by 5.52.4.
- `status`: Only projects whose status equals this value.
```ignore
let response = client.list_projects()
    .limit(limit)
    .offset(offset)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_projects(&self) -> fluent::ListProjects<'_> {
        fluent::ListProjects::new(self)
    }
    /**Create a project

Creates a project (status `active`) and answers it with 201. Needs scope `control`
when auth is enabled (401/403 otherwise). A `name` outside 1–255 characters answers 422.

**Version difference:** 9.22.12 requires `tenant_id` (a positive id of an existing
tenant): without it 422 `body.tenant_id: Field required`, an unknown tenant 404
`Tenant not found`, another tenant's id (for a tenant-bound key) 403 `Cross-tenant
access denied`. 5.52.4 ignores `tenant_id`. Send it whenever you know the server may
be 9.x.


Sends a `POST` request to `/api/projects`

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
    /**Get a project

Returns one project with its task counters. 404 `{"detail":"Project not found"}` when
no project has this id; 422 when the id is not an integer. Needs no scope on 5.52.4;
`read` on 9.22.12 when auth is enabled, and 403 `Cross-tenant access denied` for a
project of another tenant.


Sends a `GET` request to `/api/projects/{project_id}`

Arguments:
- `project_id`: The project's integer id.
```ignore
let response = client.get_project()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_project(&self) -> fluent::GetProject<'_> {
        fluent::GetProject::new(self)
    }
    /**Delete a project

Deletes a project and, by cascade, its tasks and sessions. Answers 204 with no body;
404 `{"detail":"Project not found"}` when no project has this id. Needs scope
`control` when auth is enabled; 9.22.12 answers 403 `Cross-tenant access denied` for a
project of another tenant. Served by both 5.52.4 and 9.22.12 but not called by the
official clients (not in the seed; needed to clean up what `create_project` made).


Sends a `DELETE` request to `/api/projects/{project_id}`

Arguments:
- `project_id`: The project's integer id.
```ignore
let response = client.delete_project()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn delete_project(&self) -> fluent::DeleteProject<'_> {
        fluent::DeleteProject::new(self)
    }
    /**List the sessions of a project

What the official `SessionManager.list_sessions` calls. **Neither 5.52.4 nor 9.22.12
serves this route: it answers 404** (5.52.4 `{"detail":"Not Found"}`, 9.22.12
`{"error":"Not Found","path":...}`; 9.22.12 with auth on answers 401 without a key).
Kept so a control plane that serves it works;
treat 404 (and 410/501) as "not available on this control plane". The official client
also tolerates a wrapper object `{"sessions": [...]}`; this spec models the bare array.


Sends a `GET` request to `/api/projects/{project_id}/sessions`

Arguments:
- `project_id`: The project's integer id.
```ignore
let response = client.list_sessions()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_sessions(&self) -> fluent::ListSessions<'_> {
        fluent::ListSessions::new(self)
    }
    /**Get a session

What the official `SessionManager.get_session` calls. **Neither 5.52.4 nor 9.22.12
serves this route: it answers 404** (5.52.4 `{"detail":"Not Found"}`, 9.22.12
`{"error":"Not Found","path":...}`). Kept so a control plane that serves it works;
treat 404 (and 410/501) as "not available on this control plane".


Sends a `GET` request to `/api/sessions/{session_id}`

Arguments:
- `session_id`: The session's integer id (sessions are integer-keyed in the server's database).
```ignore
let response = client.get_session()
    .session_id(session_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_session(&self) -> fluent::GetSession<'_> {
        fluent::GetSession::new(self)
    }
    #[doc = "List tasks of the running session\n\nLists the tasks of the local autonomous session as a bare JSON array. Needs no scope.\n\n**Wire quirk:** on 5.52.4 this route does not read the task database. It reads\n`.loki/dashboard-state.json` and `.loki/queue/*.json`, so the items are not full\n`Task` records: each is `{id, title, description, status, priority, type, position}`\nwhere `id` may be a string (`\"pending-0\"`, `\"q-done-3\"`, a queue item id) or an\ninteger. `status` filters on the mapped status (`pending`, `in_progress`, `review`,\n`done`). Tasks created with `create_task` are read back with `get_task`.\n\n**Version difference:** 5.52.4 ignores `project_id`. 9.22.12 applies it, and since\nthe session's queue tasks carry no project, a `project_id` filter answers `[]` there;\n9.22.12 still does not list database tasks here.\n\n\nSends a `GET` request to `/api/tasks`\n\nArguments:\n- `project_id`: Ignored by 5.52.4; applied by 9.22.12 (which then answers `[]`, see above).\n- `status`: Only tasks with this (mapped) status.\n```ignore\nlet response = client.list_tasks()\n    .project_id(project_id)\n    .status(status)\n    .send()\n    .await;\n```"]
    #[inline]
    pub fn list_tasks(&self) -> fluent::ListTasks<'_> {
        fluent::ListTasks::new(self)
    }
    /**Create a task

Creates a task in a project and answers it with 201. Omitted fields take the server
defaults (`status` `pending`, `priority` `medium`, `position` 0). 404
`{"detail":"Project not found"}` for an unknown project; 400 when `parent_task_id` is
not a task of the same project; 422 for a missing `project_id`/`title` or a title
outside 1–255 characters. Needs scope `control` when auth is enabled; on 9.22.12 a
tenant-bound key gets 403 `Cross-tenant access denied` for another tenant's project.


Sends a `POST` request to `/api/tasks`

```ignore
let response = client.create_task()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_task(&self) -> fluent::CreateTask<'_> {
        fluent::CreateTask::new(self)
    }
    /**Get a task

Returns one task from the task database. 404 `{"detail":"Task not found"}` when no task
has this id. Needs no scope on 5.52.4; on 9.22.12 a tenant-bound key gets 403
`Cross-tenant access denied` for another tenant's task.


Sends a `GET` request to `/api/tasks/{task_id}`

Arguments:
- `task_id`: The task's integer id.
```ignore
let response = client.get_task()
    .task_id(task_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_task(&self) -> fluent::GetTask<'_> {
        fluent::GetTask::new(self)
    }
    /**Update a task

Partially updates a task: only the fields present in the body change (the server uses
`exclude_unset`), so omit a field to leave it unchanged — never send `null` for
`title`, `status`, `priority` or `position`. Moving a task to `done` sets its
`completed_at`. 404 `{"detail":"Task not found"}`; 422 for an invalid value. Needs
scope `control` when auth is enabled.


Sends a `PUT` request to `/api/tasks/{task_id}`

Arguments:
- `task_id`: The task's integer id.
- `body`
```ignore
let response = client.update_task()
    .task_id(task_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn update_task(&self) -> fluent::UpdateTask<'_> {
        fluent::UpdateTask::new(self)
    }
    /**List tenants

Lists all tenants as a bare JSON array. Needs scope `read` when auth is enabled. On
9.22.12 a key that is not a global admin sees only its own tenant (a key bound to no
tenant: `[]`).


Sends a `GET` request to `/api/v2/tenants`

```ignore
let response = client.list_tenants()
    .send()
    .await;
```*/
    #[inline]
    pub fn list_tenants(&self) -> fluent::ListTenants<'_> {
        fluent::ListTenants::new(self)
    }
    /**Create a tenant

Creates a tenant and answers it with 201. The server derives a URL-safe `slug` from the
name (lowercase, hyphens; `-2`, `-3`, ... on collision). A `name` outside 1–255
characters answers 422; a name already taken violates a unique constraint the server
does not map (expect a 5xx). Needs scope `control` when auth is enabled; 9.22.12 also
requires a global admin (scope `admin`/`*`): any other key gets 403 `Tenant lifecycle
operations require global admin`.


Sends a `POST` request to `/api/v2/tenants`

```ignore
let response = client.create_tenant()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_tenant(&self) -> fluent::CreateTenant<'_> {
        fluent::CreateTenant::new(self)
    }
    /**Get a tenant

Returns one tenant. 404 `{"detail":"Tenant not found"}`. Needs scope `read` when auth
is enabled; on 9.22.12 another tenant's id answers 403 `Cross-tenant access denied`
for a key that is not a global admin.


Sends a `GET` request to `/api/v2/tenants/{tenant_id}`

Arguments:
- `tenant_id`: The tenant's integer id.
```ignore
let response = client.get_tenant()
    .tenant_id(tenant_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_tenant(&self) -> fluent::GetTenant<'_> {
        fluent::GetTenant::new(self)
    }
    /**Delete a tenant

Deletes a tenant and, by cascade, its projects. Answers 204 with no body; 404
`{"detail":"Tenant not found"}`. Needs scope `control` when auth is enabled; 9.22.12
also requires a global admin (403 `Tenant lifecycle operations require global admin`).


Sends a `DELETE` request to `/api/v2/tenants/{tenant_id}`

Arguments:
- `tenant_id`: The tenant's integer id.
```ignore
let response = client.delete_tenant()
    .tenant_id(tenant_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn delete_tenant(&self) -> fluent::DeleteTenant<'_> {
        fluent::DeleteTenant::new(self)
    }
    /**List runs

Lists runs, newest first, as a bare JSON array; the items carry an empty `events`
array (use `get_run` or `get_run_timeline` for events). Filters: `project_id`,
`status`; paging with `limit` (1–1000, default 50) and `offset` (≥ 0, default 0) — a
value out of range answers 422. Needs scope `read` when auth is enabled.

**9.22.12:** a key that is not a global admin sees only its tenant's runs (a key bound
to no tenant: `[]`). **File-based fallback:** when auth is off or the caller is a
global admin, no `project_id` is given and the database page is empty, 9.22.12 answers
the runs it finds in its `.loki/` directory instead — all of them, whatever `limit`
and `offset` say — with string ids (see `RunId` and `Run`). The `.stream(n)` helper
yields such a page once when it is the first page and ends the stream.


Sends a `GET` request to `/api/v2/runs`

Arguments:
- `limit`: Page size, 1–1000 (server default 50).
- `offset`: Number of runs to skip, ≥ 0 (server default 0).
- `project_id`: Only runs of this project.
- `status`: Only runs with this status.
```ignore
let response = client.list_runs()
    .limit(limit)
    .offset(offset)
    .project_id(project_id)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_runs(&self) -> fluent::ListRuns<'_> {
        fluent::ListRuns::new(self)
    }
    /**Create a run

Starts a run for a project and answers it with 201, status `running`, trigger
`manual` unless given. The 5.52.4 server does not check that the project exists.
422 for a missing `project_id`. Needs scope `control` when auth is enabled; on 9.22.12
a tenant-bound key gets 403 `Cross-tenant access denied` for another tenant's project
(and 404 `Project not found` for a missing one). Not in the
seed guide, but needed to have runs at all.


Sends a `POST` request to `/api/v2/runs`

```ignore
let response = client.create_run()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_run(&self) -> fluent::CreateRun<'_> {
        fluent::CreateRun::new(self)
    }
    /**Get a run

Returns one run with its events. 404 `{"detail":"Run not found"}`; 422 for a
non-integer id (such as a file-based run's). Needs scope `read` when auth is enabled;
on 9.22.12 another tenant's run answers 403 `Cross-tenant access denied`.


Sends a `GET` request to `/api/v2/runs/{run_id}`

Arguments:
- `run_id`: The run's id (an integer for database runs; see `RunId`).
```ignore
let response = client.get_run()
    .run_id(run_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_run(&self) -> fluent::GetRun<'_> {
        fluent::GetRun::new(self)
    }
    /**Cancel a run

Cancels an active run (`running` or `replaying`) and answers it with status
`cancelled` and `ended_at` set. **Wire quirk:** cancelling a run that is already
terminal (`completed`, `failed`, `cancelled`) answers 404 `{"detail":"Run not found"}`,
exactly like an unknown id. No request body. Needs scope `control` when auth is
enabled; on 9.22.12 another tenant's run answers 403 `Cross-tenant access denied`.


Sends a `POST` request to `/api/v2/runs/{run_id}/cancel`

Arguments:
- `run_id`: The run's id (an integer for database runs; see `RunId`).
```ignore
let response = client.cancel_run()
    .run_id(run_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn cancel_run(&self) -> fluent::CancelRun<'_> {
        fluent::CancelRun::new(self)
    }
    /**Replay a run

Creates a new run that replays a terminal run: status `replaying`, trigger `replay`,
`parent_run_id` = the replayed run, the parent's config copied. Answers the **new**
run (status 200, not 201). **Wire quirk:** replaying a run that is still `running` or
`replaying` answers 404 `{"detail":"Run not found"}`, like an unknown id. No request
body. Needs scope `control` when auth is enabled; on 9.22.12 another tenant's run
answers 403 `Cross-tenant access denied`.


Sends a `POST` request to `/api/v2/runs/{run_id}/replay`

Arguments:
- `run_id`: The id of the run to replay (see `RunId`).
```ignore
let response = client.replay_run()
    .run_id(run_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn replay_run(&self) -> fluent::ReplayRun<'_> {
        fluent::ReplayRun::new(self)
    }
    /**Get a run's timeline

Returns the run's events in timestamp order plus its duration (`null` while the run
has not ended). **Wire quirk:** the answer is an object `{run_id, events,
duration_seconds}`, not the bare event array the official clients declare. The seed's
`EventStream.poll_events(run_id, since)` calls `/api/runs/{id}/events`, which the
server does not serve: event polling is built on this operation (filter on
`timestamp`/`id` client-side). Needs scope `read` when auth is enabled.

**Version difference for an unknown run:** 5.52.4 answers 404 `{"detail":"Run not
found"}`; 9.22.12 answers 200 with a placeholder `{run_id, phases: [], current_phase:
null, events: []}` (but 404 for a key that is not a global admin, and 403
`Cross-tenant access denied` for another tenant's run). The `run_events` and
`events().poll_events` helpers turn both into a `NotFound` error.


Sends a `GET` request to `/api/v2/runs/{run_id}/timeline`

Arguments:
- `run_id`: The run's id (an integer for database runs; see `RunId`).
```ignore
let response = client.get_run_timeline()
    .run_id(run_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_run_timeline(&self) -> fluent::GetRunTimeline<'_> {
        fluent::GetRunTimeline::new(self)
    }
    /**List API keys

Lists the non-revoked API keys (including old keys still in their rotation grace
period) as a bare JSON array, without hashes or raw tokens. Needs scope `read` when
auth is enabled.


Sends a `GET` request to `/api/v2/api-keys`

```ignore
let response = client.list_api_keys()
    .send()
    .await;
```*/
    #[inline]
    pub fn list_api_keys(&self) -> fluent::ListApiKeys<'_> {
        fluent::ListApiKeys::new(self)
    }
    /**Create an API key

Creates an API key and answers 201 with the key record plus `token`, the raw
`loki_...` key, shown only this once. A `role` resolves the scopes (and takes precedence
over `scopes`); with neither, the key gets `["*"]`. 400 for an empty or too long name,
a name already in use, a non-positive `expires_days` or an unknown role. Needs scope
`admin` when auth is enabled. On 9.22.12 a scope `tenant:<id>` in `scopes` binds the
key to that tenant (5.52.4 stores it as an ordinary, meaningless scope).

**Secret handling:** the server also echoes the key's `hash` and `salt`; they are
deliberately not modelled, so they are dropped on decode and can never be logged.
`description`, `allowed_ips` and `rate_limit` are stored but not echoed in this answer.


Sends a `POST` request to `/api/v2/api-keys`

```ignore
let response = client.create_api_key()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_api_key(&self) -> fluent::CreateApiKey<'_> {
        fluent::CreateApiKey::new(self)
    }
    /**Delete an API key

Permanently deletes an API key. `identifier` is the key's id (12 hex characters) or
its name. Answers 204 with no body; 404 `{"detail":"API key not found"}`. Needs scope
`admin` when auth is enabled.


Sends a `DELETE` request to `/api/v2/api-keys/{identifier}`

Arguments:
- `identifier`: The key's id or its name.
```ignore
let response = client.delete_api_key()
    .identifier(identifier)
    .send()
    .await;
```*/
    #[inline]
    pub fn delete_api_key(&self) -> fluent::DeleteApiKey<'_> {
        fluent::DeleteApiKey::new(self)
    }
    /**Rotate an API key

Issues a replacement key with the same name, role/scopes and metadata; the old key
stays valid for `grace_period_hours` (default 24) and is renamed `<name>__rotating`.
Answers `{new_key, old_key_id, old_key_rotation_expires_at, token}` where `token` is
the new raw key, shown only once. `identifier` is the key's id or name. **Wire quirk:**
an unknown key, a revoked key or a key already in rotation answers **400** (not 404)
with the reason in `detail`. Needs scope `admin` when auth is enabled.

**Secret handling:** `new_key` is the stored record and also carries `hash` and
`salt`; they are deliberately not modelled and are dropped on decode.


Sends a `POST` request to `/api/v2/api-keys/{identifier}/rotate`

Arguments:
- `identifier`: The key's id or its name.
- `body`
```ignore
let response = client.rotate_api_key()
    .identifier(identifier)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn rotate_api_key(&self) -> fluent::RotateApiKey<'_> {
        fluent::RotateApiKey::new(self)
    }
    /**Query the audit log

Returns audit entries (newest log file first) as a bare JSON array. Filters:
`start_date`/`end_date` (`YYYY-MM-DD`, compared against the daily log file names),
`action`, `resource_type`; paging with `limit` (1–10000, default 100) and `offset`
(≥ 0, default 0) — out of range answers 422. An empty array when audit logging has
never written anything. Needs scope `audit` when auth is enabled.


Sends a `GET` request to `/api/v2/audit`

Arguments:
- `action`: Only entries with this action (`create`, `update`, `delete`, `cancel`, `replay`, `rotate`, ...).
- `end_date`: Last day to include (`YYYY-MM-DD`).
- `limit`: Page size, 1–10000 (server default 100).
- `offset`: Number of entries to skip, ≥ 0 (server default 0).
- `resource_type`: Only entries for this resource type (`project`, `task`, `tenant`, `run`, `api_key`, `policy`, ...).
- `start_date`: First day to include (`YYYY-MM-DD`).
```ignore
let response = client.query_audit()
    .action(action)
    .end_date(end_date)
    .limit(limit)
    .offset(offset)
    .resource_type(resource_type)
    .start_date(start_date)
    .send()
    .await;
```*/
    #[inline]
    pub fn query_audit(&self) -> fluent::QueryAudit<'_> {
        fluent::QueryAudit::new(self)
    }
    /**Verify the audit log's integrity chain

Recomputes the hash chain of every daily audit log file and reports per file whether
it is intact and, if not, the first tampered line. 9.22.12 chains the hash across
daily files and adds aggregate fields (`files_skipped`, `entries_checked`,
`genesis_file`, `first_tampered_file`, `first_tampered_line`); files written before
integrity hashing was on are reported with `skipped_pre_integrity`. **Wire quirk:**
the answer is `{valid, files_checked, results: [...]}`; the official TypeScript type
`{valid, entries_checked}` is wrong (and its client calls `/api/audit/verify`, which is
not served). Needs scope `audit` when auth is enabled.


Sends a `GET` request to `/api/v2/audit/verify`

```ignore
let response = client.verify_audit()
    .send()
    .await;
```*/
    #[inline]
    pub fn verify_audit(&self) -> fluent::VerifyAudit<'_> {
        fluent::VerifyAudit::new(self)
    }
}
/// The request builders of this service's operations: `client.<operation>()` returns
/// one; set parameters and body fields with plain values, then `send()`.
pub mod fluent {
    #[allow(unused_imports)]
    use super::types;
    #[allow(unused_imports)]
    use super::types::*;
    ///The request of [`get_status`](crate::autonomi::Client::get_status): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct GetStatus<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::GetStatus<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for GetStatus<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("GetStatus");
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> GetStatus<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_status(),
                error: None,
            }
        }
        ///Sends a `GET` request to `/api/status`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<types::Status>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "get_status",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::Status>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "get_status",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::Status) -> crate::Result<types::Status> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`list_projects`](crate::autonomi::Client::list_projects): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListProjects<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::ListProjects<'a>,
        error: Option<String>,
        page_limit: Option<i64>,
        page_offset: Option<i64>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListProjects<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListProjects");
            crate::builders::debug_optional(&mut d, "limit", &self.inner.limit);
            crate::builders::debug_optional(&mut d, "offset", &self.inner.offset);
            crate::builders::debug_optional(&mut d, "status", &self.inner.status);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListProjects<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_projects(),
                error: None,
                page_limit: None,
                page_offset: None,
            }
        }
        /**Page size, 1–500 (9.22.12; default 50). Ignored by 5.52.4.

Also the page size of [`stream`](Self::stream).*/
        #[inline]
        pub fn limit(mut self, value: i64) -> Self {
            self.page_limit = Some(value);
            self.inner = self.inner.limit(value);
            self
        }
        /**Number of projects to skip, ≥ 0 (9.22.12; default 0). Ignored by 5.52.4.

Also where [`stream`](Self::stream) starts.*/
        #[inline]
        pub fn offset(mut self, value: i64) -> Self {
            self.page_offset = Some(value);
            self.inner = self.inner.offset(value);
            self
        }
        ///Only projects whose status equals this value.
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::autonomi::generated::enums::ProjectStatus>,
        {
            self.inner = self.inner.status(value);
            self
        }
        ///Sends a `GET` request to `/api/projects`
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
                "autonomi",
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
                "autonomi",
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
        ///Every item of this list, lazily: one page of `limit` items (default 100, at most 1000) in memory at a time, from `offset` (default 0), with this request's filters. The first error is yielded and ends the stream.
        #[inline]
        pub fn stream(
            self,
        ) -> impl futures::Stream<Item = crate::Result<types::Project>> + 'a {
            let size = self
                .page_limit
                .map_or(100u64, |l| u64::try_from(l).unwrap_or(1))
                .clamp(1, 1000u64);
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
    ///The request of [`create_project`](crate::autonomi::Client::create_project): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CreateProject<'a> {
        client: &'a crate::autonomi::Client,
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
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
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
        ///Free-text description.
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "description", e),
            }
            self
        }
        ///Project name, 1–255 characters.
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
        ///Path of the project's PRD file.
        #[inline]
        pub fn prd_path<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.prd_path(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "prd_path", e),
            }
            self
        }
        /**The tenant that owns the project: **required by 9.22.12** (a positive id of an
existing tenant), ignored by 5.52.4. Optional here so one program can talk to both.
*/
        #[inline]
        pub fn tenant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.tenant_id(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "tenant_id", e),
            }
            self
        }
        ///Sends a `POST` request to `/api/projects`
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
                "autonomi",
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
                "autonomi",
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
    ///The request of [`get_project`](crate::autonomi::Client::get_project): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct GetProject<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::GetProject<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for GetProject<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("GetProject");
            crate::builders::debug_required(
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
    impl<'a> GetProject<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_project(),
                error: None,
            }
        }
        ///The project's integer id.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        ///Sends a `GET` request to `/api/projects/{project_id}`
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
                "autonomi",
                "get_project",
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
                "autonomi",
                "get_project",
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
    ///The request of [`delete_project`](crate::autonomi::Client::delete_project): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct DeleteProject<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::DeleteProject<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for DeleteProject<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("DeleteProject");
            crate::builders::debug_required(
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
    impl<'a> DeleteProject<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().delete_project(),
                error: None,
            }
        }
        ///The project's integer id.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        ///Sends a `DELETE` request to `/api/projects/{project_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(self) -> impl std::future::Future<Output = crate::Result<()>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "delete_project",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<Output = crate::Result<crate::Response<()>>> + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "delete_project",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: ()) -> crate::Result<()> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`list_sessions`](crate::autonomi::Client::list_sessions): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListSessions<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::ListSessions<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListSessions<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListSessions");
            crate::builders::debug_required(
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
    impl<'a> ListSessions<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_sessions(),
                error: None,
            }
        }
        ///The project's integer id.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        ///Sends a `GET` request to `/api/projects/{project_id}/sessions`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<::std::vec::Vec<types::Session>>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "list_sessions",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<::std::vec::Vec<types::Session>>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "list_sessions",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: ::std::vec::Vec<types::Session>,
        ) -> crate::Result<::std::vec::Vec<types::Session>> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`get_session`](crate::autonomi::Client::get_session): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct GetSession<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::GetSession<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for GetSession<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("GetSession");
            crate::builders::debug_required(
                &mut d,
                "session_id",
                &self.inner.session_id,
            );
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> GetSession<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_session(),
                error: None,
            }
        }
        ///The session's integer id (sessions are integer-keyed in the server's database).
        #[inline]
        pub fn session_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.session_id(value);
            self
        }
        ///Sends a `GET` request to `/api/sessions/{session_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<types::Session>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "get_session",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::Session>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "get_session",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::Session) -> crate::Result<types::Session> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`list_tasks`](crate::autonomi::Client::list_tasks): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListTasks<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::ListTasks<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListTasks<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListTasks");
            crate::builders::debug_optional(
                &mut d,
                "project_id",
                &self.inner.project_id,
            );
            crate::builders::debug_optional(&mut d, "status", &self.inner.status);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListTasks<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_tasks(),
                error: None,
            }
        }
        ///Ignored by 5.52.4; applied by 9.22.12 (which then answers `[]`, see above).
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        ///Only tasks with this (mapped) status.
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::autonomi::generated::enums::TaskStatus>,
        {
            self.inner = self.inner.status(value);
            self
        }
        ///Sends a `GET` request to `/api/tasks`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<::std::vec::Vec<types::TaskSummary>>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "list_tasks",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<::std::vec::Vec<types::TaskSummary>>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "list_tasks",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: ::std::vec::Vec<types::TaskSummary>,
        ) -> crate::Result<::std::vec::Vec<types::TaskSummary>> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`create_task`](crate::autonomi::Client::create_task): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CreateTask<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::CreateTask<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CreateTask<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CreateTask");
            crate::builders::debug_body::<
                super::types::CreateTaskRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CreateTask<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().create_task(),
                error: None,
            }
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateTaskRequest>,
            <V as std::convert::TryInto<
                types::CreateTaskRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "description", e),
            }
            self
        }
        ///Estimated duration in minutes.
        #[inline]
        pub fn estimated_duration<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => {
                    self.inner = self.inner.body_map(|b| b.estimated_duration(Some(v)));
                }
                Err(e) => crate::builders::fail(&mut self.error, "estimated_duration", e),
            }
            self
        }
        ///Parent task (must belong to the same project).
        #[inline]
        pub fn parent_task_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.parent_task_id(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "parent_task_id", e),
            }
            self
        }
        ///Position within its column (server default 0).
        #[inline]
        pub fn position<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.position(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "position", e),
            }
            self
        }
        #[inline]
        pub fn priority<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::autonomi::generated::enums::TaskPriority>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.priority(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "priority", e),
            }
            self
        }
        ///The project the task belongs to (must exist).
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.project_id(v)),
                Err(e) => crate::builders::fail(&mut self.error, "project_id", e),
            }
            self
        }
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::autonomi::generated::enums::TaskStatus>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.status(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "status", e),
            }
            self
        }
        ///Task title, 1–255 characters.
        #[inline]
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.title(v)),
                Err(e) => crate::builders::fail(&mut self.error, "title", e),
            }
            self
        }
        ///Sends a `POST` request to `/api/tasks`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<types::Task>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "create_task",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::Task>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "create_task",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::Task) -> crate::Result<types::Task> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`get_task`](crate::autonomi::Client::get_task): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct GetTask<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::GetTask<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for GetTask<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("GetTask");
            crate::builders::debug_required(&mut d, "task_id", &self.inner.task_id);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> GetTask<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_task(),
                error: None,
            }
        }
        ///The task's integer id.
        #[inline]
        pub fn task_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.task_id(value);
            self
        }
        ///Sends a `GET` request to `/api/tasks/{task_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<types::Task>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "get_task",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::Task>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "get_task",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::Task) -> crate::Result<types::Task> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`update_task`](crate::autonomi::Client::update_task): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct UpdateTask<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::UpdateTask<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for UpdateTask<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("UpdateTask");
            crate::builders::debug_required(&mut d, "task_id", &self.inner.task_id);
            crate::builders::debug_body::<
                super::types::UpdateTaskRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> UpdateTask<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().update_task(),
                error: None,
            }
        }
        ///The task's integer id.
        #[inline]
        pub fn task_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.task_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateTaskRequest>,
            <V as std::convert::TryInto<
                types::UpdateTaskRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Actual duration in minutes.
        #[inline]
        pub fn actual_duration<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.actual_duration(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "actual_duration", e),
            }
            self
        }
        #[inline]
        pub fn assigned_agent_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => {
                    self.inner = self.inner.body_map(|b| b.assigned_agent_id(Some(v)));
                }
                Err(e) => crate::builders::fail(&mut self.error, "assigned_agent_id", e),
            }
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "description", e),
            }
            self
        }
        ///Estimated duration in minutes.
        #[inline]
        pub fn estimated_duration<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => {
                    self.inner = self.inner.body_map(|b| b.estimated_duration(Some(v)));
                }
                Err(e) => crate::builders::fail(&mut self.error, "estimated_duration", e),
            }
            self
        }
        #[inline]
        pub fn position<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.position(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "position", e),
            }
            self
        }
        #[inline]
        pub fn priority<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::autonomi::generated::enums::TaskPriority>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.priority(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "priority", e),
            }
            self
        }
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::autonomi::generated::enums::TaskStatus>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.status(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "status", e),
            }
            self
        }
        ///New title, 1–255 characters.
        #[inline]
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.title(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "title", e),
            }
            self
        }
        ///Sends a `PUT` request to `/api/tasks/{task_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<types::Task>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "update_task",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::Task>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "update_task",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::Task) -> crate::Result<types::Task> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`list_tenants`](crate::autonomi::Client::list_tenants): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListTenants<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::ListTenants<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListTenants<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListTenants");
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListTenants<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_tenants(),
                error: None,
            }
        }
        ///Sends a `GET` request to `/api/v2/tenants`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<::std::vec::Vec<types::Tenant>>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "list_tenants",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<::std::vec::Vec<types::Tenant>>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "list_tenants",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: ::std::vec::Vec<types::Tenant>,
        ) -> crate::Result<::std::vec::Vec<types::Tenant>> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`create_tenant`](crate::autonomi::Client::create_tenant): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CreateTenant<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::CreateTenant<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CreateTenant<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CreateTenant");
            crate::builders::debug_body::<
                super::types::CreateTenantRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CreateTenant<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().create_tenant(),
                error: None,
            }
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateTenantRequest>,
            <V as std::convert::TryInto<
                types::CreateTenantRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "description", e),
            }
            self
        }
        ///Tenant name, 1–255 characters, unique.
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
        ///Free-form tenant configuration (stored as JSON).
        #[inline]
        pub fn settings<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.settings(v)),
                Err(e) => crate::builders::fail(&mut self.error, "settings", e),
            }
            self
        }
        ///Sends a `POST` request to `/api/v2/tenants`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<types::Tenant>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "create_tenant",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::Tenant>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "create_tenant",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::Tenant) -> crate::Result<types::Tenant> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`get_tenant`](crate::autonomi::Client::get_tenant): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct GetTenant<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::GetTenant<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for GetTenant<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("GetTenant");
            crate::builders::debug_required(&mut d, "tenant_id", &self.inner.tenant_id);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> GetTenant<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_tenant(),
                error: None,
            }
        }
        ///The tenant's integer id.
        #[inline]
        pub fn tenant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.tenant_id(value);
            self
        }
        ///Sends a `GET` request to `/api/v2/tenants/{tenant_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<types::Tenant>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "get_tenant",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::Tenant>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "get_tenant",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::Tenant) -> crate::Result<types::Tenant> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`delete_tenant`](crate::autonomi::Client::delete_tenant): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct DeleteTenant<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::DeleteTenant<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for DeleteTenant<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("DeleteTenant");
            crate::builders::debug_required(&mut d, "tenant_id", &self.inner.tenant_id);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> DeleteTenant<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().delete_tenant(),
                error: None,
            }
        }
        ///The tenant's integer id.
        #[inline]
        pub fn tenant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.tenant_id(value);
            self
        }
        ///Sends a `DELETE` request to `/api/v2/tenants/{tenant_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(self) -> impl std::future::Future<Output = crate::Result<()>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "delete_tenant",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<Output = crate::Result<crate::Response<()>>> + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "delete_tenant",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: ()) -> crate::Result<()> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`list_runs`](crate::autonomi::Client::list_runs): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListRuns<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::ListRuns<'a>,
        error: Option<String>,
        page_limit: Option<i64>,
        page_offset: Option<i64>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListRuns<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListRuns");
            crate::builders::debug_optional(&mut d, "limit", &self.inner.limit);
            crate::builders::debug_optional(&mut d, "offset", &self.inner.offset);
            crate::builders::debug_optional(
                &mut d,
                "project_id",
                &self.inner.project_id,
            );
            crate::builders::debug_optional(&mut d, "status", &self.inner.status);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListRuns<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_runs(),
                error: None,
                page_limit: None,
                page_offset: None,
            }
        }
        /**Page size, 1–1000 (server default 50).

Also the page size of [`stream`](Self::stream).*/
        #[inline]
        pub fn limit(mut self, value: i64) -> Self {
            self.page_limit = Some(value);
            self.inner = self.inner.limit(value);
            self
        }
        /**Number of runs to skip, ≥ 0 (server default 0).

Also where [`stream`](Self::stream) starts.*/
        #[inline]
        pub fn offset(mut self, value: i64) -> Self {
            self.page_offset = Some(value);
            self.inner = self.inner.offset(value);
            self
        }
        ///Only runs of this project.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        ///Only runs with this status.
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::autonomi::generated::enums::RunStatus>,
        {
            self.inner = self.inner.status(value);
            self
        }
        ///Sends a `GET` request to `/api/v2/runs`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<::std::vec::Vec<types::Run>>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "list_runs",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<::std::vec::Vec<types::Run>>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "list_runs",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: ::std::vec::Vec<types::Run>,
        ) -> crate::Result<::std::vec::Vec<types::Run>> {
            let payload = body;
            Ok(payload)
        }
        ///Every item of this list, lazily: one page of `limit` items (default 100, at most 1000) in memory at a time, from `offset` (default 0), with this request's filters. The first error is yielded and ends the stream.
        #[inline]
        pub fn stream(
            self,
        ) -> impl futures::Stream<Item = crate::Result<types::Run>> + 'a {
            let size = self
                .page_limit
                .map_or(100u64, |l| u64::try_from(l).unwrap_or(1))
                .clamp(1, 1000u64);
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
                        Ok(crate::autonomi::paging::runs_page(page, payload))
                    }
                },
            )
        }
    }
    ///The request of [`create_run`](crate::autonomi::Client::create_run): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CreateRun<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::CreateRun<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CreateRun<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CreateRun");
            crate::builders::debug_body::<
                super::types::CreateRunRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CreateRun<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().create_run(),
                error: None,
            }
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateRunRequest>,
            <V as std::convert::TryInto<
                types::CreateRunRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Free-form run configuration.
        #[inline]
        pub fn config<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.config(v)),
                Err(e) => crate::builders::fail(&mut self.error, "config", e),
            }
            self
        }
        ///The project to run.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.project_id(v)),
                Err(e) => crate::builders::fail(&mut self.error, "project_id", e),
            }
            self
        }
        #[inline]
        pub fn trigger<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::autonomi::generated::enums::RunTrigger>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.trigger(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "trigger", e),
            }
            self
        }
        ///Sends a `POST` request to `/api/v2/runs`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<types::Run>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "create_run",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::Run>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "create_run",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::Run) -> crate::Result<types::Run> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`get_run`](crate::autonomi::Client::get_run): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct GetRun<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::GetRun<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for GetRun<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("GetRun");
            crate::builders::debug_required(&mut d, "run_id", &self.inner.run_id);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> GetRun<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_run(),
                error: None,
            }
        }
        ///The run's id (an integer for database runs; see `RunId`).
        #[inline]
        pub fn run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RunId>,
        {
            self.inner = self.inner.run_id(value);
            self
        }
        ///Sends a `GET` request to `/api/v2/runs/{run_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<types::Run>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "get_run",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::Run>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "get_run",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::Run) -> crate::Result<types::Run> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`cancel_run`](crate::autonomi::Client::cancel_run): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CancelRun<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::CancelRun<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CancelRun<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CancelRun");
            crate::builders::debug_required(&mut d, "run_id", &self.inner.run_id);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CancelRun<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().cancel_run(),
                error: None,
            }
        }
        ///The run's id (an integer for database runs; see `RunId`).
        #[inline]
        pub fn run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RunId>,
        {
            self.inner = self.inner.run_id(value);
            self
        }
        ///Sends a `POST` request to `/api/v2/runs/{run_id}/cancel`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<types::Run>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "cancel_run",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::Run>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "cancel_run",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::Run) -> crate::Result<types::Run> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`replay_run`](crate::autonomi::Client::replay_run): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ReplayRun<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::ReplayRun<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ReplayRun<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ReplayRun");
            crate::builders::debug_required(&mut d, "run_id", &self.inner.run_id);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ReplayRun<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().replay_run(),
                error: None,
            }
        }
        ///The id of the run to replay (see `RunId`).
        #[inline]
        pub fn run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RunId>,
        {
            self.inner = self.inner.run_id(value);
            self
        }
        ///Sends a `POST` request to `/api/v2/runs/{run_id}/replay`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<types::Run>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "replay_run",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::Run>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "replay_run",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::Run) -> crate::Result<types::Run> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`get_run_timeline`](crate::autonomi::Client::get_run_timeline): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct GetRunTimeline<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::GetRunTimeline<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for GetRunTimeline<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("GetRunTimeline");
            crate::builders::debug_required(&mut d, "run_id", &self.inner.run_id);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> GetRunTimeline<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_run_timeline(),
                error: None,
            }
        }
        ///The run's id (an integer for database runs; see `RunId`).
        #[inline]
        pub fn run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RunId>,
        {
            self.inner = self.inner.run_id(value);
            self
        }
        ///Sends a `GET` request to `/api/v2/runs/{run_id}/timeline`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<types::RunTimeline>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "get_run_timeline",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::RunTimeline>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "get_run_timeline",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::RunTimeline) -> crate::Result<types::RunTimeline> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`list_api_keys`](crate::autonomi::Client::list_api_keys): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListApiKeys<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::ListApiKeys<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListApiKeys<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListApiKeys");
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListApiKeys<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_api_keys(),
                error: None,
            }
        }
        ///Sends a `GET` request to `/api/v2/api-keys`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<::std::vec::Vec<types::ApiKey>>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "list_api_keys",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<::std::vec::Vec<types::ApiKey>>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "list_api_keys",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: ::std::vec::Vec<types::ApiKey>,
        ) -> crate::Result<::std::vec::Vec<types::ApiKey>> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`create_api_key`](crate::autonomi::Client::create_api_key): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CreateApiKey<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::CreateApiKey<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CreateApiKey<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CreateApiKey");
            crate::builders::debug_body::<
                super::types::CreateApiKeyRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CreateApiKey<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().create_api_key(),
                error: None,
            }
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateApiKeyRequest>,
            <V as std::convert::TryInto<
                types::CreateApiKeyRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///IP addresses allowed to use the key.
        #[inline]
        pub fn allowed_ips<I, V>(mut self, values: I) -> Self
        where
            I: IntoIterator<Item = V>,
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            let values: Result<Vec<::std::string::String>, _> = values
                .into_iter()
                .map(|v| v.try_into())
                .collect();
            match values {
                Ok(v) => self.inner = self.inner.body_map(|b| b.allowed_ips(v)),
                Err(e) => crate::builders::fail(&mut self.error, "allowed_ips", e),
            }
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "description", e),
            }
            self
        }
        ///Days until the key expires (positive); omit for a key that never expires.
        #[inline]
        pub fn expires_days<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.expires_days(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "expires_days", e),
            }
            self
        }
        ///Unique key name, 1–255 characters.
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
        ///Requests per minute.
        #[inline]
        pub fn rate_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.rate_limit(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "rate_limit", e),
            }
            self
        }
        #[inline]
        pub fn role<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::autonomi::generated::enums::ApiKeyRole>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.role(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "role", e),
            }
            self
        }
        /**Explicit scopes (ignored when `role` is given; default `["*"]`): `*`, `admin`,
`control`, `write`, `read`, `audit`, and on 9.22.12 `tenant:<id>` to bind the key
to a tenant (e.g. `["read", "control", "tenant:3"]`).
*/
        #[inline]
        pub fn scopes<I, V>(mut self, values: I) -> Self
        where
            I: IntoIterator<Item = V>,
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            let values: Result<Vec<::std::string::String>, _> = values
                .into_iter()
                .map(|v| v.try_into())
                .collect();
            match values {
                Ok(v) => self.inner = self.inner.body_map(|b| b.scopes(v)),
                Err(e) => crate::builders::fail(&mut self.error, "scopes", e),
            }
            self
        }
        ///Sends a `POST` request to `/api/v2/api-keys`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<types::CreatedApiKey>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "create_api_key",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::CreatedApiKey>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "create_api_key",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::CreatedApiKey) -> crate::Result<types::CreatedApiKey> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`delete_api_key`](crate::autonomi::Client::delete_api_key): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct DeleteApiKey<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::DeleteApiKey<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for DeleteApiKey<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("DeleteApiKey");
            crate::builders::debug_required(
                &mut d,
                "identifier",
                &self.inner.identifier,
            );
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> DeleteApiKey<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().delete_api_key(),
                error: None,
            }
        }
        ///The key's id or its name.
        #[inline]
        pub fn identifier<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.identifier(value);
            self
        }
        ///Sends a `DELETE` request to `/api/v2/api-keys/{identifier}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(self) -> impl std::future::Future<Output = crate::Result<()>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "delete_api_key",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<Output = crate::Result<crate::Response<()>>> + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "delete_api_key",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: ()) -> crate::Result<()> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`rotate_api_key`](crate::autonomi::Client::rotate_api_key): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct RotateApiKey<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::RotateApiKey<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for RotateApiKey<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("RotateApiKey");
            crate::builders::debug_required(
                &mut d,
                "identifier",
                &self.inner.identifier,
            );
            crate::builders::debug_body::<
                super::types::RotateApiKeyRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> RotateApiKey<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().rotate_api_key(),
                error: None,
            }
        }
        ///The key's id or its name.
        #[inline]
        pub fn identifier<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.identifier(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RotateApiKeyRequest>,
            <V as std::convert::TryInto<
                types::RotateApiKeyRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Hours the old key stays valid, ≥ 0 (server default 24).
        #[inline]
        pub fn grace_period_hours<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => {
                    self.inner = self.inner.body_map(|b| b.grace_period_hours(Some(v)));
                }
                Err(e) => crate::builders::fail(&mut self.error, "grace_period_hours", e),
            }
            self
        }
        ///Sends a `POST` request to `/api/v2/api-keys/{identifier}/rotate`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<types::RotatedApiKey>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "rotate_api_key",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::RotatedApiKey>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "rotate_api_key",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::RotatedApiKey) -> crate::Result<types::RotatedApiKey> {
            let payload = body;
            Ok(payload)
        }
    }
    ///The request of [`query_audit`](crate::autonomi::Client::query_audit): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct QueryAudit<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::QueryAudit<'a>,
        error: Option<String>,
        page_limit: Option<i64>,
        page_offset: Option<i64>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for QueryAudit<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("QueryAudit");
            crate::builders::debug_optional(&mut d, "action", &self.inner.action);
            crate::builders::debug_optional(&mut d, "end_date", &self.inner.end_date);
            crate::builders::debug_optional(&mut d, "limit", &self.inner.limit);
            crate::builders::debug_optional(&mut d, "offset", &self.inner.offset);
            crate::builders::debug_optional(
                &mut d,
                "resource_type",
                &self.inner.resource_type,
            );
            crate::builders::debug_optional(
                &mut d,
                "start_date",
                &self.inner.start_date,
            );
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> QueryAudit<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().query_audit(),
                error: None,
                page_limit: None,
                page_offset: None,
            }
        }
        ///Only entries with this action (`create`, `update`, `delete`, `cancel`, `replay`, `rotate`, ...).
        #[inline]
        pub fn action<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.action(value);
            self
        }
        ///Last day to include (`YYYY-MM-DD`).
        #[inline]
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.inner = self.inner.end_date(value);
            self
        }
        /**Page size, 1–10000 (server default 100).

Also the page size of [`stream`](Self::stream).*/
        #[inline]
        pub fn limit(mut self, value: i64) -> Self {
            self.page_limit = Some(value);
            self.inner = self.inner.limit(value);
            self
        }
        /**Number of entries to skip, ≥ 0 (server default 0).

Also where [`stream`](Self::stream) starts.*/
        #[inline]
        pub fn offset(mut self, value: i64) -> Self {
            self.page_offset = Some(value);
            self.inner = self.inner.offset(value);
            self
        }
        ///Only entries for this resource type (`project`, `task`, `tenant`, `run`, `api_key`, `policy`, ...).
        #[inline]
        pub fn resource_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.resource_type(value);
            self
        }
        ///First day to include (`YYYY-MM-DD`).
        #[inline]
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.inner = self.inner.start_date(value);
            self
        }
        ///Sends a `GET` request to `/api/v2/audit`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<::std::vec::Vec<types::AuditEntry>>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "query_audit",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<::std::vec::Vec<types::AuditEntry>>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "query_audit",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: ::std::vec::Vec<types::AuditEntry>,
        ) -> crate::Result<::std::vec::Vec<types::AuditEntry>> {
            let payload = body;
            Ok(payload)
        }
        ///Every item of this list, lazily: one page of `limit` items (default 1000, at most 10000) in memory at a time, from `offset` (default 0), with this request's filters. The first error is yielded and ends the stream.
        #[inline]
        pub fn stream(
            self,
        ) -> impl futures::Stream<Item = crate::Result<types::AuditEntry>> + 'a {
            let size = self
                .page_limit
                .map_or(1000u64, |l| u64::try_from(l).unwrap_or(1))
                .clamp(1, 10000u64);
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
    ///The request of [`verify_audit`](crate::autonomi::Client::verify_audit): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct VerifyAudit<'a> {
        client: &'a crate::autonomi::Client,
        inner: super::builder::VerifyAudit<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for VerifyAudit<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("VerifyAudit");
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> VerifyAudit<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::autonomi::Client) -> Self {
            Self {
                client,
                inner: client.raw().verify_audit(),
                error: None,
            }
        }
        ///Sends a `GET` request to `/api/v2/audit/verify`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<types::AuditVerifyResult>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "verify_audit",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<types::AuditVerifyResult>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "autonomi",
                "verify_audit",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::AuditVerifyResult,
        ) -> crate::Result<types::AuditVerifyResult> {
            let payload = body;
            Ok(payload)
        }
    }
}
///Open enums of the autonomi API: each keeps unknown values in `Unknown(String)`.
pub mod enums {
    crate::open_enum! {
        #[doc =
        "Predefined role of an API key: `admin` (scope `*`), `operator` (control, read,\nwrite), `viewer` (read), `auditor` (read, audit).\n"]
        ApiKeyRole { Admin = "admin", Operator = "operator", Viewer = "viewer", Auditor =
        "auditor" }
    }
    crate::open_enum! {
        #[doc =
        "Status of a project. New projects are `active`; the server stores a free string\n(`archived` appears in the official client's tests), so other values decode as unknown.\n"]
        ProjectStatus { Active = "active", Archived = "archived" }
    }
    crate::open_enum! {
        #[doc =
        "Status of a run. New runs start `running`, replays start `replaying`; `completed`,\n`failed` and `cancelled` are terminal. The server stores a free string, so other values\nmay appear (they decode as unknown).\n"]
        RunStatus { Running = "running", Replaying = "replaying", Completed =
        "completed", Failed = "failed", Cancelled = "cancelled" }
    }
    crate::open_enum! {
        #[doc =
        "What started a run: `manual` (the default on create), `replay` (set by replay_run),\n`schedule` (seen in the official client's tests). The server stores a free string.\n"]
        RunTrigger { Manual = "manual", Replay = "replay", Schedule = "schedule" }
    }
    crate::open_enum! {
        #[doc = "Priority of a task."] TaskPriority { Low = "low", Medium = "medium",
        High = "high", Critical = "critical" }
    }
    crate::open_enum! {
        #[doc = "Column of the 5-column Kanban board a task is in."] TaskStatus { Backlog
        = "backlog", Pending = "pending", InProgress = "in_progress", Review = "review",
        Done = "done" }
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
        "get_status" => Some(200u16),
        "list_projects" => Some(200u16),
        "create_project" => Some(201u16),
        "get_project" => Some(200u16),
        "delete_project" => Some(204u16),
        "list_sessions" => Some(200u16),
        "get_session" => Some(200u16),
        "list_tasks" => Some(200u16),
        "create_task" => Some(201u16),
        "get_task" => Some(200u16),
        "update_task" => Some(200u16),
        "list_tenants" => Some(200u16),
        "create_tenant" => Some(201u16),
        "get_tenant" => Some(200u16),
        "delete_tenant" => Some(204u16),
        "list_runs" => Some(200u16),
        "create_run" => Some(201u16),
        "get_run" => Some(200u16),
        "cancel_run" => Some(200u16),
        "replay_run" => Some(200u16),
        "get_run_timeline" => Some(200u16),
        "list_api_keys" => Some(200u16),
        "create_api_key" => Some(201u16),
        "delete_api_key" => Some(204u16),
        "rotate_api_key" => Some(200u16),
        "query_audit" => Some(200u16),
        "verify_audit" => Some(200u16),
        _ => None,
    }
}
/// Every operation with a string path parameter, for the path-parameter test: not API.
#[cfg(feature = "mock")]
#[doc(hidden)]
pub mod path_probe {
    /// `(operation id, path template)` of every operation with a string path parameter.
    pub const OPERATIONS: &[(&str, &str)] = &[
        ("delete_api_key", "/api/v2/api-keys/{identifier}"),
        ("rotate_api_key", "/api/v2/api-keys/{identifier}/rotate"),
    ];
    /// Sends `operation` with `value` in each of its string path parameters.
    #[allow(deprecated)]
    #[inline]
    pub async fn call(
        client: &crate::autonomi::Client,
        operation: &str,
        value: &str,
    ) -> crate::Result<()> {
        match operation {
            "delete_api_key" => {
                crate::calls::exec_raw(
                        client.raw().delete_api_key().identifier(value).prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "rotate_api_key" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .rotate_api_key()
                            .identifier(value)
                            .body(
                                serde_json::from_str::<
                                    super::types::RotateApiKeyRequest,
                                >("{}")
                                    .expect("sample body"),
                            )
                            .prepare(),
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
        use crate::autonomi::generated::*;
        pub struct GetStatusWhen(::httpmock::When);
        impl GetStatusWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/api/status$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
        }
        pub struct GetStatusThen(::httpmock::Then);
        impl GetStatusThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::Status) -> Self {
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
                        .path_matches(regex::Regex::new("^/api/projects$").unwrap()),
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
            pub fn status<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::autonomi::generated::enums::ProjectStatus>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("status", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("status"))
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
                        .path_matches(regex::Regex::new("^/api/projects$").unwrap()),
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
        pub struct GetProjectWhen(::httpmock::When);
        impl GetProjectWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/api/projects/[^/]*$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id(self, value: i64) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/projects/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct GetProjectThen(::httpmock::Then);
        impl GetProjectThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::Project) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct DeleteProjectWhen(::httpmock::When);
        impl DeleteProjectWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::DELETE)
                        .path_matches(
                            regex::Regex::new("^/api/projects/[^/]*$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id(self, value: i64) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/projects/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct DeleteProjectThen(::httpmock::Then);
        impl DeleteProjectThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn no_content(self) -> Self {
                Self(self.0.status(204u16))
            }
        }
        pub struct ListSessionsWhen(::httpmock::When);
        impl ListSessionsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/api/projects/[^/]*/sessions$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id(self, value: i64) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/projects/{}/sessions$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct ListSessionsThen(::httpmock::Then);
        impl ListSessionsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &::std::vec::Vec<types::Session>) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetSessionWhen(::httpmock::When);
        impl GetSessionWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/api/sessions/[^/]*$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn session_id(self, value: i64) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/sessions/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct GetSessionThen(::httpmock::Then);
        impl GetSessionThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::Session) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListTasksWhen(::httpmock::When);
        impl ListTasksWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/api/tasks$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("project_id", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("project_id"))
                }
            }
            #[inline]
            pub fn status<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::autonomi::generated::enums::TaskStatus>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("status", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("status"))
                }
            }
        }
        pub struct ListTasksThen(::httpmock::Then);
        impl ListTasksThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &::std::vec::Vec<types::TaskSummary>) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CreateTaskWhen(::httpmock::When);
        impl CreateTaskWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(regex::Regex::new("^/api/tasks$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn body(self, value: &types::CreateTaskRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CreateTaskThen(::httpmock::Then);
        impl CreateTaskThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn created(self, value: &types::Task) -> Self {
                Self(
                    self
                        .0
                        .status(201u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetTaskWhen(::httpmock::When);
        impl GetTaskWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/api/tasks/[^/]*$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn task_id(self, value: i64) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/tasks/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct GetTaskThen(::httpmock::Then);
        impl GetTaskThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::Task) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct UpdateTaskWhen(::httpmock::When);
        impl UpdateTaskWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::PUT)
                        .path_matches(regex::Regex::new("^/api/tasks/[^/]*$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn task_id(self, value: i64) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/tasks/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::UpdateTaskRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct UpdateTaskThen(::httpmock::Then);
        impl UpdateTaskThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::Task) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListTenantsWhen(::httpmock::When);
        impl ListTenantsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/api/v2/tenants$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
        }
        pub struct ListTenantsThen(::httpmock::Then);
        impl ListTenantsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &::std::vec::Vec<types::Tenant>) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CreateTenantWhen(::httpmock::When);
        impl CreateTenantWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(regex::Regex::new("^/api/v2/tenants$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn body(self, value: &types::CreateTenantRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CreateTenantThen(::httpmock::Then);
        impl CreateTenantThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn created(self, value: &types::Tenant) -> Self {
                Self(
                    self
                        .0
                        .status(201u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetTenantWhen(::httpmock::When);
        impl GetTenantWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/api/v2/tenants/[^/]*$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn tenant_id(self, value: i64) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/v2/tenants/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct GetTenantThen(::httpmock::Then);
        impl GetTenantThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::Tenant) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct DeleteTenantWhen(::httpmock::When);
        impl DeleteTenantWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::DELETE)
                        .path_matches(
                            regex::Regex::new("^/api/v2/tenants/[^/]*$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn tenant_id(self, value: i64) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/v2/tenants/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct DeleteTenantThen(::httpmock::Then);
        impl DeleteTenantThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn no_content(self) -> Self {
                Self(self.0.status(204u16))
            }
        }
        pub struct ListRunsWhen(::httpmock::When);
        impl ListRunsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/api/v2/runs$").unwrap()),
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
            pub fn project_id<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("project_id", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("project_id"))
                }
            }
            #[inline]
            pub fn status<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::autonomi::generated::enums::RunStatus>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("status", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("status"))
                }
            }
        }
        pub struct ListRunsThen(::httpmock::Then);
        impl ListRunsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &::std::vec::Vec<types::Run>) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CreateRunWhen(::httpmock::When);
        impl CreateRunWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(regex::Regex::new("^/api/v2/runs$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn body(self, value: &types::CreateRunRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CreateRunThen(::httpmock::Then);
        impl CreateRunThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn created(self, value: &types::Run) -> Self {
                Self(
                    self
                        .0
                        .status(201u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetRunWhen(::httpmock::When);
        impl GetRunWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/api/v2/runs/[^/]*$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn run_id(self, value: &types::RunId) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/v2/runs/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct GetRunThen(::httpmock::Then);
        impl GetRunThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::Run) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CancelRunWhen(::httpmock::When);
        impl CancelRunWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/api/v2/runs/[^/]*/cancel$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn run_id(self, value: &types::RunId) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/v2/runs/{}/cancel$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct CancelRunThen(::httpmock::Then);
        impl CancelRunThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::Run) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ReplayRunWhen(::httpmock::When);
        impl ReplayRunWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/api/v2/runs/[^/]*/replay$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn run_id(self, value: &types::RunId) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/v2/runs/{}/replay$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct ReplayRunThen(::httpmock::Then);
        impl ReplayRunThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::Run) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetRunTimelineWhen(::httpmock::When);
        impl GetRunTimelineWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/api/v2/runs/[^/]*/timeline$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn run_id(self, value: &types::RunId) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/v2/runs/{}/timeline$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct GetRunTimelineThen(::httpmock::Then);
        impl GetRunTimelineThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::RunTimeline) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListApiKeysWhen(::httpmock::When);
        impl ListApiKeysWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/api/v2/api-keys$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
        }
        pub struct ListApiKeysThen(::httpmock::Then);
        impl ListApiKeysThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &::std::vec::Vec<types::ApiKey>) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CreateApiKeyWhen(::httpmock::When);
        impl CreateApiKeyWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(regex::Regex::new("^/api/v2/api-keys$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn body(self, value: &types::CreateApiKeyRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CreateApiKeyThen(::httpmock::Then);
        impl CreateApiKeyThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn created(self, value: &types::CreatedApiKey) -> Self {
                Self(
                    self
                        .0
                        .status(201u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct DeleteApiKeyWhen(::httpmock::When);
        impl DeleteApiKeyWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::DELETE)
                        .path_matches(
                            regex::Regex::new("^/api/v2/api-keys/[^/]*$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn identifier(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/v2/api-keys/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct DeleteApiKeyThen(::httpmock::Then);
        impl DeleteApiKeyThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn no_content(self) -> Self {
                Self(self.0.status(204u16))
            }
        }
        pub struct RotateApiKeyWhen(::httpmock::When);
        impl RotateApiKeyWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/api/v2/api-keys/[^/]*/rotate$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn identifier(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/api/v2/api-keys/{}/rotate$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::RotateApiKeyRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct RotateApiKeyThen(::httpmock::Then);
        impl RotateApiKeyThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::RotatedApiKey) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct QueryAuditWhen(::httpmock::When);
        impl QueryAuditWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/api/v2/audit$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn action<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a str>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("action", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("action"))
                }
            }
            #[inline]
            pub fn end_date<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a ::chrono::naive::NaiveDate>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("end_date", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("end_date"))
                }
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
            pub fn resource_type<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a str>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("resource_type", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("resource_type"))
                }
            }
            #[inline]
            pub fn start_date<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a ::chrono::naive::NaiveDate>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("start_date", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("start_date"))
                }
            }
        }
        pub struct QueryAuditThen(::httpmock::Then);
        impl QueryAuditThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &::std::vec::Vec<types::AuditEntry>) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct VerifyAuditWhen(::httpmock::When);
        impl VerifyAuditWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/api/v2/audit/verify$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
        }
        pub struct VerifyAuditThen(::httpmock::Then);
        impl VerifyAuditThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::AuditVerifyResult) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
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
        fn get_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetStatusWhen, operations::GetStatusThen);
        fn list_projects<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListProjectsWhen, operations::ListProjectsThen);
        fn create_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateProjectWhen, operations::CreateProjectThen);
        fn get_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetProjectWhen, operations::GetProjectThen);
        fn delete_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::DeleteProjectWhen, operations::DeleteProjectThen);
        fn list_sessions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListSessionsWhen, operations::ListSessionsThen);
        fn get_session<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetSessionWhen, operations::GetSessionThen);
        fn list_tasks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListTasksWhen, operations::ListTasksThen);
        fn create_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateTaskWhen, operations::CreateTaskThen);
        fn get_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetTaskWhen, operations::GetTaskThen);
        fn update_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::UpdateTaskWhen, operations::UpdateTaskThen);
        fn list_tenants<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListTenantsWhen, operations::ListTenantsThen);
        fn create_tenant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateTenantWhen, operations::CreateTenantThen);
        fn get_tenant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetTenantWhen, operations::GetTenantThen);
        fn delete_tenant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::DeleteTenantWhen, operations::DeleteTenantThen);
        fn list_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListRunsWhen, operations::ListRunsThen);
        fn create_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateRunWhen, operations::CreateRunThen);
        fn get_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetRunWhen, operations::GetRunThen);
        fn cancel_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CancelRunWhen, operations::CancelRunThen);
        fn replay_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ReplayRunWhen, operations::ReplayRunThen);
        fn get_run_timeline<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetRunTimelineWhen, operations::GetRunTimelineThen);
        fn list_api_keys<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListApiKeysWhen, operations::ListApiKeysThen);
        fn create_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateApiKeyWhen, operations::CreateApiKeyThen);
        fn delete_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::DeleteApiKeyWhen, operations::DeleteApiKeyThen);
        fn rotate_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::RotateApiKeyWhen, operations::RotateApiKeyThen);
        fn query_audit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::QueryAuditWhen, operations::QueryAuditThen);
        fn verify_audit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::VerifyAuditWhen, operations::VerifyAuditThen);
    }
    impl MockServerExt for ::httpmock::MockServer {
        #[inline]
        fn get_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetStatusWhen, operations::GetStatusThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetStatusWhen::new(when),
                    operations::GetStatusThen::new(then),
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
        #[inline]
        fn get_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetProjectWhen, operations::GetProjectThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetProjectWhen::new(when),
                    operations::GetProjectThen::new(then),
                )
            })
        }
        #[inline]
        fn delete_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::DeleteProjectWhen, operations::DeleteProjectThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::DeleteProjectWhen::new(when),
                    operations::DeleteProjectThen::new(then),
                )
            })
        }
        #[inline]
        fn list_sessions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListSessionsWhen, operations::ListSessionsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListSessionsWhen::new(when),
                    operations::ListSessionsThen::new(then),
                )
            })
        }
        #[inline]
        fn get_session<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetSessionWhen, operations::GetSessionThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetSessionWhen::new(when),
                    operations::GetSessionThen::new(then),
                )
            })
        }
        #[inline]
        fn list_tasks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListTasksWhen, operations::ListTasksThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListTasksWhen::new(when),
                    operations::ListTasksThen::new(then),
                )
            })
        }
        #[inline]
        fn create_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateTaskWhen, operations::CreateTaskThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CreateTaskWhen::new(when),
                    operations::CreateTaskThen::new(then),
                )
            })
        }
        #[inline]
        fn get_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetTaskWhen, operations::GetTaskThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetTaskWhen::new(when),
                    operations::GetTaskThen::new(then),
                )
            })
        }
        #[inline]
        fn update_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::UpdateTaskWhen, operations::UpdateTaskThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::UpdateTaskWhen::new(when),
                    operations::UpdateTaskThen::new(then),
                )
            })
        }
        #[inline]
        fn list_tenants<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListTenantsWhen, operations::ListTenantsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListTenantsWhen::new(when),
                    operations::ListTenantsThen::new(then),
                )
            })
        }
        #[inline]
        fn create_tenant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateTenantWhen, operations::CreateTenantThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CreateTenantWhen::new(when),
                    operations::CreateTenantThen::new(then),
                )
            })
        }
        #[inline]
        fn get_tenant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetTenantWhen, operations::GetTenantThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetTenantWhen::new(when),
                    operations::GetTenantThen::new(then),
                )
            })
        }
        #[inline]
        fn delete_tenant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::DeleteTenantWhen, operations::DeleteTenantThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::DeleteTenantWhen::new(when),
                    operations::DeleteTenantThen::new(then),
                )
            })
        }
        #[inline]
        fn list_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListRunsWhen, operations::ListRunsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListRunsWhen::new(when),
                    operations::ListRunsThen::new(then),
                )
            })
        }
        #[inline]
        fn create_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateRunWhen, operations::CreateRunThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CreateRunWhen::new(when),
                    operations::CreateRunThen::new(then),
                )
            })
        }
        #[inline]
        fn get_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetRunWhen, operations::GetRunThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetRunWhen::new(when),
                    operations::GetRunThen::new(then),
                )
            })
        }
        #[inline]
        fn cancel_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CancelRunWhen, operations::CancelRunThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CancelRunWhen::new(when),
                    operations::CancelRunThen::new(then),
                )
            })
        }
        #[inline]
        fn replay_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ReplayRunWhen, operations::ReplayRunThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ReplayRunWhen::new(when),
                    operations::ReplayRunThen::new(then),
                )
            })
        }
        #[inline]
        fn get_run_timeline<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetRunTimelineWhen, operations::GetRunTimelineThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetRunTimelineWhen::new(when),
                    operations::GetRunTimelineThen::new(then),
                )
            })
        }
        #[inline]
        fn list_api_keys<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListApiKeysWhen, operations::ListApiKeysThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListApiKeysWhen::new(when),
                    operations::ListApiKeysThen::new(then),
                )
            })
        }
        #[inline]
        fn create_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateApiKeyWhen, operations::CreateApiKeyThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CreateApiKeyWhen::new(when),
                    operations::CreateApiKeyThen::new(then),
                )
            })
        }
        #[inline]
        fn delete_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::DeleteApiKeyWhen, operations::DeleteApiKeyThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::DeleteApiKeyWhen::new(when),
                    operations::DeleteApiKeyThen::new(then),
                )
            })
        }
        #[inline]
        fn rotate_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::RotateApiKeyWhen, operations::RotateApiKeyThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::RotateApiKeyWhen::new(when),
                    operations::RotateApiKeyThen::new(then),
                )
            })
        }
        #[inline]
        fn query_audit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::QueryAuditWhen, operations::QueryAuditThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::QueryAuditWhen::new(when),
                    operations::QueryAuditThen::new(then),
                )
            })
        }
        #[inline]
        fn verify_audit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::VerifyAuditWhen, operations::VerifyAuditThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::VerifyAuditWhen::new(when),
                    operations::VerifyAuditThen::new(then),
                )
            })
        }
    }
}
