#!/usr/bin/env bash
# Performance benchmark: builds the release, serves it on 127.0.0.1 with generated timelines of
# 100, 1,000 and 10,000 events, and measures it in headless Chromium (tests/bench/bench.mjs):
# on this machine unthrottled (desktop), and on an emulated phone beside TimelineJS,
# vis-timeline and a bare floor page, served with brotli and with gzip (phone).
# Prints markdown tables and writes bench-results/results.json. Missed targets are reported,
# not failures: the exit code is non-zero only when something could not be measured.
#
#   ./scripts/bench.sh                       # build, then measure
#   BENCH_SKIP_BUILD=1 ./scripts/bench.sh    # measure the existing dist/
#
# Desktop: BENCH_RUNS (5), BENCH_SIZES (100,1000,10000), BENCH_BUDGET_S (270: past it,
# timelines that already have a run get no more). Phone: BENCH_SERVERS (brotli,gzip),
# BENCH_COMPETITORS (1; 0 for ours and the floor only), BENCH_COMPARE_RUNS (3),
# BENCH_TIMEBOX_S (20: a visit slower than this is reported as timed out and not run again).
# Both: BENCH_PROFILES (desktop,phone), BENCH_SEED (1).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

if ! command -v chromium >/dev/null; then
  say "installing Debian's chromium"
  apt_install chromium
fi

if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  say "release build"
  with_wasm_std trunk build --release --offline --locked
fi
if [ ! -f dist/index.html ]; then
  echo "error: dist/index.html is missing; build first (or drop BENCH_SKIP_BUILD=1)" >&2
  exit 1
fi

SIZES="${BENCH_SIZES:-100,1000,10000}"
SEED="${BENCH_SEED:-1}"
# The phone comparison always measures 10,000 events.
GENERATE=$(printf '%s\n' ${SIZES//,/ } 10000 | sort -nu | tr '\n' ' ')
SITE=target/bench-site
rm -rf "$SITE"
mkdir -p "$SITE"
cp -r dist "$SITE/timeline"
# The generated timelines live only in the served tree, never in the repository.
mkdir -p "$SITE/timeline/bench"
say "generating timelines of ${GENERATE% } events (seed $SEED)"
for n in $GENERATE; do
  cargo run --release --quiet --locked --bin generate-timeline -- "$n" "$SEED" \
    >"$SITE/timeline/bench/events-$n.json"
done

say "measuring in headless Chromium"
node tests/bench/bench.mjs --root "$SITE" --out bench-results/results.json \
  --runs "${BENCH_RUNS:-5}" --sizes "$SIZES" --budget "${BENCH_BUDGET_S:-270}"
