"""`manage.py import_articles [--publish] [--dry-run] PATH...`: import plain-text articles."""

import getpass
import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from articles.importer import import_path
from articles.models import ImportRun
from articles.sources import SourceError, source_paths

FOUND_KINDS = ("quotes", "people", "operations", "organisations", "outcomes")


class Command(BaseCommand):
    help = (
        "Import plain-text articles (files, or directories of *.txt files). Each file is one "
        "transaction; re-importing an unchanged file changes nothing, and records a journalist "
        "verified, rejected or edited are never overwritten."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="A .txt file or directory.")
        parser.add_argument(
            "--publish", action="store_true", help="Publish the imported articles for readers."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read and extract everything, report what would change, write nothing.",
        )

    def handle(self, *args, paths, publish, dry_run, verbosity, **options):
        try:
            sources = source_paths(paths)
        except SourceError as exc:
            raise CommandError(str(exc)) from None

        run = None
        if not dry_run:
            run = ImportRun.objects.create(paths="\n".join(paths), user=_user())
        tty = verbosity >= 1 and _isatty(self.stdout)
        statuses, found, kept, failures, notes = Counter(), Counter(), Counter(), [], []
        relocated = passage_missing = 0
        for n, path in enumerate(sources, 1):
            result = import_path(path, publish=publish, dry_run=dry_run)
            statuses[result.status] += 1
            if result.status == "failed":
                failures.append(f"{path}: {result.error}")
                self.stderr.write(f"{path}: {result.error}")
            else:
                found.update(result.found)
                kept.update(result.kept)
                relocated += result.relocated
                passage_missing += result.passage_missing
                notes += [_out_of_range_note(path, figure) for figure in result.out_of_range]
            if tty:
                self.stdout.write(_bar(n, len(sources), path.name), ending="\r")
                self.stdout.flush()
            elif verbosity >= 1 and result.status != "failed":
                self.stdout.write(f"{result.status}: {path}")
        if tty:
            self.stdout.write(" " * 79, ending="\r")

        summary = _summary(statuses, found, kept, relocated, passage_missing, dry_run)
        if verbosity >= 1:
            for note in notes:
                self.stdout.write(note)
            self.stdout.write(summary)
        if run is not None:
            run.finished = timezone.now()
            run.created_count = statuses["created"]
            run.updated_count = statuses["updated"]
            run.unchanged_count = statuses["unchanged"]
            run.failed_count = statuses["failed"]
            run.report = "\n".join([summary, *notes, *failures])
            run.save()
        if failures:
            raise CommandError(
                f"{len(failures)} of {len(sources)} files failed (listed above); the others "
                "were imported. Fix those files and run the import again."
            )


def _summary(statuses, found, kept, relocated, passage_missing, dry_run):
    verb = "Would import" if dry_run else "Imported"
    lines = [
        f"{verb} {sum(statuses.values())} files: {statuses['created']} created, "
        f"{statuses['updated']} updated, {statuses['unchanged']} unchanged, "
        f"{statuses['failed']} failed.",
        "Found " + ", ".join(f"{found[kind]} {kind}" for kind in FOUND_KINDS) + ".",
    ]
    if kept:
        lines.append(
            "Kept journalists' work: "
            + ", ".join(f"{count} {kind}" for kind, count in sorted(kept.items()))
            + (f" ({relocated} moved with the changed text)" if relocated else "")
            + "."
        )
    if passage_missing:
        lines.append(
            f"{passage_missing} kept records no longer match their article's text; they are "
            "flagged “passage missing” in the admin for a journalist to check."
        )
    return "\n".join(lines)


def _out_of_range_note(path, figure):
    shown = figure if len(figure) <= 60 else figure[:59] + "…"
    return f"{path}: left out the figure “{shown}”: too large to store."


def _bar(n, total, name, width=30):
    filled = width * n // total
    return f"[{'#' * filled}{'.' * (width - filled)}] {n}/{total} {name[:30]:<30}"


def _isatty(stream):
    target = getattr(stream, "_out", stream)
    return hasattr(target, "isatty") and target.isatty() and target is sys.stdout


def _user():
    try:
        return getpass.getuser()[:150]
    except (KeyError, OSError):
        return ""
