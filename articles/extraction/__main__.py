"""`python -m articles.extraction --json PATH...`: the eval JSON of each file, without Django.

Reads files as `manage.py extract --json` does, through `articles.sources`, with the size limit
taken from the `CASEFILES_MAX_SOURCE_BYTES` environment variable as the settings take it.
"""

from __future__ import annotations

import json
import os
import sys

from articles.extraction import extract, to_eval_dict
from articles.sources import DEFAULT_MAX_BYTES, SourceError, source_paths


def extract_files(paths, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[dict]:
    """The eval-format entry of every file; SourceError names the first unreadable one."""
    return [
        to_eval_dict(extract(source.read(max_bytes=max_bytes)), source.name)
        for source in source_paths(paths)
    ]


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    paths = [a for a in args if a != "--json"]
    if not paths:
        print("usage: python -m articles.extraction --json PATH...", file=sys.stderr)
        return 2
    max_bytes = int(os.environ.get("CASEFILES_MAX_SOURCE_BYTES", DEFAULT_MAX_BYTES))
    try:
        articles = extract_files(paths, max_bytes=max_bytes)
    except SourceError as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return 1
    json.dump({"articles": articles}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
