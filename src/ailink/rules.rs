//! Typed policy rules: builders that serialise to exactly the JSON the gateway stores in a
//! policy's `rules` (field names, tags and defaults from `gateway/src/models/policy.rs` at
//! 332754c). Anything else stays possible as raw JSON ([`Rule::raw`]).
//!
//! Two forms exist:
//! - the gateway's condition/action form, `{"when": <condition>, "then": <action or [actions]>}`:
//!   [`Rule::when`] with a [`Condition`] and one or more [`Action`]s. This is the form the
//!   proxy's policy engine evaluates.
//! - the seed's flat form, `{"type": "rate_limit", "window": "1m", "max_requests": 100}`:
//!   [`Rule::flat_rate_limit`]. The gateway stores it as given, but its engine (at 332754c)
//!   loads a token's policies as condition/action rules only, and a rule without `then` makes
//!   every proxied request of the tokens using that policy fail with `500`. Prefer
//!   [`Rule::rate_limit`], its condition/action equivalent.
//!
//! Optional fields left unset are omitted, so the gateway applies its defaults (shown on each
//! setter); set them to store them explicitly.
//!
//! The gateway stores every field, but at 332754c its proxy ignores some of them: a `deny`
//! always answers `403 {"error": "request blocked by policy"}` ([`Deny::status`] and
//! [`Deny::message`] do not reach the agent), `require_approval` always waits 30 s
//! ([`RequireApproval::timeout`], `fallback` and `notify` are not read), and a `webhook`'s
//! `on_fail` is not read. There is no spend cap either (the gateway never answers `402`): write
//! one as a rule on `usage.spend_today_usd` or `usage.spend_month_usd` with a `deny`.
//!
//! ```
//! use agent_apis::ailink::rules::{Action, Condition, Notify, Rule};
//! let rules = vec![
//!     Rule::rate_limit("1m", 100),
//!     Rule::when(Condition::all([
//!         Condition::field("request.path").glob("/v1/charges*"),
//!         Condition::field("request.body.amount").gt(5000),
//!     ]))
//!     .then_all([
//!         Action::require_approval().timeout("30m").notify(Notify::slack("#payments")).into(),
//!         Action::tag("risk", "high").into(),
//!     ]),
//! ];
//! let json = serde_json::to_value(&rules).unwrap();
//! assert_eq!(json[0]["then"]["action"], "rate_limit");
//! assert_eq!(json[1]["when"]["all"][1]["op"], "gt");
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::types::PolicyRules;

/// One entry of a policy's `rules` array.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(untagged)]
pub enum Rule {
    /// The condition/action form `{"when": ..., "then": ...}` the proxy evaluates.
    Conditional(ConditionalRule),
    /// The seed's flat form, tagged by `type`.
    Flat(FlatRule),
    /// Any other JSON, stored as given.
    Raw(Value),
}

/// `{"when": <condition>, "then": <action or [actions]>}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ConditionalRule {
    /// When the rule fires.
    pub when: Condition,
    /// What it does then.
    pub then: Then,
}

/// A rule's `then`: one action object or an array of actions (the gateway accepts both).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(untagged)]
pub enum Then {
    /// A single action object.
    One(Action),
    /// An array of actions, run in order.
    Many(Vec<Action>),
}

/// The seed's flat rules, tagged by `type`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FlatRule {
    /// `{"type": "rate_limit", "window": "1m", "max_requests": 100}`.
    RateLimit {
        /// Window: a number and a unit `s`, `m`, `h` or `d` (`"1m"`).
        window: String,
        /// Requests allowed per window.
        max_requests: u64,
    },
}

/// A rule waiting for its actions; finish it with [`then`](Self::then) or
/// [`then_all`](Self::then_all).
#[derive(Clone, Debug, PartialEq)]
#[must_use = "a rule needs its actions: call .then(..) or .then_all(..)"]
pub struct RuleBuilder {
    when: Condition,
}

impl RuleBuilder {
    /// The rule runs `action` when its condition holds (`"then": {...}`).
    #[inline]
    pub fn then(self, action: impl Into<Action>) -> Rule {
        Rule::Conditional(ConditionalRule {
            when: self.when,
            then: Then::One(action.into()),
        })
    }

