"""A reporting line a body runs, named with "Helpline" or "Hotline" after other words, is an
organisation and never a person.

Every text here is written for the test.
"""

import pytest

from articles.extraction.vocabulary import OrganisationKind as Kind
from tests.extraction.helpers import organisations, people


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "A driver told the Forced Labour and Exploitation Helpline what he had seen.",
            "Forced Labour and Exploitation Helpline",
        ),
        (
            "Victims can call the National Stalking Hotline at any hour.",
            "National Stalking Hotline",
        ),
        ("She rang the Elmford Domestic Abuse Helpline twice.", "Elmford Domestic Abuse Helpline"),
    ],
)
def test_a_helpline_is_an_organisation(sentence, name):
    text = f"Police searched a house in Elmford on Monday.\n\n{sentence}\n"
    assert organisations(text).get(name) == Kind.OTHER
    assert not any("Helpline" in p or "Hotline" in p for p in people(text))
