//! The generated structs' `Deserialize` and `Serialize` impls (written by `compact_serde`
//! in `build/codegen.rs`, not by serde's derive) behave exactly as serde's derive would: each
//! case is decoded into a generated type and into a mirror struct deriving both with the same
//! fields and attributes, and both must give the same error text, or serialize back to the same
//! text.
//!
//! One difference is deliberate: serde's derive also reads a struct from a JSON array, by
//! position (`["pending-0", "t", ...]` with one element per field). No server sends that, and
//! the generated impls refuse it with "invalid type: sequence" (see `src/de.rs`).

use agent_apis::autonomi::types::{
    ApiKeyRole, CreateApiKeyRequest, QueuePriority, TaskStatus, TaskSummary,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// `TaskSummary` as serde's derive: a renamed field (`type`), a required `Value`, optional fields.
#[derive(Deserialize, Serialize)]
struct MirrorTaskSummary {
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    id: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    position: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    priority: Option<QueuePriority>,
    #[serde(skip_serializing_if = "Option::is_none")]
    project_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<TaskStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    type_: Option<String>,
}

/// `CreateApiKeyRequest` as serde's derive: `#[serde(default)]` lists and a required `String`.
#[derive(Deserialize, Serialize)]
struct MirrorCreateApiKeyRequest {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    allowed_ips: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expires_days: Option<i64>,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    rate_limit: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<ApiKeyRole>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    scopes: Vec<String>,
}

/// Decodes `json` into both types (from a `&str`, bytes, a reader and a `Value`): the value
/// (re-serialized) or the error text.
fn both<G, M>(json: &str) -> (Result<Value, String>, Result<Value, String>)
where
    G: for<'de> Deserialize<'de> + Serialize,
    M: for<'de> Deserialize<'de> + Serialize,
{
    fn one<T: for<'de> Deserialize<'de> + Serialize>(json: &str) -> Result<Value, String> {
        let from_str = serde_json::from_str::<T>(json).map_err(|e| e.to_string());
        let from_slice = serde_json::from_slice::<T>(json.as_bytes()).map_err(|e| e.to_string());
        let from_reader =
            serde_json::from_reader::<_, T>(json.as_bytes()).map_err(|e| e.to_string());
        assert_eq!(from_str.is_ok(), from_slice.is_ok(), "{json}");
        assert_eq!(from_str.is_ok(), from_reader.is_ok(), "{json}");
        // Serialized back as text: the fields' order and which are left out must match too.
        let value = from_str.map(|v| Value::String(serde_json::to_string(&v).unwrap()));
        // From a `Value` too: its deserializer hands keys over as owned strings. (A `Value`
        // keeps only the last of repeated keys, so only answers that decode are compared.)
        if let Ok(decoded) = &value {
            let tree = serde_json::from_str::<Value>(json).unwrap();
            let from_value = serde_json::from_value::<T>(tree).map_err(|e| e.to_string());
            let again = serde_json::to_string(&from_value.unwrap()).unwrap();
            assert_eq!(&Value::String(again), decoded, "{json}");
        }
        value
    }
    // The derive names the mirror in "expected struct MirrorX".
    let mirror = one::<M>(json).map_err(|e| e.replace("struct Mirror", "struct "));
    (one::<G>(json), mirror)
}

const TASK_CASES: &[&str] = &[
    r#"{"id":"pending-0","title":"t","type":"task","status":"pending","priority":"high","position":0}"#,
    r#"{"id":7,"priority":3}"#,
    r#"{"id":null}"#,
    r#"{"id":{"nested":[1,2,{"x":null}]},"unknown":[{"deep":{"deeper":1}}],"also":"x"}"#,
    r#"{"i\u0064":"escaped key","ty\u0070e":"escaped renamed"}"#,
    r#"{"type_":"the Rust name is not the wire name","id":1}"#,
    r#"{"title":"no id"}"#,
    r#"{}"#,
    r#"{"id":1,"id":2}"#,
    r#"{"id":1,"type":"a","type":"b"}"#,
    r#"{"id":1,"position":"three"}"#,
    r#"{"id":1,"position":1.5}"#,
    r#"{"id":1,"status":"a-status-from-the-future","priority":{"level":"x"}}"#,
    r#"{"id":1,"title":null,"description":null}"#,
    r#""a string""#,
    r#"42"#,
    r#"null"#,
    r#"{"id":1"#,
    r#"{"id":1,}"#,
    r#"{"id":1} trailing"#,
];

const KEY_CASES: &[&str] = &[
    r#"{"name":"ci"}"#,
    r#"{"name":"ci","scopes":["read","tenant:3"],"allowed_ips":["127.0.0.1"],"role":"admin"}"#,
    r#"{"name":"ci","scopes":null}"#,
    r#"{"name":"ci","scopes":[]}"#,
    r#"{"name":"ci","scopes":"read"}"#,
    r#"{"scopes":["read"]}"#,
    r#"{"name":null}"#,
    r#"{"name":"a","name":"b"}"#,
    r#"{"name":"ci","role":"a-role-from-the-future","expires_days":-1}"#,
    r#"{"name":"ci","rate_limit":18446744073709551615}"#,
];

#[test]
fn task_summary_decodes_as_serdes_derive() {
    for json in TASK_CASES {
        let (generated, mirror) = both::<TaskSummary, MirrorTaskSummary>(json);
        assert_eq!(generated, mirror, "{json}");
    }
}

#[test]
fn create_api_key_request_decodes_as_serdes_derive() {
    for json in KEY_CASES {
        let (generated, mirror) = both::<CreateApiKeyRequest, MirrorCreateApiKeyRequest>(json);
        assert_eq!(generated, mirror, "{json}");
    }
}

#[test]
fn an_array_is_not_read_positionally() {
    let eight = r#"["pending-0","d",0,"high",1,"pending","t","task"]"#;
    let (generated, mirror) = both::<TaskSummary, MirrorTaskSummary>(eight);
    assert!(
        mirror.is_ok(),
        "serde's derive reads it by position: {mirror:?}"
    );
    assert_eq!(
        generated.unwrap_err(),
        "invalid type: sequence, expected struct TaskSummary at line 1 column 1"
    );
    let (generated, _) = both::<TaskSummary, MirrorTaskSummary>("[]");
    assert!(generated.unwrap_err().starts_with("invalid type: sequence"));
}

#[test]
fn the_cases_cover_values_and_each_kind_of_error() {
    let outcomes: Vec<Result<Value, String>> = TASK_CASES
        .iter()
        .map(|json| both::<TaskSummary, MirrorTaskSummary>(json).0)
        .collect();
    let errors: Vec<&String> = outcomes.iter().filter_map(|o| o.as_ref().err()).collect();
    for expected in [
        "missing field `id`",
        "duplicate field `id`",
        "duplicate field `type`",
        "invalid type: string \"a string\", expected struct TaskSummary",
        "invalid type: string \"three\", expected i64",
        "trailing characters",
    ] {
        assert!(
            errors.iter().any(|e| e.starts_with(expected)),
            "no case gives {expected:?}: {errors:?}"
        );
    }
    let sent = |i: usize| -> Value {
        serde_json::from_str(outcomes[i].as_ref().unwrap().as_str().unwrap()).unwrap()
    };
    assert_eq!(sent(0)["type"], "task");
    assert_eq!(sent(4)["id"], "escaped key");
    assert_eq!(sent(4)["type"], "escaped renamed");
    assert!(sent(5).get("type").is_none(), "{}", sent(5));
    // Fields left out when unset, and kept in declaration order when set.
    assert_eq!(
        outcomes[1].as_ref().unwrap(),
        r#"{"id":7,"priority":3}"#,
        "an absent optional field is not sent"
    );
    assert_eq!(
        outcomes[0].as_ref().unwrap(),
        r#"{"id":"pending-0","position":0,"priority":"high","status":"pending","title":"t","type":"task"}"#
    );
}
