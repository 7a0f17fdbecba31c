//! Fetches the timeline file and hands it to the core for parsing and validation.

use gloo_net::http::Request;

use crate::core::load::{load_timeline, Loaded};
use crate::core::validate::Problem;

/// The built-in timeline, relative to the page so the app works under any sub-path.
pub const DEFAULT_SOURCE: &str = "timelines/korea-1945-1950.json";

/// Why a timeline could not be shown: which file, and every problem found in it.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadFailure {
    pub url: String,
    pub problems: Vec<Problem>,
}

pub async fn fetch_timeline(url: &str) -> Result<Loaded, LoadFailure> {
    let fail = |message: String| LoadFailure {
        url: url.to_string(),
        problems: vec![Problem::error("", message)],
    };
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| fail(format!("the file could not be fetched ({e})")))?;
    if !response.ok() {
        return Err(fail(format!(
            "the server answered HTTP {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let text = response
        .text()
        .await
        .map_err(|e| fail(format!("the file could not be read ({e})")))?;
    load_timeline(&text).map_err(|problems| LoadFailure {
        url: url.to_string(),
        problems,
    })
}
