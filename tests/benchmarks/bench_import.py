"""Benchmark `manage.py import_articles` into a fresh SQLite database.

    python -m tests.benchmarks.bench_import [COUNT ...]

For each COUNT (default 1000 and 10000) it writes a generated corpus, then in child processes
pinned to one core: reads every file (the baseline), and imports the whole directory with
`--publish`. It prints articles per second for both (per second of CPU time, which a shared
machine does not skew, and of wall time), the import's cost as a ratio of the baseline, and the
import's peak resident memory, which should not grow with the file count.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.corpus import write_corpus

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
import django
django.setup()
from django.conf import settings
from django.core.management import call_command
from articles.sources import source_paths

mode, folder = sys.argv[1], sys.argv[2]
start, cpu = time.perf_counter(), time.process_time()
if mode == "read":
    limit = settings.CASEFILES_MAX_SOURCE_BYTES
    count = sum(1 for source in source_paths([folder]) if source.read(max_bytes=limit))
else:
    call_command("import_articles", "--publish", folder, verbosity=0)
    count = len(list(Path(folder).glob("*.txt")))
elapsed = time.perf_counter() - start
cpu = time.process_time() - cpu
peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"count": count, "seconds": elapsed, "cpu": cpu, "peak_mib": peak_kib / 1024}))
"""


def child(mode, folder, database):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "casefiles.settings",
        "SECRET_KEY": "benchmark",
        "DATABASE_URL": f"sqlite:///{database}",
        "PYTHONPATH": str(ROOT),
    }
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    out = subprocess.run(
        [*pin, sys.executable, "-c", CHILD, mode, str(folder)],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def migrate(database):
    env = {**os.environ, "SECRET_KEY": "benchmark", "DATABASE_URL": f"sqlite:///{database}"}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], env=env, cwd=ROOT, check=True)


def main(counts):
    for count in counts:
        with tempfile.TemporaryDirectory() as tmp:
            folder, database = Path(tmp) / "corpus", Path(tmp) / "bench.sqlite3"
            write_corpus(folder, count)
            migrate(database)
            read = child("read", folder, database)
            imported = child("import", folder, database)
            again = child("import", folder, database)
        print(
            f"{count:>6} files | read only {rate(read)} | import {rate(imported)} "
            f"({imported['cpu'] / read['cpu']:.0f}x the read's CPU time) | "
            f"re-import unchanged {rate(again)} | "
            f"peak memory {imported['peak_mib']:.0f} MiB (read only {read['peak_mib']:.0f} MiB)"
        )


def rate(run):
    """Articles per second of CPU time (and of wall time, which a busy machine inflates)."""
    return f"{run['count'] / run['cpu']:,.0f}/s CPU ({run['count'] / run['seconds']:,.0f}/s wall)"


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1000, 10000])
