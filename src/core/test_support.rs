//! What the core's unit tests share: the shipped timeline, loaded as the app loads it.

use crate::core::load::load_timeline;
use crate::core::model::timeline::Timeline;

pub fn korea() -> Timeline {
    load_timeline(include_str!("../../public/timelines/korea-1945-1950.json"))
        .expect("the shipped timeline loads")
        .timeline
}
