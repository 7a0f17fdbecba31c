//! A Knight Lab TimelineJS sheet saved as CSV (Google Sheets' File › Download › CSV, or the
//! template saved as CSV from a spreadsheet program), read row by row into the same slides as
//! a TimelineJS JSON file, so `timelinejs::import` maps them and the same checks run. Problems
//! name the cell as a spreadsheet shows it, "row 14, column Month", the header being row 1.

use crate::core::import::csv_rows::CsvRows;
use crate::core::import::sheet_date::sheet_date;
use crate::core::import::sheet_header::{
    cell_place, column_letters, template_header, Column, SheetHeader,
};
use crate::core::import::slide_date::{DatePart, SlideDate};
use crate::core::import::slide_media::Media;
use crate::core::import::timelinejs::{self, Slide, SlideText, TimelineJsFile};
use crate::core::load::limits::check_size;
use crate::core::load::problem::Problem;
use crate::core::load::{loaded_unless_errors, with_validation, Loaded};
use crate::locale::import;

/// The part of a sheet its data is read from: the rows between the header and the first blank
/// row.
struct Sheet {
    header: SheetHeader,
    /// Each data row with its number as the spreadsheet shows it.
    rows: Vec<(usize, Vec<String>)>,
    /// Warnings about the sheet itself: its header, rows left unread, rows' types.
    problems: Vec<Problem>,
}

/// Which data row (an index into `Sheet::rows`) each slide was made from.
#[derive(Default)]
struct SlideRows {
    title: Option<usize>,
    events: Vec<usize>,
    eras: Vec<usize>,
}

/// Reads a TimelineJS sheet saved as CSV; on failure returns every problem found, errors
/// first, each at its row and column.
pub fn load_timelinejs_csv(text: &str) -> Result<Loaded, Vec<Problem>> {
    check_size(text).map_err(|p| vec![p])?;
    let mut sheet = read_sheet(text)?;
    let (file, slide_rows) = slides(&mut sheet);
    let placed = |found: Vec<Problem>| {
        let found = found.into_iter().map(|p| Problem {
            path: slide_rows.place(&sheet, &p.path),
            ..p
        });
        errors_first(sheet.problems.iter().cloned().chain(found))
    };
    match timelinejs::import(&file) {
        Err(problems) => Err(placed(problems)),
        Ok((timeline, warnings)) => {
            let problems = with_validation(&timeline, warnings, timelinejs::file_path);
            loaded_unless_errors(timeline, placed(problems))
        }
    }
}

/// The header and the data rows, or why the sheet has none to read. The data ends at the first
/// blank row, as in TimelineJS, which gets a sheet from Google only up to its first blank row
/// (its FAQ, "Some of my slides aren't showing up").
fn read_sheet(text: &str) -> Result<Sheet, Vec<Problem>> {
    let mut rows = CsvRows::new(text);
    let Some(header_row) = rows.next() else {
        return Err(vec![Problem::error(
            "",
            import::empty_sheet(template_header()),
        )]);
    };
    let (header, mut problems) = SheetHeader::read(&header_row);
    let is_blank = |cells: &Vec<String>| cells.iter().all(|cell| cell.trim().is_empty());
    let mut data = Vec::new();
    let mut blank = None;
    for (number, cells) in (2..).zip(rows.by_ref()) {
        if is_blank(&cells) {
            blank = Some(number);
            break;
        }
        data.push((number, cells));
    }
    let stops_here = import::blank_row;
    if let Some(blank) = blank {
        if let Some((unread, _)) = (blank + 1..).zip(rows).find(|(_, cells)| !is_blank(cells)) {
            problems.push(Problem::warning(
                import::row(unread),
                import::rows_unread(stops_here(blank)),
            ));
        }
    }
    if data.is_empty() {
        let why = blank.map_or(import::nothing_after_header().to_string(), stops_here);
        problems.push(Problem::error("", import::no_data_rows(why)));
    }
    if problems.iter().any(Problem::is_error) {
        return Err(errors_first(problems));
    }
    Ok(Sheet {
        header,
        rows: data,
        problems,
    })
}

/// The sheet's rows as TimelineJS reads them: the first row whose Type is `title` is the title
/// slide, rows of Type `era` are eras, every other row is an event. Type is matched as
/// TimelineJS matches it, exactly once trimmed; any other type is warned about.
fn slides(sheet: &mut Sheet) -> (TimelineJsFile, SlideRows) {
    let (mut title, mut events, mut eras) = (None, Vec::new(), Vec::new());
    let mut rows = SlideRows::default();
    let header = &sheet.header;
    for (index, (number, cells)) in sheet.rows.iter().enumerate() {
        let type_cell = || cell_place(*number, header.name(Column::Type));
        match header.cell(cells, Column::Type) {
            "title" if title.is_none() => {
                title = Some(slide(header, cells, false));
                rows.title = Some(index);
                continue;
            }
            "era" => {
                eras.push(slide(header, cells, true));
                rows.eras.push(index);
                continue;
            }
            "title" => sheet
                .problems
                .push(Problem::warning(type_cell(), import::second_title())),
            "" => {}
            other => sheet
                .problems
                .push(Problem::warning(type_cell(), import::other_type(other))),
        }
        events.push(slide(header, cells, false));
        rows.events.push(index);
    }
    let eras = Some(eras);
    (
        TimelineJsFile {
            title,
            events,
            eras,
        },
        rows,
    )
}

