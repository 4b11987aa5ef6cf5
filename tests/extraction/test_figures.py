"""Figures: counts, money, weights and prison terms, and what is not a figure.

Every text here is written for the test; the seed articles are read from fixtures/sources.
"""

import pytest

from articles.extraction import extract
from tests.extraction.helpers import outcomes, people

SEED_RAIDS = "000_7dfbda4164c8c49a.txt"
SEED_CLIPPING = "003_7589ca8339324ffc.txt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sixty people were arrested.", ("arrests", 60, None)),
        ("Police seized two dozen knives.", ("knives seized", 24, None)),
        ("Twenty-seven people were charged.", ("people charged", 27, None)),
        ("Officers made 1,204 arrests.", ("arrests", 1204, None)),
        ("They found 2.5kg of cocaine.", ("cocaine seized (kg)", 2.5, None)),
        ("Drugs worth £8million were seized.", ("drugs seized (value)", 8000000, None)),
        ("Officers seized £12,500 in cash.", ("cash seized", 12500, None)),
        ("Burglary has fallen by 14 per cent.", ("burglary reduction (%)", 14, None)),
        ("More than 70 people were arrested.", ("arrests", 70, "more than")),
        ("Over 40 raids took place.", ("raids", 40, "more than")),
        ("In excess of 500 plants were found.", ("cannabis plants seized", 500, "more than")),
        ("About 30 warrants were executed.", ("warrants executed", 30, "about")),
        ("Around 15 people were searched.", ("people searched", 15, "about")),
        ("Almost 90 phones were recovered.", ("phones seized", 90, "about")),
        ("Nearly 200 arrests followed.", ("arrests", 200, "about")),
        ("Up to 12 addresses were raided.", ("addresses raided", 12, "up to")),
        ("Less than 20 people were charged.", ("people charged", 20, "less than")),
        ("Under 10 firearms were seized.", ("firearms seized", 10, "less than")),
        ("Police received more than 250 calls.", ("calls received", 250, "more than")),
        ("The heroin seized would have made up to 9,000 doses.", ("doses seized", 9000, "up to")),
        ("Twelve families have been rehoused.", ("families relocated", 12, None)),
        ("Seventy illegal guns were taken off the streets.", ("firearms seized", 70, None)),
        ("Forty suspected dealers were arrested.", ("arrests", 40, None)),
    ],
)
def test_figures_with_metric_and_qualifier(text, expected):
    assert outcomes(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Detectives recovered six crossbows.", ("crossbows seized", 6, None)),
        ("Eight balaclavas were found in the loft.", ("balaclavas seized", 8, None)),
        (
            "Officers seized £900, a scale and two tablet presses.",
            ("tablet presses seized", 2, None),
        ),
    ],
)
def test_things_the_lexicon_does_not_list_count_where_a_verb_seizes_them(text, expected):
    assert expected in outcomes(text)


@pytest.mark.parametrize(
    "text",
    [
        "He was found guilty of three counts of supplying drugs.",
        "The gang made 40 trips to the coast, police found.",
        "Officers found 30 litres of fertiliser.",
        "He had been stopped by police on three occasions.",
    ],
)
def test_figures_that_no_verb_of_seizing_governs_are_not_seizures(text):
    assert outcomes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seven members of a network that supplied cocaine across the county have been jailed.",
            ("people jailed", 7, "Seven members"),
        ),
        (
            "Three men – Al Reid, 40, of Leeds, and Tom Bell, 35, of York – have been charged.",
            ("people charged", 3, "Three men"),
        ),
        (
            "Two women found working in the salon were moved to a place of safety.",
            ("people safeguarded", 2, "Two women"),
        ),
    ],
)
def test_a_group_described_at_length_is_counted_by_its_clause_verb(text, expected):
    assert [(o.metric, o.value, o.span.text) for o in extract(text).outcomes] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A further four were released under investigation.", "released under investigation"),
        ("Three were released on bail.", "released on bail"),
        ("Three were bailed.", "released on bail"),
        ("Two were released without charge.", "released without charge"),
    ],
)
def test_people_released_are_counted_by_how_they_were_released(text, expected):
    [(metric, _value, _qualifier)] = outcomes(text)
    assert metric == expected


def test_things_returned_after_a_partitive():
    assert outcomes("Nine of the stolen bikes have since been returned.") == [
        ("bikes returned", 9, None)
    ]


