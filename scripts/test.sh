#!/usr/bin/env bash
# Runs every test: formatting and lints, the native core tests, then the browser tests against
# one shared release build served on 127.0.0.1 in Debian's Chromium.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --tests

say "format and lints"
cargo fmt --all -- --check
cargo clippy --locked --all-targets -- -D warnings
# The sources tool, which writes every language's pages.
cargo clippy --locked --features every-language --bin timeline-sources --test sources -- -D warnings
# The shell as it runs natively to draw the first page at build time.
cargo clippy --locked --features prerender --lib --bin timeline-prerender --test prerender -- -D warnings
# The same in Korean, with the Korean tests.
cargo clippy --locked --features prerender,korean --lib --bin timeline-prerender --test prerender --test korean -- -D warnings
# The Wasm lint of what ships (the library and the app, not the native tools), with the
# shipped build's settings: .cargo/config.toml's rustflags and cfgs,
# and the standard library built for them.
with_wasm_std cargo clippy --locked --target wasm32-unknown-unknown --lib --bin korea-timeline -- -D warnings
# The modules only some visits load, with every language's words (index.html).
with_wasm_std cargo clippy --locked --target wasm32-unknown-unknown --features every-language --lib --bin timeline-convert --bin timeline-author -- -D warnings
# The reader as it ships: without default features (index.html).
with_wasm_std cargo clippy --locked --target wasm32-unknown-unknown --no-default-features --lib --bin korea-timeline -- -D warnings
# The reader in Korean (ko.html).
with_wasm_std cargo clippy --locked --target wasm32-unknown-unknown --no-default-features --features korean --lib --bin korea-timeline-ko -- -D warnings
# The cite page's module, with the CSL engine and the exports it alone carries.
with_wasm_std cargo clippy --locked --target wasm32-unknown-unknown --lib --bin timeline-cite --features sources,every-language -- -D warnings

say "native tests (content, validation, dates, layout)"
cargo test --locked
# The first page drawn at build time is what the components draw today.
cargo test --locked --features prerender --test prerender
# The same in Korean: the interface's words, dates and counts, and ko.html's first page.
cargo test --locked --features korean --test korean
cargo test --locked --features prerender,korean --test prerender
# Both languages in one build, as the editor, the cite page and the converter run.
cargo test --locked --features every-language --lib
# The static sources pages and handouts in both languages, as timeline-sources writes them
# (with every-language): the committed ones must be today's.
cargo test --locked --features every-language --test sources

say "size guard's own tests"
node --test tests/guards/*.test.mjs

say "the benchmark's static server and date conversion"
node --test tests/bench/*.test.mjs

say "sources exports read back by independent parsers"
node --test tests/sources/*.test.mjs

say "release build"
with_wasm_std trunk build --release --offline --locked

say "size guard (the default page's download, brotli)"
node scripts/size-guard.mjs --site dist

say "browser tests"
# Serve the build under a sub-path, as a teacher's static host would.
rm -rf target/site
mkdir -p target/site
cp -r dist target/site/timeline
cp -r tests/e2e/host target/site/host
npx playwright test --config tests/e2e/playwright.config.ts
tests/engines/run.sh # the reader's journeys in Firefox ESR and WebKitGTK, on the same target/site
