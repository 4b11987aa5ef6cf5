"""The site as `casefiles.wsgi` serves it, plus /baseline/: a view that only says "ok".

Served with the same gunicorn flags as the site, it is the floor the operation page is measured
against: the same settings and middleware, with no database query and no template.
Run: `gunicorn tests.benchmarks.baseline_urls:application`.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casefiles.settings")
# Set up Django before the site's URLs are imported: they import the models.
application = get_wsgi_application()

from django.conf import settings  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.urls import include, path  # noqa: E402


def ok(request):
    return HttpResponse("ok")


urlpatterns = [
    path("baseline/", ok),
    path("", include("casefiles.urls")),
]

# Each request resolves against settings.ROOT_URLCONF, so this takes effect from the first one.
settings.ROOT_URLCONF = __name__
