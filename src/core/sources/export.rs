//! The works as files to take away: CSL-JSON (Zotero, Pandoc, citeproc), BibTeX and RIS,
//! for the whole bibliography (each work once) or for one entry (the works it cites). Only
//! the fields a work states are written; a missing publisher stays missing.

use biblatex::{Chunk, Entry, EntryType, Spanned};
use serde_json::Value;

use crate::core::model::csl::{CslDate, CslItem, CslName, CslType};
use crate::core::model::timeline::BibEntry;

/// The works `entries` cite, each once, in the order first cited; works no entry cites last.
pub fn cited_works<'a>(entries: &[BibEntry], works: &'a [CslItem]) -> Vec<&'a CslItem> {
    let mut out: Vec<&CslItem> = Vec::new();
    let ids = entries.iter().flat_map(|e| e.cites.iter().map(|c| &c.work));
    for w in ids.filter_map(|id| works.iter().find(|w| &w.id == id)) {
        if !out.iter().any(|o| o.id == w.id) {
            out.push(w);
        }
    }
    if entries.len() > 1 {
        out.extend(works.iter().filter(|w| !entries_cite(entries, w)));
    }
    out
}

fn entries_cite(entries: &[BibEntry], work: &CslItem) -> bool {
    entries
        .iter()
        .any(|e| e.cites.iter().any(|c| c.work == work.id))
}

/// The work as standard CSL-JSON: the model's fields are CSL-JSON's.
pub fn csl_json(work: &CslItem) -> Value {
    serde_json::to_value(work).expect("a work serialises")
}

/// A CSL-JSON file: an array of items.
pub fn csl_json_file(works: &[&CslItem]) -> String {
    let items: Vec<Value> = works.iter().map(|w| csl_json(w)).collect();
    let mut out = serde_json::to_string_pretty(&items).expect("JSON serialises");
    out.push('\n');
    out
}

/// A BibTeX file, written by the `biblatex` crate's serializer (it escapes `{}\&%$#_~^`).
/// BibLaTeX-only fields (`eventtitle`, `venue`, `eventdate`, `pagetotal`, `library`) are
/// kept: BibTeX styles skip fields they do not know, and BibLaTeX and Zotero read them.
pub fn bibtex(works: &[&CslItem]) -> String {
    let entries: Vec<String> = works
        .iter()
        .map(|w| {
            bib_entry(w)
                .to_bibtex_string()
                .expect("dates are written as year, month and day")
        })
        .collect();
    let mut out = entries.join("\n\n");
    out.push('\n');
    out
}

fn bib_entry(w: &CslItem) -> Entry {
    let kind = match w.kind {
        CslType::Book => EntryType::Book,
        CslType::Chapter => EntryType::InCollection,
        CslType::ArticleJournal | CslType::ArticleMagazine | CslType::ArticleNewspaper => {
            EntryType::Article
        }
        CslType::Manuscript => EntryType::Unpublished,
        CslType::PaperConference => EntryType::InProceedings,
        CslType::Report => EntryType::Report,
        CslType::Thesis => EntryType::Thesis,
        CslType::Webpage => EntryType::Online,
        CslType::Speech | CslType::Document => EntryType::Misc,
    };
    let mut e = Entry::new(w.id.clone(), kind);
    let mut set = |key: &str, chunks: Vec<Chunk>| {
        e.set(key, chunks.into_iter().map(Spanned::zero).collect());
    };
    if !w.author.is_empty() {
        set("author", bib_names(&w.author));
    }
    let normal = |v: &Option<String>| v.clone().map(|s| vec![Chunk::Normal(s)]);
    // Titles in braces keep their capitals under BibTeX styles that lower-case titles.
    let kept = |v: &Option<String>| v.clone().map(|s| vec![Chunk::Verbatim(s)]);
    let container = match w.kind {
        CslType::Chapter | CslType::PaperConference => "booktitle",
        _ => "journal",
    };
    let archive = [&w.archive, &w.archive_location]
        .into_iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>();
    let fields = [
        ("title", kept(&w.title)),
        (container, kept(&w.container_title)),
        ("date", w.issued.as_ref().map(bib_date)),
        ("volume", normal(&w.volume)),
        ("number", normal(&w.issue)),
        ("pages", normal(&w.page)),
        ("pagetotal", normal(&w.number_of_pages)),
        ("publisher", normal(&w.publisher)),
        ("address", normal(&w.publisher_place)),
        // BibTeX has no archive fields; BibLaTeX's `library` is for "a library name and a
        // call number", which is what an archive and its shelf mark are.
        (
            "library",
            (!archive.is_empty()).then(|| vec![Chunk::Normal(archive.join(", "))]),
        ),
        ("eventtitle", kept(&w.event_title)),
        ("venue", normal(&w.event_place)),
        ("eventdate", w.event_date.as_ref().map(bib_date)),
        ("note", normal(&w.note)),
    ];
    for (key, value) in fields {
        if let Some(chunks) = value {
            set(key, chunks);
        }
    }
    e
}

