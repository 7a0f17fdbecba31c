#!/usr/bin/env bash
# Runs the reader's journeys (tests/engines/journeys.mjs) in Firefox ESR and WebKitGTK, against
# the site scripts/test.sh has already laid out in target/site (the release build under
# /timeline/, the host page under /host/): it builds nothing. Starts an Xvfb display per engine,
# WebKitWebDriver and the static server (127.0.0.1 only), runs node's test runner, and stops all
# it started. Exits non-zero if any journey fails. Screenshots: target/engine-screenshots/.
# Arguments go to `node --test`, e.g. --test-name-pattern=keyboard.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

MINIBROWSER=/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
# Fixed, as in the Playwright suite: tests/e2e/host/lesson.html frames the app from localhost:4174.
PORT=4173
for tool in Xvfb xdotool firefox-esr WebKitWebDriver node; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (scripts/setup.sh --tests installs it)" >&2; exit 1; }
done
[ -x "$MINIBROWSER" ] || { echo "run.sh: $MINIBROWSER is missing (Debian's webkit2gtk-driver)" >&2; exit 1; }
[ -f target/site/timeline/index.html ] && [ -f target/site/host/lesson.html ] || {
  echo "run.sh: no site in target/site: scripts/test.sh lays it out after its release build" >&2
  exit 1
}

PIDS=()
WORK=$(mktemp -d)
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# A display of its own for each engine, numbered by Xvfb itself (-displayfd), so xdotool's
# keys reach Firefox alone and no running display is taken over. Sets DISPLAY_STARTED.
start_display() {
  local out="$WORK/display-$1"
  Xvfb -displayfd 3 -screen 0 1920x1200x24 -nolisten tcp 3>"$out" 2>"$WORK/xvfb-$1.log" &
  PIDS+=($!)
  for _ in $(seq 100); do
    if [ -s "$out" ]; then
      DISPLAY_STARTED=":$(head -n1 "$out")"
      return
    fi
    sleep 0.1
  done
  echo "run.sh: Xvfb did not start: $(cat "$WORK/xvfb-$1.log")" >&2
  exit 1
}
# Waits until something answers HTTP on URL.
await_http() {
  for _ in $(seq 100); do
    curl -s -o /dev/null "$1" && return
    sleep 0.1
  done
  echo "run.sh: nothing answers on $1" >&2
  exit 1
}
free_port() {
  node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"
}

start_display firefox
FIREFOX_DISPLAY=$DISPLAY_STARTED
start_display webkit
WEBKIT_DISPLAY=$DISPLAY_STARTED

WEBKIT_PORT=$(free_port)
DISPLAY=$WEBKIT_DISPLAY WebKitWebDriver --host=127.0.0.1 --port="$WEBKIT_PORT" >"$WORK/webkitdriver.log" 2>&1 &
PIDS+=($!)

for port in "$PORT" "$((PORT + 1))"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "run.sh: something already answers on 127.0.0.1:$port; stop it first" >&2
    exit 1
  fi
done
PORT=$PORT node tests/engines/serve.mjs >"$WORK/serve.log" 2>&1 &
PIDS+=($!)
await_http "http://127.0.0.1:$PORT/timeline/"
await_http "http://127.0.0.1:$((PORT + 1))/timeline/"
await_http "http://127.0.0.1:$WEBKIT_PORT/status"

printf '==> %s\n' "Firefox and WebKit journeys (tests/engines; screenshots in target/engine-screenshots/)"
rm -rf target/engine-screenshots
status=0
FIREFOX_DISPLAY=$FIREFOX_DISPLAY WEBKIT_DRIVER_URL="http://127.0.0.1:$WEBKIT_PORT" ENGINE_PORT=$PORT \
  PUPPETEER_SKIP_DOWNLOAD=1 MINIBROWSER_BIN=$MINIBROWSER \
  node --test --test-reporter=spec --test-concurrency=2 \
  "$@" tests/engines/firefox.test.mjs tests/engines/webkit.test.mjs || status=$?
if [ "$status" -ne 0 ] && [ -s "$WORK/webkitdriver.log" ]; then
  echo "--- WebKitWebDriver log (last lines)" >&2
  tail -n 20 "$WORK/webkitdriver.log" >&2 || true
fi
exit "$status"
