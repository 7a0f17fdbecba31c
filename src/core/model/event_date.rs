//! Dates as historians write them: a day, a month, a season (or part of a year), or a whole
//! year. A coarse date is a span of days, never a false point, so the axis can draw it fuzzy.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::core::model::hedge::Look;
use crate::locale::checks;

/// How finely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Day,
    Month,
    Season,
    Year,
}

/// A season, or a third of the year ("early 1950"), the other way historians hedge a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Season {
    Early,
    Spring,
    Mid,
    Summer,
    Autumn,
    Late,
    Winter,
}

impl Season {
    pub const ALL: [Season; 7] = [
        Season::Early,
        Season::Spring,
        Season::Mid,
        Season::Summer,
        Season::Autumn,
        Season::Late,
        Season::Winter,
    ];

    /// The season EDTF numbers 21 (spring) to 24 (winter).
    fn numbered(number: &str) -> Option<Season> {
        match number {
            "21" => Some(Season::Spring),
            "22" => Some(Season::Summer),
            "23" => Some(Season::Autumn),
            "24" => Some(Season::Winter),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Season::Early => "early",
            Season::Spring => "spring",
            Season::Mid => "mid",
            Season::Summer => "summer",
            Season::Autumn => "autumn",
            Season::Late => "late",
            Season::Winter => "winter",
        }
    }

    /// First month and number of months. Winter YYYY runs December YYYY to February YYYY+1,
    /// the northern-hemisphere "winter 1949–50".
    fn months(self) -> (u8, u8) {
        match self {
            Season::Early => (1, 4),
            Season::Spring => (3, 3),
            Season::Mid => (5, 4),
            Season::Summer => (6, 3),
            Season::Autumn => (9, 3),
            Season::Late => (9, 4),
            Season::Winter => (12, 3),
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn month_name(month: u8) -> &'static str {
    MONTHS[usize::from(month.clamp(1, 12) - 1)]
}

/// A month's name in the interface's language, as a refusal or the editor's month list
/// names it: "February", "2월".
pub fn month_word(month: u8) -> &'static str {
    match month {
        1 => checks::month_1(),
        2 => checks::month_2(),
        3 => checks::month_3(),
        4 => checks::month_4(),
        5 => checks::month_5(),
        6 => checks::month_6(),
        7 => checks::month_7(),
        8 => checks::month_8(),
        9 => checks::month_9(),
        10 => checks::month_10(),
        11 => checks::month_11(),
        _ => checks::month_12(),
    }
}

/// A year, astronomically numbered (year 0 is 1 BCE). Wide enough for TimelineJS's
/// cosmological scale, whose years reach back to the Big Bang.
pub type Year = i64;

/// The largest year, either side of year 0, a date may name: past the age of the universe,
/// yet far enough from `i64::MAX` that a date's day number cannot overflow.
pub const MAX_YEAR: Year = 99_999_999_999;

/// A calendar date at its precision, written in content files as `1950-01-12`, `1949-03`,
/// `1949-spring`, `1950-early` or `1949` (a leading `-` for years BCE). EDTF's numbered
/// seasons (`1949-21` spring to `1949-24` winter) are read too, and written by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventDate {
    Day { year: Year, month: u8, day: u8 },
    Month { year: Year, month: u8 },
    Season { year: Year, season: Season },
    Year { year: Year },
}

/// Why a date string was refused, in words an author can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub String);

