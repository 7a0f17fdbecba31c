//! Writes the sources page of a timeline file, its handout and its exports:
//! `cargo run --features every-language --bin timeline-sources --
//! public/timelines/korea-1945-1950.json public/sources` writes `korea-1945-1950.html` and
//! `korea-1945-1950-handout.html`, each also in Korean (`.ko.html`), `.csl.json`, `.bib`,
//! `.ris` and each entry's exports in `korea-1945-1950/` (a test fails while they are out of
//! date).

use std::path::Path;
use std::process::ExitCode;

use korea_timeline::core::load::load_timeline;
use korea_timeline::core::sources::page::site_files;
use korea_timeline::core::sources::works::works;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [file, dir] = args.as_slice() else {
        eprintln!("usage: timeline-sources TIMELINE.json OUTPUT-FOLDER");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{file}: cannot read: {e}");
            return ExitCode::from(2);
        }
    };
    let loaded = load_timeline(&text).map(|l| l.timeline);
    let checked = loaded.and_then(|t| works(&t).map(|w| (t, w)));
    let (timeline, items) = match checked {
        Ok(both) => both,
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
    for (name, contents) in site_files(&timeline, &items, &stem) {
        let out = Path::new(dir).join(name);
        let written = out
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&out, contents));
        if let Err(e) = written {
            eprintln!("{}: cannot write: {e}", out.display());
            return ExitCode::from(2);
        }
        println!("wrote {}", out.display());
    }
    ExitCode::SUCCESS
}
