//! What a timeline file may be. The size is checked before any parsing, so a huge file costs
//! nothing to refuse; the nesting by a quick count over the text, the place named only when it
//! is too deep.

use std::ops::ControlFlow;

use crate::core::load::json_locate::{may_nest, positions_at, scan};
use crate::core::load::problem::Problem;
use crate::locale::{checks, load};

/// The largest timeline file read: far above any real essay or TimelineJS file (the shipped
/// one is 17 KB), far below what would stall a phone's browser.
pub const MAX_TIMELINE_BYTES: usize = 5 * 1024 * 1024;

/// The deepest nesting of objects and arrays accepted. Both formats need fewer than 6 levels;
/// the cap sits well below serde_json's own recursion limit of 128, and the author gets this
/// message, with a place, rather than the parser's.
pub const MAX_NESTING_DEPTH: usize = 64;

/// Why a file over the limit is refused; `at_least`, the bytes seen when that is known
/// before the whole file is (a download refused while it streams in).
pub fn too_large_message(at_least: Option<usize>) -> String {
    match at_least {
        Some(bytes) => load::too_large_at_least(MAX_TIMELINE_BYTES, bytes),
        None => load::too_large(MAX_TIMELINE_BYTES),
    }
}

/// Refuses a file that is too large, without reading it: its text, or its bytes before they
/// are known to be text.
pub fn check_size(file: impl AsRef<[u8]>) -> Result<(), Problem> {
    if file.as_ref().len() > MAX_TIMELINE_BYTES {
        return Err(Problem::error("", too_large_message(None)));
    }
    Ok(())
}

/// Refuses a file whose objects and arrays nest too deeply, naming the place.
pub fn check_nesting(json: &str) -> Result<(), Problem> {
    if !may_nest(json, MAX_NESTING_DEPTH) {
        return Ok(());
    }
    // Only a file that may be too deep pays for the scan that names the place.
    let mut too_deep = None;
    scan(json, |value| {
        let opens = json.as_bytes()[value.offset];
        if value.depth >= MAX_NESTING_DEPTH && (opens == b'{' || opens == b'[') {
            too_deep = Some((value.path.to_string(), value.offset));
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    match too_deep {
        None => Ok(()),
        Some((path, offset)) => Err(Problem::error(path, checks::too_deep(MAX_NESTING_DEPTH))
            .at(positions_at(json, &[Some(offset)])[0])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        format!("{}{}", "[".repeat(depth), "]".repeat(depth))
    }

    #[test]
    fn accepts_up_to_the_nesting_limit() {
        assert!(check_nesting(&nested(MAX_NESTING_DEPTH)).is_ok());
        assert!(check_nesting(
            r#"{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}"#
        )
        .is_ok());
    }

    #[test]
    fn refuses_deeper_nesting_at_its_place() {
        let problem = check_nesting(&nested(MAX_NESTING_DEPTH + 1)).unwrap_err();
        assert_eq!(problem.path, "[0]".repeat(MAX_NESTING_DEPTH));
        assert_eq!((problem.line, problem.column), (Some(1), Some(65)));
        assert!(problem.message.contains("more than 64 levels"));

        let deep = format!("{{\n \"a\": {}}}", nested(100_000));
        let problem = check_nesting(&deep).unwrap_err();
        assert!(problem.path.starts_with("a[0][0]"), "{}", problem.path);
        assert_eq!((problem.line, problem.column), (Some(2), Some(70)));
    }

    #[test]
    fn refuses_a_file_over_the_size_limit_before_reading_it() {
        let huge = format!("\"{}\"", "x".repeat(MAX_TIMELINE_BYTES));
        let problem = check_size(&huge).unwrap_err();
        assert_eq!(problem.path, "");
        assert_eq!(problem.line, None);
        assert!(
            problem
                .message
                .contains("larger than 5242880 bytes (5 MiB)"),
            "{}",
            problem.message
        );
        assert!(check_size("x".repeat(MAX_TIMELINE_BYTES)).is_ok());
    }
}
