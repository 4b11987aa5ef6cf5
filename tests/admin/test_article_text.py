"""An article's page in the admin: its text shows what was found in it, safely, and cannot be
changed once imported."""

import pytest

from articles.models import Article, ArticleStatus
from tests.admin.helpers import admin_url
from tests.admin_factories import form_data
from tests.factories import ArticleFactory, OperationFactory, OperationMentionFactory

pytestmark = pytest.mark.django_db


def test_article_text_shows_hostile_markup_as_text(admin_client):
    body = (
        '<script>alert("owned")</script>\n\nMore than 70 people were arrested in Operation Erasure.'
    )
    article = ArticleFactory(body=body)
    start = body.index("Operation Erasure")
    OperationMentionFactory(
        article=article,
        start=start,
        end=start + len("Operation Erasure"),
        text="Operation Erasure",
        operation=OperationFactory(name='Op <img src=x onerror="alert(1)">'),
    )
    response = admin_client.get(admin_url(Article, "change", article.pk))
    content = response.content.decode()
    assert "<script>alert" not in content
    assert "&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;" in content
    assert "<img src=x" not in content
    assert '<mark class="cf-hl cf-hl-operation cf-hl-extracted"' in content


def test_article_text_cannot_be_changed_once_imported(admin_client):
    article = ArticleFactory(status=ArticleStatus.DRAFT)
    url = admin_url(Article, "change", article.pk)
    data = form_data(admin_client.get(url))
    assert "body" not in data
    data |= {"headline": "Raids in Southend", "body": "Something else entirely."}
    assert admin_client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert article.headline == "Raids in Southend"
    assert article.body.startswith("Raids In Southend")


def test_article_text_is_given_when_adding_an_article(admin_client):
    data = form_data(admin_client.get(admin_url(Article, "add")))
    data |= {"body": "Cannabis farm found\n\nPolice found 300 plants.", "_paste": "1"}
    assert admin_client.post(admin_url(Article, "add"), data).status_code == 302
    article = Article.objects.get(source_name__startswith="pasted/cannabis-farm-found-")
    assert article.body.endswith("300 plants.")
