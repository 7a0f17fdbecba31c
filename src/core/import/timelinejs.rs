//! Knight Lab TimelineJS files (the JSON that TimelineJS itself reads), imported into this
//! app's model so any TimelineJS timeline can be shown. Such a file has no essay, so its
//! events carry their own text instead of quoted passages. `docs/format.md` lists the mapping.

use std::collections::HashSet;
use std::fmt;

use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::core::load::problem::Problem;
use crate::core::model::event_date::{days_in_month, month_name, year_label, EventDate, MAX_YEAR};
use crate::core::model::timeline::{Actor, Era, Event, Source, Timeline, FORMAT_VERSION};
use crate::core::text::rich_node::RichNode;
use crate::core::text::rich_text::RichText;

/// The title an imported timeline gets when its file has none.
pub const UNTITLED: &str = "Untitled timeline";

/// A TimelineJS file, as far as this app reads it. Every other field (backgrounds, scale,
/// thumbnails, times of day) is ignored, as TimelineJS itself ignores fields it does not know.
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
    pub(crate) group: Option<String>,
    pub(crate) display_date: Option<String>,
    pub(crate) unique_id: Option<String>,
}

/// Year, month and day may each be a number or a numeric string (spreadsheet exports write
/// strings, and `""` for a part left empty), so they are read loosely and checked here.
#[derive(Deserialize)]
pub(crate) struct SlideDate {
    pub(crate) year: Option<DatePart>,
    pub(crate) month: Option<DatePart>,
    pub(crate) day: Option<DatePart>,
    pub(crate) display_date: Option<String>,
}

/// A year, month or day as the file wrote it. Read by hand rather than as a
/// `serde_json::Value`, whose reader for every kind of JSON was 7 KB of the download.
pub(crate) enum DatePart {
    Whole(i64),
    Fraction(f64),
    Text(String),
    /// `true`, `false`, a list or an object: refused, with its place, when checked.
    Other,
}

impl<'de> Deserialize<'de> for DatePart {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DatePartVisitor)
    }
}

struct DatePartVisitor;

