"""No edit is lost: a save made from a page opened before someone else saved the same record is
refused with what they changed, and the journalist's own edit stays in the form to save again."""

import shutil
from io import StringIO

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from articles.models import Article, Publication
from casefiles.models import (
    Appearance,
    CaseFile,
    Operation,
    OperationMention,
    Organisation,
    Outcome,
    Person,
    Quote,
    ReviewStatus,
)
from tests.admin.helpers import admin_url
from tests.admin.test_pages import BUILDERS
from tests.admin_factories import form_data, records_of_every_kind
from tests.factories import ArticleFactory, QuoteFactory

pytestmark = pytest.mark.django_db

CONFLICT = "Someone else saved this"
# For each admin with a change form: a field the first journalist changes (to a value), and
# another the second changes.
EDITS = {
    CaseFile: (("summary", "Raids in June."), ("title", "Southend raids")),
    Operation: (("area", "Southend"), ("dates_note", "June 2014")),
    Person: (("notes", "Retired in 2016."), ("sensitivity_note", "A victim.")),
    Organisation: (("website", "https://essex.police.uk"), ("name", "Essex Police")),
    Quote: (("attribution", "he said"), ("paragraphs", "2")),
    Outcome: (("period", "in June"), ("qualifier", "about")),
    Appearance: (("role", "led the inquiry"), ("rank_as_printed", "Det Supt")),
    OperationMention: (("review_status", ReviewStatus.REJECTED), ("text", "Operation Erasure")),
    Article: (("byline", "Anna Reporter"), ("headline", "Raids in Southend, again")),
    Publication: (("website", "https://echo-news.co.uk"), ("name", "Echo")),
}


def test_every_newsroom_change_form_is_covered(rf, admin_user):
    request = rf.get("/")
    request.user = admin_user
    editable = {
        model
        for model, model_admin in admin.site._registry.items()
        if model._meta.app_label in {"articles", "casefiles"}
        and model_admin.has_change_permission(request)
    }
    assert editable == set(EDITS)


@pytest.fixture
def two_journalists(client, journalist, django_user_model):
    from django.contrib.auth.models import Group

    from casefiles.roles import JOURNALIST

    other = django_user_model.objects.create_user("other", password="x", is_staff=True)
    other.groups.add(Group.objects.get(name=JOURNALIST))
    second = Client()
    client.force_login(journalist)
    second.force_login(other)
    return client, second


@pytest.mark.parametrize("model", list(EDITS), ids=lambda m: m._meta.model_name)
def test_a_save_from_a_page_opened_before_another_save_is_refused_with_the_change(
    two_journalists, model
):
    first, second = two_journalists
    obj = BUILDERS[model]()
    (theirs, their_value), (mine, my_value) = EDITS[model]
    url = admin_url(model, "change", obj.pk)
    first_page, second_page = form_data(first.get(url)), form_data(second.get(url))
    field = second.get(url).context["adminform"].form.fields[theirs]
    shown = dict(getattr(field, "choices", ())).get(their_value, their_value)

    assert first.post(url, first_page | {theirs: their_value}).status_code == 302
    refused = second.post(url, second_page | {mine: my_value})

    assert refused.status_code == 200
    errors = str(refused.context["errors"])
    assert CONFLICT in errors
    assert f"{field.label}: " in errors
    assert f" → “{shown}”" in errors.replace("&#x27;", "'")
    # The second journalist's edit is still in the form; saving it again applies it.
    again = form_data(refused)
    assert again[mine] == my_value
    assert second.post(url, again).status_code == 302
    obj.refresh_from_db()
    assert str(getattr(obj, mine)) == my_value


def test_saves_one_after_the_other_are_both_accepted(two_journalists):
    first, second = two_journalists
    quote = QuoteFactory()
    url = admin_url(Quote, "change", quote.pk)
    assert (
        first.post(url, form_data(first.get(url)) | {"attribution": "he said"}).status_code == 302
    )
    assert second.post(url, form_data(second.get(url)) | {"paragraphs": "3"}).status_code == 302
    quote.refresh_from_db()
    assert (quote.attribution, quote.paragraphs) == ("he said", 3)


