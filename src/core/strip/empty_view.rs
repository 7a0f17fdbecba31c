//! Zoomed in, the view can fall between events. The strip then names the nearest event on
//! each side, so a reader is never left in an empty stretch without a way back.

use crate::core::strip::level::StripLayout;

/// The events either side of a view in which nothing is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AroundEmptyView {
    /// The last event before the view.
    pub earlier: Option<usize>,
    /// The first event after it.
    pub later: Option<usize>,
}

/// What is either side of `from_px..=to_px` on a track `track_px` wide with cards `card_px`
/// wide, or `None` when some bar or card reaches into it. O(log n + k).
pub fn around_empty_view(
    layout: &StripLayout,
    from_px: f64,
    to_px: f64,
    track_px: f64,
    card_px: f64,
) -> Option<AroundEmptyView> {
    if layout.items.is_empty() {
        return None;
    }
    // The index may offer items that only reach the view on a narrower track: check each.
    let drawn_in_view = layout
        .items_between(from_px, to_px, track_px)
        .into_iter()
        .any(|i| {
            let (start, end) = layout.items[i].placement.extent_px(track_px, card_px);
            start <= to_px && end >= from_px
        });
    if drawn_in_view {
        return None;
    }
    // Items are in date order; with none in view, those starting before it lie wholly before.
    let first_after = layout
        .items
        .partition_point(|item| item.placement.left * track_px < from_px);
    Some(AroundEmptyView {
        earlier: first_after
            .checked_sub(1)
            .map(|i| layout.items[i].events.end - 1),
        later: layout.items.get(first_after).map(|item| item.events.start),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::event_date::DateSpan;
    use crate::core::sample::sample_timeline::sample_spans;
    use crate::core::strip::layout::Axis;

    const CARD: f64 = 188.0;

    fn spread_out() -> (Vec<DateSpan>, StripLayout) {
        let spans = vec![
            DateSpan::of("1945-08-15", None),
            DateSpan::of("1945-09", None),
            DateSpan::of("1949-03", Some("1950-01")),
            DateSpan::of("1950-06-25", None),
        ];
        let axis = Axis::covering(spans.iter().copied()).unwrap();
        let layout = StripLayout::new(&spans, axis, 20_000.0, CARD, true);
        (spans, layout)
    }

    fn px(layout: &StripLayout, event: usize) -> f64 {
        layout.items[layout.item_of(event)].placement.left * layout.track_px
    }

    #[test]
    fn a_view_with_an_event_in_it_is_not_empty() {
        let (_, layout) = spread_out();
        let at = px(&layout, 2);
        assert_eq!(
            around_empty_view(&layout, at - 10.0, at + 10.0, 20_000.0, CARD),
            None
        );
        // A card reaching in from the left counts too.
        let card = px(&layout, 1) + CARD - 20.0;
        assert_eq!(
            around_empty_view(&layout, card, card + 500.0, 20_000.0, CARD),
            None
        );
    }

    #[test]
    fn a_view_between_events_names_the_nearest_on_each_side() {
        let (_, layout) = spread_out();
        let from = px(&layout, 1) + CARD + 100.0;
        assert_eq!(
            around_empty_view(&layout, from, from + 1000.0, 20_000.0, CARD),
            Some(AroundEmptyView {
                earlier: Some(1),
                later: Some(2)
            })
        );
    }

    #[test]
    fn before_the_first_event_or_after_the_last_only_one_side_is_named() {
        let spans = vec![
            DateSpan::of("1947-06-01", None),
            DateSpan::of("1947-07-01", None),
        ];
        let axis = Axis::years(1945, 1950);
        let layout = StripLayout::new(&spans, axis, 20_000.0, CARD, true);
        assert_eq!(
            around_empty_view(&layout, 0.0, 1000.0, 20_000.0, CARD),
            Some(AroundEmptyView {
                earlier: None,
                later: Some(0)
            })
        );
        assert_eq!(
            around_empty_view(&layout, 19_000.0, 20_000.0, 20_000.0, CARD),
            Some(AroundEmptyView {
                earlier: Some(1),
                later: None
            })
        );
    }

    #[test]
    fn the_check_uses_the_track_drawn_not_the_one_laid_out() {
        // Laid out for 10,000 px and drawn twice as wide: a card that reached the view on
        // the narrower track no longer does.
        let (spans, _) = spread_out();
        let axis = Axis::covering(spans.iter().copied()).unwrap();
        let layout = StripLayout::new(&spans, axis, 10_000.0, CARD, true);
        let drawn = 20_000.0;
        let end_of_second = layout.items[1].placement.extent_px(drawn, CARD).1;
        let (from, to) = (end_of_second + 1.0, end_of_second + 150.0);
        // The index, working on the narrower track, offers the second event for this view.
        assert!(layout.items_between(from, to, drawn).contains(&1));
        let around = around_empty_view(&layout, from, to, drawn, CARD);
        assert_eq!(
            around,
            Some(AroundEmptyView {
                earlier: Some(1),
                later: Some(2)
            })
        );
    }

    #[test]
    fn at_ten_thousand_events_it_agrees_with_looking_at_every_item() {
        let spans = sample_spans(10_000, 11);
        let axis = Axis::covering(spans.iter().copied()).unwrap();
        for track in [60_000.0, 600_000.0, 6_000_000.0] {
            let layout = StripLayout::new(&spans, axis, track, CARD, true);
            let mut empty_views = 0;
            for step in 0..400 {
                let from = track * f64::from(step) / 400.0;
                let to = from + 1200.0;
                let extents: Vec<(f64, f64)> = layout
                    .items
                    .iter()
                    .map(|item| item.placement.extent_px(track, CARD))
                    .collect();
                let any_in_view = extents.iter().any(|&(a, b)| a <= to && b >= from);
                let expected = (!any_in_view).then(|| {
                    let before = extents.iter().rposition(|&(_, b)| b < from);
                    let after = extents.iter().position(|&(a, _)| a > to);
                    AroundEmptyView {
                        earlier: before.map(|i| layout.items[i].events.end - 1),
                        later: after.map(|i| layout.items[i].events.start),
                    }
                });
                if expected.is_some() {
                    empty_views += 1;
                }
                assert_eq!(around_empty_view(&layout, from, to, track, CARD), expected);
            }
            if track > 1_000_000.0 {
                assert!(empty_views > 0, "the deepest track has gaps to test");
            }
        }
    }
}
