//! A date in Korean, as Korean history books write it: "1950년 1월 12일", "1949년 봄",
//! "1949년경", "1949년 3월 ~ 1950년 1월". The Korean copy of `date_words` and of
//! `EventDate::describe`, one function per kind of date; the terms chosen are in
//! `locales/GLOSSARY.md`.
//!
//! Korean writes the year first, so a range leaves out the year of its end, not of its start
//! ("1949년 3월 ~ 6월", where English writes "March – June 1949"), and it counts large numbers
//! in 만 (10⁴) and 억 (10⁸), not in thousands ("기원전 138억 년").

use crate::core::model::date_words::listed;
use crate::core::model::dating::{Dating, Hedged, Until};
use crate::core::model::event_date::{DateSpan, EventDate, Season, Year};
use crate::core::model::hedge::Hedge;

/// An event's date, with its `end` field, in words: "1949년경", "1950년 3월 이전".
pub fn date_words(date: &Dating, end: Option<&Dating>) -> String {
    match (date, end) {
        (Dating::On(start), Some(Dating::On(end))) => range(*start, *end),
        (Dating::On(h), _) => hedged(*h),
        (Dating::Before(d), _) => format!("{} 이전", describe(*d)),
        (Dating::After(d), _) => format!("{} 이후", describe(*d)),
        (Dating::OneOf(dates), _) => one_of(dates),
        (Dating::Between(a, b), _) => format!("{}에서 {} 사이", describe(*a), end_of(*a, *b)),
        (Dating::From(start, Until::Date(end)), _) => range(*start, *end),
        (Dating::From(start, Until::Ongoing), _) => format!("{}부터 계속", hedged(*start)),
        (Dating::From(start, Until::Unknown), _) => {
            format!("{}부터, 끝난 시기 미상", hedged(*start))
        }
    }
}

/// "1949년", "1949년경" (about), "1949년(추정)" (perhaps), "1949년경(추정)"; a season is
/// "1949년 봄 무렵", as "봄경" is not said.
pub fn hedged(h: Hedged) -> String {
    let date = describe(h.date);
    let about = match h.date {
        EventDate::Season { .. } => " 무렵",
        _ => "경",
    };
    match h.hedge {
        Hedge::Sure => date,
        Hedge::Approximate => format!("{date}{about}"),
        Hedge::Uncertain => format!("{date}(추정)"),
        Hedge::Both => format!("{date}{about}(추정)"),
    }
}

/// "1949년 3월 ~ 6월", or with a hedged end "1949년경 ~ 1950년(추정)".
pub fn range(start: Hedged, end: Hedged) -> String {
    if start.hedge == Hedge::Sure && end.hedge == Hedge::Sure {
        return span(DateSpan::plain(start.date, Some(end.date)));
    }
    format!("{} ~ {}", hedged(start), hedged(end))
}

/// "1949년 또는 1950년", "1949년, 1950년 또는 1952년".
pub fn one_of(dates: &[EventDate]) -> String {
    listed(dates, describe, " 또는 ")
}

/// A span of plain dates: "1950년 1월 12~15일", "1949년 3월 ~ 6월", "1949년 3월 ~ 1950년 1월".
pub fn span(span: DateSpan) -> String {
    let Some(end) = span.end.filter(|end| *end != span.start) else {
        return describe(span.start);
    };
    match (span.start, end) {
        (
            EventDate::Day { year, month, day },
            EventDate::Day {
                year: y2,
                month: m2,
                day: d2,
            },
        ) if year == y2 && month == m2 => format!("{} {month}월 {day}~{d2}일", year_words(year)),
        (start, end) => format!("{} ~ {}", describe(start), end_of(start, end)),
    }
}

