"""A web address given in the admin with background workers: queued like an uploaded file,
fetched and imported by a worker, and followed on its import run's page."""

import pytest
from django.test import override_settings

from articles.models import Article, ImportItemStatus, ImportRun
from articles.tasks import import_item, requeue
from tests.admin.helpers import admin_url
from tests.intake.pages import NEWS_PAGE, NEWS_URL, page_bytes
from tests.intake.server import LocalSite, Route

pytestmark = pytest.mark.django_db

ADD = admin_url(Article, "add")
# Tasks left waiting in the queue, as for workers that have not taken them yet.
WAITING = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture
def site():
    with LocalSite() as local:
        yield local


@pytest.fixture
def as_journalist(client, journalist, settings):
    # The site queues for workers; the immediate backend stands in for them unless a test
    # leaves the tasks waiting.
    settings.CASEFILES_TASKS = "database"
    settings.CASEFILES_FETCH_ALLOW_PRIVATE = True
    client.force_login(journalist)
    return client


def _messages(response):
    return [str(message) for message in response.context["messages"]]


def test_the_address_section_says_a_worker_fetches_it(as_journalist):
    page = as_journalist.get(ADD).content.decode()
    assert "A background worker fetches and imports it" in page
    assert "Queue for import" in page


def test_an_address_is_queued_and_its_run_page_says_it_waits(as_journalist, site):
    url = site.add("/news/raid", Route(page_bytes(NEWS_PAGE)))
    with override_settings(TASKS=WAITING):
        response = as_journalist.post(ADD, {"address": f"{url}#comments", "_address": "1"})
    run = ImportRun.objects.get()
    assert response.url == admin_url(ImportRun, "change", run.pk)
    [item] = run.items.all()
    assert (item.source_name, item.address, item.text) == (url, url, "")
    assert item.status == ImportItemStatus.WAITING
    assert site.requested == [], "the request did not fetch the page: a worker will"
    assert not Article.objects.exists()
    page = as_journalist.get(response.url)
    assert f"{url} queued for import" in _messages(page)[0]
    html = page.content.decode()
    assert "0 of 1 files read" in html and "1 waiting" in html
    assert f"{url}: <strong" in html and ">Waiting</strong>" in html


def test_a_worker_fetches_the_address_and_the_run_page_links_to_its_article(as_journalist, site):
    url = site.add("/news/raid", Route(page_bytes(NEWS_PAGE)))
    with override_settings(TASKS=WAITING):
        response = as_journalist.post(ADD, {"address": url, "_address": "1"})
    item = ImportRun.objects.get().items.get()
    assert import_item.call(item.pk) == "created"  # what a worker runs
    article = Article.objects.get(source_name=url)
    assert article.publication.name == "The Lowford Courier"
    assert article.source_url == NEWS_URL
    assert site.requested == ["/news/raid"]
    html = as_journalist.get(response.url).content.decode()
    assert "1 of 1 files read: 1 imported" in html
    assert ">Created</strong>" in html
    assert f'<a href="{admin_url(Article, "change", article.pk)}">Review the article</a>' in html


def test_a_page_that_cannot_be_fetched_fails_on_the_run_page_and_is_fetched_again_on_requeue(
    as_journalist, site, settings
):
    url = site.add("/news/raid", Route(page_bytes(NEWS_PAGE)))
    settings.CASEFILES_FETCH_ALLOW_PRIVATE = False
    response = as_journalist.post(ADD, {"address": url, "_address": "1"})
    run = ImportRun.objects.get()
    item = run.items.get()
    assert item.status == ImportItemStatus.FAILED
    assert "a loopback address (this machine)" in item.error
    html = as_journalist.get(response.url).content.decode()
    assert ">Failed</strong>" in html and "a loopback address (this machine)" in html

    settings.CASEFILES_FETCH_ALLOW_PRIVATE = True
    assert requeue(run) == 1
    item.refresh_from_db()
    assert item.status == ImportItemStatus.CREATED
    assert Article.objects.filter(source_name=url).exists()


def test_a_redirected_page_is_read_at_the_address_it_came_from(as_journalist, site):
    final = site.add("/news/raid", Route(page_bytes(NEWS_PAGE)))
    start = site.add("/r/1", Route(status=301, headers={"Location": "/news/raid"}))
    as_journalist.post(ADD, {"address": start, "_address": "1"})
    item = ImportRun.objects.get().items.get()
    assert (item.source_name, item.address, item.status) == (start, final, "created")
    assert item.article.source_name == start


def test_an_address_too_long_to_name_an_article_is_refused_on_the_form(as_journalist):
    address = "https://x.example/" + "a" * 300
    response = as_journalist.post(ADD, {"address": address, "_address": "1"})
    assert response.status_code == 200
    [error] = response.context["form"].errors["address"]
    assert "over 255 characters" in error
    assert not ImportRun.objects.exists()
