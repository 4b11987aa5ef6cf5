"""The names figures are given: one name for one kind of figure, whatever words the article
uses for it, as the metric vocabulary (`lexicon.metrics`) declares them."""

import pytest

from tests.extraction.helpers import outcomes


def names(text):
    return [m for m, _v, _q in outcomes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Officers seized cannabis with a street value of £40,000.",
        "The heroin found in the van was worth an estimated £40,000.",
        "Detectives recovered £40,000 worth of cocaine and ketamine.",
        "The street value of the crack cocaine seized is put at £40,000.",
    ],
)
def test_drugs_by_their_value_have_one_name_whatever_the_drug(text):
    assert names(text) == ["drugs seized (value)"]


@pytest.mark.parametrize(
    ("text", "metric_name"),
    [
        ("Detectives seized £50,000 of designer handbags.", "assets seized (value)"),
        ("Police restrained more than $2 million in assets.", "assets restrained"),
        ("The agency froze bank accounts holding £90,000.", "funds frozen"),
    ],
)
def test_assets_by_their_value(text, metric_name):
    assert names(text) == [metric_name]


@pytest.mark.parametrize(
    ("text", "metric_name"),
    [
        ("Customs seized 2.5 tonnes of cocaine at the port.", "cocaine seized (tonnes)"),
        ("Officers found 300g of crack cocaine and heroin.", "drugs seized (g)"),
        ("Police seized 4kg of methylamphetamine.", "methylamphetamine seized (kg)"),
        ("Agents seized 2 pounds of fentanyl powder.", "fentanyl powder seized (lb)"),
        ("Deputies seized 90 pounds of marijuana.", "marijuana seized (lb)"),
    ],
)
def test_drugs_by_weight_keep_the_unit_and_the_drug_as_printed(text, metric_name):
    assert names(text) == [metric_name]


@pytest.mark.parametrize(
    ("text", "metric_name"),
    [
        ("Four of the men were remanded in custody.", "remanded in custody"),
        ("Two were refused bail by magistrates.", "refused bail"),
        ("Three others were granted bail.", "granted bail"),
        ("Five remain in custody.", "remain in custody"),
        ("One was released on conditions.", "released on conditions"),
        ("Six were cited and released.", "cited and released"),
    ],
)
def test_what_a_court_did_about_bail_is_named_as_the_court_put_it(text, metric_name):
    assert names(text) == [metric_name]


@pytest.mark.parametrize(
    ("text", "metric_name"),
    [
        ("The line took between £2,000 and £3,000 a day.", "daily takings"),
        ("The network was bringing in $20,000 a week.", "weekly takings"),
        ("The syndicate was earning $200,000 a week.", "weekly profits"),
        ("Couriers were paid £100 a day.", "daily pay"),
        ("The ring made around £25,000 a month.", "monthly takings"),
    ],
)
def test_money_made_over_a_period_is_named_by_the_period_and_the_word_for_it(text, metric_name):
    assert names(text) == [metric_name]


@pytest.mark.parametrize(
    ("text", "metric_name"),
    [
        ("Detectives executed 14 search warrants.", "search warrants executed"),
        ("Officers executed 14 warrants.", "warrants executed"),
        ("Officers recovered 40 rounds of ammunition.", "ammunition seized"),
        ("Officers broke down doors at 12 addresses.", "properties with doors forced"),
        ("More than 90 personnel took part in the raids.", "personnel involved"),
    ],
)
def test_things_and_places_keep_the_name_the_evaluation_gives_them(text, metric_name):
    assert names(text) == [metric_name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So far 22 of the 27 people arrested have been convicted.", ("convictions", 22)),
        ("Twelve of those arrested in the raids have now been charged.", ("people charged", 12)),
        ("The other nine people arrested have been released on bail.", ("released on bail", 9)),
        ("Of the 30 people arrested, seven have been charged.", ("people charged", 7)),
    ],
)
def test_people_described_as_arrested_are_counted_by_what_happened_to_them_next(text, expected):
    assert expected in [(m, v) for m, v, _q in outcomes(text)]


def test_people_described_as_arrested_keep_arrests_where_their_clause_ends():
    text = "Of the 30 people arrested, seven have been charged."
    assert ("arrests", 30) in [(m, v) for m, v, _q in outcomes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They were jailed for 188 months and 151 months respectively.",
            [("sentence", 188), ("sentence", 151)],
        ),
        ("He was jailed for six years and nine months.", [("sentence", 81)]),
    ],
)
def test_two_terms_in_one_unit_are_two_sentences_and_a_smaller_unit_adds_to_one(text, expected):
    assert [(m, v) for m, v, _q in outcomes(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Smith, who has 14 previous convictions for 31 offences, was jailed.",
        "The driver had three prior arrests.",
    ],
)
def test_a_defendants_record_is_not_a_result(text):
    assert [m for m in names(text) if m != "people jailed"] == []


@pytest.mark.parametrize(
    ("text", "metric_name"),
    [
        ("He was jailed for 20 months, suspended for two years.", "sentence (suspended)"),
        ("Officers closed 37 deal lines.", "deal lines closed"),
        ("Officers closed 37 county lines.", "county lines closed"),
    ],
)
def test_suspended_terms_and_deal_lines_keep_their_names(text, metric_name):
    assert names(text) == [metric_name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The raids led to the closure of 18 drug lines.", ("drug lines closed", 18)),
        ("Officers closed 11 deal lines run from the city.", ("deal lines closed", 11)),
    ],
)
def test_drug_lines_closed_in_other_words(text, expected):
    assert expected in [(m, v) for m, v, _q in outcomes(text)]
