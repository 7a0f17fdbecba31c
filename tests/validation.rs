//! Deliberately broken timelines: each must be refused with a problem that names its place.

use korea_timeline::core::load::load_timeline;
use korea_timeline::core::load::problem::Problem;
use serde_json::{json, Value};

const CONTENT: &str = include_str!("../public/timelines/korea-1945-1950.json");

fn good() -> Value {
    serde_json::from_str(CONTENT).unwrap()
}

fn problems(doc: &Value) -> Vec<Problem> {
    load_timeline(&doc.to_string()).expect_err("a broken file must not load")
}

/// Asserts that one problem sits at `path` and says `words`.
fn assert_problem(doc: &Value, path: &str, words: &str) {
    let found = problems(doc);
    assert!(
        found
            .iter()
            .any(|p| p.is_error() && p.path == path && p.message.contains(words)),
        "expected “{words}” at {path}, got {found:#?}"
    );
}

#[test]
fn the_good_file_loads() {
    assert!(load_timeline(CONTENT).is_ok());
}

#[test]
fn a_misquote_is_refused() {
    let mut doc = good();
    doc["events"][0]["passages"][0]["quote"] = json!("After Korea was freed from Japanese control");
    assert_problem(&doc, "events[0].passages[0].quote", "not found verbatim");
}

#[test]
fn a_quote_corrected_to_modern_spelling_is_a_misquote() {
    let mut doc = good();
    let events = doc["events"].as_array_mut().unwrap();
    let no = events
        .iter_mut()
        .find(|e| e["id"] == "stalin-says-no")
        .unwrap();
    no["passages"][0]["quote"] = json!(
        "Stalin considered this request [of starting a war] from Kim Il Sung for nearly a year"
    );
    let found = problems(&doc);
    assert!(found
        .iter()
        .any(|p| p.message.contains("not found verbatim")));
}

#[test]
fn duplicate_ids_are_refused() {
    let mut doc = good();
    doc["events"][1]["id"] = doc["events"][0]["id"].clone();
    assert_problem(&doc, "events[1].id", "used more than once");
}

/// The line and column, from 1, where `needle` first appears in `text`.
fn place_of(text: &str, needle: &str) -> (Option<usize>, Option<usize>) {
    let (line, column) = text
        .lines()
        .enumerate()
        .find_map(|(i, l)| Some((i + 1, l.find(needle)? + 1)))
        .expect("the needle is in the text");
    (Some(line), Some(column))
}

#[test]
fn an_impossible_date_names_its_line() {
    let text = CONTENT.replacen("\"1945-08-15\"", "\"1950-02-30\"", 1);
    let found = load_timeline(&text).unwrap_err();
    assert_eq!(found[0].path, "events[0].date", "{found:?}");
    assert_eq!(
        (found[0].line, found[0].column),
        place_of(&text, "\"1950-02-30\"")
    );
    assert!(
        found[0].message.contains("February 1950 has 28 days"),
        "{found:?}"
    );
}

#[test]
fn an_unknown_date_basis_names_its_line_and_the_known_ones() {
    let text = CONTENT.replacen("\"kind\": \"editorial\"", "\"kind\": \"guessed\"", 1);
    let found = load_timeline(&text).unwrap_err();
    assert_eq!(found[0].path, "events[0].basis.kind", "{found:?}");
    assert_eq!(
        (found[0].line, found[0].column),
        place_of(&text, "\"guessed\"")
    );
    assert!(
        found[0].message.contains(
            "unknown variant `guessed`, expected one of `essay`, `inferred`, `cited-document`, `editorial`"
        ),
        "{found:?}"
    );
}

#[test]
fn an_end_before_the_start_is_refused() {
    let mut doc = good();
    doc["events"][0]["end"] = json!("1945-01");
    assert_problem(&doc, "events[0].end", "before it starts");
}

#[test]
fn dates_outside_the_declared_years_are_refused() {
    let mut doc = good();
    doc["events"][0]["date"] = json!("1951-01-01");
    assert_problem(
        &doc,
        "events[0].date",
        "outside this timeline's years 1945–1950",
    );
}

#[test]
fn footnotes_must_exist_and_resolve() {
    let mut doc = good();
    doc["events"][0]["footnotes"] = json!([11]);
    assert_problem(
        &doc,
        "events[0].footnotes[0]",
        "[11] does not appear in the essay",
    );

    let mut doc = good();
    doc["footnotes"][5]["entry"] = json!("b99");
    assert_problem(&doc, "footnotes[5].entry", "no bibliography entry “b99”");

    let mut doc = good();
    doc["footnotes"].as_array_mut().unwrap().remove(0);
    assert_problem(
        &doc,
        "footnotes",
        "[1] is in the essay but not in the footnotes list",
    );
}

#[test]
fn events_need_passages_and_footnotes() {
    let mut doc = good();
    doc["events"][0]["passages"] = json!([]);
    doc["events"][0]["footnotes"] = json!([]);
    assert_problem(&doc, "events[0].passages", "at least one passage");
    assert_problem(&doc, "events[0].footnotes", "at least one footnote");

    let mut doc = good();
    doc["events"][0]["passages"][0]["paragraph"] = json!("p9");
    assert_problem(&doc, "events[0].passages[0].paragraph", "no paragraph “p9”");
}

#[test]
fn an_empty_event_list_is_refused() {
    let mut doc = good();
    doc["events"] = json!([]);
    assert_problem(&doc, "events", "no events");
}

