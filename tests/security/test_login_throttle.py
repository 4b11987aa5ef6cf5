"""Admin sign-in is throttled per user name and address (django-axes)."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def reporter(django_user_model):
    return django_user_model.objects.create_user("reporter", password=PASSWORD, is_staff=True)


def sign_in(client, password, username="reporter", **headers):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": reverse("admin:index")},
        headers=headers,
    )


def fail_to_the_limit(client, **headers):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        assert sign_in(client, "wrong", **headers).status_code in (200, 429)


def signed_in(client):
    return "_auth_user_id" in client.session


def test_a_few_wrong_passwords_still_let_the_right_one_in(client, reporter):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "wrong").status_code == 200
    assert sign_in(client, PASSWORD).status_code == 302
    assert signed_in(client)


def test_after_the_limit_the_right_password_is_refused_with_the_reason(client, reporter):
    fail_to_the_limit(client)
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)
    text = response.content.decode()
    assert "Sign-in is paused" in text
    assert "Try again in 15 minutes" in text


def test_the_right_password_works_again_once_the_cool_off_has_passed(client, reporter):
    fail_to_the_limit(client)
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time
        - settings.AXES_COOLOFF_TIME
        - timedelta(seconds=1)
    )
    assert sign_in(client, PASSWORD).status_code == 302
    assert signed_in(client)


def test_a_lock_out_holds_one_user_name_from_one_address(client, reporter, django_user_model):
    django_user_model.objects.create_user("editor2", password=PASSWORD, is_staff=True)
    fail_to_the_limit(client)
    assert sign_in(client, PASSWORD, username="editor2").status_code == 302
    other = client.__class__(REMOTE_ADDR="192.0.2.7")
    assert sign_in(other, PASSWORD).status_code == 302


def test_a_forwarded_address_is_believed_only_behind_a_trusted_proxy(client, reporter, settings):
    # Without BEHIND_PROXY every client could write any X-Forwarded-For and never be counted.
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "wrong", x_forwarded_for=f"198.51.100.{n}")
    assert sign_in(client, PASSWORD, x_forwarded_for="198.51.100.99").status_code == 429

    AccessAttempt.objects.all().delete()
    settings.BEHIND_PROXY = True
    fail_to_the_limit(client, x_forwarded_for="forged, 203.0.113.5")
    assert sign_in(client, PASSWORD, x_forwarded_for="203.0.113.5").status_code == 429
    assert sign_in(client, PASSWORD, x_forwarded_for="203.0.113.6").status_code == 302
