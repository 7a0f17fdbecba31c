#!/usr/bin/env python3
"""Trunk post-build hook: puts the reader's stylesheet into index.html and ko.html, adds a strict
Content-Security-Policy to the built index.html, ko.html and author.html, and links the editor's
page to the reader's stylesheet.

The stylesheet goes into the reader's page as its one <style> element: a linked one is
render-blocking, so a phone waited a round trip for it, sharing its bandwidth with the Wasm,
before it painted the events drawn at build time (docs/performance.md, 3 Dec). The file stays
beside it for the editor and the cite page.

Trunk's loader is an inline module script; rather than allow inline scripts, the policy names
that exact script by its SHA-256 hash, and the stylesheet the same way. Everything else must come
from the app's own origin, except `connect-src`, which stays open to http(s) so `?src=` can load
a timeline from elsewhere, and to `blob:` for a timeline the editor hands over (the app accepts
only its own origin's). Style attributes are allowed (the layout positions events with them);
no other <style> element or inline script is. The editor's page has no inline script and
fetches only its own files.

The editor reuses the reader's components, so it needs the reader's stylesheet, whose name
Trunk hashes: it is found in the built index.html and linked before the editor's own.
"""
import base64
import hashlib
import os
import re
import sys

POLICY = [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval' {hashes}",
    "style-src 'self' {style_hashes}",
    "style-src-attr 'unsafe-inline'",
    # https: for a timeline's pictures from other sites, loaded only once the reader asks
    # (src/app/panel/event_picture.rs); none by default.
    "img-src 'self' data: https:",
    "manifest-src 'self'",
    "worker-src 'self'",
    "connect-src 'self' blob: https: http:",
    "base-uri 'none'",
    "form-action 'none'",
]


EDITOR_POLICY = [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
]


def sha256(text: str) -> str:
    return "'sha256-{}'".format(base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode())


def with_policy(html: str, directives: list, name: str) -> str:
    # Data blocks (the timeline file in index.html) never run, so they need no hash.
    scripts = re.findall(r"<script(?![^>]*\b(?:src=|type=\"?application/json))[^>]*>(.*?)</script>", html, flags=re.S)
    styles = re.findall(r"<style>(.*?)</style>", html, flags=re.S)
    policy = "; ".join(directives).format(
        hashes=" ".join(sha256(s) for s in scripts),
        style_hashes=" ".join(sha256(s) for s in styles),
    )
    policy = policy.replace(" ;", ";")
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    # A release build's index.html is minified: `<meta charset=utf-8>`.
    html, count = re.subn(r'(<meta charset="?utf-8"?>)', lambda m: m.group(1) + "\n  " + meta, html, count=1)
    if count != 1:
        raise SystemExit(f"add-csp: no <meta charset> in {name} to put the policy after")
    return html


def reader_stylesheet(index_html: str) -> str:
    found = re.search(r'href="?(?:\./)?(main-[^"\s>]+\.css)', index_html)
    if not found:
        raise SystemExit("add-csp: no hashed stylesheet (main-….css) in index.html")
    return found.group(1)


def with_stylesheet_inside(html: str, stylesheet: str, css: str, name: str) -> str:
    """`html` with its link to `stylesheet` replaced by a <style> element holding `css`."""
    if "</style" in css:
        raise SystemExit(f"add-csp: {stylesheet} holds </style, which would end the element early")
    link = r"<link\b[^>]*\bhref=\"?(?:\./)?" + re.escape(stylesheet) + r"\"?[^>]*>"
    html, count = re.subn(link, lambda _: f"<style>{css}</style>", html, count=1)
    if count != 1:
        raise SystemExit(f"add-csp: no link to {stylesheet} in {name} to put the stylesheet in place of")
    return html


def main() -> int:
    staging = os.environ["TRUNK_STAGING_DIR"]
    stylesheet = None
    # The reader in English and in Korean (scripts/add-korean-page.py): the same policy.
    for name in ("index.html", "ko.html"):
        path = os.path.join(staging, name)
        with open(path, encoding="utf-8") as f:
            html = f.read()
        stylesheet = stylesheet or reader_stylesheet(html)
        with open(os.path.join(staging, stylesheet), encoding="utf-8") as f:
            css = f.read()
        html = with_stylesheet_inside(html, stylesheet, css, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(with_policy(html, POLICY, name))

    editor = os.path.join(staging, "author.html")
    with open(editor, encoding="utf-8") as f:
        page = f.read()
    own = '<link rel="stylesheet" href="author.css">'
    if own not in page:
        print("add-csp: author.html has no link to author.css to put the reader's before", file=sys.stderr)
        return 1
    page = page.replace(own, f'<link rel="stylesheet" href="{stylesheet}">\n  {own}')
    with open(editor, "w", encoding="utf-8") as f:
        f.write(with_policy(page, EDITOR_POLICY, "author.html"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
