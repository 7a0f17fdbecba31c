//! The static sources page of a timeline, and the export files beside it: every bibliography
//! entry as the source lists it, what it cites, how to cite it in three styles (with copy
//! buttons), downloads, and COinS spans so reference managers offer the list. Made at build
//! time by `timeline-sources`, in each language; plain HTML with no inline script or style.

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::core::model::csl::{CslDate, CslItem, CslType};
use crate::core::model::timeline::{BibEntry, Citing, Timeline};
use crate::core::page::content_language::ContentMark;
use crate::core::sources::cite::{CiteStyle, EntryCitation, Formatted, Formatter};
use crate::core::sources::export::{bibtex, cited_works, csl_json_file, ris};
use crate::core::sources::handout::handout_html;
use crate::core::sources::page_language::{citation_mark, in_each_language, page_file, reader};
use crate::locale::{cite, lang, pages, panel};

/// The page's policy: its own script and stylesheet only, nothing inline.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
img-src 'self' data:; base-uri 'none'; form-action 'none'";

/// Percent-encoding for OpenURL values: all but RFC 3986's unreserved characters.
const KEV: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The export formats, as (label, file extension, what reads it).
const FORMATS: [(&str, &str, &str); 3] = [
    ("CSL-JSON", "csl.json", "Zotero, Pandoc, citeproc"),
    ("BibTeX", "bib", "BibTeX, BibLaTeX, JabRef"),
    ("RIS", "ris", "EndNote, Mendeley, Zotero"),
];

/// Every file the sources page needs, as (path under `public/sources/`, contents): the page
/// and the handout in each language the build holds, the whole bibliography in each format,
/// each entry's works in a folder named `stem`, and the works' COinS for the reader.
pub fn site_files(timeline: &Timeline, works: &[CslItem], stem: &str) -> Vec<(String, String)> {
    let mut files = in_each_language(|| {
        vec![
            (page_file(stem), page_html(timeline, works, stem)),
            (
                page_file(&format!("{stem}-handout")),
                handout_html(timeline),
            ),
        ]
    });
    let mut exports = |name: String, entries: &[BibEntry]| {
        let cited = cited_works(entries, works);
        files.push((format!("{name}.csl.json"), csl_json_file(&cited)));
        files.push((format!("{name}.bib"), bibtex(&cited)));
        files.push((format!("{name}.ris"), ris(&cited)));
    };
    exports(stem.to_string(), &timeline.bibliography);
    for (i, entry) in timeline.bibliography.iter().enumerate() {
        exports(
            format!("{stem}/{}", entry.id),
            &timeline.bibliography[i..=i],
        );
    }
    // The reader shows these COinS beside the timeline for Zotero's connector, without
    // reading the works itself.
    let coins_list: Vec<String> = cited_works(&timeline.bibliography, works)
        .into_iter()
        .map(coins)
        .collect();
    files.push((
        format!("{stem}.coins.json"),
        serde_json::to_string(&coins_list).unwrap_or_default() + "\n",
    ));
    files
}

/// Where a sources page's links go: the reader's two views, and each download (`None` for the
/// whole bibliography, or an entry's id) in a format (its file extension).
pub struct PageLinks<'a> {
    pub timeline: String,
    pub essay: String,
    pub export: &'a dyn Fn(Option<&str>, &str) -> String,
}

/// The sources page of `timeline` in the page's language, whose exports are named after
/// `stem`.
pub fn page_html(timeline: &Timeline, works: &[CslItem], stem: &str) -> String {
    let export = |entry: Option<&str>, ext: &str| match entry {
        None => format!("{stem}.{ext}"),
        Some(id) => format!("{stem}/{id}.{ext}"),
    };
    let links = PageLinks {
        timeline: reader().to_string(),
        essay: format!("{}?view=essay", reader()),
        export: &export,
    };
    let title = cite::sources_title(&timeline.title);
    format!(
        "{}<body>\n{}</body>\n</html>\n",
        head(&title),
        page_body(timeline, works, &links, "")
    )
}