def test_force_used_on_a_number_of_occasions_counts_what_was_used():
    [found] = extract("Officers drew Tasers on 12 occasions during the year.").outcomes
    assert (found.metric, found.value, found.span.text) == ("tasers used", 12, "on 12 occasions")


@pytest.mark.parametrize(
    ("text", "months", "qualifier"),
    [
        ("Smith was jailed for three years.", 36, None),
        ("Smith was jailed for five years and eight months.", 68, None),
        ("Smith was jailed for two and a half years.", 30, None),
        ("Smith was sentenced to 18 months.", 18, None),
        ("Smith was jailed for life.", None, "life"),
    ],
)
def test_prison_terms_in_months(text, months, qualifier):
    [found] = extract(text).outcomes
    assert (found.metric, found.value, found.qualifier) == ("sentence", months, qualifier)


def test_a_range_whose_ends_carry_their_own_units():
    [found] = extract("The others were jailed for between 30 months and six years.").outcomes
    assert (found.value, found.value_max) == (30, 72)


def test_a_counted_thing_followed_by_where_it_was():
    assert outcomes("Police found almost 800 plants inside a disused garage.") == [
        ("cannabis plants seized", 800, "about")
    ]


def test_an_estimated_street_value_is_about_that_much():
    assert outcomes("The heroin had an estimated street value of £90,000.") == [
        ("drugs seized (value)", 90000, "about")
    ]


def test_a_count_after_a_partitive_counts_people():
    assert outcomes("Of those arrested, 41 have been charged and 17 are on bail.") == [
        ("people charged", 41, None)
    ]


def test_a_place_named_in_a_force_is_not_a_surname():
    text = "Kent Police said so. Sgt Amy Ross told BBC Radio Kent the work was relentless."
    assert set(people(text)) == {"Amy Ross"}


@pytest.mark.parametrize(
    "text",
    [
        "Officers have arrested 19 suspected shoplifters in a fortnight.",
        "Nineteen shoplifters were arrested in a fortnight.",
    ],
)
def test_arrests_of_whoever_they_are(text):
    assert outcomes(text) == [("arrests", 19, None)]


def test_goods_worth_a_sum_are_property_not_drugs():
    assert outcomes("Officers recovered goods worth more than £6,000.") == [
        ("assets recovered (value)", 6000, "more than")
    ]


def test_a_range_gives_value_and_value_max():
    [found] = extract("Sentences were between 15 and 18 months in prison.").outcomes
    assert (found.value, found.value_max, found.unit) == (15, 18, "months")


def test_dates_times_ages_and_phone_numbers_are_not_results():
    text = (
        "On 22 September 2014 at 9.30am, Kyle Dunn, 24, of 10 Station Road was held. "
        "Call 101 or 0800 555 111, quoting 17-year-old suspect reference 4512."
    )
    assert extract(text).outcomes == ()


def test_a_result_links_to_the_operation_and_organisation_its_sentence_names():
    text = "Essex Police made 40 arrests under Operation Tamarisk."
    [found] = extract(text).outcomes
    assert (found.operation, found.organisation) == ("Operation Tamarisk", "Essex Police")


def test_a_prison_term_names_the_person_sentenced():
    text = "Kevin Shaw, 30, was jailed for four years. His brother Liam Shaw was cleared."
    [found] = extract(text).outcomes
    assert found.person == "Kevin Shaw"


