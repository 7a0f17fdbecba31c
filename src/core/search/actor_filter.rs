//! Showing only the events of some actors (an essay timeline's people and states, or a
//! TimelineJS file's groups): the choices with their counts, and the timeline cut down to the
//! chosen actors' events, which the strip, the list and the panel's previous/next then walk.

use std::sync::Arc;

use crate::core::model::timeline::Timeline;

/// One actor the filter offers: its id, its name and how many events it takes part in.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorChoice {
    pub id: String,
    pub name: String,
    pub events: usize,
}

/// The actors with at least one event, in the file's order.
pub fn actor_choices(timeline: &Timeline) -> Vec<ActorChoice> {
    timeline
        .actors
        .iter()
        .map(|actor| ActorChoice {
            id: actor.id.clone(),
            name: actor.name.clone(),
            events: timeline
                .events
                .iter()
                .filter(|e| e.actors.contains(&actor.id))
                .count(),
        })
        .filter(|choice| choice.events > 0)
        .collect()
}

/// The timeline with only the events in which any of `chosen` takes part; all of it when
/// nothing is chosen (or only ids it does not have, as an old link may carry), shared rather
/// than copied, as 10,000 events take a while to copy.
pub fn with_actors(timeline: &Arc<Timeline>, chosen: &[String]) -> Arc<Timeline> {
    let known: Vec<&String> = chosen
        .iter()
        .filter(|id| timeline.actors.iter().any(|a| &a.id == *id))
        .collect();
    if known.is_empty() {
        return Arc::clone(timeline);
    }
    // Field by field: `..Timeline::clone(timeline)` would copy every event only to drop them.
    Arc::new(Timeline {
        events: timeline
            .events
            .iter()
            .filter(|e| e.actors.iter().any(|a| known.contains(&a)))
            .cloned()
            .collect(),
        format: timeline.format.clone(),
        title: timeline.title.clone(),
        subtitle: timeline.subtitle.clone(),
        language: timeline.language.clone(),
        intro_html: timeline.intro_html.clone(),
        source: timeline.source.clone(),
        range: timeline.range,
        essay: timeline.essay.clone(),
        bibliography: timeline.bibliography.clone(),
        works: timeline.works.clone(),
        footnotes: timeline.footnotes.clone(),
        actors: timeline.actors.clone(),
        eras: timeline.eras.clone(),
        evidence: timeline.evidence.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::test_support::korea;

    fn ids(timeline: &Timeline) -> Vec<&str> {
        timeline.events.iter().map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn offers_each_actor_with_the_number_of_its_events() {
        let timeline = Arc::new(korea());
        let choices = actor_choices(&timeline);
        assert!(!choices.is_empty());
        for choice in &choices {
            let filtered = with_actors(&timeline, std::slice::from_ref(&choice.id));
            assert_eq!(filtered.events.len(), choice.events, "{}", choice.name);
        }
    }

    #[test]
    fn shows_the_events_of_any_chosen_actor_in_reading_order() {
        let timeline = Arc::new(korea());
        let choices = actor_choices(&timeline);
        let (a, b) = (&choices[0], &choices[1]);
        let both = with_actors(&timeline, &[a.id.clone(), b.id.clone()]);
        assert!(both.events.len() >= a.events.max(b.events));
        assert!(both.events.len() <= a.events + b.events);
        let order: Vec<&str> = ids(&timeline)
            .into_iter()
            .filter(|id| ids(&both).contains(id))
            .collect();
        assert_eq!(ids(&both), order);
    }

    #[test]
    fn nothing_chosen_or_unknown_ids_show_everything() {
        let timeline = Arc::new(korea());
        assert!(Arc::ptr_eq(&with_actors(&timeline, &[]), &timeline));
        let unknown = with_actors(&timeline, &["nobody".to_string()]);
        assert!(Arc::ptr_eq(&unknown, &timeline));
    }
}
