"""A published story in the search index, and a reader who is not staff."""

import pytest

from casefiles import search
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    OperationFactory,
    OperationMentionFactory,
    PersonFactory,
    QuoteFactory,
)
from tests.search.helpers import STORY


@pytest.fixture
def story():
    """A published article naming Lewis Basford, quoting him and mentioning an operation."""
    article = ArticleFactory(headline="Drug gangs targeted in Southend raids", body=STORY)
    basford = PersonFactory(name="Lewis Basford")
    erasure = OperationFactory(name="Operation Erasure", aliases=["Op Errasure"])
    AppearanceFactory(article=article, person=basford, role="Southend district commander")
    OperationMentionFactory(article=article, operation=erasure)
    quote = QuoteFactory(article=article, speaker=basford)
    search.rebuild()
    return {"article": article, "person": basford, "operation": erasure, "quote": quote}


@pytest.fixture
def reader(django_user_model):
    return django_user_model.objects.create_user("reader", password="x")