impl DateError {
    /// A refusal with `words`. They are left out of the reader's Wasm (built without the
    /// `checking` feature): it reads only files the converter or the test suite has
    /// checked (`core::import::route`), so it never refuses a date to anyone.
    pub fn because(words: impl FnOnce() -> String) -> DateError {
        #[cfg(feature = "checking")]
        return DateError(words());
        #[cfg(not(feature = "checking"))]
        {
            drop(words);
            DateError(String::new())
        }
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn is_leap(year: Year) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: Year, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm),
/// valid for negative years too.
pub fn day_number(year: Year, month: u8, day: u8) -> i64 {
    let (m, d) = (i64::from(month), i64::from(day));
    let y = year - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar date of a day number: the inverse of `day_number`.
pub fn civil_date(day: i64) -> (Year, u8, u8) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The first day of the month `offset` months after `month` of `year`.
fn month_start(year: Year, month: u8, offset: u8) -> i64 {
    let index = year * 12 + i64::from(month) - 1 + i64::from(offset);
    let year = index.div_euclid(12);
    let month = index.rem_euclid(12) as u8 + 1;
    day_number(year, month, 1)
}

impl EventDate {
    pub fn parse(text: &str) -> Result<EventDate, DateError> {
        let (negative, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let mut parts = body.split('-');
        let year_text = parts.next().unwrap_or_default();
        if year_text.is_empty() || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DateError::because(|| checks::not_a_date(text)));
        }
        let year = year_text
            .parse::<Year>()
            .ok()
            .filter(|y| *y <= MAX_YEAR)
            .ok_or_else(|| DateError::because(|| checks::year_out_of_range(text, MAX_YEAR)))?;
        let year = if negative { -year } else { year };
        let second = parts.next();
        let third = parts.next();
        if parts.next().is_some() {
            return Err(DateError::because(|| checks::too_many_parts(text)));
        }
        let Some(second) = second else {
            return Ok(EventDate::Year { year });
        };
        let named = Season::ALL.into_iter().find(|s| s.name() == second);
        if let Some(season) = named.or_else(|| Season::numbered(second)) {
            if third.is_some() {
                return Err(DateError::because(|| checks::season_no_day(text)));
            }
            return Ok(EventDate::Season { year, season });
        }
        let month = parse_number(second)
            .filter(|m| (1..=12).contains(m))
            .ok_or_else(|| DateError::because(|| checks::not_month(text, second)))?;
        let Some(third) = third else {
            return Ok(EventDate::Month { year, month });
        };
        let last = days_in_month(year, month);
        let day = parse_number(third)
            .filter(|d| (1..=last).contains(d))
            .ok_or_else(|| {
                DateError::because(|| checks::not_real_day(text, month_word(month), year, last))
            })?;
        Ok(EventDate::Day { year, month, day })
    }

    pub fn precision(self) -> Precision {
        match self {
            EventDate::Day { .. } => Precision::Day,
            EventDate::Month { .. } => Precision::Month,
            EventDate::Season { .. } => Precision::Season,
            EventDate::Year { .. } => Precision::Year,
        }
    }

    pub fn year(self) -> Year {
        match self {
            EventDate::Day { year, .. }
            | EventDate::Month { year, .. }
            | EventDate::Season { year, .. }
            | EventDate::Year { year } => year,
        }
    }

    /// The first day this date could mean, as a day number.
    pub fn first_day(self) -> i64 {
        match self {
            EventDate::Day { year, month, day } => day_number(year, month, day),
            EventDate::Month { year, month } => day_number(year, month, 1),
            EventDate::Season { year, season } => month_start(year, season.months().0, 0),
            EventDate::Year { year } => day_number(year, 1, 1),
        }
    }

    /// The day after the last day this date could mean.
    pub fn end_day(self) -> i64 {
        match self {
            EventDate::Day { .. } => self.first_day() + 1,
            EventDate::Month { year, month } => month_start(year, month, 1),
            EventDate::Season { year, season } => {
                let (first, count) = season.months();
                month_start(year, first, count)
            }
            EventDate::Year { year } => day_number(year + 1, 1, 1),
        }
    }

    /// How a person writes it: "12 January 1950", "March 1949", "spring 1949", "winter 1949–50".
    pub fn describe(self) -> String {
        self.describe_parts(true)
    }

    /// The start of a range to `end`, without its year where `end` gives it: "March" before
    /// "June 1949", "12 January" before "15 February 1950".
    pub fn describe_before(self, end: EventDate) -> String {
        let in_months = |d| matches!(d, EventDate::Day { .. } | EventDate::Month { .. });
        self.describe_parts(!(in_months(self) && in_months(end) && self.year() == end.year()))
    }

    fn describe_parts(self, with_year: bool) -> String {
        let year = |y: Year| {
            if with_year {
                format!(" {}", year_label(y))
            } else {
                String::new()
            }
        };
        match self {
            EventDate::Day {
                year: y,
                month,
                day,
            } => {
                format!("{day} {}{}", month_name(month), year(y))
            }
            EventDate::Month { year: y, month } => format!("{}{}", month_name(month), year(y)),
            EventDate::Season {
                year: y,
                season: Season::Winter,
            } if with_year && y > 0 => {
                format!("winter {}–{:02}", year_label(y), (y + 1).rem_euclid(100))
            }
            EventDate::Season { year: y, season } => format!("{}{}", season.name(), year(y)),
            EventDate::Year { year: y } => year(y).trim_start().to_string(),
        }
    }
}

/// A year as readers expect it; astronomical year 0 is 1 BCE. Years of five digits or more
/// are grouped in thousands ("13,800,000,000 BCE"), as deep-time timelines write them.
pub fn year_label(year: Year) -> String {
    let (number, era) = if year <= 0 {
        (1 - year, " BCE")
    } else {
        (year, "")
    };
    format!("{}{era}", grouped(number))
}

fn grouped(number: Year) -> String {
    let digits = number.to_string();
    if digits.len() < 5 {
        return digits;
    }
    let mut out = String::new();
    for (at, digit) in digits.chars().enumerate() {
        if at > 0 && (digits.len() - at) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

fn parse_number(text: &str) -> Option<u8> {
    if text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

impl fmt::Display for EventDate {
    /// The content-file form, so a date survives a round trip through JSON.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let year = self.year();
        let sign = if year < 0 { "-" } else { "" };
        let y = year.unsigned_abs();
        match *self {
            EventDate::Day { month, day, .. } => write!(f, "{sign}{y:04}-{month:02}-{day:02}"),
            EventDate::Month { month, .. } => write!(f, "{sign}{y:04}-{month:02}"),
            EventDate::Season { season, .. } => write!(f, "{sign}{y:04}-{}", season.name()),
            EventDate::Year { .. } => write!(f, "{sign}{y:04}"),
        }
    }
}

impl Serialize for EventDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for EventDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        EventDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// The file form is a string; the pattern is the grammar `EventDate::parse` reads (it also
/// refuses days a month does not have, which a pattern cannot say).
#[cfg(feature = "schema")]
impl schemars::JsonSchema for EventDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "EventDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^-?[0-9]+(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-(early|spring|mid|summer|autumn|late|winter|2[1-4]))?$",
            "description": "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-season (early, spring, mid, summer, autumn, late, winter, or EDTF's 21 spring to 24 winter); a leading - for astronomical years before 1 CE.",
            "examples": ["1950-06-25", "1949-03", "1949-spring", "1949", "-0044-03-15"]
        })
    }
}

