"""Every code the extractor emits is one the vocabulary (and so the models) knows.

Run over the seed articles and a generated corpus of a few hundred articles, so that a rule
that writes a code by hand ("£", "police force") shows here rather than on a page.
"""

import pytest

from articles.extraction import extract
from articles.extraction.lexicon.metrics import is_metric
from articles.extraction.vocabulary import (
    OperationKind,
    OrganisationKind,
    PersonKind,
    Qualifier,
    Unit,
)
from tests.benchmarks.corpus import generate
from tests.conftest import SOURCES

CORPUS_SIZE = 300


@pytest.fixture(scope="module")
def extractions():
    texts = [p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt"))]
    texts += [text for _name, text in generate(CORPUS_SIZE)]
    return [extract(text) for text in texts]


def _codes(enum) -> set[str]:
    return {member.value for member in enum}


def test_the_corpus_has_every_kind_of_figure(extractions):
    units = {o.unit for e in extractions for o in e.outcomes}
    assert {Unit.GBP, Unit.PERCENT, Unit.MONTHS} <= units


def test_every_unit_is_a_vocabulary_unit(extractions):
    units = {o.unit for e in extractions for o in e.outcomes} - {None}
    assert units <= _codes(Unit)


def test_every_qualifier_is_a_vocabulary_qualifier(extractions):
    qualifiers = {o.qualifier for e in extractions for o in e.outcomes} - {None}
    assert qualifiers <= _codes(Qualifier)


def test_every_organisation_kind_is_a_vocabulary_kind(extractions):
    kinds = {o.kind for e in extractions for o in e.organisations}
    assert kinds and kinds <= _codes(OrganisationKind)


def test_every_person_kind_is_a_vocabulary_kind(extractions):
    kinds = {p.kind for e in extractions for p in e.people}
    assert kinds and kinds <= _codes(PersonKind)


def test_every_operation_kind_is_a_vocabulary_kind(extractions):
    kinds = {op.kind for e in extractions for op in e.operations}
    assert kinds and kinds <= _codes(OperationKind)


def test_every_metric_is_in_the_metric_vocabulary(extractions):
    names = {o.metric for e in extractions for o in e.outcomes}
    assert len(names) > 10
    assert sorted(name for name in names if not is_metric(name)) == []
