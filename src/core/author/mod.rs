//! The editor's core: a draft timeline made from a pasted essay, events made by selecting
//! the words that support them, quotes kept anchored as the essay is edited, undo and redo,
//! the checks an author sees at each field, and the export to a timeline file. Pure data and
//! functions; must not know about components or the DOM. Reads `model`, `text`, `load` and
//! `page` (its tests `import` too); nothing else in the core reads it.

pub mod checks;
pub mod date_parts;
pub mod draft;
pub mod draft_address;
pub mod draft_meta;
pub mod essay_marks;
pub mod essay_paste;
pub mod export;
pub mod handover;
pub mod history;
pub mod preview;
pub mod reanchor;
pub mod selection;
pub mod slug;
pub mod storage_problem;
