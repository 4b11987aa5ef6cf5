"""`manage.py rebuild_search_index [--dry-run]`: index every record for search again."""

from django.core.management.base import BaseCommand
from django.db import transaction

from casefiles import search
from casefiles.search import SearchKind

PLURALS = {SearchKind.PERSON: "people"}


def _count(n, kind):
    noun = kind.label.lower() if n == 1 else PLURALS.get(kind, f"{kind.label.lower()}s")
    return f"{n} {noun}"


class Command(BaseCommand):
    help = (
        "Empty the search index and index every article, quote, operation, person and "
        "organisation again. "
        "Saves and imports keep the index current; run this after restoring a database or "
        "changing what the index holds."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Build the index and report the counts, then leave the old index as it was.",
        )

    def handle(self, *args, dry_run, verbosity, **options):
        with transaction.atomic():
            counts = search.rebuild()
            if dry_run:
                transaction.set_rollback(True)
        if verbosity >= 1:
            summary = ", ".join(_count(n, kind) for kind, n in counts.items())
            verb = "Would index" if dry_run else "Indexed"
            self.stdout.write(f"{verb} {summary or 'nothing: this database has no search index'}.")
