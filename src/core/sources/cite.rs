//! A bibliography entry's citings formatted by hayagriva in three official CSL styles, taken
//! from its archive (`assets/csl/`): Chicago 17th notes and bibliography, APA 7th, MLA 9th.
//! The works go in as the CSL-JSON they are, so the styles see only the fields they state.

use std::str::FromStr;

use serde_json::Value;

use hayagriva::citationberg::json::Item;
use hayagriva::citationberg::taxonomy::Locator;
use hayagriva::citationberg::{
    FontStyle, FontVariant, FontWeight, IndependentStyle, Locale, Style, TextDecoration,
    VerticalAlign,
};
use hayagriva::{
    BibliographyDriver, BibliographyRequest, BufWriteFormat, CitationItem, CitationRequest,
    ElemChild, ElemChildren, LocatorPayload, SpecificLocator,
};

use crate::core::model::csl::CslItem;
use crate::core::model::timeline::{BibEntry, Citing};
use crate::core::sources::export::csl_json;
use crate::locale::cite;

/// The styles offered, in the order the page shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CiteStyle {
    Chicago,
    Apa,
    Mla,
}

impl CiteStyle {
    pub const ALL: [CiteStyle; 3] = [CiteStyle::Chicago, CiteStyle::Apa, CiteStyle::Mla];

    pub fn name(self) -> &'static str {
        match self {
            CiteStyle::Chicago => cite::chicago(),
            CiteStyle::Apa => cite::apa(),
            CiteStyle::Mla => cite::mla(),
        }
    }

    /// The style's name in a sentence ("the APA reference list").
    pub fn short_name(self) -> &'static str {
        match self {
            CiteStyle::Chicago => cite::chicago_short(),
            CiteStyle::Apa => cite::apa_short(),
            CiteStyle::Mla => cite::mla_short(),
        }
    }

    /// A short token for ids and file names.
    pub fn slug(self) -> &'static str {
        match self {
            CiteStyle::Chicago => "chicago",
            CiteStyle::Apa => "apa",
            CiteStyle::Mla => "mla",
        }
    }

    /// What the citation with the locator is called in this style.
    pub fn citation_name(self) -> &'static str {
        match self {
            CiteStyle::Chicago => cite::note(),
            CiteStyle::Apa | CiteStyle::Mla => cite::in_text(),
        }
    }

    /// What the list of works is called in this style.
    pub fn reference_name(self) -> &'static str {
        match self {
            CiteStyle::Chicago => cite::bibliography_form(),
            CiteStyle::Apa => cite::reference_list(),
            CiteStyle::Mla => cite::works_cited(),
        }
    }

    /// The official CSL style, as hayagriva's archive has it (CBOR), committed in
    /// `assets/csl/` so a Wasm module carries these three and not the whole archive.
    fn cbor(self) -> &'static [u8] {
        match self {
            // The archive's Chicago 17th notes-and-bibliography style (its ChicagoNotes is
            // the 18th edition); first notes are full notes either way.
            CiteStyle::Chicago => include_bytes!(
                "../../../assets/csl/chicago-notes-bibliography-subsequent-author-title-17th-edition.cbor"
            ),
            CiteStyle::Apa => include_bytes!("../../../assets/csl/apa.cbor"),
            CiteStyle::Mla => include_bytes!("../../../assets/csl/modern-language-association.cbor"),
        }
    }
}

/// One formatted text, plain and as HTML (titles in `<i>`, text escaped).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Formatted {
    pub plain: String,
    pub html: String,
}

/// An entry cited in one style: the note or in-text citation naming every work the entry
/// cites at its locator, in the entry's order, and each work's bibliography form. A style
/// may make no citation (MLA's in-text form of a work without author or title would be "()").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryCitation {
    pub style: CiteStyle,
    pub citation: Option<Formatted>,
    pub references: Vec<Formatted>,
}

/// CSL's en-US locale, from hayagriva's archive like the styles.
const EN_US: &[u8] = include_bytes!("../../../assets/csl/en-US.cbor");

/// The parsed styles and locales, made once: loading them is the slow part.
pub struct Formatter {
    styles: Vec<(CiteStyle, IndependentStyle)>,
    locales: Vec<Locale>,
}

impl Default for Formatter {
    fn default() -> Self {
        Self::new()
    }
}

