"""Reader pages and downloads on an archive-sized database (see `archive.py`), run by hand.

    DATABASE_URL=… .venv/bin/python tests/benchmarks/bench_archive.py [--rounds 7]
        [--export-rounds 3] [--only operation person … exports] [--downloads quotes …]
        [--explain]
    DATABASE_URL=… .venv/bin/python tests/benchmarks/bench_archive.py --throughput
        [--duration 10] [--connections 64] [--import-articles 300]

For each page type readers see, on the record that makes it largest (the busiest operation,
the person most quoted, the organisation whose units and it have the most appearances, the
longest article, the case file of the busiest operation, the last page of every quote): HTML
bytes, queries, and server time in-process with Django's test client, as the median and 95th
percentile of ROUNDS requests:

- uncached: the page cache off (CASEFILES_PAGE_CACHE=0), counts and tallies kept in a
  per-process cache as in production (`casefiles/tallies.py`); "cold" is one request right
  after that cache is emptied;
- cached: served from the page cache;
- staff: a signed-in journalist (never cached), and its ratio to the anonymous uncached time.

Each round times the 50-row template view (`baseline_urls.py`, "× rows") and the bare
`HttpResponse("ok")` view ("× bare") right before the page, and a ratio is the median of the
rounds' page / baseline times, so a machine busy with other work slows both alike.

--explain prints the plans of the queries behind the longest lists and fails if the index
meant to serve them is not used, or if telling what readers may see of the records reads the
articles. --throughput serves the site with gunicorn and loads it with
wrk (CONNECTIONS connections, one URL of each page type in turn, gzip accepted): the bare view,
then the reader pages idle, then the same while `import_articles` imports new articles into the
same database; the ratios are to the bare view and to the idle pages.

Downloads: each list's export, whole and filtered (the long lists in CSV and JSON), is read to
its end, for its rows per second, its queries, and its ratio to the bare SELECT of the same rows
read through the database cursor (what the database and driver cost with no Python objects), in
the same rounds. `--only exports` measures the downloads alone.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASELINE = "/baseline/rows/"
BARE = "/baseline/"
LOCAL_CACHE = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
COMMON_WORD = "police"
PAGE_COPIES = 16_000_000


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7, help="timed requests of each page")
    parser.add_argument("--export-rounds", type=int, default=3, help="timed downloads")
    parser.add_argument("--only", nargs="*", help="page names to measure (default: all)")
    parser.add_argument(
        "--downloads", nargs="*", default=(), help="downloads whose address holds one of these"
    )
    parser.add_argument("--explain", action="store_true", help="check the lists' query plans")
    parser.add_argument("--throughput", action="store_true", help="requests/s under wrk")
    parser.add_argument("--duration", type=int, default=10, help="seconds of each wrk run")
    parser.add_argument("--connections", type=int, default=64, help="wrk connections")
    parser.add_argument("--import-articles", type=int, default=300, help="articles imported")
    args = parser.parse_args()
    # Served as in production (DEBUG off), with the test settings' plain static files and no
    # page cache: every request renders its page.
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.settings"
    os.environ.pop("DEBUG", None)
    os.environ["ALLOWED_HOSTS"] = "testserver"
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)

    import django

    django.setup()
    from django.test.utils import override_settings

    import tests.benchmarks.baseline_urls  # noqa: F401  (adds the baseline page)

    describe_database()
    pages = {name: url for name, url in page_urls().items() if not args.only or name in args.only}
    if args.throughput:
        from tests.benchmarks.bench_throughput import measure_throughput

        measure_throughput(pages, args)
        return
    if args.explain:
        explain_lists()
    # A per-process cache, as the site has without Redis: tallies are kept in it. Versions
    # are read again once a second, as the site does (the test settings read them each time).
    with override_settings(
        CACHES=LOCAL_CACHE, CASEFILES_PAGE_CACHE=False, CASEFILES_VERSION_SECONDS=1
    ):
        reader, staff = clients()
        measure(reader, staff, pages, args.rounds)
        if not args.only or "exports" in args.only:
            measure_exports(reader, args.export_rounds, args.downloads)


def describe_database():
    from django.db import connection

    from articles.models import Article
    from casefiles.models import Outcome, Quote

    print(
        f"{connection.vendor}: {Article.objects.count():,} articles, "
        f"{Quote.objects.count():,} quotes, {Outcome.objects.count():,} figures; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )


def clients():
    from django.contrib.auth import get_user_model
    from django.test import Client

    user, _ = get_user_model().objects.get_or_create(
        username="archive-bench", defaults={"is_staff": True, "is_superuser": True}
    )
    staff = Client()
    staff.force_login(user)
    return Client(), staff


def page_urls():
    """One URL for each page type, on the record that makes the page largest."""
    from django.db.models import Count
    from django.db.models.functions import Length
    from django.urls import reverse

    from articles.models import Article
    from casefiles.models import CaseFile, Operation, Person

    def url(name, **kwargs):
        return reverse(f"casefiles:{name}", kwargs=kwargs)

    operation = Operation.objects.annotate(n=Count("mentions")).order_by("-n").first()
    person = Person.objects.published().annotate(n=Count("quotes")).order_by("-n").first()
    casefile = (
        CaseFile.objects.published().annotate(n=Count("articles")).order_by("-n", "pk").first()
    )
    article = Article.objects.published().order_by(Length("body").desc(), "-pk").first()
    return {
        "home": url("home"),
        "casefile-list": url("casefile-list"),
        "casefile": casefile.get_absolute_url(),
        "operation-list": url("operation-list"),
        "operation": operation.get_absolute_url(),
        "person": person.get_absolute_url(),
        "organisation": _busiest_organisation().get_absolute_url(),
        "article": article.get_absolute_url(),
        "quote-list": url("quote-list"),
        # Each reader's own last page: staff see drafts too, so theirs is further on.
        "quote-list-last": f"{url('quote-list')}?page=last",
        "quote-list-speaker": f"{url('quote-list')}?speaker={person.slug}",
        "outcome-list": url("outcome-list"),
        "pick-people": f"{url('pick-people')}?q=s",
        "search": f"{url('search')}?q={COMMON_WORD}",
    }


def _busiest_organisation():
    """The organisation whose page takes in the most appearances, its units' included."""
    from django.db.models import Count

    from casefiles.models import Organisation

    counts = dict(Organisation.objects.annotate(n=Count("appearances")).values_list("pk", "n"))
    parents = dict(Organisation.objects.values_list("pk", "parent_id"))
    totals = dict(counts)
    for pk, parent in parents.items():
        seen = {pk}
        while parent is not None and parent not in seen:
            totals[parent] += counts[pk]
            seen.add(parent)
            parent = parents.get(parent)
    busiest = max(totals, key=totals.get)
    return Organisation.objects.get(pk=busiest)


