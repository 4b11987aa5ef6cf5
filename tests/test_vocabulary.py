"""The models store exactly the codes the extractor emits."""

import pytest

from articles.extraction import vocabulary
from articles.models import Article, PublicationStatus
from casefiles import models


@pytest.mark.parametrize(
    ("choices", "codes"),
    [
        (models.OrganisationKind, vocabulary.OrganisationKind),
        (models.PersonKind, vocabulary.PersonKind),
        (models.OperationKind, vocabulary.OperationKind),
        (models.Qualifier, vocabulary.Qualifier),
        (models.Scope, vocabulary.Scope),
        (models.ReviewStatus, vocabulary.ReviewStatus),
        (PublicationStatus, vocabulary.PublicationStatus),
    ],
    ids=lambda enum: enum.__name__,
)
def test_model_choices_are_the_vocabulary(choices, codes):
    assert set(choices.values) == {code.value for code in codes}


def test_articles_and_case_files_share_one_draft_published_pair():
    article_status = Article._meta.get_field("status")
    casefile_status = models.CaseFile._meta.get_field("status")
    assert article_status.choices == casefile_status.choices == PublicationStatus.choices
