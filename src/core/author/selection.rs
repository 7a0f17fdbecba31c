//! "New event from selection": the words an author selects in a paragraph become an event's
//! passage, exactly as the paragraph has them, and the footnote markers inside the selection
//! or just after it are suggested as the event's footnotes.
//!
//! Offsets come as the browser's Selection API counts them: UTF-16 code units from the start
//! of the paragraph's text as the draft holds it (the editor renders that text unchanged, so
//! the two agree). Rust strings are UTF-8, so they are converted here, once.

use std::fmt;
use std::ops::Range;

use crate::core::author::draft::{Draft, DraftEvent, DraftPassage, PassageState};
use crate::core::text::footnote_marker::find_markers;
use crate::locale::editor_checks;

/// A selection in one paragraph: `paragraph` is its index in the draft, the offsets are in
/// UTF-16 code units and may come in either order (a selection made backwards).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParagraphSelection {
    pub paragraph: usize,
    pub start_utf16: usize,
    pub end_utf16: usize,
}

/// What a selection would quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelectedPassage {
    pub paragraph_id: String,
    /// The selected text exactly, without the white space around it.
    pub quote: String,
    /// Where the quote is in the paragraph's text, in bytes.
    pub range: Range<usize>,
    /// Markers inside the quote or just after it, in the order they appear.
    pub suggested_footnotes: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SelectionError {
    NoParagraph(usize),
    OutOfRange {
        offset: usize,
        length: usize,
    },
    /// Nothing but white space was selected.
    Empty,
    NoEvent(String),
    NoPassage(usize),
    /// The event already quotes these words of this paragraph.
    AlreadyQuoted,
}

impl fmt::Display for SelectionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = match self {
            SelectionError::NoParagraph(i) => editor_checks::no_paragraph(i + 1),
            SelectionError::OutOfRange { offset, length } => {
                editor_checks::past_paragraph_end(offset, length)
            }
            SelectionError::Empty => editor_checks::select_words().to_string(),
            SelectionError::NoEvent(id) => editor_checks::no_event(id),
            SelectionError::NoPassage(i) => editor_checks::no_passage(i + 1),
            SelectionError::AlreadyQuoted => editor_checks::already_quoted().to_string(),
        };
        f.write_str(&words)
    }
}

/// The byte range of `text` between two UTF-16 offsets, in either order. An offset inside a
/// character (between the two halves of an emoji) widens the range to the whole character,
/// so a selection never cuts one.
pub fn utf16_to_byte_range(text: &str, a: usize, b: usize) -> Result<Range<usize>, SelectionError> {
    let (start, end) = (a.min(b), a.max(b));
    let length: usize = text.chars().map(char::len_utf16).sum();
    if end > length {
        return Err(SelectionError::OutOfRange {
            offset: end,
            length,
        });
    }
    let (mut from, mut to) = (text.len(), text.len());
    let mut units = 0;
    for (byte, c) in text.char_indices() {
        let next = units + c.len_utf16();
        if from == text.len() && next > start {
            from = byte;
        }
        if units >= end {
            to = byte;
            break;
        }
        units = next;
    }
    Ok(from..to)
}

/// `range` of `text` without the white space at either end.
fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let selected = &text[range.clone()];
    let start = range.start + (selected.len() - selected.trim_start().len());
    let end = range.end - (selected.len() - selected.trim_end().len());
    start..end.max(start)
}

/// What may stand between the last selected word and its footnote marker: `."[4]`, `.” [4]`.
fn between_words_and_marker(c: char) -> bool {
    c.is_whitespace() || (c.is_ascii_punctuation() && c != '[') || "“”‘’„«»…–—。、，．".contains(c)
}

/// The markers inside `range` of `text`, then those that follow it with only punctuation and
/// space between, each once.
fn footnotes_for(text: &str, range: Range<usize>) -> Vec<u32> {
    let markers = find_markers(text);
    let overlapping = || {
        markers
            .iter()
            .filter(|m| m.range.start < range.end && m.range.end > range.start)
    };
    let mut found: Vec<u32> = overlapping().map(|m| m.number).collect();
    // A marker cut by the selection's end is read whole; what follows starts after it.
    let mut at = overlapping()
        .map(|m| m.range.end)
        .fold(range.end, usize::max);
    loop {
        at += text[at..]
            .chars()
            .take_while(|&c| between_words_and_marker(c))
            .map(char::len_utf8)
            .sum::<usize>();
        match markers.iter().find(|m| m.range.start == at) {
            Some(marker) => {
                found.push(marker.number);
                at = marker.range.end;
            }
            None => break,
        }
    }
    let mut unique = Vec::with_capacity(found.len());
    for number in found {
        if !unique.contains(&number) {
            unique.push(number);
        }
    }
    unique
}