    /// The rule runs `actions` in order when its condition holds (`"then": [...]`).
    #[inline]
    pub fn then_all(self, actions: impl IntoIterator<Item = Action>) -> Rule {
        Rule::Conditional(ConditionalRule {
            when: self.when,
            then: Then::Many(actions.into_iter().collect()),
        })
    }
}

impl Rule {
    /// A condition/action rule that fires when `condition` holds.
    #[inline]
    pub fn when(condition: Condition) -> RuleBuilder {
        RuleBuilder { when: condition }
    }

    /// A rule for every request (`"when": {"always": true}`).
    #[inline]
    pub fn always() -> RuleBuilder {
        Self::when(Condition::always())
    }

    /// Rate limit on every request, in the form the proxy evaluates:
    /// `{"when": {"always": true}, "then": {"action": "rate_limit", "window": "1m", "max_requests": 100}}`.
    /// For a limit per agent, IP or user, use [`Action::rate_limit`] with
    /// [`RateLimit::key`].
    #[inline]
    pub fn rate_limit(window: impl Into<String>, max_requests: u64) -> Rule {
        Self::always().then(Action::rate_limit(window, max_requests))
    }

    /// The seed's flat rule `{"type": "rate_limit", "window": "1m", "max_requests": 100}`,
    /// exactly as the official SDK sends it. See the [module docs](self): the proxy's engine at
    /// 332754c cannot evaluate it; [`Rule::rate_limit`] is the equivalent it can.
    #[inline]
    pub fn flat_rate_limit(window: impl Into<String>, max_requests: u64) -> Rule {
        Rule::Flat(FlatRule::RateLimit {
            window: window.into(),
            max_requests,
        })
    }

    /// Any JSON, stored as given.
    #[inline]
    pub fn raw(value: Value) -> Rule {
        Rule::Raw(value)
    }

    /// The rule as JSON.
    #[inline]
    pub fn to_json(&self) -> Value {
        // Every variant serialises to a JSON value (no maps with non-string keys, no floats
        // that could fail): the fallback is never reached.
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// Reads stored rules (a policy's `rules`) back into typed rules; entries that match no
    /// typed form (or carry fields the builders do not know) stay [`Rule::Raw`].
    #[inline]
    pub fn parse_all(rules: &PolicyRules) -> Vec<Rule> {
        rules
            .iter()
            .map(
                |value| match serde_json::from_value::<Rule>(value.clone()) {
                    Ok(rule) if &rule.to_json() == value => rule,
                    _ => Rule::Raw(value.clone()),
                },
            )
            .collect()
    }
}

impl From<Vec<Rule>> for PolicyRules {
    #[inline]
    fn from(rules: Vec<Rule>) -> Self {
        PolicyRules(rules.iter().map(Rule::to_json).collect())
    }
}

impl<const N: usize> From<[Rule; N]> for PolicyRules {
    #[inline]
    fn from(rules: [Rule; N]) -> Self {
        PolicyRules(rules.iter().map(Rule::to_json).collect())
    }
}

impl From<Rule> for PolicyRules {
    #[inline]
    fn from(rule: Rule) -> Self {
        PolicyRules(vec![rule.to_json()])
    }
}

// ── Conditions ──────────────────────────────────────────────────────────────

/// A boolean expression over the request context: `{all}`, `{any}`, `{not}`,
/// `{field, op, value}` or `{always}`.
///
/// Fields are dotted paths: `request.method`, `request.path`, `request.body_size`,
/// `request.body.<json path>` (`messages[0].content`, `messages[*].content`),
/// `request.headers.<name>`, `request.query.<name>`, `response.status`, `response.body.<path>`,
/// `agent.name`, `token.id` / `token.name` / `token.project_id`, `context.ip`,
/// `context.time.hour` / `context.time.weekday` / `context.time.date`, `usage.spend_today_usd`,
/// `usage.spend_month_usd`.
///
/// `agent.name` is the `X-AIlink-Agent-Name` header, or else the request's `User-Agent`
/// (`agent-apis/<version>` for an [`AgentClient`](super::AgentClient) built without
/// `agent_name`), so it is present on every request this SDK sends.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(untagged)]
pub enum Condition {
    /// Every child holds (`{"all": [...]}`).
    All {
        /// The children.
        all: Vec<Condition>,
    },
    /// At least one child holds (`{"any": [...]}`).
    Any {
        /// The children.
        any: Vec<Condition>,
    },
    /// The child does not hold (`{"not": {...}}`).
    Not {
        /// The negated condition.
        not: Box<Condition>,
    },
    /// Compares a field with a value (`{"field": ..., "op": ..., "value": ...}`).
    Check {
        /// Dotted path of the field.
        field: String,
        /// The comparison.
        op: Operator,
        /// The value compared with (ignored by `exists`, but required on the wire).
        value: Value,
    },
    /// Always (or never) holds (`{"always": true}`).
    Always {
        /// Whether it holds.
        always: bool,
    },
}

impl Condition {
    /// `{"all": [...]}`.
    #[inline]
    pub fn all(conditions: impl IntoIterator<Item = Condition>) -> Self {
        Condition::All {
            all: conditions.into_iter().collect(),
        }
    }

