//! Why a draft could not be kept in the browser, told plainly from the name of the error the
//! browser gave, so the author knows the download still works and what to do.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser keeps nothing for this page: private browsing, or site data switched off.
    Denied,
    /// The browser's room for this site is used up.
    Full,
    /// Anything else, by the browser's name for it.
    Failed(String),
}

impl StorageProblem {
    /// The problem a browser's error means, from its text as the browser and the IndexedDB
    /// wrapper describe it (the `DOMException` name appears in it, or the store is absent).
    pub fn from_error_text(text: &str) -> StorageProblem {
        let denied = [
            "SecurityError",
            "InvalidStateError",
            "NotAllowedError",
            "indexed db not found",
            "IndexedDbNotFound",
        ];
        if text.contains("QuotaExceededError") {
            StorageProblem::Full
        } else if denied.iter().any(|name| text.contains(name)) {
            StorageProblem::Denied
        } else {
            StorageProblem::Failed(text.to_string())
        }
    }

    pub fn message(&self) -> String {
        match self {
            StorageProblem::Denied => "This browser does not let the page keep drafts (private \
                browsing, or site data switched off). You can go on working and download the \
                file, but your work stays in this tab only: download it before you close the tab."
                .to_string(),
            StorageProblem::Full => "The browser's storage for this site is full, so your latest \
                changes are not saved in the browser. Download the file to keep them, or delete \
                drafts you no longer need."
                .to_string(),
            StorageProblem::Failed(name) => {
                let name = if name.trim().is_empty() {
                    "no reason given"
                } else {
                    name
                };
                format!(
                    "The browser could not save the draft ({name}). Download the file to keep \
                     your work."
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_problem_and_always_points_to_the_download() {
        let full = "IdbError(AddFailed(JsValue(QuotaExceededError: The quota has been exceeded.)))";
        assert_eq!(StorageProblem::from_error_text(full), StorageProblem::Full);
        assert_eq!(
            StorageProblem::from_error_text("IdbError(IndexedDbNotFound(JsValue(undefined)))"),
            StorageProblem::Denied
        );
        assert_eq!(
            StorageProblem::from_error_text("JsValue(SecurityError: access denied)"),
            StorageProblem::Denied
        );
        let odd = StorageProblem::from_error_text("UnknownError");
        assert_eq!(odd, StorageProblem::Failed("UnknownError".into()));
        for problem in [
            StorageProblem::Denied,
            StorageProblem::Full,
            odd,
            StorageProblem::Failed(String::new()),
        ] {
            assert!(
                problem.message().to_lowercase().contains("download"),
                "{problem:?}"
            );
        }
        assert!(StorageProblem::Denied
            .message()
            .contains("private browsing"));
        assert!(StorageProblem::Failed(" ".into())
            .message()
            .contains("no reason given"));
    }
}