impl Formatter {
    pub fn new() -> Formatter {
        // A style that does not parse is left out; a native test checks all three do.
        let styles = CiteStyle::ALL
            .iter()
            .filter_map(|&s| match ciborium::de::from_reader(s.cbor()) {
                Ok(Style::Independent(mut style)) => {
                    // A citation names the works in the entry's order (APA would sort them).
                    style.citation.sort = None;
                    Some((s, style))
                }
                _ => None,
            })
            .collect();
        // The three styles are American English; their own locale is the only one used, on a
        // Korean page too: the citations are of English works, in the words the styles print.
        let locales = ciborium::de::from_reader(EN_US).into_iter().collect();
        Formatter { styles, locales }
    }

    /// `entry` in each style; `None` when it cites a work not in `works`.
    pub fn entry(&self, entry: &BibEntry, works: &[CslItem]) -> Option<Vec<EntryCitation>> {
        let items = entry
            .cites
            .iter()
            .map(|c| works.iter().find(|w| w.id == c.work).map(item))
            .collect::<Option<Vec<Item>>>()?;
        Some(
            self.styles
                .iter()
                .map(|(s, style)| self.in_style(*s, style, &entry.cites, &items))
                .collect(),
        )
    }

    /// `work` on its own, with no locator, in each style.
    pub fn work(&self, work: &CslItem) -> Vec<EntryCitation> {
        let cites = [Citing {
            work: work.id.clone(),
            locator: None,
            label: None,
        }];
        let items = [item(work)];
        self.styles
            .iter()
            .map(|(s, style)| self.in_style(*s, style, &cites, &items))
            .collect()
    }

    fn in_style(
        &self,
        s: CiteStyle,
        style: &IndependentStyle,
        cites: &[Citing],
        items: &[Item],
    ) -> EntryCitation {
        // Each work alone, so the references keep the entry's order, not the style's sort.
        let references = items
            .iter()
            .map(|it| {
                let mut driver = BibliographyDriver::new();
                let one = vec![CitationItem::with_entry(it)];
                driver.citation(CitationRequest::from_items(one, style, &self.locales));
                let done = driver.finish(BibliographyRequest::new(style, None, &self.locales));
                let bib = done
                    .bibliography
                    .expect("the three styles have a bibliography");
                formatted(&bib.items[0].content)
            })
            .collect();
        let mut driver = BibliographyDriver::new();
        let cited = cites
            .iter()
            .zip(items)
            .map(|(c, it)| CitationItem::with_locator(it, locator(c)))
            .collect();
        driver.citation(CitationRequest::new(
            cited,
            style,
            None,
            &self.locales,
            Some(1),
        ));
        let done = driver.finish(BibliographyRequest::new(style, None, &self.locales));
        EntryCitation {
            style: s,
            citation: Some(formatted(&done.citations[0].citation))
                .filter(|c| c.plain.chars().any(char::is_alphanumeric)),
            references,
        }
    }
}

/// The work as hayagriva's CSL-JSON item: the same JSON, field for field, except that a date
/// range becomes what its two ends share (24–25 July 1995 is July 1995): hayagriva 0.10
/// panics on CSL-JSON ranges, and the first day alone would be a false point.
fn item(work: &CslItem) -> Item {
    let mut json = csl_json(work);
    for field in ["issued", "event-date"] {
        let parts = json.get_mut(field).and_then(|d| d.get_mut("date-parts"));
        if let Some(parts) = parts.and_then(Value::as_array_mut) {
            if let [start, end] = parts.as_slice() {
                *parts = vec![shared_part(start, end)];
            }
        }
    }
    serde_json::from_value(json).expect("CSL-JSON reads as a CSL-JSON item")
}

fn shared_part(start: &Value, end: &Value) -> Value {
    let (Some(start), Some(end)) = (start.as_array(), end.as_array()) else {
        return start.clone();
    };
    let shared = start.iter().zip(end).take_while(|(a, b)| a == b);
    Value::Array(shared.map(|(a, _)| a.clone()).collect())
}

fn locator(citing: &Citing) -> Option<SpecificLocator<'_>> {
    let at = citing.locator.as_deref()?;
    let label = Locator::from_str(citing.label.as_deref().unwrap_or("page")).ok()?;
    Some(SpecificLocator(label, LocatorPayload::Str(at)))
}

fn formatted(children: &ElemChildren) -> Formatted {
    let mut plain = String::new();
    children
        .write_buf(&mut plain, BufWriteFormat::Plain)
        .expect("writing to a String");
    let mut html = String::new();
    for child in &children.0 {
        write_html(child, &mut html);
    }
    Formatted {
        plain: plain.trim().to_string(),
        html: html.trim().to_string(),
    }
}

