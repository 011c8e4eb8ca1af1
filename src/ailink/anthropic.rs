//! Pointing an Anthropic client at the gateway: [`AgentClient::anthropic`] returns the base
//! URL and headers to give any Anthropic SDK (or a ready `reqwest::Client`), like the seed's
//! `client.anthropic()`.
//!
//! The gateway authenticates the agent by `Authorization: Bearer <virtual token>` and injects
//! the real Anthropic key itself, so the Anthropic client's own `x-api-key` only needs a
//! placeholder ([`ANTHROPIC_API_KEY_PLACEHOLDER`]). At 332754c the gateway forwards only
//! `Content-Type` and the credential it injects to the upstream: store the Anthropic credential
//! with `injection_mode: header`, `injection_header: x-api-key`, and add the
//! `anthropic-version` header with a policy `transform` action (see `docs/ailink.md`).

use std::fmt;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, AUTHORIZATION};

use super::agent::AgentClient;
use crate::transport::USER_AGENT;
use crate::{Error, Result};

/// The placeholder API key given to an Anthropic client (sent as `x-api-key`; the gateway
/// ignores it and injects the real key), as the official SDK does.
pub const ANTHROPIC_API_KEY_PLACEHOLDER: &str = "AILINK_GATEWAY_MANAGED";

/// Where and how an Anthropic client reaches its upstream through the gateway.
///
/// ```no_run
/// # async fn demo(agent: agent_apis::ailink::AgentClient) -> agent_apis::Result<()> {
/// let gateway = agent.anthropic();
/// let http = gateway.http_client()?; // default headers: Authorization, x-api-key, agent name
/// let answer = http
///     .post(format!("{}/v1/messages", gateway.base_url()))
///     .json(&serde_json::json!({"model": "claude-sonnet-4-5", "max_tokens": 256,
///                               "messages": [{"role": "user", "content": "Hi"}]}))
///     .send()
///     .await
///     .map_err(agent_apis::Error::from)?;
/// # let _ = answer; Ok(()) }
/// ```
#[derive(Clone)]
pub struct AnthropicGateway {
    base_url: String,
    headers: HeaderMap,
    timeout: std::time::Duration,
    connect_timeout: std::time::Duration,
}

impl fmt::Debug for AnthropicGateway {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AnthropicGateway")
            .field("base_url", &self.base_url)
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl AgentClient {
    /// The base URL and headers that make an Anthropic client send through the gateway with
    /// this agent's virtual token (the seed's `client.anthropic()`).
    #[inline]
    pub fn anthropic(&self) -> AnthropicGateway {
        let mut headers = HeaderMap::new();
        if let Ok(mut bearer) =
            HeaderValue::from_str(&format!("Bearer {}", self.token.expose_secret()))
        {
            bearer.set_sensitive(true);
            headers.insert(AUTHORIZATION, bearer);
        }
        headers.insert(
            HeaderName::from_static("x-api-key"),
            HeaderValue::from_static(ANTHROPIC_API_KEY_PLACEHOLDER),
        );
        // The agent name, idempotency key and any other default header of this client.
        for (name, value) in self.transport.config().default_headers.iter() {
            headers.insert(name.clone(), value.clone());
        }
        let config = self.transport.config();
        AnthropicGateway {
            base_url: self.base_url.clone(),
            headers,
            timeout: config.timeout,
            connect_timeout: config.connect_timeout,
        }
    }
}

impl AnthropicGateway {
    /// The gateway URL to use as the Anthropic client's base URL (without `/v1`: Anthropic
    /// clients append `/v1/messages`).
    #[inline]
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The headers to add to every request: `Authorization: Bearer <virtual token>` (marked
    /// sensitive), `x-api-key: AILINK_GATEWAY_MANAGED`, and the client's default headers (the
    /// agent name and idempotency key when configured).
    #[inline]
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// A `reqwest::Client` sending [`headers`](Self::headers) on every request, with the agent
    /// client's timeouts, for Anthropic clients that accept one (or for calling `/v1/messages`
    /// directly).
    #[inline]
    pub fn http_client(&self) -> Result<reqwest::Client> {
        crate::transport::http_client_builder(reqwest::Client::builder())
            .default_headers(self.headers.clone())
            .user_agent(USER_AGENT)
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            .build()
            .map_err(|e| Error::configuration(format!("could not build the HTTP client: {e}")))
    }
}