/// The page's header, main part and footer; `lead` opens the main part (the cite page puts
/// the open event's citation there).
pub fn page_body(timeline: &Timeline, works: &[CslItem], links: &PageLinks, lead: &str) -> String {
    let formatter = Formatter::new();
    let mark = ContentMark::of_timeline(timeline);
    let mut out = header(timeline, &mark, links);
    out.push_str("<main>\n");
    out.push_str(lead);
    if timeline.bibliography.is_empty() {
        out.push_str(&format!("<p>{}</p>\n", cite::no_bibliography()));
    } else {
        out.push_str(&downloads(links, timeline.bibliography.len()));
        out.push_str(&format!(
            "<section aria-labelledby=\"entries\">\n<h2 id=\"entries\">{}</h2>\n",
            cite::bibliography()
        ));
        out.push_str(&format!(
            "<p>{}</p>\n<ol class=\"entries\">\n",
            cite::bibliography_help()
        ));
        for (i, entry) in timeline.bibliography.iter().enumerate() {
            let cited = formatter.entry(entry, works).unwrap_or_default();
            out.push_str(&entry_html(i + 1, entry, works, &cited, links, &mark));
        }
        out.push_str("</ol>\n</section>\n");
    }
    out.push_str(&coins_block(&cited_works(&timeline.bibliography, works)));
    out.push_str(&format!(
        "</main>\n<footer>\n<p>{}</p>\n</footer>\n",
        cite::styles_note()
    ));
    out
}

/// The way back to the reader, the title and the timeline's source.
fn header(timeline: &Timeline, mark: &ContentMark, links: &PageLinks) -> String {
    let lang = mark.attribute();
    let mut out = format!(
        "<header>\n<nav aria-label=\"{}\"><a href=\"{}\">{}</a> <a href=\"{}\">{}</a></nav>\n",
        attr(panel::back_to_timeline()),
        attr(&links.timeline),
        cite::timeline_link(),
        attr(&links.essay),
        cite::essay_link()
    );
    out.push_str(&format!(
        "<h1>{}</h1>\n",
        cite::sources_title(mark.wrap(&text(&timeline.title)))
    ));
    if let Some(sub) = &timeline.subtitle {
        out.push_str(&format!("<p class=\"subtitle\"{lang}>{}</p>\n", text(sub)));
    }
    out.push_str(&format!(
        "<p class=\"source\">{}{}</p>\n",
        pages::source(),
        mark.wrap(&text(&timeline.source.description))
    ));
    if let Some(note) = &timeline.source.note {
        out.push_str(&format!(
            "<p class=\"source-note\"{lang}>{}</p>\n",
            text(note)
        ));
    }
    out.push_str("</header>\n");
    out
}

fn head(title: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n<title>{}</title>\n\
         <link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"sources.css\">\n\
         <script src=\"copy.js\" defer></script>\n</head>\n",
        lang(),
        attr(CSP),
        text(title)
    )
}

fn downloads(links: &PageLinks, entries: usize) -> String {
    let mut out = format!(
        "<section aria-labelledby=\"downloads\">\n<h2 id=\"downloads\">{}</h2>\n",
        cite::download_bibliography()
    );
    out.push_str(&format!(
        "<p>{}</p>\n<ul class=\"downloads\">\n",
        cite::download_help(entries)
    ));
    for (label, ext, readers) in FORMATS {
        out.push_str(&format!(
            "<li><a href=\"{}\" download>{label}</a> <span class=\"readers\">({readers})</span></li>\n",
            attr(&(links.export)(None, ext))
        ));
    }
    out.push_str("</ul>\n</section>\n");
    out
}

