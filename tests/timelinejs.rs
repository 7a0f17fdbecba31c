//! TimelineJS files read by `load_any`: the mapping into the model, and precise problems.

use korea_timeline::core::import::detect::load_any;
use korea_timeline::core::import::slide_name::UNTITLED;
use korea_timeline::core::load::problem::Problem;
use korea_timeline::core::load::{load_timeline, Loaded};
use korea_timeline::core::model::event_date::{EventDate, Precision};
use korea_timeline::core::model::timeline::{Event, Timeline};
use serde_json::{json, Value};

const GOOD: &str = include_str!("fixtures/timelinejs-good.json");
const KOREA: &str = include_str!("../public/timelines/korea-1945-1950.json");

fn loaded(json: &str) -> Loaded {
    load_any(json).unwrap_or_else(|problems| panic!("does not load: {problems:#?}"))
}

fn ancient() -> Timeline {
    let Loaded { timeline, warnings } = loaded(GOOD);
    // The one thing in the fixture this app does not show is named, not dropped silently.
    assert_eq!(
        placed(&warnings),
        ["6:15 warning: title.text.text: left out, as this app shows only text, emphasis, lists, \
          quotes and links to web addresses: <script>"]
    );
    timeline
}

fn event<'a>(t: &'a Timeline, id: &str) -> &'a Event {
    &t.events[t.event_index(id).unwrap_or_else(|| panic!("no event {id}"))]
}

/// The problems as `LINE:COLUMN path: message`, to compare whole.
fn placed(problems: &[Problem]) -> Vec<String> {
    problems
        .iter()
        .map(|p| format!("{}:{} {}", p.line.unwrap_or(0), p.column.unwrap_or(0), p))
        .collect()
}

fn one_event(slide: Value) -> Value {
    json!({ "title": { "text": { "headline": "T" } }, "events": [slide] })
}

#[test]
fn the_title_slide_gives_title_and_introduction_and_there_is_no_essay() {
    let t = ancient();
    assert_eq!(t.title, "Empires of the Ancient World");
    // Parsed and cut down as it is read: the script never reaches the model.
    assert_eq!(
        t.intro_html.as_ref().map(|h| h.to_html()).as_deref(),
        Some("<p>From <em>Ur</em> to Rome.</p>")
    );
    assert!(t.essay.is_none() && t.paragraphs().is_empty());
    assert!(t.bibliography.is_empty() && t.footnotes.is_empty());
    assert_eq!(t.range, None, "the axis follows the data");
    assert!(t.source.description.contains("TimelineJS"));
}

#[test]
fn dates_keep_the_precision_their_parts_give_and_bce_years_read_as_written() {
    let t = ancient();
    let ides = event(&t, "the-ides-of-march-1");
    assert_eq!(
        ides.date.plain().unwrap(),
        EventDate::Day {
            year: -43,
            month: 3,
            day: 15
        }
    );
    assert_eq!(ides.date_label(), "15 March 44 BCE");
    let pyramid = event(&t, "pyramid");
    assert_eq!(
        pyramid.date.plain().unwrap(),
        EventDate::Year { year: -2559 }
    );
    assert_eq!(pyramid.span().describe(), "2560 BCE");
    let fall = event(&t, "fall-of-constantinople-3");
    assert_eq!(fall.span().start.precision(), Precision::Day);
    assert_eq!(
        fall.end.as_ref(),
        Some(&fall.date),
        "times of day are dropped"
    );
    let emperors = event(&t, "the-last-western-emperors-4");
    assert_eq!(
        emperors.date.plain().unwrap(),
        EventDate::Month {
            year: 476,
            month: 9
        }
    );
    assert_eq!(
        emperors.end.as_ref().and_then(|e| e.plain()),
        Some(EventDate::Year { year: 480 })
    );
    let order: Vec<&str> = t.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        order,
        [
            "pyramid",
            "the-ides-of-march-1",
            "the-last-western-emperors-4",
            "fall-of-constantinople-3"
        ]
    );
}