/// How Korean writes a date: "1950년 1월 12일", "1949년 3월", "1949년 봄", "1950년 초",
/// "1949~50년 겨울", "기원전 44년".
pub fn describe(date: EventDate) -> String {
    match date {
        EventDate::Day { year, month, day } => format!("{} {month}월 {day}일", year_words(year)),
        EventDate::Month { year, month } => format!("{} {month}월", year_words(year)),
        EventDate::Season {
            year,
            season: Season::Winter,
        } if year > 0 => winter(year),
        EventDate::Season { year, season } => {
            format!("{} {}", year_words(year), season_name(season))
        }
        EventDate::Year { year } => year_words(year),
    }
}

/// From one year to another, as a summary gives them: "1945년 ~ 1950년".
pub fn year_range(from: Year, to: Year) -> String {
    span(DateSpan::plain(
        EventDate::Year { year: from },
        Some(EventDate::Year { year: to }),
    ))
}

/// A month on the time axis: "3월".
pub fn month_mark(month: u8) -> String {
    format!("{month}월")
}

/// The first of a month on the time axis, where days are marked: "1950년 6월".
pub fn month_start_mark(year: Year, month: u8) -> String {
    format!("{} {month}월", year_words(year))
}

/// Winter runs into the next year: "1949~50년 겨울", "1999~2000년 겨울" across a century.
fn winter(year: Year) -> String {
    let next = year + 1;
    if next / 100 == year / 100 {
        format!("{year}~{:02}년 겨울", next % 100)
    } else {
        format!("{year}~{next}년 겨울")
    }
}

/// The end of a range from `start`, without the year `start` already gave: "6월" after
/// "1949년 3월", "2월 15일" after "1950년 1월 12일", "가을" after "1949년 봄".
fn end_of(start: EventDate, end: EventDate) -> String {
    let within_a_year = |d| !matches!(d, EventDate::Year { .. });
    if !(within_a_year(start) && within_a_year(end) && start.year() == end.year()) {
        return describe(end);
    }
    match end {
        EventDate::Day { month, day, .. } => format!("{month}월 {day}일"),
        EventDate::Month { month, .. } => format!("{month}월"),
        EventDate::Season { season, .. } if season != Season::Winter => {
            season_name(season).to_string()
        }
        _ => describe(end),
    }
}

/// "봄", and "초", "중반", "말" for early, mid and late in the year.
pub fn season_name(season: Season) -> &'static str {
    match season {
        Season::Early => "초",
        Season::Spring => "봄",
        Season::Mid => "중반",
        Season::Summer => "여름",
        Season::Autumn => "가을",
        Season::Late => "말",
        Season::Winter => "겨울",
    }
}

/// A year in words; astronomical year 0 is 1 BCE, "기원전 1년". Years of five digits or
/// more are counted in 만 and 억: "기원전 138억 년", "1만 2345년".
pub fn year_words(year: Year) -> String {
    let (number, era) = if year <= 0 {
        (1 - year, "기원전 ")
    } else {
        (year, "")
    };
    format!("{era}{}", korean_years(number.unsigned_abs()))
}

/// A number of years: "1949년", "1만 2345년", and "138억 년" with a space after a unit word,
/// as Korean spaces a counter after a word.
pub fn korean_years(number: u64) -> String {
    let number = korean_number(number);
    let gap = if number.ends_with(|c: char| c.is_ascii_digit()) {
        ""
    } else {
        " "
    };
    format!("{number}{gap}년")
}