fn entry_html(
    n: usize,
    entry: &BibEntry,
    works: &[CslItem],
    cited: &[EntryCitation],
    links: &PageLinks,
    mark: &ContentMark,
) -> String {
    let id = &entry.id;
    let mut out = format!(
        "<li id=\"entry-{}\" class=\"entry\">\n<h3>{}</h3>\n<p class=\"verbatim\"{}>{}</p>\n",
        attr(id),
        cite::entry(n),
        mark.attribute(),
        text(&entry.text)
    );
    // The works and places are named as the works state them, in English like the citations.
    let citings: Vec<String> = entry.cites.iter().map(|c| citing_label(c, works)).collect();
    if !citings.is_empty() {
        out.push_str(&format!(
            "<p class=\"cites\">{}{}</p>\n",
            cite::cites(),
            citation_mark().wrap(&text(&citings.join("; ")))
        ));
    }
    if !cited.is_empty() {
        out.push_str(&format!(
            "<h4 class=\"cite-heading\">{}</h4>\n",
            cite::cite_entry(n)
        ));
    }
    for c in cited {
        out.push_str(&style_html(n, id, c));
    }
    out.push_str(&format!(
        "<p class=\"entry-downloads\">{}",
        cite::download_entry()
    ));
    for (label, ext, _) in FORMATS {
        out.push_str(&format!(
            " <a href=\"{}\" download aria-label=\"{}\">{label}</a>",
            attr(&(links.export)(Some(id), ext)),
            attr(&cite::format_of_entry(label, n))
        ));
    }
    out.push_str("</p>\n</li>\n");
    out
}

/// What a citing names: the work's title (or the periodical, conference or archive when it
/// has none) and the place in it.
fn citing_label(citing: &Citing, works: &[CslItem]) -> String {
    let Some(w) = works.iter().find(|w| w.id == citing.work) else {
        return citing.work.clone();
    };
    let name = [&w.title, &w.container_title, &w.event_title, &w.archive]
        .into_iter()
        .flatten()
        .next()
        .cloned()
        .unwrap_or_else(|| w.id.clone());
    let name = match (&w.volume, w.kind) {
        (Some(v), CslType::Book) => format!("{name}, volume {v}"),
        _ => name,
    };
    match &citing.locator {
        Some(at) => format!("{name}, {} {at}", citing.label.as_deref().unwrap_or("page")),
        None => name,
    }
}

fn style_html(n: usize, id: &str, c: &EntryCitation) -> String {
    let s = c.style;
    let mut out = format!(
        "<section class=\"style\" aria-labelledby=\"{}\">\n<h5 id=\"{0}\">{}</h5>\n",
        attr(&format!("{id}-{}", s.slug())),
        text(s.name())
    );
    match &c.citation {
        Some(f) => out.push_str(&cite_box(n, id, s, s.citation_name(), "c", &[f])),
        None => out.push_str(&format!(
            "<p class=\"no-cite\">{}</p>\n",
            cite::no_in_text(text(s.name()))
        )),
    }
    let refs: Vec<&Formatted> = c.references.iter().collect();
    out.push_str(&cite_box(n, id, s, s.reference_name(), "r", &refs));
    out.push_str("</section>\n");
    out
}

/// One form of a citation in a box, with a Copy button that names what it copies.
fn cite_box(
    n: usize,
    id: &str,
    s: CiteStyle,
    form: &str,
    key: &str,
    texts: &[&Formatted],
) -> String {
    let what = cite::for_entry(s.short_name(), form.to_lowercase(), n);
    // The HTML is the formatter's: text escaped, titles in <i>.
    let paragraphs: Vec<String> = texts
        .iter()
        .map(|f| citation_mark().wrap(&f.html))
        .collect();
    copy_box(
        &format!("{id}-{}-{key}", s.slug()),
        form,
        &what,
        &paragraphs,
        key == "r",
    )
}

