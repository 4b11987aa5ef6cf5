"""Benchmark queued imports on PostgreSQL: one `db_worker`, then two, on the same corpus.

    python -m tests.benchmarks.bench_queue [COUNT] [--publish]

Needs a PostgreSQL server on 127.0.0.1:5432 where the user `postgres` may create databases
(`BENCH_POSTGRES` overrides the server's address). For each round it creates the database
`casefiles_bench`, migrates it, queues a generated corpus of COUNT articles (default 2000) with
`import_articles --queue`, and times the workers (`db_worker --batch`, which exits when the
queue is empty) from their start to the last one's exit. Then it checks the result: every file
is one article (none lost, none twice), every item and task has finished, and the records
extracted are those of the first round. The last round queues each file twice, one copy right
after the other, so that the two workers import the same article at the same moment. The
database is dropped at the end.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

from tests.benchmarks.corpus import write_corpus

ROOT = Path(__file__).resolve().parents[2]
SERVER = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
DATABASE = "casefiles_bench"

# Queues each file of a folder twice in a row, through the same function the command uses.
QUEUE_TWICE = r"""
import sys
import django
django.setup()
from django.conf import settings
from articles.sources import source_paths
from articles.tasks import queue_import
limit = settings.CASEFILES_MAX_SOURCE_BYTES
pairs = [(s.name, s.read(max_bytes=limit)) for s in source_paths([sys.argv[1]])]
twice = [pair for pair in pairs for _ in range(2)]
print(queue_import(twice, "benchmark", publish=sys.argv[2] == "publish").pk)
"""


def env():
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "casefiles.settings",
        "SECRET_KEY": "benchmark",
        "DATABASE_URL": f"{SERVER}/{DATABASE}",
        "CASEFILES_TASKS": "database",
        "PYTHONPATH": str(ROOT),
    }


def manage(*args, capture=False):
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        env=env(),
        cwd=ROOT,
        check=True,
        capture_output=capture,
        text=True,
    )
    return done.stdout


def fresh_database():
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DATABASE}")
    manage("migrate", "-v0")


def drop_database():
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


WORKER = ["manage.py", "db_worker", "--batch", "--no-startup-delay", "--no-reload", "-v0"]


def run_workers(count):
    """Start `count` workers at once; seconds until the last has emptied the queue, the CPU
    seconds the workers used (not the database server's), how often a worker's connection was
    found waiting for a lock another transaction held, and how many imports were tried again
    after colliding with another worker's."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as log:
        workers = [
            subprocess.Popen(
                [sys.executable, *WORKER, "--interval", "0", "--worker-id", f"bench-{n}"],
                env=env(),
                cwd=ROOT,
                stderr=log,
            )
            for n in range(count)
        ]
        waits = _lock_waits(workers)
        for worker in workers:
            if worker.wait() != 0:
                raise SystemExit(f"a worker exited with {worker.returncode}")
        seconds, cpu = time.perf_counter() - start, _children_cpu() - cpu_before
        log.seek(0)
        retries = sum(1 for line in log if line.rstrip().endswith("; trying again"))
    return seconds, cpu, waits, retries


def _lock_waits(workers):
    """Until the workers exit, sample their connections every 0.2 s: the share of samples in
    which a connection was waiting for a row or table lock."""
    sampled = waiting = 0
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        while any(worker.poll() is None for worker in workers):
            rows = conn.execute(
                "SELECT wait_event_type FROM pg_stat_activity WHERE datname = %s "
                "AND state <> 'idle' AND pid <> pg_backend_pid()",
                (DATABASE,),
            ).fetchall()
            sampled += len(rows)
            waiting += sum(1 for (event,) in rows if event == "Lock")
            time.sleep(0.2)
    return waiting / sampled if sampled else 0.0


def _children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def tally():
    """What the database holds after a round."""
    with psycopg.connect(f"{SERVER}/{DATABASE}") as conn:

        def one(sql):
            return conn.execute(sql).fetchone()

        def rows(sql):
            return dict(conn.execute(sql).fetchall())

        return {
            "names": {name for (name,) in conn.execute("SELECT source_name FROM articles_article")},
            "articles": one("SELECT count(*) FROM articles_article")[0],
            "quotes": one("SELECT count(*) FROM casefiles_quote")[0],
            "outcomes": one("SELECT count(*) FROM casefiles_outcome")[0],
            "people": one("SELECT count(*) FROM casefiles_person")[0],
            "items": rows("SELECT status, count(*) FROM articles_importitem GROUP BY status"),
            "runs": rows("SELECT status, count(*) FROM articles_importrun GROUP BY status"),
            "tasks": rows(
                "SELECT status, count(*) FROM django_tasks_database_dbtaskresult GROUP BY status"
            ),
            "by_worker": rows(
                "SELECT worker_ids->>0, count(*) FROM django_tasks_database_dbtaskresult "
                "GROUP BY 1 ORDER BY 1"
            ),
        }


def check(result, expected_names, reference=None):
    """Every file one article, every item and task finished; the same records as before."""
    problems = []
    lost = expected_names - result["names"]
    if lost:
        problems.append(f"{len(lost)} files were not imported, e.g. {sorted(lost)[:3]}")
    if result["articles"] != len(expected_names):
        problems.append(f"{result['articles']} articles for {len(expected_names)} files")
    if set(result["items"]) - {"created", "unchanged"}:
        problems.append(f"items not imported: {result['items']}")
    if set(result["tasks"]) != {"SUCCESSFUL"}:
        problems.append(f"tasks not successful: {result['tasks']}")
    if set(result["runs"]) != {"finished"}:
        problems.append(f"runs not finished: {result['runs']}")
    for kind in ("quotes", "outcomes"):
        if reference and result[kind] != reference[kind]:
            problems.append(f"{result[kind]} {kind}, {reference[kind]} in the first round")
    return problems


def round_of(folder, workers, *, twice=False, publish=False):
    fresh_database()
    start = time.perf_counter()
    if twice:
        subprocess.run(
            [sys.executable, "-c", QUEUE_TWICE, str(folder), "publish" if publish else "draft"],
            env=env(),
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    else:
        publishing = ["--publish"] if publish else []
        manage("import_articles", "--queue", *publishing, "-v0", str(folder), capture=True)
    queued = time.perf_counter() - start
    seconds, cpu, waits, retries = run_workers(workers)
    return queued, seconds, cpu, waits, retries, tally()


def main(count, publish):
    failures = []
    print(
        f"{count} articles{' published' if publish else ''}; load average before: "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        names = {path.name for path in write_corpus(folder, count)}
        try:
            rounds = [
                ("1 worker", 1, False),
                ("2 workers", 2, False),
                ("2 workers, each file twice", 2, True),
            ]
            reference = None
            for label, workers, twice in rounds:
                queued, seconds, cpu, waits, retries, result = round_of(
                    folder, workers, twice=twice, publish=publish
                )
                reference = reference or result
                problems = check(result, names, reference)
                failures += problems
                items = sum(result["items"].values())
                print(
                    f"{label:<27} | queued {items} items in {queued:5.1f}s | imported in "
                    f"{seconds:6.1f}s: {count / seconds:5.1f} articles/s, "
                    f"workers' CPU {1000 * cpu / count:.0f} ms/article, "
                    f"waiting for a lock {waits:.0%} | "
                    f"tasks per worker {list(result['by_worker'].values())} | "
                    f"{retries} retried after a collision | items {result['items']} | "
                    + ("no article lost or twice" if not problems else "; ".join(problems))
                )
        finally:
            drop_database()
    if failures:
        raise SystemExit(1)


if __name__ == "__main__":
    numbers = [arg for arg in sys.argv[1:] if arg.isdigit()]
    main(int(numbers[0]) if numbers else 2000, publish="--publish" in sys.argv)
