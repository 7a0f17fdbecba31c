//! Pasting an essay and its bibliography into a draft, and which footnote markers of the
//! essay have an entry.
//!
//! Pasted text is split into paragraphs at blank lines: any run of lines that are empty or
//! only white space (a no-break space counts). Line ends are normalised first (CRLF and a
//! lone CR are LF; U+2029 ends a paragraph and U+2028 a line). A single line break inside a
//! paragraph becomes one space, with the white space around it: the reader shows paragraphs
//! as flowing text, where a line break reads as a space anyway, and text copied from a PDF
//! breaks lines where the page was full, not where the author did. Everything else is kept
//! exactly, footnote markers such as `[4]` where they stand, so quotes stay verbatim.

use crate::core::author::draft::{Draft, DraftEntry};
use crate::core::author::reanchor::PassageChange;
use crate::core::model::timeline::{Footnote, Mapping, Paragraph};
use crate::core::text::footnote_marker::find_markers;

/// `text` with every line break as `\n` and a paragraph separator as a blank line.
fn normalise_breaks(text: &str) -> String {
    text.strip_prefix('\u{feff}')
        .unwrap_or(text)
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\u{2029}', "\n\n")
        .replace('\u{2028}', "\n")
}

/// The paragraphs of pasted text (see the module's comment for the rules).
pub fn split_paragraphs(text: &str) -> Vec<String> {
    let normalised = normalise_breaks(text);
    let mut paragraphs = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for line in normalised.split('\n').chain([""]) {
        if line.trim().is_empty() {
            if !lines.is_empty() {
                paragraphs.push(lines.join(" "));
                lines.clear();
            }
        } else {
            lines.push(line.trim());
        }
    }
    paragraphs
}

/// One entry of a pasted bibliography: its number in the list, if the list numbers it, and
/// its text without that number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PastedEntry {
    pub marker: Option<u32>,
    pub text: String,
}

/// A list number opening a line, `[4]`, `4.` or `4)`, and the text after it. `4.` and `4)`
/// take at most three digits, so an entry that opens with a year ("1995. Title") is not
/// taken for entry 1995.
fn list_number(line: &str) -> Option<(u32, &str)> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let (number, after, most) = match line.strip_prefix('[') {
        Some(rest) => {
            let n = digits(rest);
            (&rest[..n], rest[n..].strip_prefix(']')?, 4)
        }
        None => {
            let n = digits(line);
            let after = line[n..].strip_prefix(['.', ')'])?;
            if !after.starts_with(char::is_whitespace) {
                return None;
            }
            (&line[..n], after, 3)
        }
    };
    if number.is_empty() || number.len() > most {
        return None;
    }
    Some((number.parse().ok()?, after.trim_start()))
}

/// The entries of a pasted bibliography. Each line is an entry; in a numbered list, a line
/// without a number carries on the entry above it (a wrapped line).
pub fn split_bibliography(text: &str) -> Vec<PastedEntry> {
    let normalised = normalise_breaks(text);
    let lines: Vec<&str> = normalised
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let numbered = lines.iter().any(|l| list_number(l).is_some());
    let mut entries: Vec<PastedEntry> = Vec::new();
    for line in lines {
        match (list_number(line), entries.last_mut()) {
            (Some((marker, rest)), _) => entries.push(PastedEntry {
                marker: Some(marker),
                text: rest.to_string(),
            }),
            (None, Some(last)) if numbered && last.marker.is_some() => {
                last.text.push(' ');
                last.text.push_str(line);
            }
            (None, _) => entries.push(PastedEntry {
                marker: None,
                text: line.to_string(),
            }),
        }
    }
    entries
}

/// A footnote marker of the essay and what is known of its entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkerReport {
    pub marker: u32,
    /// The paragraph where the marker first appears.
    pub paragraph: usize,
    pub entry: MarkerEntry,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarkerEntry {
    Paired {
        entry_id: String,
        mapping: Option<Mapping>,
    },
    /// The author has recorded that the source lists no entry for it.
    NoneInSource,
    /// Nothing is recorded yet: the timeline cannot be exported until it is.
    Unpaired,
}

