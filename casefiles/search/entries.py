"""What the search index holds: one row per article, quote, operation, person or organisation,
keyed by its kind and id, with its title, other names (aliases) and body text.

A row holds what a reader may read of its record: never internal notes, nor the name of an
organisation rejected as junk; a quote by someone readers may not look up is titled with the
name as the article printed it."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from django.contrib.auth.models import AnonymousUser
from django.db import models
from django.db.models import Min, Q

from articles.models import Article
from casefiles.models import Appearance, Operation, Organisation, Person, Quote, ReviewStatus
from casefiles.reads import with_links

TABLE = "casefiles_search"


class SearchKind(models.TextChoices):
    ARTICLE = "article", "Article"
    QUOTE = "quote", "Quote"
    OPERATION = "operation", "Operation"
    PERSON = "person", "Person"
    ORGANISATION = "organisation", "Organisation"


# Rows are keyed by the kind's code * KIND_SPACE + object_id: the key is the row's primary key
# (the FTS5 rowid), the one column either backend can look a record's row up by, and each kind's
# rows hold one range of keys, newest last, so a kind's matches are read newest first from the
# key's own index and a search stops once it has enough.
KIND_CODES = {
    SearchKind.ARTICLE: 0,
    SearchKind.QUOTE: 1,
    SearchKind.OPERATION: 2,
    SearchKind.PERSON: 3,
    SearchKind.ORGANISATION: 4,
}
KIND_SPACE = 2**40

# Past this the text adds little to find an article by and PostgreSQL's tsvector (1 MB at most)
# could overflow.
MAX_BODY_CHARS = 200_000

# Snippets come back from the database with matches between these two characters; the index
# never holds them (see _clean), so every one in a snippet is a marker.
START, STOP = "\x02", "\x03"
_CONTROL = str.maketrans({"\x00": " ", START: " ", STOP: " "})


def search_key(kind: str, object_id: int) -> int:
    return KIND_CODES[kind] * KIND_SPACE + int(object_id)


def key_range(kind: str) -> tuple[int, int]:
    """The first and last key a row of `kind` can have."""
    first = KIND_CODES[kind] * KIND_SPACE
    return first, first + KIND_SPACE - 1


def partition_of(kind: str) -> str:
    """The table holding the rows of `kind` on PostgreSQL, one partition a kind (migration
    0014)."""
    return f"{TABLE}_{SearchKind(kind).value}"


class Entry(NamedTuple):
    kind: SearchKind
    object_id: int
    slug: str
    title: str
    names: str
    body: str

    @property
    def key(self):
        return search_key(self.kind, self.object_id)


def _clean(text, limit=None):
    text = (text or "").translate(_CONTROL)
    return text[:limit] if limit else text


def _entry(kind, obj, *, title, names="", body=""):
    return Entry(
        kind,
        obj.pk,
        getattr(obj, "slug", "") or "",
        _clean(title),
        _clean(names),
        _clean(body, MAX_BODY_CHARS),
    )


def _joined(separator, *parts):
    return separator.join(str(part) for part in parts if part)


def article_entry(article):
    return _entry(
        SearchKind.ARTICLE,
        article,
        title=article.headline,
        body=_joined("\n\n", article.byline, article.body),
    )


def _aliases(record):
    aliases = record.aliases
    if isinstance(aliases, str):  # JSON: a hand-edited row may hold one name, not a list
        return [aliases]
    if not isinstance(aliases, list):
        return []
    return [alias for alias in aliases if isinstance(alias, str)]


def _standing_name(organisation):
    return organisation.name if organisation and not organisation.is_rejected else ""


def _speaker_for_readers(quote):
    """The speaker as a reader's page names them (`Quote.for_display`)."""
    speaker = quote.speaker
    if speaker is None or speaker.is_rejected:
        return ""
    return speaker.name if speaker.has_public_page else quote.speaker_as_printed


def quote_entry(quote):
    # The title shows the speaker, so a change to a person re-indexes their quotes (signals).
    return _entry(
        SearchKind.QUOTE,
        quote,
        title=quote.titled(_speaker_for_readers(quote)),
        body=_joined("\n", quote.text, quote.attribution),
    )


