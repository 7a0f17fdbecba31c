//! A timeline whose dates are hedged in every way the format reads (EDTF): it loads, its
//! events come in the documented order, each date shows in words (the card, the panel and
//! the name a screen reader reads), and the editor and a saved draft give it back unchanged.

use korea_timeline::core::author::draft::Draft;
use korea_timeline::core::load::load_timeline;
use korea_timeline::core::model::timeline::Timeline;
use serde_json::Value;

const HEDGED: &str = include_str!("fixtures/hedged-dates.json");

fn hedged() -> Timeline {
    load_timeline(HEDGED)
        .expect("the hedged file loads")
        .timeline
}

#[test]
fn each_date_reads_in_words_in_reading_order() {
    let t = hedged();
    let shown: Vec<(&str, String)> = t
        .events
        .iter()
        .map(|e| (e.id.as_str(), e.date_label()))
        .collect();
    // By the first day each could mean, the finer date first, then by the last day: a date
    // with an open side (before, after, ongoing) sits at the date it names; ties keep the
    // file's order.
    assert_eq!(
        shown,
        [
            ("committee", "about 1949".to_string()),
            ("treaty", "1949 or 1950".to_string()),
            ("survey", "March – June 1949".to_string()),
            ("harvest", "spring 1949".to_string()),
            ("reply", "after June 1949".to_string()),
            ("letter", "before March 1950".to_string()),
            ("talks", "from March 1950, ongoing".to_string()),
            ("blockade", "from March 1950, end unknown".to_string()),
            ("visit", "between March and May 1950".to_string()),
            ("meeting", "perhaps 25 June 1950".to_string()),
        ]
    );
    let letter = &t.events[t.event_index("letter").unwrap()];
    assert_eq!(
        letter.name_with_date(),
        "The letter is written, before March 1950"
    );
}

#[test]
fn the_editor_gives_every_hedged_date_back_as_written() {
    let original: Value = serde_json::from_str(HEDGED).unwrap();
    let draft = Draft::from_timeline(&hedged());
    // Through a saved draft (the editor keeps drafts as JSON) and out as a file.
    let saved = serde_json::to_string(&draft).unwrap();
    let reopened: Draft = serde_json::from_str(&saved).unwrap();
    let exported: Value = serde_json::from_str(&reopened.export_json().unwrap()).unwrap();
    let dates = |doc: &Value| -> Vec<(String, Value, Value)> {
        let mut dates: Vec<_> = doc["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["id"].to_string(), e["date"].clone(), e["end"].clone()))
            .collect();
        dates.sort_by(|a, b| a.0.cmp(&b.0));
        dates
    };
    let mut expected = dates(&original);
    // EDTF's numbered season is written back by its name, the same three months.
    for (id, date, _) in &mut expected {
        if id == "\"harvest\"" {
            assert_eq!(date, "1949-21");
            *date = "1949-spring".into();
        }
    }
    assert_eq!(dates(&exported), expected);
}

#[test]
fn an_end_beside_a_span_or_a_list_is_refused_at_its_field() {
    let mut doc: Value = serde_json::from_str(HEDGED).unwrap();
    doc["events"][4]["end"] = "1951".into();
    let problems = load_timeline(&doc.to_string()).expect_err("an end beside [1949,1950]");
    assert!(
        problems
            .iter()
            .any(|p| p.path == "events[4].end"
                && p.message.contains("an end goes with a single date")),
        "{problems:#?}"
    );
    doc["events"][4]["end"] = serde_json::Value::Null;
    doc["events"][4]["date"] = "[1950,1949]".into();
    let problems = load_timeline(&doc.to_string()).expect_err("a list out of order");
    assert!(
        problems
            .iter()
            .any(|p| p.path == "events[4].date" && p.message.contains("each later than")),
        "{problems:#?}"
    );
}
