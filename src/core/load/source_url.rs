//! Which timeline files `?src=` may load: the page's own relative paths, http(s) URLs
//! (same-origin or CORS-enabled), or a `blob:` URL of this page's own origin, which is how the
//! editor hands a draft over without hosting it. Any other scheme is refused before anything
//! is fetched.

use crate::core::text::url_text::as_browser_reads;
use crate::locale::load;

/// Why a `?src=` value was refused, in words for the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefusedSource(pub String);

/// Accepts `src` as a URL to fetch from a page at `page_origin` (`https://example.org`), or
/// says why not.
pub fn check_source<'a>(src: &'a str, page_origin: &str) -> Result<&'a str, RefusedSource> {
    let trimmed = src.trim();
    if trimmed.is_empty() {
        return Err(RefusedSource(load::src_empty().to_string()));
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
        None if cleaned.starts_with("//") => Err(RefusedSource(load::src_no_scheme(trimmed))),
        None | Some("http" | "https") => Ok(trimmed),
        // A blob of another origin cannot be read anyway; only the editor's is asked for.
        Some("blob") if is_own_blob(&cleaned, page_origin) => Ok(trimmed),
        Some(other) => Err(RefusedSource(load::src_scheme(other))),
    }
}

/// Whether `url` is a `blob:` URL made by a page of `page_origin`: `blob:` then the origin
/// then `/`, as browsers write them.
fn is_own_blob(url: &str, page_origin: &str) -> bool {
    let Some(rest) = url.get(5..) else {
        return false;
    };
    !page_origin.is_empty()
        && page_origin != "null"
        && rest
            .strip_prefix(page_origin)
            .is_some_and(|r| r.starts_with('/'))
}

/// Why fetching `src` failed when the browser gave no answer at all; `offline` when the
/// browser says it has no network, so the file was not one this device keeps.
pub fn unreachable_message(src: &str, offline: bool) -> &'static str {
    if offline {
        load::offline_not_saved()
    } else if src
        .trim_start()
        .get(..5)
        .is_some_and(|s| s.eq_ignore_ascii_case("blob:"))
    {
        load::editor_handover_gone()
    } else {
        load::not_fetched()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offline_a_file_not_kept_on_the_device_says_so() {
        let offline = unreachable_message("https://example.org/t.json", true);
        assert!(offline.contains("offline") && offline.contains("not yet saved"));
    }

    const ORIGIN: &str = "https://example.org";

    #[test]
    fn accepts_http_https_and_relative_paths() {
        for ok in [
            "https://example.org/t.json",
            "HTTP://example.org/t.json",
            "timelines/other.json",
            "/data/t.json",
            "./t.json?x=1:2",
        ] {
            assert_eq!(check_source(ok, ORIGIN), Ok(ok), "{ok}");
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
            let err = check_source(bad, ORIGIN).unwrap_err();
            assert!(err.0.contains("cannot be loaded"), "{bad}: {err:?}");
        }
        assert!(check_source("", ORIGIN).is_err());
        assert!(check_source("//example.org/t.json", ORIGIN)
            .unwrap_err()
            .0
            .contains("no scheme"));
    }

    #[test]
    fn accepts_a_blob_of_this_pages_origin_only() {
        let own = "blob:https://example.org/2f0d7c9e-4f1b-4d3c-9a57-0c6a1e0b7d11";
        assert_eq!(check_source(own, ORIGIN), Ok(own));
        for other in [
            "blob:https://example.org.evil.test/1",
            "blob:https://evil.test/1",
            "blob:http://example.org/1",
            "blob:null/1",
            "blob:https://example.org",
        ] {
            let err = check_source(other, ORIGIN).unwrap_err();
            assert!(
                err.0.contains("“blob:” addresses cannot be loaded"),
                "{other}: {err:?}"
            );
        }
        assert!(check_source("blob:null/1", "null").is_err());
    }

    #[test]
    fn a_blob_that_no_longer_resolves_points_back_to_the_editor() {
        assert!(unreachable_message("blob:https://example.org/1", false)
            .contains("download the file from the editor"));
        assert!(unreachable_message("https://example.org/t.json", false)
            .contains("Access-Control-Allow-Origin"));
    }
}
