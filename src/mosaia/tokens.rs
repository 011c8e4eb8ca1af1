//! The token store: the [`Credentials`] of a Mosaia client.
//!
//! It holds the bearer token (an API key or a session's access token) and how to get a new one
//! (a sign-in refresh token, an OAuth refresh token, or client credentials). Before each attempt
//! it refreshes a token that expires within [`REFRESH_SKEW`]; after a 401 the shared transport
//! calls [`Credentials::renew`] once. Refreshing is single-flight: callers that find the token
//! due while a refresh is running wait for it and use its outcome, so any number of concurrent
//! calls cause one refresh request. A refresh that fails is an
//! [`ErrorKind::Authentication`] error; when the server rejected the refresh credential it is
//! dropped, so later calls fail fast instead of asking again.
//!
//! Refresh requests go through the client's *unauthenticated* generated client, never through
//! this credential.

use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures::future::BoxFuture;
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use tokio::time::Instant;

use super::config::MosaiaConfig;
use super::types::{self, EpochTimestamp, OAuthGrantType, SignInGrantType};
use super::RawClient;
use crate::redact::scrub_known;
use crate::transport::Credentials;
use crate::{Error, ErrorKind, Result, Secret};

/// A token is refreshed when it expires within this margin.
pub const REFRESH_SKEW: Duration = Duration::from_secs(30);

/// A 401 that arrives this soon after a successful refresh is taken to be an answer to a
/// request sent with the previous token: it is resent with the new one instead of refreshing
/// again.
const RENEW_COALESCE: Duration = Duration::from_secs(5);

/// How a new access token can be obtained.
#[derive(Clone)]
pub(crate) enum Renewal {
    /// It cannot (an API key, or a session without a refresh token).
    Never,
    /// `POST /auth/signin` with `grant_type=refresh`.
    SignIn(Secret),
    /// `POST /auth/token` with `grant_type=refresh_token`.
    OAuth(Secret),
    /// `POST /auth/signin` with `grant_type=client` again.
    ClientCredentials {
        client_id: String,
        client_secret: Secret,
    },
}

/// Tokens as issued by `sign_in` or `oauth_token`.
pub(crate) struct Grant {
    access: Secret,
    refresh: Option<Secret>,
    expires_at: Option<Instant>,
}

impl Grant {
    #[inline]
    pub(crate) fn from_sign_in(t: &types::AuthTokens) -> Self {
        Self {
            access: t.access_token.clone(),
            refresh: t.refresh_token.clone(),
            expires_at: expires_at(t.expires_in, t.exp.as_ref()),
        }
    }

    #[inline]
    pub(crate) fn from_oauth(t: &types::OAuthTokenResponse) -> Self {
        Self {
            access: t.access_token.clone(),
            refresh: t.refresh_token.clone(),
            expires_at: expires_at(t.expires_in, t.exp.as_ref()),
        }
    }

    /// How the session these tokens start can be renewed.
    #[inline]
    pub(crate) fn renewal(&self, oauth: bool) -> Renewal {
        match (&self.refresh, oauth) {
            (Some(r), false) => Renewal::SignIn(r.clone()),
            (Some(r), true) => Renewal::OAuth(r.clone()),
            (None, _) => Renewal::Never,
        }
    }
}

struct Bearer {
    token: Secret,
    header: HeaderValue,
}

struct State {
    bearer: Option<Bearer>,
    expires_at: Option<Instant>,
    renewal: Renewal,
    /// Bumped by every refresh attempt and every install: a waiter that sees it changed knows
    /// that someone else already acted.
    attempts: u64,
    /// The outcome of the latest refresh attempt, when it failed.
    last_failure: Option<Error>,
    refreshed_at: Option<Instant>,
}

impl State {
    /// Whether the token must be renewed before use.
    #[inline]
    fn due(&self, now: Instant) -> bool {
        if matches!(self.renewal, Renewal::Never) {
            return false;
        }
        match (&self.bearer, self.expires_at) {
            (None, _) => true,
            (Some(_), Some(at)) => now + REFRESH_SKEW >= at,
            (Some(_), None) => false,
        }
    }

