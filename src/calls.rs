//! The shared bodies of the generated request builders' `send`, `send_with_response` and
//! `call` (see `build/fluent.rs`): not API.
//!
//! Each is an `async fn` generic over the operation, so the coroutine is written, checked and
//! lowered once here rather than once per operation; an operation's methods return its future.

use std::future::Future;

use progenitor_client::ResponseValue;

use crate::{Error, Response, Result};

/// Sends a request built by progenitor's builder (`send`, its `send()` future), unless the
/// request builder recorded an invalid argument (`error`); either error names the operation.
pub(crate) async fn call<T, E>(
    error: Option<String>,
    send: impl Future<Output = std::result::Result<ResponseValue<T>, progenitor_client::Error<E>>>,
    service: &'static str,
    operation: &'static str,
) -> Result<ResponseValue<T>> {
    if let Some(e) = error {
        return Err(Error::invalid_request(e).with_operation(service, operation));
    }
    send.await
        .map_err(|e| Error::from_generated(e).with_operation(service, operation))
}

/// The payload of a call's answer (`payload`: envelope unwrapped, service rules applied).
pub(crate) async fn send<T, P>(
    call: impl Future<Output = Result<ResponseValue<T>>>,
    payload: impl FnOnce(T) -> Result<P>,
) -> Result<P> {
    payload(call.await?.into_inner())
}

/// [`send`] with the answer's status and headers.
pub(crate) async fn send_with_response<T, P>(
    call: impl Future<Output = Result<ResponseValue<T>>>,
    payload: impl FnOnce(T) -> Result<P>,
) -> Result<Response<P>> {
    let value = call.await?;
    let (status, headers) = (value.status(), value.headers().clone());
    let payload = payload(value.into_inner())?;
    Ok(Response::new(status, headers, payload))
}
