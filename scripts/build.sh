#!/usr/bin/env bash
# Builds the static site into dist/ (release, size-optimised, wasm-opt applied).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh" "$@"
with_wasm_std trunk build --release --offline --locked
