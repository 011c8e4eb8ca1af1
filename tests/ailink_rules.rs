//! The JSON of every policy rule builder, compared with the JSON the gateway stores and its
//! policy engine reads (gateway/src/models/policy.rs at 332754c), and typed rules sent by
//! `create_policy`.
#![cfg(feature = "ailink")]

mod ailink_support;

use agent_apis::ailink::rules::{
    Action, Condition, Notify, OnFail, Operator, RateLimitKey, RedactDirection, Rule, TransformOp,
};
use agent_apis::ailink::types::{PolicyMode, PolicyRules};
use agent_apis::ErrorKind;
use ailink_support::{admin, ADMIN_KEY, POLICY_ID};
use httpmock::{Method, MockServer};
use serde_json::{json, Value};

fn json_of(rule: Rule) -> Value {
    rule.to_json()
}

fn action_json(action: impl Into<Action>) -> Value {
    serde_json::to_value(action.into()).unwrap()
}

fn condition_json(condition: Condition) -> Value {
    serde_json::to_value(condition).unwrap()
}

#[test]
fn seed_rate_limit_rules() {
    assert_eq!(
        json_of(Rule::flat_rate_limit("1m", 100)),
        json!({"type": "rate_limit", "window": "1m", "max_requests": 100})
    );
    assert_eq!(
        json_of(Rule::rate_limit("1m", 100)),
        json!({"when": {"always": true}, "then": {"action": "rate_limit", "window": "1m", "max_requests": 100}})
    );
}

#[test]
fn conditions() {
    let check = |c: Condition| condition_json(c);
    assert_eq!(check(Condition::always()), json!({"always": true}));
    assert_eq!(
        check(Condition::field("request.method").eq("POST")),
        json!({"field": "request.method", "op": "eq", "value": "POST"})
    );
    let cases: Vec<(Condition, &str, Value)> = vec![
        (Condition::field("f").neq("x"), "neq", json!("x")),
        (Condition::field("f").gt(5000), "gt", json!(5000)),
        (Condition::field("f").gte(1.5), "gte", json!(1.5)),
        (Condition::field("f").lt(3), "lt", json!(3)),
        (Condition::field("f").lte(4), "lte", json!(4)),
        (
            Condition::field("f").is_in(["gpt-4", "gpt-4-turbo"]),
            "in",
            json!(["gpt-4", "gpt-4-turbo"]),
        ),
        (
            Condition::field("f").glob("/v1/charges*"),
            "glob",
            json!("/v1/charges*"),
        ),
        (Condition::field("f").regex("^sk-"), "regex", json!("^sk-")),
        (
            Condition::field("f").contains("ssn"),
            "contains",
            json!("ssn"),
        ),
        (Condition::field("f").exists(), "exists", json!(true)),
        (
            Condition::field("f").starts_with("/v1"),
            "starts_with",
            json!("/v1"),
        ),
        (
            Condition::field("f").ends_with(".json"),
            "ends_with",
            json!(".json"),
        ),
        (
            Condition::check("f", Operator::Unknown("near".into()), json!(1)),
            "near",
            json!(1),
        ),
    ];
    for (condition, op, value) in cases {
        assert_eq!(
            check(condition),
            json!({"field": "f", "op": op, "value": value}),
            "{op}"
        );
    }
    let tree = Condition::any([
        Condition::field("request.method").eq("DELETE"),
        Condition::all([
            Condition::field("request.path").glob("/v1/charges*"),
            Condition::negate(Condition::field("agent.name").eq("trusted")),
        ]),
    ]);
    assert_eq!(
        check(tree),
        json!({"any": [
            {"field": "request.method", "op": "eq", "value": "DELETE"},
            {"all": [
                {"field": "request.path", "op": "glob", "value": "/v1/charges*"},
                {"not": {"field": "agent.name", "op": "eq", "value": "trusted"}}
            ]}
        ]})
    );
}

