"""Results a reader counts though the text gives no figure, or counts something no rule read
before; and the look-alikes that are not results.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract
from tests.extraction.helpers import outcomes


def pairs(text):
    return [(m, v) for m, v, _q in outcomes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 52-year-old man has been charged with fraud.", ("people charged", 1)),
        ("A delivery driver has since been charged with theft.", ("people charged", 1)),
        ("The woman aged in her 30s was released on bail.", ("released on bail", 1)),
        ("A 19-year-old woman was remanded in custody.", ("remanded in custody", 1)),
        ("The teenager has also been arrested.", ("arrests", 1)),
    ],
)
def test_one_person_named_by_a_noun_counts_as_one(text, expected):
    assert pairs(text) == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text",
    [
        "He was charged with fraud.",  # a pronoun tells again of someone counted already
        "A 40-year-old man was jailed for burglary.",  # the term is the result
        "A man was released from hospital on Friday.",  # released, but not from custody
        "A man, who had been arrested in May, was later freed.",
    ],
)
def test_one_person_is_not_counted_where_nothing_counts_him(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text", ["A man aged 24 was arrested.", "A 24-year-old man was arrested."])
def test_an_age_beside_one_person_arrested_is_not_the_count(text):
    assert pairs(text) == [("arrests", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 90 officers from Kent Police took to the streets at dawn.", 90),
        ("More than 200 officers from the Met and City of London Police joined in.", 200),
        ("The chief thanked the 75 officers and staff who worked on the case.", 75),
        ("At dawn 130 officers swept through the estate.", 130),
    ],
)
def test_officers_an_operation_drew_on_are_counted(text, expected):
    assert pairs(text) == [("officers involved", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Two officers from Leeds were injured in the struggle.",
        "The force has 4,000 officers across the county.",
    ],
)
def test_officers_who_came_to_harm_or_serve_a_force_are_not_an_operation_s(text):
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eighty knives were collected from the amnesty bin.", [("knives seized", 80)]),
        ("Deputies have taken 14 guns off the road this year.", [("firearms seized", 14)]),
        (
            "Some 60 blades, including nine machetes and a sword, were collected.",
            [("knives seized", 60), ("machetes seized", 9), ("swords seized", 1)],
        ),
    ],
)
def test_weapons_collected_or_taken_off_the_road_are_seized(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both were convicted after a two-week trial.", ("convictions", 2)),
        ("Both men have since been released on bail.", ("released on bail", 2)),
        ("The magistrate remanded all four in custody.", ("remanded in custody", 4)),
        ("She remanded both into custody until May.", ("remanded in custody", 2)),
        ("Police said that 12 have already been charged.", ("people charged", 12)),
    ],
)
def test_a_pair_or_group_named_already_is_counted(text, expected):
    assert pairs(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Both men are charged with theft.",  # what they face, told already
        "Both were taken to hospital.",
        "Both sides agreed the plan.",
    ],
)
def test_both_is_not_a_count_where_no_verb_counts_people(text):
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She paid couriers between £50 and £80 per parcel.", ("price per parcel", 50, 80)),
        ("The pistols were sold on for up to $900 each.", ("price each", 900, None)),
        ("The raids cost the force an estimated £2.3m.", ("operation cost", 2300000, None)),
        ("The force spent £400,000 on the investigation.", ("operation cost", 400000, None)),
        ("The judge made a confiscation order of £75,000.", ("confiscation order", 75000, None)),
        ("Workers were paid as little as £3 an hour.", ("hourly pay", 3, None)),
    ],
)
def test_prices_costs_orders_and_hourly_pay_are_read(text, expected):
    found = [(o.metric, o.value, o.value_max) for o in extract(text).outcomes]
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Shops can be fined up to £2,500 a sale.",  # what the law allows
        "The shop sold them for £5 a time.",
        "The cost of the thefts to victims was £3 million.",  # not what the work cost
    ],
)
def test_legal_maximums_and_other_people_s_costs_are_not_prices_or_costs(text):
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers visited more than 400 older people at home.", [("people visited", 400)]),
        ("Three men from Leeds were each fined £900.", [("people fined", 3), ("fine", 900)]),
        ("Officers issued 80 warnings under Section 59.", [("warnings", 80)]),
        ("The week brought 12 traffic offence reports.", [("traffic offence reports", 12)]),
        ("Four riders were reported for careless driving.", [("riders reported", 4)]),
    ],
)
def test_people_visited_or_fined_warnings_and_offence_reports_are_results(text, expected):
    assert pairs(text) == expected


def test_one_fine_is_the_sum_not_a_count_of_people():
    assert pairs("A man was fined £300.") == [("fine", 300)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Border officers intercepted 11 shipments last year.", ("shipments intercepted", 11)),
        ("Twelve lorries were intercepted at Dover.", ("lorries intercepted", 12)),
        (
            "It followed the interception of two containers at the port.",
            ("containers intercepted", 2),
        ),
        ("The raid led to the seizure of 13 dogs.", ("dogs seized", 13)),
        ("Officers intercepted 3 cars on the motorway.", ("vehicles intercepted", 3)),
    ],
)
def test_things_intercepted_or_seized_by_a_noun_of_seizing_are_counted(text, expected):
    assert pairs(text) == [expected]


def test_things_after_of_with_no_noun_of_seizing_are_not_counted():
    assert pairs("The owner of 13 dogs spoke to reporters.") == []


def test_a_list_set_out_under_located_is_what_was_seized():
    text = "During the searches officers located:\n\n- 12 firearms\n- 300 rounds of ammunition"
    assert pairs(text) == [("firearms seized", 12), ("ammunition seized", 300)]


def test_a_list_runs_on_past_as_well_as_to_its_verb():
    text = (
        "Detectives recovered nearly 3kg of drugs, chiefly cannabis resin and some amphetamine"
        " pills, as well as £5,000 in cash, a machete and two phones."
    )
    assert ("machetes seized", 1) in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His bond was set at $150,000 on Friday.", [("bail", 150000)]),
        ("A judge set bail of $20,000 for the driver.", [("bail", 20000)]),
        ("The bond market fell by $3 billion.", []),
    ],
)
def test_bail_or_a_bond_named_before_its_sum_is_bail(text, expected):
    assert pairs(text) == expected


def test_co_defendants_are_people_counted_by_what_happened_to_them():
    assert pairs("Four co-defendants were sentenced on Monday.") == [("people sentenced", 4)]


@pytest.mark.parametrize(
    "text",
    [
        "The shop is located in Leeds and sells two knives to collectors.",
        "The depots are located near the ring road, and three lorries use them daily.",
        "The yard is located off the main road and stores six caravans.",
    ],
)
def test_where_a_thing_is_found_is_no_seizure_of_what_follows(text):
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers located three vehicles in the car park.", ("vehicles seized", 3)),
        ("Two firearms were located in the loft.", ("firearms seized", 2)),
        ("A cannabis farm was found in the loft along with four knives.", ("knives seized", 4)),
    ],
)
def test_what_officers_located_is_still_seized(text, expected):
    assert expected in pairs(text)