/// A box of paragraphs (already HTML) with a Copy button labelled "Copy the `what`"; a list
/// of works (`hanging`) hangs its lines, a note or in-text citation does not.
pub(crate) fn copy_box(
    box_id: &str,
    form: &str,
    what: &str,
    paragraphs: &[String],
    hanging: bool,
) -> String {
    let mut out = format!(
        "<div class=\"cite\">\n<p class=\"form\">{}</p>\n<div class=\"text{}\" id=\"{}\">",
        text(form),
        if hanging { " hanging" } else { "" },
        attr(box_id)
    );
    for paragraph in paragraphs {
        out.push_str(&format!("<p>{paragraph}</p>"));
    }
    out.push_str(&format!(
        "</div>\n<p class=\"actions\"><button type=\"button\" class=\"copy\" data-copy=\"{}\" aria-label=\"{}\" hidden>{}</button> <span class=\"status\" role=\"status\"></span></p>\n</div>\n",
        attr(box_id),
        attr(&cite::copy_the(what)),
        cite::copy()
    ));
    out
}

fn coins_block(works: &[&CslItem]) -> String {
    let mut out = String::from("<div class=\"coins\">\n");
    for w in works {
        out.push_str(&format!(
            "<span class=\"Z3988\" title=\"{}\"></span>\n",
            attr(&coins(w))
        ));
    }
    out.push_str("</div>\n");
    out
}

