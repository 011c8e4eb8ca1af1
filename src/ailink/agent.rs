//! The agent's client: [`AgentClient`], holding the virtual token (`ailink_v1_...` at 332754c,
//! `tf_v1_...` at the current head), the optional agent name and idempotency key, and the
//! shared transport it sends through. It has no management operations: those need an
//! [`AdminClient`](super::AdminClient).
//!
//! Both gateway versions are served by one client without any setting: the agent name and the
//! idempotency key go out under both header names, `X-AIlink-*` (read by 332754c) and
//! `X-TrueFlow-*` (read by the head); each gateway reads its own and ignores the other. The
//! token is sent as it was given: its prefix is the gateway's business, not the client's.

use std::fmt;
use std::sync::Arc;

use secrecy::SecretString;

use super::{
    DEFAULT_GATEWAY_URL, ENV_API_KEY, ENV_GATEWAY_URL, ENV_TRUEFLOW_API_KEY,
    ENV_TRUEFLOW_GATEWAY_URL,
};
use crate::config::{env_var, ClientBuilder, Service};
use crate::transport::{HasTransport, ServiceProfile, StaticCredential, Transport};
use crate::{CallOptions, Error, Result, Secret};

/// The prefix of the virtual tokens the gateway issued at 332754c. For information only: the
/// SDK never checks a token's prefix (the current head issues [`TRUEFLOW_TOKEN_PREFIX`] tokens,
/// and a later version may issue others); the gateway decides whether it knows a token.
pub const VIRTUAL_TOKEN_PREFIX: &str = "ailink_v1_";

/// The prefix of the virtual tokens the current head (TrueFlow) issues. For information only,
/// like [`VIRTUAL_TOKEN_PREFIX`].
pub const TRUEFLOW_TOKEN_PREFIX: &str = "tf_v1_";

/// Headers naming the agent in the audit log and approval requests, as 332754c and the head
/// read them (without one the gateway uses the `User-Agent`). Both are sent.
pub(crate) const AGENT_NAME_HEADERS: [&str; 2] = ["x-ailink-agent-name", "x-trueflow-agent-name"];
/// Headers carrying the agent's idempotency key, as 332754c and the head read them (either also
/// makes a proxied POST retryable). Both are sent.
pub(crate) const IDEMPOTENCY_HEADERS: [&str; 2] =
    ["x-ailink-idempotency-key", "x-trueflow-idempotency-key"];

/// Marker type of AIlink's agent proxy for [`ClientBuilder`].
#[derive(Debug)]
pub enum AIlinkAgent {}

impl Service for AIlinkAgent {
    const NAME: &'static str = "ailink";
    const DEFAULT_BASE_URL: &'static str = DEFAULT_GATEWAY_URL;
    type Options = AgentOptions;
}

/// What the builder keeps besides the shared settings: the virtual token (for the OpenAI and
/// Anthropic bridges, which need its value) and the agent name.
#[derive(Clone, Debug, Default)]
pub struct AgentOptions {
    token: Option<Secret>,
    agent_name: Option<String>,
}

/// Proxied requests go through the shared transport with this profile: a POST carrying
/// `X-AIlink-Idempotency-Key` or `X-TrueFlow-Idempotency-Key` may be retried; no declared
/// statuses (any 2xx is success).
static PROFILE: ServiceProfile = ServiceProfile {
    name: "ailink",
    idempotency_headers: &IDEMPOTENCY_HEADERS,
    declared_status: |_| None,
};

/// An agent's handle on the gateway (the seed's `AIlinkClient(api_key="ailink_v1_...")`, the
/// head's `TrueFlowClient(api_key="tf_v1_...")`).
///
/// Works against 332754c and the current head alike: the token is sent as given, and the agent
/// name and idempotency key under both gateways' header names (`X-AIlink-*` and
/// `X-TrueFlow-*`). Cheap to clone. `Debug` never shows the virtual token.
///
/// ```no_run
/// # fn demo() -> agent_apis::Result<()> {
/// use agent_apis::ailink::AgentClient;
/// let agent = AgentClient::builder()
///     .base_url("http://localhost:8443")
///     .api_key("ailink_v1_00000000_tok_0123abcd")
///     .agent_name("billing-bot")
///     .build()?;
/// # let _ = agent; Ok(()) }
/// ```
#[derive(Clone)]
pub struct AgentClient {
    pub(crate) base_url: String,
    /// `base_url` parsed once: each request's URL is built from it (see `transport::Base`).
    pub(crate) base: crate::transport::Base,
    pub(crate) transport: Transport,
    pub(crate) token: Secret,
    pub(crate) agent_name: Option<String>,
}

impl fmt::Debug for AgentClient {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AgentClient")
            .field("base_url", &self.base_url)
            .field("token", &self.token)
            .field("agent_name", &self.agent_name)
            .field("transport", &self.transport)
            .finish()
    }
}

impl AgentClient {
    /// A builder; the default gateway URL is `http://localhost:8443`. A virtual token is
    /// required ([`ClientBuilder::api_key`]).
    #[inline]
    pub fn builder() -> ClientBuilder<AIlinkAgent> {
        ClientBuilder::default()
    }

    /// An agent client for the gateway at `gateway_url` with the virtual token `api_key`.
    #[inline]
    pub fn new(gateway_url: impl Into<String>, api_key: impl Into<String>) -> Result<Self> {
        Self::builder()
            .base_url(gateway_url)
            .api_key(api_key)
            .build()
    }

