"""Reading an article's shape: headline, date line, standfirst, body, captions, clippings."""

from datetime import datetime

import pytest

from articles.extraction.headers import parse_dateline, parse_source

SEED_WITH_HEADLINE = "000_7dfbda4164c8c49a.txt"
SEED_CLIPPING = "003_7589ca8339324ffc.txt"


def spans_point_at_their_text(text, parsed):
    spans = [*parsed.paragraphs, *parsed.captions]
    spans += [s for s in (parsed.headline_span, parsed.dateline_span, parsed.standfirst) if s]
    return all(text[s.start : s.end] == s.text for s in spans)


def test_seed_headline_and_date_line_are_read_as_printed(seed_texts):
    text = seed_texts[SEED_WITH_HEADLINE]
    parsed = parse_source(text)
    assert parsed.headline == "70+ People Arrested After Drugs Raids In Southend"
    assert parsed.published == datetime(2014, 9, 22, 13, 3)
    assert parsed.updated == datetime(2014, 9, 22, 13, 6)
    assert parsed.dateline_span.text.startswith("22 September 2014, 13:03")
    assert parsed.truncated is False
    assert parsed.paragraphs[0].text.startswith("More than 70 people have been arrested")
    assert spans_point_at_their_text(text, parsed)


def test_a_clipping_that_starts_with_its_body_has_no_headline_or_date(seed_texts):
    text = seed_texts[SEED_CLIPPING]
    parsed = parse_source(text)
    assert parsed.headline is None
    assert parsed.headline_span is None
    assert parsed.published is None
    assert parsed.paragraphs[0].text.startswith("TOUGHER sentences are being given")


def test_a_derived_headline_is_short_and_marked_by_an_ellipsis(seed_texts):
    parsed = parse_source(seed_texts[SEED_CLIPPING])
    assert parsed.headline_is_derived
    assert parsed.derived_headline.startswith("TOUGHER sentences are being given")
    assert parsed.derived_headline.endswith("…")
    assert len(parsed.derived_headline.split()) <= 12


def test_a_text_cut_off_mid_sentence_is_flagged_truncated(seed_texts):
    assert parse_source(seed_texts[SEED_CLIPPING]).truncated is True


def test_repeated_caption_lines_are_captions_not_body(seed_texts):
    text = seed_texts[SEED_CLIPPING]
    parsed = parse_source(text)
    caption = "Busted - Arresting members of the County Lines gangs"
    assert [c.text for c in parsed.captions] == [caption, caption]
    assert all(caption not in p.text for p in parsed.paragraphs)
    assert spans_point_at_their_text(text, parsed)


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        (
            "22 September 2014, 13:03 | Updated: 22 September 2014, 13:06",
            datetime(2014, 9, 22, 13, 3),
            datetime(2014, 9, 22, 13, 6),
        ),
        (
            "PUBLISHED: 09:40 14 June 2021 | UPDATED: 10:05 14 June 2021",
            datetime(2021, 6, 14, 9, 40),
            datetime(2021, 6, 14, 10, 5),
        ),
        ("Published: 4:30 PM April 9, 2020", datetime(2020, 4, 9, 16, 30), None),
        ("27th Sep 2023", datetime(2023, 9, 27), None),
        ("00:00, 12 May 2003", datetime(2003, 5, 12, 0, 0), None),
        ("Monday 4 March 2019 7:12 am", datetime(2019, 3, 4, 7, 12), None),
        ("Posted on 2021-06-30", datetime(2021, 6, 30), None),
    ],
)
def test_date_lines_in_the_forms_newsrooms_print(line, published, updated):
    pub, upd, _byline = parse_dateline(line)
    assert pub[0] == published
    assert (upd[0] if upd else None) == updated


def test_a_time_printed_as_midnight_is_told_from_no_time():
    assert parse_dateline("00:00, 12 May 2003")[0] == (datetime(2003, 5, 12), True)
    assert parse_dateline("12 May 2003")[0] == (datetime(2003, 5, 12), False)


def test_a_byline_fused_to_the_date_is_split_off():
    pub, _upd, byline = parse_dateline("Author: Dana WhitePublished 3rd Oct 2022")
    assert pub[0] == datetime(2022, 10, 3)
    assert byline == "Dana White"


def test_a_sentence_that_mentions_a_date_is_not_a_date_line():
    assert parse_dateline("Police raided the house on 22 September 2014") is None


def test_headline_date_line_byline_and_standfirst_in_one_header():
    text = (
        "Two charged after knives found in Basildon\n"
        "By Priya Shah\n"
        "Published 14th Feb 2022\n"
        "\n"
        "Detectives say the arrests should reassure residents\n"
        "\n"
        "Two men have been charged after officers found three knives in a car.\n"
    )
    parsed = parse_source(text)
    assert parsed.headline == "Two charged after knives found in Basildon"
    assert parsed.byline == "Priya Shah"
    assert parsed.published == datetime(2022, 2, 14)
    assert parsed.standfirst.text == "Detectives say the arrests should reassure residents"
    assert [p.text for p in parsed.paragraphs] == [
        "Two men have been charged after officers found three knives in a car."
    ]
    assert spans_point_at_their_text(text, parsed)


