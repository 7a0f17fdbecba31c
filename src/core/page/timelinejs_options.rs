//! TimelineJS's URL options, so an existing share link or embed carries over by swapping the
//! host: `source` (our `src`), `start_at_slide`, `start_at_end`, and the `#event-<id>` links
//! that `hash_bookmark` writes. `lang` (`en` or `ko`) picks the page before the app starts
//! (index.html's first script). TimelineJS's other options (`initial_zoom`,
//! `timenav_position`, `height`, …) are accepted and ignored: the strip fits the timeline,
//! sits above the panel, and an embed sizes itself.

use percent_encoding::percent_decode_str;

/// Which event a TimelineJS link starts on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartAt {
    /// `start_at_slide=N`: TimelineJS's slide N, where slide 0 is the title and slide 1 the
    /// first event in date order.
    Slide(usize),
    /// `start_at_end=true`: the last event.
    End,
}

impl StartAt {
    /// Reads `start_at_end` (which wins, as in TimelineJS) and `start_at_slide`.
    pub fn read(get: &impl Fn(&str) -> Option<String>) -> Option<StartAt> {
        if get("start_at_end").is_some_and(|v| v == "true" || v == "1") {
            return Some(StartAt::End);
        }
        get("start_at_slide")
            .and_then(|n| n.trim().parse::<usize>().ok())
            .map(StartAt::Slide)
    }

    /// The index of the event to open among `events` in date order; none for the title slide
    /// or a slide past the end.
    pub fn event_index(self, events: usize) -> Option<usize> {
        match self {
            StartAt::End => events.checked_sub(1),
            StartAt::Slide(n) => n.checked_sub(1).filter(|i| *i < events),
        }
    }
}

/// The event id in a TimelineJS bookmark, `#event-<id>`.
pub fn event_from_hash(hash: &str) -> Option<String> {
    let id = hash
        .strip_prefix('#')
        .unwrap_or(hash)
        .strip_prefix("event-")?;
    let id = percent_decode_str(id).decode_utf8().ok()?;
    (!id.is_empty()).then(|| id.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |key| {
            pairs
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn slides_count_the_title_as_slide_zero() {
        let at = |pairs| StartAt::read(&get(pairs)).and_then(|s| s.event_index(11));
        assert_eq!(at(&[("start_at_slide", "1")]), Some(0));
        assert_eq!(at(&[("start_at_slide", "11")]), Some(10));
        assert_eq!(
            at(&[("start_at_slide", "0")]),
            None,
            "the title slide opens no event"
        );
        assert_eq!(at(&[("start_at_slide", "12")]), None, "past the end");
        assert_eq!(at(&[("start_at_slide", "two")]), None);
        assert_eq!(at(&[("start_at_end", "true")]), Some(10));
        assert_eq!(
            at(&[("start_at_end", "true"), ("start_at_slide", "2")]),
            Some(10)
        );
        assert_eq!(at(&[("start_at_end", "false")]), None);
        assert_eq!(StartAt::End.event_index(0), None);
    }

    #[test]
    fn bookmarks_name_an_event() {
        assert_eq!(
            event_from_hash("#event-acheson-speech").as_deref(),
            Some("acheson-speech")
        );
        assert_eq!(event_from_hash("#event-%EA%B9%80").as_deref(), Some("김"));
        assert_eq!(event_from_hash("#event-"), None);
        assert_eq!(event_from_hash("#main-content"), None);
        assert_eq!(event_from_hash(""), None);
    }
}