def fetch(client, url):
    """(status, body bytes) of a GET, a streamed body read to its end."""
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code, body


def count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        status, body = fetch(client, url)
    return status, len(body), len(queries)


def timed(client, url):
    started = time.perf_counter()
    fetch(client, url)
    return time.perf_counter() - started


def measure(reader, staff, pages, rounds):
    """Print a line for each page as soon as it is measured."""
    from django.core.cache import cache
    from django.test.utils import override_settings

    print("\nReader pages (ms: median / p95 of the rounds; × rows, × bare: see above)")
    print(
        f"{'page':<16} {'status':>6} {'bytes':>9} {'queries':>7} {'cold':>7} "
        f"{'uncached':>15} {'× rows':>7} {'cached':>11} {'× bare':>7} {'staff':>7} "
        f"{'× anon':>7}  url",
        flush=True,
    )
    for name, url in pages.items():
        status, size, queries = count_queries(reader, url)
        cache.clear()
        cold = timed(reader, url)
        timed(reader, BASELINE)
        uncached, rows_ratios, staff_times = [], [], []
        for _ in range(rounds):
            baseline = timed(reader, BASELINE)
            uncached.append(timed(reader, url))
            rows_ratios.append(uncached[-1] / baseline)
            staff_times.append(timed(staff, url))
        cached, bare_ratios = [], []
        # With each process's copies of its pages, as production serves them.
        with override_settings(CASEFILES_PAGE_CACHE=True, CASEFILES_PAGE_COPY_BYTES=PAGE_COPIES):
            timed(reader, url)
            for _ in range(rounds):
                bare = timed(reader, BARE)
                cached.append(timed(reader, url))
                bare_ratios.append(cached[-1] / bare)
        anon = statistics.median(uncached)
        print(
            f"{name:<16} {status:>6} {size:>9,} {queries:>7} {cold * 1000:>7.1f} "
            f"{ms(uncached):>15} {statistics.median(rows_ratios):>7.2f} "
            f"{ms(cached):>11} {statistics.median(bare_ratios):>7.2f} "
            f"{statistics.median(staff_times) * 1000:>7.1f} "
            f"{statistics.median(staff_times) / anon:>7.2f}  {url}",
            flush=True,
        )


