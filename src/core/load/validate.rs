//! Every check a timeline must pass before it is shown. One list of problems serves the app's
//! error page, the `timeline-check` tool and the tests, each naming its place in the file.

use std::collections::{HashMap, HashSet};

use crate::core::load::evidence_checks::check_evidence;
use crate::core::load::problem::Problem;
use crate::core::model::dating::Dating;
use crate::core::model::event_date::EventDate;
use crate::core::model::language_tag::is_language_tag;
use crate::core::model::local_date_words::date_words;
use crate::core::model::timeline::{
    BasisKind, DateBasis, Event, Mapping, Paragraph, Picture, Timeline, FORMAT_VERSION,
};
use crate::core::text::verbatim::occurs_in;
use crate::locale::checks;

/// A plain date as a message names it, in the page's language.
pub(crate) fn date_in_words(date: EventDate) -> String {
    date_words(&Dating::from(date), None)
}

/// Reports duplicate ids among `ids`, the `i`th at `path(i)`.
fn check_unique<'a>(
    problems: &mut Vec<Problem>,
    what: &str,
    ids: impl ExactSizeIterator<Item = &'a str>,
    path: impl Fn(usize) -> String,
) {
    let mut seen = HashSet::with_capacity(ids.len());
    for (i, id) in ids.enumerate() {
        if id.trim().is_empty() {
            problems.push(Problem::error(path(i), checks::id_empty(what)));
        } else if !seen.insert(id) {
            problems.push(Problem::error(path(i), checks::id_repeated(what, id)));
        }
    }
}

/// Every problem with a parsed timeline, at paths into the timeline model. The essay checks
/// (passages, footnotes) apply when the timeline has an essay; an imported timeline has none.
pub fn validate(timeline: &Timeline) -> Vec<Problem> {
    let mut problems = Vec::new();
    let p = &mut problems;

    if timeline.format != FORMAT_VERSION {
        p.push(Problem::error(
            "format",
            checks::unknown_format(&timeline.format, FORMAT_VERSION),
        ));
    }
    if timeline.title.trim().is_empty() {
        p.push(Problem::error("title", checks::title_empty()));
    }
    if let Some(tag) = timeline.language.as_deref().filter(|t| !is_language_tag(t)) {
        p.push(Problem::warning("language", checks::not_language_tag(tag)));
    }

    let paragraphs = timeline.paragraphs();
    check_unique(
        p,
        checks::of_paragraph(),
        paragraphs.iter().map(|x| x.id.as_str()),
        |i| format!("essay.paragraphs[{i}].id"),
    );
    check_unique(
        p,
        checks::of_entry(),
        timeline.bibliography.iter().map(|x| x.id.as_str()),
        |i| format!("bibliography[{i}].id"),
    );
    check_unique(
        p,
        checks::of_actor(),
        timeline.actors.iter().map(|x| x.id.as_str()),
        |i| format!("actors[{i}].id"),
    );
    check_unique(
        p,
        checks::of_event(),
        timeline.events.iter().map(|x| x.id.as_str()),
        |i| format!("events[{i}].id"),
    );

    let essay_markers: HashSet<u32> = timeline.essay_markers().into_iter().collect();
    check_footnotes(timeline, &essay_markers, p);
    check_evidence(timeline, p);

    for (i, era) in timeline.eras.iter().enumerate() {
        if era.label.trim().is_empty() {
            p.push(Problem::error(
                format!("eras[{i}].label"),
                checks::era_label_empty(),
            ));
        }
        if era.end.first_day() < era.date.first_day() {
            p.push(Problem::error(
                format!("eras[{i}].end"),
                checks::ends_before(date_in_words(era.end), date_in_words(era.date)),
            ));
        }
    }

    if timeline.events.is_empty() {
        p.push(Problem::error("events", checks::no_events()));
    }
    // The first paragraph of each id, as `Timeline::paragraph` finds it, without a search
    // per passage.
    let mut by_id = HashMap::with_capacity(paragraphs.len());
    for para in paragraphs.iter().rev() {
        by_id.insert(para.id.as_str(), para);
    }
    for (i, event) in timeline.events.iter().enumerate() {
        check_event(timeline, i, event, &by_id, &essay_markers, p);
    }
    problems
}

