//! Helpers of the generated structs' `Deserialize` and `Serialize` impls (see
//! `compact_serde` in `build/codegen.rs`): not API. [`Fields`] serves `Serialize`; everything
//! else `Deserialize`.
//!
//! serde's derive emits, for every struct, a field enum with its own identifier visitor and a
//! `visit_seq` next to `visit_map`. JSON objects never need either, and compiling them was about
//! a seventh of the crate's compile time. A generated impl instead reads keys through [`Field`],
//! shared by every struct (with a per-struct `match` of the wire names, which the optimiser
//! turns into a few integer comparisons), and each value through [`value`] into one tuple of
//! slots, so that an error anywhere drops one local, not each field's (the derive's exits drop
//! every field read so far, which is quadratic in the number of fields). A required field never
//! read is what [`missing`] makes of it; `Option` and `default` fields are finished by [`opt`]
//! and [`or_default`]. For a JSON object the behaviour is serde's derive's (the test
//! `tests/decode_generated.rs` compares the two): unknown keys are skipped, a repeated key is an
//! error, an absent `Option` is `None`, an absent `#[serde(default)]` field its `Default`, any
//! other absent field a "missing field" error. The one difference: serde's derive also reads a
//! struct from an array, by position; no server sends that, and here it is an "invalid type:
//! sequence" error.
//!
//! Decoding is not slower for it: the 20-agent Mosaia list takes 535k instructions against
//! 545k with the derive (callgrind, `benches/overhead.rs`). A first version looked keys up by
//! scanning the names, which took 597k.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeStruct, Serializer};

/// Reads a key of a struct: `.0` gives the index of a wire name (`usize::MAX` for a key the
/// struct does not have), `.1` is the number of fields (for formats that send indices).
#[derive(Clone, Copy)]
pub(crate) struct Field(pub(crate) fn(&[u8]) -> usize, pub(crate) usize);

impl Field {
    #[inline]
    fn index(self, key: &[u8]) -> usize {
        (self.0)(key)
    }
}

impl<'de> DeserializeSeed<'de> for Field {
    type Value = usize;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for Field {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    #[inline]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<usize, E> {
        Ok(self.index(key.as_bytes()))
    }

    #[inline]
    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<usize, E> {
        Ok(self.index(key))
    }

    #[inline]
    fn visit_u64<E: de::Error>(self, index: u64) -> Result<usize, E> {
        Ok(match usize::try_from(index) {
            Ok(i) if i < self.1 => i,
            _ => usize::MAX,
        })
    }
}

/// The next key of `map` as the index `index` gives it (`usize::MAX`: a key to skip), for a
/// struct of `count` fields.
#[inline]
pub(crate) fn key<'de, A: MapAccess<'de>>(
    map: &mut A,
    index: fn(&[u8]) -> usize,
    count: usize,
) -> Result<Option<usize>, A::Error> {
    map.next_key_seed(Field(index, count))
}

/// Reads the value of field `name` into `slot`; a second value for the same field is an error.
#[inline]
pub(crate) fn value<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Skips the value of a key the struct does not have.
#[inline]
pub(crate) fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// The value of field `name`: what was read, or else what its type makes of an absent value
/// (`None` for an `Option`, a "missing field" error for anything else).
#[inline]
pub(crate) fn missing<'de, T: Deserialize<'de>, E: de::Error>(
    slot: Option<T>,
    name: &'static str,
) -> Result<T, E> {
    match slot {
        Some(value) => Ok(value),
        None => T::deserialize(Absent(name, PhantomData)),
    }
}

/// The value of an `Option` field: `None` when absent.
///
/// This and [`or_default`] are `extern "C"` for the reason `crate::builders` gives: a call that
/// cannot unwind needs no cleanup path dropping every field finished before it. Neither panics.
#[inline]
#[allow(improper_ctypes_definitions)]
pub(crate) extern "C" fn opt<T>(slot: Option<Option<T>>) -> Option<T> {
    slot.flatten()
}

/// The value of a `#[serde(default)]` field (a list or a map): its `Default` when absent.
#[inline]
#[allow(improper_ctypes_definitions)]
pub(crate) extern "C" fn or_default<T: Default>(slot: Option<T>) -> T {
    slot.unwrap_or_default()
}

