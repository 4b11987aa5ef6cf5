"""Streamed CSV and JSON downloads of a list of records.

A view picks the rows (usually its filtered queryset) and the columns, then returns
`export_response(rows, columns, fmt, filename)`; the format comes from the address
(/quotes/export.csv, /quotes/export.json). Rows are read from the database in chunks and written
as they come, so an export of every quote never sits in memory. A long list is best given to
`export_records` as tuples of plain values in column order, read `in_chunks` with what each
chunk links to looked up once per chunk: a fixed number of queries per chunk, no model instance
per row, and each chunk written in one go.

Columns are `(header, accessor)` pairs: the accessor is a callable taking the row, or a dotted
path ("speaker.name", "article.published_at") followed through attributes and dict keys, where
a method at the end is called and a None on the way gives None.
"""

from __future__ import annotations

import csv
import datetime
import decimal
import inspect
import io
import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from itertools import islice, repeat
from json.encoder import encode_basestring
from typing import Any

from django.db import connections, models
from django.db.models import F, Lookup
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
}
FORMATS = tuple(CONTENT_TYPES)
CHUNK_SIZE = 1000
# Rows are gathered into writes of about this many characters rather than one write a row.
BUFFER_CHARS = 32 * 1024
# A spreadsheet reads a cell starting with one of these as a formula (CSV injection); such text
# gets a leading apostrophe, which spreadsheets show as plain text.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

Column = tuple[str, Callable[[Any], Any] | str]


def export_response(
    rows: Iterable, columns: list[Column], fmt: str, filename: str
) -> StreamingHttpResponse:
    """A download of `rows` as CSV or JSON, written while the rows are read.

    CSV has a header row and one line a record; JSON is an array of objects keyed by header.
    Dates and times are ISO 8601 (times in the site's time zone, with their offset), decimals
    are numbers, None is an empty cell or null. Raises ValueError for an unknown `fmt`.
    """
    getters = [_getter(accessor) for _, accessor in columns]
    records = ([get(row) for get in getters] for row in _iterate(rows))
    return export_records(_batched(records), [header for header, _ in columns], fmt, filename)


def _download(content, fmt, filename):
    response = StreamingHttpResponse(content, content_type=CONTENT_TYPES[fmt])
    if not filename.lower().endswith(f".{fmt}"):
        filename = f"{filename}.{fmt}"
    response.headers["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def export_records(
    chunks: Iterable[list[tuple]], headers: list[str], fmt: str, filename: str
) -> StreamingHttpResponse:
    """A download of records already given as tuples of values in `headers` order, in lists
    (a chunk at a time): as `export_response`, without a column accessor per cell. Raises
    ValueError for an unknown `fmt`."""
    _check_format(fmt)
    headers = [str(header) for header in headers]
    write = _csv_chunks if fmt == "csv" else _json_chunks
    return _download(_buffered(write(headers, chunks)), fmt, filename)


def in_chunks(queryset, size=None, *, by_id=False) -> Iterator[list]:
    """`queryset`'s rows in lists of `size` (`CHUNK_SIZE`), read from the database as they are
    needed.

    `by_id` (for a list filtered to part of its rows, whose first value is the pk): on
    PostgreSQL the ids are read in order in one query, then each chunk's rows by their ids. A
    cursor gets no parallel plan, and for a part of a list PostgreSQL plans it poorly (a merge
    join along every article rather than a look-up of each of the few); plain queries plan as
    a page's do. Only the ids are held, never the rows. A whole list is read faster by its
    cursor, which joins every row at once."""
    size = size or CHUNK_SIZE
    connection = connections[queryset.db]
    if by_id and connection.vendor == "postgresql":
        yield from _by_id(queryset, size)
        return
    rows = queryset.iterator(chunk_size=size)
    with _planned_for_every_row(connection):
        # The first chunk opens the cursor, whose plan is then fixed.
        chunk = list(islice(rows, size))
    if chunk:
        yield chunk
        yield from _batched(rows, size)


def _by_id(queryset, size):
    ids = list(queryset.values_list("pk", flat=True))
    unordered = queryset.order_by()
    for start in range(0, len(ids), size):
        picked = ids[start : start + size]
        rows = {row[0]: row for row in among(unordered, "pk", picked)}
        yield [rows[pk] for pk in picked if pk in rows]


