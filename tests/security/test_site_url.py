"""SITE_URL: the one address pages are described by."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from casefiles.security import site_url


def test_a_given_address_is_kept_without_its_trailing_slash():
    assert site_url("https://cases.example.org/", debug=False, secure=True, hosts=[]) == (
        "https://cases.example.org"
    )


def test_development_defaults_to_the_development_server():
    assert site_url("", debug=True, secure=False, hosts=["x.org"]) == "http://127.0.0.1:8000"


def test_production_defaults_to_the_first_named_allowed_host():
    hosts = ["*", ".example.org", "other.org"]
    assert site_url("", debug=False, secure=True, hosts=hosts) == "https://example.org"
    assert site_url("", debug=False, secure=False, hosts=["*"]) == "http://localhost"


@pytest.mark.parametrize("value", ["cases.example.org", "https://x.org/cases", "ftp://x.org"])
def test_an_address_that_is_not_a_site_is_refused_with_an_example(value):
    with pytest.raises(ImproperlyConfigured, match="SITE_URL=https://cases.example.org"):
        site_url(value, debug=False, secure=False, hosts=[])
