//! Properties over generated inputs: dates, hedged ones too, survive their file form and
//! order days the way the calendar does, and no input whatever makes loading, reading a date
//! or locating panic.

use korea_timeline::core::import::detect::load_any;
use korea_timeline::core::load::json_locate::{locate, locate_all, Position};
use korea_timeline::core::model::date_words::date_words;
use korea_timeline::core::model::dating::{Dating, Hedged, Until};
use korea_timeline::core::model::event_date::{
    day_number, days_in_month, year_label, EventDate, Season, Year, MAX_YEAR,
};
use korea_timeline::core::model::hedge::Hedge;
use proptest::prelude::*;
use proptest::sample::{select, Index};

const KOREA: &str = include_str!("../public/timelines/korea-1945-1950.json");
const TIMELINEJS: &str = include_str!("fixtures/timelinejs-good.json");

/// Years near history most of the time, and the extremes a file may name.
fn year() -> impl Strategy<Value = Year> {
    prop_oneof![
        4 => -3000..=3000i64,
        2 => -MAX_YEAR..=MAX_YEAR,
        1 => select(vec![-MAX_YEAR, -1, 0, 1, MAX_YEAR - 1, MAX_YEAR]),
    ]
}

fn day() -> impl Strategy<Value = (Year, u8, u8)> {
    (year(), 1..=12u8, 1..=31u8).prop_map(|(y, m, d)| (y, m, d.min(days_in_month(y, m))))
}

fn date() -> impl Strategy<Value = EventDate> {
    let seasons = Season::ALL.to_vec();
    prop_oneof![
        day().prop_map(|(year, month, day)| EventDate::Day { year, month, day }),
        (year(), 1..=12u8).prop_map(|(year, month)| EventDate::Month { year, month }),
        (year(), select(seasons)).prop_map(|(year, season)| EventDate::Season { year, season }),
        year().prop_map(|year| EventDate::Year { year }),
    ]
}

fn hedged() -> impl Strategy<Value = Hedged> {
    let hedges = vec![
        Hedge::Sure,
        Hedge::Approximate,
        Hedge::Uncertain,
        Hedge::Both,
    ];
    (date(), select(hedges)).prop_map(|(date, hedge)| Hedged { date, hedge })
}

/// `(a, b)` in order of their first days.
fn ordered<T>(a: T, b: T, first_day: impl Fn(&T) -> i64) -> (T, T) {
    if first_day(&b) < first_day(&a) {
        (b, a)
    } else {
        (a, b)
    }
}

/// Every kind of date field, well formed: lists in order, ends not before their starts.
fn dating() -> BoxedStrategy<Dating> {
    prop_oneof![
        hedged().prop_map(Dating::On),
        date().prop_map(Dating::Before),
        date().prop_map(Dating::After),
        proptest::collection::vec(date(), 2..5).prop_filter_map("two dates apart", |mut dates| {
            dates.sort_by_key(|d| d.first_day());
            dates.dedup_by_key(|d| d.first_day());
            (dates.len() >= 2).then_some(Dating::OneOf(dates))
        }),
        (date(), date()).prop_map(|(a, b)| {
            let (a, b) = ordered(a, b, |d| d.first_day());
            Dating::Between(a, b)
        }),
        (hedged(), hedged()).prop_map(|(a, b)| {
            let (a, b) = ordered(a, b, |h| h.date.first_day());
            Dating::From(a, Until::Date(b))
        }),
        (hedged(), any::<bool>()).prop_map(|(a, ongoing)| {
            Dating::From(
                a,
                if ongoing {
                    Until::Ongoing
                } else {
                    Until::Unknown
                },
            )
        }),
    ]
    .boxed()
}

