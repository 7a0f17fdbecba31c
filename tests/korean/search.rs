//! The search's status line in Korean: counts as Korean writes them.

use korea_timeline::core::search::hits::{match_count_message, SHOWN_HITS};

#[test]
fn matches_are_counted_in_geon() {
    assert_eq!(match_count_message(0, false), "");
    assert_eq!(match_count_message(0, true), "일치하는 사건이 없습니다.");
    assert_eq!(match_count_message(1, true), "사건 1건이 일치합니다.");
    assert_eq!(match_count_message(7, true), "사건 7건이 일치합니다.");
    assert_eq!(
        match_count_message(SHOWN_HITS + 1, true),
        format!(
            "사건 {}건이 일치합니다. 처음 {SHOWN_HITS}건을 보여 줍니다.",
            SHOWN_HITS + 1
        )
    );
}