/// hayagriva's own HTML puts formatting in `style` attributes (refused by the page's CSP)
/// and writes text unescaped, so the page writes its own: escaped text, `<i>`, `<b>`.
fn write_html(child: &ElemChild, out: &mut String) {
    match child {
        ElemChild::Text(t) => write_text(&t.text, &t.formatting, out),
        ElemChild::Link { text, .. } => write_text(&text.text, &text.formatting, out),
        ElemChild::Elem(e) => e.children.0.iter().for_each(|c| write_html(c, out)),
        ElemChild::Markup(m) => out.push_str(&html_escape::encode_text(m)),
        ElemChild::Transparent { .. } => {}
    }
}

fn write_text(text: &str, f: &hayagriva::Formatting, out: &mut String) {
    let mut tags = Vec::new();
    if f.font_style == FontStyle::Italic {
        tags.push(("<i>", "</i>"));
    }
    if f.font_weight == FontWeight::Bold {
        tags.push(("<b>", "</b>"));
    }
    if f.font_variant == FontVariant::SmallCaps {
        tags.push(("<span class=\"sc\">", "</span>"));
    }
    if f.text_decoration == TextDecoration::Underline {
        tags.push(("<u>", "</u>"));
    }
    match f.vertical_align {
        VerticalAlign::Sup => tags.push(("<sup>", "</sup>")),
        VerticalAlign::Sub => tags.push(("<sub>", "</sub>")),
        _ => {}
    }
    tags.iter().for_each(|(open, _)| out.push_str(open));
    out.push_str(&html_escape::encode_text(text));
    tags.iter().rev().for_each(|(_, close)| out.push_str(close));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_styles_and_locale_are_hayagrivas_archive() {
        use hayagriva::archive::{locales, ArchivedStyle};
        let archived = [
            (CiteStyle::Chicago, ArchivedStyle::TurabianFullnote8),
            (
                CiteStyle::Apa,
                ArchivedStyle::AmericanPsychologicalAssociation,
            ),
            (CiteStyle::Mla, ArchivedStyle::ModernLanguageAssociation),
        ];
        for (style, archived) in archived {
            let committed: Style = ciborium::de::from_reader(style.cbor()).expect("parses");
            assert_eq!(committed, archived.get(), "{}", style.name());
        }
        let en_us: Locale = ciborium::de::from_reader(EN_US).expect("parses");
        assert!(locales().contains(&en_us));
        assert_eq!(Formatter::new().styles.len(), 3);
    }
    use crate::core::load::load_timeline;
    use crate::core::sources::works::works;

    /// Entry `id` of the shipped timeline in each style.
    fn cited(id: &str) -> Vec<EntryCitation> {
        let t = load_timeline(include_str!(
            "../../../public/timelines/korea-1945-1950.json"
        ))
        .expect("the shipped timeline loads")
        .timeline;
        let w = works(&t).expect("the works check");
        let entry = t.bibliography.iter().find(|e| e.id == id).expect("entry");
        // Parsing the styles is the slow part (seconds in a debug build): once for all tests.
        static FORMATTER: std::sync::OnceLock<Formatter> = std::sync::OnceLock::new();
        let formatter = FORMATTER.get_or_init(Formatter::new);
        formatter.entry(entry, &w).expect("every work is there")
    }

    fn plain(c: &EntryCitation) -> (Option<&str>, Vec<&str>) {
        let refs = c.references.iter().map(|r| r.plain.as_str()).collect();
        (c.citation.as_ref().map(|c| c.plain.as_str()), refs)
    }

    #[test]
    fn the_book_at_page_135_in_each_style() {
        let [chicago, apa, mla] = <[EntryCitation; 3]>::try_from(cited("b2")).unwrap();
        assert_eq!(
            plain(&chicago),
            (
                Some("Sergei Goncharov, John Lewis, and Litai Xue, Uncertain Partners (Stanford University Press, 1995), 135."),
                vec!["Goncharov, Sergei, John Lewis, and Litai Xue. Uncertain Partners. Stanford University Press, 1995."]
            )
        );
        assert_eq!(
            chicago.citation.unwrap().html,
            "Sergei Goncharov, John Lewis, and Litai Xue, <i>Uncertain Partners</i> (Stanford University Press, 1995), 135."
        );
        assert_eq!(
            plain(&apa),
            (
                Some("(Goncharov et al., 1995, p. 135)"),
                vec!["Goncharov, S., Lewis, J., & Xue, L. (1995). Uncertain Partners. Stanford University Press."]
            )
        );
        assert_eq!(
            apa.references[0].html,
            "Goncharov, S., Lewis, J., &amp; Xue, L. (1995). <i>Uncertain Partners</i>. Stanford University Press."
        );
        assert_eq!(
            plain(&mla),
            (
                Some("(Goncharov et al. 135)"),
                vec!["Goncharov, Sergei, et al. Uncertain Partners. Stanford University Press, 1995."]
            )
        );
    }

    #[test]
    fn the_magazine_article_in_each_style() {
        let [chicago, apa, mla] = <[EntryCitation; 3]>::try_from(cited("b1")).unwrap();
        assert_eq!(
            plain(&chicago),
            (
                Some("Paul Lashmar, New Statesman & Society, February 2, 1996."),
                vec!["Lashmar, Paul. New Statesman & Society, February 2, 1996."]
            )
        );
        assert_eq!(
            plain(&apa),
            (
                Some("(Lashmar, 1996)"),
                vec!["Lashmar, P. (1996, February 2). New Statesman & Society, 9(388), 24."]
            )
        );
        assert_eq!(
            apa.references[0].html,
            "Lashmar, P. (1996, February 2). <i>New Statesman &amp; Society</i>, <i>9</i>(388), 24."
        );
        assert_eq!(
            plain(&mla),
            (
                Some("(Lashmar)"),
                vec![
                    "Lashmar, Paul. New Statesman & Society, vol. 9, no. 388, 2 Feb. 1996, p. 24."
                ]
            )
        );
    }

    #[test]
    fn the_archive_document_in_each_style() {
        let [chicago, apa, mla] = <[EntryCitation; 3]>::try_from(cited("b3")).unwrap();
        assert_eq!(
            plain(&chicago),
            (
                Some("Fond 059a, Opis 5a, Delo 3, Papka 11, list 92, AVP RF, unpublished manuscript, January 30, 1950."),
                vec!["Fond 059a, Opis 5a, Delo 3, Papka 11, list 92. AVP RF. Unpublished manuscript. January 30, 1950."]
            )
        );
        assert_eq!(
            plain(&apa),
            (
                Some("(1950)"),
                vec!["(1950). AVP RF (Fond 059a, Opis 5a, Delo 3, Papka 11, list 92)."]
            )
        );
        // MLA's in-text form of a work with no author or title would be "()": none is given.
        assert_eq!(
            plain(&mla),
            (
                None,
                vec!["30 Jan. 1950, AVP RF, Fond 059a, Opis 5a, Delo 3, Papka 11, list 92."]
            )
        );
    }

    #[test]
    fn an_entry_citing_two_works_gives_both_in_its_order() {
        let [chicago, apa, mla] = <[EntryCitation; 3]>::try_from(cited("b5")).unwrap();
        assert_eq!(
            plain(&chicago).0,
            Some("Sergei Goncharov, John Lewis, and Litai Xue, Uncertain Partners (Stanford University Press, 1995), 142; Cumings, Origins, vol. 2 (n.d.), chap. 13.")
        );
        assert_eq!(
            plain(&apa),
            (
                Some("(Goncharov et al., 1995, p. 142; Cumings, n.d., Chapter 13)"),
                vec![
                    "Goncharov, S., Lewis, J., & Xue, L. (1995). Uncertain Partners. Stanford University Press.",
                    "Cumings. (n.d.). Origins (Vol. 2)."
                ]
            )
        );
        assert_eq!(
            plain(&mla).0,
            Some("(Goncharov et al. 142; Cumings, ch. 13)")
        );
    }

    #[test]
    fn the_conference_paper_keeps_only_what_both_days_share() {
        let [chicago, ..] = <[EntryCitation; 3]>::try_from(cited("b6")).unwrap();
        assert_eq!(
            plain(&chicago).1,
            vec!["Bajanov, Evgeni. Paper presented at The Korean War, An assessment of the Historical Record, July 1995, Georgetown Univ., Washington, D.C."]
        );
    }

    #[test]
    fn nothing_the_works_lack_appears() {
        for id in ["b1", "b2", "b3", "b4", "b5", "b6", "b7"] {
            for c in cited(id) {
                let all = c.references.iter().chain(&c.citation);
                for text in all.map(|f| f.plain.as_str()) {
                    for invented in ["doi", "http", "New York", "Stanford, CA", "ISBN"] {
                        assert!(!text.contains(invented), "{id}: {text}");
                    }
                }
            }
        }
    }
}
