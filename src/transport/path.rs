//! A caller's argument as exactly one path segment.
//!
//! Every path parameter of every generated operation goes through [`path_segment`] (codegen
//! rewrites progenitor's `encode_path` into it). Progenitor's own encoding leaves `.` and `..`
//! whole and `\` as it is, so the URL parser resolves `revoke("..")` to `DELETE /api/v1/` and
//! `get_by_id("..\\..\\x")` to `GET /x`. Here everything but RFC 3986's unreserved characters
//! is percent-encoded (`/`, `\`, `?`, `#`, `%`, controls, spaces and non-ASCII included), and the
//! three values that no encoding keeps in their segment — empty, `.` and `..` (the URL standard
//! reads `%2e` as a dot too) — are refused before anything is sent.

use std::borrow::Cow;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::Secret;

/// Everything but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`).
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// RFC 3986's unreserved characters, the bytes [`SEGMENT`] leaves as they are, as a table: one
/// load per byte of every path parameter of every call.
const UNRESERVED: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_' | b'~');
        b += 1;
    }
    table
};

/// Whether every byte of `value` is one of RFC 3986's unreserved characters: every byte is
/// looked up (no early exit), which the compiler unrolls; path parameters are short.
fn all_unreserved(value: &str) -> bool {
    value
        .bytes()
        .fold(true, |all, b| all & UNRESERVED[usize::from(b)])
}

/// `value` encoded as one path segment of parameter `name`, or why it cannot be one. The
/// message never repeats the value (a path parameter may be a token). A value of unreserved
/// characters only (ids, UUIDs, slugs: nearly every call) is its own encoding and is borrowed.
pub(crate) fn path_segment<'v>(name: &str, value: &'v str) -> Result<Cow<'v, str>, String> {
    match value {
        "" => Err(format!(
            "the path parameter `{name}` is empty: it would address another endpoint"
        )),
        "." | ".." => Err(format!(
            "the path parameter `{name}` is a dot segment (`{value}`): it would address another \
             endpoint"
        )),
        _ if all_unreserved(value) => Ok(Cow::Borrowed(value)),
        _ => Ok(Cow::Owned(utf8_percent_encode(value, SEGMENT).to_string())),
    }
}

/// A secret path parameter's value, held for the duration of a call: it and, when they
/// differ, its encoding as a path segment stay registered for scrubbing while the result
/// lives, so that the path the call's span records and its errors never show it.
#[cfg_attr(not(feature = "ailink"), allow(dead_code))]
pub(crate) fn hold_secret_segment(name: &str, secret: Secret) -> (Secret, Option<Secret>) {
    let encoded = match path_segment(name, secret.expose_secret()) {
        Ok(Cow::Owned(encoded)) => Some(Secret::new(encoded)),
        _ => None,
    };
    (secret, encoded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_is_one_segment_or_refused() {
        for refused in ["", ".", ".."] {
            assert!(path_segment("id", refused).is_err(), "{refused:?}");
        }
        for (value, encoded) in [
            ("abc-1.2_x~", "abc-1.2_x~"),
            ("...", "..."),
            ("a/b", "a%2Fb"),
            ("..\\..\\x", "..%5C..%5Cx"),
            ("a?b#c", "a%3Fb%23c"),
            ("%2e%2e", "%252e%252e"),
            ("\u{0}\n", "%00%0A"),
            ("é", "%C3%A9"),
            ("a b+c@d:e", "a%20b%2Bc%40d%3Ae"),
        ] {
            assert_eq!(path_segment("id", value).unwrap(), encoded, "{value:?}");
            // The borrowed fast path and the encoder agree.
            assert_eq!(
                utf8_percent_encode(value, SEGMENT).to_string(),
                encoded,
                "{value:?}"
            );
        }
        let err = path_segment("token", "").unwrap_err();
        assert!(err.contains("`token`"), "{err}");
    }
}
