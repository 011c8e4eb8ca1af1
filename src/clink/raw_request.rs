//! [`ClinkClient::request`]: the seed's `request(method, path, body)` — any Clink endpoint,
//! including ones the spec does not describe, through the same transport (auth, session
//! header, retries, errors), returning the envelope's `data` as JSON.

use reqwest::Method;
use serde::Deserialize;

use super::ClinkClient;
use crate::{Error, Result};

/// An envelope whose `data` is not described.
#[derive(Deserialize)]
struct AnyEnvelope {
    success: Option<bool>,
    #[serde(default)]
    data: serde_json::Value,
}

impl ClinkClient {
    /// Sends `method path` (a path below the base URL, starting with `/`, query string
    /// included) with an optional JSON body, and returns the envelope's `data` (`null` when
    /// absent). Failures are the same [`Error`]s as every other call.
    ///
    /// ```no_run
    /// # async fn demo(clink: agent_apis::clink::ClinkClient) -> agent_apis::Result<()> {
    /// let data = clink.request(reqwest::Method::GET, "/groups?slug=ops", None).await?;
    /// println!("{}", data["groups"][0]["name"]);
    /// # Ok(()) }
    /// ```
    pub async fn request(
        &self,
        method: Method,
        path: &str,
        body: Option<&serde_json::Value>,
    ) -> Result<serde_json::Value> {
        if !path.starts_with('/') {
            return Err(Error::invalid_request(format!(
                "the path must start with '/', got {path:?}"
            )));
        }
        let raw = self.raw();
        let mut request = raw
            .client
            .request(method, format!("{}{path}", raw.baseurl))
            .header(reqwest::header::ACCEPT, "application/json");
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = raw.inner.send(request.build()?, "request").await?;
        let bytes = response.bytes().await?;
        match serde_json::from_slice::<AnyEnvelope>(&bytes) {
            Ok(AnyEnvelope {
                success: Some(true),
                data,
            }) => Ok(data),
            _ => Err(Error::decode(
                "the response is not a Clink envelope with `success: true`",
                &bytes,
            )
            .with_operation("clink", "request")),
        }
    }
}
