"""Benchmark `manage.py import_articles` at an archive's scale, into SQLite and PostgreSQL.

    python -m tests.benchmarks.bench_import [--count 20000] [--edge 1000] [--jobs 1 2]
        [--databases sqlite postgres] [--before /path/to/other/checkout]

It writes COUNT generated articles of an archive's variety (`archive_corpus`: thousands of
people, a few named in thousands of articles, court round-ups hundreds of records long), then
for each database and each --jobs, in a child process on a fresh database, imports them with
`--publish` in three runs: the first EDGE (timed), the middle, the last EDGE (timed). It
prints, for the first and the last thousand, articles per second of CPU time (the writer's and
its workers', which a shared machine does not skew) and of wall time; the last thousand's cost
an article as a ratio of the first's (1.0: the cost does not grow with the archive); the
import's peak resident memory (writer and workers); and, as the baseline measured in the same
run, the rate at which the same files are only read and extracted, with the import's cost as
a ratio of it. `--before` runs the same imports with another checkout's code, each just
before this one's with the same --jobs, for a before/after in one run. PostgreSQL databases
are made and dropped on the server that `BENCH_POSTGRES` names (default
postgres://postgres@127.0.0.1:5432).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.archive_corpus import write_corpus

ROOT = Path(__file__).resolve().parents[2]
EDGE = 1000
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
import django
django.setup()
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

mode, jobs, folders = sys.argv[1], int(sys.argv[2]), sys.argv[3:]


def clock():
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    return time.perf_counter(), cpu


def extract_only(folder):
    from articles.extraction import extract
    from articles.sources import source_paths

    for source in source_paths([folder]):
        extract(source.read(max_bytes=settings.CASEFILES_MAX_SOURCE_BYTES))


def import_all(folder):
    options = ["--jobs", str(jobs)] if jobs > 1 else []
    try:
        call_command("import_articles", "--publish", *options, folder, verbosity=0)
    except CommandError as exc:
        print(exc, file=sys.stderr)


runs = []
for folder in folders:
    wall, cpu = clock()
    (extract_only if mode == "extract" else import_all)(folder)
    wall_end, cpu_end = clock()
    count = sum(1 for _ in Path(folder).glob("*.txt"))
    runs.append({"count": count, "seconds": wall_end - wall, "cpu": cpu_end - cpu})
peak = max(
    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
)
print(json.dumps({"runs": runs, "peak_mib": peak / 1024}))
"""


def child_env(database_url, code=ROOT):
    """The environment of a child process that runs `code`'s Django on `database_url`."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "casefiles.settings",
        "SECRET_KEY": "benchmark",
        "DATABASE_URL": database_url,
        "PYTHONPATH": str(code),
    }


def run_child(script, args, database_url, code=ROOT):
    """Run `script` (Python source) with `args` in a child process on `code`'s Django and
    `database_url`; what it printed last, read as JSON."""
    out = subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        env=child_env(database_url, code),
        cwd=code,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def child(mode, jobs, folders, database_url, code=ROOT):
    return run_child(CHILD, [mode, jobs, *folders], database_url, code)


class Database:
    """A fresh, migrated database of one kind, dropped afterwards."""

    def __init__(self, kind, tmp, name, code):
        self.kind, self.name, self.code = kind, name, code
        if kind == "sqlite":
            self.url = f"sqlite:///{tmp / name}.sqlite3"
        else:
            self.url = f"{POSTGRES}/{name}"
            self._psql(f"DROP DATABASE IF EXISTS {name}")
            self._psql(f"CREATE DATABASE {name}")
        env = {**os.environ, "SECRET_KEY": "benchmark", "DATABASE_URL": self.url}
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "-v0"], env=env, cwd=code, check=True
        )

    def _psql(self, sql):
        subprocess.run(["psql", f"{POSTGRES}/postgres", "-qc", sql], check=True)

    def drop(self):
        if self.kind == "postgres":
            self._psql(f"DROP DATABASE IF EXISTS {self.name}")


def split(corpus, edge, tmp):
    """The corpus in three folders: the first `edge` files, the middle, the last `edge`."""
    names = sorted(path.name for path in corpus.glob("*.txt"))
    parts = {"first": names[:edge], "middle": names[edge:-edge], "last": names[-edge:]}
    folders = []
    for part, chosen in parts.items():
        folder = tmp / part
        folder.mkdir()
        for name in chosen:
            os.link(corpus / name, folder / name)
        folders.append(folder)
    return folders


def rate(run):
    return f"{run['count'] / run['cpu']:5.0f}/s CPU {run['count'] / run['seconds']:5.0f}/s wall"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument("--before", type=Path, help="another checkout to compare with")
    parser.add_argument("--edge", type=int, default=EDGE, help="articles timed at each end")
    args = parser.parse_args()
    if args.count < 3 * args.edge:
        parser.error(f"--count must be at least 3 × --edge ({3 * args.edge})")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        write_corpus(tmp / "corpus", args.count)
        folders = split(tmp / "corpus", args.edge, tmp)
        extracted = child("extract", 1, [folders[0], folders[2]], f"sqlite:///{tmp}/x.sqlite3")
        first_x, last_x = extracted["runs"]
        print(
            f"{args.count} articles | read + extract only: first {args.edge} {rate(first_x)}, "
            f"last {args.edge} {rate(last_x)}"
        )
        trials = []
        for jobs in args.jobs:
            if args.before:
                trials.append((args.before.resolve(), "before", jobs))
            trials.append((ROOT, "after", jobs))
        for kind in args.databases:
            for code, label, jobs in trials:
                name = f"bench_import_{os.getpid()}_{label}_{jobs}"
                database = Database(kind, tmp, name, code)
                try:
                    result = child("import", jobs, folders, database.url, code)
                finally:
                    database.drop()
                first, _, last = result["runs"]
                growth = (last["cpu"] / last["count"]) / (first["cpu"] / first["count"])
                print(
                    f"{kind:8} {label:6} --jobs {jobs} | first {args.edge}: {rate(first)} | "
                    f"last {args.edge}: {rate(last)} | cost last/first {growth:.2f} | "
                    f"CPU x{last['cpu'] / last_x['cpu']:.1f} extraction's (last) | "
                    f"peak {result['peak_mib']:.0f} MiB"
                )
        shutil.rmtree(tmp / "corpus")


if __name__ == "__main__":
    main()
