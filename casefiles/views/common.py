"""What every reader page does alike: paginate, filter, and tidy names for print."""

from django.core.paginator import Paginator
from django.forms import ModelChoiceField

PAGE_SIZE = 20


def page_of(request, queryset, per_page=PAGE_SIZE):
    """The requested page, its rows read here rather than from the template. A page number out
    of range gives the last page, one that is not a number the first."""
    page = Paginator(queryset, per_page).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    return page


def filtered(request, filterset_class, queryset, *, for_page=True):
    """The filterset for the request's query and the rows it selects: none while it is invalid,
    so a mistyped filter shows its error rather than everything."""
    filterset = filterset_class(request.GET or None, queryset=queryset, request=request)
    rows = filterset.qs if not filterset.is_bound or filterset.is_valid() else queryset.none()
    if for_page:
        # Read the options of each select here, so rendering the form runs no query.
        for field in filterset.form.fields.values():
            if isinstance(field, ModelChoiceField):
                field.widget.choices = list(field.widget.choices)
    return filterset, rows


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
