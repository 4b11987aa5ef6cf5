"""More shapes of reported figures: people held or facing charges, resources named in other
countries' words, places and things held, single items at the end of long lists, funding,
community sentences, conversions and group terms.

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
        ("Eight people face a total of 40 charges.", ("people charged", 8)),
        ("Four men are facing drugs charges.", ("people charged", 4)),
        ("Two women will face trial next spring.", ("people charged", 2)),
    ],
)
def test_people_who_face_charges_are_charged(text, expected):
    assert expected in pairs(text)


def test_the_charges_people_face_are_a_figure_of_their_own():
    assert pairs("Eight people face a total of 40 charges.") == [
        ("people charged", 8),
        ("charges", 40),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All five were refused bail.", ("refused bail", 5)),
        ("Three were denied bail at the hearing.", ("refused bail", 3)),
        ("Two remain in custody.", ("remain in custody", 2)),
        ("Six of them remained in custody overnight.", ("remain in custody", 6)),
        ("Of those arrested, 11 were booked into the county jail.", ("people booked", 11)),
    ],
)
def test_people_held_in_custody_are_counted(text, expected):
    metric, value = expected
    assert any(m.startswith(metric) and v == value for m, v in pairs(text))


@pytest.mark.parametrize(
    "text",
    [
        "Two refused to comment on the raids.",
        "Three remain at large.",
    ],
)
def test_a_verb_of_several_words_needs_all_its_words(text):
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She faces 14 felony counts.", ("felony counts", 14)),
        ("He was charged with nine counts of theft.", ("counts", 9)),
        ("The pair were indicted on 20 counts of fraud.", ("counts", 20)),
        ("They were charged with a total of 27 offences.", ("charges", 27)),
    ],
)
def test_counts_and_offences_are_charges_where_the_words_before_say_so(text, expected):
    assert expected in pairs(text)


def test_counts_someone_was_found_guilty_of_are_not_charges():
    assert pairs("She was found guilty of six counts of fraud.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 90 gardaí took part in the searches.", ("officers involved", 90)),
        ("More than 40 deputies served warrants across the valley.", ("officers involved", 40)),
        ("Some 200 officers and agents executed the warrants.", ("officers involved", 200)),
        ("Around 50 officers forced entry to the flats.", ("officers involved", 50)),
        ("Officers from five agencies took part in the sweep.", ("agencies involved", 5)),
    ],
)
def test_resources_are_counted_in_other_words_and_by_what_they_did(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers searched seven residences and a garage.", ("residences searched", 7)),
        ("Deputies raided three storage units on the estate.", ("storage units raided", 3)),
        (
            "Police forced entry to eight addresses at dawn.",
            ("properties with doors forced", 8),
        ),
        (
            "Detectives restrained two residential properties.",
            ("residential properties restrained", 2),
        ),
    ],
)
def test_more_places_by_what_was_done_there(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agents seized a car, three phones, 2kg of cocaine, £4,000 in cash, six rifles and "
            "a Taser.",
            ("tasers seized", 1),
        ),
        (
            "A machete, two scales and a bag of cannabis were found when officers searched a van.",
            ("machetes seized", 1),
        ),
        (
            "Officers recovered cash, phones and a conducted energy weapon.",
            ("conducted energy weapons seized", 1),
        ),
        ("Police seized a can of pepper spray and a baseball bat.", ("baseball bats seized", 1)),
    ],
)
def test_one_item_at_the_end_or_start_of_a_long_list_is_counted(text, expected):
    assert expected in pairs(text)


def test_one_item_in_a_list_nothing_seizes_is_not_counted():
    assert pairs("He carried a machete, a bag and a phone when he ran from the car.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police froze three bank accounts.", ("bank accounts frozen", 3)),
        ("Officers restrained four vehicles and a boat.", ("vehicles restrained", 4)),
        (
            "Detectives restrained more than $2 million in assets.",
            ("assets restrained", 2_000_000),
        ),
        (
            "The agency froze accounts holding a combined €90,000.",
            ("funds frozen", 90_000),
        ),
    ],
)
def test_assets_frozen_or_restrained_are_named_as_such(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The unit is backed by half a million pounds.", (500_000, None)),
        ("The council pledged £80,000 towards the patrols.", (80_000, None)),
        ("A further investment of between £50,000 and £90,000 was agreed.", (50_000, 90_000)),
    ],
)
def test_money_put_into_the_work_is_funding(text, expected):
    [found] = extract(text).outcomes
    assert (found.metric, found.value, found.value_max) == ("funding", *expected)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("She was ordered to do 120 hours of unpaid work.", 120),
        ("He was given 80 hours of community service.", 80),
    ],
)
def test_unpaid_work_is_counted_in_hours(text, hours):
    assert pairs(text) == [("unpaid work (hours)", hours)]


@pytest.mark.parametrize(
    "text",
    [
        "Officers seized 2.5kg (5.5lb) of heroin.",
        "Detectives recovered £800 (about $1,000) in cash.",
    ],
)
def test_a_figure_converted_in_brackets_is_one_fact(text):
    assert len(pairs(text)) == 1


def test_one_standing_for_a_is_not_a_count():
    assert pairs("Officers seized £4,000 in cash in one raid.") == [("cash seized", 4000)]


def test_the_value_of_drugs_seized_is_not_cash():
    text = "The street value of the cocaine seized in the raids is put at £3 million."
    assert pairs(text) == [("drugs seized (value)", 3_000_000)]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("A drugs gang have been jailed for more than 30 years.", "total sentence"),
        ("A gang from the coast were jailed for 25 years.", "total sentence"),
        ("The gang leader was jailed for 12 years.", "sentence"),
        ("The gang were each jailed for 12 years.", "sentence"),
        ("Two members of the gang were jailed for 9 years.", "sentence"),
    ],
)
def test_a_term_given_to_a_group_is_its_total(text, metric):
    assert [m for m, _v in pairs(text) if "sentence" in m] == [metric]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four dealers from the town have been given jail sentences.", ("drug dealers jailed", 4)),
        ("Thirty young people were referred for support.", ("young people safeguarded", 30)),
        ("Of those, 80 were identified and referred for help.", ("people safeguarded", 80)),
        ("Officers have closed 14 county lines drug operations.", ("drug lines closed", 14)),
        ("The team has smashed nine drug lines this year.", ("drug lines closed", 9)),
        ("Police dismantled six organised crime groups.", ("organised crime groups dismantled", 6)),
        ("About 20 knives and 4 guns taken off the streets.", ("firearms seized", 4)),
    ],
)
def test_more_people_and_things_by_what_happened_to_them(text, expected):
    assert expected in pairs(text)


def test_a_verb_in_the_next_clause_is_not_the_groups():
    found = pairs("Police questioned six men and one woman, while two boys were arrested.")
    assert found == [("arrests", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested four men and three women.", [("arrests", 7)]),
        ("Two men and a woman were charged on Friday.", [("people charged", 3)]),
        ("Nine men and one teenager have been jailed.", [("people jailed", 10)]),
    ],
)
def test_people_listed_by_kind_are_one_group(text, expected):
    assert pairs(text) == expected


def test_a_verb_past_a_comma_belongs_to_the_part_not_the_whole():
    found = pairs("Police arrested 30 people, 12 of whom were later charged.")
    assert found == [("arrests", 30), ("people charged", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "Overnight, 25 suspects were taken into custody.",
        "Officers took 25 people into custody.",
    ],
)
def test_people_taken_into_custody_are_arrests(text):
    assert ("arrests", 25) in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He got 10 years with a non-parole period of six years.", [120, 72]),
        ("She was jailed for life and must serve at least 20 years.", [None, 240]),
    ],
)
def test_the_least_part_of_a_term_to_be_served_is_its_minimum(text, expected):
    found = [(o.metric, o.value) for o in extract(text).outcomes]
    assert [v for _m, v in found] == expected
    assert found[-1][0] == "minimum term"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers issued 60 infringement notices.", ("penalty notices", 60)),
        ("Deputies wrote 35 citations on the highway.", ("citations", 35)),
        ("Police conducted 900 roadside breath tests.", ("breath tests", 900)),
        ("Patrols stopped 140 vehicles at the checkpoint.", ("vehicles stopped", 140)),
    ],
)
def test_road_policing_results_are_counted(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Detectives executed search warrants at nine properties.", ("properties searched", 9)),
        ("Drugs warrants were executed at six addresses.", ("addresses raided", 6)),
        ("Officers raided 12 homes under search warrants.", ("homes raided", 12)),
    ],
)
def test_places_named_in_search_warrants_were_searched_unless_raided(text, expected):
    assert expected in pairs(text)


def test_a_groups_total_is_not_taken_for_one_suspended_term():
    text = "The six were jailed for a total of 31 years, and a seventh got a suspended term."
    assert ("total sentence", 372) in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He admitted conspiring to supply 30kg of cocaine.", ("cocaine supplied (kg)", 30)),
        ("The pair smuggled 150 kilos of heroin into the port.", ("heroin supplied (kg)", 150)),
        ("Officers seized 4kg of cocaine the gang had imported.", ("cocaine seized (kg)", 4)),
    ],
)
def test_drugs_moved_are_not_drugs_seized(text, expected):
    assert pairs(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She was jailed for 40 months followed by three years of supervised release.",
            [("sentence", 40), ("supervised release", 36)],
        ),
        ("He must also serve two years of probation.", [("probation", 24)]),
        ("He was given a community order for 12 months.", [("community order", 12)]),
    ],
)
def test_a_term_served_outside_prison_is_named_by_the_court_s_word(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ring laundered more than $12 million.", ("money laundered", 12_000_000)),
        ("He was ordered to forfeit $80,000.", ("forfeiture order", 80_000)),
        ("Officers recovered 14 stolen cars.", ("stolen vehicles recovered", 14)),
        ("Detectives have identified 25 victims so far.", ("victims identified", 25)),
        ("The patrols detected 19 drink drivers.", ("drink drivers arrested", 19)),
        (
            "Police seized cannabis plants with a potential yield worth £90,000.",
            ("drugs seized (value)", 90_000),
        ),
    ],
)
def test_more_money_and_people_named_by_what_the_sentence_says(text, expected):
    assert expected in pairs(text)
