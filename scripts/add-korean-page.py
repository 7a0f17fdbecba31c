#!/usr/bin/env python3
"""Trunk post-build hook, after add-prerender.py: writes ko.html, the reader in Korean, from
the built index.html. It is the same page with:

- `lang="ko"`, and the page's own English words (title, description, the notes shown when
  the app cannot start) in Korean, from locales/ko/page/index.html.json; each English phrase
  must be in the page, so a changed sentence in index.html stops the build until its Korean
  follows;
- the default page drawn at build time in Korean (assets/prerender/korea-1945-1950.ko.html),
  in place of the English drawing, so a Korean reader never sees English swap into Korean;
- the Korean reader's Wasm (korea-timeline-ko, built by Trunk beside the English one as a
  "worker" asset: wasm-bindgen's no-modules glue) started in place of the English one.

See docs/architecture.md, "Languages".
"""
import base64
import glob
import hashlib
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..")
PHRASES = os.path.join(ROOT, "locales", "ko", "page", "index.html.json")
DRAWN = os.path.join(ROOT, "assets", "prerender", "korea-1945-1950.html")
DRAWN_KOREAN = os.path.join(ROOT, "assets", "prerender", "korea-1945-1950.ko.html")
GLUE = "korea-timeline-ko.js"
WASM = "korea-timeline-ko_bg.wasm"
DATA_BLOCK = '<script type="application/json" id="timeline-data">'
DRAWING_HERE = "<!--drawing-->"


def sri(path: str) -> str:
    with open(path, "rb") as f:
        return "sha384-" + base64.b64encode(hashlib.sha384(f.read()).digest()).decode()


def fail(why: str) -> None:
    sys.exit(f"add-korean-page: {why}")


def translated(html: str) -> str:
    with open(PHRASES, encoding="utf-8") as f:
        phrases = json.load(f)
    for english, korean in phrases.items():
        # A release build's HTML is minified: any run of spaces may have become one, and a
        # script's quotes backticks.
        pattern = r"\s+".join(re.escape(word) for word in english.split())
        pattern = re.sub(r"\\?['\"`]", lambda _: "['\"`]", pattern)
        html, count = re.subn(pattern, lambda _: korean, html)
        if count == 0:
            fail(f"index.html no longer has the phrase {english!r} ({PHRASES})")
    return html


def with_korean_reader(html: str, staging: str) -> str:
    """Trunk's start of the English Wasm (its module script and preloads) replaced by the
    Korean one's."""
    hashed = r"\./korea-timeline-[0-9a-f]+"
    html, scripts = re.subn(
        r"<script type=\"?module\"?>[^<]*" + hashed + r"\.js[^<]*</script>",
        lambda _: (
            f'<script defer src="./{GLUE}" integrity="{sri(os.path.join(staging, GLUE))}"></script>'
            '<script type="module">const wasm = await wasm_bindgen({ module_or_path: '
            f"'./{WASM}' }});"
            'dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));</script>'
        ),
        html,
    )
    html, preloads = re.subn(
        r"<link[^>]*href=\"?" + hashed + r"_bg\.wasm\"?[^>]*>",
        lambda _: (
            f'<link rel="preload" href="./{WASM}" crossorigin="anonymous" '
            f'integrity="{sri(os.path.join(staging, WASM))}" as="fetch" type="application/wasm">'
        ),
        html,
    )
    html, modulepreloads = re.subn(r"<link[^>]*rel=\"?modulepreload\"?[^>]*" + hashed + r"\.js\"?[^>]*>", "", html)
    if (scripts, preloads) != (1, 1) or modulepreloads > 1:
        fail(f"index.html should start one Wasm: {scripts} scripts, {preloads} preloads")
    return html


def minify_glue(staging: str) -> None:
    if os.environ.get("TRUNK_PROFILE") != "release":
        return
    glue = os.path.join(staging, GLUE)
    # No --format: the no-modules glue defines the global `wasm_bindgen`, which must stay one.
    subprocess.run(
        [os.path.join(ROOT, "node_modules", ".bin", "esbuild"), glue, "--minify",
         "--log-level=warning", "--allow-overwrite", f"--outfile={glue}"],
        check=True,
    )


def main() -> None:
    staging = os.environ["TRUNK_STAGING_DIR"]
    if not glob.glob(os.path.join(staging, WASM)):
        fail(f"no {WASM} in the build: index.html must build korea-timeline-ko")
    minify_glue(staging)
    with open(os.path.join(staging, "index.html"), encoding="utf-8") as f:
        html = f.read()
    with open(DRAWN, encoding="utf-8") as f:
        drawn = f.read()
    with open(DRAWN_KOREAN, encoding="utf-8") as f:
        drawn_korean = f.read()
    if html.count(drawn) != 1:
        fail("index.html does not hold the English drawing once: run add-prerender.py first")
    # Only the page's own words are translated: not the drawing, nor the timeline file.
    page, data, rest = html.partition(DATA_BLOCK)
    page = translated(page.replace(drawn, DRAWING_HERE)).replace(DRAWING_HERE, drawn_korean)
    page, count = re.subn(r"<html lang=\"?en\"?", '<html lang="ko"', page, count=1)
    if count != 1:
        fail('index.html has no <html lang="en">')
    html = with_korean_reader(page, staging) + data + rest
    with open(os.path.join(staging, "ko.html"), "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
