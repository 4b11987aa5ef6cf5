"""A journalist verifies records on the review queue: with the script the page stays put and
the row says what became of it; without it the form posts and the page reloads."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from playwright.sync_api import expect

from casefiles.models import Quote, ReviewStatus
from casefiles.roles import JOURNALIST, ensure_roles

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def queue(live_server, django_user_model, transactional_db):
    """Three quotes awaiting review and a journalist (not a superuser) to review them."""
    from tests.factories import QuoteFactory

    # A live-server test starts from an emptied database: put the roles back as the migration
    # made them.
    ensure_roles(MigrationLoader(connection).project_state().apps)
    user = django_user_model.objects.create_user("reporter", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=JOURNALIST))
    quotes = [QuoteFactory() for _ in range(3)]
    return live_server.url + reverse("admin:review-queue") + "?kind=quote&order=oldest", quotes


def log_in(tab, url):
    tab.goto(url)
    tab.get_by_label("Username").fill("reporter")
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name="Log in").click()
    expect(tab.locator("#review-queue")).to_be_visible()


@pytest.mark.browser
def test_verify_on_the_queue_marks_the_row_in_place_and_says_so(staff_page, queue):
    url, (first, second, _) = queue
    log_in(staff_page, url)
    row = staff_page.locator(f"#queue-quote-{first.pk}")
    awaiting = staff_page.locator("[data-awaiting]")
    before = int(awaiting.text_content())
    staff_page.evaluate("window.notReloaded = true")

    row.get_by_role("button", name="Verify").click()

    expect(row.locator(".cf-queue-done")).to_have_text("Verified")
    expect(row).to_have_class("cf-queue-reviewed")
    expect(row.get_by_role("button")).to_have_count(0)
    expect(staff_page.get_by_role("status")).to_contain_text("marked verified.")
    expect(awaiting).to_have_text(str(before - 1))
    next_verify = staff_page.locator(f"#queue-quote-{second.pk}").get_by_role(
        "button", name="Verify"
    )
    expect(next_verify).to_be_focused()
    assert staff_page.evaluate("window.notReloaded === true"), "the page was reloaded"
    first.refresh_from_db()
    assert first.review_status == ReviewStatus.VERIFIED
    assert first.reviewed_by.username == "reporter"

    # The keyboard goes on down the queue.
    staff_page.keyboard.press("Enter")
    expect(staff_page.locator(f"#queue-quote-{second.pk} .cf-queue-done")).to_have_text("Verified")
    assert Quote.objects.filter(review_status=ReviewStatus.VERIFIED).count() == 2
    staff_page.screenshot(path="/tmp/review-queue-verified.png", full_page=True)


@pytest.mark.browser
def test_without_javascript_verify_posts_the_form_and_reloads(browser, queue):
    url, (first, _, _) = queue
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    try:
        log_in(tab, url)
        tab.locator(f"#queue-quote-{first.pk}").get_by_role("button", name="Verify").click()
        expect(tab.locator(".messagelist .success")).to_contain_text("marked verified.")
        expect(tab.locator(f"#queue-quote-{first.pk}")).to_have_count(0)
    finally:
        context.close()
    first.refresh_from_db()
    assert first.review_status == ReviewStatus.VERIFIED