    /// `{"any": [...]}`.
    #[inline]
    pub fn any(conditions: impl IntoIterator<Item = Condition>) -> Self {
        Condition::Any {
            any: conditions.into_iter().collect(),
        }
    }

    /// `{"not": {...}}`.
    #[inline]
    pub fn negate(condition: Condition) -> Self {
        Condition::Not {
            not: Box::new(condition),
        }
    }

    /// `{"always": true}`: matches every request.
    #[inline]
    pub fn always() -> Self {
        Condition::Always { always: true }
    }

    /// `{"field": field, "op": op, "value": value}`.
    #[inline]
    pub fn check(field: impl Into<String>, op: Operator, value: impl Into<Value>) -> Self {
        Condition::Check {
            field: field.into(),
            op,
            value: value.into(),
        }
    }

    /// Starts a comparison on `field` (a dotted path such as `request.body.model`).
    #[inline]
    pub fn field(field: impl Into<String>) -> Field {
        Field(field.into())
    }
}

/// The left side of a comparison; each method finishes a [`Condition::Check`].
#[derive(Clone, Debug, PartialEq)]
#[must_use = "finish the comparison, e.g. .eq(..)"]
pub struct Field(String);

macro_rules! comparisons {
    ($($(#[$doc:meta])* $method:ident => $op:ident),* $(,)?) => {
        impl Field {
            $(
                $(#[$doc])*
                #[inline]
                pub fn $method(self, value: impl Into<Value>) -> Condition {
                    Condition::check(self.0, Operator::$op, value)
                }
            )*
        }
    };
}

comparisons! {
    /// `op: "eq"` — equal (numbers and numeric strings compare as numbers).
    eq => Eq,
    /// `op: "neq"` — not equal.
    neq => Neq,
    /// `op: "gt"` — greater than (numeric).
    gt => Gt,
    /// `op: "gte"` — greater than or equal (numeric).
    gte => Gte,
    /// `op: "lt"` — less than (numeric).
    lt => Lt,
    /// `op: "lte"` — less than or equal (numeric).
    lte => Lte,
    /// `op: "glob"` — matches a pattern with `*` and `?`.
    glob => Glob,
    /// `op: "regex"` — matches a regular expression.
    regex => Regex,
    /// `op: "contains"` — a string contains the value, or an array contains an element equal to it.
    contains => Contains,
    /// `op: "starts_with"`.
    starts_with => StartsWith,
    /// `op: "ends_with"`.
    ends_with => EndsWith,
}

impl Field {
    /// `op: "in"` — equal to one of `values`.
    #[inline]
    pub fn is_in<V: Into<Value>>(self, values: impl IntoIterator<Item = V>) -> Condition {
        let values: Vec<Value> = values.into_iter().map(Into::into).collect();
        Condition::check(self.0, Operator::In, values)
    }

    /// `op: "exists"` — the field is present (sent with `"value": true`, which the gateway
    /// requires on the wire and ignores).
    #[inline]
    pub fn exists(self) -> Condition {
        Condition::check(self.0, Operator::Exists, true)
    }
}

crate::open_enum! {
    #[doc = "A comparison operator of a [`Condition::Check`]."]
    Operator {
        Eq = "eq", Neq = "neq", Gt = "gt", Gte = "gte", Lt = "lt", Lte = "lte", In = "in",
        Glob = "glob", Regex = "regex", Contains = "contains", Exists = "exists",
        StartsWith = "starts_with", EndsWith = "ends_with"
    }
}

// ── Actions ─────────────────────────────────────────────────────────────────

/// What a rule does, tagged by `"action"`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    /// Block the request.
    Deny(Deny),
    /// Hold the request for a human decision.
    RequireApproval(RequireApproval),
    /// Apply a rate limit.
    RateLimit(RateLimit),
    /// Delay the request.
    Throttle(Throttle),
    /// Redact data from the request and/or response body.
    Redact(Redact),
    /// Set or remove headers, append a system prompt.
    Transform(Transform),
    /// Override body fields (e.g. force a cheaper model).
    Override(Override),
    /// Log without blocking.
    Log(Log),
    /// Tag the audit log entry.
    Tag(Tag),
    /// Call a webhook.
    Webhook(Webhook),
}

impl Action {
    /// `{"action": "deny"}`: the gateway answers the agent `403 {"error": "request blocked by
    /// policy"}`. At 332754c that is the answer whatever the rule's `status` and `message`
    /// say (see [`Deny`]).
    ///
    /// ```
    /// use agent_apis::ailink::rules::{Action, Condition, Rule};
    /// // A daily spend cap of $50 (the gateway has no other at 332754c): answered with 403.
    /// let cap = Rule::when(Condition::field("usage.spend_today_usd").gte(50))
    ///     .then(Action::deny().message("daily budget spent"));
    /// let json = serde_json::to_value(&cap).unwrap();
    /// assert_eq!(json["then"], serde_json::json!({"action": "deny", "message": "daily budget spent"}));
    /// ```
    #[inline]
    pub fn deny() -> Deny {
        Deny::default()
    }

    /// `{"action": "require_approval"}` (timeout `30m`, fallback `deny` by default).
    #[inline]
    pub fn require_approval() -> RequireApproval {
        RequireApproval::default()
    }

    /// `{"action": "rate_limit", "window": ..., "max_requests": ...}` (per token by default).
    #[inline]
    pub fn rate_limit(window: impl Into<String>, max_requests: u64) -> RateLimit {
        RateLimit {
            window: window.into(),
            max_requests,
            key: None,
        }
    }

    /// `{"action": "throttle", "delay_ms": ...}`.
    #[inline]
    pub fn throttle(delay_ms: u64) -> Throttle {
        Throttle { delay_ms }
    }

    /// `{"action": "redact"}` (both directions, no patterns or fields until added).
    #[inline]
    pub fn redact() -> Redact {
        Redact::default()
    }

    /// `{"action": "transform", "operations": [...]}`.
    #[inline]
    pub fn transform(operations: impl IntoIterator<Item = TransformOp>) -> Transform {
        Transform {
            operations: operations.into_iter().collect(),
        }
    }

    /// `{"action": "override", "set_body_fields": {}}`; add fields with [`Override::set`].
    #[inline]
    pub fn override_body() -> Override {
        Override::default()
    }

    /// `{"action": "log"}` (level `warn`, no tags by default).
    #[inline]
    pub fn log() -> Log {
        Log::default()
    }

    /// `{"action": "tag", "key": ..., "value": ...}`.
    #[inline]
    pub fn tag(key: impl Into<String>, value: impl Into<String>) -> Tag {
        Tag {
            key: key.into(),
            value: value.into(),
        }
    }

    /// `{"action": "webhook", "url": ...}` (timeout 5000 ms, on failure `allow` by default).
    #[inline]
    pub fn webhook(url: impl Into<String>) -> Webhook {
        Webhook {
            url: url.into(),
            timeout_ms: None,
            on_fail: None,
        }
    }
}

macro_rules! into_action {
    ($($variant:ident),*) => {
        $(impl From<$variant> for Action {
            #[inline]
            fn from(action: $variant) -> Self {
                Action::$variant(action)
            }
        })*
    };
}

into_action!(
    Deny,
    RequireApproval,
    RateLimit,
    Throttle,
    Redact,
    Transform,
    Override,
    Log,
    Tag,
    Webhook
);

/// The `deny` action. The agent always gets `403 {"error": "request blocked by policy"}` at
/// 332754c: the gateway stores `status` and `message` but answers neither.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Deny {
    /// The status the rule asks for. Stored, but not answered: the gateway answers 403.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// The reason. Written to the audit row's deny reason (which `list_audit_logs` does not
    /// return), not answered to the agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl Deny {
    /// The status the rule asks for. It has no effect on the wire: the gateway answers 403
    /// whatever this says (at 332754c and at its current head).
    #[inline]
    pub fn status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// The reason, recorded in the audit row at 332754c (the agent sees `request blocked by
    /// policy`); the current head appends it to the 403's message.
    #[inline]
    pub fn message(mut self, message: impl Into<String>) -> Self {
        self.message = Some(message.into());
        self
    }
}

/// The `require_approval` action. At 332754c the proxy holds the request for 30 s (then
/// `408 approval timed out`) and the approval request expires after 10 minutes, whatever
/// `timeout` and `fallback` say; `notify` is not read (the gateway's own Slack setting is).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RequireApproval {
    /// How long the request may wait, e.g. `"30m"` (gateway default `30m`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<String>,
    /// What happens when nobody decides in time (gateway default `deny`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback: Option<String>,
    /// Who is notified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify: Option<Notify>,
}

impl RequireApproval {
    /// How long the request may wait (`"30m"`, `"1h"`).
    #[inline]
    pub fn timeout(mut self, timeout: impl Into<String>) -> Self {
        self.timeout = Some(timeout.into());
        self
    }

