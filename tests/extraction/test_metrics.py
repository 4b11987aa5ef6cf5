"""The metric vocabulary: names come from its templates, with slots from the lexicon tables."""

import pytest

from articles.extraction import extract
from articles.extraction.lexicon.actions import PERSON_METRICS, RELEASED
from articles.extraction.lexicon.metrics import METRICS, SLOTS, is_metric, metric
from tests.extraction.helpers import outcomes


@pytest.mark.parametrize(
    "name",
    [
        "arrests",
        "people charged",
        "cocaine seized (kg)",
        "class A drugs seized (g)",
        "fentanyl pills seized",
        "homes raided",
        "knives seized",
        "stolen property recovered (value)",
        "officers involved",
        "burglary reduction (%)",
        "arrests (national)",
        "total sentence",
        "funding",
        "weekly takings",
        "takings (per harvest)",
        "unpaid work (hours)",
        "funds frozen",
        "bank accounts frozen",
        "people booked into custody",
        "organised crime groups dismantled",
    ],
)
def test_names_of_the_vocabulary(name):
    assert is_metric(name)


@pytest.mark.parametrize(
    "name", ["cocaine found (kilos)", "homes ransacked", "officers seized (kg)", "sentence (%)"]
)
def test_names_outside_the_vocabulary(name):
    assert not is_metric(name)


def test_a_template_outside_the_vocabulary_cannot_be_emitted():
    with pytest.raises(KeyError):
        metric("{item} lost", item="knives")


def test_every_slot_of_every_template_is_declared():
    for template in METRICS:
        for slot in (part.split("}")[0] for part in template.split("{")[1:]):
            assert slot in SLOTS, (template, slot)


def test_the_people_tables_name_metrics_of_the_vocabulary():
    for name in [*PERSON_METRICS.values(), *RELEASED.values()]:
        assert is_metric(name), name


@pytest.mark.parametrize(
    ("text", "metric_name"),
    [
        ("Officers seized 40 wraps of crack cocaine.", "crack cocaine wraps seized"),
        ("Agents seized 9,000 fentanyl pills.", "fentanyl pills seized"),
        ("Police raided 12 homes in the village.", "homes raided"),
        ("Officers visited 30 properties and made arrests.", "properties visited"),
        ("Police seized 7kg of Class A drugs.", "class A drugs seized (kg)"),
        ("Police seized 14 offensive weapons.", "offensive weapons seized"),
        ("Two men were cautioned.", "cautions"),
        ("The gang were jailed for a total of 31 years.", "total sentence"),
        ("Smith and Jones were jailed for a combined 40 years.", "total sentence"),
        ("They recovered £3,000 worth of stolen goods.", "stolen property recovered (value)"),
        ("Police seized criminal assets worth £90,000.", "assets seized (value)"),
        ("Firearm offences fell by 12 per cent.", "firearm offences reduction (%)"),
    ],
)
def test_metric_names_follow_the_convention(text, metric_name):
    assert [m for m, _v, _q in outcomes(text)] == [metric_name]


@pytest.mark.parametrize(
    ("text", "metric_name"),
    [
        ("More than 900 people were arrested nationwide.", "arrests (national)"),
        ("Forces across England and Wales seized 310 knives.", "knives seized (national)"),
        ("Police across the country made 4,000 arrests.", "arrests (national)"),
    ],
)
def test_a_figure_for_the_whole_country_is_marked_national(text, metric_name):
    assert [m for m, _v, _q in outcomes(text)] == [metric_name]


def test_a_national_figure_is_not_credited_to_the_local_operation():
    text = "Operation Kestrel ran in Leeds as 2,000 people were arrested nationwide."
    [found] = extract(text).outcomes
    assert (found.metric, found.operation) == ("arrests (national)", None)