impl SelectedPassage {
    fn passage(&self) -> DraftPassage {
        DraftPassage {
            paragraph: self.paragraph_id.clone(),
            quote: self.quote.clone(),
            state: PassageState::Found,
        }
    }
}

/// Adds `markers` to `footnotes`, those already there once.
fn add_footnotes(footnotes: &mut Vec<u32>, markers: &[u32]) {
    for &marker in markers {
        if !footnotes.contains(&marker) {
            footnotes.push(marker);
        }
    }
}

impl Draft {
    /// What `selection` quotes, without changing the draft: for a preview before the author
    /// makes the event.
    pub fn select(&self, selection: ParagraphSelection) -> Result<SelectedPassage, SelectionError> {
        let paragraph = self
            .paragraphs
            .get(selection.paragraph)
            .ok_or(SelectionError::NoParagraph(selection.paragraph))?;
        let text = &paragraph.text;
        let range = trimmed(
            text,
            utf16_to_byte_range(text, selection.start_utf16, selection.end_utf16)?,
        );
        if range.is_empty() {
            return Err(SelectionError::Empty);
        }
        Ok(SelectedPassage {
            paragraph_id: paragraph.id.clone(),
            quote: text[range.clone()].to_string(),
            suggested_footnotes: footnotes_for(text, range.clone()),
            range,
        })
    }

    /// A new event quoting the selection, with the suggested footnotes; returns its id. Its
    /// headline, date and basis are for the author to give.
    pub fn add_event_from_selection(
        &mut self,
        selection: ParagraphSelection,
    ) -> Result<String, SelectionError> {
        let selected = self.select(selection)?;
        Ok(self.push_event(DraftEvent {
            passages: vec![selected.passage()],
            footnotes: selected.suggested_footnotes,
            ..DraftEvent::default()
        }))
    }

    /// The selection, and the event `event_id` it is for.
    fn selection_for(
        &mut self,
        event_id: &str,
        selection: ParagraphSelection,
    ) -> Result<(SelectedPassage, &mut DraftEvent), SelectionError> {
        let selected = self.select(selection)?;
        let event = self
            .event_mut(event_id)
            .ok_or_else(|| SelectionError::NoEvent(event_id.to_string()))?;
        Ok((selected, event))
    }

    /// Another passage for an event, its suggested footnotes added to the event's.
    pub fn add_passage_from_selection(
        &mut self,
        event_id: &str,
        selection: ParagraphSelection,
    ) -> Result<(), SelectionError> {
        let (selected, event) = self.selection_for(event_id, selection)?;
        let passage = selected.passage();
        if event
            .passages
            .iter()
            .any(|p| p.paragraph == passage.paragraph && p.quote == passage.quote)
        {
            return Err(SelectionError::AlreadyQuoted);
        }
        event.passages.push(passage);
        add_footnotes(&mut event.footnotes, &selected.suggested_footnotes);
        Ok(())
    }

    /// Quotes the selection in place of passage `index`: how an author mends a passage whose
    /// words were edited away.
    pub fn replace_passage_from_selection(
        &mut self,
        event_id: &str,
        index: usize,
        selection: ParagraphSelection,
    ) -> Result<(), SelectionError> {
        let (selected, event) = self.selection_for(event_id, selection)?;
        let passage = event
            .passages
            .get_mut(index)
            .ok_or(SelectionError::NoPassage(index))?;
        *passage = selected.passage();
        add_footnotes(&mut event.footnotes, &selected.suggested_footnotes);
        Ok(())
    }

