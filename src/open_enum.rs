//! Open enums: string enums that keep working when a server adds a value.
//!
//! typify generates closed enums, and an unknown value would fail the whole response. `build.rs`
//! replaces every named string enum of the specs with a type made by
//! [`open_enum!`](crate::open_enum!): one variant
//! per known value plus `Unknown(String)`, which keeps the text of a value this SDK version does
//! not know. Serialising `Unknown(s)` sends `s` back unchanged.

/// Defines an open string enum. Used by the generated code; see the module docs.
macro_rules! open_enum {
    (
        $(#[doc = $doc:expr])*
        $name:ident { $( $variant:ident = $wire:literal ),+ $(,)? }
    ) => {
        $(#[doc = $doc])*
        ///
        /// Open: a value this SDK version does not know decodes into `Unknown` with its text.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $(
                #[doc = concat!("`", $wire, "`")]
                $variant,
            )+
            /// A value this SDK version does not know; holds the text exactly as sent.
            Unknown(::std::string::String),
        }

        impl $name {
            /// Every value this SDK version knows, as sent on the wire.
            pub const KNOWN: &'static [&'static str] = &[$($wire),+];

            /// The value as sent on the wire.
            #[inline]
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)+
                    Self::Unknown(s) => s.as_str(),
                }
            }

            /// Whether this is a value this SDK version does not know.
            #[inline]
            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::Unknown(_))
            }
        }

        impl ::std::fmt::Display for $name {
            #[inline]
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;
            #[inline]
            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(match s {
                    $($wire => Self::$variant,)+
                    other => Self::Unknown(other.to_string()),
                })
            }
        }

        impl ::std::convert::From<&str> for $name {
            #[inline]
            fn from(s: &str) -> Self {
                match s.parse() {
                    Ok(v) => v,
                    Err(never) => match never {},
                }
            }
        }

        impl ::std::convert::From<&$name> for $name {
            #[inline]
            fn from(v: &$name) -> Self {
                v.clone()
            }
        }

        impl ::serde::Serialize for $name {
            #[inline]
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            #[inline]
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                let s = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(d)?;
                Ok(Self::from(s.as_ref()))
            }
        }
    };
}
pub(crate) use open_enum;

#[cfg(test)]
mod tests {
    crate::open_enum! {
        /// A test enum.
        Color { Red = "red", DarkBlue = "dark_blue" }
    }

    #[test]
    fn known_and_unknown_values_round_trip() {
        let c: Color = serde_json::from_str("\"dark_blue\"").unwrap();
        assert_eq!(c, Color::DarkBlue);
        let u: Color = serde_json::from_str("\"ultraviolet\"").unwrap();
        assert_eq!(u, Color::Unknown("ultraviolet".into()));
        assert!(u.is_unknown());
        assert_eq!(serde_json::to_string(&u).unwrap(), "\"ultraviolet\"");
        assert_eq!(Color::Red.to_string(), "red");
        assert_eq!(Color::KNOWN, &["red", "dark_blue"]);
    }
}