    /// What happens when nobody decides in time (`"deny"` or `"allow"`).
    #[inline]
    pub fn fallback(mut self, fallback: impl Into<String>) -> Self {
        self.fallback = Some(fallback.into());
        self
    }

    /// Who is notified.
    #[inline]
    pub fn notify(mut self, notify: Notify) -> Self {
        self.notify = Some(notify);
        self
    }
}

/// A notification target of `require_approval`: `{"type": "slack", "channel": ...}` or
/// `{"type": "webhook", "url": ...}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Notify {
    /// `slack` or `webhook`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Slack channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// Webhook URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Notify {
    /// `{"type": "slack", "channel": channel}`.
    #[inline]
    pub fn slack(channel: impl Into<String>) -> Self {
        Notify {
            kind: "slack".into(),
            channel: Some(channel.into()),
            url: None,
        }
    }

    /// `{"type": "webhook", "url": url}`.
    #[inline]
    pub fn webhook(url: impl Into<String>) -> Self {
        Notify {
            kind: "webhook".into(),
            channel: None,
            url: Some(url.into()),
        }
    }
}

/// The `rate_limit` action.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RateLimit {
    /// Window: a number and a unit `s`, `m`, `h` or `d` (`"1m"`); the gateway uses 60 s
    /// for a window it cannot parse.
    pub window: String,
    /// Requests allowed per window.
    pub max_requests: u64,
    /// What is counted (gateway default `per_token`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<RateLimitKey>,
}

