//! Configuration of the Mosaia client, mirroring the official SDK's `MosiaConfig`: API key,
//! version, base URL, frontend URL, client id and secret, user and org — as builder methods on
//! [`ClientBuilder<MosaiaService>`] and `from_env()`.

use std::fmt;
use std::sync::Arc;

use reqwest::header::HeaderValue;

use super::client::Client;
use super::tokens::TokenStore;
use super::{RawClient, PROFILE};
use crate::config::{env_var, validate_base_url, ClientBuilder, Service};
use crate::{Error, Result, Secret};

/// The API version used when none is configured.
pub const DEFAULT_VERSION: &str = "1";

/// The web front end (OAuth authorization page) used when none is configured.
pub const DEFAULT_FRONTEND_URL: &str = "https://mosaia.ai";

/// What a Mosaia client was configured with (the official SDK's `MosiaConfig`), as returned by
/// [`Client::config`]. Set through [`ClientBuilder<MosaiaService>`]; the API key and client secret are
/// secrets and never appear in `Debug` output.
#[derive(Clone)]
pub struct MosaiaConfig {
    pub(crate) api_key: Option<Secret>,
    pub(crate) version: String,
    pub(crate) api_url: Option<String>,
    pub(crate) frontend_url: String,
    pub(crate) client_id: Option<String>,
    pub(crate) client_secret: Option<Secret>,
    pub(crate) user: Option<String>,
    pub(crate) org: Option<String>,
}

impl Default for MosaiaConfig {
    #[inline]
    fn default() -> Self {
        Self {
            api_key: None,
            version: DEFAULT_VERSION.to_string(),
            api_url: None,
            frontend_url: DEFAULT_FRONTEND_URL.to_string(),
            client_id: None,
            client_secret: None,
            user: None,
            org: None,
        }
    }
}

impl fmt::Debug for MosaiaConfig {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let set = |present: bool| {
            if present {
                Some(crate::redact::REDACTED)
            } else {
                None
            }
        };
        f.debug_struct("MosaiaConfig")
            .field("api_key", &set(self.api_key.is_some()))
            .field("version", &self.version)
            .field("api_url", &self.api_url)
            .field("frontend_url", &self.frontend_url)
            .field("client_id", &self.client_id)
            .field("client_secret", &set(self.client_secret.is_some()))
            .field("user", &self.user)
            .field("org", &self.org)
            .finish()
    }
}

impl MosaiaConfig {
    /// The API version (`"1"` unless configured).
    #[inline]
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The web front end the OAuth authorization URL points to.
    #[inline]
    pub fn frontend_url(&self) -> &str {
        &self.frontend_url
    }

    /// The OAuth client id, when configured.
    #[inline]
    pub fn client_id(&self) -> Option<&str> {
        self.client_id.as_deref()
    }

    /// Whether a client secret is configured (its value is never shown).
    #[inline]
    pub fn has_client_secret(&self) -> bool {
        self.client_secret.is_some()
    }

    /// Whether an API key is configured (its value is never shown).
    #[inline]
    pub fn has_api_key(&self) -> bool {
        self.api_key.is_some()
    }

    /// The user that user-scoped calls (tools, user permissions) act for.
    #[inline]
    pub fn user(&self) -> Option<&str> {
        self.user.as_deref()
    }

    /// The organization that org-scoped calls (tools, org permissions) act for.
    #[inline]
    pub fn org(&self) -> Option<&str> {
        self.org.as_deref()
    }
}

/// Marker type of the Mosaia service for [`ClientBuilder`] (`ClientBuilder<MosaiaService>`
/// is what [`Client::builder`] returns).
#[derive(Debug)]
pub enum MosaiaService {}

impl Service for MosaiaService {
    const NAME: &'static str = "mosaia";
    /// The API root is this plus `/v{version}`.
    const DEFAULT_BASE_URL: &'static str = "https://api.mosaia.ai";
    type Options = MosaiaConfig;
}

/// Applies one environment variable's value to the builder.
type EnvSetter = fn(ClientBuilder<MosaiaService>, String) -> ClientBuilder<MosaiaService>;

impl ClientBuilder<MosaiaService> {
    /// A builder preloaded from `MOSAIA_API_KEY`, `MOSAIA_BASE_URL`, `MOSAIA_VERSION`,
    /// `MOSAIA_FRONTEND_URL`, `MOSAIA_CLIENT_ID`, `MOSAIA_CLIENT_SECRET`, `MOSAIA_USER` and
    /// `MOSAIA_ORG` (each optional; empty values count as unset).
    #[inline]
    pub fn from_env() -> Self {
        let mut b = Self::default();
        let settings: [(&str, EnvSetter); 8] = [
            ("MOSAIA_BASE_URL", |b, v| b.base_url(v)),
            ("MOSAIA_API_KEY", |b, v| b.api_key(v)),
            ("MOSAIA_VERSION", |b, v| b.version(v)),
            ("MOSAIA_FRONTEND_URL", |b, v| b.frontend_url(v)),
            ("MOSAIA_CLIENT_ID", |b, v| b.client_id(v)),
            ("MOSAIA_CLIENT_SECRET", |b, v| b.client_secret(v)),
            ("MOSAIA_USER", |b, v| b.user(v)),
            ("MOSAIA_ORG", |b, v| b.org(v)),
        ];
        for (name, set) in settings {
            if let Some(value) = env_var(name) {
                b = set(b, value);
            }
        }
        b
    }

