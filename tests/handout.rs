//! The committed handout page is the one the core makes from the shipped timeline.

use korea_timeline::core::load::load_timeline;
use korea_timeline::core::sources::handout::handout_html;

#[test]
fn the_committed_handout_is_up_to_date() {
    let timeline = load_timeline(include_str!("../public/timelines/korea-1945-1950.json"))
        .expect("the shipped timeline loads")
        .timeline;
    let committed = include_str!("../public/sources/korea-1945-1950-handout.html");
    assert!(
        committed == handout_html(&timeline),
        "public/sources/korea-1945-1950-handout.html is out of date: run \
         `cargo run --bin timeline-handout -- public/timelines/korea-1945-1950.json public/sources`"
    );
}