#[test]
fn actions_with_gateway_defaults_left_out() {
    let cases: Vec<(Action, Value)> = vec![
        (Action::deny().into(), json!({"action": "deny"})),
        (
            Action::require_approval().into(),
            json!({"action": "require_approval"}),
        ),
        (
            Action::rate_limit("5m", 50).into(),
            json!({"action": "rate_limit", "window": "5m", "max_requests": 50}),
        ),
        (
            Action::throttle(2000).into(),
            json!({"action": "throttle", "delay_ms": 2000}),
        ),
        (Action::redact().into(), json!({"action": "redact"})),
        (
            Action::transform([]).into(),
            json!({"action": "transform", "operations": []}),
        ),
        (
            Action::override_body().into(),
            json!({"action": "override", "set_body_fields": {}}),
        ),
        (Action::log().into(), json!({"action": "log"})),
        (
            Action::tag("risk", "high").into(),
            json!({"action": "tag", "key": "risk", "value": "high"}),
        ),
        (
            Action::webhook("https://hooks.example.com/a").into(),
            json!({"action": "webhook", "url": "https://hooks.example.com/a"}),
        ),
    ];
    for (action, expected) in cases {
        assert_eq!(action_json(action), expected);
    }
}

#[test]
fn actions_with_every_field_set() {
    assert_eq!(
        action_json(Action::deny().status(429).message("slow down")),
        json!({"action": "deny", "status": 429, "message": "slow down"})
    );
    assert_eq!(
        action_json(
            Action::require_approval()
                .timeout("1h")
                .fallback("allow")
                .notify(Notify::slack("#alerts"))
        ),
        json!({"action": "require_approval", "timeout": "1h", "fallback": "allow", "notify": {"type": "slack", "channel": "#alerts"}})
    );
    assert_eq!(
        action_json(
            Action::require_approval().notify(Notify::webhook("https://hooks.example.com/n"))
        ),
        json!({"action": "require_approval", "notify": {"type": "webhook", "url": "https://hooks.example.com/n"}})
    );
    for (key, wire) in [
        (RateLimitKey::PerToken, "per_token"),
        (RateLimitKey::PerAgent, "per_agent"),
        (RateLimitKey::PerIp, "per_ip"),
        (RateLimitKey::PerUser, "per_user"),
        (RateLimitKey::Global, "global"),
    ] {
        assert_eq!(
            action_json(Action::rate_limit("1m", 10).key(key)),
            json!({"action": "rate_limit", "window": "1m", "max_requests": 10, "key": wire})
        );
    }
    assert_eq!(
        action_json(
            Action::redact()
                .direction(RedactDirection::Request)
                .pattern("ssn")
                .pattern("email")
                .field("card")
        ),
        json!({"action": "redact", "direction": "request", "patterns": ["ssn", "email"], "fields": ["card"]})
    );
    assert_eq!(
        action_json(Action::redact().direction(RedactDirection::Response))["direction"],
        "response"
    );
    assert_eq!(
        action_json(Action::redact().direction(RedactDirection::Both))["direction"],
        "both"
    );
    assert_eq!(
        action_json(Action::transform([
            TransformOp::set_header("anthropic-version", "2023-06-01"),
            TransformOp::remove_header("x-debug"),
            TransformOp::append_system_prompt("Be safe"),
        ])),
        json!({"action": "transform", "operations": [
            {"type": "set_header", "name": "anthropic-version", "value": "2023-06-01"},
            {"type": "remove_header", "name": "x-debug"},
            {"type": "append_system_prompt", "text": "Be safe"}
        ]})
    );
    assert_eq!(
        action_json(
            Action::override_body()
                .set("model", "gpt-3.5-turbo")
                .set("max_tokens", 512)
        ),
        json!({"action": "override", "set_body_fields": {"model": "gpt-3.5-turbo", "max_tokens": 512}})
    );
    assert_eq!(
        action_json(
            Action::log()
                .level("error")
                .tag("env", "prod")
                .tag("team", "ml")
        ),
        json!({"action": "log", "level": "error", "tags": {"env": "prod", "team": "ml"}})
    );
    assert_eq!(
        action_json(
            Action::webhook("https://hooks.example.com/a")
                .timeout_ms(2500)
                .on_fail(OnFail::Deny)
        ),
        json!({"action": "webhook", "url": "https://hooks.example.com/a", "timeout_ms": 2500, "on_fail": "deny"})
    );
    assert_eq!(
        action_json(Action::webhook("u").on_fail(OnFail::Allow))["on_fail"],
        "allow"
    );
}

