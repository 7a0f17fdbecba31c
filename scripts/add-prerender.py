#!/usr/bin/env python3
"""Trunk post-build hook: puts the default page, drawn at build time, into the built
index.html, after its <noscript> note, so its events show before the Wasm arrives (and
without it); and the default timeline file itself, as it is served, at the end of the body
(`<script type="application/json" id="timeline-data">`), which the app reads instead of
fetching it (src/app/browser/shipped_timeline.rs). Inside the page, brotli finds the drawn
page's headlines, dates and quotes again in the file, so the two cost about 2.3 KB less than
the page and a second download, and a phone saves a request.

The drawing is assets/prerender/korea-1945-1950.html, made by the app's own components run
natively (`cargo run --features prerender --bin timeline-prerender`); a native test fails when
it no longer matches what they draw (tests/prerender.rs), so it is committed rather than
compiled into every build.
"""
import os
import sys

DRAWN = os.path.join(os.path.dirname(__file__), "..", "assets", "prerender", "korea-1945-1950.html")
# The served copy (after scripts/minify-json.py), relative to the built site.
TIMELINE = os.path.join("timelines", "korea-1945-1950.json")


def data_script(timeline: str) -> str:
    """The file as a data block. `<` is written as JSON's \\u003c, so no `</script>` in it can
    end the block; the file then no longer has the checked fingerprint, so the app has the
    converter read it (correct, only slower): the Korea file has no `<`."""
    return '<script type="application/json" id="timeline-data">' + timeline.replace("<", "\\u003c") + "</script>"


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
    with open(os.path.join(dist, TIMELINE), encoding="utf-8") as f:
        timeline = f.read()
    html, count = html.replace("</body>", data_script(timeline) + "</body>", 1), html.count("</body>")
    if count != 1:
        sys.exit(f"add-prerender: {page} needs exactly one </body> to put the timeline file before")
    with open(page, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