def test_a_review_from_the_list_after_the_page_was_opened_is_not_undone(two_journalists):
    first, second = two_journalists
    quote = QuoteFactory()
    url = admin_url(Quote, "change", quote.pk)
    page = form_data(second.get(url))
    action = {"action": "mark_verified", "_selected_action": [quote.pk]}
    assert first.post(admin_url(Quote, "changelist"), action).status_code == 302
    refused = second.post(url, page | {"attribution": "he said"})
    assert "Review: “Extracted (not yet checked)” → “Verified”" in str(refused.context["errors"])
    quote.refresh_from_db()
    assert quote.review_status == ReviewStatus.VERIFIED
    # The review itself went through the list, unhindered, and moves on again the same way.
    action["action"] = "mark_rejected"
    assert first.post(admin_url(Quote, "changelist"), action).status_code == 302
    quote.refresh_from_db()
    assert quote.review_status == ReviewStatus.REJECTED


def test_an_inline_row_someone_else_changed_is_refused_only_if_edited(two_journalists):
    first, second = two_journalists
    article = ArticleFactory()
    quote = records_of_every_kind(article)[0]
    url = admin_url(Article, "change", article.pk)
    page = form_data(second.get(url))
    queue = {"kind": "quote", "status": ReviewStatus.VERIFIED, "pk": quote.pk}
    assert first.post(reverse("admin:review-queue"), queue).status_code == 302

    # The headline alone: the quote's row was left as it was and keeps its review.
    saved = second.post(url, page | {"headline": "Raids in Southend, again"})
    assert saved.status_code == 302
    quote.refresh_from_db()
    assert quote.review_status == ReviewStatus.VERIFIED

    # A review is no field of the row: editing a row someone reviewed meanwhile keeps both.
    page = form_data(second.get(url))
    first.post(reverse("admin:review-queue"), queue | {"status": ReviewStatus.REJECTED})
    shorter = quote.text[:-1]
    edit = {"quotes-0-text": shorter, "quotes-0-end": quote.end - 1}
    assert second.post(url, page | edit).status_code == 302
    quote.refresh_from_db()
    assert (quote.review_status, quote.text) == (ReviewStatus.REJECTED, shorter)

    # Someone else's change to a field of the row refuses an edit of it.
    page = form_data(second.get(url))
    quote_url = admin_url(Quote, "change", quote.pk)
    theirs = {"text": quote.text[:-1], "start": quote.start, "end": quote.end - 1}
    assert first.post(quote_url, form_data(first.get(quote_url)) | theirs).status_code == 302
    refused = second.post(url, page | {"quotes-0-text": quote.text[:-2], "quotes-0-end": ""})
    assert refused.status_code == 200
    assert CONFLICT in str(refused.context["errors"])
    quote.refresh_from_db()
    assert quote.text == theirs["text"]


def test_a_reimport_after_the_page_was_opened_is_not_undone(
    client, admin_user, tmp_path, seed_paths
):
    folder = tmp_path / "sources"
    folder.mkdir()
    source = seed_paths[0]
    shutil.copyfile(source, folder / source.name)
    call_command("import_articles", str(folder), stdout=StringIO(), stderr=StringIO())
    quote = Quote.objects.order_by("start").last()
    # A record a journalist reviewed is kept by a re-import, moved to where its passage went.
    quote.review(ReviewStatus.VERIFIED, admin_user)
    client.force_login(admin_user)
    url = admin_url(Quote, "change", quote.pk)
    page = form_data(client.get(url))

    # The file gains a paragraph at the top: every kept record moves down.
    text = source.read_text(encoding="utf-8")
    head, rest = text.split("\n\n", 1)
    (folder / source.name).write_text(f"{head}\n\nA new first paragraph.\n\n{rest}", "utf-8")
    call_command("import_articles", str(folder), stdout=StringIO(), stderr=StringIO())
    moved = Quote.objects.get(pk=quote.pk)
    assert moved.start != quote.start

    refused = client.post(url, page | {"attribution": "he said"})
    assert "Start: " in str(refused.context["errors"])
    assert (
        client.post(url, form_data(client.get(url)) | {"attribution": "he said"}).status_code == 302
    )
