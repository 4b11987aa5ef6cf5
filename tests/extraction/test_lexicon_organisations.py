"""The organisation word lists: every nickname is found, and the kinds are the vocabulary's."""

import pytest

from articles.extraction.lexicon import organisations as lexicon
from articles.extraction.lexicon import orgnoise
from articles.extraction.lexicon.organisations import ALIASES
from articles.extraction.lexicon.orgnoise import LEADING_NOISE, NOISE_AT_SENTENCE_START
from articles.extraction.vocabulary import OrganisationKind
from tests.extraction.helpers import organisations
from tests.extraction.lexicon_checks import unused_exports


def _printed(key: str, name: str) -> str:
    """A nickname as an article prints it: "PSNI", "the Met", "Scotland Yard"."""
    if key == name.lower():
        return name
    if " " not in key and key != "met":
        return key.upper()
    return " ".join(w if w == "the" else w.capitalize() for w in key.split())


@pytest.mark.parametrize("key", sorted(ALIASES))
def test_every_nickname_is_filed_under_its_name_and_kind(key):
    name, kind = ALIASES[key]
    text = f"Officers thanked {_printed(key, name)} for the help."
    assert organisations(text) == {name: kind}
    assert kind in set(OrganisationKind)


def test_words_left_out_at_a_sentence_start_are_leading_noise():
    assert NOISE_AT_SENTENCE_START <= LEADING_NOISE


def test_every_export_is_read():
    assert unused_exports(lexicon) <= {"Alias"}
    assert unused_exports(orgnoise) == set()
