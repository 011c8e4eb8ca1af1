//! OAuth 2.0 authorization code flow with PKCE (RFC 7636, method S256): the authorization URL
//! with a fresh verifier and state, the code exchange and the refresh over `oauth_token`.
//!
//! ```no_run
//! # async fn demo(client: agent_apis::mosaia::Client) -> agent_apis::Result<()> {
//! let oauth = client
//!     .oauth("https://app.example.com/callback")
//!     .scopes(["read", "write"]);
//! let request = oauth.authorization_url_and_code_verifier()?;
//! println!("open {}", request.url);
//! // ... the user authorizes; the redirect brings `code` (check that `state` matches) ...
//! let tokens = oauth
//!     .exchange_code_for_token("code-from-redirect", request.code_verifier.expose_secret())
//!     .send()
//!     .await?;
//! client.auth().use_oauth_tokens(&tokens).send().await?; // optional: make them this client's
//! # Ok(()) }
//! ```

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use sha2::{Digest, Sha256};

use super::client::Client;
use super::types::{self, OAuthGrantType};
use crate::{Error, Result, Secret};

/// Random bytes in a code verifier: 32 bytes are 43 base64url characters, the RFC's minimum
/// length and its recommendation.
const VERIFIER_BYTES: usize = 32;

/// Random bytes in a `state` value.
const STATE_BYTES: usize = 16;

/// How the authorization URL joins scopes: with commas, as both official SDKs do (the Node SDK
/// since v0.0.11, 2025-07-28, and the Python SDK), not with RFC 6749's spaces.
const SCOPE_SEPARATOR: &str = ",";

/// The PKCE S256 code challenge of `verifier`: `BASE64URL(SHA256(verifier))` without padding.
///
/// ```
/// // RFC 7636, Appendix B.
/// assert_eq!(
///     agent_apis::mosaia::code_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
///     "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
/// );
/// ```
#[inline]
pub fn code_challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

/// `bytes` random bytes from the operating system, base64url-encoded without padding (only
/// unreserved characters: `A-Z a-z 0-9 - _`).
#[inline]
fn random_token(bytes: usize) -> Result<String> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).map_err(|e| {
        Error::configuration(format!("mosaia: no secure random numbers available: {e}"))
    })?;
    Ok(URL_SAFE_NO_PAD.encode(buf))
}

/// Where to send the user, and what to keep until the redirect comes back.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct AuthorizationRequest {
    /// `{frontend_url}/oauth?client_id&redirect_uri&response_type=code&code_challenge`
    /// `&code_challenge_method=S256[&scope][&state]`, the scopes comma-joined.
    pub url: reqwest::Url,
    /// The PKCE verifier; pass it to [`OAuth::exchange_code_for_token`].
    pub code_verifier: Secret,
    /// The `state` sent in the URL; the redirect must carry the same value.
    pub state: String,
}

impl Client {
    /// The OAuth 2.0 authorization code flow with PKCE for `redirect_uri` (the seed's
    /// `client.oauth(OAuthConfig(redirect_uri=, scopes=, state=))`): set the
    /// [`scopes`](OAuth::scopes) and, if you keep your own, the [`state`](OAuth::state). It
    /// needs the configured client id; a missing id or an invalid redirect URI fails the flow's
    /// calls.
    #[inline]
    pub fn oauth(&self, redirect_uri: impl Into<String>) -> OAuth {
        OAuth {
            client: self.clone(),
            redirect_uri: redirect_uri.into(),
            scopes: Vec::new(),
            state: None,
        }
    }
}

/// The OAuth flow of one redirect URI and scope set (`client.oauth(redirect_uri)`): a handle
/// with the flow's verbs — the authorization URL, the code exchange, the refresh.
#[derive(Clone, Debug)]
pub struct OAuth {
    client: Client,
    redirect_uri: String,
    scopes: Vec<String>,
    state: Option<String>,
}

impl OAuth {
    /// The scopes to ask for (default: none, and the URL carries no `scope`).
    #[inline]
    pub fn scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// The `state` the authorization URL carries (default: a fresh random one per
    /// [`authorization_url_and_code_verifier`](Self::authorization_url_and_code_verifier),
    /// none in [`authorization_url`](Self::authorization_url)).
    #[inline]
    pub fn state(mut self, state: impl Into<String>) -> Self {
        self.state = Some(state.into());
        self
    }

    /// The configured client id and the checked redirect URI.
    #[inline]
    fn client_id(&self) -> Result<&str> {
        let id = self.client.config().client_id().ok_or_else(|| {
            Error::configuration("mosaia: OAuth needs a client id (client_id / MOSAIA_CLIENT_ID)")
        })?;
        reqwest::Url::parse(&self.redirect_uri).map_err(|e| {
            Error::invalid_request(format!(
                "mosaia: invalid redirect URI {:?}: {e}",
                self.redirect_uri
            ))
        })?;
        Ok(id)
    }

    /// The seed's `get_authorization_url_and_code_verifier()`: an authorization URL with a
    /// fresh verifier (S256 challenge) and the configured `state`, or a fresh one.
    #[inline]
    pub fn authorization_url_and_code_verifier(&self) -> Result<AuthorizationRequest> {
        let verifier = random_token(VERIFIER_BYTES)?;
        let state = match &self.state {
            Some(state) => state.clone(),
            None => random_token(STATE_BYTES)?,
        };
        let url = self.url(&verifier, Some(&state))?;
        Ok(AuthorizationRequest {
            url,
            code_verifier: Secret::new(verifier),
            state,
        })
    }

