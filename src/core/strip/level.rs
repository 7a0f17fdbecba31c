//! The strip at one zoom level: events packed into lanes or, where that would take more lanes
//! than a reader can scan, dense stretches drawn as clusters; with the index that finds what a
//! view shows. A layout made for one track holds for every wider one (starts only move apart
//! while cards keep their width), so zooming within a level moves things without laying them
//! out again.

use std::ops::Range;
use std::sync::Arc;

use crate::core::model::event_date::DateSpan;
use crate::core::strip::clusters::cluster_events;
use crate::core::strip::layout::{
    card_start_px, layout_lanes, pack_lanes, Axis, Placement, LANE_GAP_PX,
};
use crate::core::strip::visible_index::VisibleIndex;
use crate::core::strip::zoom::{level_of, ZoomRange};

/// Needing more lanes than this, a zoom level clusters its dense stretches: past it a reader
/// scrolls the strip down as well as along.
pub const MAX_LANES: usize = 12;
/// Cluster markers start far enough apart that, as wide as cards, they need at most this many
/// lanes however many events there are.
pub const MARKER_LANES: usize = 6;

/// One thing drawn on the strip: an event, or a cluster of consecutive events drawn as one
/// marker with their count.
#[derive(Clone, Debug, PartialEq)]
pub struct StripItem {
    /// For a cluster: its bar runs from its first event's start to its last one's.
    pub placement: Placement,
    pub events: Range<usize>,
}

impl StripItem {
    pub fn is_cluster(&self) -> bool {
        self.events.len() > 1
    }
}

#[derive(Clone, Debug)]
pub struct StripLayout {
    /// The track this was made for.
    pub track_px: f64,
    /// In event order: each event is in exactly one item, and clusters are consecutive events.
    pub items: Vec<StripItem>,
    pub lanes: usize,
    index: VisibleIndex,
}

impl StripLayout {
    /// Lays out chronological `spans` on a track `track_px` wide with cards `card_px` wide,
    /// clustering only if `may_cluster` and every event on its own would need more than
    /// `MAX_LANES` lanes.
    pub fn new(
        spans: &[DateSpan],
        axis: Axis,
        track_px: f64,
        card_px: f64,
        may_cluster: bool,
    ) -> StripLayout {
        // Cards crowding one spot settle it without packing every event first.
        if !(may_cluster && crowded(spans, axis, track_px, card_px)) {
            let events = layout_lanes(spans, axis, track_px, card_px);
            if !may_cluster || events.lanes <= MAX_LANES {
                let items: Vec<StripItem> = events
                    .placements
                    .into_iter()
                    .enumerate()
                    .map(|(i, placement)| StripItem {
                        placement,
                        events: i..i + 1,
                    })
                    .collect();
                return StripLayout::indexed(items, events.lanes, track_px, card_px);
            }
        }
        let spacing = (card_px + LANE_GAP_PX) / (MARKER_LANES - 1) as f64;
        let mut items: Vec<StripItem> = cluster_events(spans, axis, track_px, card_px, spacing)
            .into_iter()
            .map(|c| StripItem {
                placement: if c.count == 1 {
                    Placement::of_span(spans[c.first], axis, track_px, card_px)
                } else {
                    Placement::new(c.start, c.last_start - c.start, track_px, card_px)
                },
                events: c.events(),
            })
            .collect();
        let extents = extents_of(&items, track_px, card_px);
        let (lanes, count) = pack_lanes(&extents);
        for (item, lane) in items.iter_mut().zip(lanes) {
            item.placement.lane = lane;
        }
        StripLayout::indexed(items, count, track_px, card_px)
    }

    fn indexed(items: Vec<StripItem>, lanes: usize, track_px: f64, card_px: f64) -> StripLayout {
        let extents = extents_of(&items, track_px, card_px);
        StripLayout {
            track_px,
            items,
            lanes,
            index: VisibleIndex::of_extents(extents),
        }
    }

    pub fn is_clustered(&self) -> bool {
        self.items.len() < self.items.last().map_or(0, |item| item.events.end)
    }

