//! Finding events by their words: text folded so case, accents and typographic variants do
//! not matter (`fold`), an index of every event's words (`index`), and the result rows with
//! the matched words marked (`hits`).

pub mod fold;
pub mod hits;
pub mod index;
