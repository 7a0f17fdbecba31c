//! The corpus of real-shaped TimelineJS files (`tests/fixtures/timelinejs/`), each read as the
//! reader gets it: through the converter worker's own steps (`load_bytes_named` on the file's
//! bytes and name, the reply encoded and decoded). Every slide becomes a named event, a made-up
//! name always comes with its warning, and a sheet reads as its JSON twin.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::OnceLock;

use korea_timeline::core::import::detect::load_bytes_named;
use korea_timeline::core::import::transfer::{decode, encode};
use korea_timeline::core::load::problem::Problem;
use korea_timeline::core::load::Loaded;
use korea_timeline::core::model::timeline::{Event, Timeline};
use serde_json::Value;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/timelinejs");

/// The warning that says a slide's name was made up, as the words before the name.
const MADE_UP: &str = "the slide has no headline, so it is called “";

/// Each file of the corpus: its events, its eras, and how many of its events have a made-up
/// name.
const FILES: [(&str, usize, usize, usize); 23] = [
    ("bce.csv", 10, 2, 0),
    ("bce.json", 10, 2, 0),
    ("cosmological.csv", 5, 0, 0),
    ("cosmological.json", 5, 0, 0),
    ("display-date.json", 6, 0, 1),
    ("eras.csv", 9, 4, 0),
    ("eras.json", 9, 4, 0),
    ("groups.csv", 12, 0, 0),
    ("groups.json", 12, 0, 0),
    ("headlines-only.csv", 12, 0, 0),
    ("headlines-only.json", 12, 0, 0),
    ("hostile.csv", 3, 0, 1),
    ("hostile.json", 3, 0, 1),
    ("long.csv", 1000, 10, 20),
    ("long.json", 1000, 10, 20),
    ("media-only.csv", 6, 0, 6),
    ("media-only.json", 6, 0, 6),
    ("media.csv", 21, 0, 0),
    ("media.json", 21, 0, 0),
    ("text-only.csv", 6, 0, 6),
    ("text-only.json", 6, 0, 6),
    ("tolerated.json", 11, 2, 2),
    // Listed so that the corpus check below knows the folder's every file.
    ("README.md", 0, 0, 0),
];

fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(CORPUS).join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// What the reader gets for the file: the converter worker's reply, read back.
fn through_the_worker(name: &str) -> Result<Loaded, Vec<Problem>> {
    decode(&encode(load_bytes_named(&bytes(name), name)))
}

/// Each file of the corpus as the reader gets it, read once for all the tests (the long
/// timeline takes a while in a debug build).
fn loaded(name: &str) -> &'static Loaded {
    static READ: OnceLock<HashMap<&str, Result<Loaded, Vec<Problem>>>> = OnceLock::new();
    let read = READ.get_or_init(|| {
        FILES
            .iter()
            .filter(|(name, ..)| !name.ends_with(".md"))
            .map(|(name, ..)| (*name, through_the_worker(name)))
            .collect()
    });
    match read.get(name) {
        Some(Ok(loaded)) => loaded,
        Some(Err(problems)) => panic!("{name} is refused: {problems:#?}"),
        None => panic!("{name} is not in the corpus list"),
    }
}

fn event<'a>(t: &'a Timeline, headline: &str) -> &'a Event {
    t.events
        .iter()
        .find(|e| e.headline == headline)
        .unwrap_or_else(|| panic!("no event “{headline}”"))
}

/// The name a made-up-name warning gives.
fn made_up_name(problem: &Problem) -> Option<&str> {
    let rest = problem.message.strip_prefix(MADE_UP)?;
    rest.split_once('”').map(|(name, _)| name)
}

fn messages(warnings: &[Problem]) -> Vec<&str> {
    warnings.iter().map(|p| p.message.as_str()).collect()
}

#[test]
fn the_list_above_is_the_whole_corpus() {
    let mut listed: Vec<&str> = FILES.iter().map(|(name, ..)| *name).collect();
    listed.sort_unstable();
    let mut found: Vec<String> = std::fs::read_dir(CORPUS)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    found.sort_unstable();
    assert_eq!(found, listed);
}

