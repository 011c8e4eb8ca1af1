//! [`Response`]: a successful call's payload with its status, headers and request id, as every
//! operation's `send_with_response()` returns it.

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

/// A successful call's payload with the response's status, headers and request id.
///
/// Every request builder has `send()`, which returns the payload, and `send_with_response()`,
/// which returns this.
///
/// ```no_run
/// # async fn demo(client: agent_apis::autonomi::Client) -> agent_apis::Result<()> {
/// let response = client.get_run().run_id(1).send_with_response().await?;
/// println!("{} {:?}", response.status(), response.request_id());
/// let run = response.into_payload();
/// # let _ = run; Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct Response<T> {
    status: StatusCode,
    headers: HeaderMap,
    payload: T,
}

impl<T> Response<T> {
    /// A response; public so that tests and wrappers can make one.
    pub fn new(status: StatusCode, headers: HeaderMap, payload: T) -> Self {
        Self {
            status,
            headers,
            payload,
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The server's request id (`x-request-id`, `request-id`, `x-amzn-requestid`, ...), when
    /// it sent one.
    pub fn request_id(&self) -> Option<String> {
        crate::transport::request_id(&self.headers)
    }

    /// The payload.
    pub fn payload(&self) -> &T {
        &self.payload
    }

    /// The payload, consuming the response.
    pub fn into_payload(self) -> T {
        self.payload
    }

    /// Status, headers and payload.
    pub fn into_parts(self) -> (StatusCode, HeaderMap, T) {
        (self.status, self.headers, self.payload)
    }
}

impl<T> std::ops::Deref for Response<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.payload
    }
}
