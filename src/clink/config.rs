//! Clink configuration: the service marker, its builder settings (API key, session id),
//! `from_env()`, and the transport profile with the envelope check.
//!
//! The key is not judged by its form (the server decides what a valid key is); a missing or
//! empty one fails `build()`, so a client without a key fails before any request is sent.

use std::sync::Arc;

use secrecy::{ExposeSecret, SecretString};

use super::{Client, RawClient};
use crate::config::{env_var, ClientBuilder, Service};
use crate::transport::{ServiceProfile, StaticCredential};
use crate::{Error, Result};

/// Where Clink API keys come from; named in every key-related configuration error.
pub const KEYS_URL: &str = "https://app.clink.voxos.ai/settings";

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
};

#[inline]
fn missing_key() -> Error {
    Error::configuration(format!(
        "no Clink API key: set CLINK_API_KEY or call `api_key(...)`; get your API key from {KEYS_URL}"
    ))
}

#[inline]
fn empty_key() -> Error {
    Error::configuration(format!(
        "the Clink API key is empty; check CLINK_API_KEY or get a key from {KEYS_URL}"
    ))
}

/// Whether `CLINK_API_KEY` holds a key (the seed's `is_configured()`). Its form is not
/// judged: the server decides whether it is valid.
#[inline]
pub fn is_configured() -> bool {
    env_var("CLINK_API_KEY").is_some()
}

/// What is wrong with `CLINK_API_KEY`, or `"Configured"` (the seed's `get_config_status()`).
/// Only a missing (or empty) key is wrong here; the server judges the rest.
#[inline]
pub fn get_config_status() -> String {
    match env_var("CLINK_API_KEY") {
        None => missing_key().message().to_string(),
        Some(_) => "Configured".to_string(),
    }
}

impl Client {
    /// A builder for a client: [`api_key`](ClientBuilder::api_key) is required,
    /// [`session_id`](ClientBuilder::session_id) optional, and the shared knobs (base URL,
    /// retries, timeouts, `http_client`, default headers) are there too.
    #[inline]
    pub fn builder() -> ClientBuilder<ClinkService> {
        ClientBuilder::default()
    }

    /// A client configured from `CLINK_API_URL` (default `https://api.clink.voxos.ai`),
    /// `CLINK_API_KEY` (required) and `CLINK_SESSION_ID` (default: a fresh UUIDv4 for this
    /// client). A missing key is an
    /// [`ErrorKind::Configuration`](crate::ErrorKind::Configuration) error; nothing is sent.
    #[inline]
    pub fn from_env() -> Result<Self> {
        ClientBuilder::<ClinkService>::from_env().build()
    }
}

impl ClientBuilder<ClinkService> {
    /// A builder preloaded from `CLINK_API_URL`, `CLINK_API_KEY` and `CLINK_SESSION_ID`
    /// (empty values count as unset).
    #[inline]
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

    /// The API key (`sk_live_u_...` user keys, `sk_live_g_...` group keys), sent as
    /// `Authorization: Bearer <key>`, surrounding whitespace removed. Any other form is sent
    /// as given: the server judges it. An empty key makes [`build`](Self::build) fail with a
    /// configuration error.
    #[inline]
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        let key = SecretString::from(key.into());
        if key.expose_secret().trim().is_empty() {
            self.options.api_key = None;
            self.defer(empty_key());
        } else {
            self.options.api_key = Some(key);
        }
        self
    }

    /// The session id sent as `X-Clink-Session-Id` on every request (default: a fresh UUIDv4
    /// per client). Agents sharing one key use distinct ids so the server can tell them apart.
    #[inline]
    pub fn session_id(mut self, id: impl Into<String>) -> Self {
        self.options.session_id = Some(id.into());
        self
    }

    /// Builds the [`Client`]. Fails with a configuration error, before anything is sent, when
    /// the key is missing or empty, or a setting is invalid.
    #[inline]
    pub fn build(mut self) -> Result<Client> {
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
        Ok(Client::new(RawClient::new_with_client(
            &base_url,
            transport.http().clone(),
            transport,
        )))
    }
}
