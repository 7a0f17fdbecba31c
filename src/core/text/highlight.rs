//! Splits an essay paragraph into plain text, highlighted quotes and footnote markers, so the
//! shell renders `<mark>` and footnote links without looking at strings itself.

use crate::core::text::footnote_marker::find_markers;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    /// Quoted text; `tags` say whose quotes cover it (callers choose what a tag means).
    Marked {
        text: String,
        tags: Vec<usize>,
    },
    Footnote(u32),
}

/// Segments `text`, highlighting the first verbatim occurrence of each `(tag, quote)`.
/// Overlapping quotes are split so every piece carries all the tags that cover it.
pub fn segment_paragraph(text: &str, quotes: &[(usize, &str)]) -> Vec<Segment> {
    let ranges: Vec<(usize, std::ops::Range<usize>)> = quotes
        .iter()
        .filter(|(_, q)| !q.is_empty())
        .filter_map(|&(tag, q)| text.find(q).map(|start| (tag, start..start + q.len())))
        .collect();
    let markers = find_markers(text);

    let mut cuts: Vec<usize> = vec![0, text.len()];
    for (_, r) in &ranges {
        cuts.extend([r.start, r.end]);
    }
    for m in &markers {
        cuts.extend([m.range.start, m.range.end]);
    }
    cuts.sort_unstable();
    cuts.dedup();

    let mut segments: Vec<Segment> = Vec::new();
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        if let Some(m) = markers.iter().find(|m| m.range.start == start) {
            segments.push(Segment::Footnote(m.number));
            continue;
        }
        let piece = &text[start..end];
        let tags: Vec<usize> = ranges
            .iter()
            .filter(|(_, r)| r.start <= start && end <= r.end)
            .map(|(tag, _)| *tag)
            .collect();
        match (segments.last_mut(), tags.is_empty()) {
            (Some(Segment::Text(prev)), true) => prev.push_str(piece),
            (Some(Segment::Marked { text, tags: prev }), false) if *prev == tags => {
                text.push_str(piece)
            }
            (_, true) => segments.push(Segment::Text(piece.to_string())),
            (_, false) => segments.push(Segment::Marked {
                text: piece.to_string(),
                tags,
            }),
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;
    use Segment::*;

    fn text(s: &str) -> Segment {
        Text(s.to_string())
    }

    fn marked(s: &str, tags: &[usize]) -> Segment {
        Marked {
            text: s.to_string(),
            tags: tags.to_vec(),
        }
    }

    #[test]
    fn marks_a_quote_and_keeps_footnotes_in_place() {
        let para = "He said “strike them.”[5] Then left.";
        let segs = segment_paragraph(para, &[(0, "strike them.")]);
        assert_eq!(
            segs,
            vec![
                text("He said “"),
                marked("strike them.", &[0]),
                text("”"),
                Footnote(5),
                text(" Then left."),
            ]
        );
    }

    #[test]
    fn a_marker_inside_a_quote_splits_the_mark() {
        let segs = segment_paragraph("a b[1] c d", &[(3, "b[1] c")]);
        assert_eq!(
            segs,
            vec![
                text("a "),
                marked("b", &[3]),
                Footnote(1),
                marked(" c", &[3]),
                text(" d")
            ]
        );
    }

    #[test]
    fn overlapping_quotes_carry_every_tag() {
        let segs = segment_paragraph("one two three", &[(0, "one two"), (1, "two three")]);
        assert_eq!(
            segs,
            vec![
                marked("one ", &[0]),
                marked("two", &[0, 1]),
                marked(" three", &[1])
            ]
        );
    }

    #[test]
    fn missing_or_empty_quotes_leave_plain_text() {
        let segs = segment_paragraph("plain", &[(0, "absent"), (1, "")]);
        assert_eq!(segs, vec![text("plain")]);
        assert_eq!(segment_paragraph("", &[]), vec![]);
    }
}
