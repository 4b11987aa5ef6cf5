"""An article's time of publication is shown only when its source gives the time of day."""

import importlib
import json
import re
from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from articles.importer import import_text
from articles.intake.importing import import_item
from articles.intake.uploads import Item
from articles.models import Article, ArticleStatus
from tests.admin.helpers import admin_url
from tests.admin_factories import form_data
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

BODY = (
    "Detective Sergeant Lena Holt said: \u201cWe acted within hours of the call.\u201d\n\n"
    "Two men were charged after a burglary at a jeweller\u2019s in Oakmere.\n"
)
SCHEMA = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def imported(date_line, name="burglary.txt"):
    text = f"Two charged after Oakmere burglary\n\n{date_line}\n\n{BODY}"
    import_text(text, name, publish=True)
    return Article.objects.get(source_name=name)


def article_page(client, article):
    return client.get(article.get_absolute_url()).content.decode()


def test_a_date_line_with_a_time_shows_the_time(client):
    article = imported("22 September 2014, 13:03")
    assert article.published_has_time
    assert "22 September 2014, 13:03" in article_page(client, article)


@pytest.mark.parametrize("date_line", ["22 September 2014", "Monday 22 September 2014"])
def test_a_date_line_without_a_time_shows_the_date_alone(client, date_line):
    article = imported(date_line)
    assert not article.published_has_time
    html = article_page(client, article)
    assert "Published <time" in html
    assert "22 September 2014</time>" in html
    assert "00:00" not in html


def test_the_pages_description_gives_a_date_alone_as_a_date(client):
    undated_time = imported("22 September 2014")
    timed = imported("22 September 2014, 13:03", name="timed.txt")
    described = [
        json.loads(SCHEMA.search(article_page(client, a)).group(1))
        for a in (
            undated_time,
            timed,
        )
    ]
    published = [
        next(node for node in d["@graph"] if node["@type"] == "NewsArticle")["datePublished"]
        for d in described
    ]
    assert published == ["2014-09-22", "2014-09-22T13:03:00+01:00"]


def test_a_new_reading_keeps_the_time_a_journalist_gave():
    article = imported("22 September 2014")
    article.published_at = datetime(2014, 9, 22, 8, 30, tzinfo=UTC)
    article.published_has_time = True
    article.save()
    text = article.body
    import_text(text, article.source_name, reextract=True)
    article.refresh_from_db()
    assert (article.published_at.hour, article.published_has_time) == (8, True)


def test_an_exact_time_in_a_pages_markup_is_a_time_given():
    html = (
        "<html><head><title>Two charged after Oakmere burglary</title>"
        '<meta property="article:published_time" content="2021-03-03T15:45:00+00:00">'
        "</head><body><article><h1>Two charged after Oakmere burglary</h1>"
        "<p>Two men were charged after a burglary at a jeweller's in Oakmere, police said on "
        "Wednesday, after officers were called to the shop in the early hours.</p>"
        "<p>Detective Sergeant Lena Holt said officers had acted within hours of the call "
        "and thanked the shop's staff for their help.</p></article></body></html>"
    )
    import_item(Item("burglary.html", html.encode()))
    article = Article.objects.get()
    assert article.published_at == datetime(2021, 3, 3, 15, 45, tzinfo=UTC)
    assert article.published_has_time


migration = importlib.import_module("articles.migrations.0009_published_has_time")


def test_articles_stored_before_are_marked_by_their_time_of_day():
    apps = (
        MigrationExecutor(connection)
        .loader.project_state(("articles", "0009_published_has_time"))
        .apps
    )
    midnight = ArticleFactory(published_at=datetime(2014, 9, 21, 23, 0, tzinfo=UTC))  # BST
    afternoon = ArticleFactory(published_at=datetime(2014, 9, 22, 12, 3, tzinfo=UTC))
    undated = ArticleFactory(published_at=None, status=ArticleStatus.PUBLISHED)
    Article.objects.update(published_has_time=False)  # as the new column starts
    migration.mark_times_given(apps, None)
    given = dict(Article.objects.values_list("pk", "published_has_time"))
    assert [given[a.pk] for a in (midnight, afternoon, undated)] == [False, True, False]


# --- In the admin ------------------------------------------------------------------------------


@pytest.fixture
def signed_in(client, journalist):
    client.force_login(journalist)
    return client


def _change(client, article, **fields):
    url = admin_url(Article, "change", article.pk)
    data = form_data(client.get(url)) | fields
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    article.refresh_from_db()
    return article


def test_a_journalist_gives_a_date_without_a_time(signed_in):
    article = ArticleFactory(published_at=datetime(2014, 9, 22, 12, 3, tzinfo=UTC))
    article = _change(signed_in, article, published_at_0="03/05/2023", published_at_1="")
    assert article.published_at == datetime(2023, 5, 2, 23, 0, tzinfo=UTC)  # midnight, BST
    assert not article.published_has_time
    assert "3 May 2023</time>" in article_page(signed_in, article)


def test_a_journalist_gives_a_time_and_the_pages_show_it(signed_in):
    article = ArticleFactory(published_at=None)
    article = _change(signed_in, article, published_at_0="03/05/2023", published_at_1="09:15")
    assert article.published_has_time
    assert "3 May 2023, 09:15" in article_page(signed_in, article)


def test_a_date_given_alone_opens_with_an_empty_time_and_saves_unchanged(signed_in):
    article = imported("22 September 2014")
    data = form_data(signed_in.get(admin_url(Article, "change", article.pk)))
    assert (data["published_at_0"], data["published_at_1"]) == ("22/09/2014", "")
    article = _change(signed_in, article)
    assert not article.published_has_time
    assert article.published_at == datetime(2014, 9, 21, 23, 0, tzinfo=UTC)
