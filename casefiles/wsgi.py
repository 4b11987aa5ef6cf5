"""WSGI entry point, as used by gunicorn: `gunicorn casefiles.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

from casefiles.serving import ready_to_serve

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casefiles.settings")

application = get_wsgi_application()
ready_to_serve()
