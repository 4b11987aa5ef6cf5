"""The people word lists: each courtesy title, family word and role is read as it says."""

import pytest

from articles.extraction.lexicon import people as lexicon
from articles.extraction.lexicon.people import HONORIFICS, RELATIVES, ROLE_TITLES
from tests.extraction.helpers import people
from tests.extraction.lexicon_checks import unused_exports


@pytest.mark.parametrize("honorific", sorted(HONORIFICS))
def test_every_courtesy_title_gives_its_gender(honorific):
    found = people(f"{honorific.capitalize()} Jo Brandreth said the road was closed.")
    assert found["Jo Brandreth"].gender == HONORIFICS[honorific]
    assert found["Jo Brandreth"].rank_or_title is None


@pytest.mark.parametrize("relative", sorted(RELATIVES))
def test_every_family_word_names_a_person_and_gives_their_gender(relative):
    found = people(f"Sharon Ellis thanked neighbours. Officers found her {relative} Jayden safe.")
    assert found["Jayden"].gender == RELATIVES[relative]


@pytest.mark.parametrize("role", ROLE_TITLES)
def test_every_role_before_a_name_is_read(role):
    printed = role.upper() if role == "mp" else role
    found = people(f"Yesterday the {printed} Dan Cole said the road was closed.")
    assert found["Dan Cole"].role == printed


def test_word_lists_are_lower_case():
    for words in (lexicon.NOT_NAME_WORDS, lexicon.PLACE_WORDS, lexicon.SENTENCE_OPENERS):
        assert all(w == w.lower() for w in words)


def test_every_export_is_read():
    assert unused_exports(lexicon) == set()