    /// The selection as the essay's words an event's date rests on (an inferred date's
    /// evidence, which must be verbatim too).
    pub fn set_rests_on_from_selection(
        &mut self,
        event_id: &str,
        selection: ParagraphSelection,
    ) -> Result<(), SelectionError> {
        let (selected, event) = self.selection_for(event_id, selection)?;
        event.basis.rests_on = Some(selected.quote);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::timeline::Paragraph;
    use crate::core::test_support::korea;

    fn draft_of(texts: &[&str]) -> Draft {
        Draft {
            paragraphs: texts
                .iter()
                .enumerate()
                .map(|(i, text)| Paragraph {
                    id: format!("p{}", i + 1),
                    text: text.to_string(),
                })
                .collect(),
            ..Draft::default()
        }
    }

    fn korea_draft() -> Draft {
        Draft {
            paragraphs: korea().paragraphs().to_vec(),
            ..Draft::default()
        }
    }

    /// The selection of the first `words` in paragraph `paragraph`, as a browser reports it.
    fn selecting(draft: &Draft, paragraph: usize, words: &str) -> ParagraphSelection {
        let text = &draft.paragraphs[paragraph].text;
        let start = text.find(words).expect("the words are in the paragraph");
        let utf16 = |byte: usize| text[..byte].encode_utf16().count();
        ParagraphSelection {
            paragraph,
            start_utf16: utf16(start),
            end_utf16: utf16(start + words.len()),
        }
    }

    #[test]
    fn utf16_offsets_find_hangul_and_emoji_in_the_utf8_text() {
        // 한 and 국 are one UTF-16 unit and three bytes each; 😀 is two units and four bytes.
        let text = "한국 😀 Kim";
        assert_eq!(utf16_to_byte_range(text, 0, 2), Ok(0..6));
        assert_eq!(&text[utf16_to_byte_range(text, 0, 2).unwrap()], "한국");
        assert_eq!(&text[utf16_to_byte_range(text, 3, 5).unwrap()], "😀");
        assert_eq!(&text[utf16_to_byte_range(text, 6, 9).unwrap()], "Kim");
        assert_eq!(utf16_to_byte_range(text, 9, 6), Ok(12..15), "backwards");
        assert_eq!(utf16_to_byte_range(text, 9, 9), Ok(15..15));
    }

    #[test]
    fn an_offset_inside_an_emoji_takes_the_whole_emoji() {
        let text = "a😀b";
        assert_eq!(&text[utf16_to_byte_range(text, 2, 4).unwrap()], "😀b");
        assert_eq!(&text[utf16_to_byte_range(text, 0, 2).unwrap()], "a😀");
        assert_eq!(
            utf16_to_byte_range(text, 0, 5),
            Err(SelectionError::OutOfRange {
                offset: 5,
                length: 4
            })
        );
    }

    #[test]
    fn the_quote_is_the_selection_exactly_without_the_space_around_it() {
        let draft = draft_of(&["Kim  said, “Strike them” [he] wrote.[3]  Then"]);
        let text = &draft.paragraphs[0].text;
        let all = text.encode_utf16().count();
        let selected = draft
            .select(ParagraphSelection {
                paragraph: 0,
                start_utf16: 0,
                end_utf16: all,
            })
            .unwrap();
        assert_eq!(
            selected.quote,
            "Kim  said, “Strike them” [he] wrote.[3]  Then"
        );
        let with_spaces = selecting(&draft, 0, " “Strike them” [he] ");
        let selected = draft.select(with_spaces).unwrap();
        assert_eq!(selected.quote, "“Strike them” [he]");
        assert_eq!(&text[selected.range.clone()], selected.quote);
        assert_eq!(selected.paragraph_id, "p1");
    }

    #[test]
    fn a_selection_of_white_space_or_outside_the_essay_is_refused() {
        let draft = draft_of(&["Kim  said"]);
        assert_eq!(
            draft.select(selecting(&draft, 0, "  ")),
            Err(SelectionError::Empty)
        );
        let nowhere = ParagraphSelection {
            paragraph: 3,
            start_utf16: 0,
            end_utf16: 1,
        };
        assert_eq!(draft.select(nowhere), Err(SelectionError::NoParagraph(3)));
        assert_eq!(
            SelectionError::NoParagraph(3).to_string(),
            "there is no paragraph 4"
        );
    }

    #[test]
    fn suggests_markers_inside_the_selection_and_just_after_it() {
        let draft = korea_draft();
        let after_closing_quote = selecting(
            &draft,
            1,
            "I can absolutely confirm that Stalin did not encourage",
        );
        assert_eq!(
            draft
                .select(after_closing_quote)
                .unwrap()
                .suggested_footnotes,
            vec![4],
            "`.”[4]` follows the words"
        );
        let inside = selecting(&draft, 1, "over the course of 1949.”[2] American academic");
        assert_eq!(draft.select(inside).unwrap().suggested_footnotes, vec![2]);
        let mid_sentence = selecting(&draft, 1, "Stalin thought it was not");
        assert!(draft
            .select(mid_sentence)
            .unwrap()
            .suggested_footnotes
            .is_empty());
    }

    #[test]
    fn suggests_runs_of_markers_past_spaces_and_stops_at_words_or_editorial_brackets() {
        let draft = draft_of(&["He wrote.\" [4][5], [6] Next.[7] “No” [he] said.[8]"]);
        let wrote = draft.select(selecting(&draft, 0, "He wrote")).unwrap();
        assert_eq!(wrote.suggested_footnotes, vec![4, 5, 6]);
        let no = draft.select(selecting(&draft, 0, "“No")).unwrap();
        assert!(
            no.suggested_footnotes.is_empty(),
            "[he] is the essay's words"
        );
        let cut = draft.select(selecting(&draft, 0, "Next.[")).unwrap();
        assert_eq!(
            cut.suggested_footnotes,
            vec![7],
            "a marker cut by the selection"
        );
    }

    #[test]
    fn a_new_event_quotes_the_selection_verbatim_with_its_footnotes() {
        let mut draft = korea_draft();
        let selection = selecting(&draft, 1, "Strike them, strike them.");
        let id = draft.add_event_from_selection(selection).unwrap();
        let event = draft.event(&id).unwrap();
        assert_eq!(event.passages.len(), 1);
        assert_eq!(event.passages[0].paragraph, "p2");
        assert_eq!(event.passages[0].quote, "Strike them, strike them.");
        assert_eq!(event.passages[0].state, PassageState::Found);
        assert!(draft.paragraphs[1].text.contains(&event.passages[0].quote));
        assert_eq!(event.footnotes, vec![5]);
        assert!(event.headline.is_empty() && event.date.is_none());
    }

    #[test]
    fn another_passage_joins_the_event_and_adds_only_new_footnotes() {
        let mut draft = korea_draft();
        let refusals = selecting(
            &draft,
            1,
            "he said 'no' a number of times over the course of 1949",
        );
        let id = draft.add_event_from_selection(refusals).unwrap();
        assert_eq!(draft.event(&id).unwrap().footnotes, vec![2]);
        let request = selecting(&draft, 1, "Stalin considered this request");
        draft.add_passage_from_selection(&id, request).unwrap();
        assert_eq!(draft.event(&id).unwrap().footnotes, vec![2]);
        let pak = selecting(&draft, 1, "Stalin did not encourage");
        draft.add_passage_from_selection(&id, pak).unwrap();
        let event = draft.event(&id).unwrap();
        let quotes: Vec<&str> = event.passages.iter().map(|p| p.quote.as_str()).collect();
        assert_eq!(
            quotes,
            vec![
                "he said 'no' a number of times over the course of 1949",
                "Stalin considered this request",
                "Stalin did not encourage"
            ]
        );
        assert_eq!(event.footnotes, vec![2, 4]);
        assert_eq!(
            draft.add_passage_from_selection(&id, refusals),
            Err(SelectionError::AlreadyQuoted)
        );
        assert_eq!(
            draft.add_passage_from_selection("nope", pak),
            Err(SelectionError::NoEvent("nope".into()))
        );
    }

    #[test]
    fn a_missing_passage_is_mended_by_selecting_its_words_again() {
        let mut draft = korea_draft();
        let id = draft
            .add_event_from_selection(selecting(&draft, 0, "Kim as the leader"))
            .unwrap();
        draft.event_mut(&id).unwrap().passages[0].state = PassageState::Missing;
        let again = selecting(
            &draft,
            0,
            "USSR supported Kim as the leader of northern part",
        );
        draft.replace_passage_from_selection(&id, 0, again).unwrap();
        let passage = &draft.event(&id).unwrap().passages[0];
        assert_eq!(passage.state, PassageState::Found);
        assert_eq!(
            passage.quote,
            "USSR supported Kim as the leader of northern part"
        );
        assert_eq!(
            draft.replace_passage_from_selection(&id, 1, again),
            Err(SelectionError::NoPassage(1))
        );
    }

    #[test]
    fn an_inferred_date_rests_on_selected_words() {
        let mut draft = korea_draft();
        let id = draft
            .add_event_from_selection(selecting(&draft, 1, "Stalin thought"))
            .unwrap();
        let words = selecting(&draft, 1, " over the course of 1949");
        draft.set_rests_on_from_selection(&id, words).unwrap();
        assert_eq!(
            draft.event(&id).unwrap().basis.rests_on.as_deref(),
            Some("over the course of 1949")
        );
    }
}