impl<'de> Visitor<'de> for DatePartVisitor {
    type Value = DatePart;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number or a string of digits")
    }

    fn visit_i64<E>(self, n: i64) -> Result<DatePart, E> {
        Ok(DatePart::Whole(n))
    }

    /// Saturates, so a huge year is refused as out of range rather than wrapped.
    fn visit_u64<E>(self, n: u64) -> Result<DatePart, E> {
        Ok(DatePart::Whole(i64::try_from(n).unwrap_or(i64::MAX)))
    }

    fn visit_f64<E>(self, n: f64) -> Result<DatePart, E> {
        Ok(DatePart::Fraction(n))
    }

    fn visit_str<E>(self, text: &str) -> Result<DatePart, E> {
        Ok(DatePart::Text(text.to_string()))
    }

    fn visit_bool<E>(self, _: bool) -> Result<DatePart, E> {
        Ok(DatePart::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<DatePart, A::Error> {
        while items.next_element::<IgnoredAny>()?.is_some() {}
        Ok(DatePart::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<DatePart, A::Error> {
        while entries.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(DatePart::Other)
    }
}

#[derive(Deserialize)]
pub(crate) struct SlideText {
    pub(crate) headline: Option<String>,
    pub(crate) text: Option<String>,
}

#[derive(Deserialize)]
pub(crate) struct Media {
    pub(crate) url: Option<String>,
    pub(crate) caption: Option<String>,
    pub(crate) credit: Option<String>,
}

/// A TimelineJS file as a timeline, with warnings about what it lacks; or every problem that
/// keeps it from being one. Problems name paths in the TimelineJS file.
pub fn import(file: &TimelineJsFile) -> Result<(Timeline, Vec<Problem>), Vec<Problem>> {
    let mut problems = Vec::new();
    let title_text = file.title.as_ref().and_then(|s| s.text.as_ref());
    let title = title_text
        .and_then(|t| plain(&t.headline))
        .unwrap_or_else(|| {
            problems.push(Problem::warning(
                "title",
                format!("the file has no title headline, so the timeline is called “{UNTITLED}”"),
            ));
            UNTITLED.to_string()
        });

    let mut ids: HashSet<String> = file
        .events
        .iter()
        .filter_map(|s| nonblank(&s.unique_id))
        .collect();
    let mut actors: Vec<Actor> = Vec::new();
    let mut events = Vec::new();
    for (i, slide) in file.events.iter().enumerate() {
        match event(slide, i, &mut ids, &mut actors) {
            Ok(event) => events.push(event),
            Err(errors) => problems.extend(errors),
        }
    }
    let mut eras = Vec::new();
    for (i, slide) in file.eras.iter().flatten().enumerate() {
        match era(slide, i) {
            Ok(era) => eras.push(era),
            Err(errors) => problems.extend(errors),
        }
    }
    if problems.iter().any(Problem::is_error) {
        return Err(problems);
    }
    let timeline = Timeline {
        format: FORMAT_VERSION.to_string(),
        title,
        subtitle: None,
        intro_html: title_text
            .and_then(|t| nonblank(&t.text))
            .map(|h| RichText::parse(&h)),
        source: Source {
            description: "A TimelineJS timeline file".to_string(),
            note: Some(
                "Imported from TimelineJS: there is no essay behind these events, so they carry \
                 no quoted passages or citations."
                    .to_string(),
            ),
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

fn event(
    slide: &Slide,
    i: usize,
    ids: &mut HashSet<String>,
    actors: &mut Vec<Actor>,
) -> Result<Event, Vec<Problem>> {
    let at = |field: &str| format!("events[{i}].{field}");
    let (date, end) = dates(slide, &at("start_date"), &at("end_date"), "an event")?;
    let text = slide.text.as_ref();
    let headline = text.and_then(|t| plain(&t.headline)).unwrap_or_default();
    let id = nonblank(&slide.unique_id).unwrap_or_else(|| {
        let base = match slug(&headline) {
            s if s.is_empty() => format!("event-{}", i + 1),
            s => format!("{s}-{}", i + 1),
        };
        claim(ids, base)
    });
    let actor = plain(&slide.group).map(|group| match actors.iter().find(|a| a.name == group) {
        Some(actor) => actor.id.clone(),
        None => {
            let mut taken: HashSet<String> = actors.iter().map(|a| a.id.clone()).collect();
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
    });
    let media = slide.media.as_ref();
    let link = media.and_then(|m| nonblank(&m.url)).map(|url| {
        RichText::from_nodes(&[RichNode::Element {
            tag: "a".to_string(),
            attrs: vec![("href".to_string(), url.clone())],
            children: vec![RichNode::Text(url)],
        }])
    });
    let sources = media
        .into_iter()
        .flat_map(|m| [nonblank(&m.caption), nonblank(&m.credit)])
        .flatten()
        .map(|html| RichText::parse(&html))
        .chain(link)
        .collect();
    Ok(Event {
        id,
        headline,
        date,
        end,
        display_date: display_date(slide, date, end),
        basis: None,
        actors: actor.into_iter().collect(),
        passages: Vec::new(),
        footnotes: Vec::new(),
        notes: Vec::new(),
        html: text
            .and_then(|t| nonblank(&t.text))
            .map(|h| RichText::parse(&h)),
        sources,
    })
}

fn era(slide: &Slide, i: usize) -> Result<Era, Vec<Problem>> {
    let at = |field: &str| format!("eras[{i}].{field}");
    let (date, end) = dates(slide, &at("start_date"), &at("end_date"), "an era")?;
    let end =
        end.ok_or_else(|| vec![Problem::error(at("end_date"), "an era needs an end_date")])?;
    Ok(Era {
        label: slide
            .text
            .as_ref()
            .and_then(|t| plain(&t.headline))
            .unwrap_or_default(),
        date,
        end,
    })
}

/// The slide's start and optional end, or every problem with them.
fn dates(
    slide: &Slide,
    start_path: &str,
    end_path: &str,
    what: &str,
) -> Result<(EventDate, Option<EventDate>), Vec<Problem>> {
    let start = match &slide.start_date {
        Some(date) => slide_date(date, start_path),
        None => Err(Problem::error(
            start_path,
            format!("{what} needs a start_date"),
        )),
    };
    let end = slide
        .end_date
        .as_ref()
        .map(|date| slide_date(date, end_path))
        .transpose();
    match (start, end) {
        (Ok(start), Ok(end)) => Ok((start, end)),
        (start, end) => Err(start.err().into_iter().chain(end.err()).collect()),
    }
}

/// A TimelineJS date at the precision its parts give: year, year and month, or a full day.
fn slide_date(date: &SlideDate, at: &str) -> Result<EventDate, Problem> {
    let field = |name: &str| format!("{at}.{name}");
    let written = number(date.year.as_ref(), &field("year"))?
        .ok_or_else(|| Problem::error(field("year"), "a date needs a year"))?;
    // TimelineJS shows year -500 as "500 BCE"; this app counts years astronomically (year 0 is
    // 1 BCE), where 500 BCE is -499.
    let astronomical = if written < 0 { written + 1 } else { written };
    let year = i32::try_from(astronomical)
        .ok()
        .filter(|y| y.abs() <= MAX_YEAR)
        .ok_or_else(|| {
            Problem::error(
                field("year"),
                format!("year {written} is out of range: this app reads years up to {MAX_YEAR} either side of year 0"),
            )
        })?;
    let month = number(date.month.as_ref(), &field("month"))?
        .map(|m| {
            u8::try_from(m)
                .ok()
                .filter(|m| (1..=12).contains(m))
                .ok_or_else(|| {
                    Problem::error(
                        field("month"),
                        format!("there is no month {m}: months run from 1 to 12"),
                    )
                })
        })
        .transpose()?;
    let Some(day) = number(date.day.as_ref(), &field("day"))? else {
        return Ok(match month {
            Some(month) => EventDate::Month { year, month },
            None => EventDate::Year { year },
        });
    };
    let month = month.ok_or_else(|| Problem::error(field("day"), "a day needs a month"))?;
    let last = days_in_month(year, month);
    let when = format!("{} {}", month_name(month), year_label(year));
    let day = u8::try_from(day)
        .ok()
        .filter(|d| (1..=last).contains(d))
        .ok_or_else(|| {
            Problem::error(
                field("day"),
                format!("there is no {day} {when}: {when} has {last} days"),
            )
        })?;
    Ok(EventDate::Day { year, month, day })
}

/// A date part as a whole number; `None` when it is absent, `null` or `""`.
fn number(part: Option<&DatePart>, at: &str) -> Result<Option<i64>, Problem> {
    let not_whole = |shown: String| Problem::error(at, format!("{shown} is not a whole number"));
    match part {
        None => Ok(None),
        Some(DatePart::Whole(n)) => Ok(Some(*n)),
        // Saturates, so a huge year is refused as out of range rather than wrapped.
        Some(DatePart::Fraction(f)) if f.fract() == 0.0 => Ok(Some(*f as i64)),
        Some(DatePart::Fraction(f)) => Err(not_whole(f.to_string())),
        Some(DatePart::Text(s)) if s.trim().is_empty() => Ok(None),
        Some(DatePart::Text(s)) => s
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| not_whole(format!("“{s}”"))),
        Some(DatePart::Other) => Err(Problem::error(
            at,
            "expected a number or a string of digits",
        )),
    }
}

/// The slide's own wording of its date: the slide's `display_date`, or the dates' own, with
/// the computed description standing in for an end (or start) that has none.
fn display_date(slide: &Slide, date: EventDate, end: Option<EventDate>) -> Option<String> {
    if let Some(shown) = plain(&slide.display_date) {
        return Some(shown);
    }
    let own = |d: &Option<SlideDate>| d.as_ref().and_then(|d| plain(&d.display_date));
    let (start_own, end_own) = (own(&slide.start_date), own(&slide.end_date));
    if start_own.is_none() && end_own.is_none() {
        return None;
    }
    let start = start_own.unwrap_or_else(|| date.describe());
    Some(match end {
        None => start,
        Some(end) => format!("{start} – {}", end_own.unwrap_or_else(|| end.describe())),
    })
}

/// A TimelineJS text field that may hold markup, as the plain words the app shows.
fn plain(text: &Option<String>) -> Option<String> {
    nonblank(text)
        .map(|html| RichText::parse(&html).plain_text())
        .filter(|t| !t.is_empty())
}

fn nonblank(text: &Option<String>) -> Option<String> {
    text.as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

/// A lowercase id from words: letters and digits (any script) kept, runs of anything else
/// turned into one `-`, at most 48 characters.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let cut: String = out.chars().take(48).collect();
    cut.trim_end_matches('-').to_string()
}

/// `base`, or `base-2`, `base-3`… whichever is free first; the id is then taken.
fn claim(taken: &mut HashSet<String>, base: String) -> String {
    let id = (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !taken.contains(id))
        .unwrap_or(base);
    taken.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_letters_of_any_script() {
        assert_eq!(slug("The Battle of Inchon!"), "the-battle-of-inchon");
        assert_eq!(slug("  --Kim Il-sung's  return-- "), "kim-il-sung-s-return");
        assert_eq!(slug("한국 전쟁"), "한국-전쟁");
        assert_eq!(slug("!!!"), "");
        assert_eq!(slug(&"a".repeat(60)).len(), 48);
    }

    #[test]
    fn claimed_ids_never_repeat() {
        let mut taken: HashSet<String> = ["war-1".to_string()].into();
        assert_eq!(claim(&mut taken, "war-1".to_string()), "war-1-2");
        assert_eq!(claim(&mut taken, "war-1".to_string()), "war-1-3");
        assert_eq!(claim(&mut taken, "peace".to_string()), "peace");
    }

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