/// `Family, Given and Family`; a literal name (a body) in braces, so it is not split.
fn bib_names(names: &[CslName]) -> Vec<Chunk> {
    let mut out = Vec::new();
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            out.push(Chunk::Normal(" and ".to_string()));
        }
        match (&n.literal, &n.family, &n.given) {
            (Some(lit), _, _) => out.push(Chunk::Verbatim(lit.clone())),
            (None, Some(f), Some(g)) => out.push(Chunk::Normal(format!("{f}, {g}"))),
            (None, Some(f), None) => out.push(Chunk::Normal(f.clone())),
            (None, None, Some(g)) => out.push(Chunk::Normal(g.clone())),
            (None, None, None) => {}
        }
    }
    out
}

/// BibLaTeX's ISO 8601 date, `1996-02-02` or a range `1995-07-24/1995-07-25`; the crate
/// writes a plain `date` as BibTeX's year, month and day.
fn bib_date(d: &CslDate) -> Vec<Chunk> {
    vec![Chunk::Normal(d.iso())]
}

/// A RIS file, written here: no maintained Rust crate writes RIS. Tags are those of the RIS
/// specification as readers (Zotero, citation.js) map them per type; lines end in CR LF.
pub fn ris(works: &[&CslItem]) -> String {
    works.iter().map(|w| ris_record(w)).collect()
}

fn ris_record(w: &CslItem) -> String {
    let ty = match w.kind {
        CslType::Book => "BOOK",
        CslType::Chapter => "CHAP",
        CslType::ArticleJournal => "JOUR",
        CslType::ArticleMagazine => "MGZN",
        CslType::ArticleNewspaper => "NEWS",
        CslType::Manuscript => "MANSCPT",
        CslType::PaperConference => "CPAPER",
        CslType::Report => "RPRT",
        CslType::Thesis => "THES",
        CslType::Webpage => "ELEC",
        CslType::Speech | CslType::Document => "GEN",
    };
    let mut lines = vec![("TY", ty.to_string()), ("ID", w.id.clone())];
    for n in &w.author {
        let name = match (&n.literal, &n.family, &n.given) {
            (Some(lit), _, _) => lit.clone(),
            (None, Some(f), Some(g)) => format!("{f}, {g}"),
            (None, f, g) => f.clone().or(g.clone()).unwrap_or_default(),
        };
        lines.push(("AU", name));
    }
    let conference = w.kind == CslType::PaperConference;
    // A conference paper's T2 is the conference and CY where it met; a manuscript's PB is
    // its archive and AV the place in it (RIS has no other archive tags).
    let container = if conference {
        &w.event_title
    } else {
        &w.container_title
    };
    let place = if conference {
        &w.event_place
    } else {
        &w.publisher_place
    };
    let publisher = if w.kind == CslType::Manuscript && w.publisher.is_none() {
        &w.archive
    } else {
        &w.publisher
    };
    let date = w.issued.as_ref().or(if conference {
        w.event_date.as_ref()
    } else {
        None
    });
    let (start, end) = match w.page.as_deref().map(|p| p.split_once(['-', '–'])) {
        Some(Some((a, b))) => (Some(a.to_string()), Some(b.to_string())),
        Some(None) => (w.page.clone(), None),
        None => (None, None),
    };
    // A book's SP is its number of pages; other types have no tag for it.
    let start = if w.kind == CslType::Book {
        w.number_of_pages.clone()
    } else {
        start
    };
    let tags = [
        ("TI", w.title.clone()),
        ("T2", container.clone()),
        (
            "PY",
            date.and_then(|d| d.date_parts.first())
                .map(|p| format!("{:04}", p[0])),
        ),
        ("DA", date.map(ris_date)),
        ("VL", w.volume.clone()),
        // The RIS specification numbers a magazine's issue in M1 (citation.js reads it so).
        (if ty == "MGZN" { "M1" } else { "IS" }, w.issue.clone()),
        ("SP", start),
        ("EP", end),
        ("PB", publisher.clone()),
        ("CY", place.clone()),
        ("AV", w.archive_location.clone()),
        ("N1", w.note.clone()),
    ];
    lines.extend(tags.into_iter().filter_map(|(t, v)| v.map(|v| (t, v))));
    lines.push(("ER", String::new()));
    lines
        .iter()
        .map(|(tag, value)| {
            // One line per tag (a value's own line breaks would start a bogus tag), and
            // `XX  - ` exactly, trailing space included, as strict readers want.
            let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
            format!("{tag}  - {value}\r\n")
        })
        .collect()
}

