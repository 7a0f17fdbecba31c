//! What reference managers read from the page: the `<meta>` tags Zotero's Embedded Metadata
//! translator takes for the item being viewed (the open event, the essay, or the timeline),
//! written as Dublin Core, Highwire (`citation_*`) and Open Graph names. Only what the
//! timeline states goes in: no author, publisher or date it does not give.

use crate::core::model::language_tag::is_language_tag;
use crate::core::model::timeline::Timeline;
use crate::core::page::app_query::{AppQuery, View};

/// One `<meta name=… content=…>` tag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetaTag {
    pub name: &'static str,
    pub content: String,
}

/// The tags for the view `query` shows; `page_url` is the app's address without its query,
/// so the item's URL is the view's permalink.
pub fn meta_tags(timeline: &Timeline, query: &AppQuery, page_url: &str) -> Vec<MetaTag> {
    let permalink = format!("{page_url}{}", query.full_page().to_search());
    let event = query
        .event
        .as_deref()
        .and_then(|id| timeline.events.iter().find(|e| e.id == id));
    let title = match (query.view, event, &timeline.essay) {
        (View::Essay, _, Some(essay)) => essay.title.clone(),
        (_, Some(event), _) => format!("{} ({})", event.headline, event.date_label()),
        _ => timeline.title.clone(),
    };
    let mut tags = vec![
        tag("DC.title", &title),
        tag("citation_title", &title),
        tag("og:title", &title),
        tag("DC.type", "Text"),
        tag("DC.identifier", &permalink),
        tag("og:url", &permalink),
    ];
    if let Some(language) = timeline.language.as_deref().filter(|t| is_language_tag(t)) {
        tags.push(tag("DC.language", language));
    }
    if title != timeline.title {
        tags.push(tag("DC.relation.isPartOf", &timeline.title));
        tags.push(tag("og:site_name", &timeline.title));
    }
    if timeline.essay.is_some() {
        tags.push(tag("DC.source", &timeline.source.description));
    }
    tags
}

fn tag(name: &'static str, content: &str) -> MetaTag {
    MetaTag {
        name,
        content: content.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::test_support::korea;

    const PAGE: &str = "https://school.example/korea/";

    fn content(tags: &[MetaTag], name: &str) -> Option<String> {
        tags.iter()
            .find(|t| t.name == name)
            .map(|t| t.content.clone())
    }

    #[test]
    fn the_open_event_is_the_item_with_its_permalink() {
        let timeline = korea();
        let event = &timeline.events[2];
        let query = AppQuery {
            event: Some(event.id.clone()),
            embed: true,
            ..AppQuery::default()
        };
        let tags = meta_tags(&timeline, &query, PAGE);
        let title = content(&tags, "citation_title").unwrap();
        assert!(title.starts_with(&event.headline), "{title}");
        assert!(title.contains(&event.date_label()), "{title}");
        assert_eq!(
            content(&tags, "DC.identifier").unwrap(),
            format!("{PAGE}?event={}", event.id),
            "an embed's permalink is the full page"
        );
        assert_eq!(content(&tags, "og:site_name").unwrap(), timeline.title);
        assert_eq!(
            content(&tags, "DC.source").unwrap(),
            timeline.source.description
        );
    }

    #[test]
    fn the_essay_and_the_timeline_are_items_too_and_nothing_is_invented() {
        let timeline = korea();
        let essay = AppQuery::default().showing_essay();
        let tags = meta_tags(&timeline, &essay, PAGE);
        assert_eq!(
            content(&tags, "DC.title").as_deref(),
            timeline.essay.as_ref().map(|e| e.title.as_str())
        );
        assert_eq!(
            content(&tags, "DC.identifier").unwrap(),
            format!("{PAGE}?view=essay")
        );
        let tags = meta_tags(&timeline, &AppQuery::default(), PAGE);
        assert_eq!(content(&tags, "DC.title").unwrap(), timeline.title);
        assert_eq!(content(&tags, "og:site_name"), None);
        for invented in [
            "citation_author",
            "DC.creator",
            "DC.publisher",
            "citation_date",
            "DC.date",
        ] {
            assert_eq!(content(&tags, invented), None, "{invented}");
        }
    }

    #[test]
    fn the_language_is_the_one_the_file_names_and_none_when_it_names_none() {
        let mut timeline = korea();
        let tags = meta_tags(&timeline, &AppQuery::default(), PAGE);
        assert_eq!(content(&tags, "DC.language").as_deref(), Some("en"));
        timeline.language = None;
        let tags = meta_tags(&timeline, &AppQuery::default(), PAGE);
        assert_eq!(content(&tags, "DC.language"), None);
        timeline.language = Some("Korean".to_string());
        let tags = meta_tags(&timeline, &AppQuery::default(), PAGE);
        assert_eq!(content(&tags, "DC.language"), None);
    }
}