/// An event's date with its optional end: the interval it occupies on the axis, and what
/// else its drawing must show (`Dating::span` says which days a hedged date takes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateSpan {
    pub start: EventDate,
    pub end: Option<EventDate>,
    pub look: Look,
}

impl DateSpan {
    /// A date and its end, neither hedged.
    pub fn plain(start: EventDate, end: Option<EventDate>) -> DateSpan {
        DateSpan {
            start,
            end,
            look: Look::default(),
        }
    }

    pub fn first_day(self) -> i64 {
        self.start.first_day()
    }

    pub fn end_day(self) -> i64 {
        self.end.unwrap_or(self.start).end_day()
    }

    /// Where it comes in reading order, the strip's and the keyboard's: by the first day it
    /// could mean, then the finer date first, then by its last day.
    pub fn reading_key(self) -> (i64, Precision, i64) {
        (self.first_day(), self.start.precision(), self.end_day())
    }

    /// Known to the day at both ends: drawn as a sharp point or bar.
    pub fn is_exact(self) -> bool {
        self.start.precision() == Precision::Day
            && self.end.is_none_or(|e| e.precision() == Precision::Day)
    }

    /// "March 1949 – January 1950", "March – June 1949", "12–15 January 1950".
    pub fn describe(self) -> String {
        let Some(end) = self.end.filter(|end| *end != self.start) else {
            return self.start.describe();
        };
        match (self.start, end) {
            (
                EventDate::Day { year, month, day },
                EventDate::Day {
                    year: y2,
                    month: m2,
                    day: d2,
                },
            ) if year == y2 && month == m2 => {
                format!("{day}–{d2} {} {}", month_name(month), year_label(year))
            }
            _ => format!("{} – {}", self.start.describe_before(end), end.describe()),
        }
    }
}