/// The first day of the span `d` covers and its length in days, as docs/format.md documents
/// each form (a season by its months: "spring" is March–May, "winter 1949" December 1949 to
/// February 1950), counted with the calendar's month lengths.
fn documented_span(d: EventDate) -> ((Year, u8, u8), i64) {
    let months = |year: Year, first: u8, count: u8| {
        let days = (0..count)
            .map(|k| {
                let m = first - 1 + k;
                i64::from(days_in_month(year + Year::from(m / 12), m % 12 + 1))
            })
            .sum();
        ((year, first, 1), days)
    };
    match d {
        EventDate::Day { year, month, day } => ((year, month, day), 1),
        EventDate::Month { year, month } => months(year, month, 1),
        EventDate::Season { year, season } => {
            let (first, count) = match season {
                Season::Early => (1, 4),
                Season::Spring => (3, 3),
                Season::Mid => (5, 4),
                Season::Summer => (6, 3),
                Season::Autumn => (9, 3),
                Season::Late => (9, 4),
                Season::Winter => (12, 3),
            };
            months(year, first, count)
        }
        EventDate::Year { year } => months(year, 1, 12),
    }
}

/// The day after `(y, m, d)` on the calendar.
fn next_day((y, m, d): (Year, u8, u8)) -> (Year, u8, u8) {
    if d < days_in_month(y, m) {
        (y, m, d + 1)
    } else if m < 12 {
        (y, m + 1, 1)
    } else {
        (y + 1, 1, 1)
    }
}

/// Pieces of JSON and of the formats, so mutations reach past the parser into the checks.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        select(vec![
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"",
            "\\",
            "null",
            "true",
            "-1",
            "0",
            "1e999",
            "99999999999999999999",
            "\"\"",
            "\"1950-02-30\"",
            "\"-0044-03-15\"",
            "\"x\"",
            "{\"year\": -5}",
            "[[[[[[[[",
            "\u{feff}",
            "“",
            "\u{0}",
        ])
        .prop_map(str::to_string),
        any::<String>(),
    ]
}

/// `text` with one edit at a character boundary: a cut, an insertion or a replacement.
fn mutate(text: &str, at: Index, len: Index, kind: u8, piece: &str) -> String {
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let start = bounds[at.index(bounds.len())];
    let end =
        bounds[(bounds.partition_point(|&b| b < start) + len.index(40)).min(bounds.len() - 1)];
    match kind % 3 {
        0 => format!("{}{}", &text[..start], &text[end..]),
        1 => format!("{}{piece}{}", &text[..start], &text[start..]),
        _ => format!("{}{piece}{}", &text[..start], &text[end..]),
    }
}

/// What JSON text has between values: the scanner steps over these.
const BETWEEN_VALUES: &str = " \t\n\r:,}]";

/// Where the first value in `text` starts, counted as an editor counts: the first character
/// that is not between values.
fn first_value_start(text: &str) -> Option<Position> {
    let mut here = Position { line: 1, column: 1 };
    for c in text.chars() {
        if !BETWEEN_VALUES.contains(c) {
            return Some(here);
        }
        if c == '\n' {
            here = Position {
                line: here.line + 1,
                column: 1,
            };
        } else {
            here.column += 1;
        }
    }
    None
}

/// Loading may refuse the text but must not panic, and every place it names is in the text.
fn load_is_total(text: &str) {
    if let Err(problems) = load_any(text) {
        assert!(!problems.is_empty());
        let lines = text.split('\n').count();
        for problem in problems {
            if let Some(line) = problem.line {
                assert!((1..=lines).contains(&line), "{problem:?} in {lines} lines");
                assert!(problem.column.is_some_and(|c| c >= 1), "{problem:?}");
            }
        }
    }
}