#[test]
fn structural_errors_name_line_and_column() {
    let truncated = &CONTENT[..CONTENT.len() / 2];
    let found = load_timeline(truncated).unwrap_err();
    assert!(found[0].message.contains("ends too early"), "{found:?}");

    let found = load_timeline("<html>not json</html>").unwrap_err();
    assert_eq!(found[0].path, "");
    assert_eq!((found[0].line, found[0].column), (Some(1), Some(1)));
    assert!(found[0].message.contains("not valid JSON"));

    let mut doc = good();
    doc["events"][0]["headline"] = json!(42);
    let found = problems(&doc);
    assert!(
        found[0]
            .message
            .contains("does not match the timeline format"),
        "{found:?}"
    );

    let mut doc = good();
    doc.as_object_mut().unwrap().remove("essay");
    let found = problems(&doc);
    assert!(
        found[0].message.contains("missing field `essay`"),
        "{found:?}"
    );
}

/// `null` is how a timeline without an essay (an import) is written out. It reads, but an
/// essay timeline's event must still say its basis, and passages of a file whose essay is
/// `null` quote nothing and are refused.
#[test]
fn null_essay_or_basis_reads_but_never_hides_a_missing_basis() {
    let mut doc = good();
    doc["events"][0]["basis"] = Value::Null;
    assert_problem(&doc, "events[0].basis", "needs a basis");

    let mut doc = good();
    doc["essay"] = Value::Null;
    let found = problems(&doc);
    assert!(
        found.iter().any(
            |p| p.path.ends_with("passages[0].paragraph") && p.message.contains("no paragraph")
        ),
        "{found:?}"
    );
}

#[test]
fn an_unknown_format_version_is_refused() {
    let mut doc = good();
    doc["format"] = json!("essay-timeline/9");
    assert_problem(&doc, "format", "unknown format");
}

#[test]
fn unknown_actors_are_refused() {
    let mut doc = good();
    doc["events"][0]["actors"] = json!(["nobody"]);
    assert_problem(&doc, "events[0].actors[0]", "no actor “nobody”");
}

fn warnings(doc: &Value) -> Vec<Problem> {
    load_timeline(&doc.to_string())
        .expect("a file with only warnings loads")
        .warnings
}

fn event_mut<'a>(doc: &'a mut Value, id: &str) -> &'a mut Value {
    doc["events"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|e| e["id"] == id)
        .unwrap()
}

#[test]
fn an_inferred_date_must_name_the_essays_words_verbatim() {
    let mut doc = good();
    event_mut(&mut doc, "not-advisable")["basis"]
        .as_object_mut()
        .unwrap()
        .remove("rests_on");
    assert_problem(&doc, "events[2].basis.rests_on", "names the essay’s words");
    let mut doc = good();
    event_mut(&mut doc, "not-advisable")["basis"]["rests_on"] = json!("in the course of 1949");
    assert_problem(
        &doc,
        "events[2].basis.rests_on",
        "not in the essay, word for word",
    );
}

#[test]
fn a_language_named_in_words_is_warned_about_and_the_file_still_loads() {
    let mut doc = good();
    doc["language"] = json!("English");
    let found = warnings(&doc);
    assert!(
        found
            .iter()
            .any(|p| p.path == "language" && p.message.contains("“English” is not a language tag")),
        "{found:#?}"
    );
    doc["language"] = json!("en-GB");
    assert!(warnings(&doc).iter().all(|p| p.path != "language"));
}

#[test]
fn a_stated_date_that_quotes_no_essay_words_is_warned_about() {
    let mut doc = good();
    event_mut(&mut doc, "acheson-speech")["basis"]["reason"] = json!("The essay dates it.");
    let found = warnings(&doc);
    assert!(
        found
            .iter()
            .any(|p| p.path == "events[7].basis.reason" && p.message.contains("inferred")),
        "{found:#?}"
    );
}

#[test]
fn a_reconstructed_mapping_without_a_certainty_is_warned_about() {
    let mut doc = good();
    doc["footnotes"][5]
        .as_object_mut()
        .unwrap()
        .remove("certainty");
    let found = warnings(&doc);
    assert!(
        found.iter().any(|p| p.path == "footnotes[5].certainty"),
        "{found:#?}"
    );
    let mut doc = good();
    doc["footnotes"][0]["certainty"] = json!("firm");
    assert!(warnings(&doc)
        .iter()
        .any(|p| p.path == "footnotes[0].certainty"));
}

#[test]
fn a_picture_must_be_a_web_address_or_a_path_beside_the_file() {
    for url in [
        "javascript:alert(1)",
        "data:image/png;base64,AAAA",
        "file:///etc/a.png",
    ] {
        let mut doc = good();
        doc["events"][0]["picture"] = json!({ "url": url, "alt": "A map" });
        assert_problem(&doc, "events[0].picture.url", "neither a web address");
    }
    let mut doc = good();
    doc["events"][0]["picture"] = json!({ "url": "images/map.png", "alt": " " });
    assert_problem(&doc, "events[0].picture.alt", "the alt text is empty");
    for url in ["images/map.png", "https://upload.wikimedia.org/map.png"] {
        let mut doc = good();
        doc["events"][0]["picture"] = json!({ "url": url, "alt": "A map" });
        assert!(load_timeline(&doc.to_string()).is_ok(), "{url}");
    }
}