/// An event's `end` follows a single date and does not end before it; both fall in the
/// timeline's years, if it names them.
fn check_event_dates(
    timeline: &Timeline,
    event: &Event,
    at: &dyn Fn(&str) -> String,
    p: &mut Vec<Problem>,
) {
    if let Some(end) = &event.end {
        if !matches!(event.date, Dating::On(_)) || !matches!(end, Dating::On(_)) {
            p.push(Problem::error(at("end"), checks::end_not_single()));
        } else if end.first().first_day() < event.date.first().first_day() {
            p.push(Problem::error(
                at("end"),
                checks::ends_before(date_words(end, None), date_words(&event.date, None)),
            ));
        }
    }
    let Some(range) = timeline.range else {
        return;
    };
    for (field, date) in [("date", Some(&event.date)), ("end", event.end.as_ref())] {
        let Some(date) = date else { continue };
        let years = [date.first().year(), date.last().year()];
        if years.iter().any(|y| *y < range.from || *y > range.to) {
            p.push(Problem::error(
                at(field),
                checks::outside_years(date_words(date, None), range.from, range.to),
            ));
        }
    }
}

fn check_event(
    timeline: &Timeline,
    i: usize,
    event: &Event,
    paragraphs: &HashMap<&str, &Paragraph>,
    essay_markers: &HashSet<u32>,
    p: &mut Vec<Problem>,
) {
    let at = |field: &str| format!("events[{i}].{field}");
    if event.headline.trim().is_empty() {
        p.push(Problem::error(at("headline"), checks::headline_empty()));
    }
    check_event_dates(timeline, event, &at, p);
    if event
        .display_date
        .as_deref()
        .is_some_and(|d| d.trim().is_empty())
    {
        p.push(Problem::error(
            at("display_date"),
            checks::display_date_empty(),
        ));
    }
    if let Some(basis) = &event.basis {
        // The words a date rests on are nearly always in the event's own paragraphs: looked
        // for there first, a large timeline is checked in linear time, not events × essay.
        let own: Vec<&str> = event
            .passages
            .iter()
            .filter_map(|passage| paragraphs.get(passage.paragraph.as_str()))
            .map(|para| para.text.as_str())
            .collect();
        check_basis(timeline, basis, &own, &at("basis"), p);
    } else if timeline.essay.is_some() {
        p.push(Problem::error(at("basis"), checks::needs_basis()));
    }
    for (a, actor) in event.actors.iter().enumerate() {
        if !timeline.actors.iter().any(|x| &x.id == actor) {
            p.push(Problem::error(
                at(&format!("actors[{a}]")),
                checks::no_actor(actor),
            ));
        }
    }
    let has_essay = timeline.essay.is_some();
    if has_essay && event.passages.is_empty() {
        p.push(Problem::error(at("passages"), checks::needs_passage()));
    }
    for (q, passage) in event.passages.iter().enumerate() {
        let path = |field: &str| at(&format!("passages[{q}].{field}"));
        match paragraphs.get(passage.paragraph.as_str()) {
            None => p.push(Problem::error(
                path("paragraph"),
                checks::no_paragraph(&passage.paragraph),
            )),
            Some(_) if passage.quote.trim().is_empty() => {
                p.push(Problem::error(path("quote"), checks::quote_empty()))
            }
            Some(para) if !occurs_in(&para.text, &passage.quote) => p.push(Problem::error(
                path("quote"),
                checks::not_verbatim(&para.id, &passage.quote),
            )),
            Some(_) => {}
        }
    }
    if has_essay && event.footnotes.is_empty() {
        p.push(Problem::error(at("footnotes"), checks::needs_footnote()));
    }
    for (n, &marker) in event.footnotes.iter().enumerate() {
        if !essay_markers.contains(&marker) {
            p.push(Problem::error(
                at(&format!("footnotes[{n}]")),
                checks::footnote_not_in_essay(marker),
            ));
        }
    }
    for (s, source) in event.sources.iter().enumerate() {
        if source.plain_text().is_empty() {
            p.push(Problem::error(
                at(&format!("sources[{s}]")),
                checks::source_empty(),
            ));
        }
    }
    if let Some(picture) = &event.picture {
        check_picture(picture, &at, p);
    }
}

