#!/usr/bin/env python3
"""Trunk post-build hook: serves the shipped timeline files without their indentation.

The repository keeps them pretty-printed for authors and reviewers; the reader's first load
only needs the data (217 bytes less brotli for the Korea file). Release builds only; the JSON
Schema stays as written, for editors.
"""
import glob
import json
import os


def main() -> int:
    if os.environ.get("TRUNK_PROFILE") != "release":
        return 0
    staging = os.environ["TRUNK_STAGING_DIR"]
    for path in glob.glob(os.path.join(staging, "timelines", "*.json")):
        if path.endswith(".schema.json"):
            continue
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
