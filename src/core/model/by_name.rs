//! Reading an enum that a file only ever holds as a name (`"firm"`, `"cited-document"`).
//! serde's derive reads every form an enum can take and costs about a kilobyte of the
//! reader's Wasm for each such enum; reading a string and looking it up costs a few dozen
//! bytes, with the derive's own message for a name it does not know.

use serde::de::{Deserialize, Deserializer, Error};

/// The value whose name the string in `deserializer` is: `values[i]` is named `names[i]`.
pub fn by_name<'de, D: Deserializer<'de>, T: Copy>(
    deserializer: D,
    names: &'static [&'static str],
    values: &[T],
) -> Result<T, D::Error> {
    let name = String::deserialize(deserializer)?;
    names
        .iter()
        .position(|n| *n == name)
        .map(|i| values[i])
        .ok_or_else(|| D::Error::unknown_variant(&name, names))
}

/// `Deserialize` for a unit enum, by the names its `Serialize` writes (a test of each enum
/// checks the two agree).
macro_rules! deserialize_by_name {
    ($enum:ty { $($name:literal => $value:expr),+ $(,)? }) => {
        impl<'de> serde::Deserialize<'de> for $enum {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::core::model::by_name::by_name(deserializer, &[$($name),+], &[$($value),+])
            }
        }
    };
}
pub(crate) use deserialize_by_name;

#[cfg(test)]
pub(crate) mod tests {
    use serde::Serialize;

    /// Each value reads back from the name it is written as.
    pub(crate) fn round_trips<T>(values: &[T])
    where
        T: Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        for value in values {
            let written = serde_json::to_string(value).unwrap();
            assert_eq!(
                &serde_json::from_str::<T>(&written).unwrap(),
                value,
                "{written}"
            );
        }
    }

    #[derive(Clone, Copy, Debug, PartialEq, Serialize)]
    #[serde(rename_all = "kebab-case")]
    enum Sureness {
        Firm,
        MostLikely,
    }
    deserialize_by_name!(Sureness { "firm" => Sureness::Firm, "most-likely" => Sureness::MostLikely });

    #[test]
    fn every_name_written_is_read_back() {
        round_trips(&[Sureness::Firm, Sureness::MostLikely]);
    }

    #[test]
    fn an_unknown_name_is_refused_naming_the_known_ones() {
        // In a file the name is always inside something, which places the error.
        let error = serde_json::from_str::<Vec<Sureness>>("[\"sure\"]").unwrap_err();
        assert_eq!(
            error.to_string(),
            "unknown variant `sure`, expected `firm` or `most-likely` at line 1 column 8"
        );
        assert!(serde_json::from_str::<Sureness>("1").is_err());
    }
}