#[test]
fn every_slide_of_every_file_is_an_event_with_a_name_and_its_own_id() {
    for (name, events, eras, made_up) in FILES.iter().filter(|(n, ..)| !n.ends_with(".md")) {
        let Loaded { timeline, warnings } = loaded(name);
        assert_eq!(timeline.events.len(), *events, "{name}: events");
        assert_eq!(timeline.eras.len(), *eras, "{name}: eras");
        if let Some(stem) = name.strip_suffix(".json") {
            let file: Value = serde_json::from_slice(&bytes(name)).unwrap();
            let slides = file["events"].as_array().map_or(0, Vec::len);
            assert_eq!(slides, *events, "{stem}: every slide is an event");
        }
        assert!(!timeline.title.trim().is_empty(), "{name}: the title");
        for e in &timeline.events {
            assert!(
                !e.headline.trim().is_empty(),
                "{name}: {} has no name",
                e.id
            );
        }
        for era in &timeline.eras {
            assert!(!era.label.trim().is_empty(), "{name}: an era has no label");
        }
        let ids: HashSet<&str> = timeline.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids.len(), timeline.events.len(), "{name}: ids repeat");
        // Each made-up name is announced, and names an event that carries it.
        let named: Vec<&str> = warnings.iter().filter_map(made_up_name).collect();
        assert_eq!(named.len(), *made_up, "{name}: made-up names {named:?}");
        for made in named {
            event(timeline, made);
        }
        assert!(warnings.iter().all(|w| !w.is_error()), "{name}");
    }
}

#[test]
fn each_sheet_reads_as_its_json_twin() {
    let twins = FILES
        .iter()
        .filter_map(|(name, ..)| name.strip_suffix(".csv"));
    let mut compared = 0;
    for stem in twins {
        let sheet = loaded(&format!("{stem}.csv"));
        let json = loaded(&format!("{stem}.json"));
        let (s, j) = (&sheet.timeline, &json.timeline);
        assert_eq!(s.title, j.title, "{stem}");
        assert_eq!(s.intro_html, j.intro_html, "{stem}");
        assert_eq!(s.eras, j.eras, "{stem}");
        assert_eq!(s.actors, j.actors, "{stem}");
        assert_eq!(s.events, j.events, "{stem}");
        // The same warnings, each at its cell rather than its JSON path.
        assert_eq!(
            messages(&sheet.warnings),
            messages(&json.warnings),
            "{stem}"
        );
        let paths: Vec<&str> = sheet.warnings.iter().map(|w| w.path.as_str()).collect();
        assert!(
            paths.iter().all(|p| p.is_empty() || p.starts_with("row ")),
            "{stem}: {paths:?}"
        );
        compared += 1;
    }
    assert_eq!(compared, 10);
}

#[test]
fn media_of_every_kind_becomes_a_line_under_the_text() {
    let Loaded { timeline, warnings } = loaded("media.json");
    // A picture is kept for the reader to show; no other kind of media is.
    let picture = event(timeline, "Image")
        .picture
        .as_ref()
        .expect("a picture");
    assert_eq!(
        picture.url,
        "https://upload.wikimedia.org/wikipedia/commons/1/1b/Incheon_landing.jpg"
    );
    // Not the Base64 image: a data: address is no web address, and is left out.
    let pictures = timeline.events.iter().filter(|e| e.picture.is_some());
    assert_eq!(pictures.count(), 1);
    let last_line = |headline: &str| {
        let sources = &event(timeline, headline).sources;
        sources.last().map(|s| s.to_html()).unwrap_or_default()
    };
    let link = |kind: &str, url: &str| {
        format!("<a href=\"{url}\" rel=\"noopener noreferrer\">{kind}: {url}</a>")
    };
    for (headline, kind, url) in [
        (
            "YouTube",
            "Video",
            "https://www.youtube.com/watch?v=Q7wQSeJdXvk",
        ),
        (
            "YouTube, short address",
            "Video",
            "https://youtu.be/Q7wQSeJdXvk",
        ),
        ("Vimeo", "Video", "https://vimeo.com/123456789"),
        (
            "Twitter",
            "Post",
            "https://twitter.com/NUKnightLab/status/1040355446012108800",
        ),
        (
            "X",
            "Post",
            "https://x.com/NUKnightLab/status/1040355446012108800",
        ),
        (
            "Wikipedia",
            "Article",
            "https://en.wikipedia.org/wiki/Battle_of_Inchon",
        ),
        (
            "Google Maps",
            "Map",
            "https://www.google.com/maps/place/Incheon/@37.4563,126.7052,12z",
        ),
        (
            "SoundCloud",
            "Audio",
            "https://soundcloud.com/knightlab/oral-history",
        ),
        (
            "Spotify",
            "Audio",
            "https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk",
        ),
        (
            "DailyMotion",
            "Video",
            "https://www.dailymotion.com/video/x7tgad0",
        ),
        (
            "Plain link",
            "Page",
            "https://www.britannica.com/event/Korean-War",
        ),
    ] {
        assert_eq!(last_line(headline), link(kind, url), "{headline}");
    }
    // A picture: its caption, its credit, then the picture as a link in its alt text's words,
    // and its site; the thumbnail shapes TimelineJS's drawing only.
    let image: Vec<String> = event(timeline, "Image")
        .sources
        .iter()
        .map(|s| s.plain_text())
        .collect();
    assert_eq!(
        image,
        [
            "LSTs unloading at Incheon",
            "US Navy",
            "Picture: Landing ships on a beach at low tide (upload.wikimedia.org)"
        ]
    );
    assert_eq!(
        last_line("Blockquote"),
        "<blockquote>Old soldiers never die; they just fade away.</blockquote>"
    );
    assert_eq!(
        last_line("Twitter embed code"),
        "<blockquote><p>Seventy years since the armistice.</p>— Knight Lab (@NUKnightLab) <a \
         href=\"https://twitter.com/NUKnightLab/status/1683000000000000000\" rel=\"noopener \
         noreferrer\">July 27, 2023</a></blockquote> "
    );
    let map = "https://www.openstreetmap.org/export/embed.html?bbox=126.6%2C37.4%2C126.8%2C37.5";
    // An embedded page's link is the iframe's address, in its own words (slide_html).
    assert_eq!(
        last_line("Embedded page"),
        format!("<a href=\"{map}\" rel=\"noopener noreferrer\">{map}</a>")
    );
    // A picture written into the file (Base64) is no address to link to: only its caption stays.
    let pixel: Vec<String> = event(timeline, "Base64 image")
        .sources
        .iter()
        .map(|s| s.plain_text())
        .collect();
    assert_eq!(pixel, ["A pixel"]);
    let said: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        said,
        [
            "warning: events[6].media.url: left out, as this app shows only text, emphasis, \
             lists, quotes and links to web addresses: <script> of \
             “https://platform.twitter.com/widgets.js”",
            "warning: events[18].media.url: an embedded page (<iframe>) is shown as a link to \
             its address, “https://www.openstreetmap.org/export/embed.html?bbox=126.6%2…”: this \
             app embeds no pages from elsewhere",
            "warning: events[20].media.url: “data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAA\
             ABCAYAAA…” is neither a web address (http or https) nor HTML, so the media is left out",
        ]
    );
}

