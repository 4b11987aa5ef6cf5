"""The Content-Security-Policy holds in Chromium: reader pages and the admin load with no
violation (every browser test fails on one, see conftest.py), and inline markup is refused."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from playwright.sync_api import expect

from casefiles.roles import EDITOR, JOURNALIST, ensure_roles
from tests.browser.test_page_quality import page_type_urls

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def staff_login(django_user_model):
    ensure_roles(MigrationLoader(connection).project_state().apps)

    def make(name, role):
        user = django_user_model.objects.create_user(name, password=PASSWORD, is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        return user

    return make


def sign_in(admin, root, username):
    admin.goto(root + reverse("admin:login"))
    admin.get_by_label("Username").fill(username)
    admin.get_by_label("Password").fill(PASSWORD)
    admin.get_by_role("button", name="Log in").click()
    expect(admin.locator("#user-tools")).to_be_visible()


@pytest.mark.browser
def test_every_reader_page_type_loads_with_no_csp_violation(page, site):
    for url in page_type_urls(site).values():
        page.goto(url)
        page.wait_for_load_state("load")
    # The article page has a JSON-LD block: a data block, which script-src does not govern.
    page.goto(site.root + site.raids_article.get_absolute_url())
    assert page.locator('script[type="application/ld+json"]').count() == 1


@pytest.mark.browser
def test_inline_style_and_script_are_refused_on_a_reader_page(page, site):
    page.goto(site.url("home"))
    page.evaluate(
        """() => {
            const p = '<p id="inline" style="color: red">x</p>';
            document.body.insertAdjacentHTML("beforeend", p);
            const script = document.createElement("script");
            script.textContent = "window.injected = true";
            document.body.append(script);
        }"""
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.injected") is None
    assert page.evaluate("getComputedStyle(document.getElementById('inline')).color") != (
        "rgb(255, 0, 0)"
    )
    found = [text for text in page.csp_violations if "style-src-attr" in text]
    found += [text for text in page.csp_violations if "script-src-elem" in text]
    assert len(found) == 2, page.csp_violations
    page.csp_violations.clear()


ADMIN_PAGES = [
    "admin:index",
    "admin:review-queue",
    "admin:axes_accessattempt_changelist",
    "admin:casefiles_quote_changelist",
    "admin:casefiles_operation_changelist",
    "admin:casefiles_person_changelist",
    "admin:articles_article_changelist",
    "admin:casefiles_quote_add",
    "admin:casefiles_operation_add",
    "admin:password_change",
]


@pytest.mark.browser
@pytest.mark.parametrize("role", [JOURNALIST, EDITOR])
def test_admin_pages_load_with_no_csp_violation(staff_page, site, staff_login, role):
    staff_login("staffer", role)
    sign_in(staff_page, site.root, "staffer")
    for name in ADMIN_PAGES:
        staff_page.goto(site.root + reverse(name))
        staff_page.wait_for_load_state("load")
    quote = site.quotes.first()
    for name in ("change", "history"):
        staff_page.goto(site.root + reverse(f"admin:casefiles_quote_{name}", args=[quote.pk]))
        staff_page.wait_for_load_state("load")
    # The date and time pickers and the autocomplete widgets build their markup in script.
    staff_page.goto(site.root + reverse("admin:casefiles_operation_add"))
    staff_page.locator(".datetimeshortcuts a").first.click()
    staff_page.locator(".select2-selection").first.click()
    staff_page.keyboard.press("Escape")


@pytest.mark.browser
def test_the_lock_out_page_loads_with_no_csp_violation(staff_page, site, staff_login, settings):
    staff_login("staffer", JOURNALIST)
    staff_page.goto(site.root + reverse("admin:login"))
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        staff_page.get_by_label("Username").fill("staffer")
        staff_page.get_by_label("Password").fill("wrong")
        staff_page.get_by_role("button", name="Log in").click()
        if "paused" in staff_page.content():
            break
        staff_page.wait_for_load_state("load")
    expect(staff_page.locator(".errornote")).to_contain_text("Sign-in is paused")