    /// An agent client from the environment: the gateway URL from `AILINK_GATEWAY_URL`, else
    /// `TRUEFLOW_GATEWAY_URL` (default `http://localhost:8443`), and the virtual token from
    /// `AILINK_API_KEY`, else `TRUEFLOW_API_KEY` (required). See
    /// [`ClientBuilder::<AIlinkAgent>::from_env`](ClientBuilder#method.from_env-1).
    #[inline]
    pub fn from_env() -> Result<Self> {
        ClientBuilder::<AIlinkAgent>::from_env().build()
    }

    /// The gateway URL (no trailing slash).
    #[inline]
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The agent name sent as `X-AIlink-Agent-Name` and `X-TrueFlow-Agent-Name`, if any.
    /// Without one the gateway names the agent after its `User-Agent` (`agent-apis/<version>`).
    #[inline]
    pub fn agent_name(&self) -> Option<&str> {
        self.agent_name.as_deref()
    }

    /// The virtual token. Keep it out of logs.
    #[inline]
    pub fn api_key(&self) -> &Secret {
        &self.token
    }

    /// A handle on the same client whose proxied calls apply `options` (timeout, retries,
    /// idempotency key, extra headers). Cheap: the connection pool is shared.
    #[inline]
    pub fn with_options(&self, options: CallOptions) -> Self {
        Self {
            transport: self.transport.with_call_options(options),
            ..self.clone()
        }
    }
}

impl ClientBuilder<AIlinkAgent> {
    /// A builder preloaded from the environment. Each setting is read from its `AILINK_*`
    /// variable (the seed's names), else from its `TRUEFLOW_*` variable (the names the current
    /// official SDK reads); an empty variable counts as unset:
    ///
    /// | setting | variables, in order |
    /// |---|---|
    /// | gateway URL | `AILINK_GATEWAY_URL`, `TRUEFLOW_GATEWAY_URL` |
    /// | virtual token | `AILINK_API_KEY`, `TRUEFLOW_API_KEY` |
    #[inline]
    pub fn from_env() -> Self {
        let mut b = Self::default();
        if let Some(url) = env_var(ENV_GATEWAY_URL).or_else(|| env_var(ENV_TRUEFLOW_GATEWAY_URL)) {
            b = b.base_url(url);
        }
        if let Some(token) = env_var(ENV_API_KEY).or_else(|| env_var(ENV_TRUEFLOW_API_KEY)) {
            b = b.api_key(token);
        }
        b
    }

    /// The virtual token, sent as `Authorization: Bearer` exactly as given: `ailink_v1_...`
    /// (332754c), `tf_v1_...` (the current head) or whatever a later gateway issues. The SDK
    /// does not judge a token by its prefix; a token the gateway does not know is answered
    /// with `401` ([`ErrorKind::Authentication`](crate::ErrorKind::Authentication)). Only an
    /// empty (or all-whitespace) token fails [`build`](Self::build), with
    /// [`ErrorKind::Configuration`](crate::ErrorKind::Configuration), before anything is sent.
    #[inline]
    pub fn api_key(mut self, token: impl Into<String>) -> Self {
        let token = token.into();
        if token.trim().is_empty() {
            self.defer(Error::configuration(
                "ailink: the agent's virtual token is empty",
            ));
            return self;
        }
        match StaticCredential::bearer(SecretString::from(token.clone())) {
            Ok(c) => self.config.credentials = Some(Arc::new(c)),
            Err(e) => self.defer(e),
        }
        self.options.token = Some(Secret::new(token));
        self
    }

    /// Names the agent: shown in audit logs and approval requests, usable in policy
    /// conditions (`agent.name`) and counted by `per_agent` rate limits. Sent as both
    /// `X-AIlink-Agent-Name` (read by 332754c) and `X-TrueFlow-Agent-Name` (read by the
    /// current head), so that either gateway sees it.
    ///
    /// Without it the gateway uses the request's `User-Agent` instead (`agent-apis/<version>`
    /// with the SDK's own HTTP client): every unnamed agent then shows up, and is
    /// rate-limited, as that one name.
    #[inline]
    pub fn agent_name(mut self, name: impl Into<String>) -> Self {
        let name = name.into();
        for header in AGENT_NAME_HEADERS {
            self = self.default_header(header, &name);
        }
        self.options.agent_name = Some(name);
        self
    }

    /// Sends `key` as `X-AIlink-Idempotency-Key` and `X-TrueFlow-Idempotency-Key` (the names
    /// 332754c and the current head read) on every proxied request, as the seed's
    /// `idempotency_key=` does. It lets the gateway recognise a resent request waiting for
    /// approval, and makes proxied POSTs retryable. For one key per request, use
    /// [`ProxyRequest::idempotency_key`](super::ProxyRequest::idempotency_key).
    #[inline]
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        let key = key.into();
        for header in IDEMPOTENCY_HEADERS {
            self = self.default_header(header, &key);
        }
        self
    }

    /// Builds the agent client. Fails with
    /// [`ErrorKind::Configuration`](crate::ErrorKind::Configuration) without a virtual token
    /// (or with an empty one).
    #[inline]
    pub fn build(self) -> Result<AgentClient> {
        if self.deferred_error.is_none() && self.options.token.is_none() {
            return Err(Error::configuration(format!(
                "ailink: no virtual token; call .api_key(..) or set {ENV_API_KEY} or \
                 {ENV_TRUEFLOW_API_KEY}"
            )));
        }
        let (base_url, transport, options) = self.into_transport(&PROFILE)?;
        // `into_transport` reported any deferred error, so the token checked above is here.
        let token = options
            .token
            .ok_or_else(|| Error::configuration("ailink: no virtual token"))?;
        Ok(AgentClient {
            base: crate::transport::Base::new(&base_url),
            base_url,
            transport,
            token,
            agent_name: options.agent_name,
        })
    }
}
