//! Labelled marks along the time axis, as fine as the zoom leaves room for: years ago in deep
//! time, centuries or decades zoomed out, then years, months and days. Only the marks in the
//! stretch being drawn are made, so a track a million pixels wide costs no more than the view.

use crate::core::model::event_date::{civil_date, day_number, days_in_month, Year};
use crate::core::model::local_date_words::{month_mark, month_start_mark, year_words};
#[cfg(not(any(feature = "korean", feature = "every-language")))]
use crate::core::strip::deep_time::years_ago;
#[cfg(feature = "every-language")]
use crate::core::strip::deep_time::years_ago_chosen as years_ago;
#[cfg(all(feature = "korean", not(feature = "every-language")))]
use crate::core::strip::deep_time::years_ago_korean as years_ago;
use crate::core::strip::deep_time::{DEEP_TIME_STEP, PRESENT};
use crate::core::strip::layout::Axis;

/// A labelled mark at `fraction` of the track (0 = left edge, 1 = right edge).
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub fraction: f64,
    pub label: String,
    /// Marks the next larger unit: a decade among years, a year among months, a month among
    /// days. Drawn stronger.
    pub major: bool,
}

/// The spacing of the marks: every `n` days, months or years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickUnit {
    Days(u8),
    Months(u8),
    Years(Year),
}

const DAYS_PER_MONTH: f64 = 30.436_875;
/// Room a label needs: per character, and between one label and the next.
const LABEL_CHAR_PX: f64 = 8.0;
const LABEL_GAP_PX: f64 = 12.0;

fn label_px(chars: usize) -> f64 {
    chars as f64 * LABEL_CHAR_PX + LABEL_GAP_PX
}

impl TickUnit {
    /// The finest spacing whose labels fit: days ("15") while a day has room, then months
    /// ("Apr"), then round numbers of years, as wide as the axis's longest year label, and
    /// from 10,000 years apart as wide as its longest label in years ago.
    pub fn for_zoom(axis: Axis, track_px: f64) -> TickUnit {
        let px_per_day = track_px / axis.days() as f64;
        for step in [1, 2, 5] {
            if px_per_day * f64::from(step) >= label_px(2) {
                return TickUnit::Days(step);
            }
        }
        let px_per_month = px_per_day * DAYS_PER_MONTH;
        for step in [1, 3, 6] {
            if px_per_month * f64::from(step) >= label_px(3) {
                return TickUnit::Months(step);
            }
        }
        let (from, to) = (civil_date(axis.first_day).0, civil_date(axis.end_day - 1).0);
        let chars = [from, to]
            .map(|y| year_words(y).chars().count())
            .into_iter()
            .max()
            .unwrap_or(4);
        let px_per_year = px_per_month * 12.0;
        let step = year_step(px_per_year, label_px(chars));
        if step < DEEP_TIME_STEP {
            return TickUnit::Years(step);
        }
        let farthest = (PRESENT - from).abs().max((PRESENT - to).abs());
        TickUnit::Years(deep_step(px_per_year, farthest))
    }
}

/// The marks of `axis` on a track `track_px` wide that fall between `from_px` and `to_px`.
pub fn ticks_between(axis: Axis, track_px: f64, from_px: f64, to_px: f64) -> Vec<Tick> {
    if !(track_px > 0.0 && from_px <= to_px) {
        return Vec::new();
    }
    let day_at = |px: f64| axis.first_day + (px / track_px * axis.days() as f64).floor() as i64;
    let first = day_at(from_px.max(0.0)).max(axis.first_day);
    let last = day_at(to_px.min(track_px)).min(axis.end_day - 1);
    let mut ticks = Vec::new();
    let mut push = |day: i64, label: String, major: bool| {
        if (first..=last).contains(&day) {
            ticks.push(Tick {
                fraction: axis.fraction(day),
                label,
                major,
            });
        }
    };
    let (year, month, _) = civil_date(first);
    let px_per_day = track_px / axis.days() as f64;
    match TickUnit::for_zoom(axis, track_px) {
        TickUnit::Days(step) => {
            let (mut year, mut month) = (year, month);
            while day_number(year, month, 1) <= last {
                let length = days_in_month(year, month);
                for day in (1..=length).step_by(usize::from(step)) {
                    // Days leave room for the month's own label ("Jun 1950") and need a
                    // whole step before the month ends, or their labels would collide.
                    let crowded =
                        f64::from(day - 1) * px_per_day < label_px(8) || day + step - 1 > length;
                    if day > 1 && crowded {
                        continue;
                    }
                    let label = if day == 1 {
                        month_start_mark(year, month)
                    } else {
                        day.to_string()
                    };
                    push(day_number(year, month, day), label, day == 1);
                }
                (year, month) = if month == 12 {
                    (year + 1, 1)
                } else {
                    (year, month + 1)
                };
            }
        }
        TickUnit::Months(step) => {
            let mut year = year;
            while day_number(year, 1, 1) <= last {
                for month in (1..=12).step_by(usize::from(step)) {
                    let label = if month == 1 {
                        year_words(year)
                    } else {
                        month_mark(month)
                    };
                    push(day_number(year, month, 1), label, month == 1);
                }
                year += 1;
            }
        }
        TickUnit::Years(step) => {
            let major = major_every(step);
            // Deep-time marks are round numbers of years before the present; others, of years.
            let origin = if step >= DEEP_TIME_STEP { PRESENT } else { 0 };
            let label = |year| match origin {
                0 => year_words(year),
                _ => years_ago(origin - year),
            };
            let mut year = origin + (year - origin).div_euclid(step) * step;
            while day_number(year, 1, 1) <= last {
                let major = (year - origin).rem_euclid(major) == 0;
                push(day_number(year, 1, 1), label(year), major);
                year += step;
            }
        }
    }
    ticks
}

