"""schema.org descriptions embedded in the pages, and their escaping."""

import json
import re

import pytest
from django.conf import settings

from casefiles import jsonld
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    OperationFactory,
    OperationMentionFactory,
    PersonFactory,
    QuoteFactory,
)

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def scripts(html):
    return [json.loads(found) for found in SCRIPT.findall(html)]


def test_script_tag_cannot_be_closed_by_the_data():
    tag = jsonld.script_tag({"headline": "</script><script>alert(1)</script> & <!--"})
    assert tag.count("</script>") == 1
    assert "<!--" not in tag
    assert json.loads(SCRIPT.search(tag).group(1)) == {
        "headline": "</script><script>alert(1)</script> & <!--"
    }


@pytest.mark.django_db
def test_article_page_describes_a_news_article_and_its_quotations(client):
    article = ArticleFactory(headline="Raids </script><script>alert(1)</script>")
    operation = OperationFactory(name="Operation Erasure")
    speaker = PersonFactory(name="Lewis Basford")
    AppearanceFactory(article=article, person=speaker)
    OperationMentionFactory(article=article, operation=operation)
    quote = QuoteFactory(article=article, speaker=speaker, operations=[operation])
    html = client.get(article.get_absolute_url()).content.decode()
    (data,) = scripts(html)
    news, quotation = data["@graph"]
    assert data["@context"] == "https://schema.org"
    assert news["@type"] == "NewsArticle"
    assert news["headline"] == article.headline
    assert news["url"] == settings.SITE_URL + article.get_absolute_url()
    assert quotation["@type"] == "Quotation"
    assert quotation["text"] == quote.text
    assert quotation["spokenByCharacter"]["name"] == "Lewis Basford"
    assert quotation["creator"]["url"] == settings.SITE_URL + speaker.get_absolute_url()
    assert quotation["isBasedOn"]["url"] == news["url"]
    assert quotation["about"][0]["name"] == "Operation Erasure"


@pytest.mark.django_db
def test_quote_page_describes_the_quotation(client):
    quote = QuoteFactory()
    (data,) = scripts(client.get(quote.get_absolute_url()).content.decode())
    assert data["@type"] == "Quotation"
    assert data["creator"]["name"] == quote.speaker.name


@pytest.mark.django_db
def test_person_page_describes_the_person_with_the_latest_title(client):
    appearance = AppearanceFactory(role="Southend district commander")
    person = appearance.person
    (data,) = scripts(client.get(person.get_absolute_url()).content.decode())
    assert data["@type"] == "Person"
    assert data["name"] == person.name
    assert data["jobTitle"] == "Detective Chief Inspector, Southend district commander"


@pytest.mark.django_db
def test_private_individuals_are_not_described_to_search_engines(client):
    # A defendant has a public page, but no structured data.
    appearance = AppearanceFactory(person=PersonFactory(kind="defendant"))
    response = client.get(appearance.person.get_absolute_url())
    assert response.status_code == 200
    assert scripts(response.content.decode()) == []


@pytest.mark.django_db
def test_a_quotation_does_not_name_a_speaker_readers_may_not_look_up(client):
    quote = QuoteFactory(speaker=PersonFactory(name="Jo Pennick", kind="member_of_public"))
    AppearanceFactory(article=quote.article, person=quote.speaker)
    (data,) = scripts(client.get(quote.get_absolute_url()).content.decode())
    assert data["@type"] == "Quotation"
    assert "creator" not in data and "spokenByCharacter" not in data
    assert "Jo Pennick" not in json.dumps(data)
