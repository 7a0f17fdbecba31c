//! What the converter worker sends back to the reader: the timeline it read (in this app's
//! own format, rich text in the cleaned form the reader reads without the full parser) with
//! its warnings, or every problem that stopped it. One JSON string, posted as it is.

use serde::{Deserialize, Serialize};

use crate::core::load::problem::Problem;
use crate::core::load::Loaded;
use crate::core::model::timeline::Timeline;
use crate::locale::load;

#[derive(Serialize, Deserialize)]
enum Converted {
    Read {
        timeline: Box<Timeline>,
        warnings: Vec<Problem>,
    },
    Refused(Vec<Problem>),
}

/// The worker's reply for what `load_any` gave.
pub fn encode(result: Result<Loaded, Vec<Problem>>) -> String {
    let converted = match result {
        Ok(Loaded { timeline, warnings }) => Converted::Read {
            timeline: Box::new(timeline),
            warnings,
        },
        Err(problems) => Converted::Refused(problems),
    };
    serde_json::to_string(&converted).unwrap_or_else(|e| {
        serde_json::to_string(&Converted::Refused(vec![Problem::error(
            "",
            load::not_written(e),
        )]))
        .unwrap_or_default()
    })
}

/// The reader's reading of the worker's reply: the same result `load_any` gave the worker.
/// Events keep the worker's order, which is already the reading order.
pub fn decode(reply: &str) -> Result<Loaded, Vec<Problem>> {
    let broken = |what: String| vec![Problem::error("", load::reply_unread(what))];
    match serde_json::from_str(reply) {
        Ok(Converted::Read { timeline, warnings }) if timeline.is_fully_parsed() => Ok(Loaded {
            timeline: *timeline,
            warnings,
        }),
        Ok(Converted::Read { .. }) => Err(broken(load::reply_html().into())),
        Ok(Converted::Refused(problems)) => Err(problems),
        Err(e) => Err(broken(e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::import::detect::load_any;

    #[test]
    fn the_reader_gets_back_exactly_what_the_worker_read() {
        for json in [
            include_str!("../../../tests/fixtures/timelinejs-good.json"),
            include_str!("../../../tests/fixtures/warning-only.json"),
            include_str!("../../../public/timelines/korea-1945-1950.json"),
            include_str!("../../../tests/fixtures/timelinejs-impossible-date.json"),
            include_str!("../../../tests/fixtures/truncated.json"),
        ] {
            let result = load_any(json);
            assert_eq!(decode(&encode(result.clone())), result);
        }
    }

    #[test]
    fn a_garbled_reply_is_said_plainly() {
        let problems = decode("{\"Read\":").unwrap_err();
        assert!(problems[0]
            .message
            .starts_with("the converter's reply could not be read"));
    }
}
