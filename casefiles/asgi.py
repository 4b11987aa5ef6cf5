"""ASGI entry point."""

import os

from django.core.asgi import get_asgi_application

from casefiles.checks import require_page_cache

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casefiles.settings")

application = get_asgi_application()
# A REDIS_URL that cannot be used stops the process here, with the reason, instead of failing
# every page it would serve.
require_page_cache()