impl Draft {
    /// Replaces the essay with pasted text, its paragraphs numbered `p1`, `p2`, … as pasted,
    /// and looks for every passage's words in it again. Pasting a corrected essay over the
    /// old one keeps the events: their quotes stay, follow or are flagged.
    pub fn paste_essay(&mut self, text: &str) -> Vec<PassageChange> {
        self.paragraphs = split_paragraphs(text)
            .into_iter()
            .enumerate()
            .map(|(i, text)| Paragraph {
                id: format!("p{}", i + 1),
                text,
            })
            .collect();
        self.reanchor()
    }

    /// Adds the entries of a pasted bibliography; returns their ids. A numbered entry is
    /// paired with the marker of its number, as the source itself pairs them (an original
    /// mapping), unless the author has already said what that marker's entry is.
    pub fn paste_bibliography(&mut self, text: &str) -> Vec<String> {
        let mut ids = Vec::new();
        for pasted in split_bibliography(text) {
            let id = self.add_entry(&pasted.text);
            if let Some(marker) = pasted.marker.filter(|&m| self.footnote(m).is_none()) {
                self.set_footnote(Footnote {
                    marker,
                    entry: Some(id.clone()),
                    mapping: Some(Mapping::Original),
                    certainty: None,
                    note: None,
                });
            }
            ids.push(id);
        }
        ids
    }

    /// Every footnote marker in the essay, once each, in the order they first appear, with
    /// its entry or why it has none.
    pub fn marker_report(&self) -> Vec<MarkerReport> {
        let mut report: Vec<MarkerReport> = Vec::new();
        for (index, paragraph) in self.paragraphs.iter().enumerate() {
            for marker in find_markers(&paragraph.text) {
                if report.iter().any(|r| r.marker == marker.number) {
                    continue;
                }
                let footnote = self.footnote(marker.number);
                let entry = match footnote.and_then(|f| f.entry.as_deref()) {
                    Some(id) if self.entry(id).is_some() => MarkerEntry::Paired {
                        entry_id: id.to_string(),
                        mapping: footnote.and_then(|f| f.mapping),
                    },
                    None if footnote.is_some() => MarkerEntry::NoneInSource,
                    _ => MarkerEntry::Unpaired,
                };
                report.push(MarkerReport {
                    marker: marker.number,
                    paragraph: index,
                    entry,
                });
            }
        }
        report
    }

