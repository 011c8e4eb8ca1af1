//! Keeping secrets out of everything the SDK prints: error messages, body snippets, `Debug`.
//!
//! Three layers: credentials are held in [`crate::Secret`] (never printed); every live
//! `Secret` — a configured key, a token a sign-in obtained, a secret field of a request body —
//! is registered here so that any text the SDK stores in an [`Error`](crate::Error) or a span
//! is scrubbed of it; and strings shaped like the four services' keys and tokens are scrubbed
//! whoever they belong to.

#![cfg_attr(
    not(all(
        feature = "autonomi",
        feature = "clink",
        feature = "ailink",
        feature = "mosaia"
    )),
    allow(dead_code)
)]
use std::sync::{Arc, Mutex, PoisonError, Weak};

use secrecy::{ExposeSecret, SecretString};

/// Prefixes of the services' raw keys and tokens, with the minimum number of key characters
/// that must follow for a match (so that ordinary words such as `loki_mode` survive).
const TOKEN_PREFIXES: &[(&str, usize)] = &[
    ("loki_", 16),
    ("sk_live_", 8),
    ("ailink_v1_", 8),
    ("tf_v1_", 8),
    // AIlink head's admin role keys, provider keys (OpenAI `sk-proj-…`, Anthropic `sk-ant-…`)
    // and JWTs (Mosaia's access tokens): long enough that ordinary words survive.
    ("ak_", 20),
    ("sk-", 20),
    ("eyJ", 20),
    ("Bearer ", 8),
    ("bearer ", 8),
];

/// What replaces a secret.
pub const REDACTED: &str = "[REDACTED]";

/// The longest snippet of a body kept in an error, in characters.
pub const SNIPPET_CHARS: usize = 512;

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '~' | '+' | '/' | '=')
}

/// Secrets shorter than this are not searched for in text: scrubbing `"abc"` everywhere would
/// mangle messages without protecting anything worth the name.
const MIN_SECRET_LEN: usize = 6;

/// A secret value registered for scrubbing while it lives (see [`crate::Secret`]).
pub(crate) struct Registered(SecretString);

/// Every [`Registered`] value alive in the process. Weak: the registry never keeps a secret
/// alive, and holds no copy of it.
static LIVE: Mutex<Vec<Weak<Registered>>> = Mutex::new(Vec::new());

impl Registered {
    /// Registers `value`; it is scrubbed from every text the SDK prints until the returned
    /// handle (and its clones) are dropped.
    pub(crate) fn new(value: String) -> Arc<Self> {
        let secret = Arc::new(Self(SecretString::from(value)));
        if secret.0.expose_secret().len() >= MIN_SECRET_LEN {
            let mut live = LIVE.lock().unwrap_or_else(PoisonError::into_inner);
            live.push(Arc::downgrade(&secret));
        }
        secret
    }

    /// The value.
    pub(crate) fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        if self.0.expose_secret().len() >= MIN_SECRET_LEN {
            let mut live = LIVE.lock().unwrap_or_else(PoisonError::into_inner);
            live.retain(|w| w.strong_count() > 0);
        }
    }
}

/// Replaces every live registered secret and everything shaped like a service key or bearer
/// token in `text` with `[REDACTED]`.
pub fn scrub(text: &str) -> String {
    scrub_known(text, &[])
}

/// Like [`scrub`], and also removes each of the `known` secret values wherever it appears.
pub fn scrub_known(text: &str, known: &[&str]) -> String {
    let mut out = text.to_string();
    let live: Vec<Arc<Registered>> = {
        let live = LIVE.lock().unwrap_or_else(PoisonError::into_inner);
        live.iter().filter_map(Weak::upgrade).collect()
    };
    let registered = live.iter().map(|s| s.expose());
    // Longest first, so that a secret containing another is removed whole.
    let mut secrets: Vec<&str> = known
        .iter()
        .copied()
        .chain(registered)
        .filter(|s| s.len() >= MIN_SECRET_LEN)
        .collect();
    secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for secret in secrets {
        if out.contains(secret) {
            out = out.replace(secret, REDACTED);
        }
    }
    for (prefix, min) in TOKEN_PREFIXES {
        let mut result = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(pos) = rest.find(prefix) {
            let after = &rest[pos + prefix.len()..];
            let token_len: usize = after
                .chars()
                .take_while(|c| is_token_char(*c))
                .map(char::len_utf8)
                .sum();
            result.push_str(&rest[..pos + prefix.len()]);
            if token_len >= *min {
                result.push_str(REDACTED);
            } else {
                result.push_str(&after[..token_len]);
            }
            rest = &after[token_len..];
        }
        result.push_str(rest);
        out = result;
    }
    out
}

/// Substrings of JSON field names whose string values are secrets (raw keys, tokens,
/// passwords, client secrets, PKCE verifiers, and the key hashes and salts a server echoes).
const SECRET_FIELDS: &[&str] = &[
    "token",
    "secret",
    "password",
    "passwd",
    "hash",
    "salt",
    "verifier",
    "api_key",
    "apikey",
    "private_key",
    "access_key",
    "authorization",
    "credential",
];

