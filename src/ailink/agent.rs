//! The agent's client: [`AgentClient`], holding the virtual token (`ailink_v1_...`), the
//! optional agent name and idempotency key, and the shared transport it sends through. It has
//! no management operations: those need an [`AdminClient`](super::AdminClient).

use std::fmt;
use std::sync::Arc;

use secrecy::SecretString;

use super::{DEFAULT_GATEWAY_URL, ENV_API_KEY, ENV_GATEWAY_URL};
use crate::config::{env_var, ClientBuilder, Service};
use crate::transport::{HasTransport, ServiceProfile, StaticCredential, Transport};
use crate::{CallOptions, Error, Result, Secret};

/// Every virtual token starts with this prefix.
pub const VIRTUAL_TOKEN_PREFIX: &str = "ailink_v1_";

/// Header naming the agent in the audit log and approval requests (without it the gateway
/// uses the `User-Agent`).
pub(crate) const AGENT_NAME_HEADER: &str = "x-ailink-agent-name";
/// Header carrying the agent's idempotency key (also makes a proxied POST retryable).
pub(crate) const IDEMPOTENCY_HEADER: &str = "x-ailink-idempotency-key";

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
/// `X-AIlink-Idempotency-Key` may be retried; no declared statuses (any 2xx is success).
static PROFILE: ServiceProfile = ServiceProfile {
    name: "ailink",
    idempotency_headers: &["X-AIlink-Idempotency-Key"],
    declared_status: |_| None,
    check_success_body: None,
};

/// An agent's handle on the gateway (the seed's `AIlinkClient(api_key="ailink_v1_...")`).
///
/// Cheap to clone. `Debug` never shows the virtual token.
///
/// ```no_run
/// # fn demo() -> agent_sdk::Result<()> {
/// use agent_sdk::ailink::AgentClient;
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
    pub(crate) transport: Transport,
    pub(crate) token: Secret,
    pub(crate) agent_name: Option<String>,
}

impl fmt::Debug for AgentClient {
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
    pub fn builder() -> ClientBuilder<AIlinkAgent> {
        ClientBuilder::default()
    }

    /// An agent client for the gateway at `gateway_url` with the virtual token `api_key`.
    pub fn new(gateway_url: impl Into<String>, api_key: impl Into<String>) -> Result<Self> {
        Self::builder()
            .base_url(gateway_url)
            .api_key(api_key)
            .build()
    }

    /// An agent client from `AILINK_GATEWAY_URL` (default `http://localhost:8443`) and
    /// `AILINK_API_KEY` (required, `ailink_v1_...`).
    pub fn from_env() -> Result<Self> {
        ClientBuilder::<AIlinkAgent>::from_env().build()
    }

    /// The gateway URL (no trailing slash).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The agent name sent as `X-AIlink-Agent-Name`, if any. Without one the gateway names the
    /// agent after its `User-Agent` (`agent-sdk/<version>`).
    pub fn agent_name(&self) -> Option<&str> {
        self.agent_name.as_deref()
    }

    /// The virtual token. Keep it out of logs.
    pub fn api_key(&self) -> &Secret {
        &self.token
    }

    /// A handle on the same client whose proxied calls apply `options` (timeout, retries,
    /// idempotency key, extra headers). Cheap: the connection pool is shared.
    pub fn with_options(&self, options: CallOptions) -> Self {
        Self {
            transport: self.transport.with_call_options(options),
            ..self.clone()
        }
    }
}

impl ClientBuilder<AIlinkAgent> {
    /// A builder preloaded from `AILINK_GATEWAY_URL` and `AILINK_API_KEY`.
    pub fn from_env() -> Self {
        let mut b = Self::default();
        if let Some(url) = env_var(ENV_GATEWAY_URL) {
            b = b.base_url(url);
        }
        if let Some(token) = env_var(ENV_API_KEY) {
            b = b.api_key(token);
        }
        b
    }

    /// The virtual token (`ailink_v1_...`), sent as `Authorization: Bearer`. A value with
    /// another prefix (an admin key, a provider key) fails [`build`](Self::build) with
    /// [`ErrorKind::Configuration`](crate::ErrorKind::Configuration) before anything is sent.
    pub fn api_key(mut self, token: impl Into<String>) -> Self {
        let token = token.into();
        if !token.starts_with(VIRTUAL_TOKEN_PREFIX) || token.len() == VIRTUAL_TOKEN_PREFIX.len() {
            self.defer(Error::configuration(format!(
                "ailink: the agent's API key must be a virtual token starting with \
                 {VIRTUAL_TOKEN_PREFIX:?} (an admin key belongs in AdminClient)"
            )));
            return self;
        }
        match StaticCredential::bearer(SecretString::from(token.clone())) {
            Ok(c) => self.config.credentials = Some(Arc::new(c)),
            Err(e) => self.defer(e),
        }
        self.options.token = Some(Secret::new(token));
        self
    }

    /// Names the agent (`X-AIlink-Agent-Name`): shown in audit logs and approval requests,
    /// usable in policy conditions (`agent.name`) and counted by `per_agent` rate limits.
    ///
    /// Without it the gateway uses the request's `User-Agent` instead (`agent-sdk/<version>`
    /// with the SDK's own HTTP client): every unnamed agent then shows up, and is
    /// rate-limited, as that one name. (The current head reads `X-TrueFlow-Agent-Name`, with the same fallback.)
    pub fn agent_name(mut self, name: impl Into<String>) -> Self {
        let name = name.into();
        self = self.default_header(AGENT_NAME_HEADER, &name);
        self.options.agent_name = Some(name);
        self
    }

    /// Sends `key` as `X-AIlink-Idempotency-Key` on every proxied request (as the seed's
    /// `idempotency_key=` does). It lets the gateway recognise a resent request waiting for
    /// approval, and makes proxied POSTs retryable. For one key per request, use
    /// [`ProxyRequest::idempotency_key`](super::ProxyRequest::idempotency_key).
    pub fn idempotency_key(self, key: impl Into<String>) -> Self {
        self.default_header(IDEMPOTENCY_HEADER, &key.into())
    }

    /// Builds the agent client. Fails with
    /// [`ErrorKind::Configuration`](crate::ErrorKind::Configuration) without a virtual token.
    pub fn build(self) -> Result<AgentClient> {
        if self.deferred_error.is_none() && self.options.token.is_none() {
            return Err(Error::configuration(format!(
                "ailink: no virtual token; call .api_key(\"ailink_v1_...\") or set {ENV_API_KEY}"
            )));
        }
        let (base_url, transport, options) = self.into_transport(&PROFILE)?;
        // `into_transport` reported any deferred error, so the token checked above is here.
        let token = options
            .token
            .ok_or_else(|| Error::configuration("ailink: no virtual token"))?;
        Ok(AgentClient {
            base_url,
            transport,
            token,
            agent_name: options.agent_name,
        })
    }
}
