"""Journalists add, change and review; only editors publish and delete."""

import django.apps
import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from articles.models import Article, ArticleStatus, ImportRun
from casefiles.models import CaseFile, PublicationStatus, Quote
from casefiles.roles import EDITOR, JOURNALIST, ensure_roles
from tests.admin_factories import ImportRunFactory, form_data
from tests.factories import ArticleFactory, CaseFileFactory, QuoteFactory

pytestmark = pytest.mark.django_db

PUBLISHABLE = [
    pytest.param(Article, lambda: ArticleFactory(status=ArticleStatus.DRAFT), id="article"),
    pytest.param(CaseFile, lambda: CaseFileFactory(status=PublicationStatus.DRAFT), id="casefile"),
]


def admin_url(model, view, *args):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def actions_offered(changelist_response):
    action_form = changelist_response.context["action_form"]
    return dict(action_form.fields["action"].choices) if action_form else {}


@pytest.fixture
def as_journalist(client, journalist):
    client.force_login(journalist)
    return client


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


def test_journalist_adds_a_quote(as_journalist):
    article = ArticleFactory()
    passage = "We moved proactively to stop them."
    start = article.body.index(passage)
    data = form_data(as_journalist.get(admin_url(Quote, "add")))
    data |= {"article": article.pk, "start": start, "end": start + len(passage), "text": passage}
    assert as_journalist.post(admin_url(Quote, "add"), data).status_code == 302
    assert Quote.objects.get(article=article).text == passage


def test_journalist_changes_a_quote(as_journalist):
    quote = QuoteFactory()
    url = admin_url(Quote, "change", quote.pk)
    data = form_data(as_journalist.get(url)) | {"paragraphs": "2"}
    assert as_journalist.post(url, data).status_code == 302
    quote.refresh_from_db()
    assert quote.paragraphs == 2


@pytest.mark.parametrize(
    "model, make", [*PUBLISHABLE, pytest.param(Quote, QuoteFactory, id="quote")]
)
def test_journalist_cannot_delete(as_journalist, model, make):
    obj = make()
    assert as_journalist.get(admin_url(model, "delete", obj.pk)).status_code == 403
    assert (
        as_journalist.post(admin_url(model, "delete", obj.pk), {"post": "yes"}).status_code == 403
    )
    response = as_journalist.get(admin_url(model, "changelist"))
    assert "delete_selected" not in actions_offered(response)
    assert model.objects.filter(pk=obj.pk).exists()


@pytest.mark.parametrize("model, make", PUBLISHABLE)
def test_journalist_sees_status_but_cannot_publish(as_journalist, model, make):
    obj = make()
    url = admin_url(model, "change", obj.pk)
    response = as_journalist.get(url)
    assert "status" not in response.context["adminform"].form.fields
    assert "Draft" in response.content.decode()
    data = form_data(response) | {"status": "published"}
    assert as_journalist.post(url, data).status_code == 302
    obj.refresh_from_db()
    assert obj.status == "draft"


@pytest.mark.parametrize("model, make", PUBLISHABLE)
def test_journalist_has_no_publish_action(as_journalist, model, make):
    obj = make()
    response = as_journalist.get(admin_url(model, "changelist"))
    assert "publish" not in actions_offered(response)
    as_journalist.post(
        admin_url(model, "changelist"), {"action": "publish", "_selected_action": [obj.pk]}
    )
    obj.refresh_from_db()
    assert obj.status == "draft"


@pytest.mark.parametrize("model, make", PUBLISHABLE)
def test_editor_publishes_from_the_form(as_editor, model, make):
    obj = make()
    url = admin_url(model, "change", obj.pk)
    data = form_data(as_editor.get(url)) | {"status": "published"}
    assert as_editor.post(url, data).status_code == 302
    obj.refresh_from_db()
    assert obj.status == "published"


@pytest.mark.parametrize("model, make", PUBLISHABLE)
def test_editor_publishes_from_the_list(as_editor, model, make):
    obj = make()
    response = as_editor.post(
        admin_url(model, "changelist"),
        {"action": "publish", "_selected_action": [obj.pk]},
        follow=True,
    )
    obj.refresh_from_db()
    assert obj.status == "published"
    assert f"1 {model._meta.verbose_name} published." in [
        str(m) for m in response.context["messages"]
    ]


def test_editor_deletes(as_editor):
    quote = QuoteFactory()
    response = as_editor.post(admin_url(Quote, "delete", quote.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not Quote.objects.filter(pk=quote.pk).exists()


def test_import_runs_are_read_only_for_everyone(admin_client):
    run = ImportRunFactory()
    response = admin_client.get(admin_url(ImportRun, "change", run.pk))
    assert response.context["has_change_permission"] is False
    assert admin_client.get(admin_url(ImportRun, "add")).status_code == 403
    assert admin_client.get(admin_url(ImportRun, "delete", run.pk)).status_code == 403


def _roles():
    return {
        group.name: sorted(group.permissions.values_list("codename", flat=True))
        for group in Group.objects.prefetch_related("permissions")
    }


def test_roles_can_be_set_up_again_without_change():
    before = _roles()
    ensure_roles(django.apps.apps)
    ensure_roles(django.apps.apps)
    assert _roles() == before
    assert Group.objects.filter(name=JOURNALIST).count() == 1
    assert Group.objects.filter(name=EDITOR).count() == 1


def test_setting_up_roles_leaves_the_running_registry_as_it_was():
    ensure_roles(django.apps.apps)
    # dumpdata skips every app whose models module is gone.
    assert django.apps.apps.get_app_config("casefiles").models_module is not None


def test_setting_up_roles_again_restores_a_tampered_group():
    journalist = Group.objects.get(name=JOURNALIST)
    publish = journalist.permissions.model.objects.get(codename="publish_article")
    journalist.permissions.add(publish)
    ensure_roles(django.apps.apps)
    assert "publish_article" not in _roles()[JOURNALIST]
