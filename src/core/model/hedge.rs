//! How a date is hedged, as historians hedge it: about (circa), perhaps, before or after a
//! date, one of a few dates, some time between two, or from a date with an end still going
//! on or not known. The strip draws each so it reads at a glance; the words are
//! `date_words`'s.

/// What EDTF (ISO 8601-2) writes after a date: `~` about, `?` perhaps, `%` both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Hedge {
    #[default]
    Sure,
    Approximate,
    Uncertain,
    Both,
}

impl Hedge {
    /// The hedge a trailing character marks, if it is one.
    pub fn of_mark(mark: u8) -> Option<Hedge> {
        match mark {
            b'~' => Some(Hedge::Approximate),
            b'?' => Some(Hedge::Uncertain),
            b'%' => Some(Hedge::Both),
            _ => None,
        }
    }

    /// The character written after the date; none for a sure date.
    pub fn mark(self) -> &'static str {
        match self {
            Hedge::Sure => "",
            Hedge::Approximate => "~",
            Hedge::Uncertain => "?",
            Hedge::Both => "%",
        }
    }

    pub fn is_approximate(self) -> bool {
        matches!(self, Hedge::Approximate | Hedge::Both)
    }

    pub fn is_uncertain(self) -> bool {
        matches!(self, Hedge::Uncertain | Hedge::Both)
    }
}

/// What kind of date a span is, beyond its days.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DateKind {
    /// A date, or a date and its end.
    #[default]
    Plain,
    /// On or before the date: `[..1950-03]`.
    Before,
    /// On or after the date: `[1949-06..]`.
    After,
    /// One of the dates listed: `[1949,1950]`.
    OneOf,
    /// Some time from the first date through the second: `[1950-03..1950-05]`.
    Between,
    /// From the date, and still going on: `1950-03/..`.
    Ongoing,
    /// From the date, to an end nobody knows: `1950-03/`.
    EndUnknown,
}

/// What a span's drawing must show besides its days: its kind and each end's hedge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Look {
    pub kind: DateKind,
    pub start: Hedge,
    pub end: Hedge,
}

impl Look {
    pub fn is_approximate(self) -> bool {
        self.start.is_approximate() || self.end.is_approximate()
    }

    pub fn is_uncertain(self) -> bool {
        self.start.is_uncertain() || self.end.is_uncertain()
    }
}
