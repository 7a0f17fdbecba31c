#!/usr/bin/env bash
# Installs what building (and, with --tests, testing) needs on a Debian machine, from package
# registries only: crates.io, npm and Debian. Anything already at the right version is skipped.
# Source it (`. scripts/setup.sh [--tests]`) so the PATH it sets carries on.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

TRUNK_VERSION=0.21.14
# The CLI must match the wasm-bindgen crate in Cargo.lock exactly, or Trunk tries to download it.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

say() { printf '==> %s\n' "$*"; }

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ -z "${APT_UPDATED:-}" ]; then
    $sudo apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

if ! command -v cargo >/dev/null; then
  echo "Rust is not installed. Install rustup (https://rustup.rs or Debian's rustup package) and run again." >&2
  exit 1
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! rustup component list --installed | grep -q '^rust-src'; then
  say "adding the rust-src component (the Wasm build compiles the standard library)"
  rustup component add rust-src
fi
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION from crates.io (about 10 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 4 minutes, once)"
  # Not --locked: its lock file names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
if ! command -v npm >/dev/null; then
  say "installing Node.js and npm from Debian"
  apt_install nodejs npm
fi
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (wasm-opt from binaryen, esbuild; Playwright and axe-core, no browser download)"
  npm ci --no-audit --no-fund --loglevel=error
fi
if [ "${1:-}" = "--tests" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    apt_install chromium chromium-driver
  fi
  if ! command -v python3 >/dev/null; then
    apt_install python3
  fi
fi
# Trunk's Wasm builds compile Rust's standard library along with the app, so that a panic
# aborts at once: no panic messages or formatting code in the download (23 KB of 243 KB
# brotli), and optimize_for_size picks std's smaller code. These cargo and rustc options are
# unstable, which the stable toolchain allows with RUSTC_BOOTSTRAP=1; only these builds get
# them. index.html reports the abort (a RuntimeError) in the page. `erase_components` makes
# Leptos type-erase each component's view, so the views share code instead of each being
# compiled for its own nested type: 11 KB less brotli, start-up and clicks as fast.
WASM_STD_ENV=(
  RUSTC_BOOTSTRAP=1
  "CARGO_UNSTABLE_BUILD_STD=std panic_abort"
  CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS=-Zunstable-options -Cpanic=immediate-abort --cfg erase_components"
)
cargo fetch --locked --target wasm32-unknown-unknown >/dev/null
# The standard library's own dependencies, for the offline Wasm builds.
env "${WASM_STD_ENV[@]}" cargo fetch --locked --target wasm32-unknown-unknown >/dev/null
