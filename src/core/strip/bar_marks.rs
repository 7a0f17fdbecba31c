//! How an event's bar shows what is known of its date, as the classes the stylesheet draws,
//! each by a shape as well as by shading, so it reads without colour:
//!
//! | Date | Class | Drawn |
//! |---|---|---|
//! | known to the month, season or year | `fuzzy-start`, `fuzzy-end` | faded, dashed ends |
//! | about (`~`) | `approximate` | faded ends and a "~" over the start |
//! | perhaps (`?`) | `uncertain` | a "?" over the start (both: "?~") |
//! | on or before, on or after | `before`, `after` | an open arrowhead on the open side |
//! | one of | `one-of` | a separate mark on each date, none between (`one_of_background`) |
//! | some time between | `between` | a thin line in square brackets |
//! | ongoing | `ongoing` | an open arrowhead after the end |
//! | end not known | `end-unknown` | a dotted tail after the end |

use crate::core::model::dating::Dating;
use crate::core::model::hedge::{DateKind, Look};
use crate::core::strip::fixed_point::Fixed;
use crate::core::strip::layout::Placement;

/// What a bar draws for a hedged date, beyond its days; the legend lists them in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    Approximate,
    Uncertain,
    Before,
    After,
    OneOf,
    Between,
    Ongoing,
    EndUnknown,
}

impl Mark {
    /// The marks a date's look asks for.
    pub fn of(look: Look) -> impl Iterator<Item = Mark> {
        let kind = match look.kind {
            DateKind::Plain => None,
            DateKind::Before => Some(Mark::Before),
            DateKind::After => Some(Mark::After),
            DateKind::OneOf => Some(Mark::OneOf),
            DateKind::Between => Some(Mark::Between),
            DateKind::Ongoing => Some(Mark::Ongoing),
            DateKind::EndUnknown => Some(Mark::EndUnknown),
        };
        let hedges = [
            look.is_approximate().then_some(Mark::Approximate),
            look.is_uncertain().then_some(Mark::Uncertain),
        ];
        hedges.into_iter().chain([kind]).flatten()
    }

    /// The class the stylesheet draws it by.
    pub fn class(self) -> &'static str {
        match self {
            Mark::Approximate => "approximate",
            Mark::Uncertain => "uncertain",
            Mark::Before => "before",
            Mark::After => "after",
            Mark::OneOf => "one-of",
            Mark::Between => "between",
            Mark::Ongoing => "ongoing",
            Mark::EndUnknown => "end-unknown",
        }
    }
}

/// The bar's classes: "event-bar" and what its placement says of the date.
pub fn bar_class(p: &Placement) -> String {
    let mut class = String::from("event-bar");
    let flags = [
        (p.point, "point"),
        (p.fuzzy_start, "fuzzy-start"),
        (p.fuzzy_end, "fuzzy-end"),
    ];
    let named = flags.iter().filter(|(on, _)| *on).map(|(_, name)| *name);
    for name in named.chain(Mark::of(p.look).map(Mark::class)) {
        class.push(' ');
        class.push_str(name);
    }
    class
}

/// A one-of date's bar background: a mark on each of its dates, none between, as one
/// gradient (`accent` is the colour) so the bar stays a single element. Each mark is inset
/// 4px a side, so neighbouring dates ([1949,1950]) stay clearly apart, and is at least 4px
/// wide.
/// `None` for any other date.
pub fn one_of_background(date: &Dating, accent: &str) -> Option<String> {
    let Dating::OneOf(dates) = date else {
        return None;
    };
    let span = date.span(None);
    let first = span.first_day();
    let days = (span.end_day() - first) as f64;
    let percent = |day: i64| 100.0 * (day - first) as f64 / days;
    let stops: Vec<String> = dates
        .iter()
        .map(|d| {
            let (left, right) = (percent(d.first_day()), percent(d.end_day()));
            let (from, to) = (
                format!("calc({}% + 4px)", Fixed(left, 2)),
                format!("max({}% - 4px, {}% + 8px)", Fixed(right, 2), Fixed(left, 2)),
            );
            format!("transparent {from},{accent} {from} {to},transparent {to}")
        })
        .collect();
    Some(format!("linear-gradient(90deg,{})", stops.join(",")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::strip::layout::{Axis, Placement};

    fn class(date: &str) -> String {
        let span = Dating::parse(date).unwrap().span(None);
        bar_class(&Placement::of_span(
            span,
            Axis::years(1945, 1950),
            1000.0,
            150.0,
        ))
    }

    #[test]
    fn each_kind_of_date_has_its_own_drawing() {
        assert_eq!(class("1950-06-25"), "event-bar point");
        assert_eq!(class("1949"), "event-bar fuzzy-start fuzzy-end");
        assert_eq!(
            class("1949~"),
            "event-bar fuzzy-start fuzzy-end approximate"
        );
        assert_eq!(class("1950-06-25?"), "event-bar point uncertain");
        assert_eq!(
            class("1949%"),
            "event-bar fuzzy-start fuzzy-end approximate uncertain"
        );
        assert_eq!(
            class("[..1950-03]"),
            "event-bar fuzzy-start fuzzy-end before"
        );
        assert_eq!(class("[1950-06-25..]"), "event-bar point after");
        assert_eq!(
            class("[1949,1950]"),
            "event-bar fuzzy-start fuzzy-end one-of"
        );
        assert_eq!(
            class("[1950-03..1950-05]"),
            "event-bar fuzzy-start fuzzy-end between"
        );
        assert_eq!(
            class("1950-03/.."),
            "event-bar fuzzy-start fuzzy-end ongoing"
        );
        assert_eq!(class("1950-03-01/"), "event-bar point end-unknown");
    }

    #[test]
    fn a_one_of_bar_marks_each_date_with_a_gap_between() {
        // 1948 has 366 of the three years' 1,096 days.
        let style = one_of_background(&Dating::parse("[1948,1950]").unwrap(), "A").unwrap();
        assert_eq!(
            style,
            "linear-gradient(90deg,\
             transparent calc(0.00% + 4px),A calc(0.00% + 4px) max(33.39% - 4px, 0.00% + 8px),\
             transparent max(33.39% - 4px, 0.00% + 8px),\
             transparent calc(66.70% + 4px),A calc(66.70% + 4px) max(100.00% - 4px, 66.70% + 8px),\
             transparent max(100.00% - 4px, 66.70% + 8px))"
        );
        assert_eq!(
            one_of_background(&Dating::parse("[1948..1950]").unwrap(), "A"),
            None
        );
    }
}