impl RateLimit {
    /// What is counted: per token, agent, IP, user, or globally. At 332754c `per_agent` counts
    /// per agent name (an unnamed agent's name is its `User-Agent`), `per_ip` counts every
    /// request in one bucket and `per_user` counts per token.
    #[inline]
    pub fn key(mut self, key: RateLimitKey) -> Self {
        self.key = Some(key);
        self
    }
}

crate::open_enum! {
    #[doc = "What a `rate_limit` action counts."]
    RateLimitKey {
        PerToken = "per_token", PerAgent = "per_agent", PerIp = "per_ip", PerUser = "per_user",
        Global = "global"
    }
}

/// The `throttle` action.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Throttle {
    /// Delay in milliseconds.
    pub delay_ms: u64,
}

/// The `redact` action.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Redact {
    /// Which bodies are redacted (gateway default `both`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<RedactDirection>,
    /// Built-in pattern names or regular expressions (e.g. `ssn`, `email`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub patterns: Vec<String>,
    /// JSON fields to redact.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
}

impl Redact {
    /// Which bodies are redacted.
    #[inline]
    pub fn direction(mut self, direction: RedactDirection) -> Self {
        self.direction = Some(direction);
        self
    }

    /// Adds a pattern.
    #[inline]
    pub fn pattern(mut self, pattern: impl Into<String>) -> Self {
        self.patterns.push(pattern.into());
        self
    }

