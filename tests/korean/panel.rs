//! The panel in Korean: how each footnote's entry is introduced, and each date's basis.

use korea_timeline::core::model::timeline::BasisKind;
use korea_timeline::core::panel::citations::citation;

use super::korea;

#[test]
fn a_missing_entry_and_a_reconstructed_mapping_are_said_in_korean() {
    let timeline = korea();
    assert_eq!(citation(&timeline, 1).note_label, Some("참고: "));
    assert_eq!(
        citation(&timeline, 8).note_label,
        Some("재구성한 대응, 확실함: ")
    );
    assert_eq!(
        citation(&timeline, 4).note_label,
        Some("재구성한 대응, 가장 유력함: ")
    );
}

#[test]
fn each_date_says_its_basis_in_korean() {
    assert_eq!(BasisKind::Essay.label(), "본문에 적힌 날짜");
    assert_eq!(BasisKind::Inferred.label(), "본문에서 추론한 날짜");
    assert_eq!(BasisKind::CitedDocument.label(), "인용된 문서의 날짜");
    assert_eq!(BasisKind::Editorial.label(), "편집자가 보충한 날짜");
}

#[test]
fn the_essay_s_own_words_are_never_translated() {
    let timeline = korea();
    let event = timeline
        .events
        .iter()
        .find(|e| e.id == "stalin-says-no")
        .unwrap();
    let essay = timeline
        .essay
        .as_ref()
        .expect("the shipped timeline has its essay");
    let essay_text: String = essay.paragraphs.iter().map(|p| p.text.as_str()).collect();
    for passage in &event.passages {
        assert!(
            essay_text.contains(passage.quote.as_str()),
            "{}",
            passage.quote
        );
    }
    assert!(essay_text.contains("Kim II Sung"));
}
