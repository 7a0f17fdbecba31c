//! Every event's words, folded once, and the events a query finds. A query's words must all
//! appear (in any order, anywhere in the event: headline, text, quotes, actors), each as the
//! start of a word or inside one, as a reader typing part of a name expects.

use super::fold::fold;
use crate::core::model::timeline::{Event, Timeline};

/// The folded words of each event, in reading order.
pub struct SearchIndex {
    events: Vec<String>,
}

/// The texts of `event` that search reads, as written: headline, text, quotes, actors' names.
pub fn searched_texts(timeline: &Timeline, event: &Event) -> Vec<String> {
    let mut texts = vec![event.headline.clone()];
    texts.extend(event.html.as_ref().map(|html| html.plain_text()));
    texts.extend(event.passages.iter().map(|p| p.quote.clone()));
    texts.extend(
        event
            .actors
            .iter()
            .map(|id| timeline.actor_name(id).to_string()),
    );
    texts
}

impl SearchIndex {
    pub fn new(timeline: &Timeline, prepare: &impl Fn(&str) -> String) -> SearchIndex {
        let events = timeline
            .events
            .iter()
            .map(|event| fold(&searched_texts(timeline, event).join("\n"), prepare))
            .collect();
        SearchIndex { events }
    }

    /// Whether each event holds every one of `terms` (see `query_terms`).
    pub fn matching(&self, terms: &[String]) -> Vec<bool> {
        self.events
            .iter()
            .map(|text| terms.iter().all(|term| text.contains(term.as_str())))
            .collect()
    }
}

/// The words of a query, folded, each once; none for a blank query.
pub fn query_terms(query: &str, prepare: &impl Fn(&str) -> String) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    for term in fold(query, prepare).split_whitespace() {
        if !terms.iter().any(|t| t == term) {
            terms.push(term.to_string());
        }
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::search::fold::tests::prepare;
    use crate::core::test_support::korea;

    fn found(query: &str) -> Vec<String> {
        let timeline = korea();
        let index = SearchIndex::new(&timeline, &prepare);
        let matching = index.matching(&query_terms(query, &prepare));
        timeline
            .events
            .iter()
            .zip(matching)
            .filter(|(_, m)| *m)
            .map(|(e, _)| e.id.clone())
            .collect()
    }

    #[test]
    fn finds_headlines_quotes_and_actors_whatever_the_case() {
        assert_eq!(found("ACHESON"), ["acheson-speech"]);
        assert_eq!(found("render this assistance"), ["assistance-message"]);
        // A quote's words, in the essay's own spelling.
        assert!(!found("kim ii sung").is_empty());
        // Every word must appear, in any order.
        assert_eq!(found("assistance stalin"), found("stalin assistance"));
        assert!(found("acheson atomic").is_empty());
    }

    #[test]
    fn curly_and_straight_quotes_find_each_other() {
        let timeline = korea();
        let curly = timeline
            .events
            .iter()
            .find(|e| e.headline.contains('’'))
            .expect("a headline with an apostrophe");
        let word = curly
            .headline
            .split_whitespace()
            .find(|w| w.contains('’'))
            .expect("word");
        assert!(found(&word.replace('’', "'")).contains(&curly.id));
    }

    #[test]
    fn a_blank_query_has_no_terms_and_repeats_count_once() {
        assert!(query_terms("   ", &prepare).is_empty());
        assert_eq!(query_terms("Kim kim KIM Il", &prepare), ["kim", "il"]);
    }
}
