"""How fast articles are read and extracted, against reading the files alone.

    python -m tests.benchmarks.bench_extract [COUNT]

Writes the synthetic corpus (tests/benchmarks/corpus.py) to a temporary directory, keeps the
process on one CPU core, then times several rounds of (a) reading every file, the baseline,
and (b) reading, parsing and extracting every file. The best round of each is reported, as
articles per second and as a multiple of the baseline. The aim is at least 1,000 articles a
second for (b). This is a measurement to run by hand, not a test: timings depend on the machine.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

from articles.extraction import extract
from articles.parsing import parse_source
from tests.benchmarks.corpus import write_corpus

ROUNDS = 5
TARGET = 1000  # articles per second


def _read(path: Path) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def _best(func, paths) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        gc.collect()
        start = time.perf_counter()
        func(paths)
        best = min(best, time.perf_counter() - start)
    return best


def read_only(paths):
    for path in paths:
        _read(path)


def read_and_extract(paths):
    for path in paths:
        text = _read(path)
        parse_source(text)
        extract(text)


def read_and_extract_once(paths):
    # extract() parses on its way; this is what an import pays per file.
    for path in paths:
        extract(_read(path))


def _pin_to_one_core():
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to CPU {core}"
    return "not pinned (no sched_setaffinity here)"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    count = int(args[0]) if args else 1000
    pinned = _pin_to_one_core()
    with tempfile.TemporaryDirectory(prefix="casefiles-bench-") as tmp:
        paths = write_corpus(Path(tmp), count)
        size = sum(p.stat().st_size for p in paths)
        read_and_extract_once(paths)  # warm the regex caches and the file cache
        baseline = _best(read_only, paths)
        full = _best(read_and_extract_once, paths)
    rate_base = count / baseline
    rate_full = count / full
    print(f"{count} synthetic articles, {size / count:,.0f} bytes on average; {pinned}")
    print(f"read only:                 {rate_base:12,.0f} articles/s  ({baseline * 1e3:8.1f} ms)")
    print(f"read + parse + extract:    {rate_full:12,.0f} articles/s  ({full * 1e3:8.1f} ms)")
    print(f"extraction costs {full / baseline:,.0f}x reading the files alone")
    verdict = "meets" if rate_full >= TARGET else "is below"
    print(f"{rate_full:,.0f} articles/s {verdict} the aim of {TARGET:,} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
