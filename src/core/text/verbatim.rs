//! Whether a quote occurs verbatim in a paragraph: the check every event's passages must pass.

/// True when `quote` occurs in `text`, byte for byte. It finds each place the quote's first
/// byte occurs (`memchr`, several bytes at a time) and compares there, the last byte first.
/// On paragraph-sized text this is much cheaper in Wasm than `str::contains`, which sets up a
/// two-way searcher on every call: a timeline of 10,000 events makes 10,000 of them before its
/// first event can show. Both strings are UTF-8, which never matches part of a character, so
/// the answer is the same.
pub fn occurs_in(text: &str, quote: &str) -> bool {
    let (hay, needle) = (text.as_bytes(), quote.as_bytes());
    let (Some(&first), Some(&last)) = (needle.first(), needle.last()) else {
        return true;
    };
    let mut from = 0;
    while let Some(offset) = hay.get(from..).and_then(|h| memchr::memchr(first, h)) {
        let at = from + offset;
        match hay.get(at..at + needle.len()) {
            Some(candidate) if candidate[needle.len() - 1] == last && candidate == needle => {
                return true
            }
            Some(_) => from = at + 1,
            None => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::occurs_in;

    #[test]
    fn agrees_with_str_contains() {
        let texts = [
            "",
            "a",
            "Kim II Sung asked Stalin.[4] Stalin said “no”.",
            "aaab aab ab",
            "café — Корея 한국 Kim",
        ];
        let quotes = [
            "",
            "a",
            "ab",
            "aab",
            "b ",
            "Stalin said",
            "“no”",
            "no”.",
            "Корея",
            "한국 K",
            "é —",
            "Kim II Sung asked Stalin.[4] Stalin said “no”. ",
            "x",
            "ея 한",
        ];
        for text in texts {
            for quote in quotes {
                assert_eq!(
                    occurs_in(text, quote),
                    text.contains(quote),
                    "{quote:?} in {text:?}"
                );
            }
            // Every piece of the text is found in it.
            let ends: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            for (i, &a) in ends.iter().enumerate() {
                for &b in &ends[i..] {
                    assert!(occurs_in(text, &text[a..b]));
                }
            }
        }
    }
}
