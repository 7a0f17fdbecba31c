//! Generated timelines of any size for the benchmark and the scale tests, from a seeded
//! generator so every run sees the same events. Nothing in the app depends on it.

pub mod sample_timeline;
pub mod split_mix;
