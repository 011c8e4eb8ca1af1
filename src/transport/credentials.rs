//! How a request is authenticated: the [`Credentials`] trait and the static header credential
//! that most clients use.
//!
//! A credential writes its header(s) onto each attempt. Credentials that can renew themselves
//! (Mosaia's signed-in sessions) also implement [`Credentials::renew`], which the transport calls
//! once when the server answers 401. Every header a credential writes is marked sensitive, and
//! `Debug` of a credential never shows its value.

// Each service uses part of this module; a build with some services only leaves the rest unused.
#![cfg_attr(
    not(all(
        feature = "autonomi",
        feature = "clink",
        feature = "ailink",
        feature = "mosaia"
    )),
    allow(dead_code)
)]
use std::fmt;

use futures::future::BoxFuture;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use secrecy::{ExposeSecret, SecretString};

use crate::{Error, Result, Secret};

/// Something that authenticates requests.
pub trait Credentials: Send + Sync + fmt::Debug {
    /// Writes the authentication header(s) for one attempt.
    fn apply<'a>(&'a self, headers: &'a mut HeaderMap) -> BoxFuture<'a, Result<()>>;

    /// Called once when the server answered 401 to a request that `apply` authenticated.
    /// Returns `Ok(true)` when the credential was renewed and the request should be sent again;
    /// an error ends the call with that error.
    fn renew(&self) -> BoxFuture<'_, Result<bool>> {
        Box::pin(async { Ok(false) })
    }

    /// Secret values to scrub from anything the SDK prints (beyond the pattern-based scrubbing).
    fn secrets(&self) -> Vec<String> {
        Vec::new()
    }
}

/// A fixed header: `Authorization: Bearer <token>`, or a custom header such as `X-Admin-Key`.
#[derive(Clone)]
pub struct StaticCredential {
    name: HeaderName,
    value: HeaderValue,
    /// Held as a [`Secret`] so that the SDK scrubs it from everything it prints.
    secret: Secret,
}

impl StaticCredential {
    /// `Authorization: Bearer <token>`.
    pub fn bearer(token: SecretString) -> Result<Self> {
        let value = format!("Bearer {}", token.expose_secret());
        Self::build(reqwest::header::AUTHORIZATION, &value, token)
    }

    /// `<name>: <secret>`, for keys sent in their own header.
    pub fn header(name: &'static str, secret: SecretString) -> Result<Self> {
        let value = secret.expose_secret().to_string();
        Self::build(HeaderName::from_static(name), &value, secret)
    }

    fn build(name: HeaderName, value: &str, secret: SecretString) -> Result<Self> {
        let secret = Secret::new(secret.expose_secret());
        let mut value = HeaderValue::from_str(value).map_err(|_| {
            Error::configuration(format!(
                "the credential for the {name} header contains characters not allowed in an HTTP header"
            ))
        })?;
        value.set_sensitive(true);
        Ok(Self {
            name,
            value,
            secret,
        })
    }
}

impl fmt::Debug for StaticCredential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "StaticCredential({}: [REDACTED])", self.name)
    }
}

impl Credentials for StaticCredential {
    fn apply<'a>(&'a self, headers: &'a mut HeaderMap) -> BoxFuture<'a, Result<()>> {
        // A copy, not a clone: see `unshared_value`.
        headers.insert(self.name.clone(), super::unshared_value(&self.value));
        Box::pin(async { Ok(()) })
    }

    fn secrets(&self) -> Vec<String> {
        vec![self.secret.expose_secret().to_string()]
    }
}
