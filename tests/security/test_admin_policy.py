"""The admin's own inline blocks carry the Content-Security-Policy nonce of their response."""

import re

import pytest
from django.contrib import admin
from django.urls import reverse

from casefiles.models import Operation

pytestmark = pytest.mark.django_db


def test_a_changelist_without_actions_styles_its_table_with_the_nonce(
    client, admin_user, monkeypatch
):
    model_admin = admin.site._registry[Operation]
    monkeypatch.setattr(model_admin, "actions_on_top", False)
    monkeypatch.setattr(model_admin, "actions_on_bottom", False)
    client.force_login(admin_user)
    response = client.get(reverse("admin:casefiles_operation_changelist"))
    (nonce,) = re.findall(r'<style nonce="([^"]+)">', response.content.decode())
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]


def test_a_reader_page_needs_no_nonce(client):
    # Cached pages are served to many requests: a nonce in one would not match the next header.
    policy = client.get(reverse("casefiles:home"))["Content-Security-Policy"]
    assert "nonce-" not in policy
    assert "unsafe-inline" not in policy
