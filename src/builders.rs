//! Helpers of the generated struct builders (`<service>::types::builder`, see `shrink_builders`
//! in `build/codegen.rs`), and of the request builders' parameters (`param`, `fail`, and
//! `debug_*` for their `Debug`; `build/fluent.rs`): not API.
//!
//! The struct builders' helpers are `extern "C"` on purpose: a call to a function that cannot
//! unwind needs no cleanup path in its caller, and those cleanup paths (dropping every field
//! still alive) were most of the builders' code. None of them panics (a panic would abort): `ok` is only called once no
//! field is `Err`, and the `Default` of a (non-`Option`) builder field's type is a `Vec`, a map
//! or a number.

/// The value of a field the caller found `Ok`.
#[allow(improper_ctypes_definitions)]
pub(crate) extern "C" fn ok<T>(field: Result<T, String>) -> T {
    match field {
        Ok(value) => value,
        Err(_) => unreachable!("builders::ok is only called once no field is Err"),
    }
}

/// A field's error, as the builder's `TryFrom` error (`ConversionError`).
#[allow(improper_ctypes_definitions, clippy::ptr_arg)]
pub(crate) extern "C" fn error<E: From<String>>(message: &String) -> E {
    E::from(message.clone())
}

/// `T::default()`, for the `Default` of a builder field that is not an `Option`.
#[allow(improper_ctypes_definitions)]
pub(crate) extern "C" fn default<T: Default>() -> T {
    T::default()
}

/// `text.to_string()`, for the "no value supplied for <field>" of a required field.
#[allow(improper_ctypes_definitions)]
pub(crate) extern "C" fn message(text: &'static str) -> String {
    text.to_string()
}

/// Shows a parameter whose conversion failed, in a request builder's `Debug`:
/// `invalid(<message>)`.
struct Invalid<'a>(&'a str);

impl std::fmt::Debug for Invalid<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid({})", self.0)
    }
}

/// A request builder's `Debug` (`build/fluent.rs`): a value the request builder keeps itself
/// (a slug to resolve, a secret, a body that is not a struct), when set.
#[inline]
pub(crate) fn debug_set<T: std::fmt::Debug>(
    d: &mut std::fmt::DebugStruct<'_, '_>,
    name: &str,
    value: Option<&T>,
) {
    if let Some(value) = value {
        d.field(name, value);
    }
}

/// A request builder's `Debug`: a required parameter, when set; `invalid(..)` when its
/// conversion failed. A parameter not set yet (an empty error, see [`param`]) is left out.
#[inline]
pub(crate) fn debug_required<T: std::fmt::Debug>(
    d: &mut std::fmt::DebugStruct<'_, '_>,
    name: &str,
    value: &Result<T, String>,
) {
    match value {
        Ok(value) => {
            d.field(name, value);
        }
        Err(e) if e.is_empty() => {}
        Err(e) => {
            d.field(name, &Invalid(e));
        }
    }
}

/// A request builder's `Debug`: an optional parameter, when set; `invalid(..)` when its
/// conversion failed.
#[inline]
pub(crate) fn debug_optional<T: std::fmt::Debug>(
    d: &mut std::fmt::DebugStruct<'_, '_>,
    name: &str,
    value: &Result<Option<T>, String>,
) {
    match value {
        Ok(Some(value)) => {
            d.field(name, value);
        }
        Ok(None) => {}
        Err(e) => {
            d.field(name, &Invalid(e));
        }
    }
}

/// A request builder's `Debug`: its body, as the type it will be sent as when its builder
/// makes one, else (a required field not set yet) as the builder.
#[inline]
pub(crate) fn debug_body<T, B>(d: &mut std::fmt::DebugStruct<'_, '_>, body: &Result<B, String>)
where
    T: TryFrom<B> + std::fmt::Debug,
    B: Clone + std::fmt::Debug,
{
    if let Ok(body) = body {
        match T::try_from(body.clone()) {
            Ok(whole) => d.field("body", &whole),
            Err(_) => d.field("body", body),
        };
    }
}

/// A request builder's parameter for `send`: its value, or the error of a conversion that
/// failed, or (an empty error: see `unset_without_allocating` in `build/codegen.rs`) `unset`,
/// "<name> was not initialized".
#[inline]
#[allow(clippy::result_large_err)] // progenitor's error type, as its `send` returns it
pub(crate) fn param<T, E>(
    value: Result<T, String>,
    unset: &'static str,
) -> Result<T, progenitor_client::Error<E>> {
    value.map_err(|e| {
        progenitor_client::Error::InvalidRequest(if e.is_empty() { unset.to_string() } else { e })
    })
}

/// Records the first invalid argument of a request builder (`error`), for its `send` to
/// return, naming the field and saying why.
#[inline]
pub(crate) fn fail(error: &mut Option<String>, field: &str, e: impl std::fmt::Display) {
    if error.is_none() {
        *error = Some(format!("invalid value for `{field}`: {e}"));
    }
}

/// A setter's conversion (see `setter_helpers` in `build/codegen.rs`): `value` as a `T`, or
/// `message` when it does not convert.
#[inline]
pub(crate) fn converted<T, V: TryInto<T>>(value: V, message: &'static str) -> Result<T, String> {
    value.try_into().map_err(|_| message.to_string())
}

/// [`converted`], whose error says why: `message: error`.
#[inline]
pub(crate) fn converted_with<T, V>(value: V, message: &'static str) -> Result<T, String>
where
    V: TryInto<T>,
    V::Error: std::fmt::Display,
{
    value.try_into().map_err(|e| format!("{message}: {e}"))
}

/// A request builder's body for `prepare` (see `body_helper` in `build/codegen.rs`): what its
/// builder makes, or the error of a setter or of a required field never set.
#[inline]
pub(crate) fn built<T, B>(body: Result<B, String>) -> Result<T, String>
where
    T: TryFrom<B>,
    T::Error: std::fmt::Display,
{
    body.and_then(|b| T::try_from(b).map_err(|e| e.to_string()))
}
