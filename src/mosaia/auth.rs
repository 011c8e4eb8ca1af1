//! [`Auth`] (`client.auth()`): sign in with a password or client credentials, refresh, sign
//! out, adopt OAuth tokens — each a request builder ending in `send()`, like an operation. A
//! successful sign-in makes the issued tokens this client's own: every later operation carries
//! the access token and renews it on its own.
//!
//! ```no_run
//! # async fn demo(client: agent_apis::mosaia::Client) -> agent_apis::Result<()> {
//! let tokens = client
//!     .auth()
//!     .sign_in_with_password("user@example.com", "password")
//!     .client_id("client-id")
//!     .send()
//!     .await?;
//! let me = client.get_self().send().await?;
//! client.auth().sign_out().send().await?;
//! # let _ = (tokens, me); Ok(()) }
//! ```

use super::builders;
use super::client::Client;
use super::tokens::{sign_in_body, Grant, Renewal};
use super::types::{self, SignInGrantType};
use crate::{Error, Result, Secret};

/// Authentication calls of a Mosaia [`Client`] (`client.auth()`, the official SDK's
/// `client.auth`).
#[derive(Clone, Copy, Debug)]
pub struct Auth<'a> {
    client: &'a Client,
}

impl Client {
    /// Sign-in, refresh, sign-out and OAuth token adoption (`client.auth`).
    #[inline]
    pub fn auth(&self) -> Auth<'_> {
        Auth { client: self }
    }

    /// The seed's `generate_api_key(client_id, client_secret)`: signs in with client
    /// credentials, makes the issued access token this client's bearer token (renewed with the
    /// same credentials when it expires) and returns it.
    ///
    /// ```no_run
    /// # async fn demo(client: agent_apis::mosaia::Client) -> agent_apis::Result<()> {
    /// let key = client.generate_api_key("client-id", "client-secret").send().await?;
    /// println!("{key:?}"); // [REDACTED]
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn generate_api_key(
        &self,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> GenerateApiKey<'_> {
        GenerateApiKey {
            sign_in: self.auth().sign_in_with_client(client_id, client_secret),
        }
    }
}

impl<'a> Auth<'a> {
    /// Signs in with e-mail and password (`sign_in` with `grant_type=password`). The OAuth
    /// client id sent with them is the configured one unless
    /// [`client_id`](SignInWithPassword::client_id) sets another. The client keeps the tokens
    /// and refreshes them with the refresh token.
    #[inline]
    pub fn sign_in_with_password(
        &self,
        email: impl Into<String>,
        password: impl Into<String>,
    ) -> SignInWithPassword<'a> {
        SignInWithPassword {
            client: self.client,
            email: email.into(),
            password: Secret::new(password),
            client_id: self.client.config().client_id().map(str::to_string),
        }
    }

    /// Signs in with client credentials (`sign_in` with `grant_type=client`). The client keeps
    /// the token and, when it expires, signs in again with the same credentials.
    #[inline]
    pub fn sign_in_with_client(
        &self,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> SignInWithClient<'a> {
        SignInWithClient {
            client: self.client,
            client_id: client_id.into(),
            client_secret: Secret::new(client_secret),
        }
    }

    /// Exchanges a refresh token for new tokens (`sign_in` with `grant_type=refresh`) and keeps
    /// them: the current session's refresh token unless [`token`](RefreshToken::token) gives
    /// another. Signed-in clients also do this on their own when their token is about to expire
    /// or is rejected.
    #[inline]
    pub fn refresh_token(&self) -> RefreshToken<'a> {
        RefreshToken {
            client: self.client,
            token: None,
        }
    }

    /// Makes tokens from the OAuth flow ([`ExchangeCode`](super::ExchangeCode)) this client's
    /// own; they are refreshed over `oauth_token`.
    #[inline]
    pub fn use_oauth_tokens(&self, tokens: &types::OAuthTokenResponse) -> UseOAuthTokens<'a> {
        UseOAuthTokens {
            client: self.client,
            tokens: tokens.clone(),
        }
    }

    /// Revokes the current bearer token (`sign_out`) and forgets the session.
    ///
    /// As the official Node SDK (since v0.0.32) does, the token goes as the JSON body
    /// `{"token": "<token>"}` of `DELETE /auth/signout`, and is also the request's bearer token.
    #[inline]
    pub fn sign_out(&self) -> SignOut<'a> {
        SignOut {
            client: self.client,
        }
    }

    /// Alias of [`Client::get_self`] (the seed's `auth.get_self()`): the caller's user,
    /// organization, client and permissions.
    #[inline]
    pub fn get_self(&self) -> builders::GetSelf<'a> {
        self.client.get_self()
    }

    /// Alias of [`Client::get_session`] (the seed's `auth.get_session()`, `GET /session`).
    ///
    /// **Deprecated**: the official Node SDK stopped calling `GET /session` in v0.0.12
    /// (2025-07-30); its `session()` is `GET /self`, which is [`Auth::get_self`] here.
    #[deprecated(
        since = "0.1.0",
        note = "the official Node SDK stopped calling GET /session in v0.0.12 (2025-07-30); \
            successor: `get_self()` (GET /self)"
    )]
    #[allow(deprecated)] // the alias of a deprecated operation
    #[inline]
    pub fn get_session(&self) -> builders::GetSession<'a> {
        self.client.get_session()
    }
}