/// The smallest round number of years (1, 2, 5, 10, 20, 50…) that leaves `label_px` between
/// marks; at most a hundred billion, which thins even the widest possible axis to a few marks.
fn year_step(px_per_year: f64, label_px: f64) -> Year {
    round_step(1, |step| px_per_year * step as f64 >= label_px)
}

/// The smallest round number of years from 10,000 on whose labels in years ago fit, on marks
/// reaching `farthest` years from the present. Of two neighbouring marks near the farthest,
/// one has as many decimals as any ("13.795 billion years ago" on marks 5 million apart).
fn deep_step(px_per_year: f64, farthest: Year) -> Year {
    round_step(DEEP_TIME_STEP, |step| {
        let near = farthest / step * step;
        let chars = [near, near - step].map(|ago| years_ago(ago).len());
        px_per_year * step as f64 >= label_px(chars[0].max(chars[1]))
    })
}

/// The first of `smallest`'s round multiples (×1, ×2, ×5, ×10, ×20…) that `fits`; at most a
/// hundred billion.
fn round_step(smallest: Year, fits: impl Fn(Year) -> bool) -> Year {
    let mut magnitude = smallest;
    while magnitude < 100_000_000_000 {
        for step in [magnitude, magnitude * 2, magnitude * 5] {
            if fits(step) {
                return step;
            }
        }
        magnitude *= 10;
    }
    magnitude
}

