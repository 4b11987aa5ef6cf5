import csv
import datetime
import decimal
import io
import json
import zoneinfo
from operator import itemgetter

import pytest
from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext

from casefiles.exports import export_records, export_response, in_chunks
from casefiles.models import Outcome, Quote
from tests.factories import ArticleFactory, OperationFactory, OutcomeFactory, QuoteFactory

QUOTE_COLUMNS = [
    ("Speaker", "speaker.name"),
    ("Quote", "text"),
    ("Article", "article.headline"),
    ("Published", "article.published_at"),
    ("Operations", lambda quote: [operation.name for operation in quote.operations.all()]),
    ("Page", "get_absolute_url"),
]

PUBLISHED = datetime.datetime(2014, 9, 22, 12, 3, tzinfo=datetime.UTC)


def content(response):
    return b"".join(response.streaming_content).decode("utf-8")


def csv_rows(response):
    return list(csv.reader(io.StringIO(content(response))))


def export_rows(rows, fmt, columns=(("Value", "value"),)):
    return export_response(rows, list(columns), fmt, "export")


@pytest.fixture
def quote(db):
    article = ArticleFactory(headline="Raids in Southend", published_at=PUBLISHED)
    return QuoteFactory(
        article=article,
        speaker__name="Lewis Basford",
        operations=[OperationFactory(name="Operation Erasure")],
    )


def test_csv_has_a_header_and_a_line_for_each_record(quote):
    response = export_response(Quote.objects.for_display(), QUOTE_COLUMNS, "csv", "quotes")
    assert csv_rows(response) == [
        ["Speaker", "Quote", "Article", "Published", "Operations", "Page"],
        [
            "Lewis Basford",
            '"We moved proactively to stop them."',
            "Raids in Southend",
            "2014-09-22T13:03:00+01:00",
            "Operation Erasure",
            quote.get_absolute_url(),
        ],
    ]


def test_json_is_an_array_of_objects_keyed_by_header(quote):
    response = export_response(Quote.objects.for_display(), QUOTE_COLUMNS, "json", "quotes")
    assert json.loads(content(response)) == [
        {
            "Speaker": "Lewis Basford",
            "Quote": '"We moved proactively to stop them."',
            "Article": "Raids in Southend",
            "Published": "2014-09-22T13:03:00+01:00",
            "Operations": ["Operation Erasure"],
            "Page": quote.get_absolute_url(),
        }
    ]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_is_a_streamed_download(quote, fmt):
    response = export_response(Quote.objects.all(), QUOTE_COLUMNS, fmt, "quotes")
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Disposition"] == f'attachment; filename="quotes.{fmt}"'
    assert (
        response["Content-Type"]
        == {
            "csv": "text/csv; charset=utf-8",
            "json": "application/json",
        }[fmt]
    )


def test_rows_are_read_from_the_database_while_streaming(quote, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = export_response(Quote.objects.for_display(), QUOTE_COLUMNS, "csv", "quotes")
    with django_assert_num_queries(2):  # the quotes, then their operations
        assert len(csv_rows(response)) == 2


def test_export_queries_stay_fixed_however_many_rows(db, django_assert_max_num_queries):
    article = ArticleFactory()
    operation = OperationFactory()
    body = article.body
    for start in range(30):
        QuoteFactory(
            article=article, start=start, end=start + 5, text=body[start : start + 5]
        ).operations.add(operation)
    response = export_response(Quote.objects.for_display(), QUOTE_COLUMNS, "json", "quotes")
    with django_assert_max_num_queries(2):
        assert len(json.loads(content(response))) == 30


@pytest.mark.parametrize("count", [0, 1, 25])
def test_json_is_a_valid_array_for_any_number_of_rows(count):
    rows = [{"value": n} for n in range(count)]
    assert json.loads(content(export_rows(rows, "json"))) == [{"Value": n} for n in range(count)]


def test_csv_of_no_rows_is_the_header_alone():
    assert csv_rows(export_rows([], "csv")) == [["Value"]]


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://x","y")', "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"],
)
def test_csv_cells_that_a_spreadsheet_would_run_are_made_text(text):
    [_, [cell]] = csv_rows(export_rows([{"value": text}], "csv"))
    assert cell == f"'{text}"


