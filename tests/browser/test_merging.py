"""A journalist merges two records of one person from the person list in four clicks."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from playwright.sync_api import expect

from casefiles.models import Person, Quote
from casefiles.roles import JOURNALIST, ensure_roles
from tests.browser import checks
from tests.factories import AppearanceFactory, PersonFactory, QuoteFactory

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def reporter(django_user_model):
    # A live-server test starts from an emptied database: put the roles back as the migration
    # made them.
    ensure_roles(MigrationLoader(connection).project_state().apps)
    user = django_user_model.objects.create_user("reporter", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=JOURNALIST))
    return user


class Clicks:
    """The page's clicks, counted: each call is one press of the mouse."""

    def __init__(self):
        self.count = 0

    def __call__(self, locator):
        self.count += 1
        locator.click()


@pytest.mark.browser
def test_two_people_merge_from_the_list_in_four_clicks(staff_page, live_server, reporter):
    keep = PersonFactory(name="Michael Hamer")
    dupe = PersonFactory(name="Mike Hamer")
    AppearanceFactory(person=keep)
    quote = QuoteFactory(speaker=dupe)
    admin = staff_page
    admin.goto(live_server.url + reverse("admin:casefiles_person_changelist"))
    admin.get_by_label("Username").fill("reporter")
    admin.get_by_label("Password").fill(PASSWORD)
    admin.get_by_role("button", name="Log in").click()

    click = Clicks()
    for person in (keep, dupe):
        click(admin.locator(f'#result_list input[name="_selected_action"][value="{person.pk}"]'))
    click(admin.get_by_role("button", name="Go"))
    expect(admin.get_by_role("heading", name="Merge 2 people")).to_be_visible()
    expect(admin.get_by_label("Michael Hamer")).to_be_checked()
    checks.screenshot(admin, "admin-merge-confirmation")
    click(admin.get_by_role("button", name="Merge into the one that stays"))

    expect(admin.locator(".messagelist .success")).to_contain_text("Merged 1 person into")
    assert click.count == 4
    assert admin.url.endswith(reverse("admin:casefiles_person_change", args=[keep.pk]))
    assert list(Person.objects.values_list("name", flat=True)) == ["Michael Hamer"]
    assert Quote.objects.get(pk=quote.pk).speaker_id == keep.pk
    where_used = admin.locator(".cf-where-used")
    expect(where_used).to_contain_text("Quotes: 1")
    checks.screenshot(admin, "admin-person-where-used")


@pytest.mark.browser
def test_the_merge_confirmation_is_accessible_and_valid_html(
    staff_page, live_server, reporter, axe, vnu, tmp_path
):
    first, second = PersonFactory(name="Ann Clay"), PersonFactory(name="Anne Clay")
    QuoteFactory(speaker=second)
    admin = staff_page
    admin.goto(live_server.url + reverse("admin:casefiles_person_changelist"))
    admin.get_by_label("Username").fill("reporter")
    admin.get_by_label("Password").fill(PASSWORD)
    admin.get_by_role("button", name="Log in").click()
    for person in (first, second):
        admin.locator(f'#result_list input[name="_selected_action"][value="{person.pk}"]').check()
    admin.get_by_role("button", name="Go").click()
    expect(admin.get_by_role("heading", name="Merge 2 people")).to_be_visible()
    found = checks.blocking(axe(admin))
    assert not found, checks.describe_violations(found)
    errors = vnu({"merge-confirmation": admin.content()}, tmp_path)
    assert not any(errors.values()), checks.describe_html_errors(errors)
