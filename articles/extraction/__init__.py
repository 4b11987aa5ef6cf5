"""Extraction of quotes, people, organisations, operations and reported results.

`extract(text)` reads one plain-text article and returns an `Extraction`: plain frozen data
with spans that point into `text`. No Django, no network; the importer writes the result.

    python -m articles.extraction --json PATH...

prints the extraction of each file (a directory stands for its *.txt files) in the eval
format, as `manage.py extract --json` does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from articles.extraction.document import Doc
from articles.extraction.figures import find_outcomes
from articles.extraction.headers import ParsedSource, Span, format_stamp, parse_source
from articles.extraction.operations import find_operations
from articles.extraction.organisations import find_organisations
from articles.extraction.people import find_people
from articles.extraction.quotes import find_quotes
from articles.extraction.titles import titled_mentions
from articles.extraction.types import (
    Extraction,
    FoundOperation,
    FoundOrganisation,
    FoundOutcome,
    FoundPerson,
    FoundQuote,
)

__all__ = [
    "Extraction",
    "FoundOperation",
    "FoundOrganisation",
    "FoundOutcome",
    "FoundPerson",
    "FoundQuote",
    "ParsedSource",
    "Span",
    "extract",
    "to_eval_dict",
]


def extract(text: str) -> Extraction:
    """Everything the article names and reports, each with spans into `text`."""
    source = parse_source(text)
    doc = Doc(text, source)
    operations = find_operations(doc)
    claimed = [(m.start, m.end) for op in operations for m in op.mentions]
    titled = titled_mentions(doc, claimed)
    organisations = find_organisations(doc, claimed + [(s, e) for s, e, *_ in titled])
    claimed += [(m.start, m.end) for org in organisations for m in org.mentions]
    people = find_people(doc, claimed, titled, organisations, source.byline)
    quotes = find_quotes(doc, people, operations)
    outcomes = find_outcomes(doc, people, operations, organisations)
    return Extraction(
        source=source,
        operations=tuple(operations),
        people=tuple(people.people),
        organisations=tuple(organisations),
        quotes=tuple(quotes),
        outcomes=tuple(outcomes),
    )


def _span(span: Span) -> dict:
    return {"text": span.text, "start": span.start, "end": span.end}


def to_eval_dict(extraction: Extraction, source_name: str) -> dict:
    """One article in the eval JSON format (see the eval README)."""
    src = extraction.source
    return {
        "source": source_name,
        "headline": src.headline,
        "published": format_stamp(src.published, src.published_has_time),
        "updated": format_stamp(src.updated, src.updated_has_time),
        "truncated": src.truncated,
        "operations": [
            {"name": op.name, "mentions": [_span(m) for m in op.mentions]}
            for op in extraction.operations
        ],
        "people": [
            {
                "name": p.name,
                "rank_or_title": p.rank_or_title,
                "role": p.role,
                "organisation": p.organisation,
            }
            for p in extraction.people
        ],
        "organisations": [{"name": org.name} for org in extraction.organisations],
        "quotes": [
            {
                "speaker": q.speaker,
                "text": q.span.text,
                "start": q.span.start,
                "end": q.span.end,
                "paragraphs": q.paragraphs,
                "operations": list(q.operations),
            }
            for q in extraction.quotes
        ],
        "outcomes": [
            {
                "metric": o.metric,
                "value": o.value,
                "value_max": o.value_max,
                "unit": o.unit,
                "qualifier": o.qualifier,
                "text": o.span.text,
                "start": o.span.start,
                "end": o.span.end,
            }
            for o in extraction.outcomes
        ],
    }


class SourceFileError(ValueError):
    """A file that cannot be read as an article; the message names the reason."""


def source_paths(paths) -> list[Path]:
    """Each file named; a directory stands for its *.txt files, sorted by name."""
    out = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.glob("*.txt") if p.is_file()))
        else:
            out.append(path)
    return out


def read_text(path: Path) -> str:
    """The file's text exactly as `open(path, encoding="utf-8").read()` gives it.

    Decoded from bytes so that an error can name the byte offset in the file; newlines are
    then translated as text mode translates them, so offsets index the same text.
    """
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise SourceFileError("does not exist") from None
    except IsADirectoryError:
        raise SourceFileError("is a directory, not a text file") from None
    except PermissionError:
        raise SourceFileError("cannot be read: permission denied") from None
    except OSError as exc:
        raise SourceFileError(f"cannot be read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceFileError(
            f"is not UTF-8: byte 0x{data[exc.start]:02x} at byte offset {exc.start} cannot be "
            "decoded (save the file as UTF-8 and try again)"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def extract_files(paths) -> list[dict]:
    """The eval-format entry of every file; SourceFileError names the first unreadable one."""
    files = source_paths(paths)
    articles = []
    for path in files:
        try:
            text = read_text(path)
        except SourceFileError as exc:
            raise SourceFileError(f"{path} {exc}") from None
        articles.append(to_eval_dict(extract(text), path.name))
    return articles


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    paths = [a for a in args if a != "--json"]
    if not paths:
        print("usage: python -m articles.extraction --json PATH...", file=sys.stderr)
        return 2
    try:
        articles = extract_files(paths)
    except SourceFileError as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return 1
    json.dump({"articles": articles}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0
