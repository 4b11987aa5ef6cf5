"""A journalist reviews an article's records on the article's own page: one record verified in
its row and undone without the page reloading, then everything left verified at once; the page
fits a desktop and a phone and has no serious accessibility violation."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from playwright.sync_api import expect

from casefiles.article_review import RECORD_MODELS
from casefiles.models import ReviewStatus
from casefiles.roles import JOURNALIST, ensure_roles
from tests.browser import checks

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def reporter(django_user_model):
    ensure_roles(MigrationLoader(connection).project_state().apps)
    user = django_user_model.objects.create_user("reporter", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=JOURNALIST))
    return user


@pytest.fixture
def article(site):
    """The raids article with every record back as the importer leaves it: the curated case
    files verify many of them."""
    article = site.raids_article
    for model in RECORD_MODELS:
        model.objects.filter(article=article).update(
            review_status=ReviewStatus.EXTRACTED, reviewed_by=None, reviewed_at=None
        )
    return article


def sign_in(admin, url):
    admin.goto(url)
    admin.get_by_label("Username").fill("reporter")
    admin.get_by_label("Password").fill(PASSWORD)
    admin.get_by_role("button", name="Log in").click()


def awaiting(article):
    return sum(
        model.objects.filter(article=article, review_status=ReviewStatus.EXTRACTED).count()
        for model in RECORD_MODELS
    )


@pytest.mark.browser
def test_a_journalist_verifies_a_record_in_place_undoes_it_then_verifies_the_article(
    staff_page, site, article, reporter
):
    admin = staff_page
    sign_in(admin, site.root + reverse("admin:articles_article_change", args=[article.pk]))
    total = awaiting(article)
    assert total > 4
    tool = admin.locator(".object-tools .cf-verify-rest")
    expect(tool).to_contain_text(f"({total})")
    # Anything the page holds survives only if it is never loaded again.
    admin.evaluate("window.stillTheSamePage = true")

    quote = article.quotes.order_by("start").first()
    row = admin.locator(f"#review-quote-{quote.pk}")
    row.get_by_role("button", name="Verify").click()
    expect(row).to_contain_text("Verified by reporter")
    expect(admin.locator(".cf-review-announce")).to_contain_text("marked verified")
    expect(tool).to_contain_text(f"({total - 1})")
    quote.refresh_from_db()
    assert (quote.review_status, quote.reviewed_by) == (ReviewStatus.VERIFIED, reporter)

    undo = row.get_by_role("button", name="Undo")
    expect(undo).to_be_focused()
    undo.click()
    expect(row.get_by_role("button", name="Verify")).to_be_visible()
    expect(tool).to_contain_text(f"({total})")
    quote.refresh_from_db()
    assert (quote.review_status, quote.reviewed_by) == (ReviewStatus.EXTRACTED, None)
    assert (
        quote.history.latest().history_change_reason
        == "Undone: back to extracted (not yet checked)"
    )
    assert admin.evaluate("window.stillTheSamePage") is True

    tool.click()
    expect(admin.locator("h1")).to_have_text("Verify everything left in this article")
    expect(admin.locator("#content-main")).to_contain_text("not verified by this")
    admin.get_by_role("button", name=f"Yes, verify these {total} records").click()
    expect(admin.locator(".messagelist .success")).to_contain_text(f"{total} records verified")
    assert awaiting(article) == 0
    expect(admin.locator(".object-tools .cf-verify-rest")).to_have_count(0)
    expect(admin.locator(".cf-review-verified")).not_to_have_count(0)
    expect(admin.locator(".cf-review-extracted")).to_have_count(0)


@pytest.mark.browser
def test_a_review_sent_without_the_script_comes_back_to_the_row_with_undo(
    browser, site, article, reporter
):
    context = browser.new_context(viewport=checks.DESKTOP, java_script_enabled=False)
    admin = context.new_page()
    admin.set_default_timeout(10_000)
    try:
        sign_in(admin, site.root + reverse("admin:articles_article_change", args=[article.pk]))
        figure = article.outcomes.order_by("start").first()
        admin.locator(f"#review-outcome-{figure.pk}").get_by_role("button", name="Reject").click()
        assert admin.url.endswith(f"#review-outcome-{figure.pk}")
        expect(admin.locator(".messagelist")).to_contain_text("marked rejected")
        figure.refresh_from_db()
        assert figure.review_status == ReviewStatus.REJECTED
        admin.locator(f"#review-outcome-{figure.pk}").get_by_role("button", name="Undo").click()
        expect(admin.locator(".messagelist")).to_contain_text("back to")
        figure.refresh_from_db()
        assert figure.review_status == ReviewStatus.EXTRACTED
    finally:
        context.close()


def overflowing(admin):
    """Each inline, changelist or queue table wider than its box, as (id, table, box)."""
    return admin.evaluate(
        """() => [...document.querySelectorAll(
                '.inline-group, #changelist .results, #review-queue')].map(box => {
            const table = box.matches('table') ? box : box.querySelector('table');
            const width = box.matches('table') ? box.parentElement.clientWidth : box.clientWidth;
            return [box.id || box.className, table.scrollWidth, width];
        }).filter(([, table, width]) => table > width)"""
    )


@pytest.mark.browser
def test_the_article_review_page_fits_a_desktop_and_a_phone_and_is_accessible(
    staff_page, site, article, reporter, axe, vnu, tmp_path
):
    admin = staff_page
    url = site.root + reverse("admin:articles_article_change", args=[article.pk])
    sign_in(admin, url)
    # The confirmation is the site's own page; the article's page is Django's change form, whose
    # autocomplete boxes carry the empty first choice Select2 needs.
    confirmation = reverse("admin:articles_article_verify_rest", args=[article.pk])
    errors = vnu({"verify-rest": admin.request.get(site.root + confirmation).text()}, tmp_path)
    assert not any(errors.values()), checks.describe_html_errors(errors)
    expect(admin.locator(".inline-group")).to_have_count(4)
    admin.wait_for_load_state("load")
    # Django draws its autocomplete boxes once the page has loaded; the script then names them.
    expect(admin.locator(".select2-selection__rendered[aria-labelledby]")).not_to_have_count(0)
    found = {}
    for label, viewport in (("1280", checks.DESKTOP), ("360", checks.NARROW)):
        admin.set_viewport_size(viewport)
        admin.screenshot(path=tmp_path / f"article-review-{label}.png", full_page=True)
        if label == "1280":
            assert not overflowing(admin), overflowing(admin)
        else:
            # On a phone each record is a block of its own: nothing runs off the page.
            page_width = admin.evaluate("document.documentElement.scrollWidth")
            assert page_width <= viewport["width"], f"{page_width} px wide at {label}"
            verify = admin.locator(".cf-review .cf-verify").first
            box = verify.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
        serious = checks.blocking(axe(admin, read_stylesheets=False))
        if serious:
            found[label] = checks.describe_violations(serious)
    admin.goto(site.root + confirmation)
    for label, viewport in (("1280", checks.DESKTOP), ("360", checks.NARROW)):
        admin.set_viewport_size(viewport)
        admin.screenshot(path=tmp_path / f"verify-rest-{label}.png", full_page=True)
        serious = checks.blocking(axe(admin))
        if serious:
            found[f"{label} (confirmation)"] = checks.describe_violations(serious)
    assert not found, "\n".join(f"at {label} px:\n{text}" for label, text in found.items())


@pytest.mark.browser
@pytest.mark.parametrize("model_name", ["quote", "outcome", "appearance", "operationmention"])
def test_every_record_changelist_and_the_queue_fit_their_box_at_desktop_width(
    staff_page, site, article, reporter, model_name
):
    admin = staff_page
    sign_in(admin, site.root + reverse(f"admin:casefiles_{model_name}_changelist"))
    expect(admin.locator("#result_list")).to_be_visible()
    assert not overflowing(admin), overflowing(admin)
    admin.goto(site.root + reverse("admin:review-queue") + f"?kind={model_name}")
    expect(admin.locator("#review-queue")).to_be_visible()
    assert not overflowing(admin), overflowing(admin)
