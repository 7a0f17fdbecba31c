//! Draws the reader's first page of the shipped timeline as HTML, for index.html:
//! `cargo run --features prerender --bin timeline-prerender -- public/timelines/korea-1945-1950.json`

use korea_timeline::app::prerender::first_page_html;
use korea_timeline::core::import::route::read_shipped;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        eprintln!("usage: timeline-prerender TIMELINE.json");
        std::process::exit(2);
    });
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    let timeline = read_shipped(&bytes).unwrap_or_else(|| {
        eprintln!("{path}: not the shipped timeline");
        std::process::exit(1);
    });
    print!("{}", first_page_html(timeline));
}
