"""Date lines as news pages print them: a writer's name or handle run into the date ("Dana
White 3rd Oct, 2015 Updated: …"), and the published and updated dates on one line.

Every line here is written for the test.
"""

from datetime import datetime

import pytest

from articles.extraction import extract
from articles.extraction.headers import parse_dateline, parse_source
from articles.extraction.lexicon import datelines
from tests.extraction.lexicon_checks import unused_exports


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


# --- a byline fused to an ordinal date, with or without "By" --------------------------------


@pytest.mark.parametrize(
    "line, byline, published, updated",
    [
        (
            "Hana Beck 2nd Feb, 2018 Updated: 3rd Feb, 2018",
            "Hana Beck",
            datetime(2018, 2, 2),
            datetime(2018, 2, 3),
        ),
        ("By Idris Vale 23rd August 2020", "Idris Vale", datetime(2020, 8, 23), None),
        ("Corin Ashby1st April 2017", "Corin Ashby", datetime(2017, 4, 1), None),
        ("Nell O'Hara 12th Oct 2016", "Nell O'Hara", datetime(2016, 10, 12), None),
        ("Rufus McKee-Lowe 30th Nov 2016", "Rufus McKee-Lowe", datetime(2016, 11, 30), None),
        ("Effie R. Dunmore 8th Jan 2019", "Effie R. Dunmore", datetime(2019, 1, 8), None),
        ("Bea Oduya, Crime Reporter 5th July 2021", "Bea Oduya", datetime(2021, 7, 5), None),
        (
            "Hana Beck and Idris Vale 22nd May 2020",
            "Hana Beck and Idris Vale",
            datetime(2020, 5, 22),
            None,
        ),
        (
            "Hana Beck2nd Feb, 2018Updated: 3rd Feb, 2018",
            "Hana Beck",
            datetime(2018, 2, 2),
            datetime(2018, 2, 3),
        ),
        ("Hana BeckPublished 2nd Feb 2018", "Hana Beck", datetime(2018, 2, 2), None),
        ("Posted 2nd Feb 2018 by Hana Beck", "Hana Beck", datetime(2018, 2, 2), None),
        (
            "2nd Feb 2018 | By Hana Beck, Courts Correspondent",
            "Hana Beck",
            datetime(2018, 2, 2),
            None,
        ),
    ],
)
def test_a_byline_fused_to_an_ordinal_date_is_the_writer(line, byline, published, updated):
    found_published, found_updated, found_byline = parse_dateline(line)
    assert found_byline == byline
    assert found_published[0] == published
    assert (found_updated[0] if found_updated else None) == updated


@pytest.mark.parametrize(
    "line, byline, published",
    [
        ("Gil Tanaka @giltanaka_desk27 March 2022", "Gil Tanaka", datetime(2022, 3, 27)),
        ("Gil Tanaka @gtan 9 Sept 2023", "Gil Tanaka", datetime(2023, 9, 9)),
        ("Gil Tanaka (@gtan) 9 Sept 2023", "Gil Tanaka", datetime(2023, 9, 9)),
        ("Gil Tanaka · @gtan · 9 Sept 2023", "Gil Tanaka", datetime(2023, 9, 9)),
        ("By Gil Tanaka @gtan99 11 January 2024", "Gil Tanaka", datetime(2024, 1, 11)),
    ],
)
def test_a_social_handle_between_the_name_and_the_date_is_left_out(line, byline, published):
    found_published, _updated, found_byline = parse_dateline(line)
    assert found_byline == byline
    assert found_published[0] == published


# --- published and updated on one line, in either order -------------------------------------


@pytest.mark.parametrize(
    "line, published, updated",
    [
        (
            "Published 07:55, 18 Aug 2021 | Updated 08:20, 18 Aug 2021",
            datetime(2021, 8, 18, 7, 55),
            datetime(2021, 8, 18, 8, 20),
        ),
        (
            "18 Aug 2021, 7.55am (Updated: 19 Aug 2021)",
            datetime(2021, 8, 18, 7, 55),
            datetime(2021, 8, 19),
        ),
        (
            "Last updated 19 Aug 2021, first published 18 Aug 2021",
            datetime(2021, 8, 18),
            datetime(2021, 8, 19),
        ),
        (
            "Updated: 19 Aug 2021 | Published: 18 Aug 2021",
            datetime(2021, 8, 18),
            datetime(2021, 8, 19),
        ),
        ("August 18, 2021 (updated August 19, 2021)", datetime(2021, 8, 18), datetime(2021, 8, 19)),
        (
            "Published 18 Aug 2021; last modified 19 Aug 2021",
            datetime(2021, 8, 18),
            datetime(2021, 8, 19),
        ),
        (
            "Wed 18 Aug 2021 07.55 BST Last modified on Thu 19 Aug 2021 08.20 BST",
            datetime(2021, 8, 18, 7, 55),
            datetime(2021, 8, 19, 8, 20),
        ),
        ("18 Aug 2021 — UPDATED 19 Aug 2021", datetime(2021, 8, 18), datetime(2021, 8, 19)),
        (
            "18 Aug 2021, 07:55 | Updated: 08:20",
            datetime(2021, 8, 18, 7, 55),
            datetime(2021, 8, 18, 8, 20),
        ),
        ("Published 18 Aug 2021 | Updated 2 hours ago", datetime(2021, 8, 18), None),
    ],
)
def test_published_and_updated_on_one_line_each_take_their_own_date(line, published, updated):
    found_published, found_updated, _byline = parse_dateline(line)
    assert found_published[0] == published
    assert (found_updated[0] if found_updated else None) == updated


