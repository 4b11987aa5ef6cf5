"""People, organisations and operations in the admin: their other names, their review, who may
give a private person a public page, and deleting what something still names."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME

from casefiles.models import Operation, Organisation, Person, PersonKind, Quote, ReviewStatus
from tests.admin.helpers import admin_url
from tests.admin_factories import form_data
from tests.factories import (
    OperationFactory,
    OrganisationFactory,
    OutcomeFactory,
    PersonFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db

ADD_FORMS = {
    Person: {"name": "Ruth Okafor", "kind": PersonKind.OFFICIAL},
    Organisation: {"name": "Harbour Watch", "kind": "charity"},
    Operation: {"name": "Operation Lantern", "kind": "operation"},
}


def signed_in(client, user):
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", list(ADD_FORMS), ids=lambda m: m._meta.model_name)
def test_a_record_a_journalist_adds_by_hand_is_verified_by_them(client, journalist, model):
    signed_in(client, journalist)
    page = client.get(admin_url(model, "add"))
    assert "Extracted (not yet checked)" not in page.content.decode()
    form = form_data(page)
    response = client.post(admin_url(model, "add"), {**form, **ADD_FORMS[model]})
    assert response.status_code == 302
    record = model.objects.get(name=ADD_FORMS[model]["name"])
    assert (record.review_status, record.reviewed_by) == (ReviewStatus.VERIFIED, journalist)
    assert record.reviewed_at is not None


def test_person_aliases_are_edited_one_per_line(client, journalist):
    person = PersonFactory(name="Michael Hamer")
    signed_in(client, journalist)
    url = admin_url(Person, "change", person.pk)
    form = form_data(client.get(url))
    response = client.post(url, {**form, "aliases": "Mike Hamer\r\n\r\nM. J. Hamer\r\nMike Hamer"})
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.aliases == ["Mike Hamer", "M. J. Hamer"]


def test_the_person_list_finds_a_person_by_an_alias(client, journalist):
    person = PersonFactory(name="Michael Hamer", aliases=["Mike Hamer"])
    PersonFactory(name="Ann Clay")
    response = signed_in(client, journalist).get(admin_url(Person, "changelist"), {"q": "Mike"})
    assert list(response.context["cl"].result_list) == [person]


def test_review_status_is_shown_not_edited_and_save_as_verified_sets_it(client, journalist):
    person = PersonFactory()
    following = PersonFactory()
    signed_in(client, journalist)
    url = admin_url(Person, "change", person.pk)
    page = client.get(url)
    assert "review_status" not in page.context["adminform"].form.fields
    assert "Extracted (not yet checked)" in page.content.decode()
    form = form_data(page)
    response = client.post(url, {**form, "review_status": ReviewStatus.REJECTED, "_verify": "1"})
    person.refresh_from_db()
    assert (person.review_status, person.reviewed_by) == (ReviewStatus.VERIFIED, journalist)
    assert response.url == admin_url(Person, "change", following.pk)
    assert person.history.first().history_change_reason == "Marked verified"


def test_a_verified_record_offers_no_save_as_verified(client, journalist):
    person = PersonFactory(review_status=ReviewStatus.VERIFIED)
    page = signed_in(client, journalist).get(admin_url(Person, "change", person.pk))
    assert 'name="_verify"' not in page.content.decode()


@pytest.mark.parametrize(
    ("action", "status"),
    [("mark_verified", ReviewStatus.VERIFIED), ("mark_rejected", ReviewStatus.REJECTED)],
)
def test_journalists_review_from_the_list(client, journalist, action, status):
    operations = OperationFactory.create_batch(2)
    signed_in(client, journalist).post(
        admin_url(Operation, "changelist"),
        {"action": action, "index": "0", ACTION_CHECKBOX_NAME: [op.pk for op in operations]},
    )
    assert {op.review_status for op in Operation.objects.all()} == {status}
    assert {op.reviewed_by for op in Operation.objects.all()} == {journalist}


@pytest.mark.parametrize("model", list(ADD_FORMS), ids=lambda m: m._meta.model_name)
def test_the_list_filters_by_review_status(client, journalist, model):
    factory = {
        Person: PersonFactory,
        Organisation: OrganisationFactory,
        Operation: OperationFactory,
    }
    verified = factory[model](review_status=ReviewStatus.VERIFIED)
    factory[model]()
    response = signed_in(client, journalist).get(
        admin_url(model, "changelist"), {"review_status__exact": ReviewStatus.VERIFIED}
    )
    assert list(response.context["cl"].result_list) == [verified]


def test_only_an_editor_gives_a_victim_a_public_page(client, journalist, editor):
    victim = PersonFactory(kind=PersonKind.VICTIM)
    url = admin_url(Person, "change", victim.pk)

    page = signed_in(client, journalist).get(url)
    assert "made_public" not in page.context["adminform"].form.fields
    assert "no public page until an editor ticks" in page.content.decode()
    client.post(url, {**form_data(page), "made_public": "on"})
    victim.refresh_from_db()
    assert not victim.made_public

    page = signed_in(client, editor).get(url)
    assert "made_public" in page.context["adminform"].form.fields
    client.post(url, {**form_data(page), "made_public": "on"})
    victim.refresh_from_db()
    assert victim.made_public
    page = client.get(url)
    assert "have no public page" not in page.content.decode()


def test_a_journalist_reverting_to_a_public_version_keeps_the_person_private(client, journalist):
    victim = PersonFactory(kind=PersonKind.VICTIM, made_public=True)
    victim.made_public = False
    victim.save()
    public_version = victim.history.order_by("history_id").first()
    url = admin_url(Person, "simple_history", victim.pk, public_version.history_id)
    page = signed_in(client, journalist).get(url)
    client.post(url, form_data(page))
    victim.refresh_from_db()
    assert not victim.made_public


def test_an_editor_is_told_which_quotes_and_figures_still_name_a_person(client, editor):
    person = PersonFactory(name="Dale Pryor")
    quote = QuoteFactory(speaker=person)
    OutcomeFactory(person=person, metric="sentence")
    response = signed_in(client, editor).get(admin_url(Person, "delete", person.pk))
    page = response.content.decode()
    assert response.status_code == 200
    assert "would require deleting the following protected related objects" in page
    assert admin_url(Quote, "change", quote.pk) in page
    assert "Outcome:" in page or "figure" in page.lower()
    assert "merged rather than deleted" in page
    client.post(admin_url(Person, "delete", person.pk), {"post": "yes"})
    assert Person.objects.filter(pk=person.pk).exists()


def test_bulk_delete_refuses_people_still_named_and_says_so(client, editor):
    named, unnamed = PersonFactory(), PersonFactory()
    quote = QuoteFactory(speaker=named)
    changelist = admin_url(Person, "changelist")
    chosen = {"action": "delete_selected", ACTION_CHECKBOX_NAME: [named.pk, unnamed.pk]}
    response = signed_in(client, editor).post(changelist, {**chosen, "index": "0"})
    page = response.content.decode()
    assert "would require deleting the following protected related objects" in page
    assert admin_url(Quote, "change", quote.pk) in page
    assert "merged rather than deleted" in page
    client.post(changelist, {**chosen, "post": "yes"})
    assert Person.objects.count() == 2


def test_a_refused_delete_lists_a_page_of_what_names_the_person_and_counts_the_rest(client, editor):
    person = PersonFactory()
    for _ in range(25):
        QuoteFactory(speaker=person)
    page = signed_in(client, editor).get(admin_url(Person, "delete", person.pk)).content.decode()
    assert page.count("Quote: <a") == 20
    assert "… and 5 more" in page
    change_url = admin_url(Person, "change", person.pk)
    assert f'<a href="{change_url}">its page</a> lists' in page


def test_an_editor_deletes_a_person_nothing_names(client, editor):
    person = PersonFactory()
    signed_in(client, editor).post(admin_url(Person, "delete", person.pk), {"post": "yes"})
    assert not Person.objects.filter(pk=person.pk).exists()


def test_journalists_are_not_offered_delete(client, journalist):
    person = PersonFactory()
    signed_in(client, journalist)
    assert client.get(admin_url(Person, "delete", person.pk)).status_code == 403
    listing = client.get(admin_url(Person, "changelist")).content.decode()
    assert "delete_selected" not in listing
