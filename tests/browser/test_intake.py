"""A journalist adds articles in the admin three ways: pastes a text, uploads a saved news page,
and gives the address of a page, which the site fetches; then extracts one again."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from playwright.sync_api import expect

from articles.models import Article, ArticleStatus
from casefiles.roles import JOURNALIST, ensure_roles
from tests.browser import checks
from tests.intake.pages import BARE_PAGE, NEWS_PAGE, PAGES, page_bytes
from tests.intake.server import LocalSite, Route

PASSWORD = "correct-horse-battery-staple"
STORY = (
    "Cannabis farm found in Oakmere loft\n\n"
    "Police found 300 cannabis plants in the loft of a house in Oakmere on Thursday.\n\n"
    'Sergeant Colin Webb said: "The wiring alone could have burned the street down."\n'
)


@pytest.fixture
def reporter(django_user_model):
    ensure_roles(MigrationLoader(connection).project_state().apps)
    user = django_user_model.objects.create_user("reporter", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=JOURNALIST))
    return user


@pytest.fixture
def pages_elsewhere(settings):
    """Another web site, on this machine: the setting lets the intake fetch from it."""
    settings.CASEFILES_FETCH_ALLOW_PRIVATE = True
    with LocalSite() as local:
        yield local


@pytest.mark.browser
def test_a_journalist_pastes_uploads_and_fetches_articles(
    staff_page, live_server, reporter, pages_elsewhere
):
    admin = staff_page
    add_url = live_server.url + reverse("admin:articles_article_add")
    admin.goto(add_url)
    admin.get_by_label("Username").fill("reporter")
    admin.get_by_label("Password").fill(PASSWORD)
    admin.get_by_role("button", name="Log in").click()
    expect(admin.get_by_role("heading", name="Paste text")).to_be_visible()
    expect(admin.locator("#id_status")).to_have_count(0)
    checks.screenshot(admin, "admin-add-article")

    admin.locator("#id_body").fill(STORY)
    admin.get_by_role("button", name="Import text").click()
    expect(admin.locator(".messagelist .success")).to_contain_text(
        "“Cannabis farm found in Oakmere loft” was created from pasted/"
    )
    expect(admin.locator(".cf-body")).to_contain_text("300 cannabis plants")

    admin.goto(add_url)
    admin.locator("#id_files").set_input_files(str(PAGES / NEWS_PAGE))
    admin.get_by_role("button", name="Import files").click()
    expect(admin.locator(".messagelist .success")).to_contain_text(
        f"“Police seize cannabis in Lowford flat raid” was created from {NEWS_PAGE}"
    )
    expect(admin.locator("#id_byline")).to_have_value("Jane Marlow")
    expect(admin.locator(".cf-body")).not_to_contain_text("Sofa clearance")

    address = pages_elsewhere.add("/2022/11/04/man-charged", Route(page_bytes(BARE_PAGE)))
    admin.goto(add_url)
    admin.locator("#id_address").fill(address)
    admin.get_by_role("button", name="Fetch and import").click()
    expect(admin.locator(".messagelist .success")).to_contain_text(
        f"“Man charged after chase through Eastwick” was created from {address}"
    )
    expect(admin.locator("#id_source_url")).to_have_value(address)
    checks.screenshot(admin, "admin-article-imported")

    admin.get_by_role("button", name="Extract again").click()
    expect(admin.locator(".messagelist .success")).to_contain_text("Extracted again: found")

    fetched = Article.objects.get(source_name=address)
    # No outlet named and no canonical address: filed under the host it came from.
    assert fetched.publication.name == "127.0.0.1"
    assert fetched.published_at.date().isoformat() == "2022-11-04"
    assert set(Article.objects.values_list("status", flat=True)) == {ArticleStatus.DRAFT}
    assert Article.objects.count() == 3


@pytest.mark.browser
def test_a_refused_address_is_said_on_the_form_and_nothing_is_imported(
    staff_page, live_server, reporter
):
    admin = staff_page
    admin.goto(live_server.url + reverse("admin:articles_article_add"))
    admin.get_by_label("Username").fill("reporter")
    admin.get_by_label("Password").fill(PASSWORD)
    admin.get_by_role("button", name="Log in").click()
    admin.locator("#id_address").fill("file:///etc/passwd")
    admin.get_by_role("button", name="Fetch and import").click()
    expect(admin.locator(".errorlist")).to_contain_text(
        "only http and https addresses can be fetched"
    )
    assert not Article.objects.exists()
