//! Configuration of the management client: the [`AIlinkAdmin`] marker for the shared
//! [`ClientBuilder`], the admin-key credential (`X-Admin-Key`, plus `Authorization: Bearer`
//! for the head's `ak_...` role keys), `from_env()` and `build()`.

use std::sync::Arc;

use futures::future::BoxFuture;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use secrecy::SecretString;

use super::{
    generated, RawClient, DEFAULT_GATEWAY_URL, ENV_ADMIN_KEY, ENV_GATEWAY_URL,
    ENV_TRUEFLOW_ADMIN_KEY, ENV_TRUEFLOW_GATEWAY_URL,
};
use crate::config::{env_var, ClientBuilder, Service};
use crate::transport::{Credentials, ServiceProfile, StaticCredential};
use crate::{Error, ErrorKind, Result};

/// Marker type of AIlink's management API for [`ClientBuilder`].
#[derive(Debug)]
pub enum AIlinkAdmin {}

impl Service for AIlinkAdmin {
    const NAME: &'static str = "ailink";
    const DEFAULT_BASE_URL: &'static str = DEFAULT_GATEWAY_URL;
    type Options = ();
}

/// The management API has no idempotency header: only its GET/PUT/DELETE calls are retried.
static PROFILE: ServiceProfile = ServiceProfile {
    name: "ailink",
    idempotency_headers: &[],
    declared_status: generated::declared_status,
};

/// The prefix of the head's role-scoped API keys (`POST /api/v1/auth/keys`), which the head
/// reads only from `Authorization: Bearer`.
const ROLE_KEY_PREFIX: &str = "ak_";

/// The admin key, sent as `X-Admin-Key` (marked sensitive, never printed); an `ak_...` role key
/// also as `Authorization: Bearer`, where the head looks for it.
///
/// The management API answers a wrong or missing key with `401` and an empty body; instead of
/// the bare status, the error then says what it means.
#[derive(Debug)]
struct AdminKey(Vec<StaticCredential>);

impl Credentials for AdminKey {
    #[inline]
    fn apply<'a>(&'a self, headers: &'a mut HeaderMap) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            for credential in &self.0 {
                credential.apply(headers).await?;
            }
            Ok(())
        })
    }

    #[inline]
    fn renew(&self) -> BoxFuture<'_, Result<bool>> {
        Box::pin(async {
            Err(Error::new(
                ErrorKind::Authentication,
                "the gateway rejected the admin key (X-Admin-Key): wrong or missing admin key",
            )
            .with_status(StatusCode::UNAUTHORIZED))
        })
    }

    #[inline]
    fn secrets(&self) -> Vec<String> {
        self.0.iter().flat_map(Credentials::secrets).collect()
    }
}

/// The management client (admin key in `X-Admin-Key`): credentials, tokens, policies, audit,
/// approvals and projects. One method per operation (`admin.create_token()`, ...), each
/// returning a request builder. Build one with [`AdminClient::builder`],
/// [`AdminClient::from_env`] or [`AdminClient::admin`].
///
/// Cheap to clone: clones share the connection pool and configuration.
#[derive(Clone, Debug)]
pub struct AdminClient {
    raw: RawClient,
}

impl AdminClient {
    /// The generated client, for the request builders.
    #[inline]
    pub(crate) fn raw(&self) -> &RawClient {
        &self.raw
    }

    /// A handle to the same client whose calls apply `options` (timeout, retries, extra
    /// headers). Cheap: the connection pool is shared.
    #[inline]
    pub fn with_options(&self, options: crate::CallOptions) -> Self {
        Self {
            raw: self.raw.with_options(options),
        }
    }

    /// A builder for a management client; the default gateway URL is
    /// `http://localhost:8443`. An admin key is required ([`ClientBuilder::admin_key`]).
    #[inline]
    pub fn builder() -> ClientBuilder<AIlinkAdmin> {
        ClientBuilder::default()
    }

    /// A management client for the gateway at `gateway_url` with `admin_key` (the seed's
    /// `AIlinkClient.admin(admin_key=..., gateway_url=...)`).
    #[inline]
    pub fn admin(gateway_url: impl Into<String>, admin_key: impl Into<String>) -> Result<Self> {
        Self::builder()
            .base_url(gateway_url)
            .admin_key(admin_key)
            .build()
    }

