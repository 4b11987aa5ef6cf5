"""How extraction time grows on adversarial texts: 10 KB against 100 KB of each.

    python -m tests.benchmarks.fuzz_extract [NAME...] [--limit SECONDS] [--repeats N]

For each generator in tests/extraction/adversarial.py, times `extract()` in CPU seconds (the
best of a few runs) at 10 KB and at 100 KB and prints the ratio; linear code gives about 10,
the test fails above 15. A run over `--limit` seconds is cut short and shown as ">limit".
Crashes are counted and shown. A measurement to run by hand, like the other benchmarks.
"""

from __future__ import annotations

import gc
import signal
import sys
import time

from articles.extraction import extract
from tests.extraction.adversarial import GENERATORS

SMALL, LARGE = 10_000, 100_000


class _TooSlow(Exception):
    pass


def _alarm(_signum, _frame):
    raise _TooSlow


def cpu_time(text: str, repeats: int, limit: float) -> float:
    """Best CPU seconds of `extract(text)` over `repeats` runs; inf past `limit` seconds.

    The garbage collector is paused while timing: its full passes cost more the more objects
    a large text leaves alive, which is the collector's growth, not the extractor's.
    """
    best = float("inf")
    signal.signal(signal.SIGALRM, _alarm)
    for _ in range(repeats):
        gc.collect()
        gc.disable()
        signal.setitimer(signal.ITIMER_REAL, limit)
        start = time.process_time()
        try:
            extract(text)
        except _TooSlow:
            return float("inf")
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            gc.enable()
        best = min(best, time.process_time() - start)
    return best


def _fmt(seconds: float, limit: float) -> str:
    return f">{limit:.0f}s" if seconds == float("inf") else f"{seconds * 1000:.0f}ms"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    limit, repeats = 60.0, 3
    if "--limit" in args:
        i = args.index("--limit")
        limit = float(args[i + 1])
        del args[i : i + 2]
    if "--repeats" in args:
        i = args.index("--repeats")
        repeats = int(args[i + 1])
        del args[i : i + 2]
    names = args or list(GENERATORS)
    rows, crashes = [], []
    for name in names:
        try:
            small = cpu_time(GENERATORS[name](SMALL), repeats, limit)
            large = cpu_time(GENERATORS[name](LARGE), 1 if small > 1 else repeats, limit)
        except Exception as exc:  # noqa: BLE001 - a crash is a finding, reported below
            crashes.append(f"{name}: {type(exc).__name__}: {exc}")
            continue
        ratio = large / small if small else float("inf")
        rows.append((large, ratio, name, small))
        print(
            f"{name:32}{_fmt(small, limit):>10}{_fmt(large, limit):>10}{ratio:>8.1f}x", flush=True
        )
    rows.sort(reverse=True)
    print(f"\n{len(names)} texts at {SMALL:,} and {LARGE:,} characters, {len(crashes)} crashes")
    for line in crashes:
        print("  crash:", line)
    worst_ratio = max(rows, key=lambda r: r[1])
    for label, (large, _ratio, name, small) in (("slowest", rows[0]), ("worst ratio", worst_ratio)):
        print(f"{label}: {name}: {_fmt(small, limit)} at 10 KB, {_fmt(large, limit)} at 100 KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
