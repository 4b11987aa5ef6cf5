"""Where a quote ends and what is no quote: a phrase quoted inside narration does not run on
into the next paragraph even with a tag after it; a numbered release's paragraph number does
not stop a quote running on; a name after "alias" is no quote whatever follows it; the seat
in a transcript's speaker label is nobody's name.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people, quotes


def test_a_phrase_in_narration_with_a_tag_does_not_run_on():
    text = (
        'The raid was "the hardest blow this year against the gangs," the chief told '
        "reporters in the port.\n\n"
        '"We have taken out boats and fuel they need," he said.'
    )
    found = quotes(text)
    assert [q[2] for q in found] == [1, 1]
    assert found[1][1].startswith('"We have taken out')


def test_a_quote_with_its_tag_still_runs_on():
    text = '"We are ready," said Jo Hale.\n\n"We will act tonight."'
    assert [(q[0], q[2]) for q in quotes(text)] == [("Jo Hale", 2)]


@pytest.mark.parametrize("number", ["6.", "(6)", "6)"])
def test_a_numbered_paragraph_carries_the_quote_on(number):
    text = (
        '5. Inspector Jo Hale said: "The drugs were bound for our streets.\n\n'
        f'{number} "We will keep working with our partners."'
    )
    assert [(q[0], q[2]) for q in quotes(text)] == [("Jo Hale", 2)]


@pytest.mark.parametrize(
    "text",
    [
        'Among them was Sam Reed, alias "El Lobo", whom police described as the leader.',
        'Among them was Jo Hale, known as "Big Dave", who officers said ran the gang.',
        'The courier, Dan Cole, nicknamed "The Ghost", was seen by detectives, police said.',
    ],
)
def test_a_name_after_alias_is_no_quote(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Gareth Llewellyn (Brecon, Radnor and Cwm Tawe) (Con): Theft cost millions.\n\n"
            "Sam Reed (Elmford North) (Lab): It did.",
            {"Gareth Llewellyn", "Sam Reed"},
        ),
        ("Jo Hale (Elmford, Vale and Upper Brackton) (Lab): It did.", {"Jo Hale"}),
    ],
)
def test_a_seat_in_a_speaker_label_is_no_person(text, names):
    assert set(people(text)) == names
