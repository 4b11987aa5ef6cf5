"""Responses that differ for signed-in staff are never kept by a shared cache."""

import pytest
from django.urls import reverse

from tests.factories import OperationFactory

pytestmark = pytest.mark.django_db


def test_a_reader_page_for_anonymous_visitors_may_be_shared(client):
    response = client.get(reverse("casefiles:home"))
    assert "private" not in response.get("Cache-Control", "")


def test_a_reader_page_rendered_for_staff_is_private(client, journalist):
    operation = OperationFactory()
    client.force_login(journalist)
    response = client.get(operation.get_absolute_url())
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


@pytest.mark.parametrize("name", ["admin:index", "admin:login"])
def test_admin_pages_are_private(client, journalist, name):
    client.force_login(journalist)
    assert "private" in client.get(reverse(name), follow=True)["Cache-Control"]


def test_the_admin_login_page_is_private_before_signing_in(client):
    assert "private" in client.get(reverse("admin:login"))["Cache-Control"]
