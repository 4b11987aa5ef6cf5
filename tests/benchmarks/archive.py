"""Build a database that holds a newsroom's whole archive: N articles (default 100,000), in
minutes, on SQLite or PostgreSQL (whatever DATABASE_URL names; it must hold no articles yet).

    DATABASE_URL=postgres://postgres@127.0.0.1/casefiles_archive \\
        .venv/bin/python -m tests.benchmarks.archive [--articles 100000] [--templates 600]

Importing 100,000 articles one by one would take hours, so the archive is built in four steps,
each timed as it runs:

1. **Templates, by the real importer.** `archive_corpus` writes TEMPLATES articles (default
   600) with an archive's spread of names: thousands of people (officers with ranks, several
   forces and their units, councils and courts, defendants, victims and residents quoted by
   name), hundreds of operations across 25 forces (some codenames under two forces), a few
   recurring far more than the rest, and a few court round-ups hundreds of records long.
   `import_articles --publish` reads them as it reads any article.
2. **Copies, in bulk.** The other articles are copies of the templates, one template after
   another, written with `INSERT … SELECT` in batches of `BATCH` copies, one transaction each:
   an `archive_copy` table lists each copy's new id, its template, source name, date and status;
   one statement per table then copies the article rows and every record pointing into them
   (appearances, operation mentions, quotes and the operations they speak of, figures) with
   their offsets, so each copy's text still says what its records mark. Copies link to their
   template's people, organisations and operations: how often each recurs follows the
   templates' spread, times N / TEMPLATES. Each copy has its own date, spread evenly over
   2003–2024; one in `UNDATED` has none and one in `DRAFTS` is a draft. Of the copies'
   records, one in three is marked verified and one in `REJECTED` rejected.
3. **Case files.** `CASEFILES` published case files, each of the 50 newest articles about one
   of the busiest operations, with that operation and the people most quoted in them; and
   one draft.
4. **Search index and statistics.** `casefiles.search.rebuild()` indexes every record, and
   ANALYZE gives the query planner the tables' new sizes.

Built on a 2-core machine shared with other work: see the report printed at the end.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BATCH = 10_000
UNDATED = 20
DRAFTS = 20
REJECTED = 50
CASEFILES = 4
CASEFILE_ARTICLES = 50
CASEFILE_PEOPLE = 12
FIRST_DAY = datetime(2003, 1, 1, 6, tzinfo=UTC)
DAYS = (datetime(2024, 12, 31, tzinfo=UTC) - FIRST_DAY).days
COPY_TABLE = "archive_copy"


@contextmanager
def step(name):
    started = time.perf_counter()
    print(f"{name}…", flush=True)
    yield
    print(f"  {name}: {time.perf_counter() - started:,.1f} s", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles in all")
    parser.add_argument("--templates", type=int, default=600, help="articles imported")
    parser.add_argument("--seed", type=int, default=20250101)
    args = parser.parse_args()
    if not 0 < args.templates <= args.articles:
        parser.error("--templates must be between 1 and --articles")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casefiles.settings")
    os.environ.setdefault("SECRET_KEY", "archive-benchmark-only")
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)

    import django

    django.setup()
    build(args.articles, args.templates, args.seed)


def build(articles, templates, seed):
    from django.core.management import call_command
    from django.db import connection

    started = time.perf_counter()
    name = connection.settings_dict["NAME"]
    print(f"Building {articles:,} articles on {connection.vendor} ({name})")
    with step("migrate"):
        call_command("migrate", verbosity=0)
    from articles.models import Article

    if Article.objects.exists():
        raise SystemExit("The database already holds articles: build the archive in an empty one.")
    with step(f"import {templates} templates"):
        import_templates(templates, seed)
    with step(f"copy to {articles:,} articles"):
        copy_templates(articles, seed)
    with step("case files"):
        make_casefiles()
    with step("search index"):
        from casefiles import search

        counts = search.rebuild()
        print("  indexed " + ", ".join(f"{n:,} {kind}" for kind, n in counts.items()))
    with step("statistics"), connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    report(time.perf_counter() - started)


def import_templates(count, seed):
    from django.core.management import call_command

    from tests.benchmarks.archive_corpus import write_corpus

    with tempfile.TemporaryDirectory(prefix="casefiles-archive-") as folder:
        write_corpus(Path(folder), count, seed)
        call_command("import_articles", "--publish", folder, verbosity=0)


# --- Copies -----------------------------------------------------------------------------------


def copy_templates(total, seed):
    """Copies of the templates up to `total` articles, `BATCH` to a transaction."""
    from django.db import connection, transaction

    from articles.models import Article

    templates = list(Article.objects.order_by("pk").values_list("pk", "source_name"))
    first = templates[-1][0] + 1
    rng = random.Random(seed)
    with connection.cursor() as cursor:
        _create_copy_table(cursor)
    for start in range(0, total - len(templates), BATCH):
        count = min(BATCH, total - len(templates) - start)
        rows = [_copy_row(first + start + n, templates, rng) for n in range(count)]
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {COPY_TABLE}")
            cursor.executemany(f"INSERT INTO {COPY_TABLE} VALUES (%s, %s, %s, %s, %s)", rows)
            for sql, params in copy_statements():
                cursor.execute(sql, params)
        print(f"  {len(templates) + start + count:,} articles", flush=True)
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE {COPY_TABLE}")
        for sql in connection.ops.sequence_reset_sql(_no_style(), _copied_models()):
            cursor.execute(sql)
    mark_reviewed(first)


def _no_style():
    from django.core.management.color import no_style

    return no_style()


def _copied_models():
    from articles.models import Article
    from casefiles.models import Appearance, OperationMention, Outcome, Quote

    return [Article, Appearance, OperationMention, Quote, Outcome]


def _create_copy_table(cursor):
    from django.db import connection

    from articles.models import Article

    def db_type(name):
        return Article._meta.get_field(name).db_type(connection)

    cursor.execute(f"DROP TABLE IF EXISTS {COPY_TABLE}")
    cursor.execute(
        f"CREATE TABLE {COPY_TABLE} (new_id {db_type('id').split()[0]} PRIMARY KEY, "
        f"template_id {db_type('id').split()[0]}, source_name {db_type('source_name')}, "
        f"published_at {db_type('published_at')}, status {db_type('status')})"
    )


def _copy_row(new_id, templates, rng):
    from django.db import connection

    template_id, source_name = templates[(new_id - templates[-1][0] - 1) % len(templates)]
    published = None
    if rng.randrange(UNDATED):
        published = FIRST_DAY + timedelta(days=rng.randrange(DAYS), minutes=rng.randrange(960))
    status = "draft" if rng.randrange(DRAFTS) == 0 else "published"
    return (
        new_id,
        template_id,
        f"archive/{new_id:07d}-{source_name}",
        connection.ops.adapt_datetimefield_value(published),
        status,
    )


def copy_statements():
    """(sql, params) that copy the articles `archive_copy` lists and their records."""
    from django.db import connection
    from django.utils import timezone

    from articles.models import Article
    from casefiles.models import Appearance, OperationMention, Outcome, Quote

    now = connection.ops.adapt_datetimefield_value(timezone.now())
    quote = connection.ops.quote_name
    article_overrides = {
        "id": "m.new_id",
        "source_name": "m.source_name",
        "published_at": "m.published_at",
        "status": "m.status",
        "updated_at": "NULL",
    }
    yield _insert_select(Article, article_overrides, "t.id = m.template_id", now)
    for model in (Appearance, OperationMention, Quote, Outcome):
        yield _insert_select(model, {"article_id": "m.new_id"}, "t.article_id = m.template_id", now)
    through = Quote.operations.through._meta.db_table
    quotes = Quote._meta.db_table
    start, end = quote("start"), quote("end")
    yield (
        f"INSERT INTO {through} (quote_id, operation_id) "
        f"SELECT copy.id, about.operation_id FROM {COPY_TABLE} m "
        f"JOIN {quotes} t ON t.article_id = m.template_id "
        f"JOIN {through} about ON about.quote_id = t.id "
        f"JOIN {quotes} copy ON copy.article_id = m.new_id "
        f"AND copy.{start} = t.{start} AND copy.{end} = t.{end}",
        [],
    )


def _insert_select(model, overrides, join, now):
    """INSERT … SELECT of `model`'s rows of each template, as rows of its copies."""
    from django.db import connection

    quote = connection.ops.quote_name
    columns, values, params = [], [], []
    for field in model._meta.concrete_fields:
        column = field.column
        if column == "id" and "id" not in overrides:
            continue  # a new id from the sequence
        columns.append(quote(column))
        if column in overrides:
            values.append(overrides[column])
        elif getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            values.append("%s")
            params.append(now)
        else:
            values.append(f"t.{quote(column)}")
    sql = (
        f"INSERT INTO {model._meta.db_table} ({', '.join(columns)}) "
        f"SELECT {', '.join(values)} FROM {COPY_TABLE} m "
        f"JOIN {model._meta.db_table} t ON {join}"
    )
    return sql, params


