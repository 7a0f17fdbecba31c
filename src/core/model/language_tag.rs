//! The language a timeline's own words are written in, as a BCP 47 tag (`en`, `ko`,
//! `pt-BR`): only its form is checked, not the registry, so a tag any browser understands
//! is kept as the author wrote it.

/// Tags an author may pick rather than type, each with its language's own name: English and
/// Korean, which the interface speaks, then the languages most taught alongside them.
pub const LANGUAGE_SUGGESTIONS: [(&str, &str); 8] = [
    ("en", "English"),
    ("ko", "한국어"),
    ("ja", "日本語"),
    ("zh", "中文"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("ru", "Русский"),
];

/// Whether `tag` has a language tag's form: an ISO 639 language of 2 or 3 letters, then
/// subtags of 1 to 8 letters or digits, joined by hyphens. (RFC 5646 also allows 5 to 8
/// letters there, for languages registered later; none are, and it would let a language's
/// name, "English", pass for its tag.)
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Whether two tags name the same language, whatever their region or script: `ko-KR` and
/// `ko` do, `en` and `ko` do not.
pub fn same_language(a: &str, b: &str) -> bool {
    let primary = |tag: &str| tag.split('-').next().unwrap_or_default().to_owned();
    primary(a).eq_ignore_ascii_case(&primary(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_of_every_common_form_are_language_tags() {
        for tag in [
            "en",
            "ko",
            "KO",
            "en-GB",
            "pt-BR",
            "zh-Hant-TW",
            "haw",
            "sgn-BE-FR",
        ] {
            assert!(is_language_tag(tag), "{tag}");
        }
    }

    #[test]
    fn names_and_malformed_tags_are_not() {
        for tag in [
            "",
            "e",
            "English",
            "한국어",
            "en_GB",
            "en-",
            "-en",
            "en GB",
            "ko-KR-toolongsubtag",
            "e1",
        ] {
            assert!(!is_language_tag(tag), "{tag}");
        }
    }

    #[test]
    fn every_suggestion_is_a_language_tag() {
        assert!(LANGUAGE_SUGGESTIONS
            .iter()
            .all(|(tag, _)| is_language_tag(tag)));
    }

    #[test]
    fn the_same_language_whatever_the_region() {
        assert!(same_language("ko-KR", "ko"));
        assert!(same_language("EN", "en-US"));
        assert!(!same_language("en", "ko"));
        assert!(!same_language("en", "eng"));
    }
}
