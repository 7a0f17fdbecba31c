//! The sources page and the handout in Korean, and the Korean reader's ways to them: the
//! `.ko.html` pages, and the cite page asked for in Korean.

use korea_timeline::core::page::app_query::AppQuery;
use korea_timeline::core::page::sources_page::{cite_page, coins_file, handout_page, sources_page};
use korea_timeline::core::sources::cite_page::event_section;
use korea_timeline::core::sources::handout::handout_html;
use korea_timeline::core::sources::page::page_html;
use korea_timeline::core::sources::works::works;

use crate::korea;

#[test]
fn the_korean_reader_links_the_korean_pages() {
    let shipped = AppQuery::default();
    assert_eq!(
        handout_page(&shipped).as_deref(),
        Some("sources/korea-1945-1950-handout.ko.html")
    );
    assert_eq!(
        sources_page(&shipped, Some("b3")).as_deref(),
        Some("sources/korea-1945-1950.ko.html#entry-b3")
    );
    // One list of works for both languages.
    assert_eq!(
        coins_file(&shipped).as_deref(),
        Some("sources/korea-1945-1950.coins.json")
    );
    assert_eq!(
        cite_page(&shipped, Some("invasion"), None).as_deref(),
        Some("cite.html?event=invasion&lang=ko")
    );
    let other = AppQuery {
        src: Some("t.json".to_string()),
        ..AppQuery::default()
    };
    assert_eq!(
        cite_page(&other, None, Some("b2")).as_deref(),
        Some("cite.html?src=t.json&lang=ko#entry-b2")
    );
}

#[test]
fn the_handout_is_korean_and_the_essay_s_quotes_stay_english() {
    let timeline = korea();
    let page = handout_html(&timeline);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ko\">"));
    assert!(page.contains("<title>유인물: Korea 1945–1950</title>"));
    assert!(page.contains(">이 유인물 인쇄</button>"));
    assert!(page.contains("<a href=\"../ko.html\">연표로 돌아가기</a>"));
    assert!(page.contains("연표에서 보기: <a class=\"event-link\" href=\"../ko.html?event="));
    for event in &timeline.events {
        let headline = html_escape::encode_text(&event.headline);
        assert!(page.contains(&format!("<h2 lang=\"en\">{headline}</h2>")));
        for passage in &event.passages {
            let quote = html_escape::encode_text(&passage.quote);
            let bold = format!("<strong>{quote}</strong>");
            let at = page.find(&bold).unwrap_or_else(|| panic!("{quote}"));
            let open = page[..at].rfind("<blockquote").expect("in a blockquote");
            assert!(page[open..].starts_with("<blockquote lang=\"en\">"));
        }
    }
}

#[test]
fn the_sources_page_is_korean_and_its_citations_stay_english() {
    let timeline = korea();
    let items = works(&timeline).expect("the works check");
    let page = page_html(&timeline, &items, "korea-1945-1950");
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ko\">"));
    assert!(page.contains("<h2 id=\"downloads\">참고 문헌 내려받기</h2>"));
    assert!(page.contains("참고 문헌 관리 프로그램에서 쓸 수 있도록 항목 7개를"));
    assert!(page.contains("<h3>항목 2</h3>"));
    assert!(page.contains("<p class=\"form\">인용 문헌</p>"));
    assert!(page.contains(
        "<p><span lang=\"en\">Goncharov, Sergei, et al. <i>Uncertain Partners</i>. Stanford University Press, 1995.</span></p>"
    ));
    assert!(page.contains(
        "<p class=\"cites\">인용한 저작: <span lang=\"en\">Uncertain Partners, page 135</span></p>"
    ));
}

#[test]
fn the_cite_section_names_the_event_in_korean_around_its_english_headline() {
    let timeline = korea();
    let items = works(&timeline).expect("the works check");
    let event = timeline
        .events
        .iter()
        .find(|e| e.id == "acheson-speech")
        .expect("the event");
    let html = event_section(
        &timeline,
        &items,
        event,
        "https://x.example/",
        [2026, 12, 2],
    );
    assert!(html.contains("<h2 id=\"cite-event\">이 사건 인용하기</h2>"));
    assert!(html.contains("1950년 1월 12일 — 이 연표의 한 페이지로 인용합니다."));
    assert!(html.contains("aria-label=\"이 사건의 인용문과 시카고 양식 각주 복사\""));
    let quote = html_escape::encode_text(&event.passages[0].quote);
    assert!(html.contains(&format!(
        "<p><span lang=\"en\">“{quote}”</span><sup>1</sup>"
    )));
}
