//! What a reader sees instead of a timeline whose file could not be loaded or checked, and the
//! warnings shown above a timeline that loaded with some.

use leptos::prelude::*;

use crate::app::state::content_source::LoadFailure;
use crate::core::load::problem::Problem;
use crate::locale::pages;

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
            let kind = if problem.is_error() { pages::error() } else { pages::warning() };
            view! {
                <li>
                    <strong>{kind}</strong>
                    {(!problem.path.is_empty()).then(|| view! { {pages::at()} <code>{problem.path}</code> })}
                    {problem.line.map(|line| {
                        pages::line_column(line, problem.column.unwrap_or(1))
                    })}
                    ": "
                    {problem.message}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="problems">{items}</ul>
        {(rest > 0).then(|| view! { <p>{pages::and_more(rest)}</p> })}
    }
}

/// `one` for a single thing, else `many` of `n`: the words of each count are whole phrases,
/// as languages place a number differently.
fn count(n: usize, one: &str, many: fn(usize) -> String) -> String {
    if n == 1 {
        one.to_string()
    } else {
        many(n)
    }
}

#[component]
pub fn LoadError(failure: LoadFailure) -> impl IntoView {
    let total = failure.problems.len();
    view! {
        <section class="load-error" role="alert" aria-labelledby="load-error-heading">
            <h2 id="load-error-heading">{pages::cannot_show()}</h2>
            <p>
                {pages::file_before()} <code>{failure.url}</code>
                {count(total, pages::has_problem(), pages::has_problems)}
            </p>
            <ProblemList problems=failure.problems />
        </section>
    }
}

/// Problems that do not stop the timeline, folded away so they inform without blocking.
#[component]
pub fn LoadWarnings(warnings: Vec<Problem>) -> impl IntoView {
    (!warnings.is_empty()).then(|| {
        let summary = count(warnings.len(), pages::one_warning(), pages::warnings);
        view! {
            <details class="load-warnings">
                <summary>{summary}</summary>
                <ProblemList problems=warnings />
            </details>
        }
    })
}
