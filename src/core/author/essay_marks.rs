//! A paragraph as the editor shows it: its text exactly, cut into pieces that events quote
//! and pieces they do not, so the author sees what is already taken while the page keeps the
//! text node for node as the draft has it (selections are counted against that text).

use std::ops::Range;

/// The pieces of `text`, each with whether some quote covers it; every quote's first
/// verbatim occurrence counts. Joined, the pieces are `text`.
pub fn quoted_pieces(text: &str, quotes: &[&str]) -> Vec<(Range<usize>, bool)> {
    let covered: Vec<Range<usize>> = quotes
        .iter()
        .filter(|q| !q.is_empty())
        .filter_map(|q| text.find(q).map(|start| start..start + q.len()))
        .collect();
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for range in &covered {
        cuts.extend([range.start, range.end]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut pieces: Vec<(Range<usize>, bool)> = Vec::new();
    for pair in cuts.windows(2) {
        let piece = pair[0]..pair[1];
        let quoted = covered
            .iter()
            .any(|r| r.start <= piece.start && piece.end <= r.end);
        match pieces.last_mut() {
            Some((last, was)) if *was == quoted => last.end = piece.end,
            _ => pieces.push((piece, quoted)),
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str, quotes: &[&str]) -> Vec<(String, bool)> {
        quoted_pieces(text, quotes)
            .into_iter()
            .map(|(r, q)| (text[r].to_string(), q))
            .collect()
    }

    #[test]
    fn marks_quoted_words_and_keeps_the_text_whole() {
        let text = "Kim asked.[04] Stalin said “no”.[2]";
        let pieces = shown(text, &["Kim asked", "asked.[04] Stalin", "gone", ""]);
        assert_eq!(
            pieces,
            vec![
                ("Kim asked.[04] Stalin".to_string(), true),
                (" said “no”.[2]".to_string(), false)
            ]
        );
        let joined: String = pieces.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(joined, text);
        assert_eq!(shown("", &["x"]), vec![]);
        assert_eq!(shown("abc", &[]), vec![("abc".to_string(), false)]);
    }
}
