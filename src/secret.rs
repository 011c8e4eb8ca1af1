//! [`Secret`]: a string that never shows itself in `Debug` output.
//!
//! Specs mark a string schema `x-secret: true` (raw API keys a server returns once, client
//! secrets, virtual tokens) and `build.rs` makes every field of that schema a `Secret`. Reading
//! the value takes an explicit [`Secret::expose_secret`]; serialising (sending it in a request
//! body) writes the value, because the wire needs it.
//!
//! While a `Secret` lives, the SDK scrubs its value from every error text and span it makes
//! (see [`crate::redact`]): a server that echoes a key, a token or a request body's secret
//! field back in a message, a header or a malformed body does not get it printed.

use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::redact::Registered;

/// A secret string: redacted in `Debug`, no `Display`, zeroed on drop, and scrubbed from every
/// error and span the SDK makes while it lives. Cloning is cheap (the value is shared).
#[derive(Clone)]
pub struct Secret(Arc<Registered>);

impl Secret {
    /// Wraps `value`.
    pub fn new(value: impl Into<String>) -> Self {
        Self(Registered::new(value.into()))
    }

    /// The secret value. Keep it out of logs.
    pub fn expose_secret(&self) -> &str {
        self.0.expose()
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        self.expose_secret() == other.expose_secret()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(crate::redact::REDACTED)
    }
}

impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.expose_secret())
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Self::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_is_redacted_and_the_wire_is_not() {
        let s: Secret = serde_json::from_str("\"loki_abc\"").unwrap();
        assert_eq!(format!("{s:?}"), "[REDACTED]");
        assert_eq!(s.expose_secret(), "loki_abc");
        assert_eq!(serde_json::to_string(&s).unwrap(), "\"loki_abc\"");
    }
}
