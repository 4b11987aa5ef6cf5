"""Date lines a writer's name or handle runs into: "Dana White 3rd Oct, 2015 Updated: …".

Every line here is written for the test.
"""

from datetime import datetime

import pytest

from articles.extraction.headers import parse_dateline, parse_source


@pytest.mark.parametrize(
    "line, published, byline",
    [
        ("Mia Roe 4th Nov, 2019 Updated: 6th Nov, 2019", datetime(2019, 11, 4), "Mia Roe"),
        ("Mia Roe @miaroe14 Jan 2022", datetime(2022, 1, 14), "Mia Roe"),
        ("Tomas de Berg @tberg_news 2 March 2020", datetime(2020, 3, 2), "Tomas de Berg"),
        ("Lou Anne Park 9 June 2018, 4:30 pm", datetime(2018, 6, 9, 16, 30), "Lou Anne Park"),
    ],
)
def test_a_writers_name_or_handle_before_the_date_is_the_byline(line, published, byline):
    found_published, _updated, found_byline = parse_dateline(line)
    assert found_published[0] == published
    assert byline in found_byline


@pytest.mark.parametrize(
    "line",
    [
        "Police Raid Village 4 Nov 2019",
        "Court Sits Again 4 Nov 2019",
        "Mia Roe said the flat was searched on 4 Nov 2019",
    ],
)
def test_words_before_a_date_that_are_not_a_name_leave_no_date_line(line):
    assert parse_dateline(line) is None


def test_the_header_reads_the_fused_byline_and_the_date():
    source = parse_source(
        "Flats searched in dawn raids\nMia Roe @miaroe14 Jan 2022\n\nPolice searched four flats.\n"
    )
    assert source.headline == "Flats searched in dawn raids"
    assert source.published.date() == datetime(2022, 1, 14).date()


@pytest.mark.parametrize(
    "line, published",
    [
        ("Mia Roe | November 4, 2019", datetime(2019, 11, 4)),
        ("Mia Roe · 4 Nov 2019", datetime(2019, 11, 4)),
        ("4 Nov 2019 • 3 min read", datetime(2019, 11, 4)),
        ("2019-11-04T09:30:00Z", datetime(2019, 11, 4)),
        ("2019-11-04T09:30+01:00", datetime(2019, 11, 4)),
    ],
)
def test_date_lines_with_a_separator_a_reading_time_or_an_iso_stamp(line, published):
    found_published, _updated, _byline = parse_dateline(line)
    assert found_published[0].date() == published.date()


@pytest.mark.parametrize("label", ["NEWS", "LOCAL NEWS", "CRIME & COURTS"])
def test_a_section_label_above_the_headline_is_not_the_headline(label):
    source = parse_source(
        f"{label}\nFlats searched in dawn raids\n4 Nov 2019\n\nPolice searched four flats.\n"
    )
    assert source.headline == "Flats searched in dawn raids"
    assert source.published.date() == datetime(2019, 11, 4).date()


def test_a_headline_in_capitals_with_a_date_under_it_is_still_the_headline():
    source = parse_source("FLATS SEARCHED\n4 Nov 2019\n\nPolice searched four flats.\n")
    assert source.headline == "FLATS SEARCHED"
