//! Which format a timeline file is in, told from its name or content type (a CSV sheet) or
//! from its top-level fields (JSON), and reading it as that.

use std::str::Utf8Error;

use serde::de::IgnoredAny;

use crate::core::import::shape::{shape, Shape};
use crate::core::import::timelinejs::{self, TimelineJsFile};
use crate::core::import::timelinejs_csv::{load_timelinejs_csv, place_after};
use crate::core::load::json_locate::positions_at;
use crate::core::load::limits::{check_nesting, check_size};
use crate::core::load::problem::Problem;
use crate::core::load::{checked, load_essay_timeline, parse, placed, Loaded};
use crate::locale::{checks, import};

/// Reads an essay-timeline file or a TimelineJS file, whichever `json` is (see [`shape`]).
/// Text that is not JSON is refused as such before it is refused as neither format.
pub fn load_any(json: &str) -> Result<Loaded, Vec<Problem>> {
    check_size(json).map_err(|p| vec![p])?;
    let shape = shape(json);
    if !matches!(shape, Shape::EssayTimeline) {
        check_nesting(json).map_err(|p| vec![p])?;
    }
    let not_a_timeline = |message: String| -> Result<Loaded, Vec<Problem>> {
        parse::<IgnoredAny>(json, "JSON", true)?;
        Err(placed(json, vec![Problem::error("", message)]))
    };
    match shape {
        Shape::EssayTimeline => load_essay_timeline(json, true),
        Shape::TimelineJs => {
            let file: TimelineJsFile = parse(json, checks::timelinejs_format(), true)?;
            let (timeline, warnings) =
                timelinejs::import(&file).map_err(|problems| placed(json, problems))?;
            checked(json, timeline, warnings, timelinejs::file_path)
        }
        Shape::Other(kind) => not_a_timeline(import::holds_kind(kind)),
        Shape::Neither => not_a_timeline(import::neither_format().to_string()),
    }
}

/// Whether a content type (`text/csv`, parameters such as `; charset=utf-8` aside) or a file
/// name or URL (whose path ends in `.csv`, in any case) says a file is a CSV sheet.
pub fn names_csv(name_or_type: &str) -> bool {
    let media_type = name_or_type.split(';').next().unwrap_or_default().trim();
    let path = name_or_type
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .trim();
    media_type.eq_ignore_ascii_case("text/csv")
        || path
            .len()
            .checked_sub(4)
            .is_some_and(|cut| path.as_bytes()[cut..].eq_ignore_ascii_case(b".csv"))
}

/// Reads a TimelineJS sheet saved as CSV when `name_or_type` (the file's name, its URL or its
/// content type) says it is one (see [`names_csv`]), and otherwise JSON in either format
/// (see [`load_any`]).
pub fn load_named(text: &str, name_or_type: &str) -> Result<Loaded, Vec<Problem>> {
    if names_csv(name_or_type) {
        load_timelinejs_csv(text)
    } else {
        load_any(text)
    }
}

/// [`load_named`] for a file's bytes, refusing a file that is not UTF-8 text with the place of
/// its first bad byte: the row and column of a sheet, the line and column of JSON.
pub fn load_bytes_named(bytes: &[u8], name_or_type: &str) -> Result<Loaded, Vec<Problem>> {
    check_size(bytes).map_err(|p| vec![p])?;
    match std::str::from_utf8(bytes) {
        Ok(text) => load_named(text, name_or_type),
        Err(e) => Err(vec![not_utf8(bytes, e, names_csv(name_or_type))]),
    }
}

/// Why `bytes` are not UTF-8 text, placed at the first byte that is not.
fn not_utf8(bytes: &[u8], error: Utf8Error, is_csv: bool) -> Problem {
    let valid = error.valid_up_to();
    let before = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
    let what = match error.error_len() {
        Some(_) => import::bad_byte(format!("{:02X}", bytes[valid])),
        None => import::ends_in_character().to_string(),
    };
    if is_csv {
        Problem::error(place_after(before), import::not_utf8_sheet(what))
    } else {
        Problem::error("", import::not_utf8(what)).at(positions_at(before, &[Some(valid)])[0])
    }
}

