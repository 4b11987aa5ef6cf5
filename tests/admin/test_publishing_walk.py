"""Publishing stays with editors on every path: a walk over every address the admin answers to,
made as a journalist and as an editor, with every form sent back asking to publish.

The addresses are read from the admin site's own URL patterns, so a view added later is walked
too. A record that has a `status` starts as a draft that an editor once published and then
withdrew, so its history holds a published version to revert to.
"""

from itertools import count

import pytest
from axes.models import AccessFailureLog
from django.contrib import admin
from django.contrib.auth.models import Group
from django.test import Client, override_settings
from django.urls import URLPattern, reverse

from articles.models import ImportRun, PublicationStatus
from articles.tasks import import_item
from casefiles.models import PossibleMatch
from tests.admin_factories import (
    ImportItemFactory,
    ImportRunFactory,
    LinkedCaseFileFactory,
    form_data,
    records_of_every_kind,
)
from tests.factories import ArticleFactory, PersonFactory

pytestmark = pytest.mark.django_db

DRAFT, PUBLISHED = "draft", "published"
# Addresses that sign the user out or change their password end the walk rather than test it;
# deleting is not publishing (journalists are refused it in test_roles).
NOT_WALKED = {"logout", "login", "password_change", "password_change_done", "view_on_site"}
# What an editor must be able to publish through, for each record with a status.
EDITOR_PATHS = {"add", "change", "simple_history", "changelist"}
COPIES = count(1)


def watched_models():
    """Every registered model published or withdrawn by a status of draft/published."""
    published = {value for value, _ in PublicationStatus.choices}
    return [
        model
        for model in admin.site._registry
        if any(
            field.name == "status" and {value for value, _ in field.choices or ()} == published
            for field in model._meta.fields
        )
    ]


def withdrawn(obj):
    """`obj` saved published, then withdrawn to draft: its history holds both versions."""
    obj.status = DRAFT
    obj.save()
    return obj


@pytest.fixture
def records(journalist, editor):
    article = withdrawn(ArticleFactory(status=PUBLISHED))
    records_of_every_kind(article)
    withdrawn(LinkedCaseFileFactory(status=PUBLISHED))
    ImportRunFactory()
    PossibleMatch.objects.flag(PersonFactory(), PersonFactory(), "Same surname")
    # A queued file, and its task waiting in the database queue.
    item = ImportItemFactory()
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        import_item.enqueue(item.pk)
    # An accepted and a refused sign-in, so the login throttle's records have pages to walk too.
    Client().post(reverse("admin:login"), {"username": journalist.username, "password": "x"})
    Client().post(reverse("admin:login"), {"username": journalist.username, "password": "wrong"})
    AccessFailureLog.objects.create(
        username=journalist.username,
        ip_address="127.0.0.1",
        user_agent="",
        http_accept="",
        path_info="/admin/login/",
    )
    for model in admin.site._registry:
        assert model._default_manager.exists(), f"no {model._meta.model_name} to walk"


def pattern_urls(pattern, obj):
    """The addresses `pattern` stands for, filled in with `obj` and each of its versions."""
    # Model admins' addresses take the record, then (history) the version.
    arguments = pattern.pattern.regex.groups
    if arguments == 0:
        return [reverse(f"admin:{pattern.name}")]
    if arguments == 1:
        return [reverse(f"admin:{pattern.name}", args=[obj.pk])]
    if arguments == 2:
        return [
            reverse(f"admin:{pattern.name}", args=[obj.pk, version.history_id])
            for version in obj.history.all()
        ]
    raise AssertionError(f"unknown admin address {pattern.pattern}")


def every_admin_url():
    """(view, model, url) for every named address of the admin site and its model admins."""
    urls = []
    for model, model_admin in admin.site._registry.items():
        obj = model._default_manager.order_by("pk").first()
        prefix = f"{model._meta.app_label}_{model._meta.model_name}_"
        for pattern in model_admin.get_urls():
            if pattern.name and not pattern.name.endswith("_delete"):
                view = pattern.name.removeprefix(prefix)
                urls += [(view, model, url) for url in pattern_urls(pattern, obj)]
    for pattern in admin.site.get_urls():
        if isinstance(pattern, URLPattern) and pattern.name and pattern.name not in NOT_WALKED:
            if pattern.name == "app_list":
                for label in ("articles", "casefiles", "auth"):
                    urls.append((pattern.name, None, reverse("admin:app_list", args=[label])))
            else:
                urls.append((pattern.name, None, reverse(f"admin:{pattern.name}")))
    return urls


