//! Where a value sits in JSON text, as the line and column an author's editor jumps to.
//!
//! A small forgiving scanner: it follows objects and arrays without building values, keeps its
//! own stack instead of recursing (so deep nesting cannot overflow the call stack), and on
//! broken text carries on as best it can instead of failing.

use std::collections::HashMap;
use std::fmt::Write;
use std::ops::ControlFlow;

/// A 1-based line and a 1-based column counted in characters, as editors count them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// The start of one value, as the scanner meets it.
#[derive(Clone, Copy, Debug)]
pub struct ValueStart<'a> {
    /// Its JSON path, such as `events[3].date`; empty for the whole document.
    pub path: &'a str,
    /// How many objects and arrays enclose it.
    pub depth: usize,
    /// The byte offset of its first character.
    pub offset: usize,
}

/// An open object or array; `base` is the length of its own path.
enum Frame {
    Object {
        base: usize,
        key: Option<(usize, usize)>,
    },
    Array {
        base: usize,
        index: usize,
    },
}

/// Calls `visit` at the start of every value, in text order, until it breaks.
pub fn scan(json: &str, mut visit: impl FnMut(ValueStart<'_>) -> ControlFlow<()>) {
    let bytes = json.as_bytes();
    let mut path = String::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        match byte {
            b' ' | b'\t' | b'\n' | b'\r' | b':' => {
                i += 1;
                continue;
            }
            b',' => {
                match stack.last_mut() {
                    Some(Frame::Object { key, .. }) => *key = None,
                    Some(Frame::Array { index, .. }) => *index += 1,
                    None => {}
                }
                i += 1;
                continue;
            }
            b'}' | b']' => {
                if let Some(Frame::Object { base, .. } | Frame::Array { base, .. }) = stack.pop() {
                    path.truncate(base);
                }
                i += 1;
                continue;
            }
            _ => {}
        }
        let end = token_end(bytes, i);
        // A string where an object expects a key is the key, not a value.
        if let Some(Frame::Object {
            key: key @ None, ..
        }) = stack.last_mut()
        {
            if byte == b'"' {
                // Without its closing quote (unterminated), the key runs to the end.
                let close = if end > i + 1 && bytes[end - 1] == b'"' {
                    end - 1
                } else {
                    end
                };
                *key = Some((i + 1, close));
            }
            i = end;
            continue;
        }
        match stack.last() {
            Some(&Frame::Object {
                base,
                key: Some((from, to)),
            }) => {
                path.truncate(base);
                if base > 0 {
                    path.push('.');
                }
                path.push_str(&json[from..to]);
            }
            Some(&Frame::Array { base, index }) => {
                path.truncate(base);
                let _ = write!(path, "[{index}]");
            }
            _ => path.clear(),
        }
        let start = ValueStart {
            path: &path,
            depth: stack.len(),
            offset: i,
        };
        if visit(start).is_break() {
            return;
        }
        match byte {
            b'{' => stack.push(Frame::Object {
                base: path.len(),
                key: None,
            }),
            b'[' => stack.push(Frame::Array {
                base: path.len(),
                index: 0,
            }),
            _ => {}
        }
        i = if byte == b'{' || byte == b'[' {
            i + 1
        } else {
            end
        };
    }
}

/// Whether an object or array may open `depth` or more levels deep: a quick count of brackets
/// outside strings that never counts fewer levels than [`scan`] does.
pub fn may_nest(json: &str, depth: usize) -> bool {
    let bytes = json.as_bytes();
    let mut open = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i = string_end(bytes, i);
                continue;
            }
            b'{' | b'[' if open >= depth => return true,
            b'{' | b'[' => open += 1,
            b'}' | b']' => open = open.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    false
}

/// The offset just past the string or bare word (number, `true`, …) that starts at `start`.
fn token_end(bytes: &[u8], start: usize) -> usize {
    if bytes[start] == b'"' {
        return string_end(bytes, start);
    }
    bytes[start..]
        .iter()
        .position(|b| b" \t\n\r,:[]{}\"".contains(b))
        .map_or(bytes.len(), |n| start + n.max(1))
}

