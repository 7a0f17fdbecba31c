//! Knight Lab TimelineJS files (the JSON that TimelineJS itself reads), imported into this
//! app's model so any timeline TimelineJS shows is shown here too. Such a file has no essay,
//! so its events carry their own text instead of quoted passages. What TimelineJS tolerates
//! (a slide without a headline, a repeated id, a day that does not exist) is read with a
//! warning; what TimelineJS refuses (a slide without a start date, a year in words) is
//! refused here too. `docs/format.md` lists the mapping and each decision.

use serde::Deserialize;

use crate::core::import::loose_text::loose_text;
use crate::core::import::slide_date::{slide_date, SlideDate};
use crate::core::import::slide_html::{nonblank, plain_text, rich_text};
use crate::core::import::slide_ids::{claim, slug, SlideIds};
use crate::core::import::slide_media::{Media, MediaLines};
use crate::core::import::slide_name::{era_label, event_name, title_name, SlideWords};
use crate::core::load::problem::Problem;
use crate::core::load::validate::date_in_words;
use crate::core::model::dating::Dating;
use crate::core::model::event_date::{DateSpan, EventDate};
use crate::core::model::timeline::{Actor, Era, Event, Source, Timeline, FORMAT_VERSION};
use crate::core::text::rich_text::RichText;
use crate::locale::import as words;

/// A TimelineJS file, as far as this app reads it. Every other field (`scale`, backgrounds,
/// `autolink`, thumbnails, times of day) is ignored, as TimelineJS ignores fields it does not
/// know.
#[derive(Deserialize)]
pub struct TimelineJsFile {
    pub(crate) title: Option<Slide>,
    pub(crate) events: Vec<Slide>,
    pub(crate) eras: Option<Vec<Slide>>,
}

/// Fields visible to the crate so the CSV reader builds the same slides from a sheet's rows.
#[derive(Deserialize)]
pub(crate) struct Slide {
    pub(crate) start_date: Option<SlideDate>,
    pub(crate) end_date: Option<SlideDate>,
    pub(crate) text: Option<SlideText>,
    pub(crate) media: Option<Media>,
    #[serde(default, deserialize_with = "loose_text")]
    pub(crate) group: Option<String>,
    #[serde(default, deserialize_with = "loose_text")]
    pub(crate) display_date: Option<String>,
    #[serde(default, deserialize_with = "loose_text")]
    pub(crate) unique_id: Option<String>,
}

#[derive(Deserialize)]
pub(crate) struct SlideText {
    #[serde(default, deserialize_with = "loose_text")]
    pub(crate) headline: Option<String>,
    #[serde(default, deserialize_with = "loose_text")]
    pub(crate) text: Option<String>,
}

/// A TimelineJS file as a timeline, with warnings about what it lacks; or every problem that
/// keeps it from being one. Problems name paths in the TimelineJS file.
pub fn import(file: &TimelineJsFile) -> Result<(Timeline, Vec<Problem>), Vec<Problem>> {
    let mut problems = Vec::new();
    let (title, intro_html) = title(file.title.as_ref(), &mut problems);
    let mut ids = SlideIds::new(file.events.iter().map(|s| nonblank(&s.unique_id)));
    let mut actors: Vec<Actor> = Vec::new();
    let events: Vec<Event> = (file.events.iter().enumerate())
        .filter_map(|(i, slide)| event(slide, i, &mut ids, &mut actors, &mut problems))
        .collect();
    let eras: Vec<Era> = (file.eras.iter().flatten().enumerate())
        .filter_map(|(i, slide)| era(slide, i, &mut problems))
        .collect();
    if problems.iter().any(Problem::is_error) {
        return Err(problems);
    }
    let timeline = Timeline {
        format: FORMAT_VERSION.to_string(),
        title,
        subtitle: None,
        // TimelineJS's files do not say; its `language` option is the interface's.
        language: None,
        intro_html,
        source: Source {
            description: words::source_description().to_string(),
            note: Some(words::source_note().to_string()),
        },
        range: None,
        essay: None,
        bibliography: Vec::new(),
        works: Default::default(),
        footnotes: Vec::new(),
        actors,
        eras,
        events,
        evidence: Vec::new(),
    };
    Ok((timeline, problems))
}

