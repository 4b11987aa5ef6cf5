"""A journalist watches a queued import on its run's page: the numbers move on as the workers
import its files, with no reload, and stop once the run has ended."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone
from playwright.sync_api import expect

from articles import import_admin
from articles.models import ImportItem, ImportItemStatus, ImportRun, ImportRunStatus
from casefiles.roles import JOURNALIST, ensure_roles
from tests.admin.helpers import admin_url

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def run_page(live_server, django_user_model, transactional_db, monkeypatch):
    """A run of three queued files, none read yet, and a journalist to watch it."""
    from tests.admin_factories import ImportItemFactory, QueuedRunFactory

    monkeypatch.setattr(import_admin, "REFRESH_MS", 200)
    ensure_roles(MigrationLoader(connection).project_state().apps)
    user = django_user_model.objects.create_user("reporter", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=JOURNALIST))
    run = QueuedRunFactory(queued_count=3, created_count=0)
    for _ in range(3):
        ImportItemFactory(run=run, status=ImportItemStatus.WAITING, error="", finished=None)
    return live_server.url + admin_url(ImportRun, "change", run.pk), run


@pytest.mark.browser
def test_the_run_page_follows_the_run_until_it_ends(staff_page, run_page):
    url, run = run_page
    staff_page.goto(url)
    staff_page.get_by_label("Username").fill("reporter")
    staff_page.get_by_label("Password").fill(PASSWORD)
    staff_page.get_by_role("button", name="Log in").click()
    progress = staff_page.locator(".field-progress .readonly")
    expect(progress).to_contain_text("0 of 3 files read")
    # The script keeps the page current: the link to reload it is not needed.
    expect(staff_page.locator(".import-reload")).to_be_hidden()
    staff_page.evaluate("window.notReloaded = true")

    first = run.items.order_by("pk").first()
    ImportItem.objects.filter(pk=first.pk).update(status=ImportItemStatus.CREATED)
    ImportRun.objects.filter(pk=run.pk).update(created_count=1)
    expect(progress).to_contain_text("1 of 3 files read: 1 imported")
    expect(staff_page.locator(".fieldBox.field-created_count .readonly")).to_have_text("1")

    run.items.update(status=ImportItemStatus.CREATED)
    ImportRun.objects.filter(pk=run.pk).update(
        created_count=3, status=ImportRunStatus.FINISHED, finished=timezone.now()
    )
    expect(progress).to_contain_text("3 of 3 files read: 3 imported")
    expect(staff_page.locator(".field-status_now .readonly")).to_have_text("Finished")
    assert staff_page.evaluate("window.notReloaded === true"), "the page was reloaded"
