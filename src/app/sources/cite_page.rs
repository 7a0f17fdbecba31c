//! Fills `cite.html` for the timeline its query names (`?src=`, or the shipped one) and the
//! event it names (`?event=`): the event's own citation, then the sources page, formatted by
//! the core (`core::sources`), with its downloads made in the browser as `blob:` files. The
//! HTML is the core's, every value in it escaped, the same writer the build-time sources
//! page uses; the page's policy runs no inline script whatever it holds.

use js_sys::{Array, Date, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::import::detect::{load_bytes_named, names_csv};
use crate::core::load::source_url::check_source;
use crate::core::model::csl::CslItem;
use crate::core::model::timeline::{BibEntry, Timeline};
use crate::core::page::app_query::AppQuery;
use crate::core::page::sources_page::DEFAULT_SOURCE;
use crate::core::sources::cite_page::event_section;
use crate::core::sources::export::{bibtex, cited_works, csl_json_file, ris};
use crate::core::sources::page::{page_body, PageLinks};
use crate::core::sources::works::works;
use crate::locale::cite;

/// Starts filling the page; what cannot be shown is said in the page.
pub fn start() {
    #[cfg(feature = "every-language")]
    crate::app::browser::page_language::start_in_chosen_language();
    wasm_bindgen_futures::spawn_local(async {
        let html = match page().await {
            Ok(html) => html,
            Err(why) => format!(
                "<main><h1>{}</h1><p role=\"alert\">{}</p></main>",
                cite::could_not_make(),
                html_escape::encode_text(&why)
            ),
        };
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        document.set_title(cite::page_title());
        if let Some(body) = document.body() {
            body.set_inner_html(&html);
        }
        // The copy buttons bind to the boxes now in the page.
        if let (Ok(script), Some(head)) = (document.create_element("script"), document.head()) {
            let _ = script.set_attribute("src", "sources/copy.js");
            let _ = head.append_child(&script);
        }
    });
}

async fn page() -> Result<String, String> {
    let window = web_sys::window().ok_or_else(cite::no_window)?;
    let location = window.location();
    let params = web_sys::UrlSearchParams::new_with_str(&location.search().unwrap_or_default())
        .map_err(|_| cite::address_unreadable())?;
    let query = AppQuery::read(|key| params.get(key));
    let src = query
        .src
        .clone()
        .unwrap_or_else(|| DEFAULT_SOURCE.to_string());
    let (bytes, name_or_type) = fetch(&window, &src).await?;
    let loaded = load_bytes_named(&bytes, &name_or_type).map_err(|problems| {
        let first = problems
            .first()
            .map(|p| p.message.clone())
            .unwrap_or_default();
        cite::could_not_read(&src, first)
    })?;
    let timeline = loaded.timeline;
    let works = works(&timeline).map_err(|problems| {
        let first = problems
            .first()
            .map(|p| p.message.clone())
            .unwrap_or_default();
        cite::works_unreadable(&src, first)
    })?;
    let app = location.pathname().unwrap_or_default();
    let app = app.strip_suffix("cite.html").unwrap_or(&app).to_string();
    let origin = location.origin().unwrap_or_default();
    let here = AppQuery {
        src: query.src.clone(),
        ..AppQuery::default()
    };
    let lead = match query
        .event
        .as_deref()
        .and_then(|id| timeline.events.iter().find(|e| e.id == id))
    {
        Some(event) => {
            let permalink = format!("{origin}{app}{}", here.opening(Some(&event.id)).to_search());
            event_section(&timeline, &works, event, &permalink, today())
        }
        None => String::new(),
    };
    let exports = Exports::new(&timeline, &works);
    let export = |entry: Option<&str>, ext: &str| exports.href(entry, ext);
    let links = PageLinks {
        timeline: format!("./{}", here.to_search()),
        essay: format!("./{}", here.showing_essay().to_search()),
        export: &export,
    };
    Ok(page_body(&timeline, &works, &links, &lead))
}

/// The file's bytes and what says its format (a CSV content type, or its address).
async fn fetch(window: &web_sys::Window, src: &str) -> Result<(Vec<u8>, String), String> {
    let origin = window.location().origin().unwrap_or_default();
    check_source(src, &origin).map_err(|refused| refused.0)?;
    let failed = || cite::could_not_fetch(src);
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(src))
        .await
        .map_err(|_| failed())?
        .unchecked_into();
    if !response.ok() {
        return Err(cite::http_status(src, response.status()));
    }
    let name_or_type = match response.headers().get("content-type").ok().flatten() {
        Some(content_type) if names_csv(&content_type) => content_type,
        _ => src.to_string(),
    };
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| failed())?)
        .await
        .map_err(|_| failed())?;
    Ok((Uint8Array::new(&buffer).to_vec(), name_or_type))
}

/// Today on the reader's clock, `[year, month, day]`.
fn today() -> [i32; 3] {
    let now = Date::new_0();
    [
        now.get_full_year() as i32,
        now.get_month() as i32 + 1,
        now.get_date() as i32,
    ]
}

/// The bibliography's exports as `blob:` files: the whole one and each entry's.
struct Exports {
    files: Vec<(Option<String>, &'static str, String)>,
}

impl Exports {
    fn new(timeline: &Timeline, works: &[CslItem]) -> Exports {
        let mut files = Vec::new();
        let mut add = |entry: Option<String>, entries: &[BibEntry]| {
            let cited = cited_works(entries, works);
            for (ext, body, kind) in [
                (
                    "csl.json",
                    csl_json_file(&cited),
                    "application/vnd.citationstyles.csl+json",
                ),
                ("bib", bibtex(&cited), "application/x-bibtex"),
                ("ris", ris(&cited), "application/x-research-info-systems"),
            ] {
                files.push((entry.clone(), ext, blob_url(&body, kind)));
            }
        };
        add(None, &timeline.bibliography);
        for (i, entry) in timeline.bibliography.iter().enumerate() {
            add(Some(entry.id.clone()), &timeline.bibliography[i..=i]);
        }
        Exports { files }
    }

    fn href(&self, entry: Option<&str>, ext: &str) -> String {
        self.files
            .iter()
            .find(|(e, x, _)| e.as_deref() == entry && *x == ext)
            .map(|(_, _, url)| url.clone())
            .unwrap_or_default()
    }
}

fn blob_url(body: &str, kind: &str) -> String {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    web_sys::Blob::new_with_str_sequence_and_options(&Array::of1(&body.into()), &options)
        .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob))
        .unwrap_or_default()
}
