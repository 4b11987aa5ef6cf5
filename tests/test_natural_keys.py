"""A dump with natural keys loads into an empty database and gives back the same newsroom."""

import io
import json
from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import models

from articles.models import Article, Publication
from casefiles.models import (
    Appearance,
    CaseFile,
    Operation,
    OperationMention,
    Organisation,
    OrganisationKind,
    Outcome,
    Person,
    Quote,
    ReviewStatus,
)
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

DUMPED = [
    "auth.user",
    "articles.publication",
    "articles.article",
    "casefiles.organisation",
    "casefiles.person",
    "casefiles.operation",
    "casefiles.casefile",
    "casefiles.appearance",
    "casefiles.operationmention",
    "casefiles.quote",
    "casefiles.outcome",
]


def populate():
    reviewer = get_user_model().objects.create_user("reviewer")
    # Created before what they point at, so loading must resolve references forward.
    unit = OrganisationFactory(name="Serious Violence Unit", kind=OrganisationKind.POLICE_UNIT)
    force = OrganisationFactory(name="Essex Police", aliases=["Essex Constabulary"])
    unit.parent = force
    unit.save()
    booth = OperationFactory(name="Operation Booth", force=unit)
    erasure = OperationFactory(name="Operation Erasure", force=force, aliases=["Op Erasure"])
    booth.follows = erasure
    booth.save()
    basford = PersonFactory(name="Lewis Basford", organisation=force)
    article = ArticleFactory(
        publication=PublicationFactory(name="Echo"),
        published_at=datetime(2014, 7, 1, 9, 30, tzinfo=UTC),
    )
    quote = QuoteFactory(
        article=article,
        speaker=basford,
        review_status=ReviewStatus.VERIFIED,
        reviewed_by=reviewer,
    )
    quote.operations.set([erasure, booth])
    OutcomeFactory(article=article, operation=erasure, organisation=force)
    AppearanceFactory(article=article, person=basford, organisation=force, edited=True)
    OperationMentionFactory(article=article, operation=erasure)
    casefile = CaseFileFactory(title="Southend drug raids")
    casefile.operations.set([erasure, booth])
    casefile.articles.set([article])
    casefile.people.set([basford])


def _value(obj, name):
    """A field's value, with related rows given by natural key (ids differ after a load)."""
    value = getattr(obj, name)
    if isinstance(value, models.Manager):
        return sorted(related.natural_key() for related in value.all())
    if isinstance(value, models.Model):
        return value.natural_key()
    return value


def _rows(model, *fields):
    return sorted(
        tuple(_value(obj, name) for name in fields) for obj in model._default_manager.all()
    )


PROVENANCE = ("article", "start", "end", "text", "review_status", "edited", "reviewed_by")


def snapshot():
    """Everything that was dumped, by natural keys instead of database ids."""
    return {
        "users": _rows(get_user_model(), "username"),
        "publications": _rows(Publication, "name", "website"),
        "organisations": _rows(Organisation, "name", "slug", "kind", "parent", "aliases"),
        "operations": _rows(Operation, "slug", "name", "aliases", "force", "follows"),
        "people": _rows(Person, "slug", "name", "kind", "organisation"),
        "articles": _rows(
            Article, "source_name", "headline", "body", "status", "published_at", "publication"
        ),
        "casefiles": _rows(CaseFile, "slug", "title", "status", "operations", "articles", "people"),
        "quotes": _rows(Quote, *PROVENANCE, "speaker", "operations"),
        "outcomes": _rows(Outcome, *PROVENANCE, "metric", "value", "operation", "organisation"),
        "appearances": _rows(Appearance, *PROVENANCE, "person", "rank_as_printed", "organisation"),
        "mentions": _rows(OperationMention, *PROVENANCE, "operation"),
    }


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_natural_key_dump_loads_into_an_empty_database(monkeypatch):
    populate()
    before = snapshot()
    dump = io.StringIO()
    call_command(
        "dumpdata", *DUMPED, natural_foreign=True, natural_primary=True, stdout=dump, verbosity=0
    )
    dumped = json.loads(dump.getvalue())
    assert {row["model"] for row in dumped} == set(DUMPED)
    assert not any("pk" in row for row in dumped)
    call_command("flush", interactive=False, verbosity=0)
    assert not Quote.objects.exists()

    monkeypatch.setattr("sys.stdin", io.StringIO(dump.getvalue()))
    call_command("loaddata", "-", format="json", verbosity=0)

    assert snapshot() == before