/// The gateway's own fixture (`test_full_stripe_hitl_policy_deserialization`), built with the
/// builders, read back, and raw JSON left alone.
#[test]
fn a_full_rule_round_trips_and_raw_json_stays_raw() {
    let stripe = json!({
        "when": {"all": [
            {"field": "request.path", "op": "glob", "value": "/v1/charges*"},
            {"field": "request.method", "op": "eq", "value": "POST"},
            {"field": "request.body.amount", "op": "gt", "value": 5000}
        ]},
        "then": [
            {"action": "require_approval", "timeout": "30m", "fallback": "deny",
             "notify": {"type": "slack", "channel": "#payments-review"}},
            {"action": "tag", "key": "risk", "value": "high"}
        ]
    });
    let built = Rule::when(Condition::all([
        Condition::field("request.path").glob("/v1/charges*"),
        Condition::field("request.method").eq("POST"),
        Condition::field("request.body.amount").gt(5000),
    ]))
    .then_all([
        Action::require_approval()
            .timeout("30m")
            .fallback("deny")
            .notify(Notify::slack("#payments-review"))
            .into(),
        Action::tag("risk", "high").into(),
    ]);
    assert_eq!(built.to_json(), stripe);

    let raw = json!({"type": "human_approval", "timeout": "5m", "fallback": "reject"});
    let stored = PolicyRules(vec![
        stripe.clone(),
        raw.clone(),
        json!({"type": "rate_limit", "window": "1m", "max_requests": 100}),
    ]);
    let parsed = Rule::parse_all(&stored);
    assert_eq!(parsed[0], built);
    assert_eq!(parsed[1], Rule::raw(raw.clone()));
    assert_eq!(parsed[2], Rule::flat_rate_limit("1m", 100));
    assert_eq!(PolicyRules::from(parsed).0, stored.0);
}

#[tokio::test]
async fn create_policy_sends_typed_and_raw_rules() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/v1/policies")
            .header("x-admin-key", ADMIN_KEY)
            .json_body(json!({
                "name": "guard",
                "rules": [
                    {"when": {"field": "request.body.model", "op": "eq", "value": "gpt-4"},
                     "then": {"action": "override", "set_body_fields": {"model": "gpt-4o-mini"}}},
                    {"custom": true}
                ]
            }));
        then.status(201)
            .json_body(json!({"id": POLICY_ID, "name": "guard", "message": "Policy created"}));
    });
    let rules = vec![
        Rule::when(Condition::field("request.body.model").eq("gpt-4"))
            .then(Action::override_body().set("model", "gpt-4o-mini")),
        Rule::raw(json!({"custom": true})),
    ];
    admin(&server)
        .create_policy()
        .name("guard")
        .rules(rules)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
}

/// The typed call of the API design: `rules` takes an array (or a `Vec`) of typed rules, and
/// the body carries exactly their JSON.
#[tokio::test]
async fn create_policy_with_a_typed_rate_limit_sends_the_rule_the_proxy_evaluates() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/api/v1/policies")
            .header("x-admin-key", ADMIN_KEY)
            .json_body(json!({
                "name": "rate-limit-100",
                "mode": "enforce",
                "rules": [{"when": {"always": true},
                           "then": {"action": "rate_limit", "window": "1m", "max_requests": 100}}]
            }));
        then.status(201).json_body(
            json!({"id": POLICY_ID, "name": "rate-limit-100", "message": "Policy created"}),
        );
    });
    let created = admin(&server)
        .create_policy()
        .name("rate-limit-100")
        .mode(PolicyMode::Enforce)
        .rules([Rule::rate_limit("1m", 100)])
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(created.name, "rate-limit-100");
}

/// `update_policy` takes typed rules the same way; only the fields set are sent.
#[tokio::test]
async fn update_policy_sends_typed_rules_alone() {
    let server = MockServer::start_async().await;
    let m = server.mock(|when, then| {
        when.method(Method::PUT)
            .path(format!("/api/v1/policies/{POLICY_ID}"))
            .json_body(json!({"rules": [
                {"when": {"always": true}, "then": {"action": "throttle", "delay_ms": 250}}
            ]}));
        then.status(200)
            .json_body(json!({"id": POLICY_ID, "name": "", "message": "Policy updated"}));
    });
    admin(&server)
        .update_policy()
        .policy_id(POLICY_ID.parse::<uuid::Uuid>().unwrap())
        .rules(vec![Rule::always().then(Action::throttle(250))])
        .send()
        .await
        .unwrap();
    m.assert_async().await;
}

/// A policy without its required `name` is refused before anything is sent.
#[tokio::test]
async fn create_policy_without_a_name_is_an_invalid_request_sent_nowhere() {
    let server = MockServer::start_async().await;
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(201);
    });
    let err = admin(&server)
        .create_policy()
        .rules([Rule::rate_limit("1m", 100)])
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    assert!(err.message().contains("name"), "{}", err.message());
    assert_eq!(any.calls_async().await, 0);
}
