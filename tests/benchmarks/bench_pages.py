"""Measure the reader pages on the seed data, as production serves them (DEBUG off).

1. Database queries per page type, counted in-process.
2. Requests per second for the operation page under gunicorn, as a ratio to a view that only
   returns "ok" (tests/benchmarks/baseline_urls.py) served the same way in the same run, so the
   number means the same on a laptop and on a CI machine.

    .venv/bin/python tests/benchmarks/bench_pages.py [--rounds 3] [--duration 5] [--connections 16]

Everything runs on a throwaway SQLite database unless --database-url is given; the load comes
from `wrk` (apt-get install wrk) on loopback, or a slower Python client when wrk is missing.
"""

import argparse
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = Path(PYTHON).with_name("gunicorn")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=5, help="seconds of load per URL")
    parser.add_argument("--rounds", type=int, default=3, help="measurements of each URL")
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--database-url", help="default: a new SQLite file in a temp directory")
    parser.add_argument("--skip-load", action="store_true", help="count queries only")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="casefiles-bench-"))
    env = os.environ.copy()
    env.pop("DEBUG", None)
    env.setdefault("SECRET_KEY", "benchmark-only-key-" + "x" * 40)
    env["DATABASE_URL"] = args.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
    env["ALLOWED_HOSTS"] = "127.0.0.1,localhost,testserver"
    env["DJANGO_SETTINGS_MODULE"] = "casefiles.settings"
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)

    import django

    django.setup()
    prepare_database()
    pages = page_urls()
    print_query_counts(pages)
    if not args.skip_load:
        measure_load(pages["operation"], env, args)
    shutil.rmtree(workdir, ignore_errors=True)


def prepare_database():
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("import_articles", "--publish", "fixtures/sources", verbosity=0)
    call_command("loaddata", "casefiles", verbosity=0)
    # DEBUG off serves hashed file names, which need the manifest collectstatic writes.
    call_command("collectstatic", "--noinput", verbosity=0)


def page_urls():
    """One URL for each page type readers see."""
    from django.urls import reverse

    from articles.models import Article
    from casefiles.models import CaseFile, Operation, Organisation, Person, Quote

    def url(name, **kwargs):
        return reverse(f"casefiles:{name}", kwargs=kwargs)

    return {
        "home": url("home"),
        "search": url("search") + "?q=Basford",
        "casefile-list": url("casefile-list"),
        "casefile": CaseFile.objects.published().first().get_absolute_url(),
        "operation-list": url("operation-list"),
        "operation": Operation.objects.get(name="Operation Erasure").get_absolute_url(),
        "person-list": url("person-list"),
        "person": Person.objects.get(name="Lewis Basford").get_absolute_url(),
        "organisation-list": url("organisation-list"),
        "organisation": Organisation.objects.get(name="Essex Police").get_absolute_url(),
        "article-list": url("article-list"),
        "article": Article.objects.published()
        .get(headline__startswith="70+ People Arrested")
        .get_absolute_url(),
        "quote-list": url("quote-list"),
        "quote": Quote.objects.published()
        .filter(speaker__name="Lewis Basford")
        .first()
        .get_absolute_url(),
        "outcome-list": url("outcome-list"),
        "not-found": "/no-such-page/",
    }


def print_query_counts(pages, repeat=5):
    """Queries, size and in-process time (median of `repeat` requests after a warm-up)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(raise_request_exception=False)
    print(f"{'page':<18} {'status':>6} {'queries':>7} {'bytes':>8} {'ms':>6}  url")
    for name, url in pages.items():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        # Read now: the captured list is a view of the connection's log, which the next
        # request clears.
        query_count = len(queries)
        timings = []
        for _ in range(repeat):
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        print(
            f"{name:<18} {response.status_code:>6} {query_count:>7} "
            f"{len(response.content):>8} {median(timings):>6.1f}  {url}"
        )


def measure_load(operation_url, env, args):
    """Both servers run side by side and are loaded in turn, round after round, so a machine
    busy with other work slows both alike; the median of the rounds' ratios is the result."""
    targets = {
        "operation page": ("casefiles.wsgi", operation_url),
        "baseline view": ("tests.benchmarks.baseline_urls:application", "/baseline/"),
    }
    tool = "wrk" if shutil.which("wrk") else "python client"
    print(
        f"\nLoad: {tool}, {args.connections} connections, {args.rounds} rounds of "
        f"{args.duration} s per URL, gunicorn -w {args.workers}, load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    servers, ports = [], {}
    try:
        for label, (app, _) in targets.items():
            ports[label] = free_port()
            servers.append(
                subprocess.Popen(
                    [str(GUNICORN), app, "-w", str(args.workers), "-b"]
                    + [f"127.0.0.1:{ports[label]}", "--log-level", "warning"],
                    env=env,
                    cwd=ROOT,
                )
            )
        for label, (_, path) in targets.items():
            wait_until_up(ports[label], path)
            # Warm the workers before measuring.
            load(ports[label], path, duration=2, connections=args.connections)
        ratios = []
        for n in range(1, args.rounds + 1):
            rates = {
                label: load(
                    ports[label], path, duration=args.duration, connections=args.connections
                )
                for label, (_, path) in targets.items()
            }
            ratios.append(rates["operation page"] / rates["baseline view"])
            print(
                f"round {n}: operation page {rates['operation page']:.1f} requests/s, "
                f"baseline view {rates['baseline view']:.1f} requests/s, ratio {ratios[-1]:.4f}"
            )
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)
    print(f"ratio operation page / baseline view (median of rounds): {median(ratios):.4f}")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(port, path, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path)
            status = conn.getresponse().status
            conn.close()
        except OSError:
            time.sleep(0.2)
            continue
        if status != 200:
            raise SystemExit(f"GET {path} answered {status}, not 200")
        return
    raise SystemExit(f"gunicorn did not answer on port {port} within {timeout} s")


def load(port, path, *, duration, connections):
    """Requests per second that completed with 200."""
    if shutil.which("wrk"):
        return wrk(port, path, duration=duration, connections=connections)
    return python_load(port, path, duration=duration, connections=connections)


def wrk(port, path, *, duration, connections):
    out = subprocess.run(
        ["wrk", "-t", "2", "-c", str(connections), "-d", f"{duration}s"]
        + [f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if "Non-2xx or 3xx responses" in out:
        raise SystemExit(f"wrk saw error responses for {path}:\n{out}")
    return float(re.search(r"Requests/sec:\s*([\d.]+)", out).group(1))


def python_load(port, path, *, duration, connections):
    done, failures = [], []
    deadline = time.monotonic() + duration

    def client():
        count = 0
        while time.monotonic() < deadline:
            # gunicorn's sync workers close every connection, as they do for wrk.
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            conn.close()
            if response.status != 200:
                failures.append(response.status)
                return
            count += 1
        done.append(count)

    threads = [threading.Thread(target=client) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise SystemExit(f"GET {path} answered {sorted(set(failures))}")
    return sum(done) / duration


if __name__ == "__main__":
    main()