/// A span from content-file dates, for the core's tests.
#[cfg(test)]
impl DateSpan {
    pub(crate) fn of(start: &str, end: Option<&str>) -> DateSpan {
        DateSpan::plain(
            EventDate::parse(start).unwrap(),
            end.map(|e| EventDate::parse(e).unwrap()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> EventDate {
        EventDate::parse(text).unwrap()
    }

    #[test]
    fn parses_every_precision() {
        assert_eq!(
            date("1950-01-12"),
            EventDate::Day {
                year: 1950,
                month: 1,
                day: 12
            }
        );
        assert_eq!(date("1949-03").precision(), Precision::Month);
        assert_eq!(date("1949-spring").precision(), Precision::Season);
        assert_eq!(date("1950-early").precision(), Precision::Season);
        assert_eq!(date("1949").precision(), Precision::Year);
        assert_eq!(date("-44-03-15").year(), -44);
    }

    #[test]
    fn refuses_impossible_and_malformed_dates() {
        let err = EventDate::parse("1950-02-30").unwrap_err();
        assert!(err.0.contains("February 1950 has 28 days"), "{err}");
        assert!(EventDate::parse("1948-02-29").is_ok());
        assert!(EventDate::parse("1949-02-29").is_err());
        assert!(EventDate::parse("1949-13").is_err());
        assert!(EventDate::parse("1949-25").is_err());
        assert!(EventDate::parse("1949-21-01").is_err());
        assert!(EventDate::parse("1949-fall")
            .unwrap_err()
            .0
            .contains("season"));
        assert!(EventDate::parse("1949-3-1").is_err());
        assert!(EventDate::parse("June 1950").is_err());
        assert!(EventDate::parse("").is_err());
        assert!(EventDate::parse("1950-06-25-01").is_err());
        assert!(EventDate::parse("-99999999999").is_ok());
        let err = EventDate::parse("100000000000").unwrap_err();
        assert!(err.0.contains("out of range"), "{err}");
        assert!(EventDate::parse("9223372036854775807").is_err());
    }

    #[test]
    fn edtf_seasons_are_the_named_ones() {
        for (number, name) in [
            ("21", "spring"),
            ("22", "summer"),
            ("23", "autumn"),
            ("24", "winter"),
        ] {
            let numbered = date(&format!("1949-{number}"));
            assert_eq!(numbered, date(&format!("1949-{name}")));
            assert_eq!(numbered.to_string(), format!("1949-{name}"));
        }
    }

    #[test]
    fn round_trips_through_the_file_form() {
        for text in [
            "1950-06-25",
            "1949-03",
            "1945-autumn",
            "1950-early",
            "1949",
            "-0044-03-15",
        ] {
            assert_eq!(date(text).to_string(), text);
        }
    }

    #[test]
    fn coarse_dates_cover_their_whole_span() {
        let spring = date("1949-spring");
        assert_eq!(spring.first_day(), date("1949-03-01").first_day());
        assert_eq!(spring.end_day(), date("1949-06-01").first_day());
        let winter = date("1949-winter");
        assert_eq!(winter.first_day(), date("1949-12-01").first_day());
        assert_eq!(winter.end_day(), date("1950-03-01").first_day());
        assert_eq!(date("1948-02").end_day() - date("1948-02").first_day(), 29);
        assert_eq!(date("1949").end_day() - date("1949").first_day(), 365);
        assert_eq!(
            date("1950-01-12").end_day() - date("1950-01-12").first_day(),
            1
        );
    }

    #[test]
    fn day_numbers_match_the_calendar() {
        assert_eq!(day_number(1970, 1, 1), 0);
        assert_eq!(day_number(1950, 6, 25), -7130);
        assert_eq!(day_number(1945, 8, 15) + 1, day_number(1945, 8, 16));
        assert_eq!(day_number(2000, 3, 1) - day_number(2000, 2, 28), 2);
        assert!(day_number(-44, 3, 15) < day_number(1, 1, 1));
    }

    #[test]
    fn describes_dates_as_people_write_them() {
        assert_eq!(date("1950-01-12").describe(), "12 January 1950");
        assert_eq!(date("1949-03").describe(), "March 1949");
        assert_eq!(date("1949-spring").describe(), "spring 1949");
        assert_eq!(date("1950-early").describe(), "early 1950");
        assert_eq!(date("1949-winter").describe(), "winter 1949–50");
        assert_eq!(date("1949").describe(), "1949");
        assert_eq!(date("-44-03-15").describe(), "15 March 45 BCE");
    }

    #[test]
    fn describes_ranges_without_repeating_the_year() {
        let span = |a: &str, b: &str| DateSpan::of(a, Some(b));
        assert_eq!(
            span("1949-03", "1950-01").describe(),
            "March 1949 – January 1950"
        );
        assert_eq!(span("1949-03", "1949-06").describe(), "March – June 1949");
        assert_eq!(
            span("1950-01-12", "1950-01-15").describe(),
            "12–15 January 1950"
        );
        assert_eq!(
            span("1949-spring", "1949-autumn").describe(),
            "spring 1949 – autumn 1949"
        );
        let single = DateSpan::of("1950-06-25", None);
        assert_eq!(single.describe(), "25 June 1950");
        assert_eq!(span("1950-06-25", "1950-06-25").describe(), "25 June 1950");
        assert!(single.is_exact());
        assert!(!span("1949-03", "1950-01").is_exact());
    }
}
