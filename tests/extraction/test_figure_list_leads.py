"""Items far down a list take the verb of the list's lead.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import outcomes


@pytest.mark.parametrize("bullet", ["-", "•", "*"])
def test_an_item_far_down_a_list_is_seized_by_the_leads_verb(bullet):
    text = (
        "Officers raided a flat on Tuesday.\n\nDuring the searches police located:\n\n"
        f"{bullet} 12 firearms, including four pistols and a sawn-off shotgun kept in a bag\n"
        f"{bullet} more than 900 rounds of ammunition\n"
    )
    assert ("ammunition seized", 900) in [(m, v) for m, v, _q in outcomes(text)]


def test_a_lead_with_no_verb_of_seizing_seizes_nothing():
    text = (
        "Officers raided a flat on Tuesday.\n\nThe court heard that the gang had:\n\n"
        "- sold drugs to children across three counties for years on end\n"
        "- more than 900 customers on its phone line\n"
    )
    assert [m for m, _v, _q in outcomes(text) if m.endswith("seized")] == []
