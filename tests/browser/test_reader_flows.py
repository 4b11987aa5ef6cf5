"""What a reader does on the site, in a real browser, on the seed articles."""

import re

import pytest
from playwright.sync_api import expect

# What makes a passage stand out from the text around it.
MARKING_STYLES = [
    "background-color",
    "color",
    "outline-style",
    "outline-color",
    "box-shadow",
    "border-left-style",
    "border-left-color",
    "text-decoration-line",
    "font-weight",
]


def marking(locator):
    """The computed styles that mark an element, once any transition has run its course."""
    return locator.evaluate(
        """(el, names) => {
            document.getAnimations().forEach((animation) => animation.finish());
            const style = getComputedStyle(el);
            return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
        }""",
        MARKING_STYLES,
    )


@pytest.mark.browser
def test_reader_follows_a_case_file_to_a_quote_in_its_article_and_to_the_speaker(page, site):
    quote = site.quotes.get(speaker=site.anslow, operations=site.erasure)

    page.goto(site.url("home"))
    page.get_by_role("link", name=site.casefile.title).first.click()
    expect(page).to_have_url(site.url("casefile-detail", slug=site.casefile.slug))

    page.get_by_role("main").get_by_role("link", name="Operation Erasure", exact=True).first.click()
    expect(page).to_have_url(site.url("operation-detail", slug=site.erasure.slug))
    expect(page.get_by_role("heading", level=1)).to_have_text("Operation Erasure")

    page.locator(f'a[href="{quote.get_absolute_url()}"]').first.click()
    expect(page).to_have_url(site.url("quote-detail", pk=quote.pk))

    page.get_by_role("link", name="Read the whole article at this quote").click()
    expect(page).to_have_url(
        re.compile(rf"{re.escape(quote.article.get_absolute_url())}#quote-{quote.pk}$")
    )
    passage = page.locator(f"#quote-{quote.pk}")
    expect(passage).to_be_in_viewport()
    expect(passage).to_contain_text("following the success of operation Erasure")
    assert passage.evaluate("el => el.matches(':target')")
    marked = marking(passage)
    page.evaluate("location.hash = 'main'")
    assert marking(passage) != marked, "the quote looks the same whether it is the target or not"

    page.get_by_role("main").get_by_role("link", name="Simon Anslow").first.click()
    expect(page).to_have_url(site.url("person-detail", slug=site.anslow.slug))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Simon Anslow")


@pytest.mark.browser
def test_reader_filters_quotes_by_speaker(page, site):
    basford_quotes = site.quotes.filter(speaker=site.basford)
    assert basford_quotes.count() >= 2 and site.quotes.exclude(speaker=site.basford).exists()

    page.goto(site.url("quote-list"))
    speaker = page.get_by_role("combobox", name="Speaker", exact=True)
    speaker.fill("basf")
    offered = page.get_by_role("option", name=re.compile("^Lewis Basford"))
    expect(offered).to_be_visible()
    speaker.press("ArrowDown")
    expect(offered).to_have_attribute("aria-selected", "true")
    speaker.press("Enter")
    expect(speaker).to_have_value("Lewis Basford")
    page.get_by_role("main").get_by_role("button", name=re.compile("filter|apply", re.I)).click()

    expect(page).to_have_url(re.compile(r"[?&]speaker=lewis-basford(&|$)"))
    listed = page.locator("figure.quote")
    expect(listed).to_have_count(basford_quotes.count())
    for credit in listed.locator(".quote-speaker").all():
        expect(credit).to_contain_text("Lewis Basford")


@pytest.mark.browser
def test_reader_finds_basford_from_the_home_page_search_box(page, site):
    page.goto(site.url("home"))
    search = page.get_by_role("main").locator('input[name="q"]')
    search.fill("Basford")
    search.press("Enter")

    expect(page).to_have_url(re.compile(r"/search/\?q=Basford"))
    result = page.get_by_role("main").get_by_role("link", name=re.compile("Lewis Basford"))
    expect(result.first).to_be_visible()
    result.first.click()
    expect(page).to_have_url(site.url("person-detail", slug=site.basford.slug))


@pytest.mark.browser
def test_a_quote_in_a_later_part_of_a_long_article_opens_that_part_at_the_quote(
    page, live_server, transactional_db
):
    from tests.large_article import make_long_article

    article, quote, _ = make_long_article(parts=4, in_part=3)

    page.goto(live_server.url + quote.get_absolute_url())
    page.get_by_role("link", name="Read the whole article at this quote").click()
    expect(page).to_have_url(
        re.compile(rf"{re.escape(article.get_absolute_url())}\?part=3#quote-{quote.pk}$")
    )
    expect(page.get_by_text("This text is long: part 3 of 4.").first).to_be_visible()
    passage = page.locator(f"#quote-{quote.pk}")
    expect(passage).to_be_in_viewport()
    expect(passage).to_have_text('"We closed the road to keep everyone safe."')
    assert passage.evaluate("el => el.matches(':target')")
    assert page.evaluate("window.scrollY") > 0, "the page scrolled down to the passage"