/// A password sign-in ([`Auth::sign_in_with_password`]); [`send`](Self::send) it.
#[must_use = "a request does nothing until it is sent"]
#[derive(Clone, Debug)]
pub struct SignInWithPassword<'a> {
    client: &'a Client,
    email: String,
    password: Secret,
    client_id: Option<String>,
}

impl SignInWithPassword<'_> {
    /// The OAuth client to sign in through (default: the configured client id; without one,
    /// none is sent).
    #[inline]
    pub fn client_id(mut self, client_id: impl Into<String>) -> Self {
        self.client_id = Some(client_id.into());
        self
    }

    /// Signs in and keeps the tokens; returns them.
    #[inline]
    pub async fn send(self) -> Result<types::AuthTokens> {
        let body = sign_in_body(SignInGrantType::Password)
            .email(Some(self.email))
            .password(Some(self.password))
            .client_id(self.client_id);
        sign_in(self.client, body, None).await
    }
}

/// A client-credentials sign-in ([`Auth::sign_in_with_client`]); [`send`](Self::send) it.
#[must_use = "a request does nothing until it is sent"]
#[derive(Clone, Debug)]
pub struct SignInWithClient<'a> {
    client: &'a Client,
    client_id: String,
    client_secret: Secret,
}

impl SignInWithClient<'_> {
    /// Signs in and keeps the token (renewed by signing in again); returns the tokens.
    #[inline]
    pub async fn send(self) -> Result<types::AuthTokens> {
        let body = sign_in_body(SignInGrantType::Client)
            .client_id(Some(self.client_id.clone()))
            .client_secret(Some(self.client_secret.clone()));
        let again = Renewal::ClientCredentials {
            client_id: self.client_id,
            client_secret: self.client_secret,
        };
        sign_in(self.client, body, Some(again)).await
    }
}

/// The seed's `generate_api_key` ([`Client::generate_api_key`]); [`send`](Self::send) it.
#[must_use = "a request does nothing until it is sent"]
#[derive(Clone, Debug)]
pub struct GenerateApiKey<'a> {
    sign_in: SignInWithClient<'a>,
}

impl GenerateApiKey<'_> {
    /// Signs in with the client credentials; returns the access token, which this client now
    /// uses.
    #[inline]
    pub async fn send(self) -> Result<Secret> {
        Ok(self.sign_in.send().await?.access_token)
    }
}

