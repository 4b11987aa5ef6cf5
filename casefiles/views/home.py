"""The home page and search."""

from urllib.parse import urlencode

from django.shortcuts import redirect, render
from django.urls import reverse

from articles.models import Article
from casefiles import search as full_text
from casefiles import selectors
from casefiles.forms import SearchForm, SearchPageForm
from casefiles.models import CaseFile, Operation, Person, Quote
from casefiles.tallies import count

SECTION_LABELS = {
    full_text.SearchKind.OPERATION: "Operations",
    full_text.SearchKind.PERSON: "People",
    full_text.SearchKind.ORGANISATION: "Organisations",
    full_text.SearchKind.QUOTE: "Quotes",
    full_text.SearchKind.ARTICLE: "Articles",
}


def home(request):
    query = request.GET.get("q", "").strip()
    if query:
        return redirect(f"{reverse('casefiles:search')}?{urlencode({'q': query})}")
    user = request.user
    casefiles = CaseFile.objects.visible_to(user).with_counts(user)
    operations = Operation.objects.for_reader(user).latest_first()
    totals = [
        ("case files", count(CaseFile.objects.visible_to(user))),
        ("operations", count(Operation.objects.visible_to(user))),
        ("people", count(Person.objects.visible_to(user))),
        ("quotes", count(Quote.objects.visible_to(user))),
        ("articles", count(Article.objects.visible_to(user))),
    ]
    return render(
        request,
        "casefiles/home.html",
        {
            "search_form": SearchForm(auto_id="home-%s"),
            "casefiles": list(casefiles[:6]),
            "operations": list(operations[:8]),
            "articles": list(Article.objects.for_reader(user).newest_first()[:5]),
            "figures": selectors.largest_figures(user),
            "totals": totals,
        },
    )


def search(request):
    """Each kind's best few hits, each linking to that kind's own pages (`?kind=…&page=…`),
    which page through its hits with a "next" link: no page counts every match."""
    form = SearchForm(request.GET or None)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    # A kind or page the address gets wrong shows every kind's hits rather than an error.
    where = SearchPageForm(request.GET)
    kind = where.cleaned_data["kind"] if where.is_valid() else ""
    context = {"form": form, "query": query}
    if query and kind:
        page = where.cleaned_data["page"] or 1
        context["page"] = full_text.of_kind(query, kind, page, user=request.user)
        context["label"] = SECTION_LABELS[kind]
    elif query:
        context["sections"] = [
            (SECTION_LABELS[section.kind], section)
            for section in full_text.sections(query, user=request.user)
        ]
    return render(request, "casefiles/search.html", context)