#[test]
fn display_dates_replace_the_computed_description() {
    let t = ancient();
    assert_eq!(
        event(&t, "pyramid").display_date.as_deref(),
        Some("c. 2560 BCE")
    );
    let emperors = event(&t, "the-last-western-emperors-4");
    assert_eq!(emperors.date_label(), "476–480 CE");
    assert_eq!(
        emperors.name_with_date(),
        "The last western emperors, 476–480 CE"
    );
    // An empty display_date counts as none.
    let fall = event(&t, "fall-of-constantinople-3");
    assert_eq!(fall.display_date, None);
    assert_eq!(fall.date_label(), "29 May 1453");

    let only_start = one_event(json!({
        "start_date": { "year": 1950, "display_date": "Summer of 1950" },
        "end_date": { "year": 1953, "month": 7 },
        "text": { "headline": "War" }
    }));
    let t = loaded(&only_start.to_string()).timeline;
    assert_eq!(
        t.events[0].display_date.as_deref(),
        Some("Summer of 1950 – July 1953")
    );
}

#[test]
fn groups_become_actors_and_missing_ids_are_generated() {
    let t = ancient();
    let names: Vec<(&str, &str)> = t
        .actors
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect();
    assert_eq!(names, [("rome", "Rome"), ("egypt", "Egypt")]);
    assert_eq!(event(&t, "the-ides-of-march-1").actors, ["rome"]);
    assert_eq!(event(&t, "the-last-western-emperors-4").actors, ["rome"]);
    assert_eq!(event(&t, "pyramid").actors, ["egypt"]);
    assert!(event(&t, "fall-of-constantinople-3").actors.is_empty());

    // A generated id never takes an id the file gives, nor one generated before it.
    let doc = json!({ "events": [
        { "start_date": { "year": 1 }, "text": { "headline": "A" } },
        { "start_date": { "year": 2 }, "text": { "headline": "B" }, "unique_id": "a-1" },
        { "start_date": { "year": 3 }, "text": { "headline": "!!" }, "group": "!!" },
        { "start_date": { "year": 4 }, "text": { "headline": "D" }, "group": "¿?" }
    ]});
    let Loaded { timeline, warnings } = loaded(&doc.to_string());
    let ids: Vec<&str> = timeline.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["a-1-2", "a-1", "event-3", "d-4"]);
    let actors: Vec<&str> = timeline.actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(actors, ["group", "group-2"]);
    assert_eq!(timeline.title, UNTITLED);
    assert_eq!(
        placed(&warnings),
        [format!(
            "1:1 warning: title: the file has no title headline, so the timeline is called “{UNTITLED}”"
        )]
    );
}

#[test]
fn slide_text_and_media_become_html_and_source_lines() {
    let t = ancient();
    let ides = event(&t, "the-ides-of-march-1");
    assert_eq!(
        ides.html.as_ref().map(|h| h.to_html()).as_deref(),
        Some("<p>Caesar is killed in the Senate.</p>")
    );
    assert_eq!(
        ides.sources.iter().map(|s| s.to_html()).collect::<Vec<_>>(),
        [
            "The death of Caesar",
            "<a href=\"https://example.org\" rel=\"noopener noreferrer\">Example Museum</a>",
            "<a href=\"https://example.org/ides.jpg\" rel=\"noopener noreferrer\">Picture: https://example.org/ides.jpg</a>"
        ]
    );
    assert!(ides.basis.is_none() && ides.passages.is_empty() && ides.footnotes.is_empty());
    let emperors = event(&t, "the-last-western-emperors-4");
    assert_eq!(emperors.html, None, "empty text is no text");
    assert!(emperors.sources.is_empty());
}

#[test]
fn eras_become_labelled_spans() {
    let t = ancient();
    assert_eq!(t.eras.len(), 1);
    let rome = &t.eras[0];
    assert_eq!(rome.label, "Rome");
    assert_eq!(rome.span().describe(), "753 BCE – 476");
}

