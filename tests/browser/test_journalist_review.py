"""A journalist reviews an extracted quote in the admin, and readers see the correction."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from playwright.sync_api import expect

from casefiles.models import ReviewStatus
from casefiles.roles import JOURNALIST, ensure_roles

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def journalist_login(django_user_model):
    # A live-server test starts from an emptied database: put the roles back as the migration
    # made them, from the migration state rather than the running app registry.
    ensure_roles(MigrationLoader(connection).project_state().apps)
    user = django_user_model.objects.create_user("reporter", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=JOURNALIST))
    return user


@pytest.mark.browser
def test_journalist_verifies_and_shortens_a_quote_and_readers_see_the_shorter_quote(
    staff_page, page, site, journalist_login
):
    quote = site.quotes.get(speaker=site.basford, text__contains="Are drugs always")
    # The curated case files verify every seed quote; put this one back as an import leaves it.
    quote.review_status, quote.reviewed_at = ReviewStatus.EXTRACTED, None
    quote.save()
    dropped = "You could arrest people"
    kept_until = "that means case building."
    new_text = quote.text[: quote.text.index(kept_until) + len(kept_until)]
    assert dropped in quote.text and dropped not in new_text

    admin = staff_page
    admin.goto(site.root + reverse("admin:casefiles_quote_changelist"))
    admin.get_by_label("Username").fill("reporter")
    admin.get_by_label("Password").fill(PASSWORD)
    admin.get_by_role("button", name="Log in").click()
    admin.locator("#searchbar").fill("Are drugs always")
    admin.locator("#searchbar").press("Enter")
    change_url = reverse("admin:casefiles_quote_change", args=[quote.pk])
    admin.locator(f'#result_list a[href^="{change_url}"]').click()

    admin.locator("#id_text").fill(new_text)
    admin.locator("#id_end").fill(str(quote.start + len(new_text)))
    admin.locator("#id_paragraphs").fill("2")
    admin.locator("#id_review_status").select_option(label="Verified")
    admin.get_by_role("button", name="Save", exact=True).click()
    expect(admin.locator(".messagelist .success")).to_contain_text("was changed successfully")

    quote.refresh_from_db()
    assert (quote.text, quote.review_status, quote.reviewed_by) == (
        new_text,
        ReviewStatus.VERIFIED,
        journalist_login,
    )

    page.goto(site.url("quote-detail", pk=quote.pk))
    shown = page.get_by_role("main").locator("blockquote").first
    expect(shown).to_contain_text(kept_until)
    expect(shown).not_to_contain_text(dropped)

    page.goto(site.root + quote.get_passage_url())
    marked_quotes = page.locator(".article-body .hl-quote")
    expect(marked_quotes.filter(has_text=kept_until)).to_have_count(1)
    expect(marked_quotes.filter(has_text=dropped)).to_have_count(0)
    expect(page.locator(".article-body")).to_contain_text(dropped)


@pytest.mark.browser
def test_every_record_inline_on_an_article_fits_its_box_at_desktop_width(
    staff_page, site, journalist_login
):
    article = site.raids_article
    admin = staff_page
    admin.goto(site.root + reverse("admin:articles_article_change", args=[article.pk]))
    admin.get_by_label("Username").fill("reporter")
    admin.get_by_label("Password").fill(PASSWORD)
    admin.get_by_role("button", name="Log in").click()
    expect(admin.locator(".inline-group")).to_have_count(4)
    widths = admin.evaluate(
        """() => [...document.querySelectorAll('.inline-group')].map(group => [
            group.id, group.clientWidth, group.querySelector('table').scrollWidth])"""
    )
    for group, box, table in widths:
        assert table <= box, f"{group}: {table} px of table in a {box} px box"
