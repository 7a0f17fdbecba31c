//! `timeline-check` over one fixture per kind of broken file: each problem must come out as
//! `FILE:LINE:COLUMN: error|warning: PATH: message`, with the right exit status.

use std::path::{Path, PathBuf};
use std::process::Command;

use korea_timeline::core::load::limits::{MAX_NESTING_DEPTH, MAX_TIMELINE_BYTES};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// Runs the checker in the fixtures folder, so file names print short.
fn check(files: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_timeline-check"))
        .args(files)
        .current_dir(FIXTURES)
        .output()
        .expect("timeline-check runs");
    (
        out.status.code().expect("an exit status"),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Asserts the file is refused (status 1) with exactly this one line.
fn assert_refused(file: &str, expected: &str) {
    let (status, stdout, _) = check(&[file]);
    assert_eq!(stdout, format!("{expected}\n"), "{file}");
    assert_eq!(status, 1, "{file}");
}

/// A scratch file for inputs too big or too odd to commit.
fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn good_files_of_both_formats_pass() {
    let (status, stdout, stderr) = check(&["essay-good.json", "timelinejs-good.json"]);
    assert_eq!(
        stdout,
        "essay-good.json: ok: 2 events\n\
         timelinejs-good.json:6:15: warning: title.text.text: left out, as this app shows only \
         text, emphasis, lists, quotes and links to web addresses: <script>\n\
         timelinejs-good.json: ok: 4 events\n"
    );
    assert_eq!((status, stderr.as_str()), (0, ""));
    let korea = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/timelines/korea-1945-1950.json"
    );
    let (status, stdout, _) = check(&[korea]);
    assert_eq!((status, stdout), (0, format!("{korea}: ok: 11 events\n")));
}

#[test]
fn warnings_alone_still_pass() {
    let (status, stdout, _) = check(&["warning-only.json"]);
    assert_eq!(
        stdout,
        "warning-only.json:15:5: warning: footnotes[0].note: a reconstructed mapping should \
         say why it holds\nwarning-only.json: ok: 2 events\n"
    );
    assert_eq!(status, 0);
}

#[test]
fn truncated_json() {
    assert_refused(
        "truncated.json",
        "truncated.json:29:22: error: events[1].headline: the file ends too early \
         (truncated JSON?): EOF while parsing a string",
    );
}

#[test]
fn a_wrong_type() {
    assert_refused(
        "wrong-type.json",
        "wrong-type.json:21:19: error: events[0].headline: the file does not match the \
         timeline format: invalid type: integer `42`, expected a string",
    );
}

#[test]
fn a_missing_required_field() {
    assert_refused(
        "missing-field.json",
        "missing-field.json:19:5: error: events[0]: the file does not match the timeline \
         format: missing field `basis`",
    );
}

#[test]
fn a_duplicate_id() {
    assert_refused(
        "duplicate-id.json",
        "duplicate-id.json:28:13: error: events[1].id: event id “war-begins” is used more \
         than once",
    );
}

/// Refused in this app's format; read from TimelineJS, which shows it on another day, at the
/// month, with a warning.
#[test]
fn an_impossible_date_in_either_format() {
    assert_refused(
        "impossible-date.json",
        "impossible-date.json:22:15: error: events[0].date: the file does not match the \
         timeline format: “1950-02-30” is not a real day: February 1950 has 28 days",
    );
    let (status, stdout, _) = check(&["timelinejs-impossible-date.json"]);
    assert_eq!(
        stdout,
        "timelinejs-impossible-date.json:5:56: warning: events[0].start_date.day: there is no \
         30 February 1950: February 1950 has 28 days, so the date is read as February 1950\n\
         timelinejs-impossible-date.json: ok: 1 event\n"
    );
    assert_eq!(status, 0);
}

#[test]
fn a_timelinejs_slide_without_a_start_date() {
    assert_refused(
        "timelinejs/refused/no-start-date.json",
        "timelinejs/refused/no-start-date.json:8:5: error: events[1].start_date: an event needs \
         a start_date; TimelineJS, too, shows no timeline with a slide that has none",
    );
}

#[test]
fn an_end_before_the_start() {
    assert_refused(
        "end-before-start.json",
        "end-before-start.json:31:14: error: events[1].end: ends (January 1950) before it \
         starts (1951)",
    );
}

#[test]
fn a_footnote_whose_entry_does_not_exist() {
    assert_refused(
        "footnote-without-entry.json",
        "footnote-without-entry.json:15:29: error: footnotes[0].entry: no bibliography entry \
         “b9”",
    );
}

#[test]
fn a_quote_not_in_its_paragraph() {
    assert_refused(
        "quote-not-in-paragraph.json",
        "quote-not-in-paragraph.json:24:51: error: events[0].passages[0].quote: not found \
         verbatim in paragraph “p1”: “In July 1950 the war began.”",
    );
}

#[test]
fn an_empty_event_list() {
    assert_refused(
        "empty-events.json",
        "empty-events.json:18:13: error: events: the timeline has no events",
    );
}

#[test]
fn deeply_nested_json() {
    // The notes list sits 3 levels down; the array that opens level 65 is refused.
    let path = format!("events[0].notes{}", "[0]".repeat(MAX_NESTING_DEPTH - 3));
    assert_refused(
        "deeply-nested.json",
        &format!(
            "deeply-nested.json:26:77: error: {path}: objects and arrays are nested more \
             than 64 levels deep here; a timeline needs only a few"
        ),
    );
}

#[test]
fn a_file_over_the_size_limit() {
    let mut big = b"{\"title\": \"".to_vec();
    big.resize(MAX_TIMELINE_BYTES + 10, b'x');
    let path = scratch("too-big.json", &big);
    let name = path.to_str().unwrap();
    assert_refused(
        name,
        &format!(
            "{name}: error: the file is larger than 5242880 bytes (5 MiB), the most a \
             timeline file may be"
        ),
    );
}

#[test]
fn a_file_that_is_not_utf8() {
    let path = scratch("latin1.json", b"{\n  \"title\": \"Caf\xe9\"\n}\n");
    let name = path.to_str().unwrap();
    assert_refused(
        name,
        &format!("{name}:2:16: error: the file is not UTF-8 text"),
    );
}

#[test]
fn json_that_is_no_timeline() {
    let path = scratch("list.json", b"[1, 2]");
    let name = path.to_str().unwrap();
    assert_refused(
        name,
        &format!(
            "{name}:1:1: error: a timeline file holds one JSON object, and this one holds a list"
        ),
    );
}

#[test]
fn the_worst_file_sets_the_exit_status() {
    let (status, stdout, _) = check(&["essay-good.json", "empty-events.json"]);
    assert_eq!(status, 1);
    assert_eq!(stdout.lines().count(), 2);
    let (status, stdout, stderr) = check(&["empty-events.json", "no-such-file.json"]);
    assert_eq!(status, 2);
    assert!(stdout.contains("empty-events.json:18:13: error"));
    assert!(
        stderr.starts_with("no-such-file.json: cannot read the file: "),
        "{stderr}"
    );
}

#[test]
fn no_file_is_a_usage_error() {
    let (status, stdout, stderr) = check(&[]);
    assert_eq!((status, stdout.as_str()), (2, ""));
    assert!(
        stderr.starts_with("usage: timeline-check FILE..."),
        "{stderr}"
    );
}
