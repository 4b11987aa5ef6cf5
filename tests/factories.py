"""Factories for test data. Provenance records point at real passages of their article's body."""

import factory
from django.utils import timezone

from articles.models import Article, ArticleStatus, Publication
from casefiles.models import (
    Appearance,
    CaseFile,
    Operation,
    OperationMention,
    Organisation,
    OrganisationKind,
    Outcome,
    Person,
    PublicationStatus,
    Quote,
)

BODY = (
    "Raids In Southend\n\n"
    "More than 70 people have been arrested during Operation Erasure.\n\n"
    'Det Chief Insp Lewis Basford said: "We moved proactively to stop them."\n'
)


def passage(article, text):
    """start/end/text of the first occurrence of `text` in the article body."""
    start = article.body.index(text)
    return {"start": start, "end": start + len(text), "text": text}


class PublicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Publication
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Gazette {n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    headline = factory.Sequence(lambda n: f"Raids in Southend, part {n}")
    publication = factory.SubFactory(PublicationFactory)
    source_name = factory.Sequence(lambda n: f"article_{n:04d}.txt")
    body = factory.Sequence(lambda n: f"{BODY}\nReport {n}.\n")
    status = ArticleStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)
    # As the importer sets it: a date line that gave a time of day.
    published_has_time = factory.LazyAttribute(lambda article: article.published_at is not None)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Constabulary {n}")
    kind = OrganisationKind.POLICE_FORCE


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Lewis Basford {n}")


class OperationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Operation

    name = factory.Sequence(lambda n: f"Operation Erasure {n}")
    force = factory.SubFactory(OrganisationFactory)


class ProvenanceFactory(factory.django.DjangoModelFactory):
    """Subclasses set `passage_text`, a string found in BODY."""

    class Meta:
        abstract = True

    article = factory.SubFactory(ArticleFactory)
    start = factory.LazyAttribute(lambda o: o.article.body.index(o.passage_text))
    end = factory.LazyAttribute(lambda o: o.start + len(o.passage_text))
    text = factory.LazyAttribute(lambda o: o.passage_text)


class AppearanceFactory(ProvenanceFactory):
    class Meta:
        model = Appearance
        exclude = ("passage_text",)

    passage_text = "Det Chief Insp Lewis Basford"
    person = factory.SubFactory(PersonFactory)
    rank_as_printed = "Det Chief Insp"
    rank = "Detective Chief Inspector"


class OperationMentionFactory(ProvenanceFactory):
    class Meta:
        model = OperationMention
        exclude = ("passage_text",)

    passage_text = "Operation Erasure"
    operation = factory.SubFactory(OperationFactory)


class QuoteFactory(ProvenanceFactory):
    class Meta:
        model = Quote
        exclude = ("passage_text",)
        skip_postgeneration_save = True

    passage_text = '"We moved proactively to stop them."'
    speaker = factory.SubFactory(PersonFactory)
    attribution = "Det Chief Insp Lewis Basford said:"

    @factory.post_generation
    def operations(self, create, extracted, **kwargs):
        if create and extracted:
            self.operations.set(extracted)


class OutcomeFactory(ProvenanceFactory):
    class Meta:
        model = Outcome
        exclude = ("passage_text",)

    passage_text = "More than 70 people have been arrested"
    metric = "arrests"
    value = 70
    qualifier = "more than"


class CaseFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CaseFile

    title = factory.Sequence(lambda n: f"Southend drug raids {n}")
    summary = "Two waves of raids against drug gangs."
    status = PublicationStatus.PUBLISHED