/// 1949 as "1949", 12,345 as "1만 2345", 13,800,000,000 as "138억": each group of four
/// digits with its unit, the empty groups left out.
pub fn korean_number(number: u64) -> String {
    if number < 10_000 {
        return number.to_string();
    }
    let groups = [
        (number / 1_000_000_000_000, "조"),
        (number / 100_000_000 % 10_000, "억"),
        (number / 10_000 % 10_000, "만"),
        (number % 10_000, ""),
    ];
    let words: Vec<String> = groups
        .into_iter()
        .filter(|(count, _)| *count > 0)
        .map(|(count, unit)| format!("{count}{unit}"))
        .collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(date: &str, end: Option<&str>) -> String {
        let end = end.map(|e| Dating::parse(e).unwrap());
        date_words(&Dating::parse(date).unwrap(), end.as_ref())
    }

    #[test]
    fn each_kind_reads_as_a_korean_history_book_writes_it() {
        for (date, said) in [
            ("1950-01-12", "1950년 1월 12일"),
            ("1949-03", "1949년 3월"),
            ("1949-spring", "1949년 봄"),
            ("1949-21", "1949년 봄"),
            ("1950-early", "1950년 초"),
            ("1950-mid", "1950년 중반"),
            ("1949-late", "1949년 말"),
            ("1949-24", "1949~50년 겨울"),
            ("1999-winter", "1999~2000년 겨울"),
            ("1949", "1949년"),
            ("1949~", "1949년경"),
            ("1949?", "1949년(추정)"),
            ("1949%", "1949년경(추정)"),
            ("1950-06-25~", "1950년 6월 25일경"),
            ("1949-spring~", "1949년 봄 무렵"),
            ("[..1950-03]", "1950년 3월 이전"),
            ("[1949-06..]", "1949년 6월 이후"),
            ("[1949,1950]", "1949년 또는 1950년"),
            ("[1949,1950,1952]", "1949년, 1950년 또는 1952년"),
            ("[1950-03..1950-05]", "1950년 3월에서 5월 사이"),
            ("[1949-11..1950-02]", "1949년 11월에서 1950년 2월 사이"),
            ("[1949..1950-spring]", "1949년에서 1950년 봄 사이"),
            ("1949-03/1950-01", "1949년 3월 ~ 1950년 1월"),
            ("1950-03/1950-05", "1950년 3월 ~ 5월"),
            ("1949~/1950", "1949년경 ~ 1950년"),
            ("1950-03/..", "1950년 3월부터 계속"),
            ("1950-03/", "1950년 3월부터, 끝난 시기 미상"),
            ("1950-03~/", "1950년 3월경부터, 끝난 시기 미상"),
            ("1949-24?", "1949~50년 겨울(추정)"),
            ("-0500~", "기원전 501년경"),
            ("-0043-03-15", "기원전 44년 3월 15일"),
            ("0000", "기원전 1년"),
        ] {
            assert_eq!(words(date, None), said, "{date}");
        }
    }

    #[test]
    fn a_range_leaves_out_the_year_of_its_end_not_of_its_start() {
        assert_eq!(words("1949-03", Some("1950-01")), "1949년 3월 ~ 1950년 1월");
        assert_eq!(words("1949-03", Some("1949-06")), "1949년 3월 ~ 6월");
        assert_eq!(
            words("1950-01-12", Some("1950-02-15")),
            "1950년 1월 12일 ~ 2월 15일"
        );
        assert_eq!(
            words("1950-01-12", Some("1950-01-15")),
            "1950년 1월 12~15일"
        );
        assert_eq!(words("1949~", Some("1950?")), "1949년경 ~ 1950년(추정)");
        assert_eq!(
            words("1949-spring", Some("1949-autumn")),
            "1949년 봄 ~ 가을"
        );
        assert_eq!(
            words("1949-autumn", Some("1949-winter")),
            "1949년 가을 ~ 1949~50년 겨울"
        );
        assert_eq!(words("1949", Some("1950-spring")), "1949년 ~ 1950년 봄");
    }

    #[test]
    fn large_years_are_counted_in_man_and_eok() {
        assert_eq!(year_words(-13_799_999_999), "기원전 138억 년");
        assert_eq!(year_words(-65_999_999), "기원전 6600만 년");
        assert_eq!(year_words(12_345), "1만 2345년");
        assert_eq!(year_words(99_999_999_999), "999억 9999만 9999년");
        assert_eq!(korean_number(100_000_000_000), "1000억");
        assert_eq!(korean_number(2_000_000_000_000), "2조");
        assert_eq!(korean_number(10_000), "1만");
        assert_eq!(korean_number(9_999), "9999");
    }
}
