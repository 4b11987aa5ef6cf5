"""Articles: the list and an article's page, its text marked with what was found in it.

An article may hold thousands of records (a court list, a live blog). Its text marks every one,
each link address worked out once per record it points at; the lists beside and below the text
show the first `SHOWN` of each kind, with a link to the full list filtered to the article.
"""

from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from articles.models import Article
from casefiles import jsonld, selectors
from casefiles.filters import ArticleFilter
from casefiles.highlight import Span
from casefiles.models import (
    Appearance,
    CaseFile,
    Operation,
    OperationMention,
    Organisation,
    Outcome,
    Person,
    Quote,
    ReviewStatus,
)
from casefiles.reads import is_staff, with_links
from casefiles.views import common
from casefiles.views.common import distinct, filtered, page_of, shown_articles

# How many of each kind of record the article page lists; the text still marks them all.
SHOWN = 2 * common.SHOWN


def article_list(request):
    user = request.user
    filterset, rows = filtered(
        request, ArticleFilter, Article.objects.visible_to(user).newest_first()
    )
    shown = shown_articles(user).with_quote_count(user)
    return render(
        request,
        "articles/article_list.html",
        {"filterset": filterset, "page_obj": page_of(request, rows, display=shown)},
    )


def _classes(record):
    # Records a journalist rejected are struck through for staff (readers never get them).
    return "hl-rejected" if record.review_status == ReviewStatus.REJECTED else ""


def _quote_span(quote, addresses):
    who = (addresses.name(quote.speaker) if quote.speaker else "") or "unattributed"
    return Span(
        quote.start,
        quote.end,
        "quote",
        anchor=quote.anchor,
        label=f"Quote: {who}",
        classes=_classes(quote),
    )


# A person's address differs from another's by the slug alone: a court list's page links
# hundreds of people, so their addresses are written from one address reversed with this
# stand-in slug (which no slug holds: slugs are lower case).
SLUG_MARK = "SLUG-MARK"


class _Addresses(dict):
    """Each linked record's address, reversed once however many spans point at it; and how
    the page names each person, from the article's `appearances`."""

    def __init__(self, user, appearances):
        super().__init__()
        self.staff = is_staff(user)
        # The first passage naming each person: their name as this article prints it.
        self.printed = {a.person_id: a.text for a in reversed(appearances)}
        self.person_address = Person(slug=SLUG_MARK).get_absolute_url()

    def __missing__(self, record):
        if record is None:
            address = ""
        elif isinstance(record, Person):
            address = self.person_address.replace(SLUG_MARK, record.slug)
        else:
            address = record.get_absolute_url()
        self[record] = address
        return address

    def _linked(self, person):
        return self.staff or (person.has_public_page and not person.is_rejected)

    def person(self, person):
        """Their page, or "" for someone readers may not look up: a private individual."""
        return self[person] if self._linked(person) else ""

    def name(self, person):
        """Their name where the page links to them, otherwise as the article prints it; ""
        for someone readers must not see named, rejected as not a real person."""
        if self._linked(person):
            return person.name
        return "" if person.is_rejected else self.printed.get(person.pk, person.name)


def _person_span(appearance, addresses):
    url = addresses.person(appearance.person)
    return Span(
        appearance.start,
        appearance.end,
        "person",
        url=url,
        label=addresses.name(appearance.person),
        classes=_classes(appearance),
    )


def _operation_span(mention, addresses):
    operation = mention.operation
    return Span(
        mention.start,
        mention.end,
        "operation",
        url=addresses[operation],
        label=operation.name,
        classes=_classes(mention),
    )


def _outcome_span(outcome, addresses):
    return Span(
        outcome.start,
        outcome.end,
        "outcome",
        url=addresses[outcome.operation],
        anchor=f"outcome-{outcome.pk}",
        label=f"{outcome.display_value} {outcome.metric}",
        classes=_classes(outcome),
    )


def _anchored(records):
    # A record whose passage a re-import could not find (staff still see it listed) keeps
    # offsets that now hold other words: it is not marked anywhere in the text.
    return [record for record in records if not record.passage_missing]


def spans(appearances, mentions, quotes, outcomes, addresses):
    """Highlights for the article body, one for each record still anchored in it."""
    return [
        *(_quote_span(quote, addresses) for quote in _anchored(quotes)),
        *(_person_span(appearance, addresses) for appearance in _anchored(appearances)),
        *(_operation_span(mention, addresses) for mention in _anchored(mentions)),
        *(_outcome_span(outcome, addresses) for outcome in _anchored(outcomes)),
    ]


def _shown(rows, total, list_name, article):
    """The first `SHOWN` rows, how many there are, and the full list's address when some are
    left out."""
    url = f"{reverse(list_name)}?article={article.pk}" if total > SHOWN else ""
    return {"rows": rows[:SHOWN], "total": total, "all_url": url}


