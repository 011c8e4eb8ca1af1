//! [`Client::request`]: the seed's `request(method, path, body)` — any Clink endpoint,
//! including ones the spec does not describe, through the same transport (auth, session
//! header, retries, errors), returning the envelope's `data` as JSON.

use reqwest::Method;
use serde::Deserialize;

use super::Client;
use crate::{Error, Response, Result};

/// An envelope whose `data` is not described.
#[derive(Deserialize)]
struct AnyEnvelope {
    success: Option<bool>,
    #[serde(default)]
    data: serde_json::Value,
    message: Option<String>,
    error: Option<serde_json::Value>,
}

impl Client {
    /// A request to any endpoint (the seed's `request(method, path, body)`), for what the
    /// operations do not describe: `path` is below the base URL, starts with `/` and may carry
    /// a query string; set an optional JSON [`body`](Request::body), then
    /// [`send`](Request::send) it for the envelope's `data` as JSON (`null` when absent).
    /// Failures are the same [`Error`]s as every other call.
    ///
    /// ```no_run
    /// # async fn demo(clink: agent_apis::clink::Client) -> agent_apis::Result<()> {
    /// use reqwest::Method;
    /// let data = clink.request(Method::GET, "/groups?slug=ops").send().await?;
    /// println!("{}", data["groups"][0]["name"]);
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn request(&self, method: Method, path: impl Into<String>) -> Request<'_> {
        Request {
            client: self,
            method,
            path: path.into(),
            body: None,
        }
    }
}

/// The request of [`Client::request`]: an optional JSON body, then [`send`](Self::send).
#[must_use = "a request does nothing until it is sent"]
#[derive(Clone, Debug)]
pub struct Request<'a> {
    client: &'a Client,
    method: Method,
    path: String,
    body: Option<serde_json::Value>,
}

impl<'a> Request<'a> {
    /// The JSON body.
    #[inline]
    pub fn body(mut self, body: serde_json::Value) -> Self {
        self.body = Some(body);
        self
    }

    /// Sends the request and answers the envelope's `data`. A path that does not start with
    /// `/` is an [`ErrorKind::InvalidRequest`](crate::ErrorKind::InvalidRequest) error and
    /// nothing is sent; an answer that is not an envelope with `success: true` is a
    /// [`ErrorKind::Decode`](crate::ErrorKind::Decode) error.
    #[inline]
    pub async fn send(self) -> Result<serde_json::Value> {
        Ok(self.send_with_response().await?.into_payload())
    }

    /// Like [`send`](Self::send), with the response's status, headers and request id.
    #[inline]
    pub async fn send_with_response(self) -> Result<Response<serde_json::Value>> {
        let Self {
            client,
            method,
            path,
            body,
        } = self;
        if !path.starts_with('/') {
            return Err(Error::invalid_request(format!(
                "the path must start with '/', got {path:?}"
            ))
            .with_operation("clink", "request"));
        }
        let raw = client.raw();
        let mut request = raw
            .client
            .request(method, format!("{}{path}", raw.baseurl))
            .header(reqwest::header::ACCEPT, "application/json");
        if let Some(body) = &body {
            request = request.json(body);
        }
        let response = raw.inner.send(request.build()?, "request").await?;
        let (status, headers) = (response.status(), response.headers().clone());
        let bytes = response.bytes().await?;
        match serde_json::from_slice::<AnyEnvelope>(&bytes) {
            Ok(AnyEnvelope {
                success: Some(true),
                data,
                ..
            }) => Ok(Response::new(status, headers, data)),
            Ok(AnyEnvelope {
                success: Some(false),
                message,
                error,
                ..
            }) => Err(crate::transport::body_failure(
                status,
                message.as_deref(),
                error.as_ref(),
                "the Clink API answered `success: false` without a message",
                false,
            )
            .with_operation("clink", "request")),
            _ => Err(Error::decode(
                "the response is not a Clink envelope with `success: true`",
                &bytes,
            )
            .with_operation("clink", "request")),
        }
    }
}
