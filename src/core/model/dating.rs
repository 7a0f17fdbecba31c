//! What an event's date field holds: a calendar date as a historian hedges it, in the Library
//! of Congress's Extended Date/Time Format (EDTF, ISO 8601-2), the part of it historians
//! need. Every date today's files hold reads as before.
//!
//! | Written | Means |
//! |---|---|
//! | `1949`, `1949-03`, `1949-spring`, `1949-21` | the date (`EventDate`) |
//! | `1949~`, `1949?`, `1949%` | about 1949, perhaps 1949, perhaps about 1949 |
//! | `[..1950-03]`, `[1949-06..]` | on or before March 1950, on or after June 1949 |
//! | `[1949,1950]` | one of the dates listed, in order |
//! | `[1950-03..1950-05]` | some time between March and May 1950 |
//! | `1950-03/1950-05` | from March to May 1950 (like a date and its `end`) |
//! | `1950-03/..`, `1950-03/` | from March 1950, still going on; or to an end not known |
//!
//! The file form written back is the one read, but for seasons, which are written by name.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::core::model::event_date::{DateError, DateSpan, EventDate};
use crate::core::model::hedge::{DateKind, Hedge, Look};
use crate::locale::checks;

/// A date and how sure it is: `1949~`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Hedged {
    pub date: EventDate,
    pub hedge: Hedge,
}

impl Hedged {
    pub fn sure(date: EventDate) -> Hedged {
        Hedged {
            date,
            hedge: Hedge::Sure,
        }
    }

    fn parse(text: &str) -> Result<Hedged, DateError> {
        let hedge = text.bytes().last().and_then(Hedge::of_mark);
        let date = match hedge {
            Some(_) => &text[..text.len() - 1],
            None => text,
        };
        Ok(Hedged {
            date: EventDate::parse(date)?,
            hedge: hedge.unwrap_or_default(),
        })
    }
}

/// How an interval from a date ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Until {
    Date(Hedged),
    /// `..`: it goes on.
    Ongoing,
    /// Nothing after the `/`: its end is not known.
    Unknown,
}

/// A date field's value; see the module's table.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Dating {
    On(Hedged),
    Before(EventDate),
    After(EventDate),
    /// Two or more dates, each later than the one before.
    OneOf(Vec<EventDate>),
    Between(EventDate, EventDate),
    From(Hedged, Until),
}

impl From<EventDate> for Dating {
    fn from(date: EventDate) -> Dating {
        Dating::On(Hedged::sure(date))
    }
}

/// `later` may not start before `earlier`, in the words the checks use for an `end`.
fn in_order(text: &str, earlier: EventDate, later: EventDate) -> Result<(), DateError> {
    if later.first_day() < earlier.first_day() {
        return Err(DateError::because(|| checks::dates_out_of_order(text)));
    }
    Ok(())
}

