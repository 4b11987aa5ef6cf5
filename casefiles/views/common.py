"""What every reader page does alike: paginate, filter, show a bounded section of a detail
page, tidy names for print, and lead old addresses to where their record is now."""

from dataclasses import dataclass
from functools import wraps
from urllib.parse import urlencode

from django.forms import HiddenInput, ModelChoiceField
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import patch_cache_control

from articles.models import Article
from casefiles.models import FormerSlug, Outcome, Quote
from casefiles.tallies import TalliedPaginator, count
from casefiles.tallies import rows as tallied

PAGE_SIZE = 20
# What a list or a section never shows of the article a record comes from.
ARTICLE_TEXTS = ("article__body", "article__original_html")
# What only an article's own page shows of it (its text, byline, source and revisions), and
# when a record was made and checked: a list reads none of it, for the rows it reads.
ARTICLE_PAGE_ONLY = (
    "body",
    "original_html",
    "byline",
    "source_url",
    "content_hash",
    "updated_at",
    "created",
    "modified",
)
LISTED_UNREAD = (
    "created",
    "modified",
    "reviewed_at",
    *(f"article__{name}" for name in ARTICLE_PAGE_ONLY),
)
# How many rows a section of a detail page shows (the newest, or the most relevant); the rest
# are in the list it links to, filtered to the page's record.
SHOWN = 10

# How long a browser may keep a redirect from a former address: not for ever (what a permanent
# redirect gets by default), since a new record may take the address later.
MOVED_MAX_AGE = 60 * 60


def page_of(request, queryset, per_page=PAGE_SIZE, *, display=None):
    """The requested page, its rows read here rather than from the template. A page number out
    of range gives the last page, one that is not a number the first.

    Given `display` (the rows with what the page shows of each: its links, its counts), the
    page is picked from `queryset`'s ids alone and only its own rows are read from `display`:
    the database sorts a long list by narrow rows, never carrying an article's text or counting
    for every row what twenty will show."""
    if display is not None:
        queryset = queryset.values_list("pk", flat=True)
    page = TalliedPaginator(queryset, per_page).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    if display is not None:
        [page.object_list] = read_together(display, page.object_list)
    return page


def filtered(request, filterset_class, queryset, *, for_page=True):
    """The filterset for the request's query and the rows it selects: none while it is invalid,
    so a mistyped filter shows its error rather than everything."""
    filterset = filterset_class(request.GET or None, queryset=queryset, request=request)
    rows = filterset.qs if not filterset.is_bound or filterset.is_valid() else queryset.none()
    if for_page:
        # Read the options of each select here, so rendering the form runs no query.
        for field in filterset.form.fields.values():
            # A hidden one names its record by slug and offers no options to read.
            if isinstance(field, ModelChoiceField) and not isinstance(field.widget, HiddenInput):
                field.widget.choices = list(field.widget.choices)
    return filterset, rows


@dataclass(frozen=True)
class Section:
    """A section of a detail page: its first rows, how many there are in all, and the address
    of the list of all of them."""

    rows: list
    total: int
    all_url: str = ""

    @property
    def more(self):
        return self.total > len(self.rows)

    def __bool__(self):
        return self.total > 0

    def __iter__(self):
        return iter(self.rows)


def section(queryset, all_url="", shown=SHOWN, *, display=None):
    """The first `shown` rows of `queryset` and their count: two queries however many rows.
    Given `display` (see `page_of`), the rows are picked by id and read from it: a third. The
    count and the ids are tallies (`tallies`), read again only once the content changes."""
    if display is None:
        shown_rows = list(queryset[:shown])
    else:
        [shown_rows] = read_together(display, picked(queryset, shown))
    return Section(shown_rows, count(queryset), all_url)


def picked(queryset, shown=SHOWN):
    """The ids of the first `shown` rows of `queryset`, kept as a tally: picking the newest of
    thousands is the costly part, reading the few picked is not."""
    return tallied(queryset.values_list("pk", flat=True)[:shown])


def read_together(display, *picks):
    """For each list of ids in `picks`, its rows as `display` reads them (see `page_of`), in
    its order: one read for all the lists, and one for each kind of record they link to, where
    a page shows the same kind of record in several sections (a table, a chart). The order is
    the ids': the database need not sort the rows again."""
    rows = display.order_by().in_bulk({pk for ids in picks for pk in ids})
    return [[rows[pk] for pk in ids if pk in rows] for ids in picks]


def shown_quotes(user):
    """Quotes as a list or a section shows them (for `section` and `page_of`)."""
    return Quote.objects.for_display(user).defer(*LISTED_UNREAD)


def shown_outcomes(user, **credits):
    """Figures as a list or a section shows them; `credits` as `Outcome.for_display` takes."""
    return Outcome.objects.for_display(user, **credits).defer(*LISTED_UNREAD)


def shown_articles(user):
    """Articles as a list or a section shows them: headline, publication and date."""
    return Article.objects.for_display(user).defer(*ARTICLE_PAGE_ONLY)


def list_url(name, **query):
    """The address of the list `name` (e.g. "quote-list") filtered by `query`."""
    return f"{reverse(f'casefiles:{name}')}?{urlencode(query)}"


def other_names(obj):
    """The aliases that read differently from the name: not the name again in other capitals."""
    aliases = obj.aliases
    if isinstance(aliases, str):  # JSON: a hand-edited row may hold one name, not a list
        aliases = [aliases]
    elif not isinstance(aliases, list):
        aliases = []
    seen = {obj.name.casefold()}
    names = []
    for alias in map(str, aliases):
        key = alias.strip().casefold()
        if key and key not in seen:
            seen.add(key)
            names.append(alias.strip())
    return names


def distinct(objects):
    """The objects given, each once and in order, leaving out None."""
    return list(dict.fromkeys(obj for obj in objects if obj is not None))


def follows_former_slugs(model):
    """Decorate the page of a `model` record at /…/<slug>/: an address no record has now, but
    one had before a rename or a merge, answers with a permanent redirect to that record, if
    the user may see it. Anything else the view found nothing for stays not found.

    Only on a miss: the page itself pays nothing for it. The redirect is neither a 200 nor kept
    in the page cache (`caching`), so it costs its queries each time, which a miss may.
    """

    def decorate(view):
        @wraps(view)
        def detail(request, slug):
            try:
                return view(request, slug)
            except Http404:
                current = FormerSlug.objects.current_slug(model, slug)
                if current is None or current == slug:
                    raise
                # A record readers may not see keeps its new address (its new name) to itself.
                record = model.objects.visible_to(request.user).filter(slug=current).first()
                if record is None:
                    raise
            response = redirect(record, permanent=True)
            patch_cache_control(response, max_age=MOVED_MAX_AGE)
            return response

        return detail

    return decorate
