"""`manage.py import_articles [--publish] [--dry-run | --queue] [--jobs N] PATH...`: import
plain-text articles, here and now (extracted by N processes, written by this one), or queued
for background workers (`articles.tasks`); `import_articles --requeue RUN` queues again what a
queued run did not finish."""

import argparse
import getpass
import os
import signal
import socket
import sys
import threading
from collections import Counter
from contextlib import closing, contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from articles.importer import ImportResult, import_source, many
from articles.importer.batches import import_alone, import_batch, in_batches
from articles.importer.parallel import extracted_in_order, read_and_extract
from articles.importer.priority import give_way_to_readers
from articles.models import ImportItemStatus, ImportRun, ImportRunStatus
from articles.sources import SourceError, clashes, source_paths
from articles.tasks import queue_import, requeue

FOUND_KINDS = ("quotes", "people", "operations", "organisations", "outcomes")


class Interrupted(Exception):
    """The run was asked to stop (SIGTERM) between or inside files."""


class Tally:
    """What the files read so far came to."""

    def __init__(self, dry_run):
        self.dry_run = dry_run
        self.statuses, self.found, self.kept = Counter(), Counter(), Counter()
        self.failures, self.notes = [], []
        self.relocated = self.passage_missing = 0

    def add(self, source, result):
        self.statuses[result.status] += 1
        if result.status == "failed":
            self.failures.append(f"{source.path}: {result.error}")
            return
        self.found.update(result.found)
        self.kept.update(result.kept)
        self.relocated += result.relocated
        self.passage_missing += result.passage_missing
        self.notes += [_out_of_range_note(source.path, figure) for figure in result.out_of_range]

    def summary(self):
        return _summary(
            self.statuses, self.found, self.kept, self.relocated, self.passage_missing, self.dry_run
        )

    def record(self, run, status, *, note=""):
        """Write the tally to the run's record."""
        run.status = status
        run.finished = timezone.now()
        run.created_count = self.statuses["created"]
        run.updated_count = self.statuses["updated"]
        run.unchanged_count = self.statuses["unchanged"]
        run.failed_count = self.statuses["failed"]
        run.report = "\n".join(filter(None, [note, self.summary(), *self.notes, *self.failures]))
        run.save()


class Command(BaseCommand):
    help = (
        "Import plain-text articles (files, or directories of *.txt files, subfolders "
        "included), several files a transaction; a file that cannot be imported fails alone "
        "and leaves nothing of itself, re-importing an unchanged file changes nothing, and "
        "records a journalist verified, rejected or edited are never overwritten."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", metavar="PATH", help="A .txt file or directory.")
        parser.add_argument(
            "--publish", action="store_true", help="Publish the imported articles for readers."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read and extract everything, report what would change, write nothing.",
        )
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Read the files, queue them for background workers (manage.py db_worker) and "
            "return at once, printing the run's id; its progress is under Import runs in the "
            "admin.",
        )
        parser.add_argument(
            "--jobs",
            type=_processes,
            default=1,
            metavar="N",
            help="Read and extract the files in N processes while this one writes them, in "
            "the same order (default 1: all in this process).",
        )
        parser.add_argument(
            "--requeue",
            type=int,
            metavar="RUN",
            help="Queue again the files of queued import run RUN that were never finished (their "
            "worker died) or that failed. Takes no PATH.",
        )

    def handle(self, *args, paths, publish, dry_run, queue, requeue, jobs, verbosity, **options):
        if requeue is not None:
            return self._requeue(requeue, paths)
        if not paths:
            raise CommandError("Give the .txt files or directories to import (PATH...).")
        sources = _sources(paths)
        give_way_to_readers()
        if queue:
            if dry_run:
                raise CommandError(
                    "--queue and --dry-run cannot be combined: a dry run reports "
                    "here and now. Drop one of them."
                )
            return self._queue(sources, paths, publish=publish, verbosity=verbosity)
        tally = Tally(dry_run)
        run = None
        if not dry_run:
            ImportRun.objects.mark_abandoned()
            run = ImportRun.objects.create(
                paths="\n".join(paths), user=_user(), host=socket.gethostname(), pid=os.getpid()
            )
        try:
            with _stop_on_sigterm():
                self._import_all(sources, tally, publish=publish, verbosity=verbosity, jobs=jobs)
        except (KeyboardInterrupt, Interrupted):
            done = sum(tally.statuses.values())
            note = f"Interrupted after {done} of {len(sources)} files; the rest were not read."
            self.stderr.write(note)
            if run is not None:
                tally.record(run, ImportRunStatus.INTERRUPTED, note=note)
            raise CommandError(f"{note} Run the import again to finish it.") from None

        if verbosity >= 1:
            for note in tally.notes:
                self.stdout.write(note)
            self.stdout.write(tally.summary())
        if run is not None:
            tally.record(run, ImportRunStatus.FINISHED)
        if tally.failures:
            raise CommandError(
                f"{len(tally.failures)} of {len(sources)} files failed (listed above); the "
                "others were imported. Fix those files and run the import again."
            )

    def _queue(self, sources, paths, *, publish, verbosity):
        """Queue the files that can be read; one that cannot is reported now, as a run here
        would report it, and is not queued."""
        readable, failures = _read_all(sources)
        for failure in failures:
            self.stderr.write(failure)
        if not readable:
            raise CommandError("None of the files could be read (listed above); nothing queued.")
        run = queue_import(readable, _user(), publish=publish, paths="\n".join(paths))
        if verbosity < 1:
            self.stdout.write(str(run.pk))
        elif run.status == ImportRunStatus.QUEUED:
            self.stdout.write(
                f"Queued {len(readable)} files as import run {run.pk}; background workers "
                "(manage.py db_worker) import them. Progress: Import runs in the admin."
            )
        else:
            self.stdout.write(
                f"Imported {len(readable)} files as import run {run.pk}: {_outcomes(run)}."
            )
        # The immediate backend imports the files before the queue returns.
        for item in run.items.filter(status=ImportItemStatus.FAILED):
            failures.append(f"{item.source_name}: {item.error}")
            self.stderr.write(failures[-1])
        if failures:
            raise CommandError(
                f"{len(failures)} of {len(sources)} files failed (listed above); the others "
                f"were queued as import run {run.pk}. Fix those files and import them again."
            )

    def _requeue(self, pk, paths):
        if paths:
            raise CommandError("--requeue takes a run's id and no PATH; drop the paths.")
        try:
            run = ImportRun.objects.get(pk=pk, queued_count__gt=0)
        except ImportRun.DoesNotExist:
            raise CommandError(
                f"No queued import run {pk}. Its id is on its page under Import runs in the "
                "admin; a run the command imported itself is run again with its paths."
            ) from None
        count = requeue(run)
        self.stdout.write(f"Queued {count} files of import run {run.pk} again.")

    def _import_all(self, sources, tally, *, publish, verbosity, jobs):
        tty = verbosity >= 1 and _isatty(self.stdout)
        results = _results(sources, jobs, publish=publish, dry_run=tally.dry_run)
        with many(), closing(results):
            for n, (source, result) in enumerate(results, 1):
                tally.add(source, result)
                self._report(source, result, n, len(sources), tty=tty, verbosity=verbosity)
        if tty:
            self.stdout.write(" " * 79, ending="\r")

    def _report(self, source, result, n, total, *, tty, verbosity):
        if result.status == "failed":
            self.stderr.write(f"{source.path}: {result.error}")
        if tty:
            self.stdout.write(_bar(n, total, source.name), ending="\r")
            self.stdout.flush()
        elif verbosity >= 1 and result.status != "failed":
            self.stdout.write(f"{result.status}: {source.path}")