/// Where a path into an imported timeline (as `validate` reports it) lies in the TimelineJS
/// file, so the author is sent to the field they wrote.
pub fn file_path(model_path: &str) -> String {
    let Some((item, field)) = model_path.split_once('.') else {
        return model_path.to_string();
    };
    let field = match field {
        "id" => "unique_id",
        "headline" | "label" => "text.headline",
        "date" => "start_date",
        "end" => "end_date",
        other => other,
    };
    format!("{item}.{field}")
}

/// The timeline's title and introduction, from the title slide.
fn title(slide: Option<&Slide>, problems: &mut Vec<Problem>) -> (String, Option<RichText>) {
    let text = slide.and_then(|s| s.text.as_ref());
    let intro =
        text.and_then(|t| Some(rich_text(&nonblank(&t.text)?, "title.text.text", problems)));
    let headline = text.and_then(|t| plain_text(&t.headline, "title.text.headline", problems));
    // The title slide's media is not shown; its words are read only to name the timeline.
    let media = slide
        .and_then(|s| s.media.as_ref())
        .filter(|_| headline.is_none() && intro.as_ref().is_none_or(|i| i.plain_text().is_empty()));
    let mut media_words = |field: &str, html: Option<&Option<String>>| {
        plain_text(html?, &format!("title.media.{field}"), problems)
    };
    let words = SlideWords {
        text: intro.as_ref().map(RichText::plain_text),
        caption: media_words("caption", media.map(|m| &m.caption)),
        credit: media_words("credit", media.map(|m| &m.credit)),
    };
    (title_name(headline, &words, problems), intro)
}

fn event(
    slide: &Slide,
    i: usize,
    ids: &mut SlideIds,
    actors: &mut Vec<Actor>,
    problems: &mut Vec<Problem>,
) -> Option<Event> {
    let at = |field: &str| format!("events[{i}].{field}");
    let (date, end) = span(slide, &at, Kind::Event, problems)?;
    let end = end.filter(|end| {
        let in_order = end.first_day() >= date.first_day();
        if !in_order {
            problems.push(Problem::warning(
                at("end_date"),
                words::slide_ends_before(date_in_words(*end), date_in_words(date)),
            ));
        }
        in_order
    });
    let display_date = display_date(slide, date, end, &at, problems);
    let text = slide.text.as_ref();
    let html = text.and_then(|t| Some(rich_text(&nonblank(&t.text)?, &at("text.text"), problems)));
    let media = MediaLines::read(slide.media.as_ref(), &at("media"), problems);
    let headline = text.and_then(|t| plain_text(&t.headline, &at("text.headline"), problems));
    let words = SlideWords {
        text: html.as_ref().map(RichText::plain_text),
        caption: media.caption.as_ref().map(RichText::plain_text),
        credit: media.credit.as_ref().map(RichText::plain_text),
    };
    let date_label = display_date
        .clone()
        .unwrap_or_else(|| DateSpan::plain(date, end).describe());
    let headline = event_name(headline, &words, date_label, &at("text.headline"), problems);
    let id = ids.id(
        i,
        nonblank(&slide.unique_id),
        &headline,
        &at("unique_id"),
        problems,
    );
    let actor = plain_text(&slide.group, &at("group"), problems).map(|g| actor_id(g, actors));
    let picture = media.picture.clone();
    Some(Event {
        id,
        headline,
        date: date.into(),
        end: end.map(Dating::from),
        display_date,
        basis: None,
        actors: actor.into_iter().collect(),
        passages: Vec::new(),
        footnotes: Vec::new(),
        notes: Vec::new(),
        html,
        sources: media.into_sources(),
        picture,
    })
}

/// The id of the actor a group names, added to `actors` the first time it is named.
fn actor_id(group: String, actors: &mut Vec<Actor>) -> String {
    if let Some(actor) = actors.iter().find(|a| a.name == group) {
        return actor.id.clone();
    }
    let mut taken = actors.iter().map(|a| a.id.clone()).collect();
    let base = Some(slug(&group))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "group".to_string());
    let id = claim(&mut taken, base);
    actors.push(Actor {
        id: id.clone(),
        name: group,
    });
    id
}