@contextmanager
def _planned_for_every_row(connection):
    """PostgreSQL plans a cursor for its first tenth of rows (`cursor_tuple_fraction`): a
    fast start, by indexes and nested loops, that costs several times a sort and hash joins
    over every row. A download reads every row, and Django's cursor outside a transaction
    (WITH HOLD) reads them all as it opens anyway, so a cursor opened here is planned for all."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET cursor_tuple_fraction = 1")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET cursor_tuple_fraction")


class IdIn(Lookup):
    """`column IN (1, 2, …)` with a chunk's ids written into the SQL as whole numbers.

    A thousand ids bound as parameters are each prepared as a value of the column's field,
    which costs more than the query itself; ids read from the database are numbers, and
    `int()` keeps them so. The column's index serves it as it serves any IN."""

    def get_prep_lookup(self):
        return [int(pk) for pk in self.rhs]

    def as_sql(self, compiler, connection):
        column, params = compiler.compile(self.lhs)
        if not self.rhs:
            return "1 = 0", params
        return f"{column} IN ({', '.join(map(str, self.rhs))})", params


def among(queryset, field, ids):
    """`queryset` where the number column `field` (or expression) is one of `ids` (a chunk's
    worth)."""
    column = F(field) if isinstance(field, str) else field
    return queryset.filter(IdIn(column, sorted(ids)))


def among_pairs(queryset, fields, pairs):
    """The rows of `queryset` (a `values_list` naming both `fields`, two number columns) whose
    `fields` hold one of `pairs` (a chunk's worth), in no order.

    The pairs are written into the query as a table of whole numbers joined to the rows, so
    each is one look-up in an index on both columns, in both databases. Filtering each column
    by its own list instead matches every pair of one value from each, and the database, which
    cannot tell how few of those exist, reads every row of one list's values: all the passages
    of a thousand articles, or all those naming a busy speaker anywhere."""
    if not pairs:
        return []
    connection = connections[queryset.db]
    first, second = map(connection.ops.quote_name, fields)
    sql, params = queryset.order_by().query.sql_with_params()
    table = ", ".join(f"({int(a)}, {int(b)})" for a, b in sorted(pairs))
    query = (
        f"WITH pairs ({first}, {second}) AS (VALUES {table}) "
        f"SELECT picked.* FROM pairs JOIN ({sql}) picked "
        f"ON picked.{first} = pairs.{first} AND picked.{second} = pairs.{second}"
    )
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        return cursor.fetchall()


def _batched(rows, size=None) -> Iterator[list]:
    rows, size = iter(rows), size or CHUNK_SIZE
    while chunk := list(islice(rows, size)):
        yield chunk


def _check_format(fmt):
    if fmt not in CONTENT_TYPES:
        raise ValueError(f"No export in format {fmt!r}; choose one of: {', '.join(FORMATS)}.")


def _iterate(rows):
    if isinstance(rows, models.QuerySet):
        # chunk_size is what lets iterator() keep a queryset's prefetch_related.
        return rows.iterator(chunk_size=CHUNK_SIZE)
    return iter(rows)


def _getter(accessor):
    if callable(accessor):
        return accessor
    if not isinstance(accessor, str) or not accessor:
        raise TypeError(f"A column accessor is a callable or a dotted path, not {accessor!r}.")
    path = accessor.split(".")

    def get(row):
        value = row
        for name in path:
            if value is None:
                return None
            value = value.get(name) if isinstance(value, Mapping) else getattr(value, name)
            if inspect.ismethod(value):
                value = value()
        return value

    return get


def _plain(value):
    """A cell's value as None, bool, int, float, Decimal, str, list or dict."""
    if value is None or isinstance(value, bool | int | float | decimal.Decimal | str):
        return value
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(item) for item in value]
    return str(value)


# --- Columns ---------------------------------------------------------------------------------
#
# A chunk is written a column at a time: the cells of a column are mostly of one type (every id a
# whole number, every headline text), and such a column is written with one C-level call over
# all its cells; any other column goes cell by cell through `_csv_cell` or `_json_value`, which
# say what each kind of value becomes.