    /// The item that draws `event`.
    pub fn item_of(&self, event: usize) -> usize {
        self.items
            .partition_point(|item| item.events.end <= event)
            .min(self.items.len().saturating_sub(1))
    }

    /// Where `event` (whose span is `span`) is drawn: its own bar, and the card and lane of
    /// the item holding it, so an event inside a cluster shows on the cluster's marker.
    pub fn placement_of(
        &self,
        event: usize,
        span: DateSpan,
        axis: Axis,
        card_px: f64,
    ) -> Placement {
        let item = &self.items[self.item_of(event)];
        if !item.is_cluster() {
            return item.placement.clone();
        }
        Placement {
            card_left: item.placement.card_left,
            lane: item.placement.lane,
            ..Placement::of_span(span, axis, self.track_px, card_px)
        }
    }

    /// The items that reach into `from_px..=to_px` of a track `track_px` wide (at least as
    /// wide as the one this layout was made for), in order along the track. May include a
    /// few that only reach it on the narrower track, never misses one.
    pub fn items_between(&self, from_px: f64, to_px: f64, track_px: f64) -> Vec<usize> {
        let scale = self.track_px / track_px;
        self.index.visible(from_px * scale, to_px * scale)
    }
}

fn extents_of(items: &[StripItem], track_px: f64, card_px: f64) -> Vec<(f64, f64)> {
    items
        .iter()
        .map(|item| item.placement.extent_px(track_px, card_px))
        .collect()
}

/// Whether more than `MAX_LANES` cards would overlap at some point of the track: then no
/// packing fits that many lanes. One pass over the chronological spans.
fn crowded(spans: &[DateSpan], axis: Axis, track_px: f64, card_px: f64) -> bool {
    let card_at =
        |span: &DateSpan| card_start_px(axis.fraction(span.first_day()), track_px, card_px);
    let mut first = 0;
    for (last, span) in spans.iter().enumerate() {
        let at = card_at(span);
        while at - card_at(&spans[first]) >= card_px + LANE_GAP_PX {
            first += 1;
        }
        if last - first >= MAX_LANES {
            return true;
        }
    }
    false
}

/// The layouts of one timeline, made once per zoom level (a doubling of the track) and view
/// width, so zooming back and forth and scrolling cost no layout work.
pub struct StripLayouts {
    spans: Vec<DateSpan>,
    axis: Axis,
    card_px: f64,
    view_px: f64,
    levels: Vec<Option<Arc<StripLayout>>>,
}

impl StripLayouts {
    pub fn new(spans: Vec<DateSpan>, axis: Axis, card_px: f64) -> StripLayouts {
        StripLayouts {
            spans,
            axis,
            card_px,
            view_px: 0.0,
            levels: Vec::new(),
        }
    }