def mark_reviewed(first_copy):
    """Of the copies' records, one in three verified and one in `REJECTED` rejected."""
    from django.db import connection, transaction

    from casefiles.models.visibility import visible_in_sql

    verified, rejected = "verified", "rejected"
    with transaction.atomic(), connection.cursor() as cursor:
        for model in _copied_models()[1:]:
            table = model._meta.db_table
            for status, every in ((verified, 3), (rejected, REJECTED)):
                cursor.execute(
                    f"UPDATE {table} SET review_status = %s "
                    f"WHERE article_id >= %s AND id %% {every} = 0",
                    [status, first_copy],
                )
            # Copied from a published template: what readers see of each copy's records
            # follows the copy's own status and the review just given.
            copies = model._base_manager.filter(article_id__gte=first_copy)
            copies.update(visible=visible_in_sql())


# --- Case files -------------------------------------------------------------------------------


def make_casefiles():
    """Published case files of the newest articles about the busiest operations, and a draft."""
    from django.db.models import Count

    from articles.models import Article, PublicationStatus
    from casefiles.models import CaseFile, Operation, Person

    busiest = Operation.objects.annotate(n=Count("mentions")).order_by("-n", "pk")
    for n, operation in enumerate(busiest[: CASEFILES + 1]):
        articles = list(
            Article.objects.published()
            .filter(operationmentions__operation=operation)
            .distinct()
            .order_by("-published_at", "pk")
            .values_list("pk", flat=True)[:CASEFILE_ARTICLES]
        )
        speakers = (
            Person.objects.filter(quotes__article__in=articles)
            .annotate(n=Count("quotes"))
            .order_by("-n", "pk")[:CASEFILE_PEOPLE]
        )
        casefile = CaseFile.objects.create(
            title=f"{operation.name}, {operation.force or 'force unknown'}",
            summary=f"The reporting on {operation.name}: raids, arrests and court cases.",
            status=PublicationStatus.DRAFT if n == CASEFILES else PublicationStatus.PUBLISHED,
        )
        casefile.operations.add(operation)
        casefile.articles.add(*articles)
        casefile.people.add(*speakers)


