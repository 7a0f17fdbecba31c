//! TimelineJS sheets saved as CSV: what is read from which column, where the data ends, and
//! each problem named at its row and column as the spreadsheet shows them.

use korea_timeline::core::import::detect::{load_bytes_named, load_named};
use korea_timeline::core::import::slide_name::UNTITLED;
use korea_timeline::core::import::timelinejs_csv::load_timelinejs_csv;
use korea_timeline::core::load::problem::Problem;
use korea_timeline::core::load::Loaded;
use korea_timeline::core::model::event_date::EventDate;
use korea_timeline::core::model::timeline::{Event, Timeline};

const GOOD: &str = include_str!("fixtures/csv/good.csv");
const OLDER_SHUFFLED: &str = include_str!("fixtures/csv/older-shuffled.csv");
const MONTH_13: &str = include_str!("fixtures/csv/month-13.csv");
const YEAR_IN_WORDS: &str = include_str!("fixtures/csv/year-in-words.csv");

/// TimelineJS's template header row, as a sheet saved as CSV starts.
const HEADER: &str = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,\
                      Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,\
                      Type,Group,Background";

/// The warning for a sheet without a title row.
const NO_TITLE: &str =
    "warning: the file has no title headline, so the timeline is called “Untitled timeline”";

fn loaded(csv: &str) -> Loaded {
    load_timelinejs_csv(csv).unwrap_or_else(|problems| panic!("does not load: {problems:#?}"))
}

/// The problems as the checker and the error page word them.
fn shown(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

fn refused(csv: &str) -> Vec<String> {
    shown(&load_timelinejs_csv(csv).expect_err("refused"))
}

fn event<'a>(t: &'a Timeline, headline: &str) -> &'a Event {
    t.events
        .iter()
        .find(|e| e.headline == headline)
        .unwrap_or_else(|| panic!("no event “{headline}”"))
}

/// A sheet of the template's columns with `rows` under the header, each row given as
/// `column=value` pairs.
fn sheet(rows: &[&[(&str, &str)]]) -> String {
    let columns: Vec<&str> = HEADER.split(',').collect();
    let mut csv = format!("{HEADER}\n");
    for row in rows {
        let cells: Vec<&str> = columns
            .iter()
            .map(|column| {
                row.iter()
                    .find(|(c, _)| c == column)
                    .map_or("", |(_, value)| *value)
            })
            .collect();
        csv.push_str(&cells.join(","));
        csv.push('\n');
    }
    csv
}

#[test]
fn a_template_sheet_with_a_bom_crlf_and_tricky_quoting_reads_whole() {
    assert!(GOOD.starts_with('\u{feff}') && GOOD.contains("\r\n"));
    let Loaded {
        timeline: t,
        warnings,
    } = loaded(GOOD);
    assert!(warnings.is_empty(), "{warnings:#?}");
    // A quoted comma and doubled quotes in the title row.
    assert_eq!(t.title, "Korea, 1945–1950");
    assert_eq!(
        t.intro_html.as_ref().map(|h| h.plain_text()).as_deref(),
        Some("From liberation to war: a \"divided\" peninsula.")
    );
    let headlines: Vec<&str> = t.events.iter().map(|e| e.headline.as_str()).collect();
    assert_eq!(
        headlines,
        [
            "Liberation",
            "Stalin says \"no\"",
            "Acheson's Press Club speech",
            "The Korean War"
        ]
    );
    // A line break inside a quoted cell stays in the cell.
    let liberation = event(&t, "Liberation");
    let text = liberation.html.as_ref().map(|h| h.to_html()).unwrap();
    assert!(text.contains("divided\r\nat the 38th parallel"), "{text}");
    assert_eq!(
        liberation.date.plain().unwrap(),
        EventDate::Day {
            year: 1945,
            month: 8,
            day: 15
        }
    );
}

