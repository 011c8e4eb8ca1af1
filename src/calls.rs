//! The shared bodies of the generated request builders' `send`, `send_with_response` and
//! `call` (see `build/fluent.rs`), and of progenitor's `send` under them (`exec_decode`,
//! `exec_empty`; see `plain_sends` in `build/codegen.rs`): not API.
//!
//! Each is generic over the operation, so its code is written and checked once here rather than
//! once per operation (three `async fn`s per operation were three coroutines for rustc to check
//! and lower in every build of the crate). Those that wrap a future they are given (`call`,
//! `send`, `send_with_response`) are combinators, not `async fn`s: an `async fn` that awaits a
//! future it was given keeps the future twice in its state (the argument and the awaited
//! value), and three such layers made one call's future four times as large. `exec_decode`,
//! `exec_empty` and `exchange` await only futures they make themselves, and are `async fn`s.

use std::future::Future;

use futures::future::{self, Either, FutureExt};
use progenitor_client::ResponseValue;
use serde::de::DeserializeOwned;

use crate::transport::{BodyVerdict, Transport};
use crate::{Error, Response, Result};

/// A generated operation's call (progenitor's `send`): with the closure building its request
/// (`prepared`, or the error of an argument), the exchange through the transport and, when the
/// answer has the spec's success `status`, its body decoded as `T`.
pub(crate) async fn exec_decode<T, E, B>(
    transport: &Transport,
    prepared: std::result::Result<B, progenitor_client::Error<E>>,
    service: &'static str,
    operation: &'static str,
    status: u16,
) -> std::result::Result<ResponseValue<T>, progenitor_client::Error<E>>
where
    B: FnMut() -> reqwest::Result<reqwest::Request> + Send,
    T: DeserializeOwned + BodyVerdict,
{
    // `_build` holds the request's arguments until the answer is decoded: a `Secret` among
    // them (a body field) is scrubbed from error texts only while it lives.
    let (reply, _build) = exchange(transport, prepared, operation, status).await?;
    crate::transport::decode_response(reply, service, operation).await
}

/// [`exec_decode`] for an answer without a body (`204`).
pub(crate) async fn exec_empty<E, B>(
    transport: &Transport,
    prepared: std::result::Result<B, progenitor_client::Error<E>>,
    operation: &'static str,
    status: u16,
) -> std::result::Result<ResponseValue<()>, progenitor_client::Error<E>>
where
    B: FnMut() -> reqwest::Result<reqwest::Request> + Send,
{
    let (reply, _build) = exchange(transport, prepared, operation, status).await?;
    Ok(ResponseValue::empty(reply.into_response()))
}

/// The exchange of [`exec_decode`] and [`exec_empty`]: the answer when it has `status` (with
/// the request's closure, which the caller keeps until it is done with the answer), else
/// progenitor's `UnexpectedResponse` (which carries the transport's error for a failure).
async fn exchange<E, B>(
    transport: &Transport,
    prepared: std::result::Result<B, progenitor_client::Error<E>>,
    operation: &'static str,
    status: u16,
) -> std::result::Result<(crate::transport::Reply, B), progenitor_client::Error<E>>
where
    B: FnMut() -> reqwest::Result<reqwest::Request> + Send,
{
    let mut build = prepared?;
    let reply = transport.exec_rebuilding(&mut build, operation).await?;
    if reply.status().as_u16() == status {
        Ok((reply, build))
    } else {
        Err(progenitor_client::Error::UnexpectedResponse(
            reply.into_response(),
        ))
    }
}

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
