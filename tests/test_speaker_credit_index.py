"""How a quote's own article printed its speaker is found by the index of the passages naming
each person in each article, not among every passage naming a busy spokesperson."""

import pytest
from django.contrib.auth.models import AnonymousUser

from casefiles.views.common import shown_quotes
from tests.factories import QuoteFactory
from tests.plans import plan

pytestmark = pytest.mark.django_db


def test_a_quotes_speaker_credit_is_read_by_its_index():
    quote = QuoteFactory()
    steps = plan(shown_quotes(AnonymousUser()).filter(pk=quote.pk), bitmaps=False)
    assert "casefiles_appearance_credit" in steps, steps
