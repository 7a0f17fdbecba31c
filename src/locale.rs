//! The interface's words (`locales/<language>/<area>.json`, written out by build.rs): in the
//! one language a reader's build is for (English, or Korean with the `korean` feature), or in
//! both with `every-language`, chosen when the page starts (`choose`). One module per area,
//! named as the folders of the shell that show them. The essay's and a timeline's own words
//! are never here: they stay in the language they were written in.

include!(concat!(env!("OUT_DIR"), "/locale.rs"));

/// Whether the words are Korean: always in the Korean reader, never in the English one.
#[cfg(not(feature = "every-language"))]
#[inline(always)]
pub fn korean() -> bool {
    cfg!(feature = "korean")
}

#[cfg(feature = "every-language")]
thread_local! {
    static KOREAN: ::core::cell::Cell<bool> = const { ::core::cell::Cell::new(false) };
}

/// Whether the page runs in Korean (`choose`); per thread, so native tests of either
/// language run side by side.
#[cfg(feature = "every-language")]
pub fn korean() -> bool {
    KOREAN.with(|korean| korean.get())
}

/// The language the words are in from now on: Korean for `ko` (or `ko-KR`…), else English.
#[cfg(feature = "every-language")]
pub fn choose(tag: &str) {
    let korean = tag == "ko" || tag.starts_with("ko-");
    KOREAN.with(|cell| cell.set(korean));
}