    #[inline]
    fn secrets(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .bearer
            .iter()
            .map(|b| b.token.expose_secret().to_string())
            .collect();
        match &self.renewal {
            Renewal::SignIn(s) | Renewal::OAuth(s) => out.push(s.expose_secret().to_string()),
            Renewal::ClientCredentials { client_secret, .. } => {
                out.push(client_secret.expose_secret().to_string())
            }
            Renewal::Never => {}
        }
        out
    }
}

/// The client's credential: bearer token, expiry and renewal, shared by all its calls.
pub(crate) struct TokenStore {
    state: Mutex<State>,
    /// Held while a refresh request (or an install) runs: the single flight.
    flight: tokio::sync::Mutex<()>,
    unauthenticated: RawClient,
    client_id: Option<String>,
}

impl std::fmt::Debug for TokenStore {
    #[inline]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let st = self.lock();
        let renewal = match st.renewal {
            Renewal::Never => "none",
            Renewal::SignIn(_) => "sign-in refresh token",
            Renewal::OAuth(_) => "OAuth refresh token",
            Renewal::ClientCredentials { .. } => "client credentials",
        };
        f.debug_struct("MosaiaTokens")
            .field(
                "bearer",
                &st.bearer.as_ref().map(|_| crate::redact::REDACTED),
            )
            .field("expires_at", &st.expires_at)
            .field("renewal", &renewal)
            .finish()
    }
}

impl TokenStore {
    /// A store that starts with the configured API key, or — with a client id and secret but
    /// no key — signs in with those client credentials on first use.
    #[inline]
    pub(crate) fn new(config: &MosaiaConfig, unauthenticated: RawClient) -> Self {
        let bearer = config.api_key.as_ref().and_then(|k| bearer(k.clone()).ok());
        let renewal = match (&config.api_key, &config.client_id, &config.client_secret) {
            (None, Some(id), Some(secret)) => Renewal::ClientCredentials {
                client_id: id.clone(),
                client_secret: secret.clone(),
            },
            _ => Renewal::Never,
        };
        Self {
            state: Mutex::new(State {
                bearer,
                expires_at: None,
                renewal,
                attempts: 0,
                last_failure: None,
                refreshed_at: None,
            }),
            flight: tokio::sync::Mutex::new(()),
            unauthenticated,
            client_id: config.client_id.clone(),
        }
    }

    #[inline]
    fn lock(&self) -> MutexGuard<'_, State> {
        // The state stays consistent even if a holder panicked: every update is one assignment.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Installs freshly issued tokens (sign-in, OAuth), replacing whatever the store held.
    #[inline]
    pub(crate) async fn install(&self, grant: Grant, renewal: Renewal) -> Result<()> {
        let bearer = bearer(grant.access)?;
        let _flight = self.flight.lock().await;
        let mut st = self.lock();
        st.bearer = Some(bearer);
        st.expires_at = grant.expires_at;
        st.renewal = renewal;
        st.attempts += 1;
        st.last_failure = None;
        Ok(())
    }

    /// Forgets the session (after sign-out): later calls go out without a bearer token.
    #[inline]
    pub(crate) async fn clear(&self) {
        let _flight = self.flight.lock().await;
        let mut st = self.lock();
        st.bearer = None;
        st.expires_at = None;
        st.renewal = Renewal::Never;
        st.attempts += 1;
    }

    /// Refreshes the token first when it is due.
    #[inline]
    async fn ensure_fresh(&self) -> Result<()> {
        let due = {
            let st = self.lock();
            st.due(Instant::now()).then_some(st.attempts)
        };
        match due {
            Some(seen) => self.refresh(seen).await,
            None => Ok(()),
        }
    }

    /// The bearer token to use now, refreshed first when it is due.
    #[inline]
    pub(crate) async fn current(&self) -> Result<Option<Secret>> {
        self.ensure_fresh().await?;
        Ok(self.lock().bearer.as_ref().map(|b| b.token.clone()))
    }

    /// The refresh token of the current sign-in session (`grant_type=refresh`), if any.
    #[inline]
    pub(crate) fn sign_in_refresh_token(&self) -> Option<Secret> {
        match &self.lock().renewal {
            Renewal::SignIn(token) => Some(token.clone()),
            _ => None,
        }
    }

    /// Every secret the store holds, for scrubbing text.
    #[inline]
    pub(crate) fn known_secrets(&self) -> Vec<String> {
        self.lock().secrets()
    }

