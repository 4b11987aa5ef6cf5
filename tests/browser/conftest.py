"""Real-browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Without /usr/bin/chromium the tests are skipped with the reason; with CI=true they fail instead,
so a CI machine that lost its browser cannot pass by skipping everything.
"""

import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.browser import checks

# Playwright's sync API keeps an event loop running in the main thread, which Django would
# otherwise take for async code and refuse database access from the test itself.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SOURCES = checks.ROOT / "fixtures" / "sources"


def in_ci():
    return os.environ.get("CI", "").lower() == "true"


def browser_unavailable():
    """Why the browser tests cannot run here, or "" when they can."""
    if not CHROMIUM.is_file():
        return f"Chromium is not installed ({CHROMIUM} is missing): apt-get install chromium"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed: pip install -e '.[test]'"
    return ""


def require(reason):
    """Skip for a missing tool, except on CI where it is a failure."""
    if reason:
        if in_ci():
            pytest.fail(f"CI=true and {reason}", pytrace=False)
        pytest.skip(reason)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if item.get_closest_marker("browser")]
    if not browser_items:
        return
    reason = browser_unavailable()
    if reason and not in_ci():
        for item in browser_items:
            item.add_marker(pytest.mark.skip(reason=reason))
    # Every live-server test ends by emptying the database, roles included. Running the browser
    # tests last among the transactional ones keeps that from reaching other tests.
    last = set(browser_items)
    items[:] = [item for item in items if item not in last] + browser_items


@pytest.fixture(scope="session")
def browser():
    require(browser_unavailable())
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def no_csp_violation(violations):
    """Fail the test that loaded a page whose Content-Security-Policy refused anything."""
    found, violations[:] = list(violations), []
    assert not found, "Content-Security-Policy violations:\n" + "\n".join(found)


@pytest.fixture(scope="session")
def _reader_page(browser):
    context = browser.new_context(viewport=checks.DESKTOP)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.csp_violations = checks.watch_csp(context)
    yield page
    context.close()


@pytest.fixture
def page(_reader_page):
    """An anonymous reader's tab at desktop width, shared by the tests for speed."""
    _reader_page.context.clear_cookies()
    _reader_page.set_viewport_size(checks.DESKTOP)
    _reader_page.csp_violations.clear()
    yield _reader_page
    no_csp_violation(_reader_page.csp_violations)


@pytest.fixture
def staff_page(browser):
    """A tab of its own, so a logged-in session never leaks into a reader's tests."""
    context = browser.new_context(viewport=checks.DESKTOP)
    page = context.new_page()
    page.set_default_timeout(10_000)
    violations = checks.watch_csp(context)
    yield page
    context.close()
    no_csp_violation(violations)


@pytest.fixture
def axe():
    require(checks.axe_unavailable())
    return checks.run_axe


@pytest.fixture
def vnu():
    require(checks.vnu_unavailable())
    return checks.validate_html


@pytest.fixture
def site(live_server):
    """The live site with the seed articles imported and published and the curated case files.

    Returns the URL helper and the records the tests look for by name.
    """
    from django.core.management import call_command
    from django.urls import reverse

    from articles.models import Article
    from casefiles.models import CaseFile, Operation, Organisation, Person, Quote

    call_command("import_articles", "--publish", str(SOURCES), verbosity=0)
    call_command("loaddata", "casefiles", verbosity=0)

    def url(name, **kwargs):
        return live_server.url + reverse(f"casefiles:{name}", kwargs=kwargs)

    return SimpleNamespace(
        url=url,
        root=live_server.url,
        casefile=CaseFile.objects.get(slug="southend-drug-raids-2014"),
        erasure=Operation.objects.get(name="Operation Erasure"),
        basford=Person.objects.get(name="Lewis Basford"),
        anslow=Person.objects.get(name="Simon Anslow"),
        essex_police=Organisation.objects.get(name="Essex Police"),
        raids_article=Article.objects.get(headline__startswith="70+ People Arrested"),
        quotes=Quote.objects.published(),
    )
