"""`manage.py extract [--json] PATH...`: what an import would find, without importing."""

import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.extraction import ExtractionTimeout, extract, to_eval_dict
from articles.sources import SourceError, source_paths


class Command(BaseCommand):
    help = (
        "Read plain-text articles (files, or directories of *.txt files, subfolders included) "
        "and show what an import would create: quotes with their speakers, people, operations, "
        "organisations and reported results. Writes nothing to the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="A .txt file or directory.")
        parser.add_argument(
            "--json",
            action="store_true",
            dest="as_json",
            help='Print {"articles": [...]} in the format the extraction eval scores.',
        )

    def handle(self, *args, paths, as_json: bool, **options):
        try:
            files = source_paths(paths)
        except SourceError as exc:
            raise CommandError(str(exc)) from None
        articles, too_slow = [], []
        for source in files:
            try:
                text = source.read(max_bytes=settings.CASEFILES_MAX_SOURCE_BYTES)
            except SourceError as exc:
                raise CommandError(str(exc)) from None
            try:
                extraction = extract(text, seconds=settings.CASEFILES_EXTRACT_SECONDS)
            except ExtractionTimeout as exc:
                # One pathological text must not hide what the other files hold.
                self.stderr.write(f"{source.path}: {exc}")
                too_slow.append(source.path)
                continue
            if as_json:
                articles.append(to_eval_dict(extraction, source.name))
            else:
                self.stdout.write(_summary(source.name, extraction))
        if as_json:
            self.stdout.write(json.dumps({"articles": articles}, ensure_ascii=False, indent=1))
        if too_slow:
            raise CommandError(
                f"{len(too_slow)} of {len(files)} files could not be read in time (listed "
                "above); the others are shown. Raise CASEFILES_EXTRACT_SECONDS or split them."
            )


def _summary(name, extraction):
    src = extraction.source
    headline = src.headline or f"{src.derived_headline} (headline derived from the text)"
    lines = [name, f"  Headline: {headline}"]
    if src.published:
        lines.append(f"  Published: {src.published:%Y-%m-%d %H:%M}")
    if src.truncated:
        lines.append("  Text stops mid-sentence (truncated).")

    def section(title, rows):
        lines.append(f"  {title} ({len(rows)})" + (":" if rows else ""))
        lines.extend(f"    - {row}" for row in rows)

    section(
        "Quotes",
        [
            f"{q.speaker or 'unattributed'}: “{_clip(q.span.text.strip(chr(34) + '“”‘’'))}”"
            + (f" [{', '.join(q.operations)}]" if q.operations else "")
            for q in extraction.quotes
        ],
    )
    section(
        "People",
        [
            ", ".join(
                part
                for part in (
                    " ".join(x for x in (p.rank_or_title, p.name) if x),
                    p.role,
                    p.organisation,
                    p.kind.replace("_", " "),
                )
                if part
            )
            for p in extraction.people
        ],
    )
    section(
        "Operations",
        [f"{op.name} ({_count(len(op.mentions), 'mention')})" for op in extraction.operations],
    )
    section(
        "Organisations",
        [f"{o.name} ({o.kind.replace('_', ' ')})" for o in extraction.organisations],
    )
    section(
        "Results",
        [
            f"{o.metric}: {_figure(o)} — «{o.span.text}»"
            + "".join(f"; {label} {v}" for label, v in _links(o) if v)
            for o in extraction.outcomes
        ],
    )
    return "\n".join(lines)


def _count(n, noun):
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _figure(o):
    if o.qualifier == "life":
        return "life"
    value = f"{o.value}" if o.value_max is None else f"{o.value}–{o.value_max}"
    parts = [o.qualifier, value, o.unit]
    return " ".join(str(p) for p in parts if p)


def _links(o):
    return (("operation", o.operation), ("organisation", o.organisation), ("person", o.person))


def _clip(text, width=90):
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