def unique_copy(model, data):
    """A change form's values made fit to add a second record beside the first."""
    for field in model._meta.fields:
        if (field.unique or field.name == "slug") and data.get(field.name):
            data[field.name] = f"{data[field.name]}-copy-{next(COPIES)}"
    return data


def posts_for(client, view, model, url, response):
    """What a user could send to `url`, each asking to publish where the form has a status."""
    if view == "changelist":
        chosen = [str(pk) for pk in model._default_manager.values_list("pk", flat=True)]
        return [
            {"action": name, "_selected_action": chosen, "index": "0"}
            for _func, name, _description in admin.site._registry[model]._get_base_actions()
        ]
    if response.status_code != 200 or "opts" not in (response.context or {}):
        return [{"status": PUBLISHED}]
    if view == "add":
        obj = model._default_manager.order_by("pk").first()
        stored = form_data(client.get(reverse(f"admin:{url_name(model, 'change')}", args=[obj.pk])))
        own = {key: value for key, value in stored.items() if "-" not in key}
        blank = form_data(response)
        # Fields only an add form shows (an article's text) are copied from the record.
        own |= {key: getattr(obj, key) for key in blank if key not in own and hasattr(obj, key)}
        return [blank | unique_copy(model, own) | {"status": PUBLISHED}]
    if view == "simple_history":
        # The past version sent back unchanged: the revert a journalist was able to publish with.
        return [form_data(response)]
    return [form_data(response) | {"status": PUBLISHED}]


def url_name(model, view):
    return f"{model._meta.app_label}_{model._meta.model_name}_{view}"


def statuses():
    return {
        (model, pk): status
        for model in watched_models()
        for pk, status in model._default_manager.values_list("pk", "status")
    }


def walk(client, user, urls):
    """Send every form at `urls` back as `user`; return the views that moved a status."""
    client.force_login(user)
    moved = set()
    for view, model, url in urls:
        response = client.get(url)
        assert response.status_code < 500, url
        if view in {"autocomplete", "jsi18n"}:
            continue
        for data in posts_for(client, view, model, url, response):
            before = statuses()
            answer = client.post(url, data)
            assert answer.status_code < 500, url
            after = statuses()
            changed = {key for key, status in after.items() if before.get(key, DRAFT) != status}
            if changed:
                moved.add((view, model))
            for model_, pk in changed:
                model_._default_manager.filter(pk=pk).update(status=before.get((model_, pk), DRAFT))
    return moved


def test_only_editors_change_a_status_through_any_admin_address(
    client, records, journalist, editor
):
    urls = every_admin_url()
    assert walk(client, journalist, urls) == set()
    moved = walk(client, editor, urls)
    for model in watched_models():
        assert {view for view, model_ in moved if model_ is model} >= EDITOR_PATHS, model
    # The walk's size, for the record: addresses × roles.
    print(f"admin publishing walk: {len(urls)} addresses × 2 roles")
    assert len(urls) > 40


def test_a_journalist_reverting_to_a_published_version_keeps_the_draft(client, journalist):
    article = withdrawn(ArticleFactory(status=PUBLISHED))
    published = article.history.filter(status=PUBLISHED).get()
    client.force_login(journalist)
    url = reverse("admin:articles_article_simple_history", args=[article.pk, published.history_id])
    response = client.post(url, form_data(client.get(url)), follow=True)
    article.refresh_from_db()
    assert article.status == DRAFT
    messages = [str(message) for message in response.context["messages"]]
    assert "The status stays “draft”: only an editor can publish or withdraw." in messages


def test_every_model_is_walked():
    assert ImportRun in admin.site._registry
    assert Group in admin.site._registry
