//! The default page drawn at build time (assets/prerender/, put into index.html by
//! scripts/add-prerender.py) is what the app's components draw today, and reads without the app.

use korea_timeline::app::prerender::first_page_html;
use korea_timeline::core::import::route::read_shipped;
use korea_timeline::core::load::Loaded;

/// The drawing for index.html, or for ko.html in the Korean build.
#[cfg(not(feature = "korean"))]
const DRAWN: &str = "assets/prerender/korea-1945-1950.html";
#[cfg(feature = "korean")]
const DRAWN: &str = "assets/prerender/korea-1945-1950.ko.html";

fn shipped() -> Loaded {
    let bytes = std::fs::read("public/timelines/korea-1945-1950.json").expect("the shipped file");
    read_shipped(&bytes).expect("the shipped timeline")
}

fn drawn_now() -> String {
    first_page_html(shipped())
}

#[test]
fn the_committed_drawing_is_what_the_components_draw() {
    let committed = std::fs::read_to_string(DRAWN).expect("the committed drawing");
    assert!(
        drawn_now() == committed,
        "{DRAWN} is out of date; redraw it with\n  cargo run --features prerender --bin \
         timeline-prerender -- public/timelines/korea-1945-1950.json > {DRAWN}\n\
         (with --features prerender,korean for the Korean drawing)"
    );
}

#[test]
fn the_strip_and_the_reading_part_hold_every_event_in_order() {
    let page = drawn_now();
    let (app, reading) = page
        .split_once("<section id=\"static-reading\"")
        .expect("a reading part after the drawn app");
    let timeline = shipped().timeline;
    let (mut in_strip, mut in_reading) = (0, 0);
    for event in &timeline.events {
        let card = format!("data-event-id=\"{}\"", event.id);
        in_strip += app[in_strip..]
            .find(&card)
            .unwrap_or_else(|| panic!("{} has a card, in order", event.id));
        in_reading += reading[in_reading..]
            .find(&format!("id=\"{}\"", event.id))
            .unwrap_or_else(|| panic!("{} is in the reading part, in order", event.id));
        for passage in &event.passages {
            assert!(
                reading.contains(&html_escape::encode_text(&passage.quote).into_owned()),
                "{}'s quote is in the reading part: {}",
                event.id,
                passage.quote
            );
        }
    }
    assert!(
        reading.contains("AVP RF, Fond 059a"),
        "the sources' entries"
    );
}
