//! [`Mosaia`]: the client. It owns the generated clients (one authenticated through the token
//! store, one without credentials for sign-in and token requests), the configuration, and hands
//! out the resource accessors the official SDK has (`client.agents()`, `client.billing()`, ...).

use std::future::Future;
use std::sync::Arc;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use super::auth::Auth;
use super::config::MosaiaConfig;
use super::oauth::OAuth;
use super::resources::{
    AgentGroups, Agents, AppBots, Apps, Billing, Clients, Models, Organizations, Permissions,
    Tools, UnscopedTools, Users,
};
use super::tokens::{scrub_error, TokenStore};
use super::types::ToolOwnerKind;
use super::Client;
use crate::config::ClientBuilder;
use crate::{CallOptions, Error, Result, Secret};

/// The Mosaia client (the official SDK's `Mosaia`). Cheap to clone; clones share the
/// connection pool and the tokens.
///
/// ```no_run
/// # async fn demo() -> agent_apis::Result<()> {
/// use agent_apis::mosaia::{ListParams, Mosaia};
/// let client = Mosaia::builder().api_key("mk-...").user("user-id").build()?;
/// let agent = client.agents().get_by_id("agent-id").await?;
/// let tools = client.tools().get_all(&ListParams::new()).await?;
/// # let _ = (agent, tools); Ok(()) }
/// ```
#[derive(Clone)]
pub struct Mosaia {
    inner: Arc<Inner>,
}

struct Inner {
    api: Client,
    unauthenticated: Client,
    tokens: Arc<TokenStore>,
    config: MosaiaConfig,
    api_root: String,
}

impl std::fmt::Debug for Mosaia {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mosaia")
            .field("api_root", &self.inner.api_root)
            .field("config", &self.inner.config)
            .field("tokens", &self.inner.tokens)
            .finish()
    }
}

