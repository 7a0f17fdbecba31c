//! Writes the printed handout of a timeline file beside its sources page:
//! `cargo run --bin timeline-handout -- public/timelines/korea-1945-1950.json public/sources`
//! writes `public/sources/korea-1945-1950-handout.html` (a test fails while it is out of date).

use std::path::Path;
use std::process::ExitCode;

use korea_timeline::core::load::load_timeline;
use korea_timeline::core::sources::handout::handout_html;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [file, dir] = args.as_slice() else {
        eprintln!("usage: timeline-handout TIMELINE.json OUTPUT-FOLDER");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{file}: cannot read: {e}");
            return ExitCode::from(2);
        }
    };
    let timeline = match load_timeline(&text) {
        Ok(loaded) => loaded.timeline,
        Err(problems) => {
            for p in problems {
                eprintln!("{file}: {p}");
            }
            return ExitCode::FAILURE;
        }
    };
    let stem = Path::new(file)
        .file_stem()
        .map_or_else(|| "timeline".into(), |s| s.to_string_lossy());
    let out = Path::new(dir).join(format!("{stem}-handout.html"));
    if let Err(e) = std::fs::write(&out, handout_html(&timeline)) {
        eprintln!("{}: cannot write: {e}", out.display());
        return ExitCode::from(2);
    }
    println!("wrote {}", out.display());
    ExitCode::SUCCESS
}