/// An era, or `None` when it cannot be read (errors) or cannot be drawn (a warning). Leaving
/// one out shifts the later eras' places in the model, which is safe because every check
/// `validate` makes of an era (a label, an end not before the start) is settled here first.
fn era(slide: &Slide, i: usize, problems: &mut Vec<Problem>) -> Option<Era> {
    let at = |field: &str| format!("eras[{i}].{field}");
    let (date, end) = span(slide, &at, Kind::Era, problems)?;
    // TimelineJS refuses an era without an end ("All eras must have start and end dates").
    let Some(end) = end else {
        problems.push(Problem::error(at("end_date"), words::era_needs_end()));
        return None;
    };
    if end.first_day() < date.first_day() {
        problems.push(Problem::warning(
            at("end_date"),
            words::era_ends_before(date_in_words(end), date_in_words(date)),
        ));
        return None;
    }
    let headline = slide.text.as_ref();
    let headline = headline.and_then(|t| plain_text(&t.headline, &at("text.headline"), problems));
    let span = DateSpan::plain(date, Some(end));
    Some(Era {
        label: era_label(headline, span, &at("text.headline"), problems),
        date,
        end,
    })
}

/// What a slide of `events` or `eras` is to the reader, for the rules that differ.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Event,
    Era,
}

/// The slide's start and its end, if it has one; `None` after pushing the errors that keep
/// either from being read. An end left blank is no end. An end without a year, which
/// TimelineJS's sheet reader drops, is dropped with a warning; an era's is an error, as an era
/// needs an end.
fn span(
    slide: &Slide,
    at: &dyn Fn(&str) -> String,
    kind: Kind,
    problems: &mut Vec<Problem>,
) -> Option<(EventDate, Option<EventDate>)> {
    let is_era = kind == Kind::Era;
    let what = if is_era {
        words::an_era()
    } else {
        words::an_event()
    };
    let start = match &slide.start_date {
        Some(date) => slide_date(date, &at("start_date"), problems),
        None => Err(Problem::error(at("start_date"), no_start_date(slide, what))),
    };
    let end = match &slide.end_date {
        Some(date) if date.is_blank() && !is_era => Ok(None),
        Some(date) if date.has_no_year() && !is_era => {
            problems.push(Problem::warning(
                at("end_date.year"),
                words::end_needs_year(),
            ));
            Ok(None)
        }
        Some(date) => slide_date(date, &at("end_date"), problems).map(Some),
        None => Ok(None),
    };
    match (start, end) {
        (Ok(start), Ok(end)) => Some((start, end)),
        (start, end) => {
            problems.extend(start.err().into_iter().chain(end.err()));
            None
        }
    }
}

/// Why a slide without a `start_date` is refused: TimelineJS refuses it too.
fn no_start_date(slide: &Slide, what: &str) -> String {
    if nonblank(&slide.display_date).is_some() {
        words::needs_start_worded(what)
    } else {
        words::needs_start(what)
    }
}

/// The slide's own wording of its date: the slide's `display_date`, or the dates' own, with
/// the computed description standing in for an end (or start) that has none.
fn display_date(
    slide: &Slide,
    date: EventDate,
    end: Option<EventDate>,
    at: &dyn Fn(&str) -> String,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    if let Some(shown) = plain_text(&slide.display_date, &at("display_date"), problems) {
        return Some(shown);
    }
    let mut own = |d: &Option<SlideDate>, field: &str| {
        let path = at(&format!("{field}.display_date"));
        d.as_ref()
            .and_then(|d| plain_text(&d.display_date, &path, problems))
    };
    let start_own = own(&slide.start_date, "start_date");
    let end_own = end.and_then(|_| own(&slide.end_date, "end_date"));
    if start_own.is_none() && end_own.is_none() {
        return None;
    }
    let start = start_own.unwrap_or_else(|| date.describe());
    Some(match end {
        None => start,
        Some(end) => format!("{start} – {}", end_own.unwrap_or_else(|| end.describe())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_paths_map_to_the_fields_authors_wrote() {
        assert_eq!(file_path("events[2].id"), "events[2].unique_id");
        assert_eq!(file_path("events[2].headline"), "events[2].text.headline");
        assert_eq!(file_path("events[2].end"), "events[2].end_date");
        assert_eq!(file_path("eras[0].label"), "eras[0].text.headline");
        assert_eq!(file_path("eras[0].date"), "eras[0].start_date");
        assert_eq!(file_path("events"), "events");
    }
}
