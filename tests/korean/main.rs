//! The reader's words in Korean: what a Korean page shows, checked natively on the core's
//! output with the `korean` feature (`cargo test --features korean --test korean`). One
//! module per area of the interface, as in `locales/ko/`.

mod dates;
mod load;
mod pages;
mod panel;
mod search;
mod sources;
mod strip;

use korea_timeline::core::load::load_timeline;
use korea_timeline::core::model::timeline::Timeline;

/// The shipped timeline, loaded as the app loads it.
fn korea() -> Timeline {
    load_timeline(include_str!("../../public/timelines/korea-1945-1950.json"))
        .expect("the shipped timeline loads")
        .timeline
}

#[test]
fn the_build_is_korean() {
    assert_eq!(korea_timeline::locale::lang(), "ko");
}
