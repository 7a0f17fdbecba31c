#!/usr/bin/env python3
"""Trunk post-build hook: serves the shipped timeline files without their indentation.

The repository keeps them pretty-printed for authors and reviewers; the reader's first load
only needs the data (217 bytes less brotli for the Korea file). Release builds only; the JSON
Schema stays as written, for editors.
"""
import glob
import json
import os


def without_indentation(text: str) -> str:
    """The JSON text without whitespace outside its strings, every other character kept as
    written: the reader recognises the shipped file by a fingerprint of exactly these
    characters (src/core/import/route.rs)."""
    kept = []
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in " \n\r\t":
            continue
        kept.append(ch)
    return "".join(kept)


def main() -> int:
    if os.environ.get("TRUNK_PROFILE") != "release":
        return 0
    staging = os.environ["TRUNK_STAGING_DIR"]
    for path in glob.glob(os.path.join(staging, "timelines", "*.json")):
        if path.endswith(".schema.json"):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        minified = without_indentation(text)
        if json.loads(minified) != json.loads(text):
            raise SystemExit(f"{path}: removing its indentation changed its data")
        with open(path, "w", encoding="utf-8") as f:
            f.write(minified)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
