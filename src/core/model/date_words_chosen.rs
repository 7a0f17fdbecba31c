//! Dates in the words of the language the page runs in (`crate::locale::korean()`), for the
//! builds that hold both (the editor, the cite page): each function the English or the
//! Korean one, chosen at run time. A reader's build names one of the two files directly.

use crate::core::model::dating::Dating;
use crate::core::model::event_date::{DateSpan, Year};
use crate::core::model::{date_words as english, date_words_korean as korean};
use crate::locale::korean as in_korean;

/// An event's date, with its `end` field, in words.
pub fn date_words(date: &Dating, end: Option<&Dating>) -> String {
    if in_korean() {
        korean::date_words(date, end)
    } else {
        english::date_words(date, end)
    }
}

/// The years a span covers, in words.
pub fn span(span: DateSpan) -> String {
    if in_korean() {
        korean::span(span)
    } else {
        english::span(span)
    }
}

/// A year: "1950", "1950년".
pub fn year_words(year: Year) -> String {
    if in_korean() {
        korean::year_words(year)
    } else {
        english::year_words(year)
    }
}

/// From one year to another: "1945–1950".
pub fn year_range(from: Year, to: Year) -> String {
    if in_korean() {
        korean::year_range(from, to)
    } else {
        english::year_range(from, to)
    }
}

/// A month on the time axis: "Mar", "3월".
pub fn month_mark(month: u8) -> String {
    if in_korean() {
        korean::month_mark(month)
    } else {
        english::month_mark(month)
    }
}

/// The first of a month on the time axis: "Jun 1950", "1950년 6월".
pub fn month_start_mark(year: Year, month: u8) -> String {
    if in_korean() {
        korean::month_start_mark(year, month)
    } else {
        english::month_start_mark(year, month)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::choose;

    #[test]
    fn follows_the_language_chosen() {
        let date = Dating::parse("1950-01-12").expect("a date");
        choose("ko");
        assert_eq!(date_words(&date, None), "1950년 1월 12일");
        assert_eq!(month_mark(3), "3월");
        choose("en");
        assert_eq!(date_words(&date, None), "12 January 1950");
    }
}
