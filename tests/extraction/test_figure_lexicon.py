"""The word tables that figures are read with agree with the patterns and gates built from them.

Each pattern and first-letter gate is built from its table; these tests say what that buys:
every entry matches its pattern and passes its gate, every gate letter starts some entry, a
word added to a table is read with no other edit, and nothing is listed that no rule uses.
"""

import re
from pathlib import Path

import pytest

from articles.extraction.figures.numbers import NUMBER, NUMBER_WORDS
from articles.extraction.lexicon import actions, counted, measures, numbers, patterns
from articles.extraction.lexicon.words import MONEY_SCALES, MULTIPLIERS, TENS, UNITS
from articles.extraction.vocabulary import CURRENCY_SIGNS, WEIGHT_UNITS, Qualifier, Unit

EXTRACTION = Path(counted.__file__).resolve().parent.parent


def _gate_fits(gate, words):
    """Every word's first letter passes the gate, and every gate letter starts a word."""
    starts = {w[:1].lower() for w in words}
    return starts <= gate and gate <= starts


# -- one edit is enough ------------------------------------------------------------------------


def test_a_weight_added_to_the_table_is_matched_and_let_through_by_its_gate():
    table = {**measures.WEIGHTS, "pounds": Unit.POUNDS_WEIGHT}
    pattern = measures.weight_pattern(table)
    gate = patterns.first_letters(table)
    text = "3 pounds of cannabis"
    assert text[2] in gate
    assert pattern.match(text, 1)["u"] == "pounds"


def test_a_spelling_with_a_space_matches_any_run_of_spaces():
    assert re.fullmatch(patterns.alternatives(["per cent"]), "per   cent")


# -- case-blind patterns read on a lower-cased sentence ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers SEIZED cash and Recovered two phones.",
        "The Force-Wide total was released on Monday.",
        "Nothing was said about the raid.",
        "He was JAILED for six years.",
    ],
)
def test_a_lower_case_twin_finds_what_its_case_blind_pattern_finds(sentence):
    blind = (actions.SEIZE_CONTEXT, measures.JAIL_CONTEXT, numbers.TOTAL_ANY)
    patterns.read_lower_cased(*blind)
    for pattern in blind:
        twin = patterns.lower_case_twin(pattern)
        assert not twin.flags & re.IGNORECASE
        assert bool(twin.search(sentence.lower())) == bool(pattern.search(sentence))


def test_a_pattern_that_spells_a_capital_has_no_lower_case_twin():
    spelled = re.compile(r"\bacross\s+the\s+UK\b", re.IGNORECASE)
    patterns.read_lower_cased(spelled)
    assert patterns.lower_case_twin(spelled) is None
    assert patterns.lower_case_twin(re.compile(r"\bnot\s+registered\b", re.IGNORECASE)) is None


# -- counted nouns and verbs -------------------------------------------------------------------


def test_every_counted_noun_is_lower_case_words_looked_for_at_its_first_word():
    for phrase, entry in counted.COUNTED.items():
        assert phrase == phrase.lower()
        assert len(phrase.split()) in counted.COUNTED_SIZES[phrase.split()[0]]
        assert isinstance(entry.counted_as, counted.CountedAs)


PHRASE_VERBS = {verb for _follows, verb, _whole in actions.VERB_PHRASES.values()}


def test_every_person_metric_is_for_a_verb_the_verb_tables_give():
    verbs = set(actions.VERBS.values())
    assert set(actions.PERSON_METRICS) <= verbs | PHRASE_VERBS
    assert all(verb in verbs for verb in actions.LINE_VERBS)


def test_every_verb_of_several_words_names_a_metric_or_a_single_verb():
    known = set(actions.VERBS.values()) | set(actions.PERSON_METRICS)
    assert PHRASE_VERBS.issubset(known)


@pytest.mark.parametrize("phrase", sorted(actions.RELEASED))
def test_every_way_of_release_matches_its_pattern(phrase):
    assert actions.RELEASED_HOW.fullmatch(" " + phrase.replace(" ", "  "))


# -- measures ----------------------------------------------------------------------------------


@pytest.mark.parametrize("spelling", sorted(measures.WEIGHTS))
def test_every_weight_matches_its_pattern_and_passes_its_gate(spelling):
    assert measures.WEIGHT.match(" " + spelling)["u"] == spelling
    assert spelling[0] in measures.WEIGHT_FIRST


def test_weights_are_vocabulary_units_and_abbreviations_are_weights():
    assert set(measures.WEIGHTS.values()) <= WEIGHT_UNITS
    assert all(w in measures.WEIGHTS for w in measures.ABBREVIATED_WEIGHTS)
    assert _gate_fits(measures.WEIGHT_FIRST, measures.WEIGHTS)