def test_csv_leaves_ordinary_text_and_negative_numbers_alone():
    rows = [{"value": "Operation Erasure"}, {"value": decimal.Decimal("-5")}, {"value": -2}]
    assert csv_rows(export_rows(rows, "csv"))[1:] == [["Operation Erasure"], ["-5"], ["-2"]]


def test_json_writes_decimals_as_numbers_dates_as_iso_and_none_as_null():
    rows = [
        {
            "figure": decimal.Decimal("2.500"),
            "big": decimal.Decimal("12345678901234.567"),
            "day": datetime.date(2014, 7, 22),
            "missing": None,
            "done": True,
        }
    ]
    columns = [(key, key) for key in rows[0]]
    text = content(export_rows(rows, "json", columns))
    assert '"figure":2.5,' in text
    assert json.loads(text, parse_float=decimal.Decimal) == [
        {
            "figure": decimal.Decimal("2.5"),
            "big": decimal.Decimal("12345678901234.567"),
            "day": "2014-07-22",
            "missing": None,
            "done": True,
        }
    ]


def test_outcome_figures_export_as_numbers(db):
    OutcomeFactory(value=decimal.Decimal("70.000"))
    columns = [("Metric", "metric"), ("Value", "value"), ("Up to", "value_max")]
    assert json.loads(content(export_response(Outcome.objects.all(), columns, "json", "f"))) == [
        {"Metric": "arrests", "Value": 70, "Up to": None}
    ]
    assert csv_rows(export_response(Outcome.objects.all(), columns, "csv", "f"))[1] == [
        "arrests",
        "70",
        "",
    ]


def test_a_missing_link_in_a_dotted_path_gives_an_empty_cell(quote):
    Quote.objects.update(speaker=None)
    response = export_response(Quote.objects.all(), QUOTE_COLUMNS[:1], "csv", "quotes")
    assert csv_rows(response) == [["Speaker"], [""]]


def test_times_are_written_in_the_site_time_zone():
    moment = datetime.datetime(2014, 1, 5, 9, 30, tzinfo=zoneinfo.ZoneInfo("UTC"))
    rows = [{"value": moment}]
    assert csv_rows(export_rows(rows, "csv"))[1] == ["2014-01-05T09:30:00+00:00"]


def test_a_filename_outside_ascii_is_kept():
    response = export_response([], [("Value", "value")], "csv", "citations-café")
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''citations-caf%C3%A9.csv"
    )


@pytest.mark.parametrize("fmt", ["xml", "", "CSV"])
def test_an_unknown_format_is_a_value_error(fmt):
    with pytest.raises(ValueError, match="choose one of: csv, json"):
        export_rows([], fmt)


# --- Records given as tuples in column order, a chunk at a time --------------------------------

MIXED = [
    (1, "Operation Erasure", decimal.Decimal("70.000"), None, True),
    (2, "=cmd()", decimal.Decimal("-2.5"), PUBLISHED, False),
]


def record_chunks(records, size):
    return [records[n : n + size] for n in range(0, len(records), size)]


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("size", [1, 2, 5])
def test_records_in_chunks_write_as_the_same_rows_given_one_by_one(fmt, size):
    headers = ["id", "name", "value", "when", "flag"]
    columns = [(header, itemgetter(n)) for n, header in enumerate(headers)]
    by_column = content(export_response(MIXED, columns, fmt, "x"))
    by_chunk = content(export_records(record_chunks(MIXED, size), headers, fmt, "x"))
    assert by_chunk == by_column


@pytest.mark.parametrize("chunks", [[], [[]], [[], [(1,)], []]])
def test_records_json_is_a_valid_array_whatever_the_chunks(chunks):
    rows = json.loads(content(export_records(chunks, ["id"], "json", "x")))
    assert rows == [{"id": 1} for chunk in chunks for _ in chunk]


def test_records_in_an_unknown_format_are_a_value_error():
    with pytest.raises(ValueError):
        export_records([], ["id"], "xlsx", "x")