#[test]
fn hostile_markup_is_cut_and_every_cut_is_named() {
    let Loaded { timeline, warnings } = loaded("hostile.json");
    assert_eq!(timeline.title, "A hostile timeline");
    let hostile = event(timeline, "Safe headline");
    let html = hostile.html.as_ref().map(|h| h.to_html()).unwrap();
    for gone in [
        "script",
        "onclick",
        "javascript",
        "JaVaScRiPt",
        "data:",
        "svg",
        "<style",
        "style=",
        "iframe",
        "object",
        "alert",
    ] {
        assert!(!html.contains(gone), "{gone} in {html}");
    }
    for kept in [
        "Safe <em>emphasis</em>",
        "<a href=\"https://example.org/source\" rel=\"noopener noreferrer\">a source link</a>",
        "js link",
        "data link",
        "styled text",
    ] {
        assert!(html.contains(kept), "{kept} not in {html}");
    }
    let sources: Vec<String> = hostile.sources.iter().map(|s| s.to_html()).collect();
    assert_eq!(sources, ["<b>Caption</b>"], "the credit was a script only");
    assert_eq!(hostile.date_label(), "Midsummer 1950");
    assert_eq!(timeline.actors[0].name, "Group");
    // Every field that lost something says so, at that field.
    let places: Vec<&str> = warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(
        places,
        [
            "title.text.text",
            "title.text.headline",
            "events[0].display_date",
            "events[0].text.text",
            "events[0].media.caption",
            "events[0].media.credit",
            "events[0].media.credit",
            "events[0].media.url",
            "events[0].text.headline",
            "events[0].group",
            "events[1].text.text",
            "events[1].text.headline",
            "events[2].text.text",
            "events[2].text.text",
        ]
    );
    assert_eq!(
        warnings[3].message,
        "left out, as this app shows only text, emphasis, lists, quotes and links to web \
         addresses: an onclick attribute, <script>, a link to “JaVaScRiPt:alert(3)” (its words \
         stay, unlinked), a link to “data:text/html,<script>alert(4)</script>” (its words stay, \
         unlinked), <svg>, <style> and 2 more"
    );
    // A slide whose text was only a picture is named after its date, and says so.
    assert_eq!(
        warnings[11].message,
        "the slide has no headline, so it is called “26 June 1950”, after its date"
    );
    let frames = event(timeline, "Hidden frames");
    assert_eq!(
        frames.html.as_ref().map(|h| h.to_html()).as_deref(),
        Some(
            "<p>Before</p><a href=\"https://www.example.org/embed\" rel=\"noopener \
             noreferrer\">https://www.example.org/embed</a><p>After</p>"
        )
    );
}

