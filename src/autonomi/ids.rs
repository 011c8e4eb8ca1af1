//! [`RunId`]: a run's id, which is an integer or a string depending on where the run lives.
//!
//! Database runs (what `create_run` and `replay_run` make) have integer ids on every server
//! version. Server 9.22.12 also answers **file-based runs**, read from the engine's `.loki/`
//! directory, whose ids are strings such as `run-1764575000-4242-ab12`. `RunId` (generated from
//! the spec's `RunId` schema as `RunId::Int(i64)` / `RunId::Text(String)`) decodes either JSON
//! form and serializes back to the form it came in; this module adds the conversions and
//! comparisons that make it pleasant to use where an `i64` used to be.

use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

use super::types::{Run, RunId};

impl RunId {
    /// The integer id of a database run; `None` for a file-based (string) id.
    #[inline]
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Self::Int(n) => Some(*n),
            Self::Text(_) => None,
        }
    }

    /// The string id of a file-based run; `None` for an integer id.
    #[inline]
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Self::Int(_) => None,
            Self::Text(s) => Some(s),
        }
    }

    /// Whether this is a string id (a file-based run on 9.22.12). The `/api/v2/runs/{run_id}`
    /// routes accept only integer ids: a string id there answers 422 (a
    /// [`crate::ErrorKind::Validation`] error).
    #[inline]
    pub fn is_text(&self) -> bool {
        matches!(self, Self::Text(_))
    }
}

impl Run {
    /// Whether this run is a file-based run that server 9.22.12 read from its `.loki/`
    /// directory (string id, no project), rather than a database run.
    #[inline]
    pub fn is_file_based(&self) -> bool {
        self.id.is_text()
    }
}

impl From<i32> for RunId {
    #[inline]
    fn from(n: i32) -> Self {
        Self::Int(n.into())
    }
}

impl From<u32> for RunId {
    #[inline]
    fn from(n: u32) -> Self {
        Self::Int(n.into())
    }
}

impl From<&str> for RunId {
    #[inline]
    fn from(s: &str) -> Self {
        Self::Text(s.to_string())
    }
}

impl From<String> for RunId {
    #[inline]
    fn from(s: String) -> Self {
        Self::Text(s)
    }
}

impl From<&RunId> for RunId {
    #[inline]
    fn from(id: &RunId) -> Self {
        id.clone()
    }
}

/// Two ids are equal when they have the same form and value: `Int(7)` is not `Text("7")`,
/// because the server told them apart.
impl PartialEq for RunId {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Int(a), Self::Int(b)) => a == b,
            (Self::Text(a), Self::Text(b)) => a == b,
            _ => false,
        }
    }
}

impl Eq for RunId {}

impl Hash for RunId {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        match self {
            Self::Int(n) => {
                0u8.hash(state);
                n.hash(state);
            }
            Self::Text(s) => {
                1u8.hash(state);
                s.hash(state);
            }
        }
    }
}

/// Integer ids in numeric order, then string ids in text order.
impl Ord for RunId {
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Self::Int(a), Self::Int(b)) => a.cmp(b),
            (Self::Text(a), Self::Text(b)) => a.cmp(b),
            (Self::Int(_), Self::Text(_)) => Ordering::Less,
            (Self::Text(_), Self::Int(_)) => Ordering::Greater,
        }
    }
}

impl PartialOrd for RunId {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq<i64> for RunId {
    #[inline]
    fn eq(&self, other: &i64) -> bool {
        self.as_i64() == Some(*other)
    }
}

impl PartialEq<RunId> for i64 {
    #[inline]
    fn eq(&self, other: &RunId) -> bool {
        other == self
    }
}

impl PartialEq<str> for RunId {
    #[inline]
    fn eq(&self, other: &str) -> bool {
        self.as_text() == Some(other)
    }
}

impl PartialEq<&str> for RunId {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        self.as_text() == Some(*other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_both_forms_and_serializes_them_back_unchanged() {
        for text in ["7", "\"run-1764575000-4242-ab12\"", "\"12\""] {
            let id: RunId = serde_json::from_str(text).unwrap();
            assert_eq!(serde_json::to_string(&id).unwrap(), text);
        }
        let n: RunId = serde_json::from_str("7").unwrap();
        let s: RunId = serde_json::from_str("\"7\"").unwrap();
        assert_eq!((n.as_i64(), n.is_text()), (Some(7), false));
        assert_eq!((s.as_text(), s.is_text()), (Some("7"), true));
        assert_ne!(n, s);
        assert!(serde_json::from_str::<RunId>("1.5").is_err());
        assert!(serde_json::from_str::<RunId>("null").is_err());
    }

    #[test]
    fn converts_and_compares_like_the_integer_it_used_to_be() {
        let id = RunId::from(7);
        assert_eq!(id, 7);
        assert_eq!(7, id);
        assert_eq!(id.to_string(), "7");
        assert_eq!(RunId::from(7i64), RunId::from(7u32));
        let text = RunId::from("run-1");
        assert_eq!(text, "run-1");
        assert_ne!(text, 1);
        assert_eq!(text.to_string(), "run-1");
        let mut ids = vec![
            RunId::from("b"),
            RunId::from(10),
            RunId::from(2),
            RunId::from("a"),
        ];
        ids.sort();
        assert_eq!(
            ids,
            vec![
                RunId::from(2),
                RunId::from(10),
                RunId::from("a"),
                RunId::from("b")
            ]
        );
    }
}
