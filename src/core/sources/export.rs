//! The works as files to take away: CSL-JSON (Zotero, Pandoc, citeproc), BibTeX and RIS,
//! for the whole bibliography (each work once) or for one entry (the works it cites).

use serde_json::Value;

use crate::core::model::csl::CslItem;

/// The work as standard CSL-JSON. The model spells the archive's place `archive-location`,
/// but CSL-JSON's variable is `archive_location`, and readers (citeproc, Zotero) want that.
pub fn csl_json(work: &CslItem) -> Value {
    let mut json = serde_json::to_value(work).expect("a work serialises");
    if let Some(map) = json.as_object_mut() {
        if let Some(at) = map.remove("archive-location") {
            map.insert("archive_location".to_string(), at);
        }
    }
    json
}
