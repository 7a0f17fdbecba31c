//! Layout, clustering and the visible-window index at the sizes the app must stay fast at:
//! every check here is exact, against a plain recount, at 10,000 and 100,000 events.

use korea_timeline::core::model::event_date::{DateSpan, EventDate};
use korea_timeline::core::sample::sample_timeline::sample_spans;
use korea_timeline::core::sample::split_mix::SplitMix64;
use korea_timeline::core::strip::clusters::{cluster_events, Cluster};
use korea_timeline::core::strip::geometry::CARD_PX;
use korea_timeline::core::strip::layout::{layout_lanes, Axis, Layout, LANE_GAP_PX};
use korea_timeline::core::strip::level::{StripLayouts, MAX_LANES};
use korea_timeline::core::strip::visible_index::VisibleIndex;
use korea_timeline::core::strip::zoom::ZoomRange;

/// The app's viewport; the track runs from "fit all" to 8× zoom.
const VIEWPORT_PX: f64 = 960.0;
const TRACKS_PX: [f64; 2] = [VIEWPORT_PX, 8.0 * VIEWPORT_PX];
/// Cluster markers need this much room apart.
const MIN_CLUSTER_PX: f64 = 24.0;

fn sample(n: usize, seed: u64) -> (Vec<DateSpan>, Axis) {
    let spans = sample_spans(n, seed);
    let axis = Axis::covering(spans.iter().copied()).unwrap();
    (spans, axis)
}

/// Neighbours in every lane keep the gap, no lane is wasted (as many as the most crowded
/// moment needs), and every card stays on the track.
fn assert_packed(layout: &Layout, track_px: f64) {
    let extents: Vec<(f64, f64)> = layout
        .placements
        .iter()
        .map(|p| p.extent_px(track_px, CARD_PX))
        .collect();
    let mut by_lane: Vec<Vec<(f64, f64)>> = vec![Vec::new(); layout.lanes];
    for (p, &extent) in layout.placements.iter().zip(&extents) {
        by_lane[p.lane].push(extent);
        assert!(p.card_left >= 0.0 && p.card_left * track_px + CARD_PX <= track_px + 1e-6);
    }
    for lane in &mut by_lane {
        assert!(!lane.is_empty(), "an empty lane wastes space");
        lane.sort_by(|a, b| a.0.total_cmp(&b.0));
        for pair in lane.windows(2) {
            assert!(pair[0].1 + LANE_GAP_PX <= pair[1].0, "{pair:?} overlap");
        }
    }
    // Each extent blocks its lane until its gap has passed; ends sort before starts at a tie.
    let mut edges: Vec<(f64, i32)> = extents
        .iter()
        .flat_map(|&(start, end)| [(start, 1), (end + LANE_GAP_PX, -1)])
        .collect();
    edges.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let densest = edges
        .iter()
        .scan(0, |depth, &(_, step)| {
            *depth += step;
            Some(*depth)
        })
        .max()
        .unwrap_or(0);
    assert_eq!(layout.lanes, densest as usize);
}

/// Every event in exactly one cluster, in date order, with markers never crowding.
fn assert_conserved(clusters: &[Cluster], n: usize, track_px: f64) {
    let mut next = 0;
    for c in clusters {
        assert_eq!(c.first, next, "clusters must be contiguous");
        assert!(c.count >= 1);
        assert!(c.start <= c.last_start && c.last_start <= c.end);
        next += c.count;
    }
    assert_eq!(next, n, "cluster counts must add up to every event");
    for pair in clusters.windows(2) {
        assert!((pair[1].start - pair[0].start) * track_px >= MIN_CLUSTER_PX);
    }
    assert!(clusters.len() as f64 <= track_px / MIN_CLUSTER_PX + 1.0);
}

