#!/usr/bin/env bash
# Serves the app at http://127.0.0.1:8080, installing whatever is missing first, and rebuilds
# it when a file changes (reload the page by hand). Auto-reload is off: its injected websocket
# script would break the page's strict Content-Security-Policy.
#
#   ./scripts/serve.sh         # the release build, as shipped (size-optimised, wasm-opt)
#   ./scripts/serve.sh --dev   # a debug build without wasm-opt: a few seconds per edit
#
# Other arguments go to `trunk serve`. Both builds put the site in dist/.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
profile=(--release)
if [ "${1:-}" = "--dev" ]; then
  shift
  # Trunk's non-release build: cargo's dev profile, no wasm-opt, HTML, CSS and JS glue not
  # minified (the post-build hooks see TRUNK_PROFILE=debug), the same rustflags and std.
  profile=()
fi
exec env "${WASM_STD_ENV[@]}" trunk serve "${profile[@]}" --offline --locked --no-autoreload "$@"
