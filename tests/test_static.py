"""Bootstrap is served from the installed django-bootstrap-static package, never a CDN."""

from pathlib import Path

import bootstrap
import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import reverse

STYLESHEET = "bootstrap/css/bootstrap.min.css"


def test_bootstrap_5_3_comes_from_an_installed_package():
    found = Path(finders.find(STYLESHEET))
    assert found.is_relative_to(Path(bootstrap.__file__).parent)
    assert not (settings.BASE_DIR / "static" / STYLESHEET).exists()
    assert "Bootstrap  v5.3." in found.read_text(encoding="utf-8")[:200]


@pytest.mark.django_db
def test_pages_link_the_packaged_stylesheet(client):
    page = client.get(reverse("casefiles:home")).content.decode()
    assert f'href="/static/{STYLESHEET}"' in page
    assert "cdn" not in page.lower()
