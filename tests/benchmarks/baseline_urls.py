"""The site as `casefiles.wsgi` serves it, plus two baseline views pages are measured against.

- /baseline/ only says "ok": the same settings and middleware as the site, with no database
  query and no template. Served with the same gunicorn flags as the site, it is the floor the
  operation page's requests/s are measured against (`bench_pages.py`).
- /baseline/rows/ is the cheapest real page: one indexed query for 50 articles, listed in a
  template on the site's own `base.html`. The in-process page timings of `bench_archive.py`
  are given as a ratio to it.

Run: `gunicorn tests.benchmarks.baseline_urls:application`.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casefiles.settings")
# Set up Django before the site's URLs are imported: they import the models.
application = get_wsgi_application()

from django.conf import settings  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.template import engines  # noqa: E402
from django.urls import include, path  # noqa: E402

from articles.models import Article  # noqa: E402
from casefiles.serving import ready_to_serve  # noqa: E402

ROWS = 50
ROWS_TEMPLATE = engines["django"].from_string(
    """{% extends "base.html" %}{% block title %}Baseline{% endblock %}{% block content %}
<h1>The first {{ rows|length }} articles</h1>
<ul class="plain-list">{% for pk, slug, headline in rows %}
  <li><a href="{% url 'casefiles:article-detail' pk slug %}">{{ headline }}</a></li>{% endfor %}
</ul>{% endblock %}"""
)


def ok(request):
    return HttpResponse("ok")


def rows(request):
    articles = Article.objects.order_by("pk").values_list("pk", "slug", "headline")[:ROWS]
    return HttpResponse(ROWS_TEMPLATE.render({"rows": list(articles)}, request))


urlpatterns = [
    path("baseline/", ok),
    path("baseline/rows/", rows),
    path("", include("casefiles.urls")),
]

# Each request resolves against settings.ROOT_URLCONF, so this takes effect from the first one.
settings.ROOT_URLCONF = __name__
ready_to_serve()  # as casefiles.wsgi does once it has started
