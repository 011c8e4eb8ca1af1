//! Helpers of the generated struct builders (`<service>::types::builder`, see `shrink_builders`
//! in `build/codegen.rs`), and of the request builders' parameters (`param`, and `is_unset` and
//! `Invalid` for their `Debug`; `build/fluent.rs`): not API.
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

/// Whether a request builder's parameter holds the placeholder for "not set yet" (an empty
/// error, see [`param`]) rather than a failed conversion: its `Debug` leaves it out.
pub(crate) fn is_unset(error: &str) -> bool {
    error.is_empty()
}

/// Shows a parameter whose conversion failed, in a request builder's `Debug`:
/// `invalid(<message>)`.
pub(crate) struct Invalid<'a>(pub(crate) &'a str);

impl std::fmt::Debug for Invalid<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid({})", self.0)
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
/// return: "invalid value for `<field>`: <e>".
#[inline]
pub(crate) fn fail(error: &mut Option<String>, field: &str, e: impl std::fmt::Display) {
    if error.is_none() {
        *error = Some(format!("invalid value for `{field}`: {e}"));
    }
}