def _processes(value):
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: give 1 or more processes to extract with.")
    return int(value)


def _results(sources, jobs, *, publish, dry_run):
    """(source, its import's result) for each source in order; with `jobs` > 1 the sources
    are read and extracted by that many worker processes, ahead of the writing here. Written
    several to a transaction (`batches`); a dry run, one by one."""
    max_bytes, seconds = settings.CASEFILES_MAX_SOURCE_BYTES, settings.CASEFILES_EXTRACT_SECONDS
    if jobs == 1 and dry_run:
        for source in sources:
            yield source, import_source(source, publish=publish, dry_run=dry_run)
        return
    if jobs == 1:
        extracted = ((source, read_and_extract(source, max_bytes, seconds)) for source in sources)
    else:
        extracted = extracted_in_order(sources, jobs, max_bytes=max_bytes, seconds=seconds)
    with closing(extracted):
        if dry_run:
            for source, found in extracted:
                yield source, _dry_run(source, found, publish=publish)
            return
        for batch in in_batches(extracted):
            yield from _written(batch, publish=publish)


def _written(batch, *, publish):
    """(source, result) for each (source, what it came to) of `batch`, written together."""
    readable = [
        (source.name, found.text, found.extraction) for source, found in batch if not found.error
    ]
    results = iter(import_batch(readable, publish=publish))
    for source, found in batch:
        if found.error:
            yield source, ImportResult(source.name, "failed", error=found.error)
        else:
            yield source, next(results)


def _dry_run(source, found, *, publish):
    if found.error:
        return ImportResult(source.name, "failed", error=found.error)
    return import_alone(source.name, found.text, found.extraction, publish=publish, dry_run=True)


def _sources(paths):
    """The files to read, refused as a whole when a path is wrong or two files would be one
    article: nothing is written before the clash is settled."""
    try:
        sources = source_paths(paths)
    except SourceError as exc:
        raise CommandError(str(exc)) from None
    if pairs := clashes(sources):
        lines = [f"  {a.path} and {b.path} are both “{a.name}”" for a, b in pairs]
        raise CommandError(
            "Two files would be imported as the same article:\n"
            + "\n".join(lines)
            + "\nAn article is known by its file's path within the folder given. Import "
            "their common parent folder, or rename one of them. Nothing was imported."
        )
    return sources


def _read_all(sources):
    """(name, text) of each file that can be read, and why each other one cannot."""
    readable, failures = [], []
    for source in sources:
        try:
            readable.append(
                (source.name, source.read(max_bytes=settings.CASEFILES_MAX_SOURCE_BYTES))
            )
        except SourceError as exc:
            failures.append(f"{source.path}: {exc.reason}")
    return readable, failures


def _outcomes(run):
    return (
        f"{run.created_count} created, {run.updated_count} updated, "
        f"{run.unchanged_count} unchanged, {run.failed_count} failed"
    )


def _raise_interrupted(_signum, _frame):
    raise Interrupted


@contextmanager
def _stop_on_sigterm():
    """A SIGTERM stops the run the way Ctrl-C does, so that the run is recorded as
    interrupted; the file being imported is rolled back by its own transaction."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


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
    return f"[{'#' * filled}{'.' * (width - filled)}] {n}/{total} {name[-30:]:<30}"


def _isatty(stream):
    target = getattr(stream, "_out", stream)
    return hasattr(target, "isatty") and target.isatty() and target is sys.stdout


def _user():
    try:
        return getpass.getuser()[:150]
    except (KeyError, OSError):
        return ""