    /// Adds a field.
    #[inline]
    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.fields.push(field.into());
        self
    }
}

crate::open_enum! {
    #[doc = "Which bodies a `redact` action applies to."]
    RedactDirection { Request = "request", Response = "response", Both = "both" }
}

/// The `transform` action.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Transform {
    /// The operations, in order.
    pub operations: Vec<TransformOp>,
}

/// One operation of a `transform` action, tagged by `type`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum TransformOp {
    /// `{"type": "set_header", "name": ..., "value": ...}` on the upstream request.
    SetHeader {
        /// Header name.
        name: String,
        /// Header value.
        value: String,
    },
    /// `{"type": "remove_header", "name": ...}`.
    RemoveHeader {
        /// Header name.
        name: String,
    },
    /// `{"type": "append_system_prompt", "text": ...}`.
    AppendSystemPrompt {
        /// The text appended.
        text: String,
    },
}

impl TransformOp {
    /// `set_header`.
    #[inline]
    pub fn set_header(name: impl Into<String>, value: impl Into<String>) -> Self {
        TransformOp::SetHeader {
            name: name.into(),
            value: value.into(),
        }
    }

    /// `remove_header`.
    #[inline]
    pub fn remove_header(name: impl Into<String>) -> Self {
        TransformOp::RemoveHeader { name: name.into() }
    }

    /// `append_system_prompt`.
    #[inline]
    pub fn append_system_prompt(text: impl Into<String>) -> Self {
        TransformOp::AppendSystemPrompt { text: text.into() }
    }
}

/// The `override` action.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Override {
    /// Body fields set on the request.
    pub set_body_fields: BTreeMap<String, Value>,
}

impl Override {
    /// Sets body field `name` to `value`.
    #[inline]
    pub fn set(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.set_body_fields.insert(name.into(), value.into());
        self
    }
}

/// The `log` action.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Log {
    /// Log level (gateway default `warn`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// Tags added to the log line.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tags: BTreeMap<String, String>,
}

impl Log {
    /// Log level (`info`, `warn`, `error`).
    #[inline]
    pub fn level(mut self, level: impl Into<String>) -> Self {
        self.level = Some(level.into());
        self
    }

    /// Adds a tag.
    #[inline]
    pub fn tag(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.tags.insert(key.into(), value.into());
        self
    }
}

/// The `tag` action.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Tag {
    /// Tag name.
    pub key: String,
    /// Tag value.
    pub value: String,
}

/// The `webhook` action.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Webhook {
    /// URL called.
    pub url: String,
    /// Timeout in milliseconds (gateway default 5000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<u64>,
    /// What happens when the call fails (gateway default `allow`; not read at 332754c, whose
    /// webhooks are fire-and-forget).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_fail: Option<OnFail>,
}

impl Webhook {
    /// Timeout in milliseconds.
    #[inline]
    pub fn timeout_ms(mut self, timeout_ms: u64) -> Self {
        self.timeout_ms = Some(timeout_ms);
        self
    }

    /// What happens when the call fails.
    #[inline]
    pub fn on_fail(mut self, on_fail: OnFail) -> Self {
        self.on_fail = Some(on_fail);
        self
    }
}

crate::open_enum! {
    #[doc = "What a `webhook` action does when the call fails."]
    OnFail { Allow = "allow", Deny = "deny" }
}
