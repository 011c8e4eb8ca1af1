//! The shared bodies of the generated request builders' `send` and `send_with_response` (see
//! `build/fluent.rs`), and of what progenitor's builders prepare for them (`Prepared`; see
//! `plain_sends` in `build/codegen.rs`): not API.
//!
//! Each is generic over the operation, so its code is written and checked once here rather than
//! once per operation. A generated operation contributes only its plain, non-`async` parts: the
//! checks of its arguments, its URL and the closure building its request (`prepare`), and what
//! its answer's payload is (`payload`). An `async fn` or an `impl Future` per operation was a
//! coroutine or an opaque type for rustc to check, for every operation, in every build of the
//! crate.
//!
//! Those that wrap a future they are given (`send_call`, `send_call_with_response`) are
//! combinators, not `async fn`s: an `async fn` that awaits a future it was given keeps the
//! future twice in its state (the argument and the awaited value). The others await only
//! futures they make themselves, and are `async fn`s.

use std::future::Future;
use std::marker::PhantomData;

use futures::future::FutureExt;
use progenitor_client::ResponseValue;
use serde::de::DeserializeOwned;

use crate::transport::{BodyVerdict, Transport};
use crate::{Error, Response, Result};

/// What builds an operation's request, again for each attempt after the first.
type Build<'a> = Box<dyn FnMut() -> reqwest::Result<reqwest::Request> + Send + 'a>;

/// A generated operation's request, ready to be sent: what progenitor's builder's `prepare`
/// makes of the arguments once they are checked. It holds the closure building the request
/// (with the arguments it captured) until the answer is decoded: a `Secret` among them (a body
/// field) is scrubbed from error texts only while it lives.
pub(crate) struct Prepared<'a, T> {
    transport: &'a Transport,
    build: Build<'a>,
    service: &'static str,
    operation: &'static str,
    /// The status the spec declares for success.
    status: u16,
    /// The spec declares no body for that status: the answer is `()`, its body not read.
    empty: bool,
    answer: PhantomData<fn() -> T>,
}

impl<'a, T> Prepared<'a, T> {
    /// A request of `operation` of `service`, built by `build`, sent through `transport`,
    /// answered with `status` (and a body unless `empty`).
    #[inline]
    pub(crate) fn new(
        transport: &'a Transport,
        build: Build<'a>,
        service: &'static str,
        operation: &'static str,
        status: u16,
        empty: bool,
    ) -> Self {
        Self {
            transport,
            build,
            service,
            operation,
            status,
            empty,
            answer: PhantomData,
        }
    }
}

