//! A hedged date in words, wherever a date shows: its card, the panel, the search list, the
//! name screen readers read. One function per kind of date, and every English word for them
//! is here, so another language is another copy of this file.

use crate::core::model::dating::{Dating, Hedged, Until};
use crate::core::model::event_date::{month_name, year_label, DateSpan, EventDate, Year};
use crate::core::model::hedge::Hedge;

/// An event's date, with its `end` field, in words: "about 1949", "before March 1950".
pub fn date_words(date: &Dating, end: Option<&Dating>) -> String {
    match (date, end) {
        (Dating::On(start), Some(Dating::On(end))) => range(*start, *end),
        (Dating::On(h), _) => hedged(*h),
        (Dating::Before(d), _) => before(*d),
        (Dating::After(d), _) => after(*d),
        (Dating::OneOf(dates), _) => one_of(dates),
        (Dating::Between(a, b), _) => between(*a, *b),
        (Dating::From(start, Until::Date(end)), _) => range(*start, *end),
        (Dating::From(start, Until::Ongoing), _) => ongoing(*start),
        (Dating::From(start, Until::Unknown), _) => end_unknown(*start),
    }
}

/// "1949", "about 1949", "perhaps 1949", "perhaps about 1949".
pub fn hedged(h: Hedged) -> String {
    let date = h.date.describe();
    match h.hedge {
        Hedge::Sure => date,
        Hedge::Approximate => format!("about {date}"),
        Hedge::Uncertain => format!("perhaps {date}"),
        Hedge::Both => format!("perhaps about {date}"),
    }
}

/// "March – May 1950", or with a hedged end "about 1949 – perhaps 1950".
pub fn range(start: Hedged, end: Hedged) -> String {
    if start.hedge == Hedge::Sure && end.hedge == Hedge::Sure {
        return DateSpan::plain(start.date, Some(end.date)).describe();
    }
    format!("{} – {}", hedged(start), hedged(end))
}

/// "before March 1950": EDTF's on or before.
pub fn before(date: EventDate) -> String {
    format!("before {}", date.describe())
}

/// "after June 1949": EDTF's on or after.
pub fn after(date: EventDate) -> String {
    format!("after {}", date.describe())
}

/// "1949 or 1950", "1949, 1950 or 1952".
pub fn one_of(dates: &[EventDate]) -> String {
    listed(dates, EventDate::describe, " or ")
}

/// `dates` each written by `describe`, commas between them and `or` before the last: the
/// list of an either/or date in any language that writes it so.
pub fn listed(dates: &[EventDate], describe: impl Fn(EventDate) -> String, or: &str) -> String {
    let mut words = String::new();
    for (i, date) in dates.iter().enumerate() {
        if i > 0 {
            words.push_str(if i + 1 == dates.len() { or } else { ", " });
        }
        words.push_str(&describe(*date));
    }
    words
}

/// "between March and May 1950", "between 1949 and spring 1950".
pub fn between(first: EventDate, last: EventDate) -> String {
    format!(
        "between {} and {}",
        first.describe_before(last),
        last.describe()
    )
}

/// "from March 1950, ongoing".
pub fn ongoing(start: Hedged) -> String {
    format!("from {}, ongoing", hedged(start))
}

/// "from March 1950, end unknown".
pub fn end_unknown(start: Hedged) -> String {
    format!("from {}, end unknown", hedged(start))
}

/// A span of plain dates: "March – June 1949" (`DateSpan::describe`).
pub fn span(span: DateSpan) -> String {
    span.describe()
}

/// A year alone: "1949", "45 BCE".
pub fn year_words(year: Year) -> String {
    year_label(year)
}

/// From one year to another, as a summary gives them: "1945–1950".
pub fn year_range(from: Year, to: Year) -> String {
    format!("{}–{}", year_label(from), year_label(to))
}

/// A month on the time axis: "Mar".
pub fn month_mark(month: u8) -> String {
    month_name(month)[..3].to_string()
}

/// The first of a month on the time axis, where days are marked: "Jun 1950".
pub fn month_start_mark(year: Year, month: u8) -> String {
    format!("{} {}", &month_name(month)[..3], year_label(year))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(date: &str, end: Option<&str>) -> String {
        let end = end.map(|e| Dating::parse(e).unwrap());
        date_words(&Dating::parse(date).unwrap(), end.as_ref())
    }

    #[test]
    fn each_kind_reads_as_a_historian_writes_it() {
        for (date, said) in [
            ("1949", "1949"),
            ("1949~", "about 1949"),
            ("1949?", "perhaps 1949"),
            ("1949%", "perhaps about 1949"),
            ("1950-06-25~", "about 25 June 1950"),
            ("[..1950-03]", "before March 1950"),
            ("[1949-06..]", "after June 1949"),
            ("[1949,1950]", "1949 or 1950"),
            ("[1949,1950,1952]", "1949, 1950 or 1952"),
            ("[1950-03..1950-05]", "between March and May 1950"),
            (
                "[1949-11..1950-02]",
                "between November 1949 and February 1950",
            ),
            ("1950-03/1950-05", "March – May 1950"),
            ("1949~/1950", "about 1949 – 1950"),
            ("1950-03/..", "from March 1950, ongoing"),
            ("1950-03/", "from March 1950, end unknown"),
            ("1950-03~/", "from about March 1950, end unknown"),
            ("1949-24?", "perhaps winter 1949–50"),
            ("-0500~", "about 501 BCE"),
        ] {
            assert_eq!(words(date, None), said, "{date}");
        }
    }

    #[test]
    fn an_end_field_reads_as_today_unless_hedged() {
        assert_eq!(
            words("1949-03", Some("1950-01")),
            "March 1949 – January 1950"
        );
        assert_eq!(words("1949-03", Some("1949-06")), "March – June 1949");
        assert_eq!(words("1949~", Some("1950?")), "about 1949 – perhaps 1950");
    }
}