#[test]
fn bad_dates_are_named_at_their_part() {
    const BEFORE: &str = r#"{"title": {"text": {"headline": "T"}}, "events": [{"start_date": "#;
    // (start_date, the text the problem must point at, message)
    let cases = [
        (r#"{"year": "abc"}"#, r#""abc""#, "events[0].start_date.year: “abc” is not a whole number"),
        (r#"{"year": 1950.5}"#, "1950.5", "events[0].start_date.year: 1950.5 is not a whole number"),
        (r#"{"year": true}"#, "true", "events[0].start_date.year: expected a number or a string of digits"),
        (r#"{"year": [1950, {"y": 1}], "month": 3}"#, "[", "events[0].start_date.year: expected a number or a string of digits"),
        (r#"{"year": {"y": [1950]}, "month": 3}"#, r#"{"y": ["#, "events[0].start_date.year: expected a number or a string of digits"),
        (r#"{"year": 18446744073709551615}"#, "18", "events[0].start_date.year: year 9223372036854775807 is out of range: this app reads years up to 99999999999 either side of year 0"),
        (r#"{"month": 3}"#, "{", "events[0].start_date.year: a date needs a year"),
        (r#"{"year": -138000000000}"#, "-13", "events[0].start_date.year: year -138000000000 is out of range: this app reads years up to 99999999999 either side of year 0"),
    ];
    for (date, points_at, message) in cases {
        let doc = format!(r#"{BEFORE}{date}, "text": {{"headline": "x"}}}}]}}"#);
        let column = BEFORE.len() + date.find(points_at).unwrap() + 1;
        assert_eq!(
            placed(&load_any(&doc).unwrap_err()),
            [format!("1:{column} error: {message}")],
            "{date}"
        );
    }
}

/// TimelineJS moves a day that does not exist to another by JavaScript's date arithmetic (30
/// February to 2 March); this app reads the date without it, at the precision left, and says so.
#[test]
fn days_and_months_that_do_not_exist_are_left_out_with_a_warning() {
    const BEFORE: &str = r#"{"title": {"text": {"headline": "T"}}, "events": [{"start_date": "#;
    // (start_date, the text the warning must point at, warning, the date read)
    let cases = [
        (r#"{"year": 1e3, "month": 2.0, "day": 30}"#, "30", "events[0].start_date.day: there is no 30 February 1000: February 1000 has 28 days, so the date is read as February 1000", "February 1000"),
        (r#"{"year": 1950, "month": 13, "day": 1}"#, "13", "events[0].start_date.month: there is no month 13: months run from 1 to 12, so the date is read as 1950", "1950"),
        (r#"{"year": 1950, "month": 0}"#, "0}", "events[0].start_date.month: there is no month 0: months run from 1 to 12, so the date is read as 1950", "1950"),
        (r#"{"year": -44, "day": 3}"#, "3}", "events[0].start_date.day: a day needs a month, so the date is read as 44 BCE", "44 BCE"),
        (r#"{"year": 1949, "month": "2", "day": "29"}"#, r#""29""#, "events[0].start_date.day: there is no 29 February 1949: February 1949 has 28 days, so the date is read as February 1949", "February 1949"),
        (r#"{"year": 1950, "month": 4, "day": 0}"#, "0}", "events[0].start_date.day: there is no 0 April 1950: April 1950 has 30 days, so the date is read as April 1950", "April 1950"),
    ];
    for (date, points_at, message, read_as) in cases {
        let doc = format!(r#"{BEFORE}{date}, "text": {{"headline": "x"}}}}]}}"#);
        let column = BEFORE.len() + date.find(points_at).unwrap() + 1;
        let Loaded { timeline, warnings } = loaded(&doc);
        assert_eq!(
            placed(&warnings),
            [format!("1:{column} warning: {message}")],
            "{date}"
        );
        assert_eq!(timeline.events[0].date_label(), read_as, "{date}");
    }
}

#[test]
fn slides_without_dates_and_eras_without_ends_are_refused() {
    let doc = r#"{
  "title": { "text": { "headline": "T" } },
  "eras": [ { "start_date": { "year": 1 }, "text": { "headline": "E" } } ],
  "events": [
    { "start_date": { "year": 1 }, "text": { "headline": "fine" } },
    { "text": { "headline": "no date" } },
    { "start_date": { "year": 1 }, "end_date": { "year": "x" }, "text": { "headline": "bad" } },
    { "display_date": "Spring 1950", "text": { "headline": "worded only" } }
  ]
}"#;
    assert_eq!(
        placed(&load_any(doc).unwrap_err()),
        [
            "6:5 error: events[1].start_date: an event needs a start_date; TimelineJS, too, \
             shows no timeline with a slide that has none",
            "7:58 error: events[2].end_date.year: “x” is not a whole number",
            "8:5 error: events[3].start_date: an event needs a start_date to place it on the \
             axis: a display_date only words the date; TimelineJS, too, shows no timeline with \
             a slide that has none",
            "3:13 error: eras[0].end_date: an era needs an end_date",
        ]
    );
}

/// What TimelineJS shows anyway (a slide without a headline, a repeated id, an end before the
/// start, an era without a headline) loads, with a warning at the field the author wrote.
#[test]
fn what_timelinejs_tolerates_is_read_with_a_warning_at_its_field() {
    let doc = r#"{
  "title": { "text": { "headline": "T" } },
  "eras": [
    { "start_date": { "year": 1950 }, "end_date": { "year": 1940 }, "text": { "headline": "Back" } },
    { "start_date": { "year": 1945 }, "end_date": { "year": 1948 }, "text": { "headline": " " } }
  ],
  "events": [
    { "unique_id": "same", "start_date": { "year": 1950 }, "text": { "headline": "A" } },
    { "unique_id": "same", "start_date": { "year": 1950 }, "text": { "headline": "" },
      "end_date": { "year": 1949 } },
    { "start_date": { "year": 1951 }, "end_date": { "month": 3 }, "text": { "headline": "C" } },
    { "start_date": { "year": 1952 }, "end_date": { "year": "", "month": "" }, "text": { "headline": "D" } }
  ]
}"#;
    let Loaded { timeline, warnings } = loaded(doc);
    assert_eq!(
        placed(&warnings),
        [
            "10:19 warning: events[1].end_date: ends (1949) before it starts (1950), so the end \
             is left out and the slide shown at its start",
            "9:82 warning: events[1].text.headline: the slide has no headline, so it is called \
             “1950”, after its date",
            "9:20 warning: events[1].unique_id: events[0] has the id “same” too, so this \
             slide's id is “same-2”, as TimelineJS gives it another",
            "11:51 warning: events[2].end_date.year: an end_date needs a year, so the slide has \
             no end",
            "4:51 warning: eras[0].end_date: ends (1940) before it starts (1950), so the era is \
             left out",
            "5:91 warning: eras[1].text.headline: the era has no headline, so it is labelled \
             “1945 – 1948”, after its dates",
        ]
    );
    let events: Vec<(&str, &str, Option<EventDate>)> = timeline
        .events
        .iter()
        .map(|e| (e.id.as_str(), e.headline.as_str(), e.span().end))
        .collect();
    assert_eq!(
        events,
        [
            ("same", "A", None),
            ("same-2", "1950", None),
            ("c-3", "C", None),
            ("d-4", "D", None)
        ]
    );
    let eras: Vec<&str> = timeline.eras.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(eras, ["1945 – 1948"]);
}

#[test]
fn our_own_format_still_refuses_an_event_without_a_headline() {
    let mut doc: Value = serde_json::from_str(KOREA).unwrap();
    doc["events"][0]["headline"] = json!(" ");
    assert_eq!(
        load_any(&doc.to_string()).unwrap_err()[0].to_string(),
        "error: events[0].headline: the headline is empty"
    );
}

#[test]
fn an_empty_event_list_and_wrong_types_are_refused_precisely() {
    assert_eq!(
        placed(&load_any(r#"{"events": []}"#).unwrap_err()),
        [
            "1:12 error: events: the timeline has no events",
            format!(
                "1:1 warning: title: the file has no title headline, so the timeline is called “{UNTITLED}”"
            )
            .as_str(),
        ]
    );
    let doc = r#"{"events": [{"start_date": {"year": 1}, "text": {"headline": ["A"]}}]}"#;
    assert_eq!(
        placed(&load_any(doc).unwrap_err()),
        ["1:62 error: events[0].text.headline: the file does not match the TimelineJS format: invalid type: sequence, expected text"]
    );
    // A number or true/false where text belongs is shown as written, as TimelineJS shows it.
    let doc = r#"{"events": [{"start_date": {"year": 1}, "text": {"headline": 1950.0, "text": true}, "group": 7, "unique_id": null}]}"#;
    let event = &loaded(doc).timeline.events[0];
    assert_eq!(event.headline, "1950");
    assert_eq!(
        event.html.as_ref().map(|h| h.to_html()).as_deref(),
        Some("true")
    );
    assert_eq!(event.actors, ["7"]);
    assert_eq!(event.id, "1950-1");
}

#[test]
fn the_format_is_told_by_its_fields() {
    assert!(loaded(KOREA).timeline.essay.is_some());
    assert_eq!(loaded(KOREA), load_timeline(KOREA).unwrap());

    let mut no_format: Value = serde_json::from_str(KOREA).unwrap();
    no_format.as_object_mut().unwrap().remove("format");
    let found = load_any(&no_format.to_string()).unwrap_err();
    assert!(
        found[0].message.contains("missing field `format`"),
        "{found:?}"
    );

    let neither = load_any(r#"{"title": "x", "events": [{"date": "1950"}]}"#).unwrap_err();
    assert_eq!(
        placed(&neither),
        ["1:1 error: this is neither an essay-timeline file (it has no \"format\") nor a TimelineJS file (it has no \"events\" list of slides with a \"start_date\")"]
    );
    let list = load_any("\n [1, 2]").unwrap_err();
    assert_eq!(
        placed(&list),
        ["2:2 error: a timeline file holds one JSON object, and this one holds a list"]
    );
    let broken = load_any("{\"events\": [1,").unwrap_err();
    assert_eq!(
        placed(&broken),
        ["1:14 error: events: the file ends too early (truncated JSON?): EOF while parsing a value"]
    );
    // The strict loader still reads only essay-timeline files.
    let strict = load_timeline(GOOD).unwrap_err();
    assert_eq!(
        placed(&strict)[0],
        "2:12 error: scale: the file does not match the timeline format: unknown field `scale`, \
         expected one of `format`, `title`, `subtitle`, `language`, `intro_html`, `source`, `range`, \
         `essay`, `bibliography`, `works`, `footnotes`, `actors`, `eras`, `events`, `evidence`"
    );
}

#[test]
fn markup_in_headlines_dates_and_groups_becomes_plain_words() {
    let file = r#"{
      "title": {"text": {"headline": "Hostile <script>window.x = 1</script><em>timeline</em>"}},
      "events": [{
        "start_date": {"year": 1950},
        "text": {"headline": "<img src=x onerror=\"alert(1)\">Safe <b>headline</b>"},
        "group": "<b>Group</b>",
        "display_date": "<script>x()</script>Midsummer   1950"
      }]
    }"#;
    let loaded = korea_timeline::core::import::detect::load_any(file).expect("loads");
    let t = loaded.timeline;
    assert_eq!(t.title, "Hostile timeline");
    let event = &t.events[0];
    assert_eq!(event.headline, "Safe headline");
    assert_eq!(event.display_date.as_deref(), Some("Midsummer 1950"));
    assert_eq!(t.actors[0].name, "Group");
}