/// Sends a prepared request (or fails with the error that stopped it being prepared) and
/// decodes its answer: the answer when it has the declared status (its body decoded as `T`),
/// else the error; an error this makes names the operation. One coroutine for the whole call:
/// the body is decoded in place, not by a future of its own.
///
/// Every call's task carries this future (inside the request builder's), so it is kept
/// small: the prepared request is used where the argument holds it (an `async fn` keeps its
/// arguments for its whole run, and a local copy would take a slot of its own), and what
/// follows the answer is [`settle`], a plain function, whose rare wait for a body the
/// transport did not read is a boxed future of its own. Awaited here, that wait's locals (the
/// answer, its headers and body) made this future more than three times as large.
async fn exec<T>(mut prepared: Result<Prepared<'_, T>>) -> Result<ResponseValue<T>>
where
    T: DeserializeOwned + BodyVerdict,
{
    let prepared = match prepared {
        Ok(ref mut prepared) => prepared,
        Err(e) => return Err(e),
    };
    let (service, operation) = (prepared.service, prepared.operation);
    let reply = match prepared
        .transport
        .exec_rebuilding(&mut *prepared.build, operation)
        .await
    {
        Ok(reply) => reply,
        Err(e) => return Err(Error::from(e).with_operation(service, operation)),
    };
    // Out of the `match` before the wait: a `match`'s scrutinee (holding a decoded answer) would
    // stay in the future's state until the end of the `match`, across it.
    let reading = match settle(reply, prepared.status, prepared.empty, service, operation) {
        Settled::Done(answer) => return answer,
        Settled::Read(reading) => reading,
    };
    reading.await
}

/// What [`settle`] made of an answer: the call's result, or the wait for a body the transport
/// did not read, then its decoding.
enum Settled<T, F> {
    Done(Result<ResponseValue<T>>),
    Read(std::pin::Pin<Box<F>>),
}

/// The answer of a call as [`exec`] returns it: the error of an answer with another status
/// than `status` (the declared one), `()` when the spec declares no body (`empty`), else its
/// body decoded as `T`, read first when the transport has not.
fn settle<T>(
    reply: crate::transport::Reply,
    status: u16,
    empty: bool,
    service: &'static str,
    operation: &'static str,
) -> Settled<T, impl Future<Output = Result<ResponseValue<T>>>>
where
    T: DeserializeOwned + BodyVerdict,
{
    let named = |e: progenitor_client::Error<()>| {
        Error::from_generated(e).with_operation(service, operation)
    };
    if reply.status().as_u16() != status {
        let unexpected = progenitor_client::Error::UnexpectedResponse(reply.into_response());
        return Settled::Done(Err(named(unexpected)));
    }
    if empty {
        // `T` is `()` here (codegen sets `empty` only then), which a unit makes.
        let unit = serde::de::value::UnitDeserializer::<serde::de::value::Error>::new();
        return Settled::Done(match T::deserialize(unit) {
            Ok(nothing) => {
                let mut response = reply.into_response();
                let headers = std::mem::take(response.headers_mut());
                Ok(ResponseValue::new(nothing, response.status(), headers))
            }
            Err(e) => Err(named(progenitor_client::Error::Custom(e.to_string()))),
        });
    }
    let (status, headers, body) = crate::transport::reply_parts(reply);
    match body {
        Ok(body) => Settled::Done(crate::transport::decode_body(
            status,
            headers,
            Ok(body),
            service,
            operation,
        )),
        // Rare: an answer the transport did not read.
        Err(response) => Settled::Read(Box::pin(async move {
            let read = response.bytes().await;
            crate::transport::decode_body(status, headers, read, service, operation)
        })),
    }
}

/// A prepared request's answer, for the hand-written code that sends through progenitor's
/// builders: [`exec`], or the error of an argument.
pub(crate) fn exec_raw<'a, T, E>(
    prepared: std::result::Result<Prepared<'a, T>, progenitor_client::Error<E>>,
) -> impl Future<Output = Result<ResponseValue<T>>> + 'a
where
    T: DeserializeOwned + BodyVerdict + 'a,
{
    exec(prepared.map_err(Error::from_generated))
}

/// The answer of a generated operation's call: the request builder's invalid argument
/// (`error`), else progenitor's builder's (`prepared`), else the decoded answer; any error names
/// the operation. Both arguments are decided before anything is awaited: the future holds the
/// prepared request once (in [`exec`]'s state), or only the error.
#[inline]
fn answer<'a, T, E>(
    error: Option<String>,
    prepared: std::result::Result<Prepared<'a, T>, progenitor_client::Error<E>>,
    service: &'static str,
    operation: &'static str,
) -> impl Future<Output = Result<ResponseValue<T>>> + 'a
where
    T: DeserializeOwned + BodyVerdict + 'a,
{
    let checked = match error {
        Some(e) => Err(Error::invalid_request(e)),
        None => prepared.map_err(Error::from_generated),
    };
    exec(checked.map_err(|e| e.with_operation(service, operation)))
}

/// A generated operation's `send`: the payload of its answer (`payload`: envelope unwrapped,
/// service rules applied).
#[inline]
pub(crate) fn send<'a, T, E, P>(
    error: Option<String>,
    prepared: std::result::Result<Prepared<'a, T>, progenitor_client::Error<E>>,
    service: &'static str,
    operation: &'static str,
    payload: fn(T) -> Result<P>,
) -> impl Future<Output = Result<P>> + 'a
where
    T: DeserializeOwned + BodyVerdict + 'a,
    E: 'a,
    P: 'a,
{
    send_call(answer(error, prepared, service, operation), payload)
}

/// [`send`] with the answer's status and headers.
#[inline]
pub(crate) fn send_with_response<'a, T, E, P>(
    error: Option<String>,
    prepared: std::result::Result<Prepared<'a, T>, progenitor_client::Error<E>>,
    service: &'static str,
    operation: &'static str,
    payload: fn(T) -> Result<P>,
) -> impl Future<Output = Result<Response<P>>> + 'a
where
    T: DeserializeOwned + BodyVerdict + 'a,
    E: 'a,
    P: 'a,
{
    send_call_with_response(answer(error, prepared, service, operation), payload)
}

