"""Where extraction spends its CPU time: each pass `extract` runs, per article.

    python -m tests.benchmarks.bench_stages [COUNT]

Extracts the synthetic corpus (tests/benchmarks/corpus.py) on one CPU core, timing every pass
that `extract` calls (parsing, the document index, operations, organisations, people, quotes,
figures, ...) with the process's CPU clock, and prints the best of several rounds for each, in
microseconds an article and as a share of the whole. The passes are the functions of the
extraction package that `extract` names, read from its code: a pass added there is timed with
no change here. A measurement to run by hand before speeding a pass up, not a test.
"""

from __future__ import annotations

import gc
import sys
import tempfile
import time
from pathlib import Path

import articles.extraction as extraction
from tests.benchmarks.bench_extract import _pin_to_one_core, _read, article_count
from tests.benchmarks.corpus import write_corpus

ROUNDS = 5


def _passes() -> list[str]:
    """The names `_extract` calls that are passes of the extraction package (not records)."""
    names = []
    for name in extraction._extract.__code__.co_names:
        found = getattr(extraction, name, None)
        module = getattr(found, "__module__", "") or ""
        if (
            callable(found)
            and module.startswith("articles.extraction.")
            and not module.endswith((".types", ".budget"))
            and name not in names
        ):
            names.append(name)
    return names


def _timed(spent: dict[str, int], name: str):
    run = getattr(extraction, name)

    def timed(*args, **kwargs):
        start = time.process_time_ns()
        try:
            return run(*args, **kwargs)
        finally:
            spent[name] += time.process_time_ns() - start

    return run, timed


def main(argv: list[str] | None = None) -> int:
    count = article_count(argv, __doc__, 500)
    pinned = _pin_to_one_core()
    with tempfile.TemporaryDirectory(prefix="casefiles-bench-") as tmp:
        texts = [_read(path) for path in write_corpus(Path(tmp), count)]
    names = _passes()
    spent = dict.fromkeys(names, 0)
    originals = {}
    for name in names:
        originals[name], timed = _timed(spent, name)
        setattr(extraction, name, timed)
    try:
        for text in texts:  # warm the regex caches
            extraction.extract(text)
        best = dict.fromkeys(names, float("inf"))
        whole = float("inf")
        for _ in range(ROUNDS):
            gc.collect()
            spent.update(dict.fromkeys(names, 0))
            start = time.process_time_ns()
            for text in texts:
                extraction.extract(text)
            whole = min(whole, time.process_time_ns() - start)
            for name in names:
                best[name] = min(best[name], spent[name])
    finally:
        for name, run in originals.items():
            setattr(extraction, name, run)
    print(f"{count} synthetic articles; {pinned}; best of {ROUNDS} rounds, CPU time")
    for name in sorted(names, key=best.get, reverse=True):
        print(f"{name:24}{best[name] / count / 1000:>10,.1f} µs{100 * best[name] / whole:>7.1f} %")
    print(f"{'whole extract()':24}{whole / count / 1000:>10,.1f} µs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