    /// Refreshes unless another caller did (or tried) since `seen` was read.
    #[inline]
    async fn refresh(&self, seen: u64) -> Result<()> {
        let _flight = self.flight.lock().await;
        let renewal = {
            let st = self.lock();
            if st.attempts != seen {
                return match &st.last_failure {
                    Some(err) => Err(err.clone()),
                    None => Ok(()),
                };
            }
            st.renewal.clone()
        };
        tracing::debug!("mosaia: refreshing the access token");
        let outcome = self.request(&renewal).await;
        let mut st = self.lock();
        st.attempts += 1;
        match outcome.and_then(|(grant, next)| Ok((bearer(grant.access)?, grant.expires_at, next)))
        {
            Ok((bearer, expires_at, next)) => {
                st.bearer = Some(bearer);
                st.expires_at = expires_at;
                st.renewal = next;
                st.last_failure = None;
                st.refreshed_at = Some(Instant::now());
                Ok(())
            }
            Err(cause) => {
                let known = st.secrets();
                let known: Vec<&str> = known.iter().map(String::as_str).collect();
                let mut err = Error::new(
                    ErrorKind::Authentication,
                    scrub_known(
                        &format!("the session could not be refreshed: {}", cause.message()),
                        &known,
                    ),
                );
                if let Some(status) = cause.status() {
                    err = err.with_status(status);
                }
                if let Some(id) = cause.request_id() {
                    err = err.with_request_id(id);
                }
                // The server rejected the refresh credential: asking again cannot help.
                if matches!(
                    cause.kind(),
                    ErrorKind::Authentication | ErrorKind::Validation | ErrorKind::Permission
                ) {
                    st.renewal = Renewal::Never;
                }
                st.last_failure = Some(err.clone());
                Err(err)
            }
        }
    }

    /// Asks the server for new tokens; returns them with the renewal that follows.
    #[inline]
    async fn request(&self, renewal: &Renewal) -> Result<(Grant, Renewal)> {
        let api = &self.unauthenticated;
        match renewal {
            Renewal::Never => Err(Error::new(
                ErrorKind::Authentication,
                "the session cannot be renewed",
            )),
            Renewal::SignIn(refresh) => {
                let body =
                    sign_in_body(SignInGrantType::Refresh).refresh_token(Some(refresh.clone()));
                let tokens = crate::calls::exec_raw(api.sign_in().body(body).prepare())
                    .await?
                    .into_inner()
                    .data
                    .ok_or_else(|| crate::transport::no_data("mosaia", "sign_in"))?;
                let grant = Grant::from_sign_in(&tokens);
                let next = grant
                    .refresh
                    .clone()
                    .map_or_else(|| renewal.clone(), Renewal::SignIn);
                Ok((grant, next))
            }
            Renewal::OAuth(refresh) => {
                let body = types::OAuthTokenRequest::builder()
                    .grant_type(OAuthGrantType::RefreshToken)
                    .refresh_token(Some(refresh.clone()))
                    .client_id(self.client_id.clone());
                let tokens = api
                    .oauth_token()
                    .body(body)
                    .send()
                    .await
                    .map_err(Error::from_generated)?
                    .into_inner();
                let grant = Grant::from_oauth(&tokens);
                let next = grant
                    .refresh
                    .clone()
                    .map_or_else(|| renewal.clone(), Renewal::OAuth);
                Ok((grant, next))
            }
            Renewal::ClientCredentials {
                client_id,
                client_secret,
            } => {
                let body = sign_in_body(SignInGrantType::Client)
                    .client_id(Some(client_id.clone()))
                    .client_secret(Some(client_secret.clone()));
                let tokens = crate::calls::exec_raw(api.sign_in().body(body).prepare())
                    .await?
                    .into_inner()
                    .data
                    .ok_or_else(|| crate::transport::no_data("mosaia", "sign_in"))?;
                Ok((Grant::from_sign_in(&tokens), renewal.clone()))
            }
        }
    }
}

/// A sign-in body for `grant`.
#[inline]
pub(crate) fn sign_in_body(grant: SignInGrantType) -> types::builder::SignInRequest {
    types::SignInRequest::builder().grant_type(grant)
}

