//! Names made safe to use as ids and file names: letters and digits of any script kept,
//! lowercased, every other run of characters one hyphen.

/// `text` as a slug of at most `max_bytes` bytes: "Korea 1945–1950" gives `korea-1945-1950`,
/// "한국 전쟁" gives `한국-전쟁`. Empty when `text` has no letters or digits.
pub fn slug(text: &str, max_bytes: usize) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            // A letter's lowercase can be longer than itself ("İ"); stop before the limit.
            let lower: String = c.to_lowercase().collect();
            if out.len() + lower.len() > max_bytes {
                break;
            }
            out.push_str(&lower);
        } else if !out.is_empty() && !out.ends_with('-') {
            if out.len() + 1 > max_bytes {
                break;
            }
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn keeps_letters_and_digits_of_any_script() {
        assert_eq!(slug("Korea 1945–1950", 100), "korea-1945-1950");
        assert_eq!(slug("한국 전쟁, 1950", 100), "한국-전쟁-1950");
        assert_eq!(slug("Kim Il-sung", 100), "kim-il-sung");
    }

    #[test]
    fn folds_everything_else_to_single_hyphens_and_trims_them() {
        assert_eq!(slug("../../etc/passwd", 100), "etc-passwd");
        assert_eq!(slug("  “Strike them!”  ", 100), "strike-them");
        assert_eq!(slug("a\u{0}b\tc:d*e?f", 100), "a-b-c-d-e-f");
        assert_eq!(slug("— … —", 100), "");
    }

    #[test]
    fn stops_at_the_byte_limit_on_a_character_boundary() {
        // Each Hangul syllable is 3 bytes in UTF-8.
        assert_eq!(slug("한국전쟁", 7), "한국");
        assert_eq!(slug("abc def", 4), "abc");
        assert!(slug(&"word ".repeat(100), 50).len() <= 50);
    }
}
