"""An operation plan named in Philippine usage, and a codename printed as one word and two."""

import pytest

from tests.extraction.helpers import operations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The raid, which agents called "Oplan Silent Harbour", ended.', "Oplan Silent Harbour"),
        ("Six were held under Oplan Tidewatch on Friday, the agency said.", "Oplan Tidewatch"),
        ("Oplan Sea-Lantern led to four arrests, the agency said.", "Oplan Sea-Lantern"),
    ],
)
def test_an_oplan_is_named_as_it_stands(text, name):
    assert operations(text) == [name]


@pytest.mark.parametrize(
    ("first", "second"),
    [("Copper Ridge", "Copperridge"), ("Copperridge", "Copper Ridge")],
)
def test_a_codename_in_one_word_and_two_is_one_operation(first, second):
    text = (
        f"Police said Operation {first} began in May. Operation {first} has led to nine "
        f"arrests. In its first phase, Operation {second}, 11 people were held."
    )
    assert operations(text) == [f"Operation {first}"]


def test_different_codenames_stay_apart():
    text = (
        "Operation Copper Ridge began in May. Operation Copper Ridge led to nine arrests. "
        "Operation Copperfield, a separate inquiry, ended."
    )
    assert sorted(operations(text)) == ["Operation Copper Ridge", "Operation Copperfield"]