/// The work as an OpenURL ContextObject (COinS), the form Zotero's connector reads from a
/// page: books and articles in their own formats, anything else as Dublin Core.
pub fn coins(w: &CslItem) -> String {
    let mut kv: Vec<(&str, String)> = vec![("ctx_ver", "Z39.88-2004".to_string())];
    let year = w
        .issued
        .as_ref()
        .or(w.event_date.as_ref())
        .and_then(CslDate::first_iso);
    let article = matches!(
        w.kind,
        CslType::ArticleJournal | CslType::ArticleMagazine | CslType::ArticleNewspaper
    );
    let push = |kv: &mut Vec<(&str, String)>, k: &'static str, v: &Option<String>| {
        if let Some(v) = v {
            kv.push((k, v.clone()));
        }
    };
    if w.kind == CslType::Book {
        kv.push(("rft_val_fmt", "info:ofi/fmt:kev:mtx:book".to_string()));
        kv.push(("rft.genre", "book".to_string()));
        push(&mut kv, "rft.btitle", &w.title);
        push(&mut kv, "rft.pub", &w.publisher);
        push(&mut kv, "rft.place", &w.publisher_place);
        push(&mut kv, "rft.volume", &w.volume);
    } else if article {
        kv.push(("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal".to_string()));
        kv.push(("rft.genre", "article".to_string()));
        push(&mut kv, "rft.atitle", &w.title);
        push(&mut kv, "rft.jtitle", &w.container_title);
        push(&mut kv, "rft.volume", &w.volume);
        push(&mut kv, "rft.issue", &w.issue);
        push(&mut kv, "rft.pages", &w.page);
    } else {
        kv.push(("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc".to_string()));
        let kind = serde_json::to_value(w.kind).ok();
        push(
            &mut kv,
            "rft.type",
            &kind.and_then(|k| k.as_str().map(String::from)),
        );
        push(&mut kv, "rft.title", &w.title);
        push(&mut kv, "rft.publisher", &w.publisher);
    }
    for a in &w.author {
        let au = if article || w.kind == CslType::Book {
            "rft.au"
        } else {
            "rft.creator"
        };
        let name = match (&a.literal, &a.family, &a.given) {
            (Some(l), _, _) => l.clone(),
            (None, Some(f), Some(g)) => format!("{f}, {g}"),
            (None, f, g) => f.clone().or(g.clone()).unwrap_or_default(),
        };
        kv.push((au, name));
    }
    push(&mut kv, "rft.date", &year);
    kv.iter()
        .map(|(k, v)| format!("{k}={}", utf8_percent_encode(v, KEV)))
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sources::works::korea_with_works as korea;

    #[test]
    fn the_page_lists_every_entry_verbatim_in_order_with_its_anchor() {
        let (t, w) = korea();
        let page = page_html(&t, &w, "korea-1945-1950");
        let mut at = 0;
        for e in &t.bibliography {
            let li = format!("<li id=\"entry-{}\" class=\"entry\">", e.id);
            let found = page[at..].find(&li).expect("in order") + at;
            let verbatim = format!("<p class=\"verbatim\">{}</p>", text(&e.text));
            assert!(page[found..].starts_with(&li) && page[found..].contains(&verbatim));
            at = found + 1;
        }
        assert!(page.contains("Cites: Uncertain Partners, page 142; Origins, volume 2, chapter 13"));
        assert!(page.contains(&format!("content=\"{CSP}\"")));
        assert!(!page.contains("style=") && !page.contains("<script>"));
        assert_eq!(page.matches("class=\"Z3988\"").count(), 5);
    }

    /// The page in Korean: its own words Korean, the timeline's and the citations English,
    /// marked so; the English page is as before once the language is back.
    #[cfg(feature = "every-language")]
    #[test]
    fn the_korean_page_marks_the_timeline_s_words_and_the_citations_english() {
        let (t, w) = korea();
        let english = page_html(&t, &w, "k");
        crate::locale::choose("ko");
        let page = page_html(&t, &w, "k");
        crate::locale::choose("en");
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ko\">"));
        assert!(page.contains("<h1><span lang=\"en\">Korea 1945–1950</span>의 출처</h1>"));
        assert!(page.contains("<a href=\"../ko.html\">← 연표</a>"));
        assert!(page.contains("<h2 id=\"entries\">참고 문헌</h2>"));
        assert!(page.contains("<h5 id=\"b2-apa\">APA 양식(7판)</h5>"));
        assert!(page.contains(">복사</button>"));
        let verbatim = format!(
            "<p class=\"verbatim\" lang=\"en\">{}</p>",
            text(&t.bibliography[1].text)
        );
        assert!(page.contains(&verbatim));
        // CSL's en-US words (p., et al.) stay with the English citation they belong to.
        assert!(page.contains("<p><span lang=\"en\">(Goncharov et al., 1995, p. 135)</span></p>"));
        assert!(!page.contains("Download") && !page.contains(">Copy<"));
        assert_eq!(page_html(&t, &w, "k"), english);
    }

    #[test]
    fn coins_carries_only_what_the_work_states() {
        let (_, w) = korea();
        assert_eq!(
            coins(&w[1]),
            "ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Abook&rft.genre=book\
             &rft.btitle=Uncertain%20Partners&rft.pub=Stanford%20University%20Press\
             &rft.au=Goncharov%2C%20Sergei&rft.au=Lewis%2C%20John&rft.au=Xue%2C%20Litai&rft.date=1995"
        );
    }

    #[test]
    fn the_site_has_the_page_the_handout_each_export_whole_and_per_entry_and_the_coins() {
        let (t, w) = korea();
        let files = site_files(&t, &w, "k");
        let names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
        // The page and the handout in each language the build holds.
        let pages: &[&str] = if cfg!(feature = "every-language") {
            &["k.html", "k-handout.html", "k.ko.html", "k-handout.ko.html"]
        } else {
            &["k.html", "k-handout.html"]
        };
        assert_eq!(names[..pages.len()], *pages);
        assert_eq!(names.len(), pages.len() + 3 + 3 * 7 + 1);
        let (_, coins_file) = files.iter().find(|(n, _)| n == "k.coins.json").unwrap();
        let listed: Vec<String> = serde_json::from_str(coins_file).unwrap();
        assert_eq!(listed.len(), w.len(), "one COinS per cited work");
        assert_eq!(listed[1], coins(&w[1]));
        assert_eq!(
            names[pages.len()..pages.len() + 3],
            ["k.csl.json", "k.bib", "k.ris"]
        );
        assert!(names.contains(&"k/b5.ris".to_string()));
    }
}
