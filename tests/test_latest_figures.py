"""The latest figures a chart and a case file's phases show: the same whatever order they are
read in, where reports tie (undated, at the same place in their texts)."""

from datetime import UTC, datetime
from itertools import permutations

import pytest

from casefiles.models import Outcome
from casefiles.selectors import latest_figures
from tests.factories import ArticleFactory, OperationFactory, OutcomeFactory

pytestmark = pytest.mark.django_db


def test_the_latest_figures_do_not_depend_on_the_order_they_are_read_in():
    raid = OperationFactory(name="Operation Kestrel")
    sweep = OperationFactory(name="Operation Wren")
    for operation, published in [(raid, None), (sweep, None), (raid, None), (sweep, None)]:
        OutcomeFactory(article=ArticleFactory(published_at=published), operation=operation)
    OutcomeFactory(article=ArticleFactory(published_at=datetime(2021, 3, 4, tzinfo=UTC)))
    figures = list(Outcome.objects.select_related("article"))
    picked = {tuple(o.pk for o in latest_figures(order)) for order in permutations(figures)}
    assert len(picked) == 1
    [chosen] = picked
    # Of two undated reports for one operation, the one from the later article stands.
    assert len(chosen) == 3