/// RIS's `YYYY/MM/DD/`; a range gives what both ends share (24–25 July 1995 is `1995/07//`).
fn ris_date(d: &CslDate) -> String {
    let first = &d.date_parts[0];
    let shared: Vec<i32> = match d.date_parts.get(1) {
        Some(end) => first
            .iter()
            .zip(end)
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| *a)
            .collect(),
        None => first.clone(),
    };
    let at = |i: usize| shared.get(i).map(|n| format!("{n:02}")).unwrap_or_default();
    let year = shared
        .first()
        .map(|y| format!("{y:04}"))
        .unwrap_or_default();
    format!("{year}/{}/{}/", at(1), at(2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sources::works::korea_with_works as korea;

    #[test]
    fn each_work_is_listed_once_in_the_order_first_cited() {
        let (t, w) = korea();
        let ids: Vec<&str> = cited_works(&t.bibliography, &w)
            .iter()
            .map(|w| w.id.as_str())
            .collect();
        assert_eq!(
            ids,
            [
                "lashmar-1996",
                "uncertain-partners",
                "avp-rf-1950-01-30",
                "cumings-origins-2",
                "bajanov-1995"
            ]
        );
        let b5: Vec<&str> = cited_works(&t.bibliography[4..5], &w)
            .iter()
            .map(|w| w.id.as_str())
            .collect();
        assert_eq!(b5, ["uncertain-partners", "cumings-origins-2"]);
    }

    #[test]
    fn csl_json_spells_archive_location_as_csl_json_does() {
        let (t, w) = korea();
        let file = csl_json_file(&cited_works(&t.bibliography, &w));
        let items: Vec<Value> = serde_json::from_str(&file).unwrap();
        assert_eq!(items.len(), 5);
        assert_eq!(
            items[2]["archive_location"],
            "Fond 059a, Opis 5a, Delo 3, Papka 11, list 92"
        );
        assert!(!file.contains("archive-location"));
        assert!(items[1].get("page").is_none(), "pages cited are locators");
    }

    #[test]
    fn bibtex_escapes_and_keeps_only_stated_fields() {
        let (t, w) = korea();
        let bib = bibtex(&cited_works(&t.bibliography, &w));
        assert!(
            bib.contains("journal = {{New Statesman \\& Society}},"),
            "{bib}"
        );
        assert!(bib.contains("author = {Goncharov, Sergei and Lewis, John and Xue, Litai},"));
        assert!(bib.contains("library = {AVP RF, Fond 059a, Opis 5a, Delo 3, Papka 11, list 92},"));
        assert!(bib.contains("@book{cumings-origins-2,\nauthor = {Cumings},\ntitle = {{Origins}},\nvolume = {2},\n}"), "{bib}");
        assert_eq!(bib.matches("publisher =").count(), 1);
    }

    #[test]
    fn ris_writes_one_tag_a_line() {
        let (t, w) = korea();
        let ris = ris(&cited_works(&t.bibliography[1..2], &w));
        assert_eq!(
            ris,
            "TY  - BOOK\r\nID  - uncertain-partners\r\nAU  - Goncharov, Sergei\r\nAU  - Lewis, John\r\nAU  - Xue, Litai\r\n\
             TI  - Uncertain Partners\r\nPY  - 1995\r\nDA  - 1995///\r\n\
             PB  - Stanford University Press\r\nER  - \r\n"
        );
        let all = super::ris(&cited_works(&t.bibliography, &w));
        assert!(all.contains("TY  - CPAPER\r\nID  - bajanov-1995\r\nAU  - Bajanov, Evgeni\r\nT2  - The Korean War, An assessment of the Historical Record\r\nPY  - 1995\r\nDA  - 1995/07//\r\nCY  - Georgetown Univ., Washington, D.C.\r\nER  - \r\n"), "{all}");
        assert!(all.contains("TY  - MANSCPT\r\nID  - avp-rf-1950-01-30\r\nPY  - 1950\r\nDA  - 1950/01/30/\r\nPB  - AVP RF\r\nAV  - Fond 059a, Opis 5a, Delo 3, Papka 11, list 92\r\nER  - \r\n"));
    }
}
