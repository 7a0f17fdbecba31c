//! Text from a timeline file: HTML parsed without the browser and cut down to an allowlist,
//! essay paragraphs split into text, quotes and footnote markers, and the verbatim-quote
//! check. Knows nothing of the model's types; it must not depend on any other core folder.

pub mod canonical_html;
pub mod footnote_marker;
pub mod highlight;
pub mod html_parse;
pub mod removed_parts;
pub mod rich_node;
pub mod rich_text;
pub mod sanitize;
pub mod url_text;
pub mod verbatim;
