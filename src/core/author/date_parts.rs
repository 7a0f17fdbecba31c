//! A date as the editor's fields hold it: a precision (day, month, season or year) and the
//! parts that precision asks for, typed as text. The parts become an `EventDate` through the
//! format's own parser, so the editor refuses exactly what a file would, in the same words
//! ("February 1950 has 28 days"). A date hedged as historians hedge it (EDTF: `1949~`,
//! `[..1950-03]`) is typed as written instead, and one opened from a file is shown so, kept
//! exactly as it came.

use crate::core::model::dating::Dating;
use crate::core::model::event_date::{DateError, EventDate, Precision, Season};
use crate::locale::editor_checks;

/// A word in the page's language, a function so a table of them can be a constant.
pub type Word = fn() -> &'static str;

/// The precisions an author chooses from, with their names in the form.
pub const PRECISIONS: [(Precision, Word); 4] = [
    (Precision::Day, editor_checks::precision_day),
    (Precision::Month, editor_checks::precision_month),
    (Precision::Season, editor_checks::precision_season),
    (Precision::Year, editor_checks::precision_year),
];

/// The `<select>` value, and its name, of the form that types a date as written (EDTF).
pub const WRITTEN: (&str, Word) = ("edtf", editor_checks::as_written);

/// A precision's stable name, for a `<select>`'s values.
pub fn precision_name(precision: Precision) -> &'static str {
    match precision {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Season => "season",
        Precision::Year => "year",
    }
}

pub fn precision_named(name: &str) -> Option<Precision> {
    PRECISIONS
        .iter()
        .map(|(p, _)| *p)
        .find(|p| precision_name(*p) == name)
}

/// A season with the months it covers, as the form lists it.
pub fn season_label(season: Season) -> &'static str {
    match season {
        Season::Early => editor_checks::season_early(),
        Season::Spring => editor_checks::season_spring(),
        Season::Mid => editor_checks::season_mid(),
        Season::Summer => editor_checks::season_summer(),
        Season::Autumn => editor_checks::season_autumn(),
        Season::Late => editor_checks::season_late(),
        Season::Winter => editor_checks::season_winter(),
    }
}

