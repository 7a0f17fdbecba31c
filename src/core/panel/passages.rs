//! An event's passages as the panel shows them: one figure per essay paragraph, with every
//! quote the event takes from that paragraph highlighted together.

use crate::core::model::timeline::Timeline;

/// One paragraph of the essay and the event's quotes from it.
#[derive(Clone, Debug, PartialEq)]
pub struct QuotedParagraph {
    pub id: String,
    /// Its place in the essay, from 1.
    pub number: usize,
    pub text: String,
    /// The event's quotes from it, in the event's order.
    pub quotes: Vec<String>,
}

/// The paragraphs event `index` quotes, in the order its passages first name them. A passage
/// naming a paragraph the essay lacks is left out (validation refuses such a file).
pub fn quoted_paragraphs(timeline: &Timeline, index: usize) -> Vec<QuotedParagraph> {
    let event = &timeline.events[index];
    let mut out: Vec<QuotedParagraph> = Vec::new();
    for passage in &event.passages {
        if let Some(seen) = out.iter_mut().find(|p| p.id == passage.paragraph) {
            seen.quotes.push(passage.quote.clone());
            continue;
        }
        let paragraphs = timeline.paragraphs();
        let Some(number) = paragraphs.iter().position(|p| p.id == passage.paragraph) else {
            continue;
        };
        out.push(QuotedParagraph {
            id: passage.paragraph.clone(),
            number: number + 1,
            text: paragraphs[number].text.clone(),
            quotes: vec![passage.quote.clone()],
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::timeline::Passage;
    use crate::core::test_support::korea;

    #[test]
    fn groups_quotes_by_paragraph_in_first_mention_order() {
        let mut t = korea();
        let (first, second) = (t.paragraphs()[0].clone(), t.paragraphs()[1].clone());
        let quote = |p: &crate::core::model::timeline::Paragraph, n: usize| Passage {
            paragraph: p.id.clone(),
            quote: p
                .text
                .split_whitespace()
                .take(n)
                .collect::<Vec<_>>()
                .join(" "),
        };
        t.events[0].passages = vec![quote(&second, 2), quote(&first, 3), quote(&second, 4)];
        let grouped = quoted_paragraphs(&t, 0);
        assert_eq!(grouped.len(), 2);
        assert_eq!(
            (grouped[0].id.as_str(), grouped[0].number),
            (second.id.as_str(), 2)
        );
        assert_eq!(
            grouped[0].quotes,
            [quote(&second, 2).quote, quote(&second, 4).quote]
        );
        assert_eq!(
            (grouped[1].number, grouped[1].text.as_str()),
            (1, first.text.as_str())
        );
    }

    #[test]
    fn a_paragraph_the_essay_lacks_is_left_out() {
        let mut t = korea();
        t.events[0].passages = vec![Passage {
            paragraph: "nowhere".to_string(),
            quote: "x".to_string(),
        }];
        assert!(quoted_paragraphs(&t, 0).is_empty());
    }
}