#[test]
fn columns_map_as_the_json_importer_maps_their_fields() {
    let t = loaded(GOOD).timeline;
    // Media Caption, Media Credit and Media as the source lines, in the JSON importer's order,
    // the media's link in its Alt Text's words; thumbnails and backgrounds are not read.
    let liberation = event(&t, "Liberation");
    let sources: Vec<String> = liberation.sources.iter().map(|s| s.plain_text()).collect();
    assert_eq!(
        sources,
        [
            "Crowds in Seoul",
            "Photo: \"Seoul Times\"",
            "Picture: Crowds celebrating in Seoul (example.org)"
        ]
    );
    // Group becomes an actor, Display Date the wording of the date; the Time is ignored.
    let names: Vec<&str> = t.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Korea", "United States", "Soviet Union"]);
    assert_eq!(liberation.actors, ["korea"]);
    let war = event(&t, "The Korean War");
    assert_eq!(war.date_label(), "25 June 1950 – 27 July 1953");
    assert_eq!(
        war.end.as_ref().and_then(|e| e.plain()),
        Some(EventDate::Day {
            year: 1953,
            month: 7,
            day: 27
        })
    );
    let acheson = event(&t, "Acheson's Press Club speech");
    assert_eq!(
        acheson.date.plain().unwrap(),
        EventDate::Day {
            year: 1950,
            month: 1,
            day: 12
        }
    );
    assert_eq!(acheson.end, None);
    // A year the sheet formats as "1,949" is 1949, as TimelineJS reads it.
    assert_eq!(
        event(&t, "Stalin says \"no\"").date.plain().unwrap(),
        EventDate::Year { year: 1949 }
    );
}

#[test]
fn era_rows_become_eras_and_the_title_row_no_event() {
    let t = loaded(GOOD).timeline;
    let eras: Vec<(&str, String)> = t
        .eras
        .iter()
        .map(|e| (e.label.as_str(), e.span().describe()))
        .collect();
    assert_eq!(
        eras,
        [
            (
                "US Army Military Government",
                "8 September 1945 – 15 August 1948".to_string()
            ),
            ("Two states, one peninsula", "1948 – 1950".to_string())
        ]
    );
    assert!(t.events.iter().all(|e| !e.headline.contains("Korea, 1945")));
    assert!(t.essay.is_none() && t.footnotes.is_empty());
}

#[test]
fn an_older_sheet_in_any_order_and_case_is_read_up_to_its_first_blank_row() {
    let Loaded {
        timeline: t,
        warnings,
    } = loaded(OLDER_SHUFFLED);
    assert!(!OLDER_SHUFFLED.contains("Alt Text"));
    let headlines: Vec<&str> = t.events.iter().map(|e| e.headline.as_str()).collect();
    assert_eq!(
        headlines,
        ["Liberation", "Armistice"],
        "row 5, after the blank row 4, is not read"
    );
    assert_eq!(
        event(&t, "Armistice").date.plain().unwrap(),
        EventDate::Day {
            year: 1953,
            month: 7,
            day: 27
        }
    );
    assert_eq!(
        shown(&warnings),
        [
            "warning: row 1, column S: “Notes” is not a column TimelineJS reads, so it is ignored",
            "warning: row 5: not read, nor any row after it: row 4 is blank, and TimelineJS reads \
             a sheet only up to its first blank row",
            NO_TITLE,
        ]
    );
}

#[test]
fn an_empty_line_is_a_blank_row_too() {
    let csv = "Year,Headline\r\n1950,Read\r\n\r\n1951,Not read\r\n";
    let Loaded { timeline, warnings } = loaded(csv);
    assert_eq!(timeline.events.len(), 1);
    assert_eq!(
        shown(&warnings)[0],
        "warning: row 4: not read, nor any row after it: row 3 is blank, and TimelineJS reads a \
         sheet only up to its first blank row"
    );
}

#[test]
fn a_month_of_13_is_named_at_its_row_and_column_though_a_cell_spans_two_lines() {
    let Loaded { timeline, warnings } = loaded(MONTH_13);
    assert_eq!(
        shown(&warnings),
        [
            "warning: row 14, column Month: there is no month 13: months run from 1 to 12, so the \
          date is read as 1950"
        ]
    );
    assert_eq!(
        event(&timeline, "The war begins").date.plain().unwrap(),
        EventDate::Year { year: 1950 }
    );
    // As the reader's error page is tested with: a year TimelineJS cannot read either.
    assert_eq!(
        refused(YEAR_IN_WORDS),
        ["error: row 14, column Year: “nineteen fifty” is not a whole number"]
    );
}

