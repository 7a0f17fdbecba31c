//! Which files the reader reads itself. Only one: the timeline shipped with this build, and
//! only when its bytes are the ones the test suite checked (`shipped_timeline_passes_every_check`
//! below), so the reader need not carry the checks. Every other file (`?src=`, one opened
//! from the device, the editor's hand-over, a shipped file edited after the build) goes to the
//! converter worker (`src/bin/timeline-convert.rs`), which reads any format, checks it and
//! places each problem at its line and column: the importers, the checks and the full HTML
//! parser are not part of the first download, and a large file is read off the page's main
//! thread.

use crate::core::load::{sort_in_reading_order, Loaded};
use crate::core::model::timeline::Timeline;

/// The fingerprint of the timeline file this build ships, taken when the app is compiled.
const SHIPPED_FINGERPRINT: u64 = fingerprint(include_bytes!(
    "../../../public/timelines/korea-1945-1950.json"
));

/// FNV-1a over a JSON text's bytes outside its insignificant whitespace, so the build's
/// copy without indentation (`scripts/minify-json.py`) has the fingerprint of the file as
/// written. It tells an edited file from the checked one; it is not a defence against an
/// attacker, who could as well replace the app.
pub const fn fingerprint(json: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let (mut in_string, mut escaped) = (false, false);
    let mut i = 0;
    while i < json.len() {
        let byte = json[i];
        i += 1;
        if in_string {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_string = false;
            }
        } else if byte == b'"' {
            in_string = true;
        } else if matches!(byte, b' ' | b'\n' | b'\r' | b'\t') {
            continue;
        }
        hash ^= byte as u64;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The reader's own reading of the shipped timeline's `bytes`: what `load_bytes_named` gives
/// for it, or `None` when they are not the checked file in the form the build ships (so the
/// converter reads and checks them, and explains anything wrong).
pub fn read_shipped(bytes: &[u8]) -> Option<Loaded> {
    if fingerprint(bytes) != SHIPPED_FINGERPRINT {
        return None;
    }
    // From text, as the converter's reply is read: one instance of the deserialiser in the Wasm.
    let mut timeline: Timeline = serde_json::from_str(std::str::from_utf8(bytes).ok()?).ok()?;
    if !timeline.is_fully_parsed() {
        return None;
    }
    sort_in_reading_order(&mut timeline.events);
    Some(Loaded {
        timeline,
        warnings: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::import::detect::load_bytes_named;

    const SHIPPED: &str = include_str!("../../../public/timelines/korea-1945-1950.json");

    #[test]
    fn shipped_timeline_passes_every_check() {
        let loaded = load_bytes_named(SHIPPED.as_bytes(), "korea-1945-1950.json")
            .expect("the shipped timeline loads");
        assert_eq!(
            loaded.warnings,
            Vec::new(),
            "the shipped timeline has warnings"
        );
    }

    #[test]
    fn reads_the_shipped_timeline_exactly_as_the_full_loader_does() {
        let full = load_bytes_named(SHIPPED.as_bytes(), "korea-1945-1950.json");
        assert_eq!(read_shipped(SHIPPED.as_bytes()), full.ok());
    }

    #[test]
    fn reads_the_copy_without_indentation_and_nothing_edited() {
        // As scripts/minify-json.py writes it: the indentation between lines goes.
        let minified: String = SHIPPED.lines().map(str::trim_start).collect();
        assert!(minified.len() < SHIPPED.len());
        assert!(serde_json::from_str::<serde_json::Value>(&minified).is_ok());
        assert!(read_shipped(minified.as_bytes()).is_some());
        let edited = SHIPPED.replacen("Kim II Sung", "Kim Il Sung", 1);
        assert_ne!(edited, SHIPPED);
        assert_eq!(read_shipped(edited.as_bytes()), None);
        let spaced_in_a_string = SHIPPED.replacen("Kim II Sung", "Kim II  Sung", 1);
        assert_eq!(read_shipped(spaced_in_a_string.as_bytes()), None);
    }

    #[test]
    fn leaves_any_other_form_to_the_converter() {
        let with_html = SHIPPED.replacen(
            "\"title\":",
            "\"intro_html\": \"<P>Read <A HREF=x>this</A>\",\n  \"title\":",
            1,
        );
        let timelinejs = include_str!("../../../tests/fixtures/timelinejs-good.json");
        for bytes in [
            with_html.as_bytes(),
            timelinejs.as_bytes(),
            b"{\"format\": \"essay-timeline/1\",",
            b"Year,Headline\n1950,A",
            b"\xE9",
        ] {
            assert_eq!(read_shipped(bytes), None);
        }
    }
}
