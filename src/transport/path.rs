//! A caller's argument as exactly one path segment.
//!
//! Every path parameter of every generated operation goes through [`path_segment`] (codegen
//! rewrites progenitor's `encode_path` into it). Progenitor's own encoding leaves `.` and `..`
//! whole and `\` as it is, so the URL parser resolves `revoke("..")` to `DELETE /api/v1/` and
//! `get_by_id("..\\..\\x")` to `GET /x`. Here everything but RFC 3986's unreserved characters
//! is percent-encoded (`/`, `\`, `?`, `#`, `%`, controls, spaces and non-ASCII included), and the
//! three values that no encoding keeps in their segment — empty, `.` and `..` (the URL standard
//! reads `%2e` as a dot too) — are refused before anything is sent.
//!
//! Each operation's URL is its client's [`Base`] URL, parsed once, with the operation's path
//! after the base's own path.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

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

/// A client's base URL, parsed once when the client is made. Each operation's URL
/// ([`Base::endpoint`]) is a copy of it whose path is replaced: the scheme and the host are not
/// parsed again. A URL given to reqwest as a string is parsed whole, host and all, on every
/// call (about 7,600 instructions, a tenth of a small call).
#[derive(Clone, Debug)]
pub(crate) struct Base(Option<reqwest::Url>);

impl Base {
    /// `base` parsed (the builders have checked it: it is an `http` or `https` URL without a
    /// query or a fragment). A string that does not parse is kept as `None`, and every
    /// operation of the client then fails with `InvalidRequest`, nothing sent.
    pub(crate) fn new(base: &str) -> Self {
        Self(reqwest::Url::parse(base).ok())
    }

    /// The URL of the operation at `path` (`/groups/{id}`, its path parameters already
    /// encoded by [`path_segment`]): the base's path without its trailing `/`, then `path`.
    /// The same URL as parsing the base URL's text followed by `path`.
    pub(crate) fn endpoint(&self, path: fmt::Arguments<'_>) -> Result<reqwest::Url, String> {
        let Some(base) = &self.0 else {
            return Err("the client's base URL is not a valid URL".to_string());
        };
        let stem = base.path().trim_end_matches('/');
        let mut full = String::with_capacity(stem.len() + 64);
        full.push_str(stem);
        full.write_fmt(path)
            .map_err(|_| "the operation's path could not be written".to_string())?;
        let mut url = base.clone();
        url.set_path(&full);
        Ok(url)
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

    /// An operation's URL built from the parsed base is the URL reqwest would have parsed from
    /// the base URL's text followed by the path, for bases with and without a path, ports,
    /// IPv6 and international hosts, and paths with encoded parameters.
    #[test]
    fn the_endpoint_is_the_url_the_whole_text_parses_to() {
        let bases = [
            "http://127.0.0.1:8080",
            "https://api.example.com",
            "https://API.Example.com:443",
            "http://[::1]:9000",
            "https://bücher.example",
            "https://gw.example.com/api/v1",
            "https://gw.example.com/api/v1/",
            "https://gw.example.com//double",
            "https://gw.example.com/a%20b/c d",
            "http://localhost:80/",
        ];
        let segments = [
            "abc-1.2_x~",
            "a%2Fb",
            "..%5C..%5Cx",
            "a%3Fb%23c",
            "%252e%252e",
            "%C3%A9",
            "550e8400-e29b-41d4-a716-446655440000",
        ];
        for base in bases {
            let text = base.trim_end_matches('/');
            let parsed = Base::new(text);
            for segment in segments {
                for path in [
                    "/groups".to_string(),
                    format!("/groups/{segment}"),
                    format!("/v1/{segment}/members/{segment}"),
                ] {
                    let built = parsed.endpoint(format_args!("{path}")).unwrap();
                    let whole = reqwest::Url::parse(&format!("{text}{path}")).unwrap();
                    assert_eq!(built, whole, "{base} + {path}");
                    assert_eq!(built.as_str(), whole.as_str(), "{base} + {path}");
                }
            }
        }
        // A base that does not parse fails every operation, naming no URL.
        let err = Base::new("not a url")
            .endpoint(format_args!("/groups"))
            .unwrap_err();
        assert!(err.contains("base URL"), "{err}");
    }
}
