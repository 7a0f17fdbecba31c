//! The interface's words in the language this build is for: English, or Korean with the
//! `korean` feature (`locales/<language>/<area>.json`, written out by build.rs). One module
//! per area, named as the folders of the shell that show them. The essay's and a timeline's
//! own words are never here: they stay in the language they were written in.

include!(concat!(env!("OUT_DIR"), "/locale.rs"));

/// How the shell marks the timeline's own words (headlines, descriptions, quotes, entries):
/// they are English, as the shipped timeline's are, so the English page needs no mark (a `()`
/// attribute renders nothing, and costs the English reader nothing) and any other page marks
/// them `lang="en"`, for screen readers to switch voice.
#[cfg(not(feature = "korean"))]
pub const CONTENT_LANG: () = ();
#[cfg(feature = "korean")]
pub const CONTENT_LANG: &str = "en";

/// The page's own words inside an element marked with `CONTENT_LANG` (a "Cite or export"
/// link after an entry), marked back in the page's language.
#[cfg(not(feature = "korean"))]
pub const PAGE_LANG: () = ();
#[cfg(feature = "korean")]
pub const PAGE_LANG: &str = LANG;
