//! [`Timestamp`]: the type every `format: date-time` field of the specs decodes into.
//!
//! Real servers are not uniform (the Autonomi control plane sends naive timestamps such as
//! `2026-11-22T13:27:29` next to `...Z` and `...+00:00` ones), and a strict RFC 3339 parser
//! fails on them. `Timestamp` accepts RFC 3339 with any offset, naive date-times (taken as UTC)
//! with or without fractional seconds, a space instead of `T`, and bare dates; it keeps the text
//! exactly as it arrived, so nothing is lost and re-serialising sends the same string back.
//! Decoding keeps the text only; it is parsed when asked ([`Timestamp::to_utc`], ordering), so
//! that decoding a long list costs what decoding its strings does.

use std::fmt;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A point in time as a server sent it: the original text, whose UTC value is read from it
/// when asked. Equal texts are equal timestamps (the value is a function of the text).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Timestamp {
    raw: String,
}

impl Timestamp {
    /// Keeps `text`, to be read leniently; text that is no recognisable time has no UTC value.
    pub fn parse(text: impl Into<String>) -> Self {
        Self { raw: text.into() }
    }

    /// The text exactly as the server sent it.
    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// The instant in UTC, or `None` when the text is no time this parser recognises. Read
    /// from the text on each call (a few hundred nanoseconds for the usual forms).
    pub fn to_utc(&self) -> Option<DateTime<Utc>> {
        parse_lenient(&self.raw)
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(t: DateTime<Utc>) -> Self {
        Self {
            raw: t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
        }
    }
}

impl From<&str> for Timestamp {
    /// The same as [`Timestamp::parse`]: any text is kept as written.
    fn from(text: &str) -> Self {
        Self::parse(text)
    }
}

impl From<String> for Timestamp {
    /// The same as [`Timestamp::parse`]: any text is kept as written.
    fn from(text: String) -> Self {
        Self::parse(text)
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
        (self.to_utc(), &self.raw).cmp(&(other.to_utc(), &other.raw))
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

fn parse_lenient(text: &str) -> Option<DateTime<Utc>> {
    let t = text.trim();
    // The shapes servers actually send, without chrono's format-string machinery (which
    // costs more than the rest of decoding a typical record).
    if let Some(fast) = parse_common(t.as_bytes()) {
        return Some(fast);
    }
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

/// `YYYY-MM-DD[T ]HH:MM:SS[.fraction][Z|+HH:MM|-HH:MM]` (naive = UTC); `None` for anything
/// else, which then goes through chrono's parsers.
fn parse_common(b: &[u8]) -> Option<DateTime<Utc>> {
    fn num(b: &[u8]) -> Option<u32> {
        b.iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    }
    if b.len() < 19
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(num(&b[0..4])? as i32, num(&b[5..7])?, num(&b[8..10])?)?;
    let (hour, minute, second) = (num(&b[11..13])?, num(&b[14..16])?, num(&b[17..19])?);
    let mut rest = &b[19..];
    let mut nanos = 0u32;
    if let Some((b'.', frac)) = rest.split_first() {
        let digits = frac.iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 || digits > 9 {
            return None;
        }
        nanos = num(&frac[..digits])? * 10u32.pow(9 - digits as u32);
        rest = &frac[digits..];
    }
    let offset_secs: i64 = match rest {
        [] | [b'Z'] | [b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let secs = i64::from(num(&[*h1, *h2])? * 3600 + num(&[*m1, *m2])? * 60);
            if *sign == b'+' {
                secs
            } else {
                -secs
            }
        }
        _ => return None,
    };
    let naive = date.and_hms_nano_opt(hour, minute, second, nanos)?;
    Some(naive.and_utc() - chrono::Duration::seconds(offset_secs))
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
        expect(
            "2026-11-22T08:27:29.5-05:00",
            "2026-11-22T13:27:29.500+00:00",
        );
        expect("2026-11-22 13:27:29+0000", "2026-11-22T13:27:29+00:00");
        expect("2026-11-22T13:27", "2026-11-22T13:27:00+00:00");
    }

    #[test]
    fn the_fast_path_agrees_with_chrono_and_rejects_what_is_not_a_time() {
        for s in [
            "2026-11-22T13:27:29",
            "2026-11-22T13:27:29.360192Z",
            "2026-11-22T13:27:29.398010+00:00",
            "2026-11-22 23:59:59.123456789-07:30",
            "2024-02-29T00:00:00Z",
        ] {
            let chrono_view = DateTime::parse_from_rfc3339(s)
                .map(|d| d.with_timezone(&Utc))
                .or_else(|_| {
                    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f").map(|n| n.and_utc())
                })
                .or_else(|_| {
                    DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f%:z")
                        .map(|d| d.with_timezone(&Utc))
                });
            assert_eq!(parse_common(s.as_bytes()), chrono_view.ok(), "{s}");
        }
        for bad in [
            "2026-13-01T00:00:00",
            "2026-02-30T00:00:00",
            "2026-11-22T25:00:00",
            "2026-11-22T13:27:29.",
            "2026-11-22T13:27:29+0x:00",
            "２０２６-11-22T13:27:29",
        ] {
            assert_eq!(parse_common(bad.as_bytes()), None, "{bad}");
        }
    }

    #[test]
    fn a_converted_instant_reads_back_as_itself() {
        for rfc in ["2026-11-22T13:27:29Z", "2026-11-22T13:27:29.123456789Z"] {
            let t = DateTime::parse_from_rfc3339(rfc)
                .unwrap()
                .with_timezone(&Utc);
            assert_eq!(Timestamp::from(t).to_utc(), Some(t), "{rfc}");
        }
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
