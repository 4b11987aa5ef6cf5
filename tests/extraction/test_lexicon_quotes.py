"""The quote lexicon agrees with itself: every entry is matched by the patterns built from it,
every indexed trigger starts some entry, and every name it exports is read somewhere."""

import ast
import re
from pathlib import Path

import pytest

from articles.extraction.lexicon import quotes as lexicon
from articles.extraction.lexicon.wordsets import WORD
from tests.extraction.lexicon_checks import public_names, unused_exports

PACKAGE = Path(lexicon.__file__).resolve().parents[1]
SPEECH_VERB = re.compile(lexicon.SPEECH_VERB_RE, re.IGNORECASE)
# The verb table is the module's own; its entries are what every pattern here must match.
VERBS = lexicon._VERBS


@pytest.mark.parametrize("verb", lexicon.SPEECH_VERBS)
def test_every_speech_verb_is_matched_by_the_speech_verb_pattern(verb):
    assert SPEECH_VERB.fullmatch(verb)
    assert SPEECH_VERB.fullmatch(verb.capitalize())


@pytest.mark.parametrize(
    "verb", sorted(v for v, role in VERBS.items() if lexicon._Verb.SOURCE not in role)
)
def test_every_verb_before_marked_words_makes_them_somebodys(verb):
    assert lexicon.QUOTE_CUE.search(f"Residents {verb} ")


@pytest.mark.parametrize(
    "verb", sorted(v for v, role in VERBS.items() if lexicon._Verb.SOURCE in role)
)
def test_a_verb_that_names_a_source_does_not_make_marked_words_after_it_somebodys(verb):
    assert not lexicon.QUOTE_CUE.search(f"Residents {verb} ")


def test_every_indexed_speech_word_starts_a_speech_verb_and_every_verb_has_one():
    first_words = {verb.split()[0] for verb in lexicon.SPEECH_VERBS}
    assert first_words == lexicon.SPEECH_WORDS


def test_every_verb_of_judging_is_one_indexed_word_from_the_table():
    assert lexicon.JUDGING_WORDS.issubset(VERBS)
    assert all(WORD.fullmatch(verb) for verb in lexicon.JUDGING_WORDS)


def test_a_verb_listed_in_two_groups_is_refused():
    with pytest.raises(ValueError, match="listed twice"):
        lexicon._verb_table((lexicon._Verb.SPEECH, "said"), (lexicon._Verb.JUDGING, "said"))


@pytest.mark.parametrize("noun", sorted(lexicon.ROLE_NOUNS))
def test_every_role_noun_is_matched_after_its_lead_word(noun):
    for lead in lexicon.ROLE_LEAD_WORDS:
        m = lexicon.ROLE_NOUN_RE.match(f"{lead} {noun} said")
        assert m and m.group(1).lower() == noun


def test_every_pronoun_as_printed_stands_for_a_known_gender():
    assert {word.lower() for word in lexicon.PRONOUN_WORDS} == set(lexicon.SUBJECT_PRONOUNS)
    assert set(lexicon.SUBJECT_PRONOUNS.values()) == {"m", "f"}


def test_every_quote_mark_is_one_of_the_quote_characters():
    marks = lexicon.DOUBLE_OPEN + lexicon.DOUBLE_CLOSE + lexicon.SINGLE_OPEN + lexicon.SINGLE_CLOSE
    assert set(marks) < set(lexicon.QUOTE_CHARS)


def _modules_other_than(path: Path) -> list[ast.Module]:
    return [ast.parse(p.read_text()) for p in PACKAGE.rglob("*.py") if p.resolve() != path]


def _imported_from(trees: list[ast.Module], module: str) -> set[str]:
    """Names imported from `module` (from any module when it is empty)."""
    return {
        alias.name
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (not module or node.module == module)
        for alias in node.names
    }


def test_nothing_the_quote_lexicon_exports_is_unused():
    assert "SPEECH_VERBS" in public_names(lexicon)
    assert unused_exports(lexicon) == set()


def test_the_word_lists_reexport_only_what_other_modules_read_from_them():
    words = (PACKAGE / "lexicon" / "words.py").resolve()
    reexported = {
        alias.name
        for node in ast.parse(words.read_text()).body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.asname == alias.name
    }
    read = _imported_from(_modules_other_than(words), "articles.extraction.lexicon.words")
    assert reexported
    assert reexported <= read
