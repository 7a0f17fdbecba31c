//! Each event's date as the Korean page shows it, on its card, in the panel and in the name
//! screen readers read.

use super::korea;

#[test]
fn the_shipped_events_are_dated_as_korean_history_books_date_them() {
    let timeline = korea();
    let label = |id: &str| {
        timeline
            .events
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.date_label())
            .expect(id)
    };
    assert_eq!(label("korea-liberated"), "1945년 8월 15일");
    assert_eq!(label("soviets-back-kim"), "1945년 가을");
    assert_eq!(label("stalin-says-no"), "1949년 3월 ~ 1950년 1월");
    assert_eq!(label("strike-them"), "1949년 봄");
    assert_eq!(label("stalin-approves"), "1950년 초");
    assert_eq!(label("acheson-speech"), "1950년 1월 12일");
}

#[test]
fn a_screen_reader_hears_the_headline_then_the_korean_date() {
    let timeline = korea();
    let acheson = timeline
        .events
        .iter()
        .find(|e| e.id == "acheson-speech")
        .unwrap();
    assert!(acheson.name_with_date().ends_with(", 1950년 1월 12일"));
}
