//! What a reader sees instead of a timeline whose file could not be loaded or checked, and the
//! warnings shown above a timeline that loaded with some.

use leptos::prelude::*;

use crate::app::state::content_source::LoadFailure;
use crate::core::load::problem::Problem;

/// More than this many problems would bury the first, most useful ones.
const SHOWN: usize = 20;

/// Each problem with its place (JSON path, line and column) and what is wrong.
#[component]
pub(crate) fn ProblemList(problems: Vec<Problem>) -> impl IntoView {
    let rest = problems.len().saturating_sub(SHOWN);
    let items = problems
        .into_iter()
        .take(SHOWN)
        .map(|problem| {
            let kind = if problem.is_error() { "Error" } else { "Warning" };
            view! {
                <li>
                    <strong>{kind}</strong>
                    {(!problem.path.is_empty()).then(|| view! { " at " <code>{problem.path}</code> })}
                    {problem.line.map(|line| {
                        format!(" (line {line}, column {})", problem.column.unwrap_or(1))
                    })}
                    ": "
                    {problem.message}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="problems">{items}</ul>
        {(rest > 0).then(|| view! { <p>{format!("…and {rest} more.")}</p> })}
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        one.to_string()
    } else {
        format!("{n} {many}")
    }
}

#[component]
pub fn LoadError(failure: LoadFailure) -> impl IntoView {
    let total = failure.problems.len();
    view! {
        <section class="load-error" role="alert" aria-labelledby="load-error-heading">
            <h2 id="load-error-heading">"The timeline could not be shown"</h2>
            <p>
                "The file " <code>{failure.url}</code> " has "
                {count(total, "a problem", "problems")} ":"
            </p>
            <ProblemList problems=failure.problems />
        </section>
    }
}

/// Problems that do not stop the timeline, folded away so they inform without blocking.
#[component]
pub fn LoadWarnings(warnings: Vec<Problem>) -> impl IntoView {
    (!warnings.is_empty()).then(|| {
        let summary = format!(
            "This timeline file has {} for its author",
            count(warnings.len(), "a warning", "warnings")
        );
        view! {
            <details class="load-warnings">
                <summary>{summary}</summary>
                <ProblemList problems=warnings />
            </details>
        }
    })
}
