//! What a reader sees instead of a timeline whose file could not be loaded or checked.

use leptos::prelude::*;

use super::content_source::LoadFailure;

/// More than this many problems would bury the first, most useful ones.
const SHOWN: usize = 20;

#[component]
pub fn LoadError(failure: LoadFailure) -> impl IntoView {
    let total = failure.problems.len();
    let rest = total.saturating_sub(SHOWN);
    let items = failure
        .problems
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
        <section class="load-error" role="alert" aria-labelledby="load-error-heading">
            <h2 id="load-error-heading">"The timeline could not be shown"</h2>
            <p>
                "The file " <code>{failure.url}</code> " has "
                {if total == 1 { "a problem".to_string() } else { format!("{total} problems") }} ":"
            </p>
            <ul class="problems">{items}</ul>
            {(rest > 0).then(|| view! { <p>{format!("…and {rest} more.")}</p> })}
        </section>
    }
}