def _found(text):
    return [(o.metric, o.value, o.unit, o.span.text) for o in extract(text).outcomes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers seized £5,000 worth of cannabis from the flat.",
            ("drugs seized (value)", 5000, "GBP", "£5,000 worth of cannabis"),
        ),
        (
            "Customs officers seized $40,000 in cash at the port.",
            ("cash seized", 40000, "USD", "$40,000"),
        ),
        ("He was fined €300 at the hearing.", ("fine", 300, "EUR", "€300")),
        ("He was ordered to pay £650 costs.", ("costs", 650, "GBP", "£650")),
        (
            "The court made a £20,000 confiscation order.",
            ("confiscation order", 20000, "GBP", "£20,000"),
        ),
        ("Police found cash totalling £900 in the car.", ("cash seized", 900, "GBP", "£900")),
        ("Officers found £2,300 during the search.", ("cash seized", 2300, "GBP", "£2,300")),
        ("Police seized £3m from the gang.", ("cash seized", 3_000_000, "GBP", "£3m")),
    ],
)
def test_money_is_read_by_what_it_is_with_its_currency_code(text, expected):
    assert _found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized 4kg of heroin.", ("heroin seized (kg)", 4, "kg", "4kg of heroin")),
        (
            "Officers found 12g of cocaine in his pocket.",
            ("cocaine seized (g)", 12, "g", "12g of cocaine"),
        ),
        ("Police seized 3lb of cannabis.", ("cannabis seized (lb)", 3, "lb", "3lb of cannabis")),
        ("Knife crime rose by 12% last year.", ("knife crime increase (%)", 12, "%", "12%")),
        (
            "Smith was given a suspended sentence of 18 months.",
            ("sentence (suspended)", 18, "months", "18 months"),
        ),
        ("Smith must serve a minimum of 20 years.", ("minimum term", 240, "months", "20 years")),
    ],
)
def test_weights_percentages_and_terms_carry_their_unit(text, expected):
    assert _found(text) == [expected]


def test_an_abbreviated_weight_after_a_number_in_words_is_not_a_weight():
    assert outcomes("Officers found two g in the bag.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Five years ago, Smith was jailed.",
        "Over the past two years, Smith was jailed.",
    ],
)
def test_time_that_has_passed_is_not_a_prison_term(text):
    assert outcomes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He was charged under Section 18 of the act.",
        "A man aged 24 was questioned.",
        "He was banned for 12 months.",
        "He was arrested on the 3rd of May.",
        "It happened at 9pm when officers were called.",
        "A 24-year-old man was questioned.",
        "The 2Minister spoke.",
    ],
)
def test_identifiers_ages_bans_ordinals_times_and_glued_words_are_not_results(text):
    assert outcomes(text) == []


def test_a_year_before_a_count_is_not_read_as_one():
    assert outcomes("The law changed in 2019 when 40 people were arrested.") == [
        ("arrests", 40, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("70+ people were arrested.", ("arrests", 70, "more than", "70+ people were arrested")),
        (
            "A total of 40 people were arrested.",
            ("arrests", 40, None, "A total of 40 people were arrested"),
        ),
    ],
)
def test_a_plus_sign_or_words_before_a_figure_qualify_it_and_join_its_span(text, expected):
    assert [(o.metric, o.value, o.qualifier, o.span.text) for o in extract(text).outcomes] == [
        expected
    ]


def test_fewer_counts_a_reduction():
    assert outcomes("There were 34 fewer burglaries this year.") == [
        ("burglaries reduced", 34, None)
    ]


def test_one_warrant_written_without_a_figure():
    assert outcomes("Officers executed a search warrant at the flat.") == [
        ("warrants executed", 1, None)
    ]


def test_people_arrested_one_by_one_are_counted():
    assert outcomes("Police arrested a man and a woman in Leeds.") == [("arrests", 2, None)]


def test_a_whole_life_order_is_a_life_sentence():
    assert outcomes("Smith was given a whole-life order.") == [("sentence", None, "life")]


def test_release_on_police_bail_is_release_on_bail():
    assert outcomes("Three were released on police bail.") == [("released on bail", 3, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Four men are expected to be charged with burglary.",
        "Detectives said the two women were likely to be charged next month.",
    ],
)
def test_people_expected_to_be_charged_are_not_yet_charged(text):
    assert outcomes(text) == []


def test_an_arrest_beside_what_is_expected_next_is_kept():
    found = outcomes("Six men were arrested and are expected to appear in court on Monday.")
    assert found == [("arrests", 6, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 60 have been charged so far.", ("people charged", 60, "more than")),
        ("Almost 30 have since been charged.", ("people charged", 30, "about")),
    ],
)
def test_a_qualified_count_opening_its_clause_counts_people(text, expected):
    assert outcomes(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers safeguarded 14 vulnerable people, nine of them children, at the station.",
            ("children safeguarded", 9, None),
        ),
        ("Detectives arrested 20 people, six of them juveniles.", ("juveniles arrested", 6, None)),
    ],
)
def test_a_kind_of_people_within_a_group_counted_after_it(text, expected):
    assert expected in outcomes(text)


def test_a_part_of_a_group_told_by_where_it_is_from_is_not_a_kind():
    assert outcomes("Police arrested 12 people, four of them from Ardlow.") == [
        ("arrests", 12, None)
    ]
