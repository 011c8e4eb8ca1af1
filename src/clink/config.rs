//! Clink configuration: the service marker, its builder settings (API key, session id),
//! `from_env()`, key validation, and the transport profile with the envelope check.
//!
//! A key is checked when it is given (it must start with `sk_live_`) and its absence when the
//! client is built, so a misconfigured client fails before any request is sent.

use std::sync::Arc;

use secrecy::{ExposeSecret, SecretString};

use super::{envelope, Client, ClinkClient};
use crate::config::{env_var, ClientBuilder, Service};
use crate::transport::{ServiceProfile, StaticCredential};
use crate::{Error, Result};

/// Where Clink API keys come from; named in every key-related configuration error.
pub const KEYS_URL: &str = "https://app.clink.voxos.ai/settings";

/// The prefix every valid key has (`sk_live_u_...` user keys, `sk_live_g_...` group keys).
const KEY_PREFIX: &str = "sk_live_";

/// The header that tells apart concurrent agents sharing one key.
pub(crate) const SESSION_HEADER: &str = "X-Clink-Session-Id";

/// Marker type of the Clink service for [`ClientBuilder`].
#[derive(Debug)]
pub enum ClinkService {}

/// Clink settings carried by the builder. The key is a [`SecretString`]: `Debug` never shows it.
#[derive(Clone, Debug, Default)]
pub struct ClinkOptions {
    api_key: Option<SecretString>,
    session_id: Option<String>,
}

impl Service for ClinkService {
    const NAME: &'static str = "clink";
    const DEFAULT_BASE_URL: &'static str = "https://api.clink.voxos.ai";
    type Options = ClinkOptions;
}

pub(crate) static PROFILE: ServiceProfile = ServiceProfile {
    name: "clink",
    idempotency_headers: &["Idempotency-Key"],
    declared_status: super::generated::declared_status,
    check_success_body: Some(envelope::failure_in_success_body),
};

fn missing_key() -> Error {
    Error::configuration(format!(
        "no Clink API key: set CLINK_API_KEY or call `api_key(...)`; get your API key from {KEYS_URL}"
    ))
}

fn malformed_key() -> Error {
    Error::configuration(format!(
        "the Clink API key must start with \"{KEY_PREFIX}\"; check CLINK_API_KEY or get a key from {KEYS_URL}"
    ))
}

/// Whether `CLINK_API_KEY` holds a well-formed key (the seed's `is_configured()`).
pub fn is_configured() -> bool {
    env_var("CLINK_API_KEY").is_some_and(|k| k.starts_with(KEY_PREFIX))
}

/// What is wrong with `CLINK_API_KEY`, or `"Configured"` (the seed's `get_config_status()`).
pub fn get_config_status() -> String {
    match env_var("CLINK_API_KEY") {
        None => missing_key().message().to_string(),
        Some(k) if !k.starts_with(KEY_PREFIX) => malformed_key().message().to_string(),
        Some(_) => "Configured".to_string(),
    }
}

impl Client {
    /// A builder for a client: finish it with [`build`](ClientBuilder::build) for the facade
    /// ([`ClinkClient`]) or [`build_raw`](ClientBuilder::build_raw) for this generated client.
    pub fn builder() -> ClientBuilder<ClinkService> {
        ClientBuilder::default()
    }

    /// The generated client configured from `CLINK_API_URL`, `CLINK_API_KEY` and
    /// `CLINK_SESSION_ID`, like [`ClinkClient::from_env`].
    pub fn from_env() -> Result<Self> {
        ClientBuilder::<ClinkService>::from_env().build_raw()
    }
}

impl ClinkClient {
    /// A builder for the facade (the same builder as [`Client::builder`]).
    pub fn builder() -> ClientBuilder<ClinkService> {
        ClientBuilder::default()
    }

    /// The facade configured from `CLINK_API_URL` (default `https://api.clink.voxos.ai`),
    /// `CLINK_API_KEY` (required, `sk_live_...`) and `CLINK_SESSION_ID` (default: a fresh
    /// UUIDv4 for this client). A missing or malformed key is an
    /// [`ErrorKind::Configuration`](crate::ErrorKind::Configuration) error; nothing is sent.
    pub fn from_env() -> Result<Self> {
        ClientBuilder::<ClinkService>::from_env().build()
    }
}

impl ClientBuilder<ClinkService> {
    /// A builder preloaded from `CLINK_API_URL`, `CLINK_API_KEY` and `CLINK_SESSION_ID`
    /// (empty values count as unset).
    pub fn from_env() -> Self {
        let mut b = Self::default();
        if let Some(url) = env_var("CLINK_API_URL") {
            b = b.base_url(url);
        }
        if let Some(key) = env_var("CLINK_API_KEY") {
            b = b.api_key(key);
        }
        if let Some(session) = env_var("CLINK_SESSION_ID") {
            b = b.session_id(session);
        }
        b
    }

    /// The API key, sent as `Authorization: Bearer <key>`. It must start with `sk_live_`;
    /// otherwise [`build`](Self::build) fails with a configuration error.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        let key = SecretString::from(key.into());
        if key.expose_secret().trim().starts_with(KEY_PREFIX) {
            self.options.api_key = Some(key);
        } else {
            self.options.api_key = None;
            self.defer(malformed_key());
        }
        self
    }

    /// The session id sent as `X-Clink-Session-Id` on every request (default: a fresh UUIDv4
    /// per client). Agents sharing one key use distinct ids so the server can tell them apart.
    pub fn session_id(mut self, id: impl Into<String>) -> Self {
        self.options.session_id = Some(id.into());
        self
    }

    /// Builds the facade, [`ClinkClient`].
    pub fn build(self) -> Result<ClinkClient> {
        self.build_raw().map(ClinkClient::new)
    }

    /// Builds the generated [`Client`] (envelopes, builder methods) with the same settings.
    pub fn build_raw(mut self) -> Result<Client> {
        if let Some(err) = self.deferred_error.take() {
            return Err(err);
        }
        let options = std::mem::take(&mut self.options);
        let key = options.api_key.ok_or_else(missing_key)?;
        let credential = StaticCredential::bearer(SecretString::from(key.expose_secret().trim()))?;
        self.config.credentials = Some(Arc::new(credential));
        let session = options
            .session_id
            .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
        let (base_url, transport, _) = self
            .secret_header(SESSION_HEADER, &session)
            .into_transport(&PROFILE)?;
        Ok(Client::new_with_client(
            &base_url,
            transport.http().clone(),
            transport,
        ))
    }
}
