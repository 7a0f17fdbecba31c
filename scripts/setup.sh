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

if ! command -v rustup >/dev/null; then
  echo "Rust is not installed. Install rustup (https://rustup.rs or Debian's rustup package) and run again." >&2
  exit 1
fi
# The compiler rust-toolchain.toml pins, with its components and target. rustup 1.28 and later
# no longer install it on first use, so install it here when anything of it is missing.
toolchain_field() { sed -n "s/^$1 *= *//p" rust-toolchain.toml | tr -d '[]" '; }
TOOLCHAIN=$(toolchain_field channel)
TOOLCHAIN_COMPONENTS=$(toolchain_field components)
TOOLCHAIN_TARGETS=$(toolchain_field targets)
toolchain_complete() {
  local installed
  installed=$(rustup component list --installed --toolchain "$TOOLCHAIN" 2>/dev/null) || return 1
  local item
  for item in ${TOOLCHAIN_COMPONENTS//,/ }; do
    grep -Eq "^$item(-|\$)" <<<"$installed" || return 1
  done
  for item in ${TOOLCHAIN_TARGETS//,/ }; do
    grep -qx "rust-std-$item" <<<"$installed" || return 1
  done
}
if ! toolchain_complete; then
  say "installing the Rust toolchain $TOOLCHAIN (components $TOOLCHAIN_COMPONENTS; target $TOOLCHAIN_TARGETS)"
  rustup toolchain install "$TOOLCHAIN" --profile "$(toolchain_field profile)" \
    --component "$TOOLCHAIN_COMPONENTS" --target "$TOOLCHAIN_TARGETS"
fi
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION from crates.io (about 10 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 4 minutes, once)"
  # Not --locked: its lock file names a crate version the registry no longer serves. With the
  # stable toolchain: the pinned nightly's cargo still holds to that version and fails.
  rustup toolchain list | grep -q '^stable' || rustup toolchain install stable --profile minimal
  cargo +stable install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
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
  # Firefox and WebKitGTK (MiniBrowser comes with WebKitWebDriver) for tests/engines/run.sh.
  if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null ||
    ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
    say "installing Debian's firefox-esr, webkit2gtk-driver, xvfb and xdotool"
    apt_install firefox-esr webkit2gtk-driver xvfb xdotool
  fi
  # pdftotext reads back the printed handout (tests/e2e/print.spec.ts).
  if ! command -v pdftotext >/dev/null; then
    say "installing Debian's poppler-utils"
    apt_install poppler-utils
  fi
fi
# Every Wasm build (Trunk's, and the wasm lint in scripts/test.sh) compiles Rust's standard
# library along with the app: the rustflags in .cargo/config.toml make a panic abort at once
# (`-Cpanic=immediate-abort`, no panic messages or formatting code in the download), which
# needs a std built for it, and optimize_for_size picks std's smaller code. build-std cannot
# go in .cargo/config.toml: cargo's `[unstable] build-std` has no per-target form and would
# rebuild std for native builds and tests too, which then fail (E0152, duplicate lang item).
# So it is given here, once, to the Wasm commands only: `with_wasm_std trunk build ...`.
# See docs/performance.md, "Build settings".
WASM_STD_ENV=(
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
)
with_wasm_std() { env "${WASM_STD_ENV[@]}" "$@"; }
cargo fetch --locked --target wasm32-unknown-unknown >/dev/null
# The standard library's own dependencies, for the offline Wasm builds.
with_wasm_std cargo fetch --locked --target wasm32-unknown-unknown >/dev/null
