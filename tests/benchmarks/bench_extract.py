"""How fast articles are read and extracted, against reading the files alone.

    python -m tests.benchmarks.bench_extract [COUNT]

Writes the synthetic corpus (tests/benchmarks/corpus.py) to a temporary directory, keeps the
process on one CPU core, then times several rounds of (a) reading every file, the baseline,
and (b) reading, parsing and extracting every file. The best round of each is reported, as
articles per second and as a multiple of the baseline. The aim is at least 1,000 articles a
second for (b). This is a measurement to run by hand, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

from articles.extraction import extract
from tests.benchmarks.corpus import write_corpus

ROUNDS = 5
TARGET = 1000  # articles per second


def _read(path: Path) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def _best(func, paths) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds over ROUNDS runs of func(paths).

    CPU time is what one core spends whatever else the machine is doing; wall-clock time is
    what a user waits on an otherwise idle machine.
    """
    wall = cpu = float("inf")
    for _ in range(ROUNDS):
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        func(paths)
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu


def read_only(paths):
    for path in paths:
        _read(path)


def read_and_extract(paths):
    # extract() parses on its way (Extraction.source); this is what an import pays per file.
    for path in paths:
        extract(_read(path))


def _pin_to_one_core():
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to CPU {core}"
    return "not pinned (no sched_setaffinity here)"


def article_count(argv: list[str] | None, doc: str, default: int) -> int:
    """The one argument of an extraction benchmark: how many articles, at least one."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("count", nargs="?", type=int, default=default, help="articles to extract")
    count = parser.parse_args(argv).count
    if count < 1:
        parser.error("count must be at least 1")
    return count


def main(argv: list[str] | None = None) -> int:
    count = article_count(argv, __doc__, 1000)
    pinned = _pin_to_one_core()
    with tempfile.TemporaryDirectory(prefix="casefiles-bench-") as tmp:
        paths = write_corpus(Path(tmp), count)
        size = sum(p.stat().st_size for p in paths)
        read_and_extract(paths)  # warm the regex caches and the file cache
        base_wall, base_cpu = _best(read_only, paths)
        full_wall, full_cpu = _best(read_and_extract, paths)
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    print(f"{count} synthetic articles, {size / count:,.0f} bytes on average; {pinned}{load}")
    print(f"{'':26}{'wall clock':>22}{'CPU time':>22}")
    for label, wall, cpu in (
        ("read only", base_wall, base_cpu),
        ("read + parse + extract", full_wall, full_cpu),
    ):
        print(f"{label:26}{count / wall:>14,.0f} art/s{count / cpu:>16,.0f} art/s")
    print(
        f"extraction costs {full_wall / base_wall:,.0f}x reading the files alone "
        f"({full_cpu / base_cpu:,.0f}x in CPU time)"
    )
    rate = count / full_cpu
    verdict = "meets" if rate >= TARGET else "is below"
    print(f"{rate:,.0f} articles/s of CPU time {verdict} the aim of {TARGET:,} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