impl Dating {
    pub fn parse(text: &str) -> Result<Dating, DateError> {
        if let Some(inner) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
            return Dating::parse_set(text, inner);
        }
        let Some((start, end)) = text.split_once('/') else {
            return Hedged::parse(text).map(Dating::On);
        };
        let start = Hedged::parse(start)?;
        let until = match end {
            "" => Until::Unknown,
            ".." => Until::Ongoing,
            _ => {
                let end = Hedged::parse(end)?;
                in_order(text, start.date, end.date)?;
                Until::Date(end)
            }
        };
        Ok(Dating::From(start, until))
    }

    /// `[..a]`, `[a..]`, `[a..b]` or `[a,b,…]`, given what is inside the brackets.
    fn parse_set(text: &str, inner: &str) -> Result<Dating, DateError> {
        if let Some(date) = inner.strip_prefix("..") {
            return EventDate::parse(date).map(Dating::Before);
        }
        if let Some((first, last)) = inner.split_once("..") {
            let first = EventDate::parse(first)?;
            if last.is_empty() {
                return Ok(Dating::After(first));
            }
            let last = EventDate::parse(last)?;
            in_order(text, first, last)?;
            return Ok(Dating::Between(first, last));
        }
        let dates = inner
            .split(',')
            .map(EventDate::parse)
            .collect::<Result<Vec<_>, _>>()?;
        if dates.len() < 2
            || dates
                .windows(2)
                .any(|w| w[1].first_day() <= w[0].first_day())
        {
            return Err(DateError::because(|| checks::list_dates(text)));
        }
        Ok(Dating::OneOf(dates))
    }

    /// The plain date, when it is one and sure: what the editor's fields can show.
    pub fn plain(&self) -> Option<EventDate> {
        match self {
            Dating::On(Hedged {
                date,
                hedge: Hedge::Sure,
            }) => Some(*date),
            _ => None,
        }
    }

    /// Whether `end` can be this date's `end` field: both single dates, the end not before.
    pub fn may_end_at(&self, end: &Dating) -> bool {
        match (self, end) {
            (Dating::On(start), Dating::On(end)) => end.date.first_day() >= start.date.first_day(),
            _ => false,
        }
    }

    /// The earliest date it names.
    pub fn first(&self) -> EventDate {
        match self {
            Dating::On(h) | Dating::From(h, _) => h.date,
            Dating::Before(d) | Dating::After(d) | Dating::Between(d, _) => *d,
            Dating::OneOf(dates) => dates[0],
        }
    }

    /// The days it is drawn on, with `end` (an event's `end` field, read only beside a single
    /// date). The drawing rule, also in docs/format.md: a date takes the days it could mean,
    /// from the first day of its earliest date to the last of its latest; a side left open
    /// (before, after, ongoing, an end not known) takes no days beyond the date it names and
    /// is drawn as a mark on that side. Events sort by the span's first day, then its last.
    pub fn span(&self, end: Option<&Dating>) -> DateSpan {
        let look = |kind, start, end| Look { kind, start, end };
        let (start, end, look) = match self {
            Dating::On(h) => {
                let end_hedge = match end {
                    Some(Dating::On(e)) => e.hedge,
                    _ => Hedge::Sure,
                };
                let end = end.map(Dating::last);
                (h.date, end, look(DateKind::Plain, h.hedge, end_hedge))
            }
            Dating::Before(d) => (*d, None, look(DateKind::Before, Hedge::Sure, Hedge::Sure)),
            Dating::After(d) => (*d, None, look(DateKind::After, Hedge::Sure, Hedge::Sure)),
            Dating::OneOf(dates) => (
                dates[0],
                Some(self.last()),
                look(DateKind::OneOf, Hedge::Sure, Hedge::Sure),
            ),
            Dating::Between(a, b) => (
                *a,
                Some(*b),
                look(DateKind::Between, Hedge::Sure, Hedge::Sure),
            ),
            Dating::From(h, Until::Date(e)) => (
                h.date,
                Some(e.date),
                look(DateKind::Plain, h.hedge, e.hedge),
            ),
            Dating::From(h, Until::Ongoing) => {
                (h.date, None, look(DateKind::Ongoing, h.hedge, Hedge::Sure))
            }
            Dating::From(h, Until::Unknown) => (
                h.date,
                None,
                look(DateKind::EndUnknown, h.hedge, Hedge::Sure),
            ),
        };
        DateSpan { start, end, look }
    }

    /// The latest date it names.
    pub fn last(&self) -> EventDate {
        match self {
            Dating::Between(_, d) | Dating::From(_, Until::Date(Hedged { date: d, .. })) => *d,
            Dating::OneOf(dates) => dates[dates.len() - 1],
            _ => self.first(),
        }
    }
}

impl fmt::Display for Hedged {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.date, self.hedge.mark())
    }
}

impl fmt::Display for Dating {
    /// The file form, which reads back as the same value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Dating::On(h) => h.fmt(f),
            Dating::Before(d) => write!(f, "[..{d}]"),
            Dating::After(d) => write!(f, "[{d}..]"),
            Dating::Between(a, b) => write!(f, "[{a}..{b}]"),
            Dating::OneOf(dates) => {
                for (i, d) in dates.iter().enumerate() {
                    f.write_str(if i == 0 { "[" } else { "," })?;
                    d.fmt(f)?;
                }
                f.write_str("]")
            }
            Dating::From(h, until) => {
                write!(f, "{h}/")?;
                match until {
                    Until::Date(e) => e.fmt(f),
                    Until::Ongoing => f.write_str(".."),
                    Until::Unknown => Ok(()),
                }
            }
        }
    }
}

