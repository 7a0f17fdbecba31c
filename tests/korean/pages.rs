//! The pages' words in Korean, and the way to the English page.

use korea_timeline::core::page::app_query::AppQuery;
use korea_timeline::core::page::language_link::language_link;
use korea_timeline::locale::pages;

#[test]
fn the_headings_use_the_glossary_s_terms() {
    assert_eq!(pages::timeline(), "연표");
    assert_eq!(pages::footnotes(), "각주");
    assert_eq!(pages::essay_and_sources(), "본문과 출처");
}

#[test]
fn counts_are_whole_korean_phrases() {
    assert_eq!(pages::has_problems(3), "에 문제가 3건 있습니다:");
    assert_eq!(
        pages::warnings(2),
        "이 연표 파일에는 작성자를 위한 경고가 2건 있습니다"
    );
    assert_eq!(pages::line_column(4, 7), " (4행 7열)");
}

#[test]
fn the_switch_leads_to_the_english_page_with_the_same_view() {
    let state = AppQuery::read(|key| (key == "event").then(|| "acheson-speech".to_string()));
    assert_eq!(language_link(&state), "./?event=acheson-speech&lang=en");
}
