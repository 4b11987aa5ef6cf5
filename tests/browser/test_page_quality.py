"""Every page type a reader can reach is accessible (axe-core) and valid HTML (Nu HTML checker).

Each page is also saved as a screenshot at desktop and at 360 px wide in tests/screenshots/.
"""

import pytest

from tests.browser import checks

PAGE_TYPES = [
    "home",
    "search",
    "casefile-list",
    "casefile",
    "operation-list",
    "operation",
    "person-list",
    "person",
    "organisation-list",
    "organisation",
    "article-list",
    "article",
    "quote-list",
    "quote",
    "outcome-list",
    "not-found",
]


def page_type_urls(site):
    """One URL of each page type, on the seed data."""
    url = site.url
    quote = site.quotes.filter(speaker=site.basford).first()
    return {
        "home": url("home"),
        "search": url("search") + "?q=Basford",
        "casefile-list": url("casefile-list"),
        "casefile": url("casefile-detail", slug=site.casefile.slug),
        "operation-list": url("operation-list"),
        "operation": url("operation-detail", slug=site.erasure.slug),
        "person-list": url("person-list"),
        "person": url("person-detail", slug=site.basford.slug),
        "organisation-list": url("organisation-list"),
        "organisation": url("organisation-detail", slug=site.essex_police.slug),
        "article-list": url("article-list"),
        "article": site.root + site.raids_article.get_absolute_url(),
        "quote-list": url("quote-list"),
        "quote": url("quote-detail", pk=quote.pk),
        "outcome-list": url("outcome-list"),
        "not-found": site.root + "/no-such-page/",
    }


@pytest.mark.browser
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_type_has_no_serious_accessibility_violation(page, site, axe, page_type):
    response = page.goto(page_type_urls(site)[page_type])
    assert response.status == (404 if page_type == "not-found" else 200)
    checks.screenshot(page, page_type)

    found = {}
    for label, viewport in (("desktop", checks.DESKTOP), ("360 px", checks.NARROW)):
        page.set_viewport_size(viewport)
        serious = checks.blocking(axe(page))
        if serious:
            found[label] = checks.describe_violations(serious)
    assert not found, "\n".join(f"at {label}:\n{text}" for label, text in found.items())


@pytest.mark.browser
def test_every_page_type_is_valid_html(page, site, vnu, tmp_path):
    # The HTML as served, which is what the checker must judge, not the DOM after scripts ran.
    documents = {}
    for page_type, url in page_type_urls(site).items():
        documents[page_type] = page.request.get(url).text()
    errors = vnu(documents, tmp_path)
    assert not any(errors.values()), checks.describe_html_errors(errors)
