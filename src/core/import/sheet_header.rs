//! The header row of a TimelineJS sheet: which cell of a row holds which of TimelineJS's
//! columns, and how problems name a place in the sheet ("row 14, column Month").

use crate::core::load::problem::Problem;
use crate::locale::import;

/// A column of TimelineJS's sheet template, in the template's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Column {
    Year,
    Month,
    Day,
    Time,
    EndYear,
    EndMonth,
    EndDay,
    EndTime,
    DisplayDate,
    Headline,
    Text,
    Media,
    MediaCredit,
    MediaCaption,
    MediaThumbnail,
    AltText,
    Type,
    Group,
    Background,
    /// TimelineJS's first template: a whole date in one cell, and Tag for Group.
    StartDate,
    EndDate,
    Tag,
}

/// Today's template, then the first template's columns TimelineJS still reads.
const COLUMNS: [Column; 22] = [
    Column::Year,
    Column::Month,
    Column::Day,
    Column::Time,
    Column::EndYear,
    Column::EndMonth,
    Column::EndDay,
    Column::EndTime,
    Column::DisplayDate,
    Column::Headline,
    Column::Text,
    Column::Media,
    Column::MediaCredit,
    Column::MediaCaption,
    Column::MediaThumbnail,
    Column::AltText,
    Column::Type,
    Column::Group,
    Column::Background,
    Column::StartDate,
    Column::EndDate,
    Column::Tag,
];

/// How many of `COLUMNS` today's template has.
const TEMPLATE_COLUMNS: usize = 19;

impl Column {
    /// Its header in TimelineJS's template.
    pub(crate) fn header(self) -> &'static str {
        match self {
            Column::Year => "Year",
            Column::Month => "Month",
            Column::Day => "Day",
            Column::Time => "Time",
            Column::EndYear => "End Year",
            Column::EndMonth => "End Month",
            Column::EndDay => "End Day",
            Column::EndTime => "End Time",
            Column::DisplayDate => "Display Date",
            Column::Headline => "Headline",
            Column::Text => "Text",
            Column::Media => "Media",
            Column::MediaCredit => "Media Credit",
            Column::MediaCaption => "Media Caption",
            Column::MediaThumbnail => "Media Thumbnail",
            Column::AltText => "Alt Text",
            Column::Type => "Type",
            Column::Group => "Group",
            Column::Background => "Background",
            Column::StartDate => "Start Date",
            Column::EndDate => "End Date",
            Column::Tag => "Tag",
        }
    }
}

/// Today's template's header row, as messages quote it.
pub(crate) fn template_header() -> String {
    COLUMNS[..TEMPLATE_COLUMNS]
        .iter()
        .map(|c| c.header())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A header as compared: without case or spaces. TimelineJS trims headers, and its Google
/// Sheets reader matched them lowercased with the spaces taken out (`endyear`).
fn key(header: &str) -> String {
    header
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Which cell of a row holds each column the sheet has, and its header as the author wrote it.
pub(crate) struct SheetHeader {
    /// The cell index of each `Column` (by its position in `COLUMNS`).
    cells: [Option<usize>; COLUMNS.len()],
    /// The header cells, trimmed.
    written: Vec<String>,
}

impl SheetHeader {
    /// Reads the header row (row 1). Columns may come in any order and any may be left out
    /// but Year, whose absence is an error: TimelineJS refuses a row without a year, so such a
    /// sheet shows nothing. A column TimelineJS does not read, or one repeated, is warned
    /// about and ignored; a column without a header is ignored.
    pub(crate) fn read(row: &[String]) -> (SheetHeader, Vec<Problem>) {
        let mut header = SheetHeader {
            cells: [None; COLUMNS.len()],
            written: row.iter().map(|cell| cell.trim().to_string()).collect(),
        };
        let mut problems = Vec::new();
        for (index, written) in header.written.iter().enumerate() {
            if written.is_empty() {
                continue;
            }
            let place = cell_place(1, &column_letters(index));
            let Some(slot) = COLUMNS.iter().position(|c| key(c.header()) == key(written)) else {
                problems.push(Problem::warning(place, import::not_a_column(written)));
                continue;
            };
            match header.cells[slot] {
                None => header.cells[slot] = Some(index),
                Some(first) => problems.push(Problem::warning(
                    place,
                    import::second_column(COLUMNS[slot].header(), column_letters(first)),
                )),
            }
        }
        if header.index(Column::Year).is_none() && !header.has_whole_dates() {
            problems.insert(
                0,
                Problem::error(import::row(1), import::no_year_column(template_header())),
            );
        }
        (header, problems)
    }

    /// A sheet of TimelineJS's first template, which gives each date whole in a Start Date
    /// or End Date cell: TimelineJS then reads its dates from those columns only.
    pub(crate) fn has_whole_dates(&self) -> bool {
        self.index(Column::StartDate).is_some() || self.index(Column::EndDate).is_some()
    }

    fn index(&self, column: Column) -> Option<usize> {
        self.cells[column as usize]
    }

    /// The trimmed cell of `column` in `row`; empty when the sheet or the row has no such cell.
    pub(crate) fn cell<'r>(&self, row: &'r [String], column: Column) -> &'r str {
        self.index(column)
            .and_then(|index| row.get(index))
            .map_or("", |cell| cell.trim())
    }

    /// How problems name `column`: by its header as the sheet has it, or by TimelineJS's name
    /// when the sheet lacks the column a problem is about (an era row's End Year).
    pub(crate) fn name(&self, column: Column) -> &str {
        self.index(column)
            .map_or(column.header(), |index| &self.written[index])
    }

    /// How problems name the cell at `index` of a row: by its column's header, or by its
    /// letters when the column has none.
    pub(crate) fn name_at(&self, index: usize) -> String {
        match self.written.get(index) {
            Some(written) if !written.is_empty() => written.clone(),
            _ => column_letters(index),
        }
    }
}

