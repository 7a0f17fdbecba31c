//! A TimelineJS text field read as loosely as TimelineJS reads it: a number or `true` where
//! text belongs (a headline of `1950`, as some spreadsheet exports write it) is shown as
//! written, and `null` counts as absent. A list or an object is still refused, as TimelineJS
//! fails on one.

use std::fmt;

use serde::de::{Error, IgnoredAny, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::Deserializer;

/// For `#[serde(default, deserialize_with = "loose_text")]` on an `Option<String>` field.
pub(crate) fn loose_text<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    deserializer.deserialize_any(LooseText)
}

struct LooseText;

impl<'de> Visitor<'de> for LooseText {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("text")
    }

    fn visit_str<E>(self, text: &str) -> Result<Option<String>, E> {
        Ok(Some(text.to_string()))
    }

    fn visit_string<E>(self, text: String) -> Result<Option<String>, E> {
        Ok(Some(text))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Option<String>, E> {
        Ok(Some(n.to_string()))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Option<String>, E> {
        Ok(Some(n.to_string()))
    }

    /// As JavaScript writes it: `1950.0` is "1950", `1.5` is "1.5".
    fn visit_f64<E>(self, n: f64) -> Result<Option<String>, E> {
        Ok(Some(n.to_string()))
    }

    fn visit_bool<E>(self, b: bool) -> Result<Option<String>, E> {
        Ok(Some(b.to_string()))
    }

    fn visit_unit<E>(self) -> Result<Option<String>, E> {
        Ok(None)
    }

    fn visit_none<E>(self) -> Result<Option<String>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Option<String>, D::Error> {
        loose_text(inner)
    }

    /// Refused once read to its end, so the problem is placed at the list, not inside it.
    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Option<String>, A::Error> {
        while items.next_element::<IgnoredAny>()?.is_some() {}
        Err(A::Error::invalid_type(Unexpected::Seq, &self))
    }

    /// Refused once read to its end, as a list is.
    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Option<String>, A::Error> {
        while entries.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Err(A::Error::invalid_type(Unexpected::Map, &self))
    }
}
