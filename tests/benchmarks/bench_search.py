"""The search page on an archive-sized database (see `archive.py`), run by hand.

    DATABASE_URL=… .venv/bin/python tests/benchmarks/bench_search.py [--rounds 3] [--explain [Q]]

Fifty varied queries, as readers type them: words found in most of the archive ("police",
"drugs"), names of people, operations and organisations taken from the database, phrases in
quotes, words still being typed, two words together, and words found nowhere. Each is asked of
the search page (in-process, Django's test client, no page cache, as a reader) ROUNDS times
after a warm-up; the page of one kind (`?kind=…`) is timed for the common words too.

Each request is timed right after the bare view (`/baseline/`: the site's settings and
middleware, no query, no template) and the 50-article template page (`/baseline/rows/`), so a
machine busy with other work slows both alike: the ratios are page time / baseline time.
Printed: each query's median time and queries, then p50 and p95 over every timed request, and
the ratio of each to the baselines' median times. `--explain` prints the database's
plan for one kind's matches of the most common word (`--explain Q`: of the query Q).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[2]
BARE, ROWS = "/baseline/", "/baseline/rows/"

COMMON = [
    "police",
    "drugs",
    "court",
    "arrested",
    "officers",
    "operation",
    "charged",
    "investigation",
    "said",
    "warrant",
    "cannabis",
    "community",
]
PHRASES = [
    '"police said"',
    '"search warrant"',
    '"drug dealing"',
    '"crown court"',
    '"county lines"',
    '"detective inspector"',
]
PREFIXES = ["pol", "dru", "arres", "inves", "ch", "cou", "sente", "warr"]
PAIRS = ["police drugs", "court sentenced", "officers arrested", "drugs warrant", "cannabis farm"]
NOWHERE = ["zzqxv", "quokkas", "xylophone ensemble", '"flux capacitor"', "qwertyuiop"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="timed requests of each query")
    parser.add_argument(
        "--explain",
        nargs="?",
        const=COMMON[0],
        metavar="Q",
        help="print the plan of one kind's matches of Q (default: the most common word)",
    )
    args = parser.parse_args()
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.settings"
    os.environ.pop("DEBUG", None)
    os.environ["ALLOWED_HOSTS"] = "testserver"
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)

    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    import tests.benchmarks.baseline_urls  # noqa: F401  (adds the baseline pages)
    from articles.models import Article

    print(
        f"{connection.vendor}: {Article.objects.count():,} articles; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs",
        flush=True,
    )
    client = Client()
    queries = [*COMMON, *names(), *PHRASES, *PREFIXES, *PAIRS, *NOWHERE][:50]
    measure(client, "Search page, 50 queries", [search_url(q) for q in queries], args.rounds)
    kind_pages = [search_url(q, kind="article") for q in COMMON[:5]]
    kind_pages += [search_url(q, kind="quote", page=3) for q in COMMON[:5]]
    measure(client, "One kind's pages, common words", kind_pages, args.rounds)
    if args.explain:
        explain(args.explain)


def names():
    """Fourteen names readers look for: the most quoted people (full name and surname), the
    most mentioned operations and the most named organisations."""
    from django.db.models import Count

    from casefiles.models import Operation, Organisation, Person

    people = Person.objects.published().annotate(n=Count("quotes")).order_by("-n", "pk")[:4]
    operations = Operation.objects.annotate(n=Count("mentions")).order_by("-n", "pk")[:4]
    organisations = Organisation.objects.annotate(n=Count("appearances")).order_by("-n", "pk")
    found = [person.name for person in people]
    found += [person.name.split()[-1] for person in people]
    found += [operation.name for operation in operations]
    found += [organisation.name for organisation in organisations[:2]]
    return found


def search_url(query, **extra):
    from django.urls import reverse

    return f"{reverse('casefiles:search')}?{urlencode({'q': query, **extra})}"


def measure(client, title, urls, rounds):
    from django.db import connection

    print(f"\n{title}")
    print(f"{'status':>6} {'queries':>7} {'median ms':>10}  url", flush=True)
    times, bare, rows = [], [], []
    for url in urls:
        captured = []
        with connection.execute_wrapper(counting(captured)):
            status = client.get(url).status_code
        mine = []
        for _ in range(rounds):
            bare.append(timed(client, BARE))
            rows.append(timed(client, ROWS))
            mine.append(timed(client, url))
        times += mine
        print(
            f"{status:>6} {len(captured):>7} {statistics.median(mine) * 1000:>10.1f}  {url}",
            flush=True,
        )
    # Against the baselines' medians: their own 95th percentiles are the machine's hiccups.
    floor, cheap = statistics.median(bare), statistics.median(rows)
    print(f"baselines: bare view {floor * 1000:.2f} ms, 50-row page {cheap * 1000:.1f} ms")
    for name, quantile in (("p50", 0.5), ("p95", 0.95)):
        page = percentile(times, quantile)
        print(
            f"{name}: {page * 1000:.1f} ms = {page / floor:.0f}× the bare view, "
            f"{page / cheap:.2f}× the 50-row page",
            flush=True,
        )


def counting(captured):
    def wrapper(execute, sql, params, many, context):
        captured.append(sql)
        return execute(sql, params, many, context)

    return wrapper


def timed(client, url):
    started = time.perf_counter()
    client.get(url)
    return time.perf_counter() - started


def percentile(values, quantile):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(quantile * (len(ordered) - 1)))]


def explain(word):
    """The plan of one kind's ranked matches of `word`, as `sections` asks for them."""
    from django.db import connection

    from casefiles import search
    from casefiles.search import backends
    from casefiles.search.backends import visible_sql

    backend = backends.current()
    kind = search.SearchKind.ARTICLE
    visible = visible_sql(kind, False, "ranked.object_id")
    prefix = "EXPLAIN QUERY PLAN"
    if connection.vendor == "postgresql":
        prefix = "EXPLAIN (ANALYZE, BUFFERS)"
    # In the search's own session, which sets how PostgreSQL plans it.
    with backend.session(), connection.cursor() as cursor:
        parsed = search.parse(word, cursor)

        class Explaining:
            def execute(self, sql, params):
                cursor.execute(f"{prefix} {sql}", params)

            def fetchall(self):
                return cursor.fetchall()

        print(f"\nPlan of the {kind} matches of {word!r}:")
        rarest = backend.rarest(cursor, parsed).get(kind)
        window = backends.WINDOW
        for row in backend.ranked(Explaining(), parsed, kind, visible, 16, window, rarest):
            print("  ", *row)


if __name__ == "__main__":
    main()
