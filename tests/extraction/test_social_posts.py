"""A social-media post copied as text: the page's name, a time stamp with the post's audience,
the post, then its counts and hashtags. It has no headline, and the counts do not make it look
cut off.

Every text here is written for the test.
"""

from datetime import datetime

import pytest

from articles.extraction import extract
from articles.extraction.headers import parse_source

POST = (
    "{page}\n"
    "{stamp}\n\n"
    "Deputies stopped a van on Route 9 on Friday night and found 3 pounds of meth.\n\n"
    "The driver, 40-year-old Cal Brody, was arrested and booked into the county jail.\n\n"
    "#StopTheFlow #Route9\n\n"
    "{counts}\n"
)


@pytest.mark.parametrize(
    "stamp, published",
    [
        ("April 12, 2025 at 9:40 PM · 🌎", datetime(2025, 4, 12, 21, 40)),
        ("12 April 2025 at 21:40 · Public", datetime(2025, 4, 12, 21, 40)),
    ],
)
def test_a_post_has_no_headline_and_its_stamp_is_its_date(stamp, published):
    text = POST.format(page="Marlow County Sheriff's Office", stamp=stamp, counts="👍 310")
    source = parse_source(text)
    assert source.headline is None
    assert source.published == published


@pytest.mark.parametrize(
    "counts", ["👍 1.4K   💬 96 comments   ↗️ 120 shares", "212 likes · 40 comments", "1,204 views"]
)
def test_the_counts_under_a_post_do_not_make_it_cut_off(counts):
    text = POST.format(
        page="Marlow County Sheriff's Office", stamp="April 12, 2025 at 9:40 PM · 🌎", counts=counts
    )
    assert parse_source(text).truncated is False


def test_the_page_name_is_read_with_the_post():
    text = POST.format(
        page="Marlow County Sheriff's Office",
        stamp="April 12, 2025 at 9:40 PM · 🌎",
        counts="👍 310",
    )
    assert "Marlow County Sheriff's Office" in {o.name for o in extract(text).organisations}


def test_a_headline_over_a_date_line_with_the_kind_of_piece_is_still_a_headline():
    text = (
        "Van driver held with meth on Route 9\n12 April 2025 · Explainer\n\n"
        "Deputies stopped a van.\n\nThe driver was held.\n"
    )
    assert parse_source(text).headline == "Van driver held with meth on Route 9"
