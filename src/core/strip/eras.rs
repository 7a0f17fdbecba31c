//! Eras as background bands of the strip: where each starts and how wide it is, as fractions
//! of the track, and how the legend names them.

use crate::core::model::local_date_words::span as span_words;
use crate::core::model::timeline::Timeline;
use crate::core::strip::layout::Axis;
use crate::locale::strip;

/// One era's band.
#[derive(Clone, Debug, PartialEq)]
pub struct EraBand {
    pub label: String,
    /// Where the band starts, as a fraction of the track.
    pub left: f64,
    /// How wide it is, as a fraction of the track.
    pub width: f64,
}

impl EraBand {
    /// Left edge and width in pixels on a track `track_px` wide.
    pub fn px(&self, track_px: f64) -> (f64, f64) {
        (self.left * track_px, self.width * track_px)
    }
}

/// Every era of `timeline` placed on `axis`.
pub fn era_bands(timeline: &Timeline, axis: Axis) -> Vec<EraBand> {
    timeline
        .eras
        .iter()
        .map(|era| {
            let span = era.span();
            let left = axis.fraction(span.first_day());
            EraBand {
                label: era.label.clone(),
                left,
                width: axis.fraction(span.end_day()) - left,
            }
        })
        .collect()
}

/// "Eras: Roman Republic (509 BCE – 27 BCE); …", or `None` without eras.
pub fn era_names(timeline: &Timeline) -> Option<String> {
    let names: Vec<String> = timeline
        .eras
        .iter()
        .map(|era| format!("{} ({})", era.label, span_words(era.span())))
        .collect();
    (!names.is_empty()).then(|| strip::eras(names.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::import::detect::load_any;

    #[test]
    fn bands_lie_on_the_axis_and_the_legend_names_them_with_their_dates() {
        let json = include_str!("../../../tests/fixtures/timelinejs-good.json");
        let timeline = load_any(json).expect("the fixture loads").timeline;
        let axis = Axis::for_timeline(&timeline);
        let bands = era_bands(&timeline, axis);
        assert_eq!(bands.len(), timeline.eras.len());
        assert!(!bands.is_empty(), "the fixture has eras");
        for (band, era) in bands.iter().zip(&timeline.eras) {
            assert!((0.0..=1.0).contains(&band.left) && band.width > 0.0);
            assert!(band.left + band.width <= 1.0 + 1e-9);
            assert_eq!(band.label, era.label);
        }
        let (left, width) = bands[0].px(1000.0);
        assert!((left - bands[0].left * 1000.0).abs() < 1e-9 && width > 0.0);
        let names = era_names(&timeline).expect("eras are named");
        assert!(names.starts_with("Eras: ") && names.contains(&timeline.eras[0].label));
        let mut none = timeline;
        none.eras.clear();
        assert_eq!(era_names(&none), None);
    }
}