/// What a Korean page is told about a bad file: the problem in Korean, still at its place.
#[cfg(all(test, feature = "every-language"))]
mod in_korean {
    use super::*;
    use crate::locale::choose;

    const SHIPPED: &str = include_str!("../../../public/timelines/korea-1945-1950.json");

    /// `file`'s problems (errors, or the warnings of a file that loads) as a Korean page gets
    /// them, each as `place: message`.
    fn problems(file: &str, name: &str) -> Vec<String> {
        choose("ko");
        let found = load_bytes_named(file.as_bytes(), name).map_or_else(|e| e, |l| l.warnings);
        choose("en");
        found
            .iter()
            .map(|p| format!("{}: {}", p.path, p.message))
            .collect()
    }

    fn assert_has(found: &[String], problem: &str) {
        assert!(found.iter().any(|p| p == problem), "{problem}: {found:#?}");
    }

    #[test]
    fn a_day_that_does_not_exist_is_refused_in_korean_at_its_date() {
        let found = problems(&SHIPPED.replacen("1945-08-15", "1950-02-30", 1), "t.json");
        assert_has(
            &found,
            "events[0].date: 파일이 본문 연표 형식에 맞지 않습니다. 실제로 없는 날짜입니다: \
             “1950-02-30”. 1950년 2월은 28일까지 있습니다",
        );
        let slide = r#"{"events": [{"start_date": {"year": 1950, "month": 2, "day": 30},
            "text": {"headline": "A"}}]}"#;
        assert_has(
            &problems(slide, "t.json"),
            "events[0].start_date.day: 1950년 2월 30일은 없습니다. 1950년 2월은 28일까지 \
             있습니다. 그래서 1950년 2월의 일로 읽었습니다",
        );
    }

    #[test]
    fn a_missing_headline_is_named_in_korean_in_either_format() {
        let empty = SHIPPED.replacen(
            "\"headline\": \"Korea liberated from Japanese rule\"",
            "\"headline\": \" \"",
            1,
        );
        assert_has(
            &problems(&empty, "t.json"),
            "events[0].headline: 사건 제목이 비어 있습니다",
        );
        let missing = SHIPPED.replacen(
            "\"headline\": \"Korea liberated from Japanese rule\",",
            "",
            1,
        );
        assert_has(
            &problems(&missing, "t.json"),
            "events[0]: 파일이 본문 연표 형식에 맞지 않습니다. `headline` 필드가 없습니다",
        );
        let slide =
            r#"{"events": [{"start_date": {"year": 1950}, "text": {"text": "War begins"}}]}"#;
        assert_has(
            &problems(slide, "t.json"),
            "events[0].text.headline: 슬라이드에 제목이 없어 슬라이드 텍스트의 첫머리에서 \
             이름을 따왔습니다: “War begins”",
        );
    }

    #[test]
    fn a_bad_sheet_column_is_named_by_its_row_and_column_in_korean() {
        let sheet = "Year,Notes,Headline\nnineteen,x,War\n";
        let found = problems(sheet, "t.csv");
        assert_has(&found, "2행, Year 열: 정수가 아닙니다: “nineteen”");
        assert_has(
            &found,
            "1행, B 열: TimelineJS가 읽지 않는 열이어서 무시했습니다: “Notes”",
        );
        let no_year = problems("Month,Headline\n3,War\n", "t.csv");
        assert!(
            no_year[0].starts_with("1행: 머리글 행에 “Year” 열이 없습니다."),
            "{no_year:?}"
        );
        assert!(
            no_year[0].ends_with("Type, Group, Background"),
            "{no_year:?}"
        );
    }
}
