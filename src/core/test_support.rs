//! What the core's unit tests share: the shipped timeline, loaded as the app loads it.

use crate::core::load::load_timeline;
use crate::core::model::csl::CslItem;
use crate::core::model::timeline::Timeline;
use crate::core::sources::works::works;

pub fn korea() -> Timeline {
    load_timeline(include_str!("../../public/timelines/korea-1945-1950.json"))
        .expect("the shipped timeline loads")
        .timeline
}

/// The shipped timeline and its works, read and checked.
pub fn korea_with_works() -> (Timeline, Vec<CslItem>) {
    let t = korea();
    let w = works(&t).expect("the works check");
    (t, w)
}
