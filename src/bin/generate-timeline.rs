//! Writes a synthetic "essay-timeline/1" file of any size, for trying the app at scale:
//! `cargo run --release --bin generate-timeline -- 10000 [SEED] > big.json`.

use std::io::{self, Write};
use std::process::ExitCode;

use korea_timeline::core::sample::sample_timeline::sample_timeline;

/// The event count (at least one, or the file is invalid) and the seed (1 unless given).
fn parse_args(args: &[String]) -> Option<(usize, u64)> {
    let n = args.first()?.parse().ok().filter(|&n| n > 0)?;
    let seed = match args.get(1) {
        Some(seed) => seed.parse().ok()?,
        None => 1,
    };
    (args.len() <= 2).then_some((n, seed))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((n, seed)) = parse_args(&args) else {
        eprintln!("usage: generate-timeline EVENTS [SEED]  (EVENTS ≥ 1, SEED defaults to 1)");
        return ExitCode::from(2);
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    // Compact, so 10,000 events (about 3.5 MB) fit the app’s 5 MiB file limit.
    let written = serde_json::to_writer(&mut out, &sample_timeline(n, seed))
        .map_err(io::Error::from)
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush());
    if let Err(e) = written {
        eprintln!("generate-timeline: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