def _marked_quotes(user, article):
    """The article's quotes with only what their marks in the text show: the full reads (the
    speaker's credit, the operations) are for the few listed below the text."""
    return list(
        Quote.objects.visible_to(user)
        .in_article(article)
        .select_related("speaker")
        .only(
            "start",
            "end",
            "review_status",
            "passage_missing",
            "speaker",
            *(f"speaker__{field}" for field in ("name", "kind", "made_public", "review_status")),
        )
    )


# What the page shows of each appearance and of the person it names: the marks in the text,
# the list of people beside it, and the names a quote's mark gives its speaker.
APPEARANCE_FIELDS = (
    "start",
    "end",
    "review_status",
    "passage_missing",
    "text",
    "rank_as_printed",
    "role",
    "organisation",
    "person",
    *(f"person__{field}" for field in ("name", "slug", "kind", "made_public", "review_status")),
)


def _named(user, article):
    """The article's appearances and operation mentions. Readers see nobody and no operation
    rejected as junk, nor an organisation that was."""
    appearances = (
        Appearance.objects.visible_to(user)
        .in_article(article)
        .select_related("person")
        .only(*APPEARANCE_FIELDS)
    )
    mentions = OperationMention.objects.visible_to(user).in_article(article)
    if not is_staff(user):
        appearances = appearances.exclude(person__review_status=ReviewStatus.REJECTED)
        mentions = mentions.exclude(operation__review_status=ReviewStatus.REJECTED)
    return (
        list(with_links(appearances, user, organisation=Organisation)),
        list(mentions.select_related("operation")),
    )


def _part_number(request, parts):
    """The part of a long article's text the request asks for: the first unless it names one
    that exists (a number out of range, or no number at all, reads the first)."""
    asked = request.GET.get("part", "1")
    number = int(asked) if asked.isascii() and asked.isdigit() and len(asked) < 6 else 1
    return number if 1 <= number <= parts else 1


def _marked_outcomes(user, article, within):
    """The article's figures marked in the part of its text `within` (start, end), with only
    what their marks show: the value, what was counted and the operation each links to. The
    full reads (the article, every credit) are for the few listed below the text."""
    low, high = within
    figures = (
        Outcome.objects.visible_to(user)
        .in_article(article)
        .filter(start__lt=high, end__gt=low)
        .only(
            "start",
            "end",
            "review_status",
            "passage_missing",
            "metric",
            "value",
            "value_max",
            "unit",
            "qualifier",
            "operation",
        )
    )
    return list(with_links(figures, user, operation=Operation))


def _in_part(records, within):
    """Those of `records` whose passage reaches the part of the text `within` (start, end): the
    only ones marked on the page, so no link is worked out for the others."""
    low, high = within
    return [record for record in records if record.end > low and record.start < high]


def article_detail(request, pk, slug):
    user = request.user
    article = get_object_or_404(Article.objects.for_reader(user), pk=pk)
    if slug != article.slug:
        return redirect(article, permanent=True)
    # Only the part asked for is marked up: where it begins and ends is kept on the article.
    part = _part_number(request, article.parts)
    within = selectors.part_bounds(article.part_starts, part, len(article.body))
    appearances, mentions = _named(user, article)
    marked_quotes = _marked_quotes(user, article)
    # Each row's article is this one: its text is not loaded again with every record.
    quotes = list(Quote.objects.for_reader(user).in_article(article).defer("article__body")[:SHOWN])
    outcomes = list(
        Outcome.objects.for_reader(user).in_article(article).defer("article__body")[:SHOWN]
    )
    outcome_total = Outcome.objects.visible_to(user).in_article(article).count()
    # One line per person: the first credit the article prints for them, linked to their page
    # where the reader may see it; the page lists the first SHOWN.
    addresses = _Addresses(user, appearances)
    first_credits = list({a.person_id: a for a in reversed(appearances)}.values())[::-1]
    credits = [
        (appearance, addresses.person(appearance.person)) for appearance in first_credits[:SHOWN]
    ]
    operations = distinct(m.operation for m in mentions)
    ld = jsonld.graph(
        jsonld.news_article(article),
        *(jsonld.quotation(q) for q in quotes),
    )
    marks = spans(
        *(_in_part(records, within) for records in (appearances, mentions, marked_quotes)),
        _marked_outcomes(user, article, within),
        addresses,
    )
    paragraphs = selectors.article_text(article.body, marks, within=within)
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "paragraphs": paragraphs,
            "part": part,
            "parts": article.parts,
            "credits": credits,
            "more_people": max(0, len(first_credits) - SHOWN),
            "operations": operations[:SHOWN],
            "more_operations": max(0, len(operations) - SHOWN),
            "quotes": _shown(quotes, len(marked_quotes), "casefiles:quote-list", article),
            "outcomes": _shown(outcomes, outcome_total, "casefiles:outcome-list", article),
            "casefiles": list(CaseFile.objects.visible_to(user).filter(articles=article)),
            "jsonld": ld,
            "is_draft": not article.is_published,
        },
    )
