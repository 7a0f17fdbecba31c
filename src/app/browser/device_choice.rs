//! A reader's yes-or-no choice kept on the device (`localStorage`), such as showing a
//! timeline's pictures from other sites.

/// Whether the choice under `key` was made; not, when storage cannot be read.
pub fn is_chosen(key: &str) -> bool {
    storage()
        .and_then(|s| s.get_item(key).ok().flatten())
        .is_some_and(|v| v == "yes")
}

/// Makes or takes back the choice under `key`. False when the device cannot keep it (storage
/// full, or turned off), so the page can say it holds for this visit only.
pub fn keep_choice(key: &str, chosen: bool) -> bool {
    storage().is_some_and(|s| {
        if chosen {
            s.set_item(key, "yes").is_ok()
        } else {
            s.remove_item(key).is_ok()
        }
    })
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