def test_an_update_alone_on_the_line_is_the_only_date_and_so_the_published_one():
    found_published, found_updated, _byline = parse_dateline("Last updated 19 Aug 2021")
    assert found_published[0] == datetime(2021, 8, 19)
    assert found_updated is None


@pytest.mark.parametrize(
    "line, published",
    [
        ("Friday, 14 March 2025 06:05:41 PM", datetime(2025, 3, 14, 18, 5)),
        ("MEDIA RELEASE | Friday, March 14, 2025", datetime(2025, 3, 14)),
    ],
)
def test_a_time_with_seconds_or_a_press_office_label_still_makes_a_date_line(line, published):
    assert parse_dateline(line)[0][0] == published


@pytest.mark.parametrize(
    "line",
    [
        "Man Jailed Over Raid 4 Nov 2019",
        "Mia Roe said the flat was searched by Tom Reed on 4 Nov 2019",
        "Signposted 4 Nov 2019",
        "Patrols updated weekly since 4 Nov 2019",
    ],
)
def test_a_headline_or_sentence_around_a_date_is_not_a_date_line(line):
    assert parse_dateline(line) is None


# --- what the whole header holds --------------------------------------------------------------


def test_the_header_holds_the_writer_and_both_dates_of_a_fused_line():
    source = parse_source(
        "Cannabis farm found in old mill\n"
        "Hana Beck2nd Feb, 2018 Updated: 3rd Feb, 2018\n"
        "\n"
        "Officers found 300 plants in a disused mill on Tuesday.\n"
    )
    assert source.headline == "Cannabis farm found in old mill"
    assert source.byline == "Hana Beck"
    assert source.published == datetime(2018, 2, 2)
    assert source.updated == datetime(2018, 2, 3)
    assert source.paragraphs[0].text.startswith("Officers found 300 plants")


def test_an_update_printed_before_the_published_date_is_still_the_update():
    source = parse_source(
        "Cannabis farm found in old mill\n"
        "By Gil Tanaka\n"
        "Updated 10:05, 19 Aug 2021 | Published 07:55, 18 Aug 2021\n"
        "\n"
        "Officers found 300 plants in a disused mill on Tuesday.\n"
    )
    assert source.byline == "Gil Tanaka"
    assert (source.published, source.published_has_time) == (datetime(2021, 8, 18, 7, 55), True)
    assert (source.updated, source.updated_has_time) == (datetime(2021, 8, 19, 10, 5), True)


def test_a_press_release_label_on_the_date_line_under_the_headline():
    source = parse_source(
        "Cannabis farm found in old mill\n"
        "\n"
        "FOR IMMEDIATE RELEASE | Thursday, March 13, 2025\n"
        "\n"
        "Officers found 300 plants in a disused mill on Tuesday.\n"
    )
    assert source.headline == "Cannabis farm found in old mill"
    assert source.published == datetime(2025, 3, 13)
    assert source.paragraphs[0].text.startswith("Officers found")


def test_neither_of_two_writers_is_taken_for_a_person_in_the_story():
    found = extract(
        "Cannabis farm found in old mill\n"
        "By Hana Beck and Idris Vale 22nd May 2020\n"
        "\n"
        "Officers found 300 plants in a disused mill, Hana Beck reported. Idris Vale saw "
        "Inspector Ada Quill lead the search.\n"
    )
    names = {p.name for p in found.people}
    assert "Ada Quill" in names
    assert not names & {"Hana Beck", "Idris Vale"}


def test_every_label_in_the_lexicon_is_read_as_its_kind():
    for label in datelines.PUBLISHED_LABELS:
        published, updated, _ = parse_dateline(
            f"{label.capitalize()} 18 Aug 2021 | Updated 19 Aug 2021"
        )
        assert (published[0], updated[0]) == (datetime(2021, 8, 18), datetime(2021, 8, 19)), label
    for label in datelines.UPDATED_LABELS:
        published, updated, _ = parse_dateline(f"18 Aug 2021 | {label.upper()}: 19 Aug 2021")
        assert (published[0], updated[0]) == (datetime(2021, 8, 18), datetime(2021, 8, 19)), label


def test_every_word_list_of_the_date_line_lexicon_is_read():
    assert unused_exports(datelines) == set()


@pytest.mark.parametrize(
    "line, published",
    [
        (
            "Posted: Jan 4, 2026 9:05 AM MT | Last Updated: January 5, 2026",
            datetime(2026, 1, 4, 9, 5),
        ),
        ("Feb 2, 2026 11:40 PM CST", datetime(2026, 2, 2, 23, 40)),
        ("7 April 2026 08.15 NZST", datetime(2026, 4, 7, 8, 15)),
        ("Mar 3, 2026 6:30 p.m. PDT", datetime(2026, 3, 3, 18, 30)),
    ],
)
def test_a_time_with_the_zone_of_another_country_is_read(line, published):
    assert parse_source(f"Headline\n\n{line}\n\nBody text.\n").published == published
