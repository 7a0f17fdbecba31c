//! A URL as the browser will read it. Browsers drop leading and trailing control characters
//! and spaces, and every tab and newline inside a URL (so `java\tscript:` is `javascript:`);
//! whatever judges a URL's scheme must look at that, not at the raw text.

pub fn as_browser_reads(url: &str) -> String {
    url.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::as_browser_reads;

    #[test]
    fn drops_what_browsers_drop() {
        assert_eq!(
            as_browser_reads(" \u{1}ht\ttps://a.example/\n "),
            "https://a.example/"
        );
        assert_eq!(as_browser_reads("a b"), "a b", "inner spaces stay");
    }
}