impl Serialize for Dating {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Dating {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Dating::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// The file form is a string; the pattern is the grammar `Dating::parse` reads (it also
/// refuses days a month does not have and dates out of order, which a pattern cannot say).
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Dating {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Dating".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        const DATE: &str = "-?[0-9]+(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-(early|spring|mid|summer|autumn|late|winter|2[1-4]))?";
        let hedged = format!("{DATE}[~?%]?");
        let pattern = format!(
            "^({hedged}(/({hedged}|\\.\\.)?)?|\\[(\\.\\.{DATE}|{DATE}\\.\\.({DATE})?|{DATE}(,{DATE})+)\\])$"
        );
        schemars::json_schema!({
            "type": "string",
            "pattern": pattern,
            "description": "A date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-season), in EDTF (ISO 8601-2) as historians hedge it: 1949~ about, 1949? perhaps, 1949% perhaps about; [..1950-03] on or before, [1949-06..] on or after; [1949,1950] one of; [1950-03..1950-05] some time between; 1950-03/1950-05 from and to; 1950-03/.. ongoing; 1950-03/ end unknown.",
            "examples": ["1950-06-25", "1949-spring", "1949~", "[..1950-03]", "[1949,1950]", "[1950-03..1950-05]", "1950-03/.."]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dating(text: &str) -> Dating {
        Dating::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn date(text: &str) -> EventDate {
        EventDate::parse(text).unwrap()
    }

    #[test]
    fn reads_each_kind() {
        assert_eq!(dating("1949-03"), Dating::from(date("1949-03")));
        assert_eq!(
            dating("1949~"),
            Dating::On(Hedged {
                date: date("1949"),
                hedge: Hedge::Approximate
            })
        );
        assert!(matches!(dating("1949?"), Dating::On(h) if h.hedge == Hedge::Uncertain));
        assert!(
            matches!(dating("-0500%"), Dating::On(h) if h.hedge == Hedge::Both && h.date.year() == -500)
        );
        assert_eq!(dating("[..1950-03]"), Dating::Before(date("1950-03")));
        assert_eq!(dating("[1949-06..]"), Dating::After(date("1949-06")));
        assert_eq!(
            dating("[1949,1950]"),
            Dating::OneOf(vec![date("1949"), date("1950")])
        );
        assert_eq!(
            dating("[1950-03..1950-05]"),
            Dating::Between(date("1950-03"), date("1950-05"))
        );
        assert_eq!(
            dating("1950-03/1950-05"),
            Dating::From(
                Hedged::sure(date("1950-03")),
                Until::Date(Hedged::sure(date("1950-05")))
            )
        );
        assert_eq!(
            dating("1950-03/.."),
            Dating::From(Hedged::sure(date("1950-03")), Until::Ongoing)
        );
        assert_eq!(
            dating("1950-03/"),
            Dating::From(Hedged::sure(date("1950-03")), Until::Unknown)
        );
        assert_eq!(dating("1949-22"), Dating::from(date("1949-summer")));
    }

    #[test]
    fn refuses_what_is_not_a_hedged_date() {
        for text in [
            "",
            "~",
            "1949~~",
            "1949~?",
            "[]",
            "[1949]",
            "[1950,1949]",
            "[1949,1949]",
            "[..]",
            "[1949..1948]",
            "1950/1949",
            "../1950",
            "/1950",
            "[1949,1950",
            "1949..",
            "c. 1949",
            "[..1950-03..]",
            "1949/1950/1951",
            "[1949,]",
        ] {
            assert!(Dating::parse(text).is_err(), "{text:?} was read");
        }
        let why = Dating::parse("[1950-05..1950-03]").unwrap_err();
        assert!(why.0.contains("ends before it starts"), "{why}");
        let why = Dating::parse("[1950,1949]").unwrap_err();
        assert!(why.0.contains("each later than the one before"), "{why}");
        assert!(Dating::parse("1950-02-30~")
            .unwrap_err()
            .0
            .contains("February 1950 has 28 days"));
    }

    #[test]
    fn writes_back_what_it_read() {
        for text in [
            "1950-06-25",
            "1949~",
            "1949-03?",
            "-0500%",
            "[..1950-03]",
            "[1949-06..]",
            "[1949,1950,1952-spring]",
            "[1950-03..1950-05]",
            "1949~/1950?",
            "1950-03/..",
            "1950-03/",
        ] {
            assert_eq!(dating(text).to_string(), text);
        }
        assert_eq!(dating("1949-23~").to_string(), "1949-autumn~");
    }

    #[test]
    fn a_span_takes_every_day_the_date_could_mean() {
        let span = dating("[1949,1950-03]").span(None);
        assert_eq!(span.first_day(), date("1949").first_day());
        assert_eq!(span.end_day(), date("1950-04").first_day());
        assert_eq!(span.look.kind, DateKind::OneOf);
        let between = dating("[1950-03..1950-05]").span(None);
        assert_eq!(between.end_day(), date("1950-06").first_day());
        assert_eq!(between.look.kind, DateKind::Between);
        // An open side takes no days beyond the date named.
        for (text, kind) in [
            ("[..1950-03]", DateKind::Before),
            ("[1950-03..]", DateKind::After),
            ("1950-03/..", DateKind::Ongoing),
            ("1950-03/", DateKind::EndUnknown),
        ] {
            let span = dating(text).span(None);
            assert_eq!(
                (span.first_day(), span.end_day(), span.look.kind),
                (
                    date("1950-03").first_day(),
                    date("1950-04").first_day(),
                    kind
                ),
                "{text}"
            );
        }
        let with_end = dating("1949~").span(Some(&dating("1950?")));
        assert_eq!(with_end.end_day(), date("1951").first_day());
        assert_eq!(
            (with_end.look.start, with_end.look.end),
            (Hedge::Approximate, Hedge::Uncertain)
        );
        assert_eq!(dating("1949~").plain(), None);
        assert_eq!(dating("1949").plain(), Some(date("1949")));
    }
}
