//! The committed JSON Schema must be the one the model generates today.

use korea_timeline::core::model::schema::{essay_timeline_schema, SCHEMA_PATH};
use korea_timeline::core::model::timeline::FORMAT_VERSION;
use serde_json::Value;

fn committed() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SCHEMA_PATH);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_committed_schema_is_up_to_date() {
    assert!(
        committed() == essay_timeline_schema(),
        "{SCHEMA_PATH} is out of date: run `cargo run --features schema --bin timeline-schema`"
    );
}

#[test]
fn the_schema_requires_what_essay_timeline_files_require() {
    let schema: Value = serde_json::from_str(&essay_timeline_schema()).unwrap();
    let required = |def: &Value| -> Vec<String> {
        def["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        required(&schema),
        [
            "format",
            "title",
            "source",
            "essay",
            "bibliography",
            "footnotes",
            "events"
        ]
    );
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(schema["properties"]["format"]["const"], FORMAT_VERSION);
    let event = &schema["$defs"]["Event"];
    assert_eq!(
        required(event),
        ["id", "headline", "date", "basis", "passages", "footnotes"]
    );
    assert_eq!(schema["$defs"]["EventDate"]["type"], "string");
    assert_eq!(event["properties"]["basis"]["$ref"], "#/$defs/DateBasis");
}