proptest! {
    #[test]
    fn dates_survive_their_file_form(d in date()) {
        prop_assert_eq!(EventDate::parse(&d.to_string()), Ok(d));
    }

    #[test]
    fn parsing_any_text_either_fails_or_round_trips(text in "-?[0-9]{0,11}(-[0-9a-z]{0,7}){0,3}|\\PC{0,20}") {
        if let Ok(d) = EventDate::parse(&text) {
            prop_assert_eq!(EventDate::parse(&d.to_string()), Ok(d));
        }
    }

    #[test]
    fn hedged_dates_survive_their_file_form(d in dating()) {
        prop_assert_eq!(Dating::parse(&d.to_string()), Ok(d.clone()), "{}", d);
    }

    #[test]
    fn reading_any_text_as_a_hedged_date_either_fails_or_round_trips(
        text in "\\[?((-?[0-9]{1,4}(-(0[1-9]|1[0-3]|2[0-5]|spring)){0,2}[~?%]{0,2})|\\.\\.|/|,){0,5}\\]?|\\PC{0,24}"
    ) {
        if let Ok(d) = Dating::parse(&text) {
            prop_assert_eq!(Dating::parse(&d.to_string()), Ok(d.clone()), "{} from {:?}", d, text);
            let span = d.span(None);
            prop_assert!(span.first_day() < span.end_day(), "{}", d);
        }
    }

    #[test]
    fn a_hedged_date_spans_every_day_it_names_and_at_least_one(d in dating()) {
        let span = d.span(None);
        prop_assert!(span.first_day() < span.end_day(), "{}", d);
        prop_assert!(span.first_day() <= d.first().first_day(), "{}", d);
        prop_assert!(d.last().end_day() <= span.end_day(), "{}", d);
        // The words name the year it starts in, whatever the kind.
        let words = date_words(&d, None);
        prop_assert!(words.contains(&year_label(d.first().year())), "{} reads {}", d, words);
    }

    #[test]
    fn reading_order_follows_the_days(a in dating(), b in dating(), hedge in hedged()) {
        let (a_span, b_span) = (a.span(None), b.span(None));
        if a_span.end_day() <= b_span.first_day() && a_span.first_day() < b_span.first_day() {
            prop_assert!(a_span.reading_key() < b_span.reading_key(), "{} before {}", a, b);
        }
        // Hedging a date does not move it.
        let sure = Dating::from(hedge.date).span(None).reading_key();
        prop_assert_eq!(Dating::On(hedge).span(None).reading_key(), sure);
    }

    #[test]
    fn every_date_covers_the_days_the_format_documents(d in date()) {
        let ((year, month, day), days) = documented_span(d);
        prop_assert_eq!(d.first_day(), day_number(year, month, day), "{}", d);
        prop_assert_eq!(d.end_day() - d.first_day(), days, "{}", d);
        let _ = d.describe();
    }

    #[test]
    fn day_numbers_count_calendar_days(a in day(), b in day()) {
        let (y, m, d) = a;
        let next = next_day(a);
        prop_assert_eq!(day_number(next.0, next.1, next.2), day_number(y, m, d) + 1);
        prop_assert_eq!(a.cmp(&b), day_number(a.0, a.1, a.2).cmp(&day_number(b.0, b.1, b.2)));
    }

    #[test]
    fn loading_never_panics_on_any_text(text in any::<String>()) {
        load_is_total(&text);
    }

    #[test]
    fn loading_never_panics_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        load_is_total(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn loading_never_panics_on_mutated_timelines(
        tjs in any::<bool>(),
        edits in proptest::collection::vec((any::<Index>(), any::<Index>(), any::<u8>(), fragment()), 1..4),
    ) {
        let mut text = if tjs { TIMELINEJS } else { KOREA }.to_string();
        for (at, len, kind, piece) in &edits {
            text = mutate(&text, *at, *len, *kind, piece);
        }
        load_is_total(&text);
    }

    #[test]
    fn locating_finds_the_start_of_a_value(text in "\\PC{0,200}|[\\[\\]{}\":, a-z0-9\\\\]{0,200}", path in "[a-z.\\[\\]0-9]{0,20}") {
        let found = locate_all(&text, &[path.as_str(), ""]);
        // One pass finds what a search for each path alone finds.
        prop_assert_eq!(found[0], locate(&text, &path));
        prop_assert_eq!(found[1], locate(&text, ""));
        // The whole document starts at its first character that is neither space nor
        // punctuation between values; there is none only in text that holds no value.
        prop_assert_eq!(found[1], first_value_start(&text));
        // Any other path resolves to itself or to an enclosing value, the document at least.
        prop_assert_eq!(found[0].is_some(), found[1].is_some());
        if let (Some(at), Some(document)) = (found[0], found[1]) {
            prop_assert!((at.line, at.column) >= (document.line, document.column), "{:?}", at);
            let first = text
                .split('\n')
                .nth(at.line - 1)
                .and_then(|line| line.chars().nth(at.column - 1));
            prop_assert!(first.is_some_and(|c| !BETWEEN_VALUES.contains(c)), "{:?} at {:?}", first, at);
        }
    }
}
