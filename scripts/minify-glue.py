#!/usr/bin/env python3
"""Trunk post-build hook: minifies wasm-bindgen's JS glue in release builds.

Trunk's own minifier cannot parse the glue (it warns "Failed to minify JS") and ships it as
is; esbuild (from npm) takes it from 7.9 to 6.1 KB brotli. index.html names the glue with a
Subresource Integrity hash, which is updated to match.
"""
import base64
import glob
import hashlib
import os
import subprocess
import sys


def sri(path: str) -> str:
    with open(path, "rb") as f:
        return "sha384-" + base64.b64encode(hashlib.sha384(f.read()).digest()).decode()


def main() -> int:
    if os.environ.get("TRUNK_PROFILE") != "release":
        return 0
    staging = os.environ["TRUNK_STAGING_DIR"]
    index = os.path.join(staging, "index.html")
    with open(index, encoding="utf-8") as f:
        html = f.read()
    for glue in glob.glob(os.path.join(staging, "korea-timeline-[0-9a-f]*.js")):
        before = sri(glue)
        subprocess.run(
            ["node_modules/.bin/esbuild", glue, "--minify", "--format=esm",
             "--log-level=warning", "--allow-overwrite", f"--outfile={glue}"],
            check=True,
        )
        if before not in html:
            print(f"minify-glue: index.html has no integrity {before} for {glue}", file=sys.stderr)
            return 1
        html = html.replace(before, sri(glue))
    with open(index, "w", encoding="utf-8") as f:
        f.write(html)
    return 0


if __name__ == "__main__":
    sys.exit(main())