def test_a_standfirst_and_a_job_title_above_the_date_line_belong_to_the_header():
    text = (
        "Burglars jailed after spree across three villages\n\n"
        "Pair targeted elderly residents over six months\n\n"
        "By OWEN PRICE, COURTS REPORTER\n\n"
        "Crime Correspondent\n\n"
        "Published 8 July 2021\n\n"
        "Two burglars have been jailed.\n"
    )
    parsed = parse_source(text)
    assert parsed.headline == "Burglars jailed after spree across three villages"
    assert parsed.standfirst.text == "Pair targeted elderly residents over six months"
    assert parsed.byline == "OWEN PRICE"
    assert parsed.published == datetime(2021, 7, 8)
    assert [p.text for p in parsed.paragraphs] == ["Two burglars have been jailed."]


def test_month_names_in_capitals():
    pub, upd, _byline = parse_dateline("11:05, 9 MAR 2022 Updated 12:40, 9 MAR 2022")
    assert (pub[0], upd[0]) == (datetime(2022, 3, 9, 11, 5), datetime(2022, 3, 9, 12, 40))


def test_a_press_release_puts_its_headline_under_the_issuer_and_date():
    text = (
        "PRESS RELEASE\n\n"
        "Office of the Police Commissioner\n"
        "Commissioner Dana Holm\n\n"
        "Tuesday, 4 April 2023\n\n"
        "TASKFORCE CLOSES DOWN HARBOUR SMUGGLING RING\n\n"
        "Detectives have charged six people over a smuggling ring.\n"
    )
    parsed = parse_source(text)
    assert parsed.headline == "TASKFORCE CLOSES DOWN HARBOUR SMUGGLING RING"
    assert parsed.published == datetime(2023, 4, 4)
    assert [p.text for p in parsed.paragraphs] == [
        "Detectives have charged six people over a smuggling ring."
    ]
    assert spans_point_at_their_text(text, parsed)


def test_a_body_that_ends_with_a_full_stop_inside_a_quote_is_not_truncated():
    text = 'Police seize drugs\n\nOfficers seized cannabis.\n\n"We will be back," he said.'
    assert parse_source(text).truncated is False


def test_a_body_that_ends_on_a_comma_is_truncated():
    text = "Police seize drugs\n\nOfficers seized cannabis and the man was jailed in March,"
    assert parse_source(text).truncated is True


def test_hard_wrapped_paragraphs_are_joined_even_before_a_capital():
    text = (
        "Man charged over cannabis farm\n\n"
        "Arben Kola, 28, of no fixed address, was charged with producing a\n"
        "controlled drug. He appeared at Chelmsford Magistrates' Court on a\n"
        "Wednesday and was remanded in custody until his trial in Chelmsford\n"
        "Crown Court next month.\n"
    )
    parsed = parse_source(text)
    assert len(parsed.paragraphs) == 1
    assert parsed.paragraphs[0].text.endswith("next month.")
    assert spans_point_at_their_text(text, parsed)


def test_labelled_picture_captions_are_not_body():
    text = (
        "Drugs raid in Colchester\n\n"
        "Officers raided a flat in Colchester on Tuesday.\n\n"
        "Picture: Officers outside the flat\n\n"
        "A man was arrested.\n"
    )
    parsed = parse_source(text)
    assert [c.text for c in parsed.captions] == ["Picture: Officers outside the flat"]
    assert len(parsed.paragraphs) == 2


def test_windows_line_endings_read_as_text_mode_reads_them(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Police raid\r\n\r\nOfficers arrested two men.\r\n")
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    parsed = parse_source(text)
    assert parsed.headline == "Police raid"
    assert text[parsed.paragraphs[0].start : parsed.paragraphs[0].end] == (
        "Officers arrested two men."
    )


@pytest.mark.parametrize("text", ["", "\n\n", "   ", "Just one line without a stop"])
def test_empty_and_tiny_texts_parse_without_error(text):
    parsed = parse_source(text)
    assert spans_point_at_their_text(text, parsed)


def test_a_second_date_line_under_the_first_is_the_update():
    text = (
        "Dealer jailed for six years\n"
        "Published 3 May 2021\n"
        "Last updated 4 May 2021\n\n"
        "A dealer has been jailed for six years.\n"
    )
    parsed = parse_source(text)
    assert (parsed.published, parsed.updated) == (datetime(2021, 5, 3), datetime(2021, 5, 4))


def test_a_short_name_and_dash_line_is_a_caption():
    text = (
        "Drugs raid in Colchester\n\n"
        "Officers raided a flat in Colchester on Tuesday.\n\n"
        "Raid scene - officers outside the flat\n\n"
        "A man was arrested.\n"
    )
    parsed = parse_source(text)
    assert [c.text for c in parsed.captions] == ["Raid scene - officers outside the flat"]


def test_a_press_release_whose_next_line_is_a_sentence_has_no_headline_there():
    text = (
        "MEDIA RELEASE\n\n"
        "Harbour Police\n\n"
        "12 June 2024\n\n"
        "Detectives have charged six people over a smuggling ring.\n\n"
        "They will appear in court on Monday.\n"
    )
    parsed = parse_source(text)
    assert parsed.published == datetime(2024, 6, 12)
    assert parsed.headline is None
    assert parsed.paragraphs[0].text.startswith("Detectives have charged six people")