/// One row as the slide a TimelineJS JSON file would hold. The start always has its parts, so
/// a row without a year is told "a date needs a year" at its Year; so does an era's end.
/// A sheet of the first template has its dates whole in Start Date and End Date
/// (`sheet_date`). Time, End Time, Media Thumbnail and Background are not read, as
/// the JSON importer reads neither times, thumbnails nor backgrounds.
fn slide(header: &SheetHeader, row: &[String], needs_end: bool) -> Slide {
    let text = |column| Some(header.cell(row, column).to_string()).filter(|t| !t.is_empty());
    let (start_date, end_date) = if header.has_whole_dates() {
        let end = header.cell(row, Column::EndDate);
        (
            sheet_date(header.cell(row, Column::StartDate)),
            (needs_end || !end.is_empty()).then(|| sheet_date(end)),
        )
    } else {
        let date = |year, month, day| SlideDate {
            year: date_part(header.cell(row, year)),
            month: date_part(header.cell(row, month)),
            day: date_part(header.cell(row, day)),
            display_date: None,
        };
        let end_columns = [Column::EndYear, Column::EndMonth, Column::EndDay];
        let has_end = end_columns.iter().any(|c| !header.cell(row, *c).is_empty());
        (
            date(Column::Year, Column::Month, Column::Day),
            (needs_end || has_end).then(|| date(Column::EndYear, Column::EndMonth, Column::EndDay)),
        )
    };
    Slide {
        start_date: Some(start_date),
        end_date,
        text: Some(SlideText {
            headline: text(Column::Headline),
            text: text(Column::Text),
        }),
        media: Some(Media {
            url: text(Column::Media),
            caption: text(Column::MediaCaption),
            credit: text(Column::MediaCredit),
            alt: text(Column::AltText),
        }),
        // The first template called it Tag.
        group: text(Column::Group).or_else(|| text(Column::Tag)),
        display_date: text(Column::DisplayDate),
        unique_id: None,
    }
}

/// A year, month or day cell: blank is absent. Spaces and commas are taken out of a number
/// ("1,815" is 1815, as a sheet formats it), as TimelineJS does; other text is kept as
/// written, so the message quotes what the author typed.
fn date_part(cell: &str) -> Option<DatePart> {
    if cell.is_empty() {
        return None;
    }
    let number: String = cell
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',')
        .collect();
    let digits = number.strip_prefix('-').unwrap_or(&number);
    let is_number = !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit());
    Some(DatePart::Text(if is_number {
        number
    } else {
        cell.to_string()
    }))
}

impl SlideRows {
    /// Where a problem at `path` in the slides (as `timelinejs::import` and
    /// `timelinejs::file_path` name it) lies in the sheet: a row and its column, a row, or
    /// the whole sheet ("").
    fn place(&self, sheet: &Sheet, path: &str) -> String {
        let (item, field) = path.split_once('.').unwrap_or((path, ""));
        let (row, field) = match item {
            "title" => match self.title {
                // The title as a whole is named by its headline.
                Some(row) if field.is_empty() => (row, "text.headline"),
                Some(row) => (row, field),
                None => return String::new(),
            },
            "events" => return String::new(),
            _ => match slide_row(item, "events[", &self.events)
                .or_else(|| slide_row(item, "eras[", &self.eras))
            {
                Some(row) => (row, field),
                None => return path.to_string(),
            },
        };
        let number = sheet.rows[row].0;
        match column_of(field, sheet.header.has_whole_dates()) {
            Some(column) => cell_place(number, sheet.header.name(column)),
            None => import::row(number),
        }
    }
}

/// The data row of `item` (`events[3]`) when it is in the list `list` opens (`events[`).
fn slide_row(item: &str, list: &str, rows: &[usize]) -> Option<usize> {
    let index: usize = item.strip_prefix(list)?.strip_suffix(']')?.parse().ok()?;
    rows.get(index).copied()
}

/// The column a slide's field (`start_date.month`) was read from; `whole_dates` for a sheet
/// that gives each date in one cell (`SheetHeader::has_whole_dates`).
fn column_of(field: &str, whole_dates: bool) -> Option<Column> {
    if whole_dates {
        if field.starts_with("start_date") {
            return Some(Column::StartDate);
        }
        if field.starts_with("end_date") {
            return Some(Column::EndDate);
        }
    }
    Some(match field {
        "start_date.year" => Column::Year,
        "start_date.month" => Column::Month,
        "start_date.day" => Column::Day,
        "end_date" | "end_date.year" => Column::EndYear,
        "end_date.month" => Column::EndMonth,
        "end_date.day" => Column::EndDay,
        "display_date" => Column::DisplayDate,
        "text.headline" => Column::Headline,
        "text.text" => Column::Text,
        "media.url" => Column::Media,
        "media.credit" => Column::MediaCredit,
        "media.caption" => Column::MediaCaption,
        "group" => Column::Group,
        _ => return None,
    })
}

fn errors_first(problems: impl IntoIterator<Item = Problem>) -> Vec<Problem> {
    let (errors, warnings): (Vec<Problem>, Vec<Problem>) =
        problems.into_iter().partition(Problem::is_error);
    errors.into_iter().chain(warnings).collect()
}

/// Where in the sheet the byte just after `text_before` lies: its row, and its column by
/// header once past the header row. For a file that stops being UTF-8 text there.
pub(crate) fn place_after(text_before: &str) -> String {
    // A stand-in for that byte, so the row read last is the one holding it.
    let rows: Vec<Vec<String>> = CsvRows::new(&format!("{text_before}x")).collect();
    let index = rows.last().map_or(0, |cells| cells.len().saturating_sub(1));
    let column = match rows.as_slice() {
        [header, _, ..] => SheetHeader::read(header).0.name_at(index),
        _ => column_letters(index),
    };
    cell_place(rows.len(), &column)
}