/// A place in a sheet as a spreadsheet shows it: `row 14, column Month`.
pub(crate) fn cell_place(row: usize, column: &str) -> String {
    import::cell(row, column)
}

/// The letters a spreadsheet heads the column at `index` with: A to Z, then AA, AB…
pub(crate) fn column_letters(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.iter().rev().map(|&b| char::from(b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(header: &str) -> Vec<String> {
        header.split(',').map(str::to_string).collect()
    }

    #[test]
    fn each_column_indexes_its_own_slot() {
        for (slot, column) in COLUMNS.iter().enumerate() {
            assert_eq!(*column as usize, slot, "{column:?}");
        }
    }

    #[test]
    fn columns_are_letters_as_a_spreadsheet_heads_them() {
        let letters: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702]
            .into_iter()
            .map(column_letters)
            .collect();
        assert_eq!(
            letters,
            ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]
        );
    }

    #[test]
    fn headers_match_in_any_order_case_and_spacing() {
        let (header, problems) = SheetHeader::read(&cells(" headline ,END  YEAR,year,EndMonth"));
        assert!(problems.is_empty(), "{problems:?}");
        let row = cells("War,1953,1950,7");
        assert_eq!(header.cell(&row, Column::Year), "1950");
        assert_eq!(header.cell(&row, Column::EndYear), "1953");
        assert_eq!(header.cell(&row, Column::EndMonth), "7");
        assert_eq!(header.cell(&row, Column::Day), "");
        assert_eq!(header.name(Column::EndYear), "END  YEAR");
        assert_eq!(header.name(Column::Day), "Day");
    }

    #[test]
    fn the_template_header_with_or_without_alt_text_reads_without_problems() {
        let template = template_header().replace(", ", ",");
        assert!(SheetHeader::read(&cells(&template)).1.is_empty());
        let older = template.replace("Alt Text,", "");
        assert!(SheetHeader::read(&cells(&older)).1.is_empty());
    }

    #[test]
    fn unknown_and_repeated_columns_are_warned_and_blank_headers_ignored() {
        let (header, problems) = SheetHeader::read(&cells("Year,Notes,,Headline,headline"));
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "warning: row 1, column B: “Notes” is not a column TimelineJS reads, so it is \
                 ignored",
                "warning: row 1, column E: a second Headline column, ignored: only the first, \
                 column D, is read"
            ]
        );
        assert_eq!(
            header.cell(&cells("1,n,x,first,second"), Column::Headline),
            "first"
        );
        assert_eq!(header.name_at(2), "C");
        assert_eq!(header.name_at(1), "Notes");
    }

    #[test]
    fn a_missing_year_column_is_an_error_that_lists_the_template() {
        let (_, problems) = SheetHeader::read(&cells("Month,Day,Headline"));
        assert_eq!(problems.len(), 1);
        assert!(problems[0].is_error());
        assert_eq!(problems[0].path, "row 1");
        assert!(
            problems[0].message.starts_with(
                "the header row has no “Year” column, and a TimelineJS sheet needs one (or, \
                 as its first template had, a “Start Date” column): it gives each event its \
                 date."
            ),
            "{}",
            problems[0].message
        );
        assert!(problems[0].message.ends_with(
            "Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, \
             Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Alt Text, \
             Type, Group, Background"
        ));
        // Slides without headlines are named from what they have, so Headline may be missing.
        assert!(SheetHeader::read(&cells("Year,Text")).1.is_empty());
    }
}
