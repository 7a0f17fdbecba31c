#!/usr/bin/env python3
"""Trunk post-build hook: puts the default page, drawn at build time, into the built
index.html, after its <noscript> note, so its events show before the Wasm arrives (and
without it).

The drawing is assets/prerender/korea-1945-1950.html, made by the app's own components run
natively (`cargo run --features prerender --bin timeline-prerender`); a native test fails when
it no longer matches what they draw (tests/prerender.rs), so it is committed rather than
compiled into every build.
"""
import os
import sys

DRAWN = os.path.join(os.path.dirname(__file__), "..", "assets", "prerender", "korea-1945-1950.html")


def main() -> None:
    dist = os.environ["TRUNK_STAGING_DIR"]
    page = os.path.join(dist, "index.html")
    with open(page, encoding="utf-8") as f:
        html = f.read()
    with open(DRAWN, encoding="utf-8") as f:
        drawn = f.read()
    html, count = html.replace("</noscript>", "</noscript>" + drawn, 1), html.count("</noscript>")
    if count != 1:
        sys.exit(f"add-prerender: {page} needs exactly one </noscript> to put the drawn page after")
    with open(page, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
