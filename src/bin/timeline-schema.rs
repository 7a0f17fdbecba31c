//! Writes the JSON Schema of essay-timeline files to `public/timelines/`:
//! `cargo run --features schema --bin timeline-schema`.

use std::path::Path;
use std::process::ExitCode;

use korea_timeline::core::model::schema::{essay_timeline_schema, SCHEMA_PATH};

fn main() -> ExitCode {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SCHEMA_PATH);
    match std::fs::write(&path, essay_timeline_schema()) {
        Ok(()) => {
            println!("wrote {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}
