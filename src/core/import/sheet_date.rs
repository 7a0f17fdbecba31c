//! A date cell of an older TimelineJS sheet (its first template, with "Start Date" and
//! "End Date" columns rather than Year, Month and Day), read as TimelineJS's `parseDate`
//! reads it: `1950`, `1950-06` or `1950-06-25` (a year may be negative or have a `+`); an
//! ISO 8601 date and time (`1950-06-25T04:00`); otherwise the first `month/day/year` or
//! `month/year` in the cell (`6/25/1950`, `6/1950`). A time is not read, as the JSON
//! importer reads none. Anything else has no year, which the date checks refuse at the cell.

use crate::core::import::slide_date::{DatePart, SlideDate};

/// The parts of `cell`, each kept as written, so the checks quote what the author typed.
pub(crate) fn sheet_date(cell: &str) -> SlideDate {
    let [year, month, day] = iso_parts(cell)
        .or_else(|| iso_date_time(cell))
        .or_else(|| slashed(cell))
        .unwrap_or_default();
    let part = |text: &str| (!text.is_empty()).then(|| DatePart::Text(text.to_string()));
    SlideDate {
        year: part(year),
        month: part(month),
        day: part(day),
        display_date: None,
    }
}

/// `[+-]year[-MM[-DD]]`, as year, month and day.
fn iso_parts(cell: &str) -> Option<[&str; 3]> {
    let signless = cell.strip_prefix(['+', '-']).unwrap_or(cell);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mut parts = signless.split('-');
    let year = parts.next().filter(|y| digits(y))?;
    let month = parts.next().unwrap_or_default();
    let day = parts.next().unwrap_or_default();
    let two = |s: &str| s.is_empty() || (s.len() == 2 && digits(s));
    if parts.next().is_some() || !two(month) || !two(day) || (month.is_empty() && !day.is_empty()) {
        return None;
    }
    // The year as written, with its minus sign; a `+` is dropped, as TimelineJS drops it.
    let year = match cell.strip_prefix('-') {
        Some(_) => &cell[..year.len() + 1],
        None => year,
    };
    Some([year, month, day])
}

/// `YYYY-MM-DDThh:mm…` or `YYYY-MM-DD hh:mm…`: the date before the time.
fn iso_date_time(cell: &str) -> Option<[&str; 3]> {
    let (date, _time) = cell.split_once(['T', ' '])?;
    let signless = date.strip_prefix(['+', '-']).unwrap_or(date);
    (signless.len() == 10).then_some(())?;
    iso_parts(date).filter(|[_, month, day]| !month.is_empty() && !day.is_empty())
}

/// The first `month/day/year`, else the first `month/year`, anywhere in the cell.
fn slashed(cell: &str) -> Option<[&str; 3]> {
    let runs: Vec<&str> = cell
        .split(|c: char| !c.is_ascii_digit() && c != '/')
        .filter(|run| run.contains('/'))
        .collect();
    for run in &runs {
        let numbers: Vec<&str> = run.split('/').filter(|n| !n.is_empty()).collect();
        if let [month, day, year, ..] = numbers.as_slice() {
            return Some([year, month, day]);
        }
    }
    runs.iter()
        .find_map(|run| match run.split('/').collect::<Vec<_>>().as_slice() {
            [month, year, ..] if !month.is_empty() && !year.is_empty() => Some([*year, *month, ""]),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(cell: &str) -> [String; 3] {
        let date = sheet_date(cell);
        let text = |part: Option<DatePart>| match part {
            Some(DatePart::Text(t)) => t,
            None => String::new(),
            Some(_) => unreachable!("a sheet's cell is text"),
        };
        [text(date.year), text(date.month), text(date.day)]
    }

    #[test]
    fn reads_each_form_timelinejs_reads() {
        for (cell, [year, month, day]) in [
            ("1950", ["1950", "", ""]),
            ("1950-06", ["1950", "06", ""]),
            ("1950-06-25", ["1950", "06", "25"]),
            ("-500", ["-500", "", ""]),
            ("+2000-01", ["2000", "01", ""]),
            ("1950-06-25T04:00:00Z", ["1950", "06", "25"]),
            ("1950-06-25 04:00", ["1950", "06", "25"]),
            ("6/25/1950", ["1950", "6", "25"]),
            ("6/25/1950 4:00", ["1950", "6", "25"]),
            ("6/1950", ["1950", "6", ""]),
            ("about 6/1950", ["1950", "6", ""]),
        ] {
            assert_eq!(parts(cell), [year, month, day].map(String::from), "{cell}");
        }
    }

    #[test]
    fn anything_else_has_no_year() {
        for cell in ["", "June 1950", "1950-6", "1950--25", "4:00"] {
            assert_eq!(parts(cell)[0], "", "{cell}");
        }
    }
}
