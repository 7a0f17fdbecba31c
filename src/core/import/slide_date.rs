//! A TimelineJS date (`{"year": …, "month": …, "day": …}`) as this app's date, at the
//! precision its parts give: a year, a month, or a day. Parts are read as loosely as
//! TimelineJS reads them, numbers or strings of digits. A part TimelineJS refuses (words, a
//! fraction) refuses the slide here too. A month or day that does not exist, which TimelineJS
//! moves to another day by JavaScript's date arithmetic (30 February to 2 March, month 13 to
//! January of the next year), is left out with a warning instead: the date is read at the
//! precision the parts that exist give, never moved to a day the author did not write.

use std::fmt;

use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::core::import::loose_text::loose_text;
use crate::core::load::problem::Problem;
use crate::core::load::validate::date_in_words;
use crate::core::model::event_date::{days_in_month, EventDate, MAX_YEAR};
use crate::locale::import;

/// Year, month and day may each be a number or a numeric string (spreadsheet exports write
/// strings, and `""` for a part left empty), so they are read loosely and checked here.
#[derive(Deserialize)]
pub(crate) struct SlideDate {
    pub(crate) year: Option<DatePart>,
    pub(crate) month: Option<DatePart>,
    pub(crate) day: Option<DatePart>,
    #[serde(default, deserialize_with = "loose_text")]
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

impl SlideDate {
    /// True when no part is written: `{}`, or every part `""` or `null`, as spreadsheet
    /// exports write an end date left empty.
    pub(crate) fn is_blank(&self) -> bool {
        [&self.year, &self.month, &self.day]
            .into_iter()
            .all(|part| match part {
                None => true,
                Some(DatePart::Text(text)) => text.trim().is_empty(),
                Some(_) => false,
            })
    }

    /// True when the year is absent, `null` or `""`.
    pub(crate) fn has_no_year(&self) -> bool {
        match &self.year {
            None => true,
            Some(DatePart::Text(text)) => text.trim().is_empty(),
            Some(_) => false,
        }
    }
}

/// The date at `at` at the precision its parts give; a month or day that does not exist is
/// left out, with a warning in `problems`.
pub(crate) fn slide_date(
    date: &SlideDate,
    at: &str,
    problems: &mut Vec<Problem>,
) -> Result<EventDate, Problem> {
    let field = |name: &str| format!("{at}.{name}");
    let written = number(date.year.as_ref(), &field("year"))?
        .ok_or_else(|| Problem::error(field("year"), import::needs_year()))?;
    // TimelineJS shows year -500 as "500 BCE"; this app counts years astronomically (year 0 is
    // 1 BCE), where 500 BCE is -499.
    let astronomical = if written < 0 { written + 1 } else { written };
    let year = Some(astronomical)
        .filter(|y| y.abs() <= MAX_YEAR)
        .ok_or_else(|| {
            Problem::error(field("year"), import::year_out_of_range(written, MAX_YEAR))
        })?;
    let month = number(date.month.as_ref(), &field("month"))?;
    let day = number(date.day.as_ref(), &field("day"))?;
    let as_year = EventDate::Year { year };
    let mut left_out = |path: String, why: String, read_as: EventDate| {
        problems.push(Problem::warning(
            path,
            import::read_as(why, date_in_words(read_as)),
        ));
        read_as
    };
    let Some(month) = month else {
        return Ok(match day {
            None => as_year,
            Some(_) => left_out(field("day"), import::day_without_month().into(), as_year),
        });
    };
    let Some(month) = u8::try_from(month).ok().filter(|m| (1..=12).contains(m)) else {
        let why = import::no_month(month);
        return Ok(left_out(field("month"), why, as_year));
    };
    let as_month = EventDate::Month { year, month };
    let Some(day) = day else {
        return Ok(as_month);
    };
    let last = days_in_month(year, month);
    match u8::try_from(day).ok().filter(|d| (1..=last).contains(d)) {
        Some(day) => Ok(EventDate::Day { year, month, day }),
        None => {
            let why = import::no_day(day, date_in_words(as_month), last);
            Ok(left_out(field("day"), why, as_month))
        }
    }
}

/// A date part as a whole number; `None` when it is absent, `null` or `""`.
fn number(part: Option<&DatePart>, at: &str) -> Result<Option<i64>, Problem> {
    let not_whole = |shown: String| Problem::error(at, import::not_whole(shown));
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
        Some(DatePart::Other) => Err(Problem::error(at, import::not_a_number())),
    }
}