# --- Columns of one type are written at once, as each of their cells would be ------------------

COLUMNS = {
    "whole numbers": [1, -2, 30],
    "numbers or none": [1, None, -5],
    "text": ["Operation Erasure", "café", 'said "yes", then\nleft'],
    "text that a spreadsheet would run": ["Southend", "=cmd()", "-2+3", "@SUM(A1)"],
    "text or none": ["", None, "+44 1702", "Echo"],
    "flags": [True, False, True],
    "decimals": [decimal.Decimal("70.000"), None, decimal.Decimal("-2.50")],
    "mixed": [1, "=x", None, PUBLISHED, decimal.Decimal("2.5"), True, 1.5, ["a", "b"]],
}


@pytest.mark.parametrize("cells", COLUMNS.values(), ids=COLUMNS.keys())
def test_a_column_is_written_as_its_cells_one_by_one(cells):
    from casefiles.exports import _csv_cell, _json_value

    records = [(n, cell) for n, cell in enumerate(cells)]
    one_by_one = io.StringIO()
    csv.writer(one_by_one).writerows([[n, _csv_cell(cell)] for n, cell in records])
    text = content(export_records([records], ["n", "value"], "csv", "x"))
    assert text == "n,value\r\n" + one_by_one.getvalue()
    lines = ",\n".join(f'{{"n":{n},"value":{_json_value(cell)}}}' for n, cell in records)
    assert content(export_records([records], ["n", "value"], "json", "x")) == f"[\n{lines}\n]\n"


def test_json_keys_may_hold_any_text():
    rows = json.loads(content(export_records([[(1, 2)]], ['100% "sure"', "%s"], "json", "x")))
    assert rows == [{'100% "sure"': 1, "%s": 2}]


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("records", [[(1, 2, 3)], [(1, 2), (3,)]], ids=["long", "ragged"])
def test_records_not_one_value_a_header_are_a_value_error(fmt, records):
    with pytest.raises(ValueError):
        content(export_records([records], ["id", "n"], fmt, "x"))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL planner setting")
def test_a_download_cursor_is_planned_for_every_row_then_the_setting_put_back(db):
    for start in range(3):
        QuoteFactory(start=start, end=start + 5)
    with CaptureQueriesContext(connection) as queries:
        assert sum(map(len, in_chunks(Quote.objects.all(), size=2))) == 3
    sql = [query["sql"] for query in queries]
    assert sql[0] == "SET cursor_tuple_fraction = 1"
    assert sql[1].startswith("DECLARE") and "CURSOR FOR SELECT" in sql[1]
    assert sql[2] == "RESET cursor_tuple_fraction"
    with connection.cursor() as cursor:
        cursor.execute("SHOW cursor_tuple_fraction")
        assert cursor.fetchone() == ("0.1",)


@pytest.mark.parametrize("by_id", [False, True], ids=["cursor", "by-id"])
def test_rows_in_chunks_come_once_each_in_the_querysets_order(db, by_id):
    quotes = [QuoteFactory(start=start, end=start + 5) for start in (30, 10, 20, 40, 0)]
    ordered = Quote.objects.filter(pk__in=[quote.pk for quote in quotes[:4]]).order_by("start")
    chunks = list(in_chunks(ordered.values_list("pk", "start"), size=3, by_id=by_id))
    assert [len(chunk) for chunk in chunks] == [3, 1]
    assert [row[1] for chunk in chunks for row in chunk] == [10, 20, 30, 40]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL cursor")
def test_a_filtered_list_is_read_by_plain_queries_a_chunk_each(db):
    for start in range(5):
        QuoteFactory(start=start, end=start + 5)
    with CaptureQueriesContext(connection) as queries:
        chunks = list(in_chunks(Quote.objects.order_by("-start").values_list("pk"), 2, by_id=True))
    assert [len(chunk) for chunk in chunks] == [2, 2, 1]
    sql = [query["sql"] for query in queries]
    assert len(sql) == 1 + 3
    assert not any("CURSOR" in query or "cursor_tuple_fraction" in query for query in sql)