    /// Authenticates with `Authorization: Bearer <api key>` (or an access token obtained
    /// elsewhere). Signing in later replaces it.
    #[inline]
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        let key = Secret::new(key);
        if HeaderValue::from_str(&format!("Bearer {}", key.expose_secret())).is_err() {
            self.defer(Error::configuration(
                "mosaia: the API key contains characters not allowed in an HTTP header",
            ));
        }
        self.options.api_key = Some(key);
        self
    }

    /// The API version (default `"1"`): requests go to `{base_url}/v{version}`.
    #[inline]
    pub fn version(mut self, version: impl Into<String>) -> Self {
        self.options.version = version.into();
        self
    }

    /// The full API root used as given, instead of `{base_url}/v{version}` (a proxy that
    /// serves the API under another prefix, or a mock server serving the spec's paths at `/`).
    #[inline]
    pub fn api_url(mut self, url: impl Into<String>) -> Self {
        self.options.api_url = Some(url.into());
        self
    }

    /// The web front end whose `/oauth` page authorizes OAuth clients (default
    /// `https://mosaia.ai`).
    #[inline]
    pub fn frontend_url(mut self, url: impl Into<String>) -> Self {
        self.options.frontend_url = url.into();
        self
    }

    /// The OAuth client id (needed for [`Client::oauth`], and sent by password sign-ins).
    #[inline]
    pub fn client_id(mut self, id: impl Into<String>) -> Self {
        self.options.client_id = Some(id.into());
        self
    }

    /// The client secret. With a client id and no API key, the client signs in with these
    /// client credentials on its first call (and again whenever its token expires).
    #[inline]
    pub fn client_secret(mut self, secret: impl Into<String>) -> Self {
        self.options.client_secret = Some(Secret::new(secret));
        self
    }

    /// The user that user-scoped calls act for: tools live under `/user/{user}/tool`, and user
    /// permissions default to this user.
    #[inline]
    pub fn user(mut self, user: impl Into<String>) -> Self {
        self.options.user = Some(user.into());
        self
    }

    /// The organization that org-scoped calls act for: without a user, tools live under
    /// `/org/{org}/tool`; org permissions default to this organization.
    #[inline]
    pub fn org(mut self, org: impl Into<String>) -> Self {
        self.options.org = Some(org.into());
        self
    }

    /// Builds the client. Fails with a configuration error for an invalid URL, version or
    /// header.
    #[inline]
    pub fn build(self) -> Result<Client> {
        let mut config = self.options.clone();
        config.version = normalize_version(&config.version)?;
        config.frontend_url = validate_base_url("mosaia", &config.frontend_url)?;

        // Sign-in and token refreshes go through a transport without credentials, so that
        // refreshing never recurses through the refreshing credential.
        let mut plain = self.clone();
        plain.config.credentials = None;
        let (base_url, plain_transport, _) = plain.into_transport(&PROFILE)?;
        let api_root = match &config.api_url {
            Some(url) => validate_base_url("mosaia", url)?,
            None => format!("{base_url}/v{}", config.version),
        };
        let http = plain_transport.http().clone();
        let unauthenticated =
            RawClient::new_with_client(&api_root, http.clone(), plain_transport.clone());

        let tokens = Arc::new(TokenStore::new(&config, unauthenticated.clone()));
        let transport = plain_transport.with_credentials(tokens.clone());
        let raw = RawClient::new_with_client(&api_root, http, transport);
        Ok(Client::new(raw, unauthenticated, tokens, config, api_root))
    }
}

/// `"1"` stays `"1"`; `"v2"` becomes `"2"`; anything that cannot be a path segment fails.
#[inline]
fn normalize_version(version: &str) -> Result<String> {
    let v = version.trim();
    let v = v.strip_prefix('v').unwrap_or(v);
    if v.is_empty()
        || !v
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
    {
        return Err(Error::configuration(format!(
            "mosaia: invalid API version {version:?} (expected e.g. \"1\")"
        )));
    }
    Ok(v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_normalized() {
        assert_eq!(normalize_version("1").unwrap(), "1");
        assert_eq!(normalize_version(" v2 ").unwrap(), "2");
        assert!(normalize_version("").is_err());
        assert!(normalize_version("1/../x").is_err());
    }
}