    /// The authorization URL for a verifier of the caller's choosing (and the
    /// [`state`](Self::state), when set). The scopes go comma-joined in one `scope` parameter
    /// (`scope=read,write`, as both official SDKs send them), which is left out when there are
    /// none.
    #[inline]
    pub fn authorization_url(&self, code_verifier: &str) -> Result<reqwest::Url> {
        self.url(code_verifier, self.state.as_deref())
    }

    #[inline]
    fn url(&self, code_verifier: &str, state: Option<&str>) -> Result<reqwest::Url> {
        let client_id = self.client_id()?;
        let len = code_verifier.len();
        let unreserved = code_verifier
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || b"-._~".contains(&c));
        if !(43..=128).contains(&len) || !unreserved {
            return Err(Error::invalid_request(
                "mosaia: a PKCE code verifier has 43 to 128 unreserved characters (RFC 7636, 4.1)",
            ));
        }
        let frontend = self.client.config().frontend_url();
        let mut url = reqwest::Url::parse(&format!("{frontend}/oauth")).map_err(|e| {
            Error::configuration(format!("mosaia: invalid frontend URL {frontend:?}: {e}"))
        })?;
        {
            let mut query = url.query_pairs_mut();
            query
                .append_pair("client_id", client_id)
                .append_pair("redirect_uri", &self.redirect_uri)
                .append_pair("response_type", "code")
                .append_pair("code_challenge", &code_challenge(code_verifier))
                .append_pair("code_challenge_method", "S256");
            if !self.scopes.is_empty() {
                query.append_pair("scope", &self.scopes.join(SCOPE_SEPARATOR));
            }
            if let Some(state) = state {
                query.append_pair("state", state);
            }
        }
        Ok(url)
    }

    /// Exchanges the authorization `code` from the redirect for tokens (`oauth_token` with
    /// `grant_type=authorization_code`). The tokens are returned, not kept: see
    /// [`Auth::use_oauth_tokens`](super::Auth::use_oauth_tokens).
    #[inline]
    pub fn exchange_code_for_token(
        &self,
        code: impl Into<String>,
        code_verifier: impl Into<String>,
    ) -> ExchangeCode<'_> {
        ExchangeCode {
            oauth: self,
            code: Secret::new(code),
            code_verifier: Secret::new(code_verifier),
        }
    }

    /// Exchanges a refresh token for new tokens (`oauth_token` with `grant_type=refresh_token`).
    /// The tokens are returned, not kept (kept OAuth tokens are refreshed on their own).
    #[inline]
    pub fn refresh_token(&self, refresh_token: impl Into<String>) -> OAuthRefresh<'_> {
        OAuthRefresh {
            oauth: self,
            refresh_token: Secret::new(refresh_token),
        }
    }

    #[inline]
    async fn token(
        &self,
        body: types::builder::OAuthTokenRequest,
    ) -> Result<types::OAuthTokenResponse> {
        let answer = self
            .client
            .unauthenticated()
            .oauth_token()
            .body(body)
            .send()
            .await;
        match answer {
            Ok(tokens) => Ok(tokens.into_inner()),
            Err(e) => Err(self.client.scrub(Error::from_generated(e))),
        }
    }
}

/// The code exchange of [`OAuth::exchange_code_for_token`]; [`send`](Self::send) it.
#[must_use = "a request does nothing until it is sent"]
#[derive(Clone, Debug)]
pub struct ExchangeCode<'a> {
    oauth: &'a OAuth,
    code: Secret,
    code_verifier: Secret,
}

impl ExchangeCode<'_> {
    /// Sends the exchange; returns the tokens. A missing client id or an invalid redirect URI
    /// fails before sending.
    #[inline]
    pub async fn send(self) -> Result<types::OAuthTokenResponse> {
        let client_id = self.oauth.client_id()?.to_string();
        let body = types::OAuthTokenRequest::builder()
            .grant_type(OAuthGrantType::AuthorizationCode)
            .client_id(Some(client_id))
            .redirect_uri(Some(self.oauth.redirect_uri.clone()))
            .code(Some(self.code))
            .code_verifier(Some(self.code_verifier));
        self.oauth.token(body).await
    }
}

/// The refresh of [`OAuth::refresh_token`]; [`send`](Self::send) it.
#[must_use = "a request does nothing until it is sent"]
#[derive(Clone, Debug)]
pub struct OAuthRefresh<'a> {
    oauth: &'a OAuth,
    refresh_token: Secret,
}

impl OAuthRefresh<'_> {
    /// Sends the refresh; returns the new tokens. A missing client id fails before sending.
    #[inline]
    pub async fn send(self) -> Result<types::OAuthTokenResponse> {
        let client_id = self.oauth.client_id()?.to_string();
        let body = types::OAuthTokenRequest::builder()
            .grant_type(OAuthGrantType::RefreshToken)
            .client_id(Some(client_id))
            .refresh_token(Some(self.refresh_token));
        self.oauth.token(body).await
    }
}
