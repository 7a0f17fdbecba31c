//! Footnote markers such as `[4]` inside essay text. Editorial brackets like `[he]` or `[…]`
//! are the essay's own words and are not markers.

use std::ops::Range;

/// A marker's number and its byte range in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    pub number: u32,
    pub range: Range<usize>,
}

/// The markers in `text`, in order. Brackets are found with `memchr`, several bytes at a
/// time: the checks read every paragraph of the essay before the first event can show.
pub fn find_markers(text: &str) -> Vec<Marker> {
    let bytes = text.as_bytes();
    let mut markers = Vec::new();
    let mut from = 0;
    while let Some(offset) = bytes
        .get(from..)
        .and_then(|rest| memchr::memchr(b'[', rest))
    {
        let open = from + offset;
        let digits = bytes[open + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let close = open + 1 + digits;
        if digits > 0 && digits <= 4 && bytes.get(close) == Some(&b']') {
            let number = text[open + 1..close].parse().unwrap_or(0);
            markers.push(Marker {
                number,
                range: open..close + 1,
            });
            from = close + 1;
        } else {
            from = open + 1;
        }
    }
    markers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_numbered_markers_only() {
        let text = "the teeth […] Strike them.”[5] and “[he] wouldn't”[7] globe[9] Still";
        let numbers: Vec<u32> = find_markers(text).iter().map(|m| m.number).collect();
        assert_eq!(numbers, vec![5, 7, 9]);
        let first = &find_markers(text)[0];
        assert_eq!(&text[first.range.clone()], "[5]");
    }

    #[test]
    fn ignores_unclosed_and_empty_brackets() {
        assert!(find_markers("[] [12 [x] [").is_empty());
        assert_eq!(find_markers("[10]")[0].number, 10);
    }
}
