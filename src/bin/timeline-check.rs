//! Checks timeline files (essay-timeline or TimelineJS) the way the app loads them, printing
//! each problem as `FILE:LINE:COLUMN: error|warning: PATH: message` for editors and CI:
//! `cargo run --bin timeline-check -- FILE...`.
//!
//! Exit status: 0 when every file loads (warnings allowed), 1 when any has errors, 2 when a
//! file cannot be read or no file is named.

use std::fs::File;
use std::io::Read;
use std::process::ExitCode;

use korea_timeline::core::import::detect::load_any;
use korea_timeline::core::load::limits::MAX_TIMELINE_BYTES;
use korea_timeline::core::load::problem::Problem;
use korea_timeline::core::sources::works::works;

/// How one file fared, in the order of the exit statuses.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Loads = 0,
    HasErrors = 1,
    Unreadable = 2,
}

/// The file's text, read no further than one byte past the size limit: that is enough for
/// the loader to refuse it, and a huge file is never read whole.
fn read(path: &str) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    File::open(path)?
        .take(MAX_TIMELINE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn line(file: &str, problem: &Problem) -> String {
    match (problem.line, problem.column) {
        (Some(line), Some(column)) => format!("{file}:{line}:{column}: {problem}"),
        _ => format!("{file}: {problem}"),
    }
}

fn check(path: &str) -> Outcome {
    let bytes = match read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{path}: cannot read the file: {e}");
            return Outcome::Unreadable;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let valid = std::str::from_utf8(valid).unwrap_or_default();
            let line_no = valid.matches('\n').count() + 1;
            let column = valid
                .rsplit('\n')
                .next()
                .unwrap_or_default()
                .chars()
                .count()
                + 1;
            let problem = Problem::error("", "the file is not UTF-8 text");
            println!("{path}:{line_no}:{column}: {problem}");
            return Outcome::HasErrors;
        }
    };
    // The structured sources are read only by the sources tools, so they are checked here
    // rather than by the reader's load.
    match load_any(&text).and_then(|loaded| works(&loaded.timeline).map(|_| loaded)) {
        Ok(loaded) => {
            for warning in &loaded.warnings {
                println!("{}", line(path, warning));
            }
            let events = loaded.timeline.events.len();
            println!(
                "{path}: ok: {events} event{}",
                if events == 1 { "" } else { "s" }
            );
            Outcome::Loads
        }
        Err(problems) => {
            for problem in &problems {
                println!("{}", line(path, problem));
            }
            Outcome::HasErrors
        }
    }
}

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() || files.iter().any(|f| f == "-h" || f == "--help") {
        eprintln!("usage: timeline-check FILE...");
        eprintln!(
            "Checks essay-timeline and TimelineJS files; exit status 0 ok, 1 errors, 2 unreadable."
        );
        return ExitCode::from(2);
    }
    let worst = files
        .iter()
        .map(|f| check(f))
        .max()
        .unwrap_or(Outcome::Loads);
    ExitCode::from(worst as u8)
}
