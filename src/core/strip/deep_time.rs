//! Marks on an axis that reaches into deep time. Once marks are 10,000 years or more apart
//! they count years before the present ("300 thousand years ago", "66 million years ago",
//! "13.8 billion years ago"), as geologists and astronomers write them, not calendar years.

use crate::core::model::date_words_korean::korean_years;
use crate::core::model::event_date::Year;
use crate::core::strip::fixed_point::Fixed;

/// The present that "years ago" counts back from: 1950, as "Before Present" does in
/// radiocarbon and geological dating. Marks sit at round numbers of years before it.
pub const PRESENT: Year = 1950;

/// The smallest step between marks that are labelled in years ago.
pub const DEEP_TIME_STEP: Year = 10_000;

/// "66 million years ago" for 66,000,000 years before the present, "in 5 billion years" for
/// a time after it, "present" for none.
pub fn years_ago(years: Year) -> String {
    let count = amount(years.unsigned_abs());
    match years {
        0 => "present".into(),
        1.. => format!("{count} years ago"),
        _ => format!("in {count} years"),
    }
}

/// Either, in the language the page runs in: for the builds that hold both.
#[cfg(feature = "every-language")]
pub fn years_ago_chosen(years: Year) -> String {
    if crate::locale::korean() {
        years_ago_korean(years)
    } else {
        years_ago(years)
    }
}

/// The same in Korean: "6600만 년 전", "138억 년 전", "50억 년 후", "현재". Korean counts
/// in 만 and 억, so a mark's round number needs no decimals ("123만 년 전").
pub fn years_ago_korean(years: Year) -> String {
    let count = korean_years(years.unsigned_abs());
    match years {
        0 => "현재".into(),
        1.. => format!("{count} 전"),
        _ => format!("{count} 후"),
    }
}

/// 300,000 as "300 thousand", 1,230,000 as "1.23 million", 13,800,000,000 as "13.8 billion".
fn amount(years: u64) -> String {
    let (unit, word) = [(1e9, " billion"), (1e6, " million"), (1e3, " thousand")]
        .into_iter()
        .find(|(unit, _)| years as f64 >= *unit)
        .unwrap_or((1.0, ""));
    // Nine decimals hold any whole number of years; the zeros after the last digit go.
    let number = Fixed(years as f64 / unit, 9).to_string();
    format!(
        "{}{word}",
        number.trim_end_matches('0').trim_end_matches('.')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_time_is_written_in_thousands_millions_and_billions_of_years() {
        assert_eq!(years_ago(300_000), "300 thousand years ago");
        assert_eq!(years_ago(66_000_000), "66 million years ago");
        assert_eq!(years_ago(1_230_000), "1.23 million years ago");
        assert_eq!(years_ago(13_800_000_000), "13.8 billion years ago");
        assert_eq!(years_ago(100_000_000_000), "100 billion years ago");
        assert_eq!(years_ago(0), "present");
        assert_eq!(years_ago(-5_000_000_000), "in 5 billion years");
    }

    #[test]
    fn korean_counts_deep_time_in_man_and_eok() {
        assert_eq!(years_ago_korean(300_000), "30만 년 전");
        assert_eq!(years_ago_korean(66_000_000), "6600만 년 전");
        assert_eq!(years_ago_korean(1_230_000), "123만 년 전");
        assert_eq!(years_ago_korean(13_800_000_000), "138억 년 전");
        assert_eq!(years_ago_korean(12_345), "1만 2345년 전");
        assert_eq!(years_ago_korean(0), "현재");
        assert_eq!(years_ago_korean(-5_000_000_000), "50억 년 후");
    }
}