/// A refresh-token sign-in ([`Auth::refresh_token`]); [`send`](Self::send) it.
#[must_use = "a request does nothing until it is sent"]
#[derive(Clone, Debug)]
pub struct RefreshToken<'a> {
    client: &'a Client,
    token: Option<Secret>,
}

impl RefreshToken<'_> {
    /// The refresh token to use (default: the current session's).
    #[inline]
    pub fn token(mut self, refresh_token: impl Into<String>) -> Self {
        self.token = Some(Secret::new(refresh_token));
        self
    }

    /// Refreshes and keeps the new tokens; returns them. Without a refresh token (none given,
    /// and the session has none) it fails with
    /// [`ErrorKind::InvalidRequest`](crate::ErrorKind::InvalidRequest) before sending.
    #[inline]
    pub async fn send(self) -> Result<types::AuthTokens> {
        let token = self
            .token
            .or_else(|| self.client.tokens().sign_in_refresh_token())
            .ok_or_else(|| {
                Error::invalid_request(
                    "mosaia.refresh_token: no refresh token: the session has none; pass one with \
                     `.token(..)`",
                )
            })?;
        let body = sign_in_body(SignInGrantType::Refresh).refresh_token(Some(token));
        sign_in(self.client, body, None).await
    }
}

/// Adopting OAuth tokens ([`Auth::use_oauth_tokens`]); [`send`](Self::send) it.
#[must_use = "nothing changes until it is sent"]
#[derive(Clone, Debug)]
pub struct UseOAuthTokens<'a> {
    client: &'a Client,
    tokens: types::OAuthTokenResponse,
}

impl UseOAuthTokens<'_> {
    /// Makes the tokens this client's own (no request is sent).
    #[inline]
    pub async fn send(self) -> Result<()> {
        let grant = Grant::from_oauth(&self.tokens);
        let renewal = grant.renewal(true);
        self.client.tokens().install(grant, renewal).await
    }
}

/// A sign-out ([`Auth::sign_out`]); [`send`](Self::send) it.
#[must_use = "a request does nothing until it is sent"]
#[derive(Clone, Copy, Debug)]
pub struct SignOut<'a> {
    client: &'a Client,
}

impl SignOut<'_> {
    /// Revokes the token and forgets the session. Without a token it fails with
    /// [`ErrorKind::InvalidRequest`](crate::ErrorKind::InvalidRequest) before sending; any 2xx
    /// answer counts as done, whatever its body.
    #[inline]
    pub async fn send(self) -> Result<()> {
        let tokens = self.client.tokens();
        let token = tokens
            .current()
            .await?
            .ok_or_else(|| Error::invalid_request("mosaia.sign_out: the client holds no token"))?;
        let answer = crate::calls::exec_raw(
            self.client
                .raw()
                .sign_out()
                .body(types::SignOutRequest { token })
                .prepare(),
        )
        .await;
        match answer {
            Ok(_) => {}
            // A 2xx whose body is not JSON still signed out.
            Err(e) if e.kind() == crate::ErrorKind::Decode => {}
            Err(e) => return Err(self.client.scrub(e)),
        }
        tokens.clear().await;
        Ok(())
    }
}

/// Sends a sign-in request without credentials and installs the answer. `renewal` overrides
/// how the session is renewed (default: its refresh token).
#[inline]
async fn sign_in(
    client: &Client,
    body: types::builder::SignInRequest,
    renewal: Option<Renewal>,
) -> Result<types::AuthTokens> {
    let result = async {
        let tokens =
            crate::calls::exec_raw(client.unauthenticated().sign_in().body(body).prepare())
                .await?
                .into_inner()
                .data
                .ok_or_else(|| crate::transport::no_data("mosaia", "sign_in"))?;
        let grant = Grant::from_sign_in(&tokens);
        let renewal = renewal.unwrap_or_else(|| grant.renewal(false));
        client.tokens().install(grant, renewal).await?;
        Ok(tokens)
    }
    .await;
    result.map_err(|e| client.scrub(e))
}