@pytest.mark.parametrize("drug", sorted(measures.DRUGS))
def test_every_drug_matches_its_pattern(drug):
    assert measures.DRUG_RE.fullmatch(drug)


@pytest.mark.parametrize("unit", sorted(measures.MONTHS_PER))
def test_every_term_unit_matches_the_duration_pattern(unit):
    for spelling in (unit, unit + "s"):
        assert measures.DURATION.match(" " + spelling)["u"] == spelling
        assert spelling[0] in measures.DURATION_FIRST


def test_the_parts_of_a_term_are_term_units():
    assert set(measures.TERM_PART_UNITS) <= set(measures.MONTHS_PER)
    assert set(measures.RANGE_TOP_UNITS) <= set(measures.MONTHS_PER)
    assert _gate_fits(
        measures.DURATION_FIRST, [*measures.MONTHS_PER, measures.HALF, measures.HALF_HYPHENATED]
    )


@pytest.mark.parametrize(
    ("pattern", "gate", "words"),
    [
        (measures.PERCENT, measures.PERCENT_FIRST, ["%", *measures.PERCENT_WORDS]),
        (measures.LESS, measures.LESS_FIRST, [w + " burglaries" for w in measures.LESS_WORDS]),
        (
            measures.OCCASIONS,
            measures.OCCASIONS_FIRST,
            [measures.OCCASIONS_NOUN, *(w + " occasions" for w in measures.OCCASION_WORDS)],
        ),
        (measures.PARTITIVE, measures.PARTITIVE_FIRST, ["of those"]),
    ],
)
def test_every_word_after_a_figure_matches_its_pattern_and_gate(pattern, gate, words):
    for word in words:
        assert pattern.match(" " + word)
    assert _gate_fits(gate, words)


def test_every_life_sentence_holds_a_word_it_is_looked_for_around():
    text = "jailed for life; life imprisonment; a whole-life order; sentenced to life"
    for m in measures.LIFE.finditer(text):
        assert set(re.findall(r"[\w-]+", m.group().lower())) & measures.LIFE_WORDS


# -- numbers -----------------------------------------------------------------------------------


def test_every_number_word_is_read_as_a_number():
    words = [w for w, value in UNITS.items() if value] + list(TENS)
    for word in [*words, "twenty-one", "two dozen", "a hundred"]:
        assert NUMBER_WORDS.fullmatch(word), word


def test_every_indexed_number_word_starts_a_number():
    for word in numbers.NUMBER_WORD_STARTS - {"zero"} - set(numbers.FRACTIONS):
        assert NUMBER_WORDS.match(word), word
    for fraction in numbers.FRACTIONS:
        assert NUMBER_WORDS.match(f"{fraction} a million"), fraction


def test_every_multiplier_is_read_and_passes_its_gate():
    for word in MULTIPLIERS:
        assert numbers.MULTIPLIER_WORD.match(word) or numbers.MULTIPLIER_GLUED.match(word)
    everywhere = [word for word in MULTIPLIERS if word not in MONEY_SCALES]
    assert _gate_fits(numbers.MULTIPLIER_FIRST, everywhere)
    assert _gate_fits(numbers.MONEY_MULTIPLIER_FIRST, MULTIPLIERS)
    assert _gate_fits(numbers.RANGE_FIRST, numbers.RANGE_WORDS)


@pytest.mark.parametrize("sign", sorted(CURRENCY_SIGNS))
def test_every_currency_sign_starts_an_amount(sign):
    assert sign in numbers.DIGIT_START
    assert NUMBER.match(f"{sign}500")["cur"] == sign


def test_every_qualifier_is_a_vocabulary_qualifier_and_ends_in_a_trigger():
    assert set(numbers.QUALIFIERS.values()) <= set(Qualifier)
    phrases = [*numbers.QUALIFIERS, *numbers.QUALIFIER_PHRASES]
    ends = {p.split()[-1] for p in phrases}
    assert ends == numbers.QUALIFIER_ENDS


# -- nothing listed that no rule uses ----------------------------------------------------------


@pytest.mark.parametrize("module", [actions, counted, measures, numbers, patterns])
def test_nothing_is_exported_that_no_rule_uses(module):
    sources = "\n".join(p.read_text(encoding="utf-8") for p in EXTRACTION.rglob("*.py"))
    own = Path(module.__file__).read_text(encoding="utf-8")
    defined = re.findall(r"^(?:def |class )?([A-Z_a-z][A-Za-z0-9_]*)\b", own, re.MULTILINE)
    public = {name for name in defined if not name.startswith("_") and hasattr(module, name)}
    public -= {"re", "import", "from"}
    unused = {name for name in public if len(re.findall(rf"\b{name}\b", sources)) < 2}
    assert not unused