_NONE = type(None)
_TEXT = frozenset({str})
_MAYBE_TEXT = frozenset({str, _NONE})
_WHOLE = frozenset({int})
_MAYBE_WHOLE = frozenset({int, _NONE})
_BOOL_JSON = {True: "true", False: "false"}


def _columns(headers, chunk):
    """The chunk's records as columns, one for each header."""
    if len(chunk[0]) != len(headers):
        raise ValueError(f"Every record needs {len(headers)} values, one for each header.")
    return zip(*chunk, strict=True)


def _csv_column(cells):
    kinds = set(map(type, cells))
    if kinds <= _MAYBE_WHOLE:
        # csv.writer writes a None as an empty cell, as `_csv_cell` does.
        return cells
    if kinds <= _MAYBE_TEXT and not any(
        map(str.startswith, filter(None, cells), repeat(FORMULA_TRIGGERS))
    ):
        return cells
    return list(map(_csv_cell, cells))


def _json_column(cells):
    kinds = set(map(type, cells))
    if kinds == _TEXT:
        return list(map(encode_basestring, cells))
    if kinds == _WHOLE:
        return list(map(int.__repr__, cells))
    if kinds == {bool}:
        return list(map(_BOOL_JSON.__getitem__, cells))
    return list(map(_json_value, cells))


# --- CSV --------------------------------------------------------------------------------------


def _csv_chunks(headers, chunks) -> Iterator[str]:
    """A header line, then each chunk of records written at once."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_csv_cell(header) for header in headers])
    for chunk in chunks:
        if chunk:
            writer.writerows(zip(*map(_csv_column, _columns(headers, chunk)), strict=True))
        yield out.getvalue()
        out.seek(0)
        out.truncate()
    yield out.getvalue()


def _csv_cell(value):
    """A cell's value as csv.writer takes it."""
    if type(value) is str:
        return _guard(value)
    if type(value) is int:
        return value
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, decimal.Decimal):
        return _decimal_text(value)
    if isinstance(value, list):
        return _guard("; ".join(str(_csv_cell(item)) for item in value))
    if isinstance(value, dict):
        return _guard(json.dumps(value, ensure_ascii=False, default=str))
    if isinstance(value, str):
        return _guard(value)
    # Numbers stay numbers: a real -5 is no formula.
    return value


def _guard(text):
    return f"'{text}" if text.startswith(FORMULA_TRIGGERS) else text


# --- JSON -------------------------------------------------------------------------------------


def _json_chunks(headers, chunks) -> Iterator[str]:
    """An array of objects keyed by header, one line each, a chunk of lines written at once."""
    # Each line is this template filled in with its values written as JSON.
    keys = (json.dumps(header, ensure_ascii=False).replace("%", "%%") for header in headers)
    line = "{" + ",".join(f"{key}:%s" for key in keys) + "}"
    separator = "\n"
    yield "["
    for chunk in chunks:
        if not chunk:
            continue
        values = zip(*map(_json_column, _columns(headers, chunk)), strict=True)
        yield separator + ",\n".join(map(line.__mod__, values))
        separator = ",\n"
    yield "\n]\n"


def _json_value(value):
    """A value written as JSON."""
    if type(value) is str or type(value) is int:
        return json.dumps(value, ensure_ascii=False)
    value = _plain(value)
    if isinstance(value, decimal.Decimal):
        # Written as the number it is, not through a float.
        return _decimal_text(value) if value.is_finite() else "null"
    if isinstance(value, float) and not math.isfinite(value):
        return "null"
    return json.dumps(value, ensure_ascii=False, default=_json_fallback)


def _json_fallback(value):
    if isinstance(value, decimal.Decimal):
        return float(value) if value.is_finite() else None
    return str(value)


def _decimal_text(value):
    """70.000 → "70", 2.500 → "2.5": the figure with no padding and no exponent."""
    if not value.is_finite():
        return ""
    text = format(value.normalize(), "f")
    return "0" if text == "-0" else text


def _buffered(pieces: Iterator[str]) -> Iterator[str]:
    buffer, size = [], 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= BUFFER_CHARS:
            yield "".join(buffer)
            buffer, size = [], 0
    if buffer:
        yield "".join(buffer)
