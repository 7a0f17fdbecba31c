//! The committed sources pages, handouts and exports must be the ones the timeline makes today:
//! the English pages in every build, the Korean ones too with `every-language`
//! (`cargo test --features every-language --test sources`), as `timeline-sources` writes them.

use std::path::Path;

use korea_timeline::core::load::load_timeline;
use korea_timeline::core::sources::page::site_files;
use korea_timeline::core::sources::works::works;

const TIMELINE: &str = "public/timelines/korea-1945-1950.json";

#[test]
fn the_committed_sources_files_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let json = std::fs::read_to_string(root.join(TIMELINE)).unwrap();
    let timeline = load_timeline(&json).expect("the timeline loads").timeline;
    let items = works(&timeline).expect("its works check");
    let files = site_files(&timeline, &items, "korea-1945-1950");
    if cfg!(feature = "every-language") {
        assert!(files.iter().any(|(name, _)| name.ends_with(".ko.html")));
    }
    for (name, made) in files {
        let path = root.join("public/sources").join(&name);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == made,
            "public/sources/{name} is out of date: run `cargo run --features every-language \
             --bin timeline-sources -- {TIMELINE} public/sources`"
        );
    }
}
