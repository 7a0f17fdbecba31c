//! The rows of the result list: each matching event's headline with the matched words marked
//! and, when a word matched elsewhere (its text, a quote, an actor), the words around it.

use std::ops::Range;

use super::fold::fold_mapped;
use super::index::searched_texts;
use crate::core::model::timeline::Timeline;
use crate::locale::search;

/// A stretch of text, and whether a search word matched it.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    pub text: String,
    pub matched: bool,
}

/// One row of results.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub event: usize,
    pub headline: Vec<Piece>,
    /// The words around the first match outside the headline, when a word matched only there.
    pub context: Option<Vec<Piece>>,
}

/// How many rows the list shows: more matches are counted, and the strip marks them all.
pub const SHOWN_HITS: usize = 50;

/// Characters of context on each side of a match outside the headline.
const CONTEXT_CHARS: usize = 50;

/// The rows for the first `SHOWN_HITS` events `matching` marks.
pub fn hits(
    timeline: &Timeline,
    matching: &[bool],
    terms: &[String],
    prepare: &impl Fn(&str) -> String,
) -> Vec<Hit> {
    let rows = matching.iter().enumerate().filter(|(_, m)| **m);
    rows.take(SHOWN_HITS)
        .map(|(event, _)| {
            let texts = searched_texts(timeline, &timeline.events[event]);
            let in_headline = matched_ranges(&texts[0], terms, prepare);
            let context = texts[1..]
                .iter()
                .find_map(|text| {
                    let ranges = matched_ranges(text, terms, prepare);
                    let first = ranges.first()?.clone();
                    Some(pieces(text, &ranges, around(text, first)))
                })
                .filter(|_| !every_term_in(&texts[0], terms, prepare));
            Hit {
                event,
                headline: pieces(&texts[0], &in_headline, 0..texts[0].len()),
                context,
            }
        })
        .collect()
}

/// What the status line says of `count` matching events, or nothing without a search.
pub fn match_count_message(count: usize, searching: bool) -> String {
    match (searching, count) {
        (false, _) => String::new(),
        (true, 0) => search::no_match().to_string(),
        (true, 1) => search::one_match().to_string(),
        (true, n) if n > SHOWN_HITS => search::some_listed(n, SHOWN_HITS),
        (true, n) => search::matches(n),
    }
}

fn every_term_in(text: &str, terms: &[String], prepare: &impl Fn(&str) -> String) -> bool {
    let (folded, _) = fold_mapped(text, prepare);
    terms.iter().all(|t| folded.contains(t.as_str()))
}

/// Where `terms` occur in `text` as written, in order, overlaps merged.
fn matched_ranges(
    text: &str,
    terms: &[String],
    prepare: &impl Fn(&str) -> String,
) -> Vec<Range<usize>> {
    let (folded, origins) = fold_mapped(text, prepare);
    let mut ranges: Vec<Range<usize>> = terms
        .iter()
        .filter(|t| !t.is_empty())
        .flat_map(|term| {
            let origins = &origins;
            folded
                .match_indices(term.as_str())
                .map(move |(at, _)| origins[at].start..origins[at + term.len() - 1].end)
        })
        .collect();
    ranges.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

/// About `CONTEXT_CHARS` characters each side of `matched`, within `text`.
fn around(text: &str, matched: Range<usize>) -> Range<usize> {
    let start = text[..matched.start]
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(0, |(at, _)| at);
    let end = text[matched.end..]
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(text.len(), |(at, _)| matched.end + at);
    start..end
}

/// `text[shown]` in pieces, `matched` ranges marked; "…" where it is cut.
fn pieces(text: &str, matched: &[Range<usize>], shown: Range<usize>) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut push = |text: String, matched: bool| {
        if !text.is_empty() {
            out.push(Piece { text, matched });
        }
    };
    let mut at = shown.start;
    if at > 0 {
        push("…".to_string(), false);
    }
    for range in matched {
        let (start, end) = (range.start.max(at), range.end.min(shown.end));
        if start >= end {
            continue;
        }
        push(text[at..start].to_string(), false);
        push(text[start..end].to_string(), true);
        at = end;
    }
    push(text[at..shown.end].to_string(), false);
    if shown.end < text.len() {
        push("…".to_string(), false);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::search::fold::tests::prepare;
    use crate::core::search::index::{query_terms, SearchIndex};
    use crate::core::test_support::korea;

    fn marked_words(pieces: &[Piece]) -> Vec<&str> {
        pieces
            .iter()
            .filter(|p| p.matched)
            .map(|p| p.text.as_str())
            .collect()
    }

    fn search(query: &str) -> (Timeline, Vec<Hit>) {
        let timeline = korea();
        let terms = query_terms(query, &prepare);
        let matching = SearchIndex::new(&timeline, &prepare).matching(&terms);
        let hits = hits(&timeline, &matching, &terms, &prepare);
        (timeline, hits)
    }

    #[test]
    fn headlines_mark_the_words_as_written() {
        let (timeline, hits) = search("acheson");
        assert_eq!(hits.len(), 1);
        let headline: String = hits[0].headline.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(headline, timeline.events[hits[0].event].headline);
        assert_eq!(marked_words(&hits[0].headline), ["Acheson"]);
        assert_eq!(hits[0].context, None);
    }

    #[test]
    fn a_match_outside_the_headline_shows_its_words_around_it() {
        let (_, hits) = search("persuade stalin");
        assert_eq!(hits.len(), 1);
        let context = hits[0].context.as_ref().expect("the quote's words");
        let text: String = context.iter().map(|p| p.text.as_str()).collect();
        assert!(
            text.contains("Kim used this speech to persuade Stalin."),
            "{text}"
        );
        assert_eq!(marked_words(context), ["persuade", "Stalin"]);
        // The headline holds every word: no context is needed.
        let (_, hits) = search("render assistance");
        assert_eq!(hits[0].context, None);
    }

    #[test]
    fn accented_text_is_marked_whole() {
        let text = "Pyŏngyang and Pyongyang";
        let terms = query_terms("PYONG", &prepare);
        let ranges = matched_ranges(text, &terms, &prepare);
        let marked: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(marked, ["Pyŏng", "Pyong"]);
        let cut = pieces(text, &ranges, 4..text.len());
        assert_eq!(cut[0].text, "…");
    }

    #[test]
    fn the_count_is_said_in_words() {
        assert_eq!(match_count_message(0, false), "");
        assert_eq!(match_count_message(0, true), "No event matches.");
        assert_eq!(match_count_message(1, true), "1 event matches.");
        assert_eq!(match_count_message(12, true), "12 events match.");
        assert_eq!(
            match_count_message(9000, true),
            "9000 events match; the first 50 are listed."
        );
    }
}