impl Credentials for TokenStore {
    #[inline]
    fn apply<'a>(&'a self, headers: &'a mut HeaderMap) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            self.ensure_fresh().await?;
            if let Some(b) = &self.lock().bearer {
                headers.insert(AUTHORIZATION, crate::transport::unshared_value(&b.header));
            }
            Ok(())
        })
    }

    #[inline]
    fn renew(&self) -> BoxFuture<'_, Result<bool>> {
        Box::pin(async move {
            let seen = {
                let st = self.lock();
                if matches!(st.renewal, Renewal::Never) {
                    return Ok(false);
                }
                if st
                    .refreshed_at
                    .is_some_and(|at| at.elapsed() < RENEW_COALESCE)
                {
                    return Ok(true);
                }
                st.attempts
            };
            self.refresh(seen).await.map(|()| true)
        })
    }

    #[inline]
    fn secrets(&self) -> Vec<String> {
        self.known_secrets()
    }
}

/// `Bearer <token>` as a sensitive header value.
#[inline]
fn bearer(token: Secret) -> Result<Bearer> {
    let mut header =
        HeaderValue::from_str(&format!("Bearer {}", token.expose_secret())).map_err(|_| {
            Error::new(
                ErrorKind::Authentication,
                "the access token contains characters not allowed in an HTTP header",
            )
        })?;
    header.set_sensitive(true);
    Ok(Bearer { token, header })
}

/// When a token expires: from `expires_in` (seconds), else from `exp` (epoch milliseconds, or
/// seconds when the number is small enough to be seconds).
#[inline]
fn expires_at(expires_in: Option<i64>, exp: Option<&EpochTimestamp>) -> Option<Instant> {
    if let Some(secs) = expires_in.filter(|s| *s >= 0) {
        // An absurd lifetime (beyond what `Instant` can hold) means "does not expire".
        return Instant::now().checked_add(Duration::from_secs(secs.unsigned_abs()));
    }
    let exp = match exp? {
        EpochTimestamp::Int64(n) => *n,
        EpochTimestamp::String(s) => s.trim().parse::<i64>().ok()?,
    };
    let exp_ms = if exp < 100_000_000_000 {
        exp.saturating_mul(1000)
    } else {
        exp
    };
    let now_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .ok()?
        .as_millis() as i64;
    let left = Duration::from_millis(exp_ms.saturating_sub(now_ms).max(0).unsigned_abs());
    Instant::now().checked_add(left)
}

/// `err` with every secret in `known` removed from its texts (unchanged when none occurs).
#[inline]
pub(crate) fn scrub_error(err: Error, known: &[String]) -> Error {
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    err.map_text(|text| scrub_known(text, &known))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_comes_from_expires_in_or_exp() {
        let now = Instant::now();
        let at = expires_at(Some(60), None).unwrap();
        assert!(at >= now + Duration::from_secs(60));
        let soon_ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_millis() as i64
            + 120_000;
        let at = expires_at(None, Some(&EpochTimestamp::String(soon_ms.to_string()))).unwrap();
        assert!(
            at > now + Duration::from_secs(100) && at <= Instant::now() + Duration::from_secs(120)
        );
        let past = expires_at(None, Some(&EpochTimestamp::Int64(1))).unwrap();
        assert!(past <= Instant::now());
        assert!(expires_at(None, Some(&EpochTimestamp::String("soon".into()))).is_none());
        // Absurd lifetimes from a server never panic.
        let _ = expires_at(Some(i64::MAX), None);
        let _ = expires_at(None, Some(&EpochTimestamp::Int64(i64::MAX)));
        assert!(expires_at(None, None).is_none());
    }

    #[test]
    fn scrubbing_removes_known_secrets_and_keeps_the_rest() {
        let err = Error::new(ErrorKind::Authentication, "token tok-123456 rejected")
            .with_status(reqwest::StatusCode::UNAUTHORIZED)
            .with_details("for tok-123456")
            .with_request_id("req-1");
        let clean = scrub_error(err, &["tok-123456".to_string()]);
        assert_eq!(clean.message(), "token [REDACTED] rejected");
        assert_eq!(clean.details(), Some("for [REDACTED]"));
        assert_eq!(clean.request_id(), Some("req-1"));
        assert_eq!(clean.status().map(|s| s.as_u16()), Some(401));
    }
}