/// [`send`] of an operation whose request builder has a `call` of its own (steps before the
/// request is prepared, such as resolving a Clink slug or holding a secret path parameter, or
/// a request progenitor builds once): the payload of the answer `call` gives.
#[inline]
pub(crate) fn send_call<T, P>(
    call: impl Future<Output = Result<ResponseValue<T>>>,
    payload: impl FnOnce(T) -> Result<P>,
) -> impl Future<Output = Result<P>> {
    call.map(|answer| payload(answer?.into_inner()))
}

/// [`send_call`] with the answer's status and headers.
#[inline]
pub(crate) fn send_call_with_response<T, P>(
    call: impl Future<Output = Result<ResponseValue<T>>>,
    payload: impl FnOnce(T) -> Result<P>,
) -> impl Future<Output = Result<Response<P>>> {
    call.map(|answer| {
        let value = answer?;
        let (status, headers) = (value.status(), value.headers().clone());
        Ok(Response::new(status, headers, payload(value.into_inner())?))
    })
}

/// The answer of a generated operation whose progenitor builder sends its request itself (an
/// `async fn send`, for a request built once: see `plain_sends`), its error naming the
/// operation. The request builder's invalid argument was checked before (in its `call`).
#[inline]
pub(crate) fn call<T, E>(
    send: impl Future<Output = std::result::Result<ResponseValue<T>, progenitor_client::Error<E>>>,
    service: &'static str,
    operation: &'static str,
) -> impl Future<Output = Result<ResponseValue<T>>> {
    send.map(move |answer| {
        answer.map_err(|e| Error::from_generated(e).with_operation(service, operation))
    })
}

/// The answer of an operation with steps of its own ([`send_call`]), once they are done:
/// [`answer`] without an invalid argument of the request builder (the steps checked it).
#[inline]
pub(crate) fn call_prepared<'a, T, E>(
    prepared: std::result::Result<Prepared<'a, T>, progenitor_client::Error<E>>,
    service: &'static str,
    operation: &'static str,
) -> impl Future<Output = Result<ResponseValue<T>>> + 'a
where
    T: DeserializeOwned + BodyVerdict + 'a,
    E: 'a,
{
    answer(None, prepared, service, operation)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transport::Reply;
    use crate::ErrorKind;

    /// An answer as it arrived, its body unread (no body in its extensions).
    fn unread(status: u16, body: &'static str) -> Reply {
        let answer = http::Response::builder()
            .status(status)
            .body(body)
            .expect("a valid answer");
        Reply::Response(reqwest::Response::from(answer))
    }

    #[tokio::test]
    async fn a_body_the_transport_did_not_read_is_read_then_decoded() {
        let settled = settle::<Vec<u32>>(unread(200, "[1,2,3]"), 200, false, "svc", "op");
        let Settled::Read(reading) = settled else {
            panic!("an unread body must be read first");
        };
        let answer = reading.await.expect("decoded");
        assert_eq!(answer.status().as_u16(), 200);
        assert_eq!(answer.into_inner(), vec![1, 2, 3]);

        let Settled::Read(reading) = settle::<Vec<u32>>(unread(200, "{"), 200, false, "svc", "op")
        else {
            panic!("an unread body must be read first");
        };
        let err = reading.await.expect_err("not a list");
        assert_eq!(err.kind(), ErrorKind::Decode);
        assert_eq!(err.operation_id(), Some("op"));
    }

    #[test]
    fn another_status_than_the_declared_one_is_an_error_and_no_body_is_unit() {
        let Settled::Done(answer) = settle::<Vec<u32>>(unread(202, "[]"), 200, false, "svc", "op")
        else {
            panic!("nothing to read for an unexpected status");
        };
        let err = answer.expect_err("202 is not the declared 200");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(202));
        assert_eq!(err.operation_id(), Some("op"));

        let Settled::Done(answer) = settle::<()>(unread(204, ""), 204, true, "svc", "op") else {
            panic!("an answer without a body is not read");
        };
        assert_eq!(answer.expect("unit").status().as_u16(), 204);
    }
}
