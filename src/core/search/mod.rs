//! Finding events by their words: text folded so case, accents and typographic variants do
//! not matter (`fold`), an index of every event's words (`index`), and the result rows with
//! the matched words marked (`hits`); and showing only some actors' events (`actor_filter`).

pub mod actor_filter;
pub mod fold;
pub mod hits;
pub mod index;