/// Blanks the string value of every JSON field whose name marks a secret (see
/// `SECRET_FIELDS`), in text that may be malformed or cut off: a single pass over string
/// tokens, no parsing. `{"token": "loki_…", "name": "ci"}` → `{"token": "[REDACTED]", "name": "ci"}`.
pub fn scrub_secret_fields(text: &str) -> String {
    /// The index of the quote closing a string that starts at `from` (after its opening quote).
    fn string_end(b: &[u8], mut from: usize) -> Option<usize> {
        while from < b.len() {
            match b[from] {
                b'\\' => from += 2,
                b'"' => return Some(from),
                _ => from += 1,
            }
        }
        None
    }
    let b = text.as_bytes();
    let skip_ws = |mut j: usize| {
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        j
    };
    let mut out = String::with_capacity(text.len());
    let (mut i, mut copied) = (0, 0);
    while i < b.len() {
        if b[i] != b'"' {
            i += 1;
            continue;
        }
        let Some(end) = string_end(b, i + 1) else {
            break;
        };
        let name = text[i + 1..end].to_ascii_lowercase();
        let colon = skip_ws(end + 1);
        if colon < b.len() && b[colon] == b':' {
            let value = skip_ws(colon + 1);
            if value < b.len() && b[value] == b'"' && SECRET_FIELDS.iter().any(|f| name.contains(f))
            {
                out.push_str(&text[copied..=value]);
                out.push_str(REDACTED);
                // Resume at the closing quote (or the end, for a value cut off mid-string).
                copied = string_end(b, value + 1).unwrap_or(b.len());
                i = copied + 1;
                continue;
            }
        }
        i = end + 1;
    }
    out.push_str(&text[copied.min(text.len())..]);
    out
}

/// A short, printable, scrubbed snippet of a body: lossy UTF-8, secret JSON fields blanked,
/// whitespace collapsed, at most [`SNIPPET_CHARS`] characters (an ellipsis marks a cut).
pub fn snippet(body: &[u8]) -> String {
    let head = &body[..body.len().min(SNIPPET_CHARS * 4)];
    let text = scrub_secret_fields(&String::from_utf8_lossy(head));
    let collapsed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut cut: String = collapsed.chars().take(SNIPPET_CHARS).collect();
    if cut.len() < collapsed.len() || head.len() < body.len() {
        cut.push('…');
    }
    scrub(&cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubs_service_keys_but_not_words() {
        let text =
            "key loki_abcdefghijklmnopqrstuvwxyz012345 in loki_mode with sk_live_u_12345678 \
                    and Authorization: Bearer ailink_v1_00000000_tok_abc";
        let out = scrub(text);
        assert!(!out.contains("abcdefghijklmnop"), "{out}");
        assert!(!out.contains("u_12345678"), "{out}");
        assert!(!out.contains("tok_abc"), "{out}");
        assert!(out.contains("loki_mode"), "{out}");
    }

    #[test]
    fn scrubs_known_values() {
        assert_eq!(
            scrub_known("admin key hunter22 used", &["hunter22"]),
            "admin key [REDACTED] used"
        );
    }

    #[test]
    fn scrubs_live_registered_secrets_until_they_are_dropped() {
        let secret = Registered::new("zq-live-registered-77".to_string());
        let copy = secret.clone();
        assert_eq!(scrub("echo zq-live-registered-77!"), "echo [REDACTED]!");
        drop(secret);
        assert_eq!(scrub("echo zq-live-registered-77!"), "echo [REDACTED]!");
        drop(copy);
        // A scrub running on another test's thread may hold the value for a moment (it
        // upgrades every live entry while it works): the registration ends when it lets go.
        let released = (0..10_000).any(|_| {
            std::thread::yield_now();
            scrub("echo zq-live-registered-77!") == "echo zq-live-registered-77!"
        });
        assert!(released, "a dropped secret stays registered");
    }

    #[test]
    fn secret_fields_are_blanked_even_in_broken_json() {
        let body = r#"{"id":"6e5d","name":"ci","hash":"aaaa","salt":"bbbb","access_token":"eyJ\"x","token":"loki_RAWKEY","code":"E1","refresh_token":"cut-off"#;
        let out = scrub_secret_fields(body);
        for secret in ["aaaa", "bbbb", "eyJ", "RAWKEY", "cut-off"] {
            assert!(!out.contains(secret), "{secret} in {out}");
        }
        assert!(
            out.contains(r#""name":"ci""#) && out.contains(r#""code":"E1""#),
            "{out}"
        );
        assert!(out.contains(r#""hash":"[REDACTED]""#), "{out}");
        // Not JSON at all, or a secret-looking word that is no field name: unchanged.
        assert_eq!(
            scrub_secret_fields("<html>token</html>"),
            "<html>token</html>"
        );
        assert_eq!(
            scrub_secret_fields(r#"["token", "x"]"#),
            r#"["token", "x"]"#
        );
        assert!(!snippet(body.as_bytes()).contains("RAWKEY"));
    }

    #[test]
    fn snippet_is_bounded_and_marks_cuts() {
        let body = vec![b'x'; 10_000];
        let s = snippet(&body);
        assert_eq!(s.chars().count(), SNIPPET_CHARS + 1);
        assert!(s.ends_with('…'));
        assert_eq!(
            snippet(b"<html>\n  <b>bad</b>\n</html>"),
            "<html> <b>bad</b> </html>"
        );
        // Invalid UTF-8 never panics.
        assert!(!snippet(&[0xff, 0xfe, b'a']).is_empty());
    }
}