fn check_picture(picture: &Picture, at: &dyn Fn(&str) -> String, p: &mut Vec<Problem>) {
    if !Picture::may_be_at(&picture.url) {
        p.push(Problem::error(
            at("picture.url"),
            checks::picture_url(&picture.url),
        ));
    }
    if picture.alt.as_deref().is_some_and(|a| a.trim().is_empty()) {
        p.push(Problem::error(at("picture.alt"), checks::alt_empty()));
    }
}

/// The quotations (“…”) in `text`.
fn quotations(text: &str) -> impl Iterator<Item = &str> {
    text.split('“')
        .skip(1)
        .filter_map(|rest| rest.split_once('”').map(|(quoted, _)| quoted))
}

/// A date's basis says why, and rests on the essay's own words where it claims to: a date
/// inferred from the essay names the words (verbatim), and a date stated in it quotes them.
/// `own` are the texts of the event's own paragraphs, searched before the rest.
fn check_basis(
    timeline: &Timeline,
    basis: &DateBasis,
    own: &[&str],
    at: &str,
    p: &mut Vec<Problem>,
) {
    let in_essay = |words: &str| {
        !words.trim().is_empty()
            && (own.iter().any(|text| occurs_in(text, words))
                || timeline
                    .paragraphs()
                    .iter()
                    .any(|para| occurs_in(&para.text, words)))
    };
    if basis.reason.trim().is_empty() {
        p.push(Problem::error(
            format!("{at}.reason"),
            checks::reason_empty(),
        ));
    }
    match (&basis.rests_on, basis.kind) {
        (None, BasisKind::Inferred) => p.push(Problem::error(
            format!("{at}.rests_on"),
            checks::inferred_needs_words(),
        )),
        (Some(words), _) if timeline.essay.is_some() && !in_essay(words) => p.push(Problem::error(
            format!("{at}.rests_on"),
            checks::words_not_in_essay(words),
        )),
        (Some(_), BasisKind::CitedDocument | BasisKind::Editorial) => p.push(Problem::warning(
            format!("{at}.rests_on"),
            checks::rests_on_essay_only(),
        )),
        _ => {}
    }
    let quotes_the_essay = quotations(&basis.reason).any(in_essay);
    if basis.kind == BasisKind::Essay && timeline.essay.is_some() && !quotes_the_essay {
        p.push(Problem::warning(
            format!("{at}.reason"),
            checks::stated_quotes_essay(),
        ));
    }
}

fn check_footnotes(timeline: &Timeline, essay_markers: &HashSet<u32>, p: &mut Vec<Problem>) {
    let mut listed = HashSet::new();
    for (i, footnote) in timeline.footnotes.iter().enumerate() {
        let at = |field: &str| format!("footnotes[{i}].{field}");
        if !listed.insert(footnote.marker) {
            p.push(Problem::error(
                at("marker"),
                checks::footnote_listed_twice(footnote.marker),
            ));
        }
        if !essay_markers.contains(&footnote.marker) {
            p.push(Problem::warning(
                at("marker"),
                checks::footnote_not_in_essay(footnote.marker),
            ));
        }
        match &footnote.entry {
            Some(id) if timeline.entry(id).is_none() => {
                p.push(Problem::error(at("entry"), checks::no_entry(id)))
            }
            Some(_) if footnote.mapping.is_none() => {
                p.push(Problem::error(at("mapping"), checks::say_mapping()))
            }
            Some(_)
                if footnote.mapping == Some(Mapping::Reconstructed) && footnote.note.is_none() =>
            {
                p.push(Problem::warning(
                    at("note"),
                    checks::say_why_reconstructed(),
                ))
            }
            _ => {}
        }
        let reconstructed =
            footnote.entry.is_some() && footnote.mapping == Some(Mapping::Reconstructed);
        if reconstructed && footnote.certainty.is_none() {
            p.push(Problem::warning(at("certainty"), checks::say_certainty()));
        } else if !reconstructed && footnote.certainty.is_some() {
            p.push(Problem::warning(
                at("certainty"),
                checks::certainty_unneeded(),
            ));
        }
    }
    let mut missing: Vec<u32> = essay_markers
        .iter()
        .copied()
        .filter(|m| !listed.contains(m))
        .collect();
    missing.sort_unstable();
    for marker in missing {
        p.push(Problem::error(
            "footnotes",
            checks::footnote_not_listed(marker),
        ));
    }
}