#[test]
fn text_in_a_year_a_missing_year_and_an_era_without_an_end_are_refused_at_their_cells() {
    let csv = sheet(&[
        &[("Year", "nineteen fifty"), ("Headline", "Words")],
        &[("Month", "3"), ("Headline", "No year")],
        &[
            ("Year", "1950"),
            ("Type", "era"),
            ("Headline", "An era without an end"),
        ],
    ]);
    assert_eq!(
        refused(&csv),
        [
            "error: row 2, column Year: “nineteen fifty” is not a whole number",
            "error: row 3, column Year: a date needs a year",
            "error: row 4, column End Year: a date needs a year",
            NO_TITLE,
        ]
    );
}

/// TimelineJS shows these rows: it moves a day that does not exist to another, drops an end
/// without a year and draws an end before the start as it comes. This app shows them too, with
/// the part it cannot read left out and said so at its cell.
#[test]
fn an_impossible_day_an_end_without_a_year_and_an_end_before_the_start_are_warned_at_their_cells() {
    let csv = sheet(&[
        &[
            ("Year", "1950"),
            ("Month", "6"),
            ("Day", "25"),
            ("End Year", "1949"),
            ("Headline", "Backwards"),
        ],
        &[
            ("Year", "1950"),
            ("Day", "3"),
            ("Headline", "Day without month"),
        ],
        &[
            ("Year", "1950"),
            ("Headline", "Half an end"),
            ("End Month", "7"),
        ],
        &[
            ("Year", "1950"),
            ("Month", "2"),
            ("Day", "30"),
            ("Headline", "No such day"),
        ],
    ]);
    let Loaded { timeline, warnings } = loaded(&csv);
    assert_eq!(
        shown(&warnings),
        [
            NO_TITLE,
            "warning: row 2, column End Year: ends (1949) before it starts (25 June 1950), so the \
             end is left out and the slide shown at its start",
            "warning: row 3, column Day: a day needs a month, so the date is read as 1950",
            "warning: row 4, column End Year: an end_date needs a year, so the slide has no end",
            "warning: row 5, column Day: there is no 30 February 1950: February 1950 has 28 \
             days, so the date is read as February 1950",
        ]
    );
    let labels: Vec<String> = timeline.events.iter().map(Event::date_label).collect();
    assert_eq!(labels, ["1950", "1950", "February 1950", "25 June 1950"]);
}

#[test]
fn what_the_import_makes_up_or_leaves_out_is_named_at_its_cell() {
    let csv = sheet(&[
        &[("Type", "title")],
        &[("Year", "1950"), ("End Year", "1940"), ("Type", "era")],
        &[("Year", "1950")],
        &[
            ("Year", "1950"),
            ("Headline", "Empty credit"),
            ("Media Credit", "<script>x()</script>"),
            ("Media", "https://example.org"),
        ],
    ]);
    let Loaded { timeline, warnings } = loaded(&csv);
    assert_eq!(
        shown(&warnings),
        [
            &format!(
                "warning: row 2, column Headline: the file has no title headline, so the \
                 timeline is called “{UNTITLED}”"
            ),
            "warning: row 4, column Headline: the slide has no headline, so it is called \
             “1950”, after its date",
            "warning: row 5, column Media Credit: left out, as this app shows only text, \
             emphasis, lists, quotes and links to web addresses: <script>",
            "warning: row 5, column Media Credit: nothing is left to show, so the credit is \
             left out",
            "warning: row 3, column End Year: ends (1940) before it starts (1950), so the era \
             is left out",
        ]
    );
    assert!(timeline.eras.is_empty());
    let credit = event(&timeline, "Empty credit");
    let sources: Vec<String> = credit.sources.iter().map(|s| s.plain_text()).collect();
    assert_eq!(sources, ["Page: https://example.org"]);
}

