//! [`Auth`] (`client.auth()`): sign in with a password or client credentials, refresh, sign
//! out, the current session and the caller. A successful sign-in makes the issued tokens this
//! client's own: later calls carry the access token and renew it on their own.

use super::client::{acknowledged, Mosaia};
use super::tokens::{sign_in_body, Grant, Renewal};
use super::types::{self, SignInGrantType};
use crate::{Error, Result, Secret};

/// Authentication calls of a [`Mosaia`] client.
#[derive(Clone, Debug)]
pub struct Auth {
    client: Mosaia,
}

impl Auth {
    pub(super) fn new(client: Mosaia) -> Self {
        Self { client }
    }

    /// Signs in with e-mail and password through the OAuth client `client_id`
    /// (`sign_in` with `grant_type=password`). The client keeps the tokens and refreshes them
    /// with the refresh token.
    pub async fn sign_in_with_password(
        &self,
        email: &str,
        password: &str,
        client_id: &str,
    ) -> Result<types::AuthTokens> {
        let body = sign_in_body(SignInGrantType::Password)
            .email(Some(email.to_string()))
            .password(Some(Secret::new(password)))
            .client_id(Some(client_id.to_string()));
        self.sign_in(body, None).await
    }

    /// Signs in with client credentials (`sign_in` with `grant_type=client`). The client keeps
    /// the token and, when it expires, signs in again with the same credentials.
    pub async fn sign_in_with_client(
        &self,
        client_id: &str,
        client_secret: &str,
    ) -> Result<types::AuthTokens> {
        let body = sign_in_body(SignInGrantType::Client)
            .client_id(Some(client_id.to_string()))
            .client_secret(Some(Secret::new(client_secret)));
        let again = Renewal::ClientCredentials {
            client_id: client_id.to_string(),
            client_secret: Secret::new(client_secret),
        };
        self.sign_in(body, Some(again)).await
    }

    /// Exchanges `refresh_token` for new tokens (`sign_in` with `grant_type=refresh`) and keeps
    /// them. Signed-in clients also do this on their own when their token is about to expire.
    pub async fn refresh_token(&self, refresh_token: &str) -> Result<types::AuthTokens> {
        let body =
            sign_in_body(SignInGrantType::Refresh).refresh_token(Some(Secret::new(refresh_token)));
        self.sign_in(body, None).await
    }

    /// Makes tokens from the OAuth flow ([`OAuth::exchange_code_for_token`](super::OAuth))
    /// this client's own; they are refreshed over `oauth_token`.
    pub async fn use_oauth_tokens(&self, tokens: &types::OAuthTokenResponse) -> Result<()> {
        let grant = Grant::from_oauth(tokens);
        let renewal = grant.renewal(true);
        self.client.tokens().install(grant, renewal).await
    }

    /// Revokes the current bearer token (`sign_out`) and forgets the session.
    ///
    /// As the official Node SDK (since v0.0.32) does, the token goes as the JSON body
    /// `{"token": "<token>"}` of `DELETE /auth/signout`, and is also the request's bearer token.
    pub async fn sign_out(&self) -> Result<()> {
        let tokens = self.client.tokens();
        let token = tokens
            .current()
            .await?
            .ok_or_else(|| Error::invalid_request("mosaia.sign_out: the client holds no token"))?;
        let body = types::SignOutRequest { token };
        self.client
            .finish(async { acknowledged(self.client.api().sign_out().body(body).send().await) })
            .await?;
        tokens.clear().await;
        Ok(())
    }

    /// The current session (`get_session`, `GET /session`).
    ///
    /// **Deprecated**: the official Node SDK stopped calling `GET /session` in v0.0.12
    /// (2025-07-30); its `session()` is `GET /self`, which is [`Auth::get_self`] here.
    #[deprecated(
        since = "0.1.0",
        note = "the official Node SDK stopped calling GET /session in v0.0.12 (2025-07-30); \
            successor: `auth().get_self()` (GET /self)"
    )]
    #[allow(deprecated)] // calls the deprecated operation it stands for
    pub async fn get_session(&self) -> Result<types::Session> {
        self.client
            .finish(async {
                Ok(self
                    .client
                    .api()
                    .get_session()
                    .send()
                    .await?
                    .into_inner()
                    .data)
            })
            .await
    }

    /// The caller: user, organization, client and permissions (`get_self`).
    pub async fn get_self(&self) -> Result<types::Session> {
        self.client
            .finish(async { Ok(self.client.api().get_self().send().await?.into_inner().data) })
            .await
    }

    /// Sends a sign-in request without credentials and installs the answer. `renewal`
    /// overrides how the session is renewed (default: its refresh token).
    async fn sign_in(
        &self,
        body: types::builder::SignInRequest,
        renewal: Option<Renewal>,
    ) -> Result<types::AuthTokens> {
        self.client
            .finish(async {
                let tokens = self
                    .client
                    .unauthenticated()
                    .sign_in()
                    .body(body)
                    .send()
                    .await?
                    .into_inner()
                    .data;
                let grant = Grant::from_sign_in(&tokens);
                let renewal = renewal.unwrap_or_else(|| grant.renewal(false));
                self.client.tokens().install(grant, renewal).await?;
                Ok(tokens)
            })
            .await
    }
}
