#!/usr/bin/env bash
# Serves the app at http://127.0.0.1:8080, installing whatever is missing first. Auto-reload is
# off: its injected websocket script would break the page's strict Content-Security-Policy.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec env "${WASM_STD_ENV[@]}" trunk serve --release --offline --locked --no-autoreload "$@"
