"""Benchmark the importer's writer alone: CPU time and queries an article, extraction aside.

    python -m tests.benchmarks.bench_writer [--count 3000] [--edge 1000]
        [--databases sqlite postgres] [--before /path/to/other/checkout] [--profile FILE]

It writes COUNT generated articles of an archive's variety (`archive_corpus`), then for each
database, in a child process on a fresh database, extracts them all first (untimed) and writes
them as `import_articles --publish --jobs N` does, in one run (`articles.importer.many`):
several to a transaction (`batches.import_batch`, each batch's cost shared by its articles),
or one by one with `import_text(..., extraction=...)` for code that has no batches. It
prints, for the first and the last EDGE articles, the writer's CPU milliseconds an article
(the process's own, so a shared machine does not skew it), the queries an article, and its
wall milliseconds. `--before` runs the same with another
checkout's code first, for a before/after in one run (the articles are extracted once, by
the first run, for all). `--profile` writes a cProfile of the
after run's writes (SQLite only). PostgreSQL databases are made and dropped on the server
`BENCH_POSTGRES` names (default postgres://postgres@127.0.0.1:5432).
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from tests.benchmarks.archive_corpus import write_corpus
from tests.benchmarks.bench_import import ROOT, Database, run_child

CHILD = r"""
import json, pickle, sys, time
from pathlib import Path
import django
django.setup()
from django.db import connection
from articles.extraction import extract
from articles.importer import import_text, many

folder, edge, profile = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
# Extracted once for every run: extraction is the same code before and after.
kept = folder.parent / "extracted.pickle"
if kept.exists():
    extracted = pickle.loads(kept.read_bytes())
else:
    extracted = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        extracted.append((path.name, text, extract(text)))
    kept.write_bytes(pickle.dumps(extracted))

queries = 0


def counted(execute, sql, params, many_, context):
    global queries
    queries += 1
    return execute(sql, params, many_, context)


profiler = None
if profile:
    import cProfile
    profiler = cProfile.Profile()
try:  # written several to a transaction, as `import_articles` does, where the code can
    from articles.importer.batches import ARTICLES, import_batch
except ImportError:
    ARTICLES = 1

    def import_batch(articles, publish):
        return [
            import_text(text, name, publish=publish, extraction=extraction)
            for name, text, extraction in articles
        ]

costs = []
with many(), connection.execute_wrapper(counted):
    for start in range(0, len(extracted), ARTICLES):
        batch = extracted[start : start + ARTICLES]
        before_q, cpu, wall = queries, time.process_time(), time.perf_counter()
        if profiler:
            profiler.enable()
        results = import_batch(batch, publish=True)
        if profiler:
            profiler.disable()
        for result in results:
            assert result.status == "created", (result.source_name, result.status, result.error)
        # A batch's cost shared by its articles.
        n = len(batch)
        cost = (time.process_time() - cpu) / n, (time.perf_counter() - wall) / n
        costs += [(*cost, (queries - before_q) / n)] * n
if profiler:
    profiler.dump_stats(profile)


def part(chosen):
    n = len(chosen)
    return {
        "cpu_ms": 1000 * sum(c for c, _, _ in chosen) / n,
        "wall_ms": 1000 * sum(w for _, w, _ in chosen) / n,
        "queries": sum(q for _, _, q in chosen) / n,
    }


print(json.dumps({"first": part(costs[:edge]), "last": part(costs[-edge:]), "all": part(costs)}))
"""


def run(code, folder, edge, url, profile=""):
    return run_child(CHILD, [folder, edge, profile], url, code)


def line(part):
    cpu, queries, wall = part["cpu_ms"], part["queries"], part["wall_ms"]
    return f"{cpu:6.1f} ms CPU {queries:5.1f} queries {wall:6.1f} ms wall"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--edge", type=int, default=1000)
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument("--before", type=Path, help="another checkout to compare with")
    parser.add_argument("--profile", default="", help="cProfile output of the after run")
    args = parser.parse_args()
    trials = [(args.before.resolve(), "before")] if args.before else []
    trials.append((ROOT, "after"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        write_corpus(tmp / "corpus", args.count)
        print(f"{args.count} articles, writer only, an article on average:")
        for kind in args.databases:
            for code, label in trials:
                name = f"bench_writer_{os.getpid()}_{label}"
                database = Database(kind, tmp, name, code)
                profile = args.profile if label == "after" and kind == "sqlite" else ""
                try:
                    result = run(code, tmp / "corpus", args.edge, database.url, profile)
                finally:
                    database.drop()
                print(
                    f"{kind:8} {label:6} | first {args.edge}: {line(result['first'])} | "
                    f"last {args.edge}: {line(result['last'])}"
                )


if __name__ == "__main__":
    main()
