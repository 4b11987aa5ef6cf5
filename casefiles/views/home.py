"""The home page and search."""

from collections import defaultdict
from urllib.parse import urlencode

from django.shortcuts import redirect, render
from django.urls import reverse

from articles.models import Article
from casefiles import search as full_text
from casefiles import selectors
from casefiles.forms import SearchForm
from casefiles.models import CaseFile, Operation, Person, Quote
from casefiles.tallies import count

SEARCH_KINDS = {
    "casefile": "Case files",
    "operation": "Operations",
    "person": "People",
    "organisation": "Organisations",
    "quote": "Quotes",
    "article": "Articles",
    "outcome": "Outcomes",
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
    form = SearchForm(request.GET or None)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    hits = full_text.search(query, user=request.user, limit=50) if query else []
    groups = defaultdict(list)
    for hit in hits:
        groups[hit.kind].append(hit)
    results = [
        (SEARCH_KINDS.get(kind, kind.replace("_", " ").capitalize()), kind, group)
        for kind, group in groups.items()
    ]
    return render(
        request,
        "casefiles/search.html",
        {"form": form, "query": query, "results": results, "hit_count": len(hits)},
    )
