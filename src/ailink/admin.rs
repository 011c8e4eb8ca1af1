//! Configuration of the management client: the [`AIlinkAdmin`] marker for the shared
//! [`ClientBuilder`], the admin-key credential (`X-Admin-Key`), `from_env()` and `build()`.

use std::sync::Arc;

use futures::future::BoxFuture;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use secrecy::SecretString;

use super::{generated, Client, DEFAULT_GATEWAY_URL, ENV_ADMIN_KEY, ENV_GATEWAY_URL};
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
    check_success_body: None,
};

/// The admin key, sent as `X-Admin-Key` (marked sensitive, never printed).
///
/// The management API answers a wrong or missing key with `401` and an empty body; instead of
/// the bare status, the error then says what it means.
#[derive(Debug)]
struct AdminKey(StaticCredential);

impl Credentials for AdminKey {
    fn apply<'a>(&'a self, headers: &'a mut HeaderMap) -> BoxFuture<'a, Result<()>> {
        self.0.apply(headers)
    }

    fn renew(&self) -> BoxFuture<'_, Result<bool>> {
        Box::pin(async {
            Err(Error::new(
                ErrorKind::Authentication,
                "the gateway rejected the admin key (X-Admin-Key): wrong or missing admin key",
            )
            .with_status(StatusCode::UNAUTHORIZED))
        })
    }

    fn secrets(&self) -> Vec<String> {
        self.0.secrets()
    }
}

impl Client {
    /// A builder for a management client; the default gateway URL is
    /// `http://localhost:8443`. An admin key is required ([`ClientBuilder::admin_key`]).
    pub fn builder() -> ClientBuilder<AIlinkAdmin> {
        ClientBuilder::default()
    }

    /// A management client for the gateway at `gateway_url` with `admin_key` (the seed's
    /// `AIlinkClient.admin(admin_key=..., gateway_url=...)`).
    pub fn admin(gateway_url: impl Into<String>, admin_key: impl Into<String>) -> Result<Self> {
        Self::builder()
            .base_url(gateway_url)
            .admin_key(admin_key)
            .build()
    }

    /// The gateway URL this client talks to (no trailing slash).
    pub fn gateway_url(&self) -> &str {
        progenitor_client::ClientInfo::baseurl(self)
    }

    /// A management client from `AILINK_GATEWAY_URL` (default `http://localhost:8443`) and
    /// `AILINK_ADMIN_KEY` (required).
    pub fn from_env() -> Result<Self> {
        ClientBuilder::<AIlinkAdmin>::from_env().build()
    }
}

impl ClientBuilder<AIlinkAdmin> {
    /// A builder preloaded from `AILINK_GATEWAY_URL` and `AILINK_ADMIN_KEY`.
    pub fn from_env() -> Self {
        let mut b = Self::default();
        if let Some(url) = env_var(ENV_GATEWAY_URL) {
            b = b.base_url(url);
        }
        if let Some(key) = env_var(ENV_ADMIN_KEY) {
            b = b.admin_key(key);
        }
        b
    }

    /// The gateway's admin key, sent as `X-Admin-Key` on every call.
    pub fn admin_key(mut self, key: impl Into<String>) -> Self {
        let key = key.into();
        if key.trim().is_empty() {
            self.defer(Error::configuration("ailink: the admin key is empty"));
            return self;
        }
        match StaticCredential::header("x-admin-key", SecretString::from(key)) {
            Ok(c) => self.config.credentials = Some(Arc::new(AdminKey(c))),
            Err(e) => self.defer(e),
        }
        self
    }

    /// Builds the management client. Fails with [`ErrorKind::Configuration`] when no admin key
    /// was given (nothing is sent without one: the gateway would answer `401` to every call).
    pub fn build(self) -> Result<Client> {
        if self.deferred_error.is_none() && self.config.credentials.is_none() {
            return Err(Error::configuration(format!(
                "ailink: no admin key; call .admin_key(..) or set {ENV_ADMIN_KEY}"
            )));
        }
        let (base_url, transport, ()) = self.into_transport(&PROFILE)?;
        Ok(Client::new_with_client(
            &base_url,
            transport.http().clone(),
            transport,
        ))
    }
}
