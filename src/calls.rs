//! The shared bodies of the generated request builders' `send`, `send_with_response` and
//! `call` (see `build/fluent.rs`): not API.
//!
//! Each is generic over the operation, so its code is written and checked once here rather than
//! once per operation (three `async fn`s per operation were three coroutines for rustc to check
//! and lower in every build of the crate). They are combinators, not `async fn`s: an `async fn`
//! that awaits a future it was given keeps the future twice in its state (the argument and the
//! awaited value), and three such layers made one call's future four times as large.

use std::future::Future;

use futures::future::{self, Either, FutureExt};
use progenitor_client::ResponseValue;

use crate::{Error, Response, Result};

/// Sends a request built by progenitor's builder (`send`, its `send()` future), unless the
/// request builder recorded an invalid argument (`error`); either error names the operation.
#[inline]
pub(crate) fn call<T, E>(
    error: Option<String>,
    send: impl Future<Output = std::result::Result<ResponseValue<T>, progenitor_client::Error<E>>>,
    service: &'static str,
    operation: &'static str,
) -> impl Future<Output = Result<ResponseValue<T>>> {
    match error {
        Some(e) => Either::Left(future::ready(Err(
            Error::invalid_request(e).with_operation(service, operation)
        ))),
        None => Either::Right(send.map(move |answer| {
            answer.map_err(|e| Error::from_generated(e).with_operation(service, operation))
        })),
    }
}

/// The payload of a call's answer (`payload`: envelope unwrapped, service rules applied).
#[inline]
pub(crate) fn send<T, P>(
    call: impl Future<Output = Result<ResponseValue<T>>>,
    payload: impl FnOnce(T) -> Result<P>,
) -> impl Future<Output = Result<P>> {
    call.map(|answer| payload(answer?.into_inner()))
}

/// [`send`] with the answer's status and headers.
#[inline]
pub(crate) fn send_with_response<T, P>(
    call: impl Future<Output = Result<ResponseValue<T>>>,
    payload: impl FnOnce(T) -> Result<P>,
) -> impl Future<Output = Result<Response<P>>> {
    call.map(|answer| {
        let value = answer?;
        let (status, headers) = (value.status(), value.headers().clone());
        Ok(Response::new(status, headers, payload(value.into_inner())?))
    })
}
