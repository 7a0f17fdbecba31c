//! The strip in Korean: its summary, legend, time axis, clusters and evidence lane.

use korea_timeline::core::model::event_date::{DateSpan, EventDate};
use korea_timeline::core::strip::bar_marks::Mark;
use korea_timeline::core::strip::clusters::cluster_dates;
use korea_timeline::core::strip::layout::Axis;
use korea_timeline::core::strip::legend::mark_label;
use korea_timeline::core::strip::summary::strip_summary;
use korea_timeline::core::strip::ticks::ticks_between;

use super::korea;

#[test]
fn the_summary_counts_events_as_korean_counts_them() {
    let mut timeline = korea();
    assert_eq!(strip_summary(&timeline), "사건 11건, 1945년 ~ 1950년");
    timeline.events.truncate(1);
    assert_eq!(strip_summary(&timeline), "사건 1건, 1945년");
}

#[test]
fn the_legend_explains_each_mark_in_korean() {
    assert_eq!(mark_label(Mark::Approximate), "~ 경: 대략의 날짜");
    assert_eq!(mark_label(Mark::EndUnknown), "점선 끝: 끝난 시기 미상");
}

fn labels(axis: Axis, track_px: f64) -> Vec<String> {
    ticks_between(axis, track_px, 0.0, track_px)
        .into_iter()
        .map(|t| t.label)
        .collect()
}

#[test]
fn the_axis_marks_years_months_and_days_in_korean() {
    let years = labels(Axis::years(1945, 1950), 1_000.0);
    assert!(years.contains(&"1946년".to_string()), "{years:?}");
    let months = labels(Axis::years(1950, 1950), 2_000.0);
    assert!(months.contains(&"3월".to_string()), "{months:?}");
    assert!(months.contains(&"1950년".to_string()), "{months:?}");
    let days = labels(Axis::years(1950, 1950), 100_000.0);
    assert!(days.contains(&"1950년 6월".to_string()), "{days:?}");
    assert!(!days.iter().any(|l| l.contains("Jun")), "{days:?}");
}

#[test]
fn deep_time_is_counted_in_man_and_eok() {
    let labels = labels(Axis::years(-13_800_000_000, 1950), 1_000.0);
    assert!(labels.iter().any(|l| l.ends_with("억 년 전")), "{labels:?}");
}

#[test]
fn a_cluster_names_its_dates_in_korean() {
    let day = |day| EventDate::Day {
        year: 1950,
        month: 1,
        day,
    };
    let spans = [
        DateSpan::plain(day(12), None),
        DateSpan::plain(day(30), None),
    ];
    assert_eq!(cluster_dates(&spans, 0..2), "1950년 1월 12~30일");
    let years = [
        DateSpan::plain(EventDate::Year { year: 1917 }, None),
        DateSpan::plain(EventDate::Year { year: 1920 }, None),
    ];
    assert_eq!(cluster_dates(&years, 0..2), "1917년 ~ 1920년");
}

#[test]
fn the_evidence_lane_says_in_korean_where_each_date_is_stated() {
    let timeline = korea();
    let axis = Axis::for_timeline(&timeline);
    let marks = korea_timeline::core::strip::evidence::evidence_marks(&timeline, axis);
    assert!(!marks.is_empty());
    for mark in &marks {
        assert!(
            mark.stated_by.starts_with("본문에 적힌 내용: “")
                || mark.stated_by.starts_with("각주 ["),
            "{}",
            mark.stated_by
        );
        assert!(mark.date_label.contains('년'), "{}", mark.date_label);
    }
}
