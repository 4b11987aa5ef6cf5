"""Figures written in the many shapes news copy uses: resources, single weapons, terms with
hyphens or given respectively, money ranges, rates and goods, fractions, sums, rounded ledes.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract
from tests.extraction.helpers import outcomes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 300 officers were involved in the raids.", ("officers involved", 300)),
        ("The crackdown involved 250 officers and staff.", ("officers involved", 250)),
        ("Eighty officers swooped on flats across the town.", ("officers involved", 80)),
        ("Some 40 detectives took part in the dawn raids.", ("officers involved", 40)),
        ("The sweep was supported by staff from six forces.", ("forces involved", 6)),
    ],
)
def test_what_an_operation_drew_on_is_counted(text, expected):
    assert expected in [(m, v) for m, v, _q in outcomes(text)]


def test_officers_are_not_resources_where_nothing_says_they_took_part():
    assert outcomes("Two officers were hurt when the van crashed.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers found a Taser in the glovebox.", [("tasers seized", 1, None)]),
        ("A replica handgun was recovered from the boot.", [("replica handguns seized", 1, None)]),
        (
            "Police seized three knives and a machete.",
            [("knives seized", 3, None), ("machetes seized", 1, None)],
        ),
        (
            "Detectives recovered a sawn-off shotgun, a stun gun and a hand grenade.",
            [
                ("shotguns seized", 1, None),
                ("stun guns seized", 1, None),
                ("grenades seized", 1, None),
            ],
        ),
    ],
)
def test_a_single_weapon_seized_is_one_of_its_kind(text, expected):
    assert outcomes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A man armed with a knife was arrested near the park.",
        "The sergeant said a knife crime wave had ended.",
    ],
)
def test_a_weapon_no_verb_of_seizing_governs_is_not_a_seizure(text):
    assert outcomes(text) == []


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Jones was jailed for four-and-a-half years.", 54),
        ("Jones was handed a two-and-a-half year jail term.", 30),
        ("Jones received a three-and-a-half-year prison sentence.", 42),
        ("Jones was given a six-year jail term.", 72),
        ("Jones was jailed for six years and nine months.", 81),
    ],
)
def test_prison_terms_written_with_hyphens_and_parts(text, months):
    assert outcomes(text) == [("sentence", months, None)]


def test_a_six_year_old_is_not_a_prison_term():
    assert outcomes("The six-year-old girl was unhurt, and he was jailed.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ray and Lee were jailed for eight and 10 years respectively.", [96, 120]),
        ("The pair were sentenced to 18 and 30 months respectively.", [18, 30]),
    ],
)
def test_terms_given_respectively_are_one_each(text, expected):
    assert [v for m, v, _q in outcomes(text) if m == "sentence"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cannabis worth between £2m and £3m was seized.", (2_000_000, 3_000_000)),
        ("Cocaine worth £5-10m was found in the lorry.", (5_000_000, 10_000_000)),
        ("They seized between £18,000 and £20,000 in cash.", (18_000, 20_000)),
        ("Heroin worth between £500,000 and £1m was recovered.", (500_000, 1_000_000)),
    ],
)
def test_money_ranges_scale_each_end(text, expected):
    [found] = extract(text).outcomes
    assert (found.value, found.value_max) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized half a kilogram of heroin.", ("heroin seized (kg)", 0.5, "kg")),
        ("Officers found a quarter of a tonne of cannabis.", None),
        (
            "Cannabis worth half a million pounds was seized.",
            ("drugs seized (value)", 500_000, "GBP"),
        ),
        ("Agents seized two million dollars in cash.", ("cash seized", 2_000_000, "USD")),
        ("Officers seized 500 pounds in cash.", ("cash seized", 500, "GBP")),
        ("Agents seized 12 pounds of cocaine.", ("cocaine seized (lb)", 12, "lb")),
        (
            "Deputies found 3.5 pounds of meth in the truck.",
            ("methamphetamine seized (lb)", 3.5, "lb"),
        ),
    ],
)
def test_fractions_currencies_and_pounds_written_in_words(text, expected):
    found = [(o.metric, o.value, o.unit) for o in extract(text).outcomes]
    assert found == ([expected] if expected else [])


def test_pounds_alone_are_neither_money_nor_a_weight_without_a_seizure():
    assert outcomes("The baby weighed nine pounds.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The line was making £18,000 to £20,000 per day.",
            ("daily takings", 18_000, 20_000, "per day"),
        ),
        (
            "The gang shared £100,000 in weekly profits.",
            ("weekly profits", 100_000, None, "per week"),
        ),
        ("Runners were paid £300 a week.", ("weekly pay", 300, None, "per week")),
    ],
)
def test_money_made_over_a_period_keeps_the_period(text, expected):
    [found] = extract(text).outcomes
    name, value, value_max, period = expected
    assert (found.metric, found.value, found.value_max, found.period) == (
        name,
        value,
        value_max,
        period,
    )


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Detectives seized £50,000 of designer handbags.", "assets seized (value)"),
        ("Officers recovered £9,000 of stolen jewellery.", "assets recovered (value)"),
        ("Officers seized £900 of cash.", "cash seized"),
        ("They seized £5,000 of cannabis.", "drugs seized (value)"),
    ],
)
def test_money_of_goods_is_their_value_not_cash(text, metric):
    assert [m for m, _v, _q in outcomes(text)] == [metric]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers raided 17 addresses in Leeds and one in Bradford.", ("addresses raided", 18)),
        (
            "Police searched four homes in the north and two more in Hull.",
            ("homes searched", 6),
        ),
    ],
)
def test_counts_added_up_across_places(text, expected):
    assert [(m, v) for m, v, _q in outcomes(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "One bust, several arrests.",
        "Two raids led to many arrests.",
        "One tip-off brought numerous arrests.",
    ],
)
def test_a_figure_does_not_count_what_a_quantifier_counts(text):
    assert [m for m, _v, _q in outcomes(text) if m == "arrests"] == []


@pytest.mark.parametrize(
    "text",
    [
        "More than 1,100 wraps were seized. Officers seized 1,149 wraps in all.",
        "Around 300 people were arrested. In all, 291 people were arrested.",
    ],
)
def test_a_rounded_figure_beside_the_precise_one_is_one_fact(text):
    assert len(outcomes(text)) == 1


def test_a_rounded_figure_far_from_the_precise_one_is_its_own():
    found = outcomes("More than 70 people were arrested. Of those, 12 people were arrested twice.")
    assert ("arrests", 70, "more than") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police have caught 40 people in the last year.", ("arrests", 40, None)),
        ("Officers served one closure order on the flat.", ("closure orders", 1, None)),
    ],
)
def test_more_ways_to_say_an_arrest_and_single_events(text, expected):
    assert expected in outcomes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers seized 30 bladed and offensive weapons.",
            ("bladed and offensive weapons seized", 30),
        ),
        ("Officers have spoken to more than 200 suspected burglars.", ("people spoken to", 200)),
        ("Detectives spoke to 40 people about the fire.", ("people spoken to", 40)),
        ("Officers visited 85 second-hand shops.", ("second-hand shops visited", 85)),
    ],
)
def test_more_things_and_people_counted(text, expected):
    assert [(m, v) for m, v, _q in outcomes(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Seventy per cent of those held had previous convictions.",
        "Knife crime accounts for 3 per cent of all crime in the county.",
        "Half had criminal records, and 45 per cent were under 25.",
        "She said 70 per cent of those charged were aged 18 to 24.",
    ],
)
def test_background_percentages_are_not_results(text):
    assert [m for m, _v, _q in outcomes(text) if m.endswith("(%)")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Vehicle crime in Harlow Vale fell 22% last year, according to county crime data.",
        "Robberies rose by 9 per cent, according to figures the council published in May.",
        "Assaults are down 31 per cent since 2019, according to the Home Office statistics.",
        "Gang numbers have grown by 40% according to the Regional Gang List.",
    ],
)
def test_a_trend_taken_from_published_statistics_is_not_a_result(text):
    assert [m for m, _v, _q in outcomes(text) if m.endswith("(%)")] == []


def test_a_fall_the_force_reports_as_its_own_is_still_a_result():
    assert outcomes("Since the operation began, burglary has fallen by 17 per cent.") == [
        ("burglary reduction (%)", 17, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The three defendants were jailed at the Crown Court.", ("people jailed", 3)),
        ("Nine traffickers have been charged.", ("people charged", 9)),
        ("Twenty people were identified as potential victims.", ("people safeguarded", 20)),
        ("Officers identified 14 people as victims of exploitation.", ("people safeguarded", 14)),
        ("Six women were referred as possible victims of trafficking.", ("people safeguarded", 6)),
        ("Police identified 20 suspects from the footage.", ("people identified", 20)),
    ],
)
def test_people_jailed_charged_and_safeguarded_are_counted(text, expected):
    assert [(m, v) for m, v, _q in outcomes(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is being held on $2 million bail.", ("bail", 2_000_000)),
        ("She was freed on $50,000 cash bail on Friday.", ("bail", 50_000)),
        (
            "The judge set bail at a level the men could not meet: $900,000 bail each.",
            ("bail", 900_000),
        ),
    ],
)
def test_the_bail_a_court_set_is_read_as_bail_not_cash(text, expected):
    assert [(m, v) for m, v, _q in outcomes(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five were granted conditional bail.", ("granted bail", 5)),
        ("Three people were granted bail by magistrates.", ("granted bail", 3)),
        ("Six others were released on bail.", ("released on bail", 6)),
        ("Two more were charged with fraud.", ("people charged", 2)),
    ],
)
def test_people_let_go_on_bail_and_others_counted_after_a_first_group(text, expected):
    assert [(m, v) for m, v, _q in outcomes(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers recovered two shotguns, a sawn-off rifle and a replica pistol.",
            [("shotguns seized", 2), ("rifles seized", 1), ("replica pistols seized", 1)],
        ),
        (
            "A revolver was found in the loft. A pistol was found in the car.",
            [("revolvers seized", 1), ("pistols seized", 1)],
        ),
        (
            "Detectives seized more than 300 stolen bikes, £9,000 in cash and a converted pistol.",
            [("bikes seized", 300), ("cash seized", 9000), ("pistols seized", 1)],
        ),
        (
            "They seized a handgun, an extended magazine and ammunition.",
            [("handguns seized", 1), ("magazines seized", 1)],
        ),
    ],
)
def test_each_item_written_with_a_is_a_thing_seized_of_its_own(text, expected):
    assert [(m, v) for m, v, _q in outcomes(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prosecutors have filed 38 felony counts against the defendants.", ("felony counts", 38)),
        ("Crown lawyers laid 12 counts of fraud against him.", ("counts", 12)),
        ("The state brought 9 criminal counts in all.", ("counts", 9)),
    ],
)
def test_counts_filed_laid_or_brought_are_charges_counted_as_the_court_counts_them(text, expected):
    assert [(m, v) for m, v, _q in outcomes(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers visited seven hand car washes with inspectors.", ("car washes visited", 7)),
        ("Teams raided 12 nail bars in the city.", ("nail bars raided", 12)),
        (
            "The week ended with the identification of 40 potential victims of exploitation.",
            ("victims identified", 40),
        ),
    ],
)
def test_places_and_victims_of_a_modern_slavery_inquiry_are_counted(text, expected):
    assert [(m, v) for m, v, _q in outcomes(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It would have earned the gang £30,000 per harvest.", ("profits (per harvest)", 30_000)),
        (
            "The farm made between £20,000 and £25,000 every crop.",
            ("takings (per harvest)", 20_000),
        ),
    ],
)
def test_money_made_each_harvest_is_a_rate(text, expected):
    assert [(m, v) for m, v, _q in outcomes(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 250 officers visited 90 businesses during the week.",
            [("officers involved", 250), ("businesses visited", 90)],
        ),
        ("Some 60 officers raided homes across the city.", [("officers involved", 60)]),
        ("More than 80 detectives searched the estate.", [("officers involved", 80)]),
    ],
)
def test_officers_who_visited_raided_or_searched_are_what_the_operation_drew_on(text, expected):
    assert [(m, v) for m, v, _q in outcomes(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # items on lines of one paragraph
        "During the searches, officers seized:\n\n• 900,000 cigarettes,\n• 12,400 vapes,\n"
        "• a Beretta pistol and ammunition, and\n• six mobile phones.\n",
        # items as paragraphs of their own
        "Officers found and seized:\n\n• 900,000 cigarettes\n\n• 12,400 vapes\n\n"
        "• a Beretta pistol\n\n• six mobile phones\n",
    ],
)
def test_a_list_set_out_under_a_lead_takes_the_leads_verb(text):
    assert [(m, v) for m, v, _q in outcomes(text)] == [
        ("cigarettes seized", 900_000),
        ("vapes seized", 12_400),
        ("pistols seized", 1),
        ("phones seized", 6),
    ]


def test_list_items_with_verbs_of_their_own_keep_them():
    text = "Since May the team has:\n\n• arrested 72 people\n\n• carried out 40 warrants\n"
    assert [(m, v) for m, v, _q in outcomes(text)] == [
        ("arrests", 72),
        ("warrants executed", 40),
    ]


def test_a_list_with_no_lead_is_read_item_by_item():
    text = "The haul:\n\nOfficers were pleased.\n\n• six mobile phones\n"
    assert outcomes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The other seven were cited and released.", ("cited and released", 7)),
        ("Four drivers were cited for speeding.", ("drivers cited", 4)),
        (
            "Deputies destroyed more than 40,000 marijuana plants.",
            ("cannabis plants seized", 40_000),
        ),
        (
            "Agents eradicated 3,100 cannabis plants on public land.",
            ("cannabis plants seized", 3_100),
        ),
        ("Officers arrested 12 workers at the farm.", ("arrests", 12)),
    ],
)
def test_people_cited_plants_destroyed_and_workers_counted(text, expected):
    assert [(m, v) for m, v, _q in outcomes(text)] == [expected]
