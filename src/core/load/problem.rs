//! One thing wrong with a timeline file, and where: what the error page, the `timeline-check`
//! tool and the tests all list.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::core::load::json_locate::Position;
use crate::core::model::by_name::deserialize_by_name;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Severity {
    /// The timeline cannot be shown.
    Error,
    /// Shown, but an author should look.
    Warning,
}

deserialize_by_name!(Severity { "Error" => Severity::Error, "Warning" => Severity::Warning });

/// One thing wrong with a file: where (a JSON path such as `events[3].date`, and the line and
/// column of that value in the file's text, when there is one; in a CSV sheet, the cell as a
/// spreadsheet names it, `row 14, column Month`, without a line) and what.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub severity: Severity,
    pub path: String,
    pub message: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl Problem {
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Error,
            path: path.into(),
            message: message.into(),
            line: None,
            column: None,
        }
    }

    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(path, message)
        }
    }

    /// The same problem, placed at `position` in the file's text.
    pub fn at(self, position: Option<Position>) -> Problem {
        Problem {
            line: position.map(|p| p.line),
            column: position.map(|p| p.column),
            ..self
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    /// `error: path: message`; the file name and place are the caller's to add.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.path.is_empty() {
            write!(f, "{kind}: {}", self.message)
        } else {
            write!(f, "{kind}: {}: {}", self.path, self.message)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Severity;
    use crate::core::model::by_name::tests::round_trips;

    #[test]
    fn each_severity_reads_back_from_its_name() {
        round_trips(&[Severity::Error, Severity::Warning]);
    }
}