def ms(times):
    return f"{statistics.median(times) * 1000:.1f}/{p95(times) * 1000:.1f}"


# --- Query plans ------------------------------------------------------------------------------

# The longest lists, and the index each first page must be read by rather than sorting every row;
# then what readers may see of the records, read from the records alone (`visible`), and the
# people an organisation's page places there, from the index that holds them.
PLANS = {
    "articles, newest first": ("articles_article_newest_first", "article"),
    "quotes, newest first": ("articles_article_newest_first", "quote"),
    "figures, newest first": ("articles_article_newest_first", "outcome"),
    "people placed in the busiest organisation": ("casefiles_appearance_placed", "placed"),
}
# Lists whose plans must not read the articles: whether readers may see a record is its own.
WITHOUT_ARTICLES = {
    "the most quoted person's quotes, counted": "speaker",
    "the busiest organisation's figures, counted": "credited",
}


def explain_lists():
    """Print each list's first-page plan; stop if the index meant to serve it is not used, or
    if a reader's list reads the articles to tell what the reader may see."""
    from django.contrib.auth.models import AnonymousUser
    from django.db.models import Count

    from articles.models import Article
    from casefiles.models import Outcome, Person, Quote

    reader = AnonymousUser()
    family = _busiest_organisation().family_ids()
    speaker = Person.objects.annotate(n=Count("quotes")).order_by("-n").first()
    first_page = {
        "article": Article.objects.visible_to(reader).newest_first(),
        "quote": Quote.objects.visible_to(reader).newest_first(),
        "outcome": Outcome.objects.visible_to(reader).newest_first(),
        "placed": Person.objects.visible_to(reader).of_organisations(family, reader),
    }
    counted = {
        "speaker": Quote.objects.visible_to(reader).filter(speaker=speaker),
        "credited": Outcome.objects.visible_to(reader).filter(organisation__in=family),
    }
    print("\nQuery plans of the longest lists' first pages")
    missing = []
    for label, (index, kind) in PLANS.items():
        plan = first_page[kind].values_list("pk", flat=True)[:20].explain()
        print(f"-- {label}\n{plan}")
        if index not in plan:
            missing.append(f"{label}: not read by {index}")
    for label, kind in WITHOUT_ARTICLES.items():
        plan = counted[kind].order_by().values("pk").explain()
        print(f"-- {label}\n{plan}")
        if "articles_article" in plan:
            missing.append(f"{label}: reads the articles")
    if missing:
        raise SystemExit("Plans not as meant: " + "; ".join(missing))


def p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# --- Downloads --------------------------------------------------------------------------------


