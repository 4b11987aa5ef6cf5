"""The document index: word sets declared as indexed are found as the article is read, and a
set that was never declared cannot be looked up.

Every text here is written for the test.
"""

import pytest

from articles.extraction.document import Doc, register_words, split_sentences
from articles.extraction.headers import parse_source
from articles.extraction.lexicon.wordsets import UnindexedWords, indexed_words

# Words no other rule indexes, so that these sets stand alone.
MOORINGS = indexed_words("pontoon slipway")
CALLSIGNS = indexed_words("ALPHA Bravo", exact=True)
# A second set sharing a word with the first.
HARBOUR = indexed_words("pontoon quayside")


def doc(text):
    return Doc(text, parse_source(text))


def test_an_indexed_set_is_found_in_any_capitals():
    text = "Officers searched the Pontoon.\n\nA SLIPWAY and a pontoon were closed."
    d = doc(text)
    assert [text[p : p + 7] for p in d.positions(MOORINGS)] == ["Pontoon", "SLIPWAY", "pontoon"]


def test_an_indexed_set_is_not_found_in_mixed_capitals_and_a_word_counts_for_every_set():
    text = "A PonToon, a Slipway and a pontoon; the Pontoon again."
    d = doc(text)
    assert [text[p : p + 7] for p in d.positions(MOORINGS)] == ["Slipway", "pontoon", "Pontoon"]
    assert [text[p : p + 7] for p in d.positions(HARBOUR)] == ["pontoon", "Pontoon"]
    assert d.lowered_among(frozenset({"pontoon", "slipway", "quay"})) == {"pontoon", "slipway"}


def test_an_exact_set_is_found_only_as_printed():
    text = "Units ALPHA and Bravo met; alpha and BRAVO did not."
    assert [text[p : p + 5] for p in doc(text).positions(CALLSIGNS, exact=True)] == [
        "ALPHA",
        "Bravo",
    ]


def test_an_indexed_word_inside_a_longer_word_is_not_found():
    assert doc("The pontoons and the slipways were closed.").positions(MOORINGS) == []


def test_a_set_looked_up_but_never_declared_raises():
    with pytest.raises(UnindexedWords, match="indexed_words"):
        doc("The harbour master closed the quay.").positions(frozenset({"quay"}))


def test_a_set_declared_as_indexed_but_looked_up_as_printed_raises():
    with pytest.raises(UnindexedWords):
        doc("A pontoon sank.").positions(MOORINGS, exact=True)


def test_a_set_declared_after_the_document_was_read_is_still_found():
    d = doc("The lifeboat crew launched at dawn.")
    late = indexed_words("lifeboat")
    assert d.positions(late) == [4]


def test_register_words_declares_a_set_as_indexed_words_does():
    boats = register_words(frozenset({"dinghy"}))
    assert doc("A dinghy drifted.").positions(boats) == [2]


@pytest.mark.parametrize("words", ["Pontoon", "sea wall", "3rd"])
def test_a_word_the_index_could_never_find_is_refused_where_it_is_declared(words):
    with pytest.raises(ValueError):
        indexed_words([words])


def test_sentences_are_not_broken_after_a_title_or_an_initial():
    text = "Det. Insp. J. Reed spoke. Officers left."
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "Det. Insp. J. Reed spoke.",
        "Officers left.",
    ]