def operation_entry(operation):
    return _entry(
        SearchKind.OPERATION,
        operation,
        title=operation.name,
        names=_joined("; ", *_aliases(operation)),
        body=_joined(
            " · ",
            _standing_name(operation.force),
            operation.area,
            operation.dates_note,
            operation.summary,
        ),
    )


def person_entry(person):
    """What a reader of their page sees: the other names they go by, the organisation they are
    best known with where readers may see it (`person_rows`), and the organisations, ranks and
    roles published articles give them (`with_credits`). Internal notes are never indexed."""
    credits = [person.organisation.name] if person.organisation else []
    for credit in person.published_credits:
        if credit not in credits:
            credits.append(credit)
    return _entry(
        SearchKind.PERSON,
        person,
        title=person.name,
        names=_joined("; ", *_aliases(person)),
        body=_joined(" · ", *credits),
    )


def organisation_entry(organisation):
    return _entry(
        SearchKind.ORGANISATION,
        organisation,
        title=organisation.name,
        names=_joined("; ", *_aliases(organisation)),
        body=organisation.get_kind_display(),
    )


def article_rows():
    return Article.objects.only("pk", "headline", "slug", "byline", "body").order_by()


def quote_rows():
    return Quote.objects.select_related("speaker").with_speaker_credit().order_by()


def operation_rows():
    return Operation.objects.select_related("force").order_by()


def person_rows():
    """People as a reader's page shows them: an organisation only a draft names (the importer
    gives a new person the organisation of the article that first names them) reads as none."""
    return with_links(Person.objects.all(), AnonymousUser(), organisation=Organisation).order_by()


def with_credits(people):
    """Give each of `people` the organisations, ranks and roles their published appearances
    credit them with (`published_credits`), each once, in the order they were first given.

    One query for them all that returns each distinct credit once, with the first appearance
    that gave it, rather than every appearance: a person named in thousands of articles under
    one rank costs a row, not thousands of records built in Python.
    """
    by_pk = {person.pk: person for person in people}
    credits = credits_by_person(Q(person_id__in=by_pk)) if by_pk else {}
    for pk, person in by_pk.items():
        person.published_credits = credits.get(pk, [])
    return people


def credits_by_person(appearances) -> dict[int, list[str]]:
    """The organisations, ranks and roles the published appearances matching `appearances` (a
    Q) credit each person with, each once, in the order first given: one row a distinct credit."""
    rows = (
        Appearance.objects.published()
        .filter(appearances)
        .values_list(
            "person_id",
            "organisation__name",
            "organisation__review_status",
            "rank_as_printed",
            "rank",
            "role",
        )
        .annotate(first=Min("pk"))
        .order_by("person_id", "first")
    )
    credits = {}
    for person_id, organisation, review_status, *given, _ in rows:
        standing = organisation if review_status != ReviewStatus.REJECTED else ""
        theirs = credits.setdefault(person_id, [])
        for credit in (standing, *given):
            if credit and credit not in theirs:
                theirs.append(credit)
    return credits


def organisation_rows():
    return Organisation.objects.order_by()


def _as_read(records):
    return records


class _Source(NamedTuple):
    model: type[models.Model]
    queryset: Callable[[], models.QuerySet]
    entry: Callable[[models.Model], Entry]
    # What each batch of records read needs before `entry` (a person's credits).
    prepare: Callable[[list], list] = _as_read

    def entries(self, records):
        return [self.entry(record) for record in self.prepare(list(records))]


SOURCES = {
    SearchKind.ARTICLE: _Source(Article, article_rows, article_entry),
    SearchKind.QUOTE: _Source(Quote, quote_rows, quote_entry),
    SearchKind.OPERATION: _Source(Operation, operation_rows, operation_entry),
    SearchKind.PERSON: _Source(Person, person_rows, person_entry, with_credits),
    SearchKind.ORGANISATION: _Source(Organisation, organisation_rows, organisation_entry),
}


def kind_of(obj) -> SearchKind:
    for kind, source in SOURCES.items():
        if isinstance(obj, source.model):
            return kind
    raise TypeError(f"{type(obj).__name__} records are not searchable.")
