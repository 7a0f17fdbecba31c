//! CSV text as the rows a spreadsheet shows: quoted commas, doubled quotes and line breaks
//! inside quotes read by `csv-core`, and every line counted, so row numbers match the sheet.

use csv_core::{ReadFieldResult, Reader};

/// The rows of a CSV text in order, each as its cells. The first row is row 1, as in a
/// spreadsheet. An empty line is a row with no cells: `csv-core` skips empty lines, but a
/// spreadsheet shows them as blank rows, and a blank row ends a TimelineJS sheet.
pub(crate) struct CsvRows<'a> {
    text: &'a [u8],
    at: usize,
    reader: Reader,
    /// Room for `csv-core` to write a field into, a piece at a time.
    chunk: [u8; 1024],
}

impl<'a> CsvRows<'a> {
    /// A UTF-8 byte order mark at the start, as spreadsheet programs write, is not a cell's.
    pub(crate) fn new(text: &'a str) -> CsvRows<'a> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        CsvRows {
            text: text.as_bytes(),
            at: 0,
            reader: Reader::new(),
            chunk: [0; 1024],
        }
    }

    /// Steps over the `\n` of a `\r\n` whose `\r` ended the last row (`csv-core` leaves it to
    /// the next read), and over one empty line, telling whether there was one.
    fn skip_empty_line(&mut self) -> bool {
        let rest = &self.text[self.at..];
        if self.at > 0 && self.text[self.at - 1] == b'\r' && rest.first() == Some(&b'\n') {
            self.at += 1;
        }
        match self.text[self.at..] {
            [b'\r', b'\n', ..] => self.at += 2,
            [b'\r' | b'\n', ..] => self.at += 1,
            _ => return false,
        }
        true
    }
}

impl Iterator for CsvRows<'_> {
    type Item = Vec<String>;

    fn next(&mut self) -> Option<Vec<String>> {
        if self.skip_empty_line() {
            return Some(Vec::new());
        }
        if self.at == self.text.len() {
            return None;
        }
        let mut cells = Vec::new();
        let mut cell = Vec::new();
        loop {
            let (result, read, written) = self
                .reader
                .read_field(&self.text[self.at..], &mut self.chunk);
            self.at += read;
            cell.extend_from_slice(&self.chunk[..written]);
            match result {
                ReadFieldResult::InputEmpty | ReadFieldResult::OutputFull => {}
                ReadFieldResult::Field { record_end } => {
                    // The text was UTF-8 and `csv-core` only drops ASCII quotes and commas
                    // from it, so every cell is UTF-8 too.
                    cells.push(String::from_utf8_lossy(&cell).into_owned());
                    cell.clear();
                    if record_end {
                        return Some(cells);
                    }
                }
                ReadFieldResult::End => return (!cells.is_empty()).then_some(cells),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<String>> {
        CsvRows::new(text).collect()
    }

    #[test]
    fn quoted_cells_keep_commas_doubled_quotes_and_line_breaks() {
        assert_eq!(
            rows("a,\"b, c\",\"say \"\"hi\"\"\"\n\"two\nlines\",,x\n"),
            [vec!["a", "b, c", "say \"hi\""], vec!["two\nlines", "", "x"]]
        );
    }

    #[test]
    fn crlf_lf_and_cr_each_end_a_row_and_a_last_row_needs_no_line_end() {
        assert_eq!(
            rows("a,b\r\nc\nd\re"),
            [["a", "b"].as_slice(), &["c"], &["d"], &["e"]]
        );
        assert_eq!(rows("\"q\"\r\n\"r\r\ns\"\r\n"), [["q"], ["r\r\ns"]]);
    }

    #[test]
    fn an_empty_line_is_a_row_without_cells_so_later_rows_keep_their_numbers() {
        let read = rows("h\r\n\r\nx\r\n,,\n\ny");
        let expected: [&[&str]; 6] = [&["h"], &[], &["x"], &["", "", ""], &[], &["y"]];
        assert_eq!(read, expected);
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_first_cell() {
        assert_eq!(rows("\u{feff}Year,Headline\n"), [["Year", "Headline"]]);
        assert!(rows("").is_empty());
    }

    #[test]
    fn a_cell_longer_than_the_reading_chunk_is_read_whole() {
        let long = "é".repeat(3000);
        assert_eq!(rows(&format!("\"{long}\",b")), [[long.as_str(), "b"]]);
    }
}
