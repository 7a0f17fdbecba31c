//! Where a quote stands in its paragraph: the sentences around it, so a printed page shows
//! the quote in its context without the whole paragraph.

use std::ops::Range;

/// Where each sentence of `text` lies. A sentence ends after `.`, `?` or `!`, with any closing
/// quotation marks and footnote markers (`[4]`) that follow, where white space comes next.
fn sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let mut end = i;
        loop {
            let rest = &text[end..];
            if let Some(q) = rest
                .chars()
                .next()
                .filter(|q| matches!(q, '”' | '’' | '"' | '\''))
            {
                end += q.len_utf8();
            } else if let Some(close) = rest.strip_prefix('[').and_then(|r| r.find(']')) {
                let inside = &rest[1..=close];
                if !inside.chars().all(|d| d.is_ascii_digit()) || inside.is_empty() {
                    break;
                }
                end += close + 2;
            } else {
                break;
            }
        }
        if end == text.len() || bytes[end].is_ascii_whitespace() {
            out.push(start..end);
            start = end;
            while start < text.len() && bytes[start].is_ascii_whitespace() {
                start += 1;
            }
            i = start;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// Where the sentences of `paragraph` that hold `quote` lie, or `None` if it is not there.
pub fn sentences_around(paragraph: &str, quote: &str) -> Option<Range<usize>> {
    let at = paragraph.find(quote).filter(|_| !quote.is_empty())?;
    let end = at + quote.len();
    let spans = sentences(paragraph);
    let from = spans
        .iter()
        .find(|s| s.end > at)
        .map_or(at, |s| s.start.min(at));
    let to = spans
        .iter()
        .find(|s| s.end >= end)
        .map_or(end, |s| s.end.max(end));
    Some(from..to)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "First one. Stalin said “no.”[2] Then he waited [3] a year. Last!";

    fn around(quote: &str) -> Option<&'static str> {
        sentences_around(TEXT, quote).map(|r| &TEXT[r])
    }

    #[test]
    fn a_quote_comes_with_the_sentence_it_is_in_and_its_markers() {
        assert_eq!(around("he waited"), Some("Then he waited [3] a year."));
        assert_eq!(around("said"), Some("Stalin said “no.”[2]"));
    }

    #[test]
    fn a_quote_over_two_sentences_takes_both() {
        assert_eq!(
            around("one. Stalin"),
            Some("First one. Stalin said “no.”[2]")
        );
        assert_eq!(around("Last!"), Some("Last!"));
    }

    #[test]
    fn a_missing_or_empty_quote_has_no_sentences() {
        assert_eq!(around("absent"), None);
        assert_eq!(around(""), None);
    }
}