/// Years marked every 1, 2 or 5 stress the decades; every 10, 20 or 50 the centuries.
fn major_every(step: Year) -> Year {
    let mut power = 10;
    while power <= step && power < 100_000_000_000 {
        power *= 10;
    }
    power
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::event_date::MAX_YEAR;

    fn labels(ticks: &[Tick]) -> Vec<&str> {
        ticks.iter().map(|t| t.label.as_str()).collect()
    }

    #[test]
    fn zooming_in_goes_from_decades_to_years_months_and_days() {
        let century = Axis::years(1900, 1999);
        let units: Vec<TickUnit> = [480.0, 5_000.0, 96_000.0, 1_100_000.0]
            .map(|track| TickUnit::for_zoom(century, track))
            .into();
        assert_eq!(
            units,
            [
                TickUnit::Years(10),
                TickUnit::Years(1),
                TickUnit::Months(1),
                TickUnit::Days(1)
            ]
        );
        let decades = ticks_between(century, 480.0, 0.0, 480.0);
        assert_eq!(decades.len(), 10);
        assert_eq!(decades[0].label, "1900");
        assert!(decades[0].major && !decades[1].major);
        let years = ticks_between(century, 5_000.0, 0.0, 5_000.0);
        assert_eq!(years.len(), 100);
        assert!(years[10].major && !years[11].major);
    }

    #[test]
    fn months_and_days_carry_the_larger_unit_as_a_major_mark() {
        let axis = Axis::years(1945, 1950);
        let months = ticks_between(axis, 3000.0, 0.0, 3000.0);
        assert_eq!(months.len(), 72);
        assert_eq!(labels(&months[..3]), ["1945", "Feb", "Mar"]);
        assert!(months[0].major && !months[1].major);
        let quarters = ticks_between(axis, 1200.0, 0.0, 1200.0);
        assert_eq!(labels(&quarters[..3]), ["1945", "Apr", "Jul"]);

        // A day is 40 px: every day is labelled, and the 1st by month and year.
        let track = axis.days() as f64 * 40.0;
        let june = axis.fraction(day_number(1950, 6, 1)) * track;
        let days = ticks_between(axis, track, june + 0.5, june + 40.0 * 30.0);
        assert_eq!(days[0].label, "Jun 1950");
        assert!(days[0].major);
        assert_eq!(labels(&days[1..4]), ["3", "4", "5"]);
        assert_eq!(days.len(), 30);
    }

    #[test]
    fn only_the_drawn_stretch_is_marked_and_marks_stay_apart() {
        let axis = Axis::years(1900, 1999);
        for track in [960.0, 5_000.0, 40_000.0, 200_000.0, 1_460_000.0] {
            let ticks = ticks_between(axis, track, track / 2.0, track / 2.0 + 960.0);
            assert!(!ticks.is_empty(), "no marks at {track}");
            assert!(
                ticks.len() <= 960 / 28 + 1,
                "{} marks at {track}",
                ticks.len()
            );
            for pair in ticks.windows(2) {
                let gap = (pair[1].fraction - pair[0].fraction) * track;
                assert!(gap >= 28.0 - 1e-6, "marks {gap} px apart at {track}");
            }
            for t in &ticks {
                let px = t.fraction * track;
                assert!(px >= track / 2.0 - 1.0 && px <= track / 2.0 + 961.0);
            }
        }
        assert!(ticks_between(axis, 960.0, 500.0, 100.0).is_empty());
    }

    #[test]
    fn short_months_skip_a_crowded_last_mark() {
        // Every 5 days: room after "Feb 1950", and February ends at 21, not at 26 beside
        // 1 March.
        let axis = Axis::years(1950, 1950);
        let track = axis.days() as f64 * 6.0;
        let feb = axis.fraction(day_number(1950, 2, 1)) * track;
        let ticks = ticks_between(axis, track, feb, feb + 28.0 * 6.0);
        assert_eq!(TickUnit::for_zoom(axis, track), TickUnit::Days(5));
        assert_eq!(labels(&ticks), ["Feb 1950", "16", "21", "Mar 1950"]);
    }

    #[test]
    fn long_spans_get_round_thinned_years_and_bce_labels() {
        let axis = Axis::years(-3000, 1999);
        let ticks = ticks_between(axis, 1000.0, 0.0, 1000.0);
        assert_eq!(ticks.len(), 10);
        let all = labels(&ticks);
        assert_eq!(all[..3], ["3001 BCE", "2501 BCE", "2001 BCE"]);
        assert!(all.contains(&"1 BCE") && all.contains(&"1500"));
        assert!(ticks.windows(2).all(|w| w[0].fraction < w[1].fraction));

        let widest = Axis::years(-MAX_YEAR, MAX_YEAR);
        let ticks = ticks_between(widest, 1200.0, 0.0, 1200.0);
        assert_eq!(
            labels(&ticks),
            [
                "100 billion years ago",
                "50 billion years ago",
                "present",
                "in 50 billion years"
            ]
        );
        assert_eq!(year_step(44.0, 44.0), 1);
        assert_eq!(year_step(10.0, 44.0), 5);
        assert_eq!(year_step(0.05, 44.0), 1000);
        assert_eq!(year_step(0.0, 44.0), 100_000_000_000);
    }

    #[test]
    fn deep_time_is_marked_in_years_ago_with_room_for_each_label() {
        let sapiens = Axis::years(-299_999, 2000);
        let ticks = ticks_between(sapiens, 1200.0, 0.0, 1200.0);
        assert_eq!(
            labels(&ticks)[..2],
            ["300 thousand years ago", "250 thousand years ago"]
        );
        assert_eq!(labels(&ticks).last(), Some(&"present"));

        let cosmos = Axis::years(-13_799_999_999, 2000);
        let ticks = ticks_between(cosmos, 1200.0, 0.0, 1200.0);
        assert_eq!(
            labels(&ticks)[..2],
            ["12 billion years ago", "10 billion years ago"]
        );
        let majors: Vec<&str> = ticks
            .iter()
            .filter(|t| t.major)
            .map(|t| t.label.as_str())
            .collect();
        assert_eq!(majors, ["10 billion years ago", "present"]);
        for track in [1_200.0, 12_000.0, 1_200_000.0, 120_000_000.0] {
            let ticks = ticks_between(cosmos, track, 0.0, 1_200.0);
            assert!(ticks.len() >= 2, "{track}: {:?}", labels(&ticks));
            for pair in ticks.windows(2) {
                let gap = (pair[1].fraction - pair[0].fraction) * track;
                assert!(
                    gap >= label_px(pair[0].label.len()),
                    "{track}: {:?}",
                    labels(&ticks)
                );
            }
        }
        let deep = ticks_between(cosmos, 1_200_000.0, 0.0, 1_200.0);
        assert_eq!(
            labels(&deep)[..2],
            ["13.8 billion years ago", "13.795 billion years ago"]
        );
    }

    #[test]
    fn civil_dates_round_trip() {
        for day in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_date(day);
            assert_eq!(day_number(y, m, d), day);
        }
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(day_number(1950, 6, 25)), (1950, 6, 25));
    }
}
