"""Whose result a figure is (the operation, the force, the country), whether it is a group's
total, and which rule found it.

Every text here is written for the test.
"""

import re

import pytest

from articles.extraction import extract
from articles.extraction.figures.rules import RULES
from articles.extraction.vocabulary import Scope


def found(text):
    return [(o.metric, o.value, o.scope, o.operation) for o in extract(text).outcomes]


@pytest.mark.parametrize(
    "text",
    [
        "Operation Larch ran in the town while 3,000 people were arrested nationwide.",
        "Across the 43 forces, officers seized 900 knives during Operation Larch.",
        "Forces across the region made 410 arrests as Operation Larch ended.",
        "Officers in all 43 forces made 2,100 arrests in the week Operation Larch began.",
    ],
)
def test_a_national_or_cross_force_total_is_never_the_local_operations(text):
    [(metric, _value, scope, operation)] = found(text)
    assert (scope, operation) == (Scope.NATIONAL, None)
    assert metric.endswith(" (national)")


@pytest.mark.parametrize(
    "text",
    [
        "Across the force area, 1,200 people were arrested this year.",
        "Force-wide, officers seized 80 knives in the last 12 months.",
        "Statewide, deputies made 640 arrests over the summer.",
    ],
)
def test_a_figure_for_the_whole_force_is_marked_force(text):
    [(_metric, _value, scope, operation)] = found(text)
    assert (scope, operation) == (Scope.FORCE, None)


@pytest.mark.parametrize(
    "text",
    [
        "Seventy people were arrested during a countywide crackdown.",
        "Across the county, Operation Larch made 55 arrests.",
    ],
)
def test_an_area_wide_operation_keeps_its_figures(text):
    [(_metric, _value, scope, _operation)] = found(text)
    assert scope == Scope.OPERATION


def test_a_figure_is_credited_to_the_operation_its_paragraph_names():
    text = "Operation Birch targeted dealers in the town. Officers made 14 arrests."
    assert found(text) == [("arrests", 14, Scope.OPERATION, "Operation Birch")]


def test_a_figure_in_another_paragraph_is_not_credited_to_the_operation():
    text = "Operation Birch targeted dealers in the town.\n\nOfficers made 14 arrests."
    [(_metric, _value, _scope, operation)] = found(text)
    assert operation is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The gang were jailed for a total of 22 years.", 264),
        ("A total of 49 arrests were made.", 49),
        ("Five men face a combined 31 charges.", 31),
        ("Officers seized 12 guns in total.", 12),
        ("The four were jailed for 30 years between them.", 360),
        ("Police made 38 arrests altogether.", 38),
    ],
)
def test_a_groups_total_is_marked_total(text, value):
    totals = [o.value for o in extract(text).outcomes if o.is_total]
    assert totals == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Jones was jailed for six years.",
        "Police made 38 arrests in the town.",
        "Officers seized a total haul, with 12 guns among it.",
    ],
)
def test_a_figure_for_one_is_not_a_total(text):
    assert [o.value for o in extract(text).outcomes if o.is_total] == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Nine people were charged.", "count-verb"),
        ("Police made 40 arrests.", "count-noun"),
        ("Two were charged.", "people-verb"),
        ("Officers found a Taser in the car.", "single-item"),
        ("Officers seized £9,000 in cash.", "cash"),
        ("Jones was jailed for life.", "life-sentence"),
        ("Jones was jailed for four years.", "prison-term"),
        ("The line made £500 a day.", "money-rate"),
        ("Police seized 2kg of cocaine.", "drug-weight"),
        ("Officers raided 17 addresses in the city and one in the suburbs.", "count-sum"),
    ],
)
def test_each_figure_names_the_rule_that_found_it(text, rule):
    [outcome] = extract(text).outcomes
    assert (outcome.rule, outcome.confidence) == (rule, RULES[rule])


def test_a_figure_read_from_its_surroundings_is_less_sure_than_one_a_verb_governs():
    [single] = extract("Officers found a Taser in the car.").outcomes
    [charged] = extract("Nine people were charged.").outcomes
    assert single.confidence < charged.confidence


@pytest.mark.parametrize(("rule", "confidence"), RULES.items())
def test_rules_are_named_in_kebab_case_with_a_confidence_between_0_and_1(rule, confidence):
    assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule)
    assert 0 < confidence <= 1


def test_the_forces_own_tally_is_force_wide():
    [(_metric, _value, scope, _operation)] = found("The force recorded 3,100 burglaries in May.")
    assert scope == Scope.FORCE