/// The deserializer of an absent field: `None` to an `Option`, "missing field" to anything else.
struct Absent<E>(&'static str, PhantomData<E>);

impl<'de, E: de::Error> Deserializer<'de> for Absent<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, E> {
        Err(E::missing_field(self.0))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

/// A struct being serialized by a generated `Serialize` (see `serialize_impl` in
/// `build/codegen.rs`): the serializer's state, or the first error, which ends it. serde's derive
/// evaluates each `skip_serializing_if` twice (for the length, then for the field) and emits two
/// calls and a `?` per field; here each is evaluated once, and each field is one call to
/// [`Fields::field`], which does nothing once an error happened.
pub(crate) struct Fields<S: Serializer>(Result<S::SerializeStruct, S::Error>);

impl<S: Serializer> Fields<S> {
    /// Starts serializing a struct named `name` whose fields are left out where `skip` says so.
    #[inline]
    pub(crate) fn start(serializer: S, name: &'static str, skip: &[bool]) -> Self {
        Fields(serializer.serialize_struct(name, skip.iter().filter(|s| !**s).count()))
    }

    /// Serializes one field, or leaves it out (`skip`).
    #[inline]
    pub(crate) fn field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
        skip: bool,
    ) {
        if let Ok(state) = &mut self.0 {
            let done = if skip {
                state.skip_field(name)
            } else {
                state.serialize_field(name, value)
            };
            if let Err(e) = done {
                self.0 = Err(e);
            }
        }
    }

    /// The serialized struct, or the first error.
    #[inline]
    pub(crate) fn end(self) -> Result<S::Ok, S::Error> {
        self.0.and_then(SerializeStruct::end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Pair {
        name: String,
        note: Option<String>,
        tags: Vec<String>,
    }

    impl<'de> Deserialize<'de> for Pair {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            const FIELDS: &[&str] = &["name", "note", "tags"];
            fn field(key: &[u8]) -> usize {
                match key {
                    b"name" => 0,
                    b"note" => 1,
                    b"tags" => 2,
                    _ => usize::MAX,
                }
            }
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Pair;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("struct Pair")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Pair, A::Error> {
                    let mut slots: (Option<String>, Option<Option<String>>, Option<Vec<String>>) =
                        (None, None, None);
                    while let Some(i) = key(&mut map, field, FIELDS.len())? {
                        match i {
                            0 => value(&mut map, &mut slots.0, "name"),
                            1 => value(&mut map, &mut slots.1, "note"),
                            2 => value(&mut map, &mut slots.2, "tags"),
                            _ => skip(&mut map),
                        }?;
                    }
                    let name = missing(slots.0.take(), "name")?;
                    let (_, note, tags) = slots;
                    Ok(Pair {
                        name,
                        note: opt(note),
                        tags: or_default(tags),
                    })
                }
            }
            deserializer.deserialize_struct("Pair", FIELDS, V)
        }
    }

    fn parse(json: &str) -> Result<Pair, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_fields_and_skips_unknown_keys() {
        let pair = parse(r#"{"extra":{"a":[1]},"tags":["x"],"note":"n","name":"a"}"#).unwrap();
        assert_eq!(
            pair,
            Pair {
                name: "a".into(),
                note: Some("n".into()),
                tags: vec!["x".into()]
            }
        );
    }

    #[test]
    fn absent_option_is_none_and_absent_default_is_default() {
        let pair = parse(r#"{"name":"a"}"#).unwrap();
        assert_eq!(pair.note, None);
        assert!(pair.tags.is_empty());
        assert_eq!(parse(r#"{"name":"a","note":null}"#).unwrap().note, None);
    }

    #[test]
    fn escaped_keys_are_matched() {
        // serde_json hands an escaped key to `visit_str` (not borrowed).
        let pair = parse(r#"{"n\u0061me":"a"}"#).unwrap();
        assert_eq!(pair.name, "a");
    }

    #[test]
    fn errors_are_serdes() {
        assert_eq!(
            parse(r#"{"note":"n"}"#).unwrap_err(),
            "missing field `name` at line 1 column 12"
        );
        assert!(parse(r#"{"name":"a","name":"b"}"#)
            .unwrap_err()
            .starts_with("duplicate field `name`"));
        assert!(parse(r#"["a"]"#)
            .unwrap_err()
            .starts_with("invalid type: sequence, expected struct Pair"));
        assert!(parse(r#"{"name":7}"#)
            .unwrap_err()
            .starts_with("invalid type: integer `7`, expected a string"));
    }

    #[test]
    fn integer_keys_index_fields() {
        let value = serde_json::json!({"name": "a"});
        let from_value: Pair = serde_json::from_value(value).unwrap();
        assert_eq!(from_value.name, "a");
        let two = Field(|_| usize::MAX, 2);
        assert_eq!(two.visit_u64::<de::value::Error>(1), Ok(1));
        assert_eq!(two.visit_u64::<de::value::Error>(2), Ok(usize::MAX));
    }
}
