//! The JSON Schema of essay-timeline files, generated from the model, so that an author's
//! editor can check and complete a file while it is written. Only with the `schema` feature.

use crate::core::model::timeline::Timeline;

/// Where the schema is committed, relative to the crate root; Trunk publishes it with the
/// timelines.
pub const SCHEMA_PATH: &str = "public/timelines/essay-timeline.schema.json";

/// The schema as pretty-printed JSON, ending in a newline.
pub fn essay_timeline_schema() -> String {
    let mut schema = schemars::schema_for!(Timeline);
    schema.insert(
        "description".to_string(),
        "An essay-timeline/1 file: one essay and the dated events that quote it. \
         See docs/format.md; the app checks more than a schema can say (quotes, footnotes, \
         days of the month)."
            .into(),
    );
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is plain JSON");
    text.push('\n');
    text
}