def downloads():
    """(list, format, query) of each download measured: every list whole, in each format for
    the long ones, and filtered to the busiest operation or force (the quotes also to the
    person most quoted, in each format)."""
    urls = page_urls()
    busiest = urls["operation"].rstrip("/").rsplit("/", 1)[-1]
    most_quoted = urls["quote-list-speaker"].rsplit("=", 1)[-1]
    force = _busiest_organisation().slug
    whole = [(kind, fmt, "") for kind in ("quote", "outcome", "article") for fmt in ("csv", "json")]
    whole += [(kind, "csv", "") for kind in ("operation", "person", "organisation", "casefile")]
    quotes = [f"speaker={most_quoted}", f"operation={busiest}"]
    return whole + [
        *(("quote", fmt, query) for query in quotes for fmt in ("csv", "json")),
        ("outcome", "csv", f"organisation={force}"),
        ("article", "csv", f"operation={busiest}"),
        ("operation", "csv", f"organisation={force}"),
        ("person", "csv", f"organisation={force}"),
    ]


def measure_exports(client, rounds, only=()):
    """Each download read to its end, against the bare SELECT of the same rows in the same
    order (the export's own query, read through the database cursor with no Python object
    per row), timed one after the other in each round; × bare is the median of the rounds'
    ratios. `only`: the downloads whose address holds one of these words."""
    from django.urls import reverse

    print("\nDownloads (rows/s: rows written per second; × bare: export time / bare SELECT time)")
    print(
        f"{'download':<34} {'rows':>9} {'bytes':>12} {'queries':>7} {'median s':>9} "
        f"{'rows/s':>9} {'bare rows/s':>12} {'× bare':>7}"
    )
    for kind, fmt, query in downloads():
        url = reverse(f"casefiles:{kind}-export", kwargs={"fmt": fmt})
        url = f"{url}?{query}" if query else url
        if only and not any(word in url for word in only):
            continue
        status, size, queries = count_queries(client, url)
        sql, params = _export_select(kind, query)
        export_times, bare_times = [], []
        for _ in range(rounds):
            started = time.perf_counter()
            rows = _read_through_cursor(sql, params)
            bare_times.append(time.perf_counter() - started)
            export_times.append(timed(client, url))
        ratio = statistics.median(e / b for e, b in zip(export_times, bare_times, strict=True))
        export, bare = statistics.median(export_times), statistics.median(bare_times)
        print(
            f"{url.lstrip('/'):<34} {rows:>9,} {size:>12,} {queries:>7} {export:>9.2f} "
            f"{rows / export:>9,.0f} {rows / bare:>12,.0f} {ratio:>7.1f}"
            + ("" if status == 200 else f"  status {status}"),
            flush=True,
        )


def _export_select(kind, query):
    """The SQL and parameters of the rows a reader's `kind` download with `query` reads: the
    long lists' values as their downloads read them, the others' rows as their pages do."""
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory

    from articles.models import Article
    from casefiles import filters
    from casefiles.models import CaseFile, Operation, Organisation, Outcome, Person, Quote
    from casefiles.views import export_rows
    from casefiles.views.common import filtered

    request = RequestFactory().get(f"/?{query}")
    user = request.user = AnonymousUser()
    lists = {
        "quote": (Quote.objects.visible_to(user).newest_first(), filters.QuoteFilter),
        "outcome": (Outcome.objects.visible_to(user).newest_first(), filters.OutcomeFilter),
        "article": (Article.objects.visible_to(user).newest_first(), filters.ArticleFilter),
        "operation": (Operation.objects.for_reader(user), filters.OperationFilter),
        "person": (Person.objects.for_reader(user), filters.PersonFilter),
        "organisation": (Organisation.objects.for_reader(user), None),
        "casefile": (CaseFile.objects.visible_to(user).with_counts(user), None),
    }
    queryset, filterset = lists[kind]
    if filterset is not None:
        _, queryset = filtered(request, filterset, queryset, for_page=False)
    values = getattr(export_rows, f"{kind}_values", None)
    if values is not None:
        queryset = queryset.values_list(*values())
    return queryset.query.sql_with_params()


def _read_through_cursor(sql, params):
    from django.db import connection

    rows = 0
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        while batch := cursor.fetchmany(2000):
            rows += len(batch)
    return rows


if __name__ == "__main__":
    main()