    /// The layout for `zoom` on a view `view_px` wide. The deepest level never clusters, so
    /// every event can be reached by zooming.
    pub fn for_zoom(&mut self, zoom: f64, view_px: f64) -> Arc<StripLayout> {
        if view_px != self.view_px {
            self.view_px = view_px;
            self.levels.clear();
        }
        let deepest = ZoomRange::new(self.axis, view_px).deepest_level();
        let level = level_of(zoom).min(deepest) as usize;
        if self.levels.len() <= level {
            self.levels.resize(level + 1, None);
        }
        let (spans, axis, card_px) = (&self.spans, self.axis, self.card_px);
        self.levels[level]
            .get_or_insert_with(|| {
                let track_px = view_px * 2f64.powi(level as i32);
                Arc::new(StripLayout::new(
                    spans,
                    axis,
                    track_px,
                    card_px,
                    level < deepest as usize,
                ))
            })
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sample::sample_timeline::sample_spans;

    #[test]
    fn each_level_is_made_once_and_the_deepest_never_clusters() {
        let spans = sample_spans(10_000, 5);
        let axis = Axis::covering(spans.iter().copied()).unwrap();
        let mut layouts = StripLayouts::new(spans.clone(), axis, 188.0);
        let fit = layouts.for_zoom(1.0, 960.0);
        assert!(fit.is_clustered());
        assert!(Arc::ptr_eq(&fit, &layouts.for_zoom(1.9, 960.0)));
        assert_eq!(layouts.for_zoom(3.0, 960.0).track_px, 1920.0);
        let max = ZoomRange::new(axis, 960.0).max;
        let deepest = layouts.for_zoom(max, 960.0);
        assert!(!deepest.is_clustered());
        assert!(Arc::ptr_eq(&deepest, &layouts.for_zoom(max * 4.0, 960.0)));
        assert!(!Arc::ptr_eq(&fit, &layouts.for_zoom(1.0, 800.0)));
        // An event inside a cluster is drawn on the cluster's card, with its own bar.
        let item = fit.items.iter().find(|i| i.is_cluster()).unwrap();
        let inside = item.events.start + 1;
        let drawn = fit.placement_of(inside, spans[inside], axis, 188.0);
        assert_eq!(drawn.lane, item.placement.lane);
        assert_eq!(drawn.card_left, item.placement.card_left);
        assert_eq!(drawn.left, axis.fraction(spans[inside].first_day()));
    }

    #[test]
    fn sparse_timelines_are_not_clustered() {
        let spans = sample_spans(8, 3);
        let axis = Axis::covering(spans.iter().copied()).unwrap();
        let layout = StripLayout::new(&spans, axis, 960.0, 188.0, true);
        assert!(!layout.is_clustered());
        assert_eq!(layout.items.len(), 8);
        assert_eq!(layout.item_of(5), 5);
    }

    #[test]
    fn dense_timelines_cluster_into_a_few_lanes_and_every_event_is_in_one_item() {
        let spans = sample_spans(10_000, 3);
        let axis = Axis::covering(spans.iter().copied()).unwrap();
        let layout = StripLayout::new(&spans, axis, 960.0, 188.0, true);
        assert!(layout.is_clustered());
        assert!(layout.items.len() < 60, "{} items", layout.items.len());
        // Cluster markers take at most MARKER_LANES; a few long spans between them add some.
        assert!(layout.lanes <= MAX_LANES, "{} lanes", layout.lanes);
        let mut next = 0;
        for (i, item) in layout.items.iter().enumerate() {
            assert_eq!(item.events.start, next);
            next = item.events.end;
            assert_eq!(layout.item_of(item.events.start), i);
            assert_eq!(layout.item_of(item.events.end - 1), i);
        }
        assert_eq!(next, 10_000);
        let unclustered = StripLayout::new(&spans, axis, 960.0, 188.0, false);
        assert_eq!(unclustered.items.len(), 10_000);
        assert!(unclustered.lanes > 100);
        // The shortcut agrees with packing: a crowded spot means too many lanes.
        assert!(crowded(&spans, axis, 960.0, 188.0));
        let few = &spans[..MAX_LANES];
        assert!(!crowded(few, axis, 960.0, 188.0));
        assert!(layout_lanes(few, axis, 960.0, 188.0).lanes <= MAX_LANES);
    }

    #[test]
    fn a_layout_holds_on_wider_tracks_and_finds_what_they_show() {
        let spans = sample_spans(2_000, 9);
        let axis = Axis::covering(spans.iter().copied()).unwrap();
        let (base, card) = (4_000.0, 188.0);
        let layout = StripLayout::new(&spans, axis, base, card, true);
        for track in [base, base * 1.3, base * 1.99] {
            let mut by_lane: Vec<Vec<(f64, f64)>> = vec![Vec::new(); layout.lanes];
            for item in &layout.items {
                by_lane[item.placement.lane].push(item.placement.extent_px(track, card));
            }
            for lane in &mut by_lane {
                lane.sort_by(|a, b| a.0.total_cmp(&b.0));
                for pair in lane.windows(2) {
                    assert!(pair[0].1 <= pair[1].0, "overlap at {track}: {pair:?}");
                }
            }
            let (from, to) = (track * 0.3, track * 0.3 + 960.0);
            let found = layout.items_between(from, to, track);
            for (i, item) in layout.items.iter().enumerate() {
                let (a, b) = item.placement.extent_px(track, card);
                if b >= from && a <= to {
                    assert!(found.contains(&i), "item {i} missed at {track}");
                }
            }
        }
    }
}