    /// Entries no footnote names yet, in bibliography order: what is left to pair.
    pub fn unpaired_entries(&self) -> Vec<&DraftEntry> {
        self.bibliography
            .iter()
            .filter(|e| {
                !self
                    .footnotes
                    .iter()
                    .any(|f| f.entry.as_deref() == Some(&e.id))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::author::draft::{DraftEvent, DraftPassage, PassageState};

    #[test]
    fn splits_at_blank_and_white_space_lines_with_any_line_ends() {
        let pasted = "\u{feff}First line\r\nof one.[1]\r\n\r\nSecond.\r \t \rThird\u{a0}[2]\n\u{a0}\n\n\nFourth\u{2029}Fifth";
        assert_eq!(
            split_paragraphs(pasted),
            vec![
                "First line of one.[1]",
                "Second.",
                "Third\u{a0}[2]",
                "Fourth",
                "Fifth"
            ]
        );
        assert!(split_paragraphs(" \n\t\r\n").is_empty());
    }

    #[test]
    fn a_line_break_inside_a_paragraph_is_one_space_and_the_rest_is_kept_exactly() {
        let pasted = "    Stalin  said,\n   “Strike them.”[5]  \nKim [he]\u{2028}wrote";
        assert_eq!(
            split_paragraphs(pasted),
            vec!["Stalin  said, “Strike them.”[5] Kim [he] wrote"]
        );
    }

    #[test]
    fn pasting_an_essay_numbers_its_paragraphs_and_keeps_the_events_on_their_words() {
        let mut draft = Draft::default();
        draft.paste_essay("One said no.[1]\n\nTwo said yes.[2]");
        assert_eq!(draft.paragraphs[1].id, "p2");
        draft.push_event(DraftEvent {
            passages: vec![DraftPassage {
                paragraph: "p2".into(),
                quote: "Two said yes.".into(),
                state: PassageState::Found,
            }],
            ..DraftEvent::default()
        });
        let changes = draft.paste_essay("Two said yes.[2]\n\nOne said no.[1]\n\nThree.");
        assert_eq!(changes.len(), 1);
        let passage = &draft.events[0].passages[0];
        assert_eq!(passage.paragraph, "p1");
        assert_eq!(passage.state, PassageState::Moved { from: "p2".into() });
        draft.paste_essay("Nothing of it.");
        assert_eq!(draft.events[0].passages[0].state, PassageState::Missing);
    }

    #[test]
    fn reads_list_numbers_and_joins_wrapped_lines_of_a_numbered_list() {
        let pasted = "[1] Lashmar, New Statesman\n2. Goncharov, Uncertain\n   Partners, p.135\n\n3) AVP RF, 01/30/1950\n[10]Bajanov, 1995";
        let entries = split_bibliography(pasted);
        let got: Vec<(Option<u32>, &str)> = entries
            .iter()
            .map(|e| (e.marker, e.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (Some(1), "Lashmar, New Statesman"),
                (Some(2), "Goncharov, Uncertain Partners, p.135"),
                (Some(3), "AVP RF, 01/30/1950"),
                (Some(10), "Bajanov, 1995"),
            ]
        );
    }

    #[test]
    fn an_unnumbered_list_is_one_entry_a_line_and_years_are_not_numbers() {
        let pasted = "Paul Lashmar, New Statesman & Society; 2/2/96\r\n1995. Goncharov, Uncertain Partners\n\n[of] the archive\n";
        let entries = split_bibliography(pasted);
        assert_eq!(entries.len(), 3);
        assert!(entries.iter().all(|e| e.marker.is_none()));
        assert_eq!(entries[1].text, "1995. Goncharov, Uncertain Partners");
        assert_eq!(entries[2].text, "[of] the archive");
    }

    #[test]
    fn a_numbered_entry_is_paired_with_its_marker_unless_the_author_paired_it() {
        let mut draft = Draft::default();
        draft.set_footnote(Footnote {
            marker: 2,
            entry: None,
            mapping: None,
            certainty: None,
            note: Some("Lost.".into()),
        });
        let ids = draft.paste_bibliography("Cumings, Origins\n1. Lashmar\n2. Goncharov");
        assert_eq!(ids, vec!["b1", "b2", "b3"]);
        let one = draft.footnote(1).unwrap();
        assert_eq!(one.entry.as_deref(), Some("b2"));
        assert_eq!(one.mapping, Some(Mapping::Original));
        assert_eq!(
            draft.footnote(2).unwrap().entry,
            None,
            "the author's word stands"
        );
        assert_eq!(draft.entry("b1").unwrap().text, "Cumings, Origins");
        assert_eq!(draft.entry("b3").unwrap().text, "Goncharov");
        let left: Vec<&str> = draft
            .unpaired_entries()
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(left, vec!["b1", "b3"]);
    }

    #[test]
    fn reports_each_marker_once_in_essay_order_with_its_entry_or_its_absence() {
        let mut draft = Draft::default();
        draft.paste_essay("Kim asked.[3] Again.[1]\n\nStalin said no.[2] Then[3] yes.[4]");
        draft.paste_bibliography("[3] Lashmar");
        draft.set_footnote(Footnote {
            marker: 1,
            entry: None,
            mapping: None,
            certainty: None,
            note: None,
        });
        draft.set_footnote(Footnote {
            marker: 4,
            entry: Some("b9".into()),
            mapping: Some(Mapping::Reconstructed),
            certainty: None,
            note: None,
        });
        let report = draft.marker_report();
        let got: Vec<(u32, usize, &MarkerEntry)> = report
            .iter()
            .map(|r| (r.marker, r.paragraph, &r.entry))
            .collect();
        let lashmar = MarkerEntry::Paired {
            entry_id: "b1".into(),
            mapping: Some(Mapping::Original),
        };
        assert_eq!(
            got,
            vec![
                (3, 0, &lashmar),
                (1, 0, &MarkerEntry::NoneInSource),
                (2, 1, &MarkerEntry::Unpaired),
                (4, 1, &MarkerEntry::Unpaired),
            ],
            "[4] names an entry that does not exist"
        );
    }
}
