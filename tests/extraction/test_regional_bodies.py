"""A national body's branch named after its state, province or nation, printed either side of
the body's name, is one organisation under the whole name; the bare name printed later in the
same text is that branch.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import organisations


@pytest.mark.parametrize(
    "text, branch",
    [
        ("Call Crime Stoppers Queensland on 1800 000 111.", "Crime Stoppers Queensland"),
        ("Tips went to Manitoba Crime Stoppers last week.", "Manitoba Crime Stoppers"),
        (
            "Information can be passed to the New Brunswick Crime Stoppers line anonymously.",
            "New Brunswick Crime Stoppers",
        ),
        (
            "Contact Crime Stoppers Northern Territory, or police.",
            "Crime Stoppers Northern Territory",
        ),
    ],
)
def test_a_regional_branch_is_named_whole(text, branch):
    found = organisations(f"Officers searched a house in Elmford.\n\n{text}\n")
    assert branch in found
    assert "Crime Stoppers" not in found


def test_the_bare_name_after_the_branch_is_the_branch():
    text = (
        "The sweep ran with help from the Alberta Crime Stoppers program.\n\n"
        "Anyone with information can call Crime Stoppers at 1-800-000-0000.\n"
    )
    assert set(organisations(text)) == {"Alberta Crime Stoppers"}


def test_a_place_that_is_no_region_stays_outside_the_name():
    text = "Residents of Elmford were urged to call Crime Stoppers Elmford branch volunteers.\n"
    assert "Crime Stoppers" in organisations(text)


def test_two_branches_leave_the_bare_name_alone():
    text = (
        "Crime Stoppers Victoria and Crime Stoppers Tasmania shared the tips.\n\n"
        "A Crime Stoppers spokesman said more calls came in.\n"
    )
    found = organisations(text)
    assert {"Crime Stoppers Victoria", "Crime Stoppers Tasmania", "Crime Stoppers"} <= set(found)
