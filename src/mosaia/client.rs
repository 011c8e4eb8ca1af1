//! [`Client`]: the Mosaia client. It owns the generated clients (one authenticated through the
//! token store, one without credentials for sign-in and token requests) and the configuration;
//! every operation of the spec is a method on it (`client.list_agents()`, generated), and the
//! helpers (`client.auth()`, `client.oauth(..)`) and the seed's resource aliases
//! (`client.agents()`, ...) are beside them.

use std::sync::Arc;

use super::config::{MosaiaConfig, MosaiaService};
use super::tokens::{scrub_error, TokenStore};
use super::RawClient;
use crate::config::ClientBuilder;
use crate::{CallOptions, Error, Result};

/// The Mosaia client (the official SDK's `Mosaia`): one method per operation
/// (`client.list_agents()`, `client.create_agent()`, ...), each returning a request builder,
/// plus sign-in ([`Client::auth`]), OAuth ([`Client::oauth`]) and the seed's resource aliases
/// (`client.agents().get_all()` is `client.list_agents()`).
///
/// Cheap to clone; clones share the connection pool and the tokens. A signed-in client renews
/// its token on its own, for every operation.
///
/// ```no_run
/// # async fn demo() -> agent_apis::Result<()> {
/// use agent_apis::mosaia::Client;
/// let client = Client::builder().api_key("mk-...").user("user-id").build()?;
/// let agent = client.get_agent().id("agent-id").send().await?;
/// let tools = client.list_unscoped_tools().limit(20).send().await?;
/// # let _ = (agent, tools); Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    raw: RawClient,
    unauthenticated: RawClient,
    tokens: Arc<TokenStore>,
    config: MosaiaConfig,
    api_root: String,
}

impl std::fmt::Debug for Client {
    #[inline]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("mosaia::Client")
            .field("api_root", &self.inner.api_root)
            .field("config", &self.inner.config)
            .field("tokens", &self.inner.tokens)
            .finish()
    }
}

impl Client {
    #[inline]
    pub(crate) fn new(
        raw: RawClient,
        unauthenticated: RawClient,
        tokens: Arc<TokenStore>,
        config: MosaiaConfig,
        api_root: String,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                raw,
                unauthenticated,
                tokens,
                config,
                api_root,
            }),
        }
    }

    /// A builder (base URL `https://api.mosaia.ai`, version `1`).
    #[inline]
    pub fn builder() -> ClientBuilder<MosaiaService> {
        ClientBuilder::default()
    }

    /// A client configured from the `MOSAIA_*` environment variables (see
    /// [`ClientBuilder::<MosaiaService>::from_env`]).
    #[inline]
    pub fn from_env() -> Result<Self> {
        ClientBuilder::<MosaiaService>::from_env().build()
    }

    /// The generated client, authenticated by this client's tokens: the request builders call
    /// it.
    #[inline]
    pub(crate) fn raw(&self) -> &RawClient {
        &self.inner.raw
    }

    /// A handle whose calls apply `options` (timeout, retries, idempotency key, headers); it
    /// shares this client's connection pool and tokens.
    ///
    /// ```no_run
    /// # async fn demo(client: agent_apis::mosaia::Client) -> agent_apis::Result<()> {
    /// use agent_apis::CallOptions;
    /// let once = client.with_options(CallOptions::new().idempotency_key("create-agent-7"));
    /// let agent = once.create_agent().name("Retry-safe").send().await?;
    /// # let _ = agent; Ok(()) }
    /// ```
    #[inline]
    pub fn with_options(&self, options: CallOptions) -> Self {
        let inner = &self.inner;
        Self::new(
            inner.raw.with_options(options.clone()),
            inner.unauthenticated.with_options(options),
            inner.tokens.clone(),
            inner.config.clone(),
            inner.api_root.clone(),
        )
    }

    /// The generated client without credentials (sign-in and OAuth token requests).
    #[inline]
    pub(crate) fn unauthenticated(&self) -> &RawClient {
        &self.inner.unauthenticated
    }

    #[inline]
    pub(crate) fn tokens(&self) -> &TokenStore {
        &self.inner.tokens
    }

    /// What this client was configured with.
    #[inline]
    pub fn config(&self) -> &MosaiaConfig {
        &self.inner.config
    }

    /// The URL operation paths are appended to: `{base_url}/v{version}` unless an API URL was
    /// configured.
    #[inline]
    pub fn api_root(&self) -> &str {
        &self.inner.api_root
    }

    /// `err` without any secret this client holds (tokens, client secret) in its texts.
    #[inline]
    pub(crate) fn scrub(&self, err: Error) -> Error {
        scrub_error(err, &self.inner.tokens.known_secrets())
    }
}

#[cfg(test)]
mod tests {
    use reqwest::StatusCode;

    use super::super::types::{AgentEnvelope, AgentListEnvelope};
    use crate::transport::BodyVerdict;

    /// The verdict on a body decoded as `T` (`None` when it does not decode: decoding judges).
    fn verdict<T: serde::de::DeserializeOwned + BodyVerdict>(body: &[u8]) -> Option<crate::Error> {
        serde_json::from_slice::<T>(body)
            .ok()?
            .failure(StatusCode::OK)
    }

    #[test]
    fn an_error_member_in_a_success_body_is_a_failure() {
        assert!(verdict::<AgentEnvelope>(br#"{"data":{"id":"a"}}"#).is_none());
        assert!(verdict::<AgentEnvelope>(br#"{"data":{"error":"x"}}"#).is_none());
        assert!(verdict::<AgentListEnvelope>(br#"{"data":[],"error":null}"#).is_none());
        assert!(serde_json::from_slice::<AgentEnvelope>(b"not json \"error\"").is_err());
        let err =
            verdict::<AgentEnvelope>(br#"{"error":"quota","message":"Out of credits"}"#).unwrap();
        assert_eq!(err.kind(), crate::ErrorKind::Api);
        assert_eq!(err.message(), "Out of credits");
    }
}
