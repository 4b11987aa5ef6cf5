"""What a line of each long download holds: quotes, figures and articles.

They may run to hundreds of thousands of rows: they are read as plain values `in_chunks`,
with the speakers, credits and operations of each chunk looked up in one query each, so a
download costs a fixed number of queries per thousand rows and builds no model instance per
row. The columns that the database can write (days, addresses) it writes.
"""

import json
from collections import defaultdict
from functools import lru_cache
from operator import itemgetter

from django.db.models import CharField, TextField, Value
from django.db.models.functions import Cast, Coalesce, Concat, Substr
from django.urls import reverse

from casefiles.exports import among, among_pairs, in_chunks
from casefiles.figures import figure
from casefiles.highlight import passage_address
from casefiles.jsonld import absolute_url
from casefiles.models import Appearance, Operation, Organisation, Person, Quote, ReviewStatus


def _day(field):
    """The day (in UTC) of the date and time `field`, or "" for none, as text the database
    writes: the first ten characters of the stored value (SQLite's "2014-09-22 12:03:00", or
    PostgreSQL's text of it in the connection's UTC), so no row makes a datetime in Python."""
    return Coalesce(Substr(Cast(field, CharField()), 1, 10), Value(""))


def _article_address(pk="article_id", slug="article__slug"):
    """An article's full address from its `pk` and `slug` columns, written by the database: no
    `reverse` or string made per row."""
    marker = {"pk": 987654321, "slug": "slug-marker"}
    address = absolute_url(reverse("casefiles:article-detail", kwargs=marker))
    before, rest = address.split("987654321")
    between, after = rest.split("slug-marker")
    parts = [Value(before), pk, Value(between), slug, Value(after)]
    return Concat(*parts, output_field=CharField())


def _part_starts():
    """Where the parts of the row's article begin, as the JSON text the database holds: read
    by `_starts` once per article text, not decoded into a new list on every row."""
    return Cast("article__part_starts", TextField())


@lru_cache(maxsize=4096)
def _starts(text):
    """The part starts held in `text` (see `_part_starts`); most articles have one part."""
    return tuple(json.loads(text)) if text != "[]" else ()


class Names:
    """{pk: name} of the `model` records `user` may see, read by id as a download needs them:
    each chunk asks only for the records no earlier chunk did, in one query (none when there
    are none), so records named in every chunk (a busy speaker, a force) are read once."""

    def __init__(self, model, user):
        self.visible = model.objects.visible_to(user)
        self.known = {}
        self.asked = set()

    def of(self, pks):
        new = {pk for pk in pks if pk is not None} - self.asked
        if new:
            self.asked |= new
            self.known.update(among(self.visible, "pk", new).values_list("pk", "name"))
        return self.known


# --- Quotes -----------------------------------------------------------------------------------

QUOTE_HEADERS = [
    "id",
    "text",
    "speaker",
    "speaker_rank",
    "speaker_role",
    "operations",
    "article",
    "publication",
    "published",
    "review",
    "url",
]


def quote_values():
    """What a quote's line is made from, read in one query: `quote_records` says how."""
    return (
        "pk",
        "text",
        "speaker_id",
        "speaker__name",
        "speaker__review_status",
        "article_id",
        "article__headline",
        Coalesce("article__publication__name", Value("")),
        _day("article__published_at"),
        "review_status",
        _article_address(),
        "start",
        _part_starts(),
    )


_NO_CREDIT = (None, "", "")


def _credits(chunk):
    """{(article, person): (text, rank as printed, role)} of the first standing passage naming
    each speaker in their quote's article: the credit a quote's page prints. `chunk` holds
    rows of `quote_values()`."""
    pairs = {(row[5], row[2]) for row in chunk if row[2] is not None}
    fields = ("article_id", "person_id", "text", "rank_as_printed", "role", "start")
    passages = among_pairs(Appearance.objects.standing().values_list(*fields), fields[:2], pairs)
    # Last passage first: the first of each pair overwrites the others.
    passages.sort(key=itemgetter(5), reverse=True)
    return {(article, person): rest for article, person, *rest, _ in passages}