#[test]
fn type_is_read_as_timelinejs_reads_it() {
    let csv = sheet(&[
        &[("Type", "title"), ("Headline", "The title")],
        &[
            ("Type", " title "),
            ("Year", "1950"),
            ("Headline", "Second title"),
        ],
        &[
            ("Type", "Era"),
            ("Year", "1951"),
            ("Headline", "Capital era"),
        ],
        &[
            ("Type", "era"),
            ("Year", "1950"),
            ("End Year", "1953"),
            ("Headline", "War"),
        ],
    ]);
    let Loaded {
        timeline: t,
        warnings,
    } = loaded(&csv);
    assert_eq!(t.title, "The title");
    let headlines: Vec<&str> = t.events.iter().map(|e| e.headline.as_str()).collect();
    assert_eq!(headlines, ["Second title", "Capital era"]);
    assert_eq!(t.eras.len(), 1);
    assert_eq!(t.eras[0].label, "War");
    assert_eq!(
        shown(&warnings),
        [
            "warning: row 3, column Type: a second title row: TimelineJS takes the first as the \
             title, and shows this one as an event",
            "warning: row 4, column Type: “Era” is neither “title” nor “era”, so this row is an \
             event, as TimelineJS reads it",
        ]
    );
}

#[test]
fn a_sheet_without_the_columns_timelinejs_needs_lists_what_it_expects() {
    let problems = refused("Date,Title\n1950,War\n");
    assert_eq!(
        problems,
        [
            format!(
                "error: row 1: the header row has no “Year” column, and a TimelineJS sheet \
                 needs one (or, as its first template had, a “Start Date” column): it gives \
                 each event its date. The header row names the columns a sheet uses, in any \
                 order, from TimelineJS's template: {}",
                HEADER.replace(',', ", ")
            ),
            "warning: row 1, column A: “Date” is not a column TimelineJS reads, so it is ignored"
                .to_string(),
            "warning: row 1, column B: “Title” is not a column TimelineJS reads, so it is ignored"
                .to_string(),
        ]
    );
    // Without a Headline column every slide is named from what it has, as TimelineJS shows
    // such a sheet with blank headlines.
    let Loaded { timeline, warnings } = loaded("Year,Text\n1950,<p>The war begins</p>\n");
    assert_eq!(timeline.events[0].headline, "The war begins");
    assert_eq!(
        shown(&warnings),
        [
            NO_TITLE,
            "warning: row 2, column Headline: the slide has no headline, so it is called “The \
             war begins”, after the start of its text",
        ]
    );
}

#[test]
fn a_sheet_with_no_data_rows_says_why() {
    assert_eq!(
        refused("Year,Headline\n"),
        ["error: the sheet has no data rows: nothing follows the header row"]
    );
    assert_eq!(
        refused("Year,Headline\n,\n1950,War\n"),
        [
            "error: the sheet has no data rows: row 2 is blank, and TimelineJS reads a sheet \
             only up to its first blank row",
            "warning: row 3: not read, nor any row after it: row 2 is blank, and TimelineJS \
             reads a sheet only up to its first blank row",
        ]
    );
    assert!(refused("")[0].starts_with(
        "error: the file is empty: a TimelineJS sheet starts with a header row naming its \
         columns, from TimelineJS's template: Year, Month, Day,"
    ));
    // Only a title: rows, but no events.
    assert_eq!(
        refused(&sheet(&[&[("Type", "title"), ("Headline", "T")]])),
        ["error: the timeline has no events"]
    );
}

#[test]
fn a_file_that_is_not_utf8_is_refused_at_the_bad_byte() {
    let csv = b"Year,Headline,Text\n1950,Caf\xe9,x\n";
    let problems = load_bytes_named(csv, "sheet.csv").unwrap_err();
    assert_eq!(
        shown(&problems),
        ["error: row 2, column Headline: the file is not UTF-8 text: byte 0xE9 here is not part \
          of any UTF-8 character, so the file is likely in another encoding (such as \
          Windows-1252); save the sheet again as CSV UTF-8"]
    );
    // In the header, a quoted cell over two lines, and at the very end.
    let in_header = load_bytes_named(b"Year,Head\xffline\n", "text/csv").unwrap_err();
    assert_eq!(in_header[0].path, "row 1, column B");
    let after_two_lines = b"Year,Headline,Text\n1950,\"Two\nlines\",\xff\n";
    let problems = load_bytes_named(after_two_lines, "text/csv").unwrap_err();
    assert_eq!(problems[0].path, "row 2, column Text");
    let cut = load_bytes_named(b"Year,Headline\n1950,\xe2\x82", "a.csv").unwrap_err();
    assert_eq!(cut[0].path, "row 2, column Headline");
    assert!(cut[0]
        .message
        .starts_with("the file is not UTF-8 text: it ends partway through a UTF-8 character"));

    // JSON is placed at its line and column.
    let json = load_bytes_named(b"{\n  \"title\": \"\xff\"}", "timeline.json").unwrap_err();
    assert_eq!(
        (json[0].path.as_str(), json[0].line, json[0].column),
        ("", Some(2), Some(13))
    );
    assert!(json[0].message.ends_with("save it again as UTF-8"));
}