#[test]
fn a_slide_without_a_headline_is_named_from_its_text_caption_credit_or_date() {
    let media_only = loaded("media-only.json");
    assert_eq!(media_only.timeline.title, "Seoul, August 1945");
    let names: Vec<&str> = media_only
        .warnings
        .iter()
        .filter_map(made_up_name)
        .collect();
    assert_eq!(
        names,
        [
            "Crowds in Seoul celebrate the liberation",
            "National Archives",
            "15 August 1948",
            "The Han River bridge after it was blown…",
            "19 April 1951",
            "Summer 1953",
        ]
    );
    let text_only = loaded("text-only.json");
    assert_eq!(
        text_only.timeline.title,
        "A timeline told in paragraphs, with no headlines…"
    );
    let names: Vec<&str> = text_only.warnings.iter().filter_map(made_up_name).collect();
    assert_eq!(
        names,
        [
            "The armistice is signed.",
            "Dean Acheson, speaking at the National Press Club…",
            "대한민국 정부 수립. 초대 대통령 이승만이 취임한다.",
            "Border clashes along the 38th parallel Guerrilla war…",
            "Operation Pokpung: the invasion begins before dawn on…",
            "Supercalifragilisticexpialidociouslylongwordthatnoonewouldev…",
        ]
    );
    // The text itself stays whole; only the name is cut.
    let acheson = event(
        &text_only.timeline,
        "Dean Acheson, speaking at the National Press Club…",
    );
    assert!(acheson
        .html
        .as_ref()
        .unwrap()
        .plain_text()
        .ends_with("outside the American defensive perimeter in the Pacific."));
    assert_eq!(
        text_only.warnings[0].to_string(),
        "warning: title: the file has no title headline, so the timeline is called “A timeline \
         told in paragraphs, with no headlines…”, after the start of the title slide's text"
    );
}

#[test]
fn bce_years_and_display_dates_read_as_timelinejs_shows_them() {
    let bce = &loaded("bce.json").timeline;
    let label = |t: &Timeline, headline: &str| event(t, headline).date_label();
    assert_eq!(label(bce, "The Ides of March"), "15 March 44 BCE");
    assert_eq!(
        label(bce, "The legendary founding of Rome"),
        "21 April 753 BCE"
    );
    assert_eq!(label(bce, "The Battle of Marathon"), "September 490 BCE");
    assert_eq!(
        label(bce, "The Great Pyramid of Giza is finished"),
        "2560 BCE"
    );
    assert_eq!(
        label(bce, "The last year before the Common Era"),
        "1 BCE – 1"
    );
    assert_eq!(
        label(bce, "Farming begins in the Fertile Crescent"),
        "c. 10,000 BCE"
    );
    assert_eq!(
        bce.events[0].headline,
        "Farming begins in the Fertile Crescent"
    );
    assert_eq!(bce.eras[0].span().describe(), "753 BCE – 509 BCE");

    // TimelineJS's cosmological scale: years from the Big Bang on, as the file gives them.
    let cosmos = &loaded("cosmological.json").timeline;
    assert_eq!(label(cosmos, "The Big Bang"), "13,800,000,000 BCE");
    assert_eq!(label(cosmos, "The dinosaurs die out"), "66,000,000 BCE");
    assert_eq!(label(cosmos, "Homo sapiens"), "300,000 BCE");
    assert_eq!(cosmos.events[0].headline, "The Big Bang");
    assert_eq!(cosmos.events[4].headline, "Now");

    let worded = &loaded("display-date.json").timeline;
    let labels: Vec<(&str, String)> = worded
        .events
        .iter()
        .map(|e| (e.headline.as_str(), e.date_label()))
        .collect();
    assert_eq!(
        labels,
        [
            ("The Bronze Age collapse begins", "c. 1200 BCE".to_string()),
            ("Late 1949", "Late 1949".to_string()),
            ("The summer offensive", "Summer 1950".to_string()),
            (
                "Incheon and after",
                "D-Day at Incheon – 28 September 1950".to_string()
            ),
            (
                "Chosin Reservoir",
                "late November 1950 – mid-December".to_string()
            ),
            (
                "Truce talks open",
                "10 July 1951 – 27 July 1953".to_string()
            ),
        ]
    );
}

