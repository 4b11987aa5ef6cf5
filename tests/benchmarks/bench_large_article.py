"""Server time of the pages of an article with thousands of records, against a trivial page.

Builds a throwaway SQLite database with one published article of RECORDS records (see
`tests/large_article.py`; FILLER characters of plain text in each paragraph make it as long as
a real one), then times, in-process with Django's test client and no page cache: the 404 page,
the article's reader page and its admin page. Each is reported as CPU seconds, wall seconds,
bytes, and its ratio to the 404 page measured in the same run.

    .venv/bin/python tests/benchmarks/bench_large_article.py [RECORDS] [FILLER]
"""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def timed(client, url, rounds):
    best_cpu = best_wall = float("inf")
    for _ in range(rounds):
        cpu, wall = time.process_time(), time.perf_counter()
        response = client.get(url)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return best_cpu, best_wall, len(response.content), response.status_code


def main():
    records = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    filler = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    workdir = tempfile.mkdtemp(prefix="casefiles-large-")
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.settings"
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    # Served as in production: no test-environment template instrumentation, which would
    # copy the context at every template rendered and double the admin's time.
    os.environ["ALLOWED_HOSTS"] = "testserver"
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client

    from tests.large_article import make_large_article

    call_command("migrate", verbosity=0)
    article = make_large_article(records, filler_chars=filler)
    admin = get_user_model().objects.create_superuser("bench", "bench@example.org", "x")
    reader, staff = Client(), Client()
    staff.force_login(admin)
    print(f"article: {records} records, {len(article.body):,} characters")
    baseline = timed(reader, "/no-such-page/", 20)
    pages = {
        "404 page": baseline,
        "reader page": timed(reader, article.get_absolute_url(), 3),
        "admin page": timed(staff, f"/admin/articles/article/{article.pk}/change/", 1),
    }
    for name, (cpu, wall, size, status) in pages.items():
        print(
            f"{name:12} {status}  cpu {cpu:8.3f} s  wall {wall:8.3f} s  {size:>10,} bytes  "
            f"cpu ×{cpu / baseline[0]:,.0f}  wall ×{wall / baseline[1]:,.0f} of the 404 page"
        )


if __name__ == "__main__":
    main()