pub fn season_named(name: &str) -> Option<Season> {
    Season::ALL.into_iter().find(|s| s.name() == name)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateParts {
    pub precision: Precision,
    /// The year as typed; a leading `-` for years before year 0.
    pub year: String,
    /// 1–12.
    pub month: u8,
    /// The day of the month as typed.
    pub day: String,
    pub season: Season,
    /// The date as written in EDTF, when it is typed so rather than in parts.
    pub written: Option<String>,
}

impl Default for DateParts {
    fn default() -> DateParts {
        DateParts {
            precision: Precision::Day,
            year: String::new(),
            month: 1,
            day: String::new(),
            season: Season::Spring,
            written: None,
        }
    }
}

impl DateParts {
    /// The fields showing `date`; blank fields of `precision` for no date. A hedged date
    /// shows as written.
    pub fn of(date: Option<&Dating>, precision: Precision) -> DateParts {
        let blank = DateParts {
            precision,
            ..DateParts::default()
        };
        if let Some(hedged) = date.filter(|d| d.plain().is_none()) {
            return DateParts {
                written: Some(hedged.to_string()),
                ..blank
            };
        }
        match date.and_then(Dating::plain) {
            None => blank,
            Some(EventDate::Day { year, month, day }) => DateParts {
                precision: Precision::Day,
                year: year.to_string(),
                month,
                day: day.to_string(),
                ..blank
            },
            Some(EventDate::Month { year, month }) => DateParts {
                precision: Precision::Month,
                year: year.to_string(),
                month,
                ..blank
            },
            Some(EventDate::Season { year, season }) => DateParts {
                precision: Precision::Season,
                year: year.to_string(),
                season,
                ..blank
            },
            Some(EventDate::Year { year }) => DateParts {
                precision: Precision::Year,
                year: year.to_string(),
                ..blank
            },
        }
    }

    /// The date the fields give: None while the year (or the date as written) is blank, or
    /// why they give none.
    pub fn date(&self) -> Result<Option<Dating>, DateError> {
        if let Some(written) = &self.written {
            let written = written.trim();
            return match written {
                "" => Ok(None),
                _ => Dating::parse(written).map(Some),
            };
        }
        let year = self.year.trim();
        if year.is_empty() {
            return Ok(None);
        }
        let (sign, digits) = match year.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", year),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DateError(editor_checks::not_a_year(year)));
        }
        // The file writes years with at least four digits; so does the parser expect them.
        let year = format!("{sign}{digits:0>4}");
        let text = match self.precision {
            Precision::Year => year,
            Precision::Season => format!("{year}-{}", self.season.name()),
            Precision::Month => format!("{year}-{:02}", self.month),
            Precision::Day => {
                let day = self.day.trim();
                let day: u8 = day.parse().map_err(|_| {
                    DateError(if day.is_empty() {
                        editor_checks::give_day().to_string()
                    } else {
                        editor_checks::not_a_day(day)
                    })
                })?;
                format!("{year}-{:02}-{day:02}", self.month)
            }
        };
        EventDate::parse(&text).map(|d| Some(d.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(precision: Precision, year: &str, month: u8, day: &str) -> DateParts {
        DateParts {
            precision,
            year: year.into(),
            month,
            day: day.into(),
            season: Season::Winter,
            written: None,
        }
    }

    fn written(text: &str) -> DateParts {
        DateParts {
            written: Some(text.into()),
            ..DateParts::default()
        }
    }

    #[test]
    fn each_precision_gives_its_date() {
        let date = |p: DateParts| p.date().unwrap().unwrap().plain().unwrap();
        assert_eq!(
            date(parts(Precision::Day, "1950", 1, "12")),
            EventDate::parse("1950-01-12").unwrap()
        );
        assert_eq!(
            date(parts(Precision::Month, " 1949 ", 3, "")),
            EventDate::parse("1949-03").unwrap()
        );
        assert_eq!(
            date(parts(Precision::Season, "1949", 3, "")),
            EventDate::parse("1949-winter").unwrap()
        );
        assert_eq!(
            date(parts(Precision::Year, "-44", 3, "15")),
            EventDate::parse("-0044").unwrap()
        );
        assert_eq!(date(parts(Precision::Year, "800", 1, "")).year(), 800);
    }

    #[test]
    fn a_date_typed_as_written_is_read_as_a_file_reads_it() {
        assert_eq!(
            written(" [..1950-03] ").date(),
            Ok(Some(Dating::parse("[..1950-03]").unwrap()))
        );
        assert_eq!(written("  ").date(), Ok(None));
        let why = written("[1950,1949]").date().unwrap_err().0;
        assert!(why.contains("each later than the one before"), "{why}");
        // Typed as written, a plain date is still a plain date.
        assert_eq!(
            written("1949-03").date(),
            Ok(Some(EventDate::parse("1949-03").unwrap().into()))
        );
    }

    #[test]
    fn a_blank_year_is_no_date_yet_and_bad_parts_say_why() {
        assert_eq!(parts(Precision::Day, " ", 1, "").date(), Ok(None));
        let why = |p: DateParts| p.date().unwrap_err().0;
        assert!(why(parts(Precision::Day, "1950", 2, "30")).contains("February 1950 has 28 days"));
        assert!(why(parts(Precision::Day, "1950", 2, "")).contains("give the day"));
        assert!(why(parts(Precision::Day, "1950", 2, "x")).contains("“x” is not a day"));
        assert!(why(parts(Precision::Year, "19x9", 1, "")).contains("not a year"));
        assert!(why(parts(Precision::Year, "-", 1, "")).contains("not a year"));
    }

    #[cfg(feature = "every-language")]
    #[test]
    fn in_korean_bad_parts_say_why_and_the_choices_are_korean() {
        crate::locale::choose("ko");
        let why = |p: DateParts| p.date().unwrap_err().0;
        assert_eq!(
            why(parts(Precision::Year, "19x9", 1, "")),
            "연도를 알아볼 수 없습니다(“19x9”). 숫자로 적고, 기원전 연도는 앞에 - 기호를 붙이세요"
        );
        assert!(why(parts(Precision::Day, "1950", 2, "")).starts_with("며칠인지"));
        assert_eq!(season_label(Season::Winter), "겨울(12~2월)");
        assert_eq!(
            PRECISIONS.map(|(_, name)| name()),
            ["일", "월", "계절", "연도"]
        );
    }

    #[test]
    fn the_fields_of_a_date_give_it_back() {
        for text in ["1950-01-12", "1949-03", "1950-early", "1949", "-0044-03-15"] {
            let date = Dating::parse(text).unwrap();
            let fields = DateParts::of(Some(&date), Precision::Year);
            assert_eq!(fields.precision, date.first().precision());
            assert_eq!(fields.written, None, "{text} shows in parts");
            assert_eq!(fields.date(), Ok(Some(date)), "{text}");
        }
        // A hedged date shows as written, and gives back exactly what it was.
        for text in [
            "1949~",
            "[..1950-03]",
            "[1949,1950]",
            "1950-03/..",
            "1950-03/",
        ] {
            let date = Dating::parse(text).unwrap();
            let fields = DateParts::of(Some(&date), Precision::Day);
            assert_eq!(fields.written.as_deref(), Some(text));
            assert_eq!(fields.date(), Ok(Some(date)), "{text}");
        }
        let blank = DateParts::of(None, Precision::Season);
        assert_eq!(blank.precision, Precision::Season);
        assert_eq!(blank.date(), Ok(None));
    }

    #[test]
    fn names_read_back() {
        for (precision, _) in PRECISIONS {
            assert_eq!(precision_named(precision_name(precision)), Some(precision));
        }
        for season in Season::ALL {
            assert_eq!(season_named(season.name()), Some(season));
            assert!(season_label(season).starts_with(season.name()));
        }
        assert_eq!(precision_named("decade"), None);
    }
}
