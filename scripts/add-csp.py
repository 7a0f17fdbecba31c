#!/usr/bin/env python3
"""Trunk post-build hook: adds a strict Content-Security-Policy to the built index.html.

Trunk's loader is an inline module script; rather than allow inline scripts, the policy names
that exact script by its SHA-256 hash. Everything else must come from the app's own origin,
except `connect-src`, which stays open to http(s) so `?src=` can load a timeline from
elsewhere. Style attributes are allowed (the layout positions events with them); <style>
elements and inline scripts are not.
"""
import base64
import hashlib
import os
import re
import sys

POLICY = [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval' {hashes}",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self' https: http:",
    "base-uri 'none'",
    "form-action 'none'",
]


def main() -> int:
    path = os.path.join(os.environ["TRUNK_STAGING_DIR"], "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
    hashes = " ".join(
        "'sha256-{}'".format(base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode())
        for s in scripts
    )
    policy = "; ".join(POLICY).format(hashes=hashes)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    # A release build's index.html is minified: `<meta charset=utf-8>`.
    html, count = re.subn(r'(<meta charset="?utf-8"?>)', r"\1\n  " + meta, html, count=1)
    if count != 1:
        print("add-csp: no <meta charset> in index.html to put the policy after", file=sys.stderr)
        return 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    return 0


if __name__ == "__main__":
    sys.exit(main())