# --- Report -----------------------------------------------------------------------------------


def report(seconds):
    from django.db.models import Count

    from articles.models import Article
    from casefiles.models import (
        Appearance,
        CaseFile,
        Operation,
        OperationMention,
        Organisation,
        Outcome,
        Person,
        Quote,
    )

    articles = Article.objects.count()
    counts = {
        "articles": articles,
        "published": Article.objects.published().count(),
        "undated": Article.objects.filter(published_at__isnull=True).count(),
        "people": Person.objects.count(),
        "organisations": Organisation.objects.count(),
        "units": Organisation.objects.filter(parent__isnull=False).count(),
        "operations": Operation.objects.count(),
        "operation names": Operation.objects.values("name").distinct().count(),
        "appearances": Appearance.objects.count(),
        "mentions": OperationMention.objects.count(),
        "quotes": Quote.objects.count(),
        "figures": Outcome.objects.count(),
        "case files": CaseFile.objects.count(),
    }
    print("\n" + ", ".join(f"{n:,} {name}" for name, n in counts.items()))
    print(
        f"per article: {counts['quotes'] / articles:.1f} quotes, "
        f"{counts['figures'] / articles:.1f} figures"
    )
    biggest = Operation.objects.annotate(n=Count("mentions")).order_by("-n").first()
    talker = Person.objects.annotate(n=Count("quotes")).order_by("-n").first()
    print(f"busiest operation: {biggest.name} ({biggest.force}), {biggest.n:,} mentions")
    print(f"most quoted: {talker.name}, {talker.n:,} quotes")
    print(f"built in {seconds / 60:.1f} min, load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
