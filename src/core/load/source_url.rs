//! Which timeline files `?src=` may load: the page's own relative paths, or http(s) URLs
//! (same-origin or CORS-enabled). Any other scheme is refused before anything is fetched.

use crate::core::text::url_text::as_browser_reads;

/// Why a `?src=` value was refused, in words for the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefusedSource(pub String);

/// Accepts `src` as a URL to fetch, or says why not.
pub fn check_source(src: &str) -> Result<&str, RefusedSource> {
    let trimmed = src.trim();
    if trimmed.is_empty() {
        return Err(RefusedSource("the ?src= address is empty".to_string()));
    }
    // A scheme is letters, digits, "+", "-" or "." before the first ":" (RFC 3986), judged
    // as the browser reads the URL, so tabs and newlines do not hide one.
    let cleaned = as_browser_reads(trimmed);
    let scheme = cleaned
        .split_once(':')
        .map(|(head, _)| head)
        .filter(|head| {
            !head.is_empty()
                && head
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        });
    match scheme.map(str::to_ascii_lowercase).as_deref() {
        None if cleaned.starts_with("//") => Err(RefusedSource(format!(
            "“{trimmed}” has no scheme; write it with https://"
        ))),
        None | Some("http" | "https") => Ok(trimmed),
        Some(other) => Err(RefusedSource(format!(
            "“{other}:” addresses cannot be loaded; use an http:// or https:// address of a \
             timeline JSON file"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_http_https_and_relative_paths() {
        for ok in [
            "https://example.org/t.json",
            "HTTP://example.org/t.json",
            "timelines/other.json",
            "/data/t.json",
            "./t.json?x=1:2",
        ] {
            assert_eq!(check_source(ok), Ok(ok), "{ok}");
        }
    }

    #[test]
    fn refuses_other_schemes_however_disguised() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " java\tscript:alert(1)",
            "data:application/json,{}",
            "file:///etc/passwd",
            "blob:https://x/1",
            "ftp://example.org/t.json",
        ] {
            let err = check_source(bad).unwrap_err();
            assert!(err.0.contains("cannot be loaded"), "{bad}: {err:?}");
        }
        assert!(check_source("").is_err());
        assert!(check_source("//example.org/t.json")
            .unwrap_err()
            .0
            .contains("no scheme"));
    }
}
