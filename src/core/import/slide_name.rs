//! The name a slide is shown under. TimelineJS shows a slide without a headline (a picture
//! with its caption, a paragraph of text, a bare date); this app lists, links and announces
//! every event by its name, so such a slide is named from what it has, in this order: the
//! first words of its text, its media caption, its media credit, its date as shown. A warning
//! says which, so a made-up name is never taken for the author's. The title slide and eras are
//! named the same way, from what they have.

use crate::core::load::problem::Problem;
use crate::core::model::event_date::DateSpan;
use crate::locale::import;

/// The title an imported timeline gets when its file has none.
pub const UNTITLED: &str = "Untitled timeline";

/// At most this many words of a text make a name…
const NAME_WORDS: usize = 8;
/// …and at most this many characters.
const NAME_CHARS: usize = 60;

/// A slide's plain words a name may be made from, when it has no headline.
pub(crate) struct SlideWords {
    pub(crate) text: Option<String>,
    pub(crate) caption: Option<String>,
    pub(crate) credit: Option<String>,
}

impl SlideWords {
    /// The first words of the text, caption or credit, whichever comes first, with what they
    /// are for the warning: "the start of {whose} text", "{whose} media caption"…
    fn first(&self, whose: &str) -> Option<(String, String)> {
        [
            (&self.text, import::from_text(whose)),
            (&self.caption, import::from_caption(whose)),
            (&self.credit, import::from_credit(whose)),
        ]
        .into_iter()
        .find_map(|(words, from)| Some((first_words(words.as_deref()?)?, from)))
    }
}

/// An event's name: its headline, or one made from its words or, failing them, its date label.
pub(crate) fn event_name(
    headline: Option<String>,
    words: &SlideWords,
    date_label: String,
    at: &str,
    problems: &mut Vec<Problem>,
) -> String {
    if let Some(headline) = headline {
        return headline;
    }
    let (name, from) = words
        .first(import::its())
        .unwrap_or((date_label, import::from_date().to_string()));
    problems.push(Problem::warning(at, import::named_slide(&name, from)));
    name
}

/// The timeline's title: the title slide's headline, or one made from its words, or
/// [`UNTITLED`]. The warning is at `title`, the slide as a whole.
pub(crate) fn title_name(
    headline: Option<String>,
    words: &SlideWords,
    problems: &mut Vec<Problem>,
) -> String {
    if let Some(headline) = headline {
        return headline;
    }
    let (why, name) = match words.first(import::title_slides()) {
        Some((name, from)) => (import::named_title(&name, from), name),
        None => (import::untitled(UNTITLED), UNTITLED.to_string()),
    };
    problems.push(Problem::warning("title", why));
    name
}

/// An era's label: its headline, or its dates (TimelineJS shows an era's band unlabelled).
pub(crate) fn era_label(
    headline: Option<String>,
    span: DateSpan,
    at: &str,
    problems: &mut Vec<Problem>,
) -> String {
    headline.unwrap_or_else(|| {
        let label = span.describe();
        problems.push(Problem::warning(at, import::named_era(&label)));
        label
    })
}

/// The first words of `text`, cut at a word boundary and marked "…" when cut; a first word
/// too long for a name is cut inside. `None` when `text` has no words.
fn first_words(text: &str) -> Option<String> {
    let mut words = text.split_whitespace();
    let first = words.next()?;
    let mut name: String = first.chars().take(NAME_CHARS).collect();
    let mut cut = name.len() < first.len();
    for (count, word) in (1..).zip(words) {
        if cut
            || count == NAME_WORDS
            || name.chars().count() + 1 + word.chars().count() > NAME_CHARS
        {
            cut = true;
            break;
        }
        name.push(' ');
        name.push_str(word);
    }
    if cut {
        name.truncate(name.trim_end_matches([',', ';', ':', '—', '–', '-']).len());
        name.push('…');
    }
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_the_first_words_cut_at_a_word_boundary() {
        assert_eq!(
            first_words("  Japan   surrenders. ").as_deref(),
            Some("Japan surrenders.")
        );
        assert_eq!(
            first_words("one two three four five six seven eight nine ten").as_deref(),
            Some("one two three four five six seven eight…")
        );
        assert_eq!(
            first_words("Ur, Uruk, Kish, Lagash, Nippur, Eridu, Larsa, Umma, Mari").as_deref(),
            Some("Ur, Uruk, Kish, Lagash, Nippur, Eridu, Larsa, Umma…")
        );
        let long = "Pneumonoultramicroscopicsilicovolcanoconiosis is long, and so is \
                    Supercalifragilisticexpialidocious";
        let name = first_words(long).unwrap();
        assert!(name.chars().count() <= NAME_CHARS + 1, "{name}");
        assert_eq!(
            name,
            "Pneumonoultramicroscopicsilicovolcanoconiosis is long, and…"
        );
        let one_word: String = "한".repeat(70);
        let cut = first_words(&one_word).unwrap();
        assert_eq!(cut.chars().count(), NAME_CHARS + 1);
        assert!(cut.ends_with('…'));
        assert_eq!(first_words(" \n "), None);
    }

    #[test]
    fn names_come_from_text_then_caption_then_credit_then_date() {
        let words = |text: Option<&str>, caption: Option<&str>, credit: Option<&str>| SlideWords {
            text: text.map(str::to_string),
            caption: caption.map(str::to_string),
            credit: credit.map(str::to_string),
        };
        let mut problems = Vec::new();
        let mut name = |w: &SlideWords| {
            event_name(
                None,
                w,
                "1950".into(),
                "events[3].text.headline",
                &mut problems,
            )
        };
        assert_eq!(
            name(&words(Some("Text first"), Some("Caption"), Some("Credit"))),
            "Text first"
        );
        assert_eq!(
            name(&words(None, Some("Caption"), Some("Credit"))),
            "Caption"
        );
        assert_eq!(name(&words(None, None, Some("Credit"))), "Credit");
        assert_eq!(name(&words(None, None, None)), "1950");
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "warning: events[3].text.headline: the slide has no headline, so it is called \
                 “Text first”, after the start of its text",
                "warning: events[3].text.headline: the slide has no headline, so it is called \
                 “Caption”, after its media caption",
                "warning: events[3].text.headline: the slide has no headline, so it is called \
                 “Credit”, after its media credit",
                "warning: events[3].text.headline: the slide has no headline, so it is called \
                 “1950”, after its date",
            ]
        );
        let mut none = Vec::new();
        let kept = event_name(
            Some("Own".into()),
            &words(Some("x"), None, None),
            "1".into(),
            "x",
            &mut none,
        );
        assert_eq!((kept.as_str(), none.len()), ("Own", 0));
    }

    #[test]
    fn a_title_without_words_is_untitled() {
        let mut problems = Vec::new();
        let empty = SlideWords {
            text: None,
            caption: None,
            credit: None,
        };
        assert_eq!(title_name(None, &empty, &mut problems), UNTITLED);
        let captioned = SlideWords {
            text: None,
            caption: Some("Seoul, 1945".into()),
            credit: None,
        };
        assert_eq!(title_name(None, &captioned, &mut problems), "Seoul, 1945");
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                format!("warning: title: the file has no title headline, so the timeline is called “{UNTITLED}”"),
                "warning: title: the file has no title headline, so the timeline is called \
                 “Seoul, 1945”, after the title slide's media caption"
                    .to_string(),
            ]
        );
    }
}
