//! Keeping secrets out of everything the SDK prints: error messages, body snippets, `Debug`.
//!
//! Two layers: credentials are held in [`secrecy::SecretString`] (never printed), and any text
//! that came from the network is scrubbed of strings shaped like the four services' keys and
//! tokens before it is stored in an [`Error`](crate::Error).

/// Prefixes of the services' raw keys and tokens, with the minimum number of key characters
/// that must follow for a match (so that ordinary words such as `loki_mode` survive).
const TOKEN_PREFIXES: &[(&str, usize)] = &[
    ("loki_", 16),
    ("sk_live_", 8),
    ("ailink_v1_", 8),
    ("tf_v1_", 8),
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

/// Replaces everything shaped like a service key or bearer token in `text` with `[REDACTED]`.
pub fn scrub(text: &str) -> String {
    scrub_known(text, &[])
}

/// Like [`scrub`], and also removes each of the `known` secret values wherever it appears.
pub fn scrub_known(text: &str, known: &[&str]) -> String {
    let mut out = text.to_string();
    for secret in known.iter().filter(|s| s.len() >= 4) {
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

/// A short, printable, scrubbed snippet of a body: lossy UTF-8, whitespace collapsed, at most
/// [`SNIPPET_CHARS`] characters (an ellipsis marks a cut).
pub fn snippet(body: &[u8]) -> String {
    let head = &body[..body.len().min(SNIPPET_CHARS * 4)];
    let text = String::from_utf8_lossy(head);
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
