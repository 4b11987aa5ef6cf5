"""The world every reader-page test starts from, and a draft beside it."""

from types import SimpleNamespace

import pytest

from articles.models import ArticleStatus
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    CaseFileFactory,
    OperationFactory,
    OperationMentionFactory,
    OrganisationFactory,
    OutcomeFactory,
    PersonFactory,
    PublicationFactory,
    QuoteFactory,
)
from tests.pages.helpers import report


@pytest.fixture
def world():
    organisation = OrganisationFactory(name="Essex Police")
    world = SimpleNamespace(
        publication=PublicationFactory(name="Echo"),
        organisation=organisation,
        operation=OperationFactory(name="Operation Erasure", force=organisation),
        person=PersonFactory(name="Lewis Basford", organisation=organisation),
        casefile=CaseFileFactory(title="Southend drug raids"),
    )
    world.casefile.operations.add(world.operation)
    world.casefile.people.add(world.person)
    first = report(world)
    world.article, world.quote, world.outcome = first.article, first.quote, first.outcome
    return world


@pytest.fixture
def draft(world):
    """A draft article that alone supports an operation, a person and a quote."""
    article = ArticleFactory(status=ArticleStatus.DRAFT, headline="Secret raid")
    operation = OperationFactory(name="Operation Hush", force=world.organisation)
    person = PersonFactory(name="Dana Hidden")
    AppearanceFactory(article=article, person=person)
    OperationMentionFactory(article=article, operation=operation)
    quote = QuoteFactory(article=article, speaker=person, operations=[operation])
    OutcomeFactory(article=article, operation=operation, value=987654)
    world.casefile.articles.add(article)
    world.casefile.operations.add(operation)
    return SimpleNamespace(article=article, operation=operation, person=person, quote=quote)