#[test]
fn the_long_timeline_loads_whole_in_reading_order() {
    let Loaded { timeline, warnings } = loaded("long.json");
    assert_eq!(timeline.title, "A thousand years, one slide a year");
    assert_eq!(timeline.actors.len(), 4);
    let days: Vec<i64> = timeline
        .events
        .iter()
        .map(|e| e.span().first_day())
        .collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "in reading order");
    assert_eq!(
        timeline.events[0].headline,
        "What happened in 1000: the politics of the…"
    );
    assert_eq!(
        warnings.len(),
        20,
        "only the twenty slides without a headline"
    );
    let with_media = timeline
        .events
        .iter()
        .filter(|e| e.sources.len() == 3)
        .count();
    assert_eq!(with_media, 200);
}

#[test]
fn every_field_timelinejs_accepts_loads_and_the_odd_values_it_shows_are_warned_about() {
    let Loaded { timeline, warnings } = loaded("tolerated.json");
    let events: Vec<(&str, &str, String)> = timeline
        .events
        .iter()
        .map(|e| (e.id.as_str(), e.headline.as_str(), e.date_label()))
        .collect();
    assert_eq!(
        events,
        [
            ("no-such-month-5", "No such month", "1950".to_string()),
            (
                "a-day-without-a-month-6",
                "A day without a month",
                "1950".to_string()
            ),
            ("no-such-day-4", "No such day", "February 1950".to_string()),
            (
                "start",
                "Times of day and a format",
                "25 June 1950".to_string()
            ),
            ("1950-2", "1950", "July 1950".to_string()),
            ("start-2", "Repeated id", "September 1950".to_string()),
            (
                "an-end-before-the-start-7",
                "An end before the start",
                "1951".to_string()
            ),
            (
                "an-end-without-a-year-8",
                "An end without a year",
                "1951".to_string()
            ),
            ("1952-9", "1952", "1952".to_string()),
            (
                "27-july-1953-10",
                "27 July 1953",
                "27 July 1953".to_string()
            ),
            (
                "an-end-the-same-as-the-start-11",
                "An end the same as the start",
                "27 July 1953".to_string()
            ),
        ]
    );
    assert_eq!(timeline.eras[1].label, "1948 – 1950");
    let said: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        said,
        [
            "warning: title: the file has no title headline, so the timeline is called “A file \
             with every field TimelineJS accepts, some…”, after the start of the title slide's \
             text",
            "warning: events[2].unique_id: events[0] has the id “start” too, so this slide's id \
             is “start-2”, as TimelineJS gives it another",
            "warning: events[3].start_date.day: there is no 30 February 1950: February 1950 has \
             28 days, so the date is read as February 1950",
            "warning: events[4].start_date.month: there is no month 13: months run from 1 to \
             12, so the date is read as 1950",
            "warning: events[5].start_date.day: a day needs a month, so the date is read as 1950",
            "warning: events[6].end_date: ends (1950) before it starts (1951), so the end is \
             left out and the slide shown at its start",
            "warning: events[7].end_date.year: an end_date needs a year, so the slide has no end",
            "warning: events[8].text.headline: the slide has no headline, so it is called \
             “1952”, after its date",
            "warning: events[9].text.headline: the slide has no headline, so it is called “27 \
             July 1953”, after its date",
            "warning: eras[1].text.headline: the era has no headline, so it is labelled “1948 – \
             1950”, after its dates",
        ]
    );
}

/// What TimelineJS refuses too (it shows an error instead of the timeline): each refused with
/// the place named.
#[test]
fn what_timelinejs_refuses_is_refused_with_its_place() {
    let refused = |name: &str| -> Vec<String> {
        let name = format!("refused/{name}");
        let problems = through_the_worker(&name).expect_err(&name);
        problems
            .iter()
            .filter(|p| p.is_error())
            .map(|p| format!("{}:{} {p}", p.line.unwrap_or(0), p.column.unwrap_or(0)))
            .collect()
    };
    assert_eq!(
        refused("no-start-date.json"),
        [
            "8:5 error: events[1].start_date: an event needs a start_date; TimelineJS, too, shows \
          no timeline with a slide that has none"
        ]
    );
    assert_eq!(
        refused("year-in-words.json"),
        ["4:31 error: events[0].start_date.year: “nineteen fifty” is not a whole number"]
    );
    assert_eq!(
        refused("era-without-end.json"),
        ["4:5 error: eras[0].end_date: an era needs an end_date"]
    );
    assert_eq!(
        refused("title-only.json"),
        ["8:13 error: events: the timeline has no events"]
    );
}
