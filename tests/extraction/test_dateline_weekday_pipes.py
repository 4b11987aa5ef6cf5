"""Date lines with the weekday set off by a bar, and a parliament transcript's date line."""

from datetime import datetime

import pytest

from articles.extraction.headers import parse_dateline


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Published: Friday | May 8, 2026 | 9:45 PM", datetime(2026, 5, 8, 21, 45)),
        ("Friday | 8 May 2026", datetime(2026, 5, 8)),
        ("Posted Friday | May 8, 2026", datetime(2026, 5, 8)),
        ("Volume 802: debated on Friday 8 May 2026", datetime(2026, 5, 8)),
        ("debated on Friday 8 May 2026", datetime(2026, 5, 8)),
    ],
)
def test_the_date_is_read(line, when):
    (published, _), _, _ = parse_dateline(line)
    assert published == when


@pytest.mark.parametrize(
    "line",
    ["Volume 3 of the report came out on 8 May 2026", "Friday | the market | 8 May 2026 stalls"],
)
def test_a_sentence_with_a_date_is_no_date_line(line):
    assert parse_dateline(line) is None
