//! Why a draft could not be kept in the browser, told plainly from the name of the error the
//! browser gave, so the author knows the download still works and what to do.

use crate::locale::editor_files;

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
            StorageProblem::Denied => editor_files::storage_denied().to_string(),
            StorageProblem::Full => editor_files::storage_full().to_string(),
            StorageProblem::Failed(name) => {
                let name = if name.trim().is_empty() {
                    editor_files::no_reason_given()
                } else {
                    name
                };
                editor_files::storage_failed(name)
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

    #[cfg(feature = "every-language")]
    #[test]
    fn in_korean_still_points_to_the_download() {
        crate::locale::choose("ko");
        assert_eq!(
            StorageProblem::Failed(" ".into()).message(),
            "브라우저가 초안을 저장하지 못했습니다(이유를 알 수 없음). 작업 내용을 지키려면 파일을 내려받으세요."
        );
        assert!(StorageProblem::Denied.message().contains("탭을 닫기 전에"));
    }
}