def _operation_names(chunk, operations):
    """{quote id: "name; name"} of the operations (a `Names`) that each quote is about."""
    links = among(Quote.operations.through.objects, "quote_id", [row[0] for row in chunk])
    about = list(links.values_list("quote_id", "operation_id"))
    names = operations.of(operation for _, operation in about)
    found = defaultdict(list)
    for quote, operation in about:
        if operation in names:
            found[quote].append(names[operation])
    return {quote: "; ".join(sorted(listed)) for quote, listed in found.items()}


def quote_records(quotes, user, *, by_id=False):
    """`quotes` in chunks of tuples, each the values of its line in `QUOTE_HEADERS` order: the
    speaker as `Quote.speaker_name` reads (their name where `user` may see them, otherwise as
    printed, and nobody for one rejected as not a real person), with their credit in the
    quote's article."""
    people, operations = Names(Person, user), Names(Operation, user)
    rejected = ReviewStatus.REJECTED
    for chunk in in_chunks(quotes.values_list(*quote_values()), by_id=by_id):
        shown = people.of(row[2] for row in chunk)
        credits = _credits(chunk)
        about = _operation_names(chunk, operations)
        records = []
        for row in chunk:
            pk, text, speaker, name, status, article, headline, paper, day, review = row[:10]
            url = passage_address(row[10], _starts(row[12]), row[11], f"quote-{pk}")
            printed, rank, role = credits.get((article, speaker), _NO_CREDIT)
            if speaker in shown:
                name = shown[speaker]
            elif status == rejected:
                name = ""
            else:
                name = printed or name or ""
            records.append(
                (pk, text, name, rank, role, about.get(pk, ""), headline, paper, day, review, url)
            )
        yield records


# --- Figures ----------------------------------------------------------------------------------

OUTCOME_HEADERS = [
    "id",
    "metric",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "figure",
    "period",
    "scope",
    "is_total",
    "operation",
    "organisation",
    "text",
    "article",
    "published",
    "review",
    "url",
]


def outcome_values():
    """What a figure's line is made from, read in one query: `outcome_records` says how."""
    return (
        "pk",
        "metric",
        "value",
        "value_max",
        "unit",
        "qualifier",
        "period",
        "scope",
        "is_total",
        "operation_id",
        "organisation_id",
        "text",
        "article__headline",
        _day("article__published_at"),
        "review_status",
        _article_address(),
        "start",
        _part_starts(),
    )


# Figures repeat ("3 arrests"): the wording of the latest this many is kept, not made again.
_figure = lru_cache(maxsize=4096)(figure)


def outcome_records(outcomes, user):
    """`outcomes` in chunks of tuples, each the values of its line in `OUTCOME_HEADERS` order,
    credited to what `user` may see."""
    operations, organisations = Names(Operation, user), Names(Organisation, user)
    for chunk in in_chunks(outcomes.values_list(*outcome_values())):
        by_operation = operations.of(row[9] for row in chunk)
        by_organisation = organisations.of(row[10] for row in chunk)
        # Rows of `outcome_values()`: the figure's wording after its parts (value, value_max,
        # unit, qualifier), and the names of what it is credited to in place of their ids.
        yield [
            (
                *row[:6],
                _figure(*row[2:6]),
                *row[6:9],
                by_operation.get(row[9], ""),
                by_organisation.get(row[10], ""),
                *row[11:15],
                passage_address(row[15], _starts(row[17]), row[16], f"outcome-{row[0]}"),
            )
            for row in chunk
        ]


# --- Articles ----------------------------------------------------------------------------------

ARTICLE_HEADERS = ["id", "headline", "publication", "published", "byline", "source_url", "url"]


def article_values():
    """An article's line, every column as the database writes it."""
    return (
        "pk",
        "headline",
        Coalesce("publication__name", Value("")),
        _day("published_at"),
        "byline",
        "source_url",
        _article_address("pk", "slug"),
    )


def article_records(articles):
    """`articles` in chunks of tuples, each the values of its line in `ARTICLE_HEADERS` order."""
    return in_chunks(articles.values_list(*article_values()))