impl Mosaia {
    pub(crate) fn new(
        api: Client,
        unauthenticated: Client,
        tokens: Arc<TokenStore>,
        config: MosaiaConfig,
        api_root: String,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                api,
                unauthenticated,
                tokens,
                config,
                api_root,
            }),
        }
    }

    /// A builder (base URL `https://api.mosaia.ai`, version `1`).
    pub fn builder() -> ClientBuilder<Mosaia> {
        ClientBuilder::default()
    }

    /// A client configured from the `MOSAIA_*` environment variables (see
    /// [`ClientBuilder::<Mosaia>::from_env`]).
    pub fn from_env() -> Result<Self> {
        ClientBuilder::<Mosaia>::from_env().build()
    }

    /// The generated client with every operation of the spec as a builder method
    /// (`client.api().list_agents().limit(5).send().await?`). Its calls are authenticated by
    /// this client's tokens. Answers are the wire's envelopes.
    pub fn api(&self) -> &Client {
        &self.inner.api
    }

    /// A handle whose calls apply `options` (timeout, retries, idempotency key, headers); it
    /// shares this client's connection pool and tokens.
    ///
    /// ```no_run
    /// # async fn demo(client: agent_apis::mosaia::Mosaia) -> agent_apis::Result<()> {
    /// use agent_apis::CallOptions;
    /// let once = client.with_options(CallOptions::new().idempotency_key("create-agent-7"));
    /// let agent = once.agents().create(
    ///     agent_apis::mosaia::types::CreateAgentRequest::builder().name("Retry-safe"),
    /// ).await?;
    /// # let _ = agent; Ok(()) }
    /// ```
    pub fn with_options(&self, options: CallOptions) -> Self {
        let inner = &self.inner;
        Self::new(
            inner.api.with_options(options.clone()),
            inner.unauthenticated.with_options(options),
            inner.tokens.clone(),
            inner.config.clone(),
            inner.api_root.clone(),
        )
    }

    /// The generated client without credentials (sign-in and OAuth token requests).
    pub(crate) fn unauthenticated(&self) -> &Client {
        &self.inner.unauthenticated
    }

    pub(crate) fn tokens(&self) -> &TokenStore {
        &self.inner.tokens
    }

    /// What this client was configured with.
    pub fn config(&self) -> &MosaiaConfig {
        &self.inner.config
    }

    /// The URL operation paths are appended to: `{base_url}/v{version}` unless an API URL was
    /// configured.
    pub fn api_root(&self) -> &str {
        &self.inner.api_root
    }

    /// Sign-in, sign-out and the caller's session (`client.auth`).
    pub fn auth(&self) -> Auth {
        Auth::new(self.clone())
    }

    /// The seed's `generate_api_key(client_id, client_secret)`: signs in with client
    /// credentials, makes the issued access token this client's bearer token (renewed with the
    /// same credentials when it expires) and returns it.
    pub async fn generate_api_key(&self, client_id: &str, client_secret: &str) -> Result<Secret> {
        Ok(self
            .auth()
            .sign_in_with_client(client_id, client_secret)
            .await?
            .access_token)
    }

    /// OAuth 2.0 authorization code flow with PKCE for `redirect_uri` and `scopes`
    /// (`client.oauth(redirect_uri, scopes)`). Needs the configured client id.
    pub fn oauth<S: Into<String>>(
        &self,
        redirect_uri: &str,
        scopes: impl IntoIterator<Item = S>,
    ) -> Result<OAuth> {
        OAuth::new(
            self.clone(),
            redirect_uri,
            scopes.into_iter().map(Into::into).collect(),
        )
    }

    /// Users (`client.users`).
    pub fn users(&self) -> Users {
        Users::new(self.clone(), ())
    }

    /// Organizations (`client.organizations`).
    pub fn organizations(&self) -> Organizations {
        Organizations::new(self.clone(), ())
    }

    /// Agents and their chat completions (`client.agents`).
    pub fn agents(&self) -> Agents {
        Agents::new(self.clone(), ())
    }

    /// Agent groups and their chat completions (`client.agent_groups`).
    ///
    /// **Deprecated**: the official Node SDK removed agent groups in v0.0.26 (2025-12-03, "no
    /// longer supported"); there is no successor. The calls still work where a server serves
    /// `/group`.
    #[deprecated(
        since = "0.1.0",
        note = "Mosaia dropped agent groups: the official Node SDK removed them in v0.0.26 \
            (2025-12-03, \"no longer supported\"); there is no successor"
    )]
    pub fn agent_groups(&self) -> AgentGroups {
        AgentGroups::new(self.clone(), ())
    }

    /// Models and their chat completions (`client.models`).
    pub fn models(&self) -> Models {
        Models::new(self.clone(), ())
    }

    /// OAuth clients (`client.clients`).
    pub fn clients(&self) -> Clients {
        Clients::new(self.clone(), ())
    }

    /// Wallets and meters (`client.billing`).
    pub fn billing(&self) -> Billing {
        Billing::new(self.clone())
    }

    /// Access policies, org permissions and user permissions (`client.permissions`).
    pub fn permissions(&self) -> Permissions {
        Permissions::new(self.clone())
    }

    /// Apps (`client.apps`).
    pub fn apps(&self) -> Apps {
        Apps::new(self.clone(), ())
    }

    /// Tools of the configured user, or else of the configured organization (`client.tools`);
    /// with neither configured, their calls fail with a configuration error.
    pub fn tools(&self) -> Tools {
        let config = &self.inner.config;
        let owner = match (&config.user, &config.org) {
            (Some(user), _) => Some((ToolOwnerKind::User, user.clone())),
            (None, Some(org)) => Some((ToolOwnerKind::Org, org.clone())),
            (None, None) => None,
        };
        Tools::new(self.clone(), owner)
    }

    /// The tools list without an owner in the path (`GET /tool`, operation
    /// `list_unscoped_tools`): the official Node SDK's default `mosaia.tools` list. It needs no
    /// configured user or organization.
    ///
    /// ```no_run
    /// # async fn demo(client: agent_apis::mosaia::Mosaia) -> agent_apis::Result<()> {
    /// use agent_apis::mosaia::ListParams;
    /// let page = client.unscoped_tools().get_all(&ListParams::new().limit(20)).await?;
    /// # let _ = page; Ok(()) }
    /// ```
    pub fn unscoped_tools(&self) -> UnscopedTools {
        UnscopedTools::new(self.clone())
    }

    /// Tools of an explicit owner: `tools_of(ToolOwnerKind::Org, "org-id")`.
    pub fn tools_of(&self, kind: ToolOwnerKind, owner_id: impl Into<String>) -> Tools {
        Tools::new(self.clone(), Some((kind, owner_id.into())))
    }

    /// Bots of the app `app_id` (`client.app_bots`).
    ///
    /// **Deprecated**: the official Node SDK removed app bots in v0.0.25 (2025-11-25); app
    /// connectors (`/app/{id}/connector`) and app webhooks (`/app/{id}/hook`) replace them. The
    /// calls still work where a server serves `/app/{app_id}/bot`.
    #[deprecated(
        since = "0.1.0",
        note = "Mosaia dropped app bots: the official Node SDK removed them in v0.0.25 \
            (2025-11-25); successor: app connectors (/app/{id}/connector) and app webhooks \
            (/app/{id}/hook)"
    )]
    pub fn app_bots(&self, app_id: impl Into<String>) -> AppBots {
        AppBots::new(self.clone(), app_id.into())
    }

    /// Runs a facade call and removes the tokens this client holds from any error it returns.
    pub(crate) async fn finish<T>(&self, call: impl Future<Output = Result<T>>) -> Result<T> {
        call.await
            .map_err(|e| scrub_error(e, &self.inner.tokens.known_secrets()))
    }
}

/// Whether a call whose answer is discarded (deletes, sign-out) succeeded: any 2xx counts, so a
/// body that is empty (204) or not JSON is fine.
pub(crate) fn acknowledged<T>(
    result: std::result::Result<T, progenitor_client::Error<()>>,
) -> Result<()> {
    match result.map_err(Error::from) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == crate::ErrorKind::Decode => Ok(()),
        Err(e) => Err(e),
    }
}

/// The transport's success-body check: a 2xx answer whose JSON body carries a non-null
/// `error` member is a failure, as in the official SDK.
pub(crate) fn error_in_success_body(status: StatusCode, body: &[u8]) -> Option<Error> {
    if !body.windows(7).any(|w| w == b"\"error\"") {
        return None;
    }
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    match value.as_object()?.get("error")? {
        serde_json::Value::Null | serde_json::Value::Bool(false) => None,
        _ => Some(crate::transport::error_from_parts(
            status,
            &HeaderMap::new(),
            body,
            None,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_member_in_a_success_body_is_a_failure() {
        let ok = StatusCode::OK;
        assert!(error_in_success_body(ok, br#"{"data":{"id":"a"}}"#).is_none());
        assert!(error_in_success_body(ok, br#"{"data":{"error":"x"}}"#).is_none());
        assert!(error_in_success_body(ok, br#"{"data":[],"error":null}"#).is_none());
        assert!(error_in_success_body(ok, b"not json \"error\"").is_none());
        let err =
            error_in_success_body(ok, br#"{"error":"quota","message":"Out of credits"}"#).unwrap();
        assert_eq!(err.kind(), crate::ErrorKind::Api);
        assert_eq!(err.message(), "Out of credits");
    }
}
