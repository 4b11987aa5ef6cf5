"""Data and requests shared by the reader-page tests."""

import re
from types import SimpleNamespace

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    OperationFactory,
    OperationMentionFactory,
    OrganisationFactory,
    OutcomeFactory,
    PersonFactory,
    QuoteFactory,
)


def report(world, *, article=None):
    """One published article about the world's operation: the speaker named, the operation
    mentioned, a quote about it and a figure for it; plus a person, an operation and an
    organisation of its own, so every list grows by a row."""
    article = article or ArticleFactory(publication=world.publication)
    AppearanceFactory(
        article=article,
        person=world.person,
        organisation=world.organisation,
        role="Southend district commander",
    )
    OperationMentionFactory(article=article, operation=world.operation)
    quote = QuoteFactory(article=article, speaker=world.person, operations=[world.operation])
    outcome = OutcomeFactory(
        article=article, operation=world.operation, organisation=world.organisation
    )
    other_force = OrganisationFactory()
    OperationMentionFactory(
        article=article, operation=OperationFactory(force=other_force), passage_text="Southend"
    )
    world.casefile.articles.add(article)
    return SimpleNamespace(article=article, quote=quote, outcome=outcome)


def rich_article(publication, n):
    """A published article with n of each record: a person named, a quote holding an
    operation mention, and a figure credited to an operation and an organisation."""
    paragraphs = [
        f'Officer {i:03d} said: "Statement {i:03d} about Op Alpha {i:03d}." '
        f"Police made {i:03d} arrests."
        for i in range(n)
    ]
    article = ArticleFactory(publication=publication, body="Headline\n\n" + "\n\n".join(paragraphs))
    operation = OperationFactory()
    person = PersonFactory()
    organisation = OrganisationFactory()
    for i in range(n):
        AppearanceFactory(article=article, person=person, passage_text=f"Officer {i:03d}")
        OperationMentionFactory(
            article=article, operation=operation, passage_text=f"Op Alpha {i:03d}"
        )
        QuoteFactory(
            article=article,
            speaker=person,
            operations=[operation],
            passage_text=f'"Statement {i:03d} about Op Alpha {i:03d}."',
        )
        OutcomeFactory(
            article=article,
            operation=operation,
            organisation=organisation,
            passage_text=f"made {i:03d} arrests",
            value=i,
        )
    return article


PAGES = {
    "home": lambda w: reverse("casefiles:home"),
    "search": lambda w: reverse("casefiles:search") + "?q=Basford",
    "casefile-list": lambda w: reverse("casefiles:casefile-list"),
    "casefile": lambda w: w.casefile.get_absolute_url(),
    "operation-list": lambda w: reverse("casefiles:operation-list"),
    "operation": lambda w: w.operation.get_absolute_url(),
    "person-list": lambda w: reverse("casefiles:person-list"),
    "person": lambda w: w.person.get_absolute_url(),
    "organisation-list": lambda w: reverse("casefiles:organisation-list"),
    "organisation": lambda w: w.organisation.get_absolute_url(),
    "article-list": lambda w: reverse("casefiles:article-list"),
    "article": lambda w: w.article.get_absolute_url(),
    "quote-list": lambda w: reverse("casefiles:quote-list"),
    "quote": lambda w: w.quote.get_absolute_url(),
    "outcome-list": lambda w: reverse("casefiles:outcome-list"),
}


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, f"{url} gave {response.status_code}"
    return response


def text(response):
    return response.content.decode()


DRAFT_PAGES = {
    "article": lambda d: d.article.get_absolute_url(),
    "operation": lambda d: d.operation.get_absolute_url(),
    "person": lambda d: d.person.get_absolute_url(),
    "quote": lambda d: d.quote.get_absolute_url(),
}


def chart_bars(html):
    """(chart title, [bar label and figure, ...]) for each chart, from the SVG descriptions."""
    return [
        (title, desc.rstrip(".").split("; "))
        for title, desc in re.findall(
            r'<title id="[^"]+">([^<]*)</title><desc id="[^"]+">([^<]*)</desc>', html
        )
    ]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        get(client, url)
    return len(queries)


COUNTED_PAGES = {
    **PAGES,
    "article": lambda w: w.rich.get_absolute_url(),
    "filtered-quotes": lambda w: f"/quotes/?speaker={w.person.slug}&published_from=2000-01-01",
    "filtered-outcomes": lambda w: f"/outcomes/?operation={w.operation.slug}&metric=arrests",
}
