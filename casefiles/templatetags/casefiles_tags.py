"""Template helpers for the reader pages: canonical and export links, admin links, JSON-LD,
an article's date."""

from functools import lru_cache

from django import template
from django.conf import settings
from django.template.defaultfilters import date as format_date
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join
from django.utils.timezone import get_current_timezone_name, template_localtime
from django.utils.translation import get_language

from articles.models import DATE_NOT_KNOWN
from casefiles import jsonld as jsonld_module

register = template.Library()

NAV = [
    ("casefiles:casefile-list", "Case files"),
    ("casefiles:operation-list", "Operations"),
    ("casefiles:person-list", "People"),
    ("casefiles:organisation-list", "Organisations"),
    ("casefiles:article-list", "Articles"),
    ("casefiles:quote-list", "Quotes"),
    ("casefiles:outcome-list", "Outcomes"),
]

# Detail pages count as being in their list's section of the site.
SECTIONS = {
    "casefile-detail": "casefile-list",
    "operation-detail": "operation-list",
    "person-detail": "person-list",
    "organisation-detail": "organisation-list",
    "article-detail": "article-list",
    "quote-detail": "quote-list",
}


@register.inclusion_tag("includes/nav.html", takes_context=True)
def main_nav(context):
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    current = match.url_name if match and match.namespace == "casefiles" else None
    section = SECTIONS.get(current, current)
    items = [
        {
            "url": reverse(name),
            "label": label,
            "current": name.split(":")[1] == current,
            "in_section": name.split(":")[1] == section,
        }
        for name, label in NAV
    ]
    return {"items": items}


@register.simple_tag(takes_context=True)
def canonical_url(context, obj=None):
    """The page's address without its query, or `obj`'s own address, on SITE_URL."""
    request = context.get("request")
    if request is None:
        return ""
    path = obj.get_absolute_url() if obj is not None else request.path
    return jsonld_module.absolute_url(path)


@register.simple_tag(takes_context=True)
def export_url(context, name, fmt):
    """The export of the list on this page with the filters in force (the page number aside)."""
    request = context.get("request")
    params = request.GET.copy() if request is not None else {}
    params.pop("page", None)
    query = params.urlencode() if params else ""
    url = reverse(name, kwargs={"fmt": fmt})
    return f"{url}?{query}" if query else url


@register.simple_tag
def admin_change_url(obj):
    """The admin page that edits `obj`, or an empty string when the admin has none."""
    meta = obj._meta
    try:
        return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return ""


@register.filter
def jsonld(data):
    """`data` as an escaped <script type="application/ld+json"> element."""
    return jsonld_module.script_tag(data) if data else ""


@register.simple_tag
def article_date(value, fmt="j F Y", machine="Y-m-d"):
    """An article's date as a `<time>` in the format `fmt`, or "Date not known" when its date
    line gave none: every page says so in the same words."""
    if value is None:
        return DATE_NOT_KNOWN
    # The zone and language the date is written in: what else it is made from.
    written_in = (get_current_timezone_name() if settings.USE_TZ else None, get_language())
    return _time_element(value, fmt, machine, written_in)


@lru_cache(maxsize=4096)
def _time_element(value, fmt, machine, written_in):
    """Made once for each date as written in a zone and language (`written_in`, those in
    force): a page dates every row, and the same rows are shown again and again."""
    value = template_localtime(value)
    return format_html(
        '<time datetime="{}">{}</time>', format_date(value, machine), format_date(value, fmt)
    )


@register.simple_tag
def credited_to(outcome, hide_operation=False, hide_person=False):
    """What a figure is credited to, each linked, "; " between them: its operation (unless the
    page is the operation's), organisation and person (unless the page is theirs); "—" for
    none of them."""
    # A page that hides a credit may not have read it: it is not looked at.
    shown = (
        ("operation", hide_operation),
        ("organisation", False),
        ("person", hide_person),
    )
    records = [getattr(outcome, name) for name, hidden in shown if not hidden]
    records = [record for record in records if record is not None]
    if not records:
        return "—"
    return format_html_join(
        "; ", '<a href="{}">{}</a>', ((link.get_absolute_url(), link.name) for link in records)
    )
