"""Header shapes: a section label above the headline, a headline over two lines or ending
with a full stop, a handle fused to the date, and dates in figures read by the article's
country.

Every text here is written for the test.
"""

import pytest

from articles.extraction.headers import parse_dateline, parse_source

BODY = "A man was jailed on Monday after officers found drugs in his car.\n\nHe admitted it.\n"


@pytest.mark.parametrize("label", ["EXCLUSIVE", "Crime", "News | Courts", "UK News", "Local news"])
def test_a_section_label_above_the_headline_is_not_the_headline(label):
    source = parse_source(f"{label}\n\nDealer jailed after roadside stop\n\n4 May 2026\n\n{BODY}")
    assert source.headline == "Dealer jailed after roadside stop"


@pytest.mark.parametrize(
    "lines",
    [
        "Dealer jailed for six years after\nroadside stop in Elmford",
        "Dealer jailed for six years\nafter roadside stop in Elmford",
    ],
)
def test_a_headline_over_two_lines_is_one_headline(lines):
    source = parse_source(f"{lines}\n\n4 May 2026\n\n{BODY}")
    assert source.headline == "Dealer jailed for six years after roadside stop in Elmford"
    assert source.paragraphs[0].text.startswith("A man was jailed")


def test_a_headline_and_a_standfirst_in_one_block_stay_apart():
    text = f"Dealer jailed\nPolice Found Cocaine Hidden In The Spare Wheel\n\n4 May 2026\n\n{BODY}"
    assert parse_source(text).headline == "Dealer jailed"


@pytest.mark.parametrize("byline", ["By Nia Holt", "By Nia Holt, Crime Reporter"])
def test_a_headline_with_a_full_stop_above_a_byline_is_the_headline(byline):
    text = f"‘We will find you’: police warn dealers after raids.\n\n{byline}\n\n{BODY}"
    source = parse_source(text)
    assert source.headline == "‘We will find you’: police warn dealers after raids."
    assert source.byline == "Nia Holt"


def test_a_clipping_that_starts_with_its_body_has_no_headline():
    text = "officers were called to the flat at 3am and found the man inside.\n\nHe was held.\n"
    assert parse_source(text).headline is None


@pytest.mark.parametrize(
    "line, day",
    [
        ("@crimedesk12 March 2026", 12),
        ("@crimedesk 12 March 2026", 12),
        ("By Nia Holt7th March 2026", 7),
        ("Published: 09:41, 3 Mar 2026 | Updated: 10:02, 3 Mar 2026", 3),
        ("March 3, 2026 at 9:15 a.m. PT", 3),
    ],
)
def test_a_date_line_fused_to_a_handle_or_byline_or_labelled(line, day):
    published, _updated, _byline = parse_dateline(line)
    assert (published[0].month, published[0].day) == (3, day)


def test_a_handle_alone_names_no_writer():
    assert parse_dateline("@crimedesk12 March 2026")[2] is None


def test_a_date_in_figures_is_day_first_outside_america():
    text = (
        "Dealer jailed after stop\n\n3/12/2026\n\nHe was fined £400 at Elmford Crown Court."
        "\n\nDone.\n"
    )
    published = parse_source(text).published
    assert (published.month, published.day) == (12, 3)


def test_a_date_in_figures_is_month_first_in_an_american_article():
    text = (
        "Deputies seize meth\n\n3/12/2026\n\nSheriff's deputies found $4,000 and booked him "
        "into the county jail.\n\nDone.\n"
    )
    published = parse_source(text).published
    assert (published.month, published.day) == (3, 12)


def test_a_first_number_over_twelve_is_the_day_and_a_second_the_day_too():
    assert parse_dateline("30/4/2026")[0][0].day == 30
    assert parse_dateline("4/30/2026")[0][0].day == 30


@pytest.mark.parametrize("under", ["4 May 2026", "By Nia Holt"])
def test_a_publishers_name_above_the_headline_is_not_the_headline(under):
    source = parse_source(
        f"Wessex Police\n\nDealer jailed after roadside stop\n\n{under}\n\n{BODY}"
    )
    assert source.headline == "Dealer jailed after roadside stop"


def test_a_short_headline_above_a_standfirst_stays_the_headline():
    text = (
        "Burglary crackdown hailed\n\nPolice Arrest Hundreds In Month Of Raids\n\n"
        f"By Nia Holt\n\n{BODY}"
    )
    assert parse_source(text).headline == "Burglary crackdown hailed"


def test_a_breadcrumb_above_the_headline_is_not_the_headline():
    source = parse_source(
        f"Home > News > Crime\n\nDealer jailed after stop\n\n4 May 2026\n\n{BODY}"
    )
    assert source.headline == "Dealer jailed after stop"


@pytest.mark.parametrize(
    "line, date",
    [
        ("Tuesday 3 March 2026 15:09, UK", (2026, 3, 3)),
        ("March 3, 2026 / 9:15 AM / Brackton News", (2026, 3, 3)),
        ("Mon, 03/02/2026 - 11:04", (2026, 2, 3)),
        ("2026/03/04", (2026, 3, 4)),
        ("Published on 04-03-2026", (2026, 3, 4)),
        ("News | 5 March 2026", (2026, 3, 5)),
        ("Police Media | 5 March 2026", (2026, 3, 5)),
    ],
)
def test_more_date_line_shapes(line, date):
    published = parse_dateline(line)[0][0]
    assert (published.year, published.month, published.day) == date


@pytest.mark.parametrize(
    "line", ["Police seized 5 kilos | 5 March 2026", "3 March 2026 - officers raided a flat"]
)
def test_a_sentence_with_a_date_is_no_date_line(line):
    assert parse_dateline(line) is None


def test_a_date_line_under_the_story_dates_it_when_the_header_does_not():
    source = parse_source(f"Dealer jailed after stop\n\n{BODY}\nPublished: 4 May 2026\n")
    assert (source.published.month, source.published.day) == (5, 4)
    assert [p.text for p in source.paragraphs][-1] == "He admitted it."


def test_a_standfirst_sentence_right_above_the_date_line_is_the_standfirst():
    text = f"Dealer jailed after stop\n\nA man has been jailed for dealing.\n\n4 May 2026\n\n{BODY}"
    source = parse_source(text)
    assert source.standfirst.text == "A man has been jailed for dealing."
    assert source.published.day == 4


def test_a_byline_with_a_job_title_and_a_paper_before_the_date():
    line = "By Nia Holt, Crime Reporter, Brackton Echo | 4 May 2026"
    published, _updated, byline = parse_dateline(line)
    assert (published[0].day, byline) == (4, "Nia Holt")


@pytest.mark.parametrize(
    "closing, stamp",
    [
        ("Ends/Friday, September 4, 2026\n", (9, 4, 0, 0)),
        ("Ends/Friday, September 4, 2026\nIssued at HKT 19:05\n", (9, 4, 19, 5)),
        ("Ends / 4 September 2026\nIssued at SGT 9.30am\n", (9, 4, 9, 30)),
    ],
)
def test_a_press_releases_closing_lines_date_it(closing, stamp):
    source = parse_source(f"Dealer jailed after stop\n\n{BODY}\n{closing}")
    published = source.published
    assert (published.month, published.day, published.hour, published.minute) == stamp
    assert [p.text for p in source.paragraphs][-1] == "He admitted it."