/// The strip at "fit all" holds every event in exactly one item, in date order, in a few
/// lanes; opening one of its biggest clusters (zooming it across half the view) puts its first
/// and last events apart.
fn assert_strip_opens(spans: &[DateSpan], axis: Axis) {
    let mut layouts = StripLayouts::new(spans.to_vec(), axis, CARD_PX);
    let fit = layouts.for_zoom(1.0, VIEWPORT_PX);
    let mut next = 0;
    for item in &fit.items {
        assert_eq!(item.events.start, next, "items must be contiguous");
        next = item.events.end;
    }
    assert_eq!(next, spans.len(), "items must hold every event");
    assert!(fit.lanes <= MAX_LANES, "{} lanes at fit all", fit.lanes);
    let range = ZoomRange::new(axis, VIEWPORT_PX);
    let mut biggest: Vec<_> = fit.items.iter().filter(|i| i.is_cluster()).collect();
    biggest.sort_by_key(|i| std::cmp::Reverse(i.events.len()));
    for cluster in biggest.into_iter().take(3) {
        let (first, last) = (cluster.events.start, cluster.events.end - 1);
        let at = |i: usize| axis.fraction(spans[i].first_day());
        let zoomed = layouts.for_zoom(range.to_fit(at(first), at(last), 0.5), VIEWPORT_PX);
        assert_ne!(
            zoomed.item_of(first),
            zoomed.item_of(last),
            "{:?} stays whole when opened",
            cluster.events
        );
    }
}

/// Random windows, and windows that start or end exactly on an extent's edge, each must find
/// exactly what a scan of every event finds.
fn assert_windows_exact(layout: &Layout, track_px: f64, windows: usize, seed: u64) {
    let index = VisibleIndex::new(&layout.placements, track_px, CARD_PX);
    let extents: Vec<(f64, f64)> = layout
        .placements
        .iter()
        .map(|p| p.extent_px(track_px, CARD_PX))
        .collect();
    let mut rng = SplitMix64::new(seed);
    let mut cases = vec![
        (0.0, track_px),
        (-500.0, -1.0),
        (track_px + 1.0, track_px + 9.0),
    ];
    for _ in 0..windows {
        let from = rng.unit() * (track_px + 400.0) - 200.0;
        cases.push((from, from + rng.unit() * VIEWPORT_PX));
        let (start, end) = extents[rng.below(extents.len() as u64) as usize];
        cases.extend([(start, start), (end, end + 50.0), (start - 50.0, start)]);
    }
    for (from, to) in cases {
        let expected: Vec<usize> = (0..extents.len())
            .filter(|&i| extents[i].0 <= to && extents[i].1 >= from)
            .collect();
        assert_eq!(index.visible(from, to), expected, "window {from}..={to}");
    }
}

fn check_at_scale(n: usize, windows: usize, seed: u64) {
    let (spans, axis) = sample(n, seed);
    for track_px in TRACKS_PX {
        let layout = layout_lanes(&spans, axis, track_px, CARD_PX);
        assert_eq!(layout.placements.len(), n);
        assert_packed(&layout, track_px);
        assert_windows_exact(&layout, track_px, windows, seed);

        let clusters = cluster_events(&spans, axis, track_px, CARD_PX, MIN_CLUSTER_PX);
        assert_conserved(&clusters, n, track_px);
    }
    assert_strip_opens(&spans, axis);
}

#[test]
fn ten_thousand_events() {
    check_at_scale(10_000, 100, 1);
}

#[test]
fn a_hundred_thousand_events() {
    check_at_scale(100_000, 5, 2);
}

#[test]
fn no_events_and_one_event() {
    let axis = Axis::years(1945, 1950);
    let empty = layout_lanes(&[], axis, VIEWPORT_PX, CARD_PX);
    assert_eq!((empty.placements.len(), empty.lanes), (0, 0));
    assert!(cluster_events(&[], axis, VIEWPORT_PX, CARD_PX, MIN_CLUSTER_PX).is_empty());
    let index = VisibleIndex::new(&empty.placements, VIEWPORT_PX, CARD_PX);
    assert!(index.visible(0.0, VIEWPORT_PX).is_empty());

    let one = [DateSpan::plain(
        EventDate::parse("1950-06-25").unwrap(),
        None,
    )];
    let layout = layout_lanes(&one, axis, VIEWPORT_PX, CARD_PX);
    assert_eq!((layout.placements[0].lane, layout.lanes), (0, 1));
    let clusters = cluster_events(&one, axis, VIEWPORT_PX, CARD_PX, MIN_CLUSTER_PX);
    assert_conserved(&clusters, 1, VIEWPORT_PX);
    let index = VisibleIndex::new(&layout.placements, VIEWPORT_PX, CARD_PX);
    assert_eq!(index.visible(0.0, VIEWPORT_PX), [0]);
}
