//! Text as search compares it. The Unicode work (canonical decomposition, lowercase in every
//! script) is the `prepare` function's: the page passes the browser's own `normalize("NFD")`
//! and `toLowerCase()`, so the download carries no Unicode tables. Decomposition also splits
//! Hangul syllables into their letters, so "김이" finds "김일성" while it is being typed.
//! What is left here drops the combining marks (accents) and writes curly quotes, dashes and
//! the final sigma as their plain forms.

use std::ops::Range;

/// The folded form of a character from lowercase NFD text, or `None` for a combining mark.
fn folded_char(c: char) -> Option<char> {
    match c {
        '\u{300}'..='\u{36f}'
        | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}'
        | '\u{fe20}'..='\u{fe2f}' => None,
        '‘' | '’' | 'ʼ' | '′' => Some('\''),
        '“' | '”' | '″' => Some('"'),
        '‐'..='―' | '−' => Some('-'),
        'ς' => Some('σ'),
        c => Some(c),
    }
}

fn push_folded(prepared: &str, out: &mut String) {
    out.extend(prepared.chars().filter_map(folded_char));
}

/// `text` folded for search; `prepare` lowercases and decomposes it (see the module).
pub fn fold(text: &str, prepare: &impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    if text.is_ascii() {
        out.push_str(&text.to_ascii_lowercase());
    } else {
        push_folded(&prepare(text), &mut out);
    }
    out
}

/// `text` folded, with the bytes of `text` each folded byte came from, so a match found in
/// the folded text can be marked in the text as written. One character at a time, for the
/// few rows on show, not for the index.
pub fn fold_mapped(text: &str, prepare: &impl Fn(&str) -> String) -> (String, Vec<Range<usize>>) {
    let mut out = String::with_capacity(text.len());
    let mut origins = Vec::with_capacity(text.len());
    let mut buffer = [0u8; 4];
    for (at, c) in text.char_indices() {
        let before = out.len();
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            push_folded(&prepare(c.encode_utf8(&mut buffer)), &mut out);
        }
        origins.extend((before..out.len()).map(|_| at..at + c.len_utf8()));
    }
    (out, origins)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    /// What the page's `prepare` does, with Rust's tables.
    pub(crate) fn prepare(text: &str) -> String {
        text.nfd().collect::<String>().to_lowercase()
    }

    #[test]
    fn case_accents_and_typography_do_not_matter() {
        assert_eq!(fold("Kim II Sung", &prepare), "kim ii sung");
        assert_eq!(fold("Pyŏngyang, ÉCOLE", &prepare), "pyongyang, ecole");
        assert_eq!(
            fold("Stalin’s “consent” — 1950", &prepare),
            "stalin's \"consent\" - 1950"
        );
        assert_eq!(fold("ΟΔΟΣ", &prepare), fold("οδος", &prepare));
    }

    #[test]
    fn hangul_matches_while_a_syllable_is_being_typed() {
        let name = fold("김일성", &prepare);
        assert!(name.contains(&fold("김일", &prepare)));
        assert!(name.contains(&fold("김이", &prepare)));
        assert!(!name.contains(&fold("김오", &prepare)));
    }

    #[test]
    fn the_mapped_fold_is_the_fold_and_points_back_into_the_text() {
        for text in [
            "Pyŏngyang’s Kim",
            "김일성 and Stalin",
            "plain ascii",
            "Σίσυφος",
        ] {
            let (folded, origins) = fold_mapped(text, &prepare);
            assert_eq!(folded, fold(text, &prepare), "{text}");
            assert_eq!(origins.len(), folded.len());
            assert!(origins
                .iter()
                .all(|r| text.is_char_boundary(r.start) && r.end <= text.len()));
        }
        let (folded, origins) = fold_mapped("Pyŏng", &prepare);
        let o = folded.find('o').expect("o");
        assert_eq!(&"Pyŏng"[origins[o].clone()], "ŏ");
    }
}
