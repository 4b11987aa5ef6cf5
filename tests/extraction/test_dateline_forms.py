"""Date lines in forms beyond the plain "2 April 2025, 09:15": a two-figure year, a month
between hyphens, a time with its zone, a live page's start and last update, and the kind of
piece printed beside the date. Lines that only hold a date inside other words stay rejected.

Every line here is written for the test.
"""

from datetime import datetime

import pytest

from articles.extraction.headers import parse_dateline, parse_source
from articles.extraction.lexicon.datelines import FORMAT_WORDS

BODY = "Officers searched two flats on Tuesday and seized a van.\n"


def _published(line: str, **kwargs):
    return parse_dateline(line, **kwargs)[0]


# --- a year in two figures --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, published",
    [
        ("17.11.25 / 08:05", datetime(2025, 11, 17, 8, 5)),
        ("04.03.24 | 19:40", datetime(2024, 3, 4, 19, 40)),
        ("21/06/23 - 7.15am", datetime(2023, 6, 21, 7, 15)),
        ("9/1/26, 22:05", datetime(2026, 1, 9, 22, 5)),
        ("Published 30.09.25 / 11:20", datetime(2025, 9, 30, 11, 20)),
        ("Sat 05.04.25 | 06:00 BST", datetime(2025, 4, 5, 6, 0)),
    ],
)
def test_a_date_with_a_two_figure_year_and_a_time_is_read_day_first(line, published):
    assert _published(line) == (published, True)


def test_a_two_figure_year_date_is_read_month_first_in_an_american_article():
    assert _published("04/03/24 / 19:40", month_first=True) == (datetime(2024, 4, 3, 19, 40), True)
    assert _published("11/17/25 - 08:05") == (datetime(2025, 11, 17, 8, 5), True)


def test_an_american_article_reads_its_two_figure_year_date_month_first():
    text = (
        "Deputies seize meth\n\n3/12/26 / 4:10 PM\n\nSheriff's deputies found $4,000 and "
        "booked him into the county jail.\n\nDone.\n"
    )
    published = parse_source(text).published
    assert (published.year, published.month, published.day) == (2026, 3, 12)


@pytest.mark.parametrize(
    "line",
    [
        "1.17.11.25",  # a figure runs on before the date
        "17.11.25.4",  # and after it
        "17.11/25 08:05",  # two different separators
        "Version 2.4.10 released",
        "Scores were 3.5.12 on the day",
    ],
)
def test_figures_that_only_look_like_a_two_figure_year_date_are_no_date_line(line):
    assert parse_dateline(line) is None


# --- a month between hyphens ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, published",
    [
        ("Thu 12-Nov-2025 | 21.10", datetime(2025, 11, 12, 21, 10)),
        ("Mon 3-Feb-2025 | 07.45", datetime(2025, 2, 3, 7, 45)),
        ("Sun 28-Sep-2025 | 00.30", datetime(2025, 9, 28, 0, 30)),
        ("WED 01-JAN-2025 | 13.05", datetime(2025, 1, 1, 13, 5)),
        ("19-Aug-2024", datetime(2024, 8, 19)),
    ],
)
def test_a_date_with_its_month_between_hyphens_is_read(line, published):
    assert _published(line)[0] == published


# --- a date and time with a North American zone -------------------------------------------------


@pytest.mark.parametrize(
    "line, published",
    [
        ("2025-11-12 16:40 MST", datetime(2025, 11, 12, 16, 40)),
        ("2025-03-04 09:05 EDT", datetime(2025, 3, 4, 9, 5)),
        ("2024-12-30 23:59 PST", datetime(2024, 12, 30, 23, 59)),
        ("2025-07-01 4:15 p.m. CDT", datetime(2025, 7, 1, 16, 15)),
        ("2025-02-14 07:30 (AKST)", datetime(2025, 2, 14, 7, 30)),
        ("Updated 2025-06-09 18:20 NDT", datetime(2025, 6, 9, 18, 20)),
    ],
)
def test_an_iso_date_with_a_time_and_its_zone_is_read(line, published):
    assert _published(line) == (published, True)


# --- a live page's start and last update --------------------------------------------------------


@pytest.mark.parametrize(
    "line, published, updated",
    [
        (
            "Began 09:15, 2 April 2025 · Last updated 10:40",
            datetime(2025, 4, 2, 9, 15),
            datetime(2025, 4, 2, 10, 40),
        ),
        (
            "LIVE · Started 18:02, 4 May 2024 · Last updated 19:30",
            datetime(2024, 5, 4, 18, 2),
            datetime(2024, 5, 4, 19, 30),
        ),
        (
            "Last updated 06:55 | Began 05:10, 11 January 2026",
            datetime(2026, 1, 11, 5, 10),
            datetime(2026, 1, 11, 6, 55),
        ),
        (
            "Began 21:00, Fri 7 March 2025 · Updated 23:45",
            datetime(2025, 3, 7, 21, 0),
            datetime(2025, 3, 7, 23, 45),
        ),
    ],
)
def test_a_live_pages_start_is_published_and_its_last_update_on_the_same_day(
    line, published, updated
):
    found_published, found_updated, _byline = parse_dateline(line)
    assert found_published == (published, True)
    assert found_updated == (updated, True)


# --- the kind of piece beside the date ----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "2 April 2025 · Analysis",
        "2 April 2025 | Opinion",
        "2 April 2025 · Feature",
        "2 April 2025 · Explainer · 4 min read",
        "2 April 2025 | Comment | Kestrel Gazette",
        "Interview | 2 April 2025 | By Ines Varga",
        "2 April 2025 · Long read",
        "2 April 2025 / Crime explainer",
        "2 April 2025 · FACT CHECK",
    ],
)
def test_a_section_or_the_kind_of_piece_beside_the_date_leaves_a_date_line(line):
    assert _published(line)[0] == datetime(2025, 4, 2)


def test_every_kind_of_piece_in_the_lexicon_is_read_beside_the_date():
    for word in FORMAT_WORDS:
        assert parse_dateline(f"2 April 2025 · {word.capitalize()}"), word


def test_the_header_reads_a_date_line_with_the_kind_of_piece():
    source = parse_source(f"Flats searched in dawn raids\n2 April 2025 · Explainer\n\n{BODY}")
    assert source.headline == "Flats searched in dawn raids"
    assert source.published == datetime(2025, 4, 2)
    assert source.paragraphs[0].text.startswith("Officers searched")


# --- lines that hold a date but are not date lines ----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Police said on 2 April 2025 that two men were held",
        "Officers began searching on 2 April 2025",
        "Police Comment 2 April 2025",
        "Review 2 April 2025",
        "Raid review began 09:15, 2 April 2025",
        "Man jailed over 2025 raid",
        "Two men arrested in raids since 12-Nov-2025",
        "Patrols were doubled from 17.11.25 after the attack",
        "2 April 2025 review of patrols",
    ],
)
def test_a_sentence_or_headline_around_a_date_is_still_not_a_date_line(line):
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "17.11.25 / 08:05",
        "Thu 12-Nov-2025 | 21.10",
        "Began 09:15, 2 April 2025 · Last updated 10:40",
        "2 April 2025 · Analysis",
    ],
)
def test_the_header_takes_each_new_form_as_its_date_line(line):
    source = parse_source(f"Flats searched in dawn raids\n{line}\n\n{BODY}")
    assert source.published is not None
    assert source.paragraphs[0].text == BODY.strip()