    /// The gateway URL this client talks to (no trailing slash).
    #[inline]
    pub fn gateway_url(&self) -> &str {
        progenitor_client::ClientInfo::baseurl(&self.raw)
    }

    /// The gateway URL this client talks to (no trailing slash); the same as
    /// [`AdminClient::gateway_url`], under the name every client of the crate has.
    #[inline]
    pub fn base_url(&self) -> &str {
        self.gateway_url()
    }

    /// A management client from the environment: the gateway URL from `AILINK_GATEWAY_URL`,
    /// else `TRUEFLOW_GATEWAY_URL` (default `http://localhost:8443`), and the admin key from
    /// `AILINK_ADMIN_KEY`, else `TRUEFLOW_ADMIN_KEY` (required).
    #[inline]
    pub fn from_env() -> Result<Self> {
        ClientBuilder::<AIlinkAdmin>::from_env().build()
    }
}

impl ClientBuilder<AIlinkAdmin> {
    /// A builder preloaded from the environment. Each setting is read from its `AILINK_*`
    /// variable (the seed's names), else from its `TRUEFLOW_*` variable (the names the current
    /// official SDK reads); an empty variable counts as unset:
    ///
    /// | setting | variables, in order |
    /// |---|---|
    /// | gateway URL | `AILINK_GATEWAY_URL`, `TRUEFLOW_GATEWAY_URL` |
    /// | admin key | `AILINK_ADMIN_KEY`, `TRUEFLOW_ADMIN_KEY` |
    #[inline]
    pub fn from_env() -> Self {
        let mut b = Self::default();
        if let Some(url) = env_var(ENV_GATEWAY_URL).or_else(|| env_var(ENV_TRUEFLOW_GATEWAY_URL)) {
            b = b.base_url(url);
        }
        if let Some(key) = env_var(ENV_ADMIN_KEY).or_else(|| env_var(ENV_TRUEFLOW_ADMIN_KEY)) {
            b = b.admin_key(key);
        }
        b
    }

    /// The gateway's admin key, sent as `X-Admin-Key` on every call: the gateway's own admin
    /// key (`AILINK_ADMIN_KEY` at 332754c, `TRUEFLOW_ADMIN_KEY` at the head), or one of the
    /// head's role-scoped API keys (`ak_...`, roles admin / member / readonly). A key starting
    /// with `ak_` is also sent as `Authorization: Bearer`, the only place the head reads role
    /// keys from; a role without write access gets `403`
    /// ([`ErrorKind::Permission`]) on writes. Only an empty key is refused (before anything is
    /// sent), with [`ErrorKind::Configuration`].
    #[inline]
    pub fn admin_key(mut self, key: impl Into<String>) -> Self {
        let key = key.into();
        if key.trim().is_empty() {
            self.defer(Error::configuration("ailink: the admin key is empty"));
            return self;
        }
        let role_key = key.starts_with(ROLE_KEY_PREFIX);
        let mut credentials = vec![StaticCredential::header(
            "x-admin-key",
            SecretString::from(key.clone()),
        )];
        if role_key {
            credentials.push(StaticCredential::bearer(SecretString::from(key)));
        }
        match credentials.into_iter().collect::<Result<Vec<_>>>() {
            Ok(c) => self.config.credentials = Some(Arc::new(AdminKey(c))),
            Err(e) => self.defer(e),
        }
        self
    }

    /// Builds the management client. Fails with [`ErrorKind::Configuration`] when no admin key
    /// was given (nothing is sent without one: the gateway would answer `401` to every call).
    #[inline]
    pub fn build(self) -> Result<AdminClient> {
        if self.deferred_error.is_none() && self.config.credentials.is_none() {
            return Err(Error::configuration(format!(
                "ailink: no admin key; call .admin_key(..) or set {ENV_ADMIN_KEY} or \
                 {ENV_TRUEFLOW_ADMIN_KEY}"
            )));
        }
        let (base_url, transport, ()) = self.into_transport(&PROFILE)?;
        Ok(AdminClient {
            raw: RawClient::new_with_client(&base_url, transport.http().clone(), transport),
        })
    }
}
