#!/usr/bin/env bash
# Performance benchmark: builds the release, serves it on 127.0.0.1 with generated timelines of
# 100, 1,000 and 10,000 events, and measures it in headless Chromium (tests/bench/bench.mjs).
# Prints markdown tables and writes bench-results/results.json. Missed targets are reported,
# not failures: the exit code is non-zero only when something could not be measured.
#
#   ./scripts/bench.sh                       # build, then measure (median of 5 runs)
#   BENCH_SKIP_BUILD=1 ./scripts/bench.sh    # measure the existing dist/
#
# Also: BENCH_RUNS (5), BENCH_SIZES (100,1000,10000), BENCH_SEED (1), BENCH_PORT (a free one),
# BENCH_BUDGET_S (270: past it, timelines that already have a run get no more).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

if ! command -v chromium >/dev/null; then
  say "installing Debian's chromium"
  apt_install chromium
fi
if ! command -v python3 >/dev/null; then
  apt_install python3
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
SITE=target/bench-site
rm -rf "$SITE"
mkdir -p "$SITE"
cp -r dist "$SITE/timeline"
# The generated timelines live only in the served tree, never in the repository.
mkdir -p "$SITE/timeline/bench"
say "generating timelines of ${SIZES//,/, } events (seed $SEED)"
for n in ${SIZES//,/ }; do
  cargo run --release --quiet --locked --bin generate-timeline -- "$n" "$SEED" \
    >"$SITE/timeline/bench/events-$n.json"
done

if [ -n "${BENCH_PORT:-}" ]; then
  PORT="$BENCH_PORT"
else
  PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
fi
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$SITE" >"$SITE.log" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
URL="http://127.0.0.1:$PORT/timeline/"
for attempt in $(seq 1 100); do
  if python3 -c "import urllib.request, sys; urllib.request.urlopen(sys.argv[1], timeout=1)" "$URL" 2>/dev/null; then
    break
  fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null || [ "$attempt" -eq 100 ]; then
    echo "error: the web server did not start on port $PORT:" >&2
    cat "$SITE.log" >&2
    exit 1
  fi
  sleep 0.1
done

say "measuring $URL in headless Chromium"
node tests/bench/bench.mjs --url "$URL" --site "$SITE/timeline" --out bench-results/results.json \
  --runs "${BENCH_RUNS:-5}" --sizes "$SIZES" --budget "${BENCH_BUDGET_S:-270}"