#[test]
fn the_name_or_content_type_picks_the_csv_reader() {
    let csv = "Year,Headline\n1950,War\n";
    for name in [
        "text/csv",
        "text/csv; charset=utf-8",
        " TEXT/CSV ;header=present",
        "timeline.csv",
        "https://example.org/sheets/Korea.CSV?raw=1#top",
        "timelines/korea.csv#events",
    ] {
        let loaded = load_named(csv, name).unwrap_or_else(|p| panic!("{name}: {p:?}"));
        assert_eq!(loaded.timeline.events.len(), 1, "{name}");
        let from_bytes = load_bytes_named(csv.as_bytes(), name).map(|l| l.timeline.events.len());
        assert_eq!(from_bytes, Ok(1), "{name}");
    }
    for name in [
        "application/json",
        "timeline.json",
        "https://example.org/data.csv.json",
        "https://example.org/export?format=.csv.json",
        "https://example.org/page#sheet.csv.bak",
        "text/csvx",
        "",
    ] {
        let problems = load_named(csv, name).unwrap_err();
        assert!(
            problems[0].message.starts_with("this is not valid JSON"),
            "{name}: {problems:?}"
        );
    }
    let json = r#"{"events": [{"start_date": {"year": 1950}, "text": {"headline": "War"}}]}"#;
    assert_eq!(
        load_named(json, "timeline.json")
            .unwrap()
            .timeline
            .events
            .len(),
        1
    );
    assert_eq!(load_named(json, "sheet.csv").unwrap_err()[0].path, "row 1");
}

/// TimelineJS's first sheet template: whole dates in Start Date and End Date, Tag for Group.
const FIRST_TEMPLATE: &str = "Start Date,End Date,Headline,Text,Media,Media Credit,Media Caption,\
                              Media Thumbnail,Type,Tag\n\
                              ,,Korea 1945–1950,The road to war,,,,,title,\n\
                              8/15/1945,,Liberation,,,,,,,Korea\n\
                              1948-08-15,1948-09-09,Two states,,,,,,,Korea\n\
                              1950-06-25T04:00:00,,The war begins,,,,,,,\n\
                              1949,1950,The talks,,,,,,era,\n";

#[test]
fn a_sheet_of_the_first_template_reads_its_whole_dates_and_tags() {
    let Loaded { timeline, warnings } = loaded(FIRST_TEMPLATE);
    assert_eq!(timeline.title, "Korea 1945–1950");
    let date = |headline: &str| {
        let e = event(&timeline, headline);
        (e.date.first(), e.end.as_ref().map(|end| end.first()))
    };
    let day = |year, month, day| EventDate::Day { year, month, day };
    assert_eq!(date("Liberation"), (day(1945, 8, 15), None));
    assert_eq!(
        date("Two states"),
        (day(1948, 8, 15), Some(day(1948, 9, 9)))
    );
    assert_eq!(date("The war begins"), (day(1950, 6, 25), None));
    // Tag, like Group, becomes an actor.
    assert_eq!(event(&timeline, "Liberation").actors, ["korea"]);
    assert_eq!(timeline.eras.len(), 1, "{:?}", timeline.eras);
    assert!(
        warnings.iter().all(|w| !w.message.contains("not a column")),
        "{warnings:#?}"
    );
}

#[test]
fn a_whole_date_timelinejs_cannot_read_is_refused_at_its_cell() {
    let sheet = "Start Date,Headline\n1950-06-25,War\nJune 1950,Talks\n";
    let problems = refused(sheet);
    assert!(
        problems[0].starts_with("error: row 3, column Start Date: a date needs a year"),
        "{problems:#?}"
    );
}
