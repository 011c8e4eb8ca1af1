//! [`Timestamp`]: the type every `format: date-time` field of the specs decodes into.
//!
//! Real servers are not uniform (the Autonomi control plane sends naive timestamps such as
//! `2026-11-22T13:27:29` next to `...Z` and `...+00:00` ones), and a strict RFC 3339 parser
//! fails on them. `Timestamp` accepts RFC 3339 with any offset, naive date-times (taken as UTC)
//! with or without fractional seconds, a space instead of `T`, and bare dates; it keeps the text
//! exactly as it arrived, so nothing is lost and re-serialising sends the same string back.

use std::fmt;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A point in time as a server sent it: the original text plus its UTC value when it parses.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Timestamp {
    raw: String,
    utc: Option<DateTime<Utc>>,
}

impl Timestamp {
    /// Parses `text` leniently; text that is no recognisable time is kept with no UTC value.
    pub fn parse(text: impl Into<String>) -> Self {
        let raw = text.into();
        let utc = parse_lenient(&raw);
        Self { raw, utc }
    }

    /// The text exactly as the server sent it.
    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// The instant in UTC, or `None` when the text is no time this parser recognises.
    pub fn to_utc(&self) -> Option<DateTime<Utc>> {
        self.utc
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(t: DateTime<Utc>) -> Self {
        Self {
            raw: t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
            utc: Some(t),
        }
    }
}

impl std::str::FromStr for Timestamp {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::parse(s))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.raw)
    }
}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timestamp {
    /// Orders by instant; timestamps that do not parse sort first, then by text.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.utc, &self.raw).cmp(&(other.utc, &other.raw))
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.raw)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Self::parse)
    }
}

impl schemars::JsonSchema for Timestamp {
    fn schema_name() -> String {
        "Timestamp".to_string()
    }
    fn json_schema(_: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            format: Some("date-time".to_string()),
            ..Default::default()
        }
        .into()
    }
}

fn parse_lenient(text: &str) -> Option<DateTime<Utc>> {
    let t = text.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return Some(dt.with_timezone(&Utc));
    }
    // RFC 3339 with a space separator, or an offset without a colon.
    for fmt in [
        "%Y-%m-%d %H:%M:%S%.f%:z",
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(t, fmt) {
            return Some(dt.with_timezone(&Utc));
        }
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(t, fmt) {
            return Some(naive.and_utc());
        }
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|n| n.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_every_form_the_servers_send() {
        let expect = |s: &str, rfc: &str| {
            let t = Timestamp::parse(s);
            assert_eq!(t.as_str(), s);
            assert_eq!(
                t.to_utc().map(|u| u.to_rfc3339()),
                Some(rfc.to_string()),
                "{s}"
            );
        };
        expect("2026-11-22T13:27:29", "2026-11-22T13:27:29+00:00");
        expect(
            "2026-11-22T13:27:29.360192Z",
            "2026-11-22T13:27:29.360192+00:00",
        );
        expect(
            "2026-11-22T13:27:29.398010+00:00",
            "2026-11-22T13:27:29.398010+00:00",
        );
        expect("2026-11-22T15:27:29+02:00", "2026-11-22T13:27:29+00:00");
        expect("2026-11-22 13:27:29", "2026-11-22T13:27:29+00:00");
        expect("2026-11-22", "2026-11-22T00:00:00+00:00");
    }

    #[test]
    fn keeps_unparseable_text_and_round_trips() {
        let t: Timestamp = serde_json::from_str("\"yesterday\"").unwrap();
        assert_eq!(t.to_utc(), None);
        assert_eq!(serde_json::to_string(&t).unwrap(), "\"yesterday\"");
        let naive: Timestamp = serde_json::from_str("\"2026-11-22T13:27:29\"").unwrap();
        assert_eq!(
            serde_json::to_string(&naive).unwrap(),
            "\"2026-11-22T13:27:29\""
        );
        assert!(naive > t);
    }
}