/// The offset just past the value that starts at `start`: past the closing bracket of an
/// object or array, or the end of the text when it is never closed.
fn value_end(bytes: &[u8], start: usize) -> usize {
    if !matches!(bytes[start], b'{' | b'[') {
        return token_end(bytes, start);
    }
    let mut depth = 0usize;
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i = string_end(bytes, i);
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

/// The JSON path of the value a parser that stopped at byte `offset` was reading: the
/// innermost value that holds it (an object or array holds its closing bracket; text that
/// ends early leaves open what it cuts off); between values, the value that comes next or
/// the key just read.
pub fn path_at(json: &str, offset: usize) -> String {
    // The last value to start at or before `offset` at each depth, outermost first; then the
    // first value after it.
    let mut chain: Vec<(String, usize)> = Vec::new();
    let mut next = None;
    scan(json, |value| {
        if value.offset > offset {
            next = Some((value.path.to_string(), value.offset));
            return ControlFlow::Break(());
        }
        chain.truncate(value.depth);
        chain.push((value.path.to_string(), value.offset));
        ControlFlow::Continue(())
    });
    let bytes = json.as_bytes();
    let Some((mut path, start)) = chain.into_iter().rev().find(|&(_, start)| {
        let end = value_end(bytes, start);
        offset < end || end == bytes.len()
    }) else {
        return String::new();
    };
    if !matches!(bytes[start], b'{' | b'[') {
        return path;
    }
    let separator = |b: &u8| b.is_ascii_whitespace() || b",:[".contains(b);
    if let Some((next, _)) = next.filter(|&(_, at)| {
        separator(&bytes[offset]) && bytes[offset + 1..at].iter().all(u8::is_ascii_whitespace)
    }) {
        return next;
    }
    if let Some(key) = key_at(json, offset).filter(|_| bytes[start] == b'{') {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(key);
    }
    path
}

/// The key whose closing quote is at `offset`, or whose colon is the last thing before it.
fn key_at(json: &str, offset: usize) -> Option<&str> {
    let bytes = json.as_bytes();
    let at = offset.min(bytes.len().checked_sub(1)?);
    let close = if bytes[at] == b'"' && bytes[at + 1..].trim_ascii_start().starts_with(b":") {
        at
    } else {
        let upto = if bytes[at].is_ascii_whitespace() || bytes[at] == b':' {
            at + 1
        } else {
            at
        };
        let before = bytes[..upto]
            .trim_ascii_end()
            .strip_suffix(b":")?
            .trim_ascii_end();
        before.len().checked_sub(1).filter(|&c| bytes[c] == b'"')?
    };
    // The opening quote is the nearest one before it that no backslash escapes.
    let open = (0..close).rev().find(|&i| {
        bytes[i] == b'"' && bytes[..i].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 0
    })?;
    Some(&json[open + 1..close])
}

/// The offset just past the string that opens at `start` (or the end of the text).
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The path and each enclosing path, shortest first: `a[1].b` gives ``, `a`, `a[1]`, `a[1].b`.
fn prefixes(path: &str) -> Vec<&str> {
    let mut cuts: Vec<usize> = path
        .char_indices()
        .filter(|&(i, c)| i > 0 && (c == '.' || c == '['))
        .map(|(i, _)| i)
        .collect();
    cuts.insert(0, 0);
    cuts.push(path.len());
    cuts.dedup();
    cuts.into_iter().map(|cut| &path[..cut]).collect()
}

/// Where each path's value starts, found in one pass over the text. A path that is not in the
/// text resolves to its nearest enclosing value that is, so a missing field points at the
/// object that lacks it. `None` only when the text holds no value at all.
pub fn locate_all(json: &str, paths: &[&str]) -> Vec<Option<Position>> {
    let mut wanted: HashMap<&str, Option<usize>> = paths
        .iter()
        .flat_map(|path| prefixes(path))
        .map(|prefix| (prefix, None))
        .collect();
    let mut missing = wanted.len();
    scan(json, |value| {
        if let Some(slot @ None) = wanted.get_mut(value.path) {
            *slot = Some(value.offset);
            missing -= 1;
        }
        if missing == 0 {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    let offsets: Vec<Option<usize>> = paths
        .iter()
        .map(|path| {
            prefixes(path)
                .into_iter()
                .rev()
                .find_map(|prefix| wanted.get(prefix).copied().flatten())
        })
        .collect();
    positions_at(json, &offsets)
}

/// Where the value at `path` (or its nearest enclosing value) starts.
pub fn locate(json: &str, path: &str) -> Option<Position> {
    locate_all(json, &[path]).pop().flatten()
}

/// The positions of byte offsets, in one pass over the text. An offset inside a character
/// counts as that character.
pub fn positions_at(json: &str, offsets: &[Option<usize>]) -> Vec<Option<Position>> {
    let mut order: Vec<(usize, usize)> = offsets
        .iter()
        .enumerate()
        .filter_map(|(slot, offset)| offset.map(|o| (o.min(json.len()), slot)))
        .collect();
    order.sort_unstable();
    let mut found = vec![None; offsets.len()];
    let mut here = Position { line: 1, column: 1 };
    let mut chars = json.char_indices().peekable();
    for (offset, slot) in order {
        while let Some(&(at, c)) = chars.peek() {
            if at + c.len_utf8() > offset {
                break;
            }
            chars.next();
            if c == '\n' {
                here = Position {
                    line: here.line + 1,
                    column: 1,
                };
            } else {
                here.column += 1;
            }
        }
        found[slot] = Some(here);
    }
    found
}

/// The byte serde_json's place (a 1-based line and a column counted in bytes) names: the
/// last one it read, where column 0 is the line break before the line.
pub fn byte_offset(json: &str, line: usize, byte_column: usize) -> usize {
    (line_start(json, line) + byte_column).saturating_sub(1)
}

fn line_start(json: &str, line: usize) -> usize {
    json.split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum()
}

/// Turns serde_json's place (a 1-based line and a column counted in bytes) into a position
/// counted in characters.
pub fn from_byte_column(json: &str, line: usize, byte_column: usize) -> Position {
    let offset = line_start(json, line) + byte_column.saturating_sub(1);
    positions_at(json, &[Some(offset)])[0].unwrap_or(Position { line: 1, column: 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"{
  "title": "Korea",
  "events": [
    { "id": "a", "passages": [ { "quote": "x" } ] },
    {
      "id": "b",
      "passages": [],
      "notes": ["“curly”", "after"]
    }
  ]
}"#;

    fn at(line: usize, column: usize) -> Option<Position> {
        Some(Position { line, column })
    }

    #[test]
    fn finds_values_by_path() {
        assert_eq!(locate(DOC, ""), at(1, 1));
        assert_eq!(locate(DOC, "title"), at(2, 12));
        assert_eq!(locate(DOC, "events"), at(3, 13));
        assert_eq!(locate(DOC, "events[0]"), at(4, 5));
        assert_eq!(locate(DOC, "events[0].id"), at(4, 13));
        assert_eq!(locate(DOC, "events[0].passages[0].quote"), at(4, 43));
        assert_eq!(locate(DOC, "events[1].id"), at(6, 13));
        assert_eq!(locate(DOC, "events[1].passages"), at(7, 19));
    }

    #[test]
    fn counts_columns_in_characters() {
        // “curly” is 9 bytes but 7 characters wide.
        assert_eq!(locate(DOC, "events[1].notes[0]"), at(8, 17));
        assert_eq!(locate(DOC, "events[1].notes[1]"), at(8, 28));
    }

    #[test]
    fn a_missing_path_points_at_the_nearest_enclosing_value() {
        assert_eq!(locate(DOC, "events[1].basis"), at(5, 5));
        assert_eq!(locate(DOC, "events[1].passages[0].quote"), at(7, 19));
        assert_eq!(locate(DOC, "events[9]"), at(3, 13));
        assert_eq!(locate(DOC, "nothing.here"), at(1, 1));
        assert_eq!(locate("", "title"), None);
    }

    #[test]
    fn locates_many_paths_in_one_pass() {
        let found = locate_all(DOC, &["events[1].id", "title", "events[0].id"]);
        assert_eq!(found, vec![at(6, 13), at(2, 12), at(4, 13)]);
    }

    #[test]
    fn strings_with_brackets_and_escapes_do_not_confuse_it() {
        let doc = r#"{"a": "} ] \" [ {", "b": [1, "x,y", {"c": true}], "d": null}"#;
        assert_eq!(locate(doc, "b[2].c"), at(1, 43));
        assert_eq!(locate(doc, "d"), at(1, 56));
        assert_eq!(locate(doc, "b[1]"), at(1, 30));
    }

    #[test]
    fn broken_text_is_scanned_as_far_as_it_goes() {
        assert_eq!(locate(r#"{"a": [1, 2"#, "a[1]"), at(1, 11));
        assert_eq!(locate(r#"{"a": "unterminated"#, "a"), at(1, 7));
        assert_eq!(locate("]]]}}} {\"a\": 1}", "a"), at(1, 14));
        for junk in ["\"", "{\"", "[,,,]", "{:}", "\\", "{\"a\"::::}", "é\"é"] {
            let _ = locate_all(junk, &["a", "a[0]", ""]);
        }
    }

    #[test]
    fn reports_depth_and_stops_when_asked() {
        let mut seen = Vec::new();
        scan(r#"{"a": [[1]], "b": 2}"#, |v| {
            seen.push((v.path.to_string(), v.depth));
            if v.path == "a[0][0]" {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        let expected = [("", 0), ("a", 1), ("a[0]", 2), ("a[0][0]", 3)];
        let expected: Vec<(String, usize)> =
            expected.iter().map(|(p, d)| (p.to_string(), *d)).collect();
        assert_eq!(seen, expected);
    }

    #[test]
    fn finds_the_path_where_a_parser_stopped() {
        let at = |needle: &str| DOC.find(needle).unwrap();
        // Inside a value, and on an object's closing bracket.
        assert_eq!(path_at(DOC, at("Korea")), "title");
        assert_eq!(path_at(DOC, at("\"after\"") + 6), "events[1].notes[1]");
        assert_eq!(path_at(DOC, at("]\n    }") + 6), "events[1]");
        // On a key's closing quote, or just before the value after it.
        assert_eq!(path_at(DOC, at("\"b\"") - 3), "events[1].id");
        assert_eq!(path_at(DOC, at("[ { \"quote") + 1), "events[0].passages[0]");
        assert_eq!(path_at(DOC, at("[]") - 1), "events[1].passages");
        // Text that ends early leaves open what it cuts off.
        let cut = r#"{"a": {"b": "unterminated"#;
        assert_eq!(path_at(cut, cut.len() - 1), "a.b");
        assert_eq!(path_at(r#"{"a": [1,"#, 8), "a");
        assert_eq!(path_at(r#"{"a": "#, 5), "a");
        assert_eq!(path_at("", 0), "");
    }

    #[test]
    fn the_quick_nesting_count_never_counts_fewer_levels_than_the_scan() {
        for text in [
            DOC,
            "[[[]]]",
            "{{{{}}}}",
            r#"{"a": "[[[[", "b": [[1]]}"#,
            "]]]][[",
            "[\"]\"[[",
        ] {
            let mut deepest = 0;
            scan(text, |value| {
                let opens = text.as_bytes()[value.offset];
                if opens == b'{' || opens == b'[' {
                    deepest = deepest.max(value.depth + 1);
                }
                ControlFlow::Continue(())
            });
            assert!(may_nest(text, deepest.max(1) - 1), "{text}");
            assert!(!may_nest(text, 99), "{text}");
        }
        assert!(!may_nest(r#"{"a": "[[[[[[[["}"#, 2));
    }

    #[test]
    fn converts_serde_byte_columns_to_characters() {
        let doc = "{\n  \"a\": \"“x”\", \"b\": 1\n}";
        // serde_json counts bytes: `1` is byte column 20 on line 2, character column 16.
        assert_eq!(
            from_byte_column(doc, 2, 20),
            Position {
                line: 2,
                column: 16
            }
        );
        assert_eq!(from_byte_column(doc, 1, 1), Position { line: 1, column: 1 });
        assert_eq!(from_byte_column(doc, 9, 0), Position { line: 3, column: 2 });
    }
}
