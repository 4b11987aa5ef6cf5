"""Merging duplicates from the admin: tick two on the list, Go, confirm; the record that stays
opens with everything the others held."""

import re

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.messages import get_messages
from django.urls import reverse

from casefiles.admin.merging import MOST_AT_ONCE
from casefiles.models import Operation, Organisation, Person, ReviewStatus
from tests.admin.helpers import admin_url
from tests.factories import (
    AppearanceFactory,
    OperationFactory,
    OperationMentionFactory,
    OrganisationFactory,
    PersonFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db


def changelist_form(response):
    """What the list's form sends when the user presses Go: the action menu as it stands."""
    html = response.content.decode()
    chosen = re.search(
        r'<select name="action"[^>]*>.*?<option value="([^"]*)"[^>]*selected', html, re.S
    )
    return {"action": chosen.group(1) if chosen else "", "index": "0", "select_across": "0"}


def confirmation_form(response):
    """What the confirmation page's form sends: its hidden fields and the chosen radio."""
    html = response.content.decode()
    [form] = re.findall(
        r'<form method="post" action="[^"]*" class="cf-merge">(.*?)</form>', html, re.S
    )
    data = {}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form):
        data.setdefault(name, []).append(value)
    checked = re.search(r'name="survivor" value="(\d+)"[^>]*checked', form)
    data["survivor"] = [checked.group(1)]
    return data


@pytest.fixture
def signed_in(client, journalist):
    client.force_login(journalist)
    return client


def test_a_journalist_merges_two_people_in_four_clicks(signed_in):
    keep = PersonFactory(name="Michael Hamer")
    dupe = PersonFactory(name="Mike Hamer")
    AppearanceFactory(person=keep)
    quote = QuoteFactory(speaker=dupe)
    changelist = admin_url(Person, "changelist")

    listing = signed_in.get(changelist)
    # Clicks 1 and 2 tick the two; the menu already says merge, so click 3 is Go.
    assert changelist_form(listing)["action"] == "merge_selected"
    confirmation = signed_in.post(
        changelist, {**changelist_form(listing), ACTION_CHECKBOX_NAME: [keep.pk, dupe.pk]}
    )
    assert confirmation.status_code == 200
    page = confirmation.content.decode()
    assert "Michael Hamer" in page and "Mike Hamer" in page
    assert 'name="csrfmiddlewaretoken"' in page
    assert confirmation.context["stays"] == keep  # it has the appearance
    # Click 4 confirms with the preselected record staying.
    done = signed_in.post(changelist, confirmation_form(confirmation))

    assert done.status_code == 302
    assert done.url == admin_url(Person, "change", keep.pk)
    assert not Person.objects.filter(pk=dupe.pk).exists()
    quote.refresh_from_db()
    assert quote.speaker == keep
    assert "Mike Hamer" in Person.objects.get(pk=keep.pk).aliases
    assert "Merged 1 person into “Michael Hamer”" in str(list(get_messages(done.wsgi_request))[0])


def test_the_confirmation_says_what_will_move_and_lists_each_record(signed_in):
    force = OrganisationFactory(name="Kent Police")
    keep = PersonFactory(name="Ann Clay", organisation=force)
    dupe = PersonFactory(name="Anne Clay")
    QuoteFactory(speaker=dupe)
    AppearanceFactory(person=dupe)
    response = signed_in.post(
        admin_url(Person, "changelist"),
        {"action": "merge_selected", "index": "0", ACTION_CHECKBOX_NAME: [keep.pk, dupe.pk]},
    )
    page = response.content.decode()
    assert "Kent Police" in page
    rows = {row["record"]: row for row in response.context["rows"]}
    moves = {move.label: move.count for move in rows[keep]["moves"]}
    assert moves == {"appearances (person)": 1, "quotes (speaker)": 1}
    assert "Quotes (speaker): 1" in page
    assert rows[dupe]["moves"] == []
    assert reverse("admin:index") in page  # breadcrumbs


@pytest.mark.parametrize(
    ("first", "second", "stays"),
    [
        ({"review_status": ReviewStatus.VERIFIED}, {}, "first"),
        ({}, {"review_status": ReviewStatus.VERIFIED}, "second"),
        ({}, {}, "first"),  # the older, neither verified nor used
    ],
)
def test_the_preselected_record_is_verified_then_most_used_then_oldest(
    signed_in, first, second, stays
):
    records = {"first": PersonFactory(**first), "second": PersonFactory(**second)}
    response = signed_in.post(
        admin_url(Person, "changelist"),
        {
            "action": "merge_selected",
            "index": "0",
            ACTION_CHECKBOX_NAME: [r.pk for r in records.values()],
        },
    )
    assert response.context["stays"] == records[stays]


def test_the_most_used_record_is_preselected_when_none_is_verified(signed_in):
    older, newer = PersonFactory(), PersonFactory()
    QuoteFactory(speaker=newer)
    response = signed_in.post(
        admin_url(Person, "changelist"),
        {"action": "merge_selected", "index": "0", ACTION_CHECKBOX_NAME: [older.pk, newer.pk]},
    )
    assert response.context["stays"] == newer


def test_the_journalist_may_keep_another_than_the_preselected(signed_in):
    keep, dupe = OrganisationFactory(name="Essex Police"), OrganisationFactory(name="Essex Pol")
    OperationFactory(force=keep)
    response = signed_in.post(
        admin_url(Organisation, "changelist"),
        {
            "action": "merge_selected",
            "post": "yes",
            "survivor": dupe.pk,
            ACTION_CHECKBOX_NAME: [keep.pk, dupe.pk],
        },
    )
    assert response.url == admin_url(Organisation, "change", dupe.pk)
    assert Organisation.objects.get(pk=dupe.pk).aliases == ["Essex Police"]
    assert Operation.objects.get().force == Organisation.objects.get(pk=dupe.pk)


def test_operations_merge_their_mentions(signed_in):
    keep, dupe = OperationFactory(name="Operation Booth"), OperationFactory(name="Op Booth")
    mention = OperationMentionFactory(operation=dupe)
    signed_in.post(
        admin_url(Operation, "changelist"),
        {
            "action": "merge_selected",
            "post": "yes",
            "survivor": keep.pk,
            ACTION_CHECKBOX_NAME: [keep.pk, dupe.pk],
        },
    )
    mention.refresh_from_db()
    assert mention.operation == keep


def test_merging_one_record_is_refused_with_the_reason(signed_in):
    person = PersonFactory()
    response = signed_in.post(
        admin_url(Person, "changelist"),
        {"action": "merge_selected", "index": "0", ACTION_CHECKBOX_NAME: [person.pk]},
        follow=True,
    )
    assert "Choose at least two different records to merge." in response.content.decode()
    assert Person.objects.filter(pk=person.pk).exists()


def test_forces_whose_units_would_clash_are_not_merged_and_the_journalist_is_told(signed_in):
    keep, dupe = OrganisationFactory(name="Essex Police"), OrganisationFactory(name="Essex Pol")
    Organisation.objects.create(name="Serious Violence Unit", parent=keep)
    Organisation.objects.create(name="Serious Violence Unit", parent=dupe)
    response = signed_in.post(
        admin_url(Organisation, "changelist"),
        {
            "action": "merge_selected",
            "post": "yes",
            "survivor": keep.pk,
            ACTION_CHECKBOX_NAME: [keep.pk, dupe.pk],
        },
        follow=True,
    )
    assert "Nothing was merged" in response.content.decode()
    assert Organisation.objects.filter(pk=dupe.pk).exists()
    assert Organisation.objects.filter(parent=dupe).exists()


def test_a_survivor_not_among_those_ticked_is_refused(signed_in):
    first, second, outsider = PersonFactory(), PersonFactory(), PersonFactory()
    response = signed_in.post(
        admin_url(Person, "changelist"),
        {
            "action": "merge_selected",
            "post": "yes",
            "survivor": outsider.pk,
            ACTION_CHECKBOX_NAME: [first.pk, second.pk],
        },
    )
    assert response.status_code == 200
    assert "Choose the record that stays." in response.content.decode()
    assert Person.objects.count() == 3


def test_too_many_at_once_is_refused(signed_in):
    people = PersonFactory.create_batch(MOST_AT_ONCE + 1)
    response = signed_in.post(
        admin_url(Person, "changelist"),
        {"action": "merge_selected", "index": "0", ACTION_CHECKBOX_NAME: [p.pk for p in people]},
        follow=True,
    )
    assert f"Merge at most {MOST_AT_ONCE} people at a time." in response.content.decode()
    assert Person.objects.count() == MOST_AT_ONCE + 1


def test_merging_needs_the_change_permission(client, django_user_model):
    from django.contrib.auth.models import Permission

    reader = django_user_model.objects.create_user("reader", is_staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="view_person"))
    client.force_login(reader)
    first, second = PersonFactory(), PersonFactory()
    response = client.get(admin_url(Person, "changelist"))
    assert "merge_selected" not in response.content.decode()
    client.post(
        admin_url(Person, "changelist"),
        {
            "action": "merge_selected",
            "post": "yes",
            "survivor": first.pk,
            ACTION_CHECKBOX_NAME: [first.pk, second.pk],
        },
    )
    assert Person.objects.count() == 2
    assert client.get(admin_url(Person, "merge", first.pk)).status_code == 403


def test_merge_into_another_from_a_record_page_leads_to_the_same_confirmation(signed_in):
    keep, dupe = PersonFactory(name="Lewis Basford"), PersonFactory(name="L. Basford")
    page = signed_in.get(admin_url(Person, "change", dupe.pk))
    merge_url = admin_url(Person, "merge", dupe.pk)
    assert merge_url in page.content.decode()
    asking = signed_in.get(merge_url)
    assert asking.status_code == 200
    confirmation = signed_in.post(merge_url, {"other": keep.pk})
    assert confirmation.context["stays"] == keep
    done = signed_in.post(admin_url(Person, "changelist"), confirmation_form(confirmation))
    assert done.url == admin_url(Person, "change", keep.pk)
    assert not Person.objects.filter(pk=dupe.pk).exists()


def test_merge_into_another_needs_another(signed_in):
    person = PersonFactory()
    merge_url = admin_url(Person, "merge", person.pk)
    response = signed_in.post(merge_url, {"other": person.pk})
    assert response.status_code == 200
    assert response.context["form"].errors


@pytest.mark.parametrize(
    "factory", [PersonFactory, OrganisationFactory, OperationFactory], ids=lambda f: f.__name__
)
def test_merge_into_another_finds_the_other_by_a_few_letters(signed_in, factory):
    record, other = factory(name="Harbour Lantern"), factory(name="Quayside Beacon")
    page = signed_in.get(admin_url(type(record), "merge", record.pk)).content.decode()
    widget = dict(re.findall(r'data-(app-label|model-name|field-name)="([^"]+)"', page))
    found = signed_in.get(
        reverse("admin:autocomplete"),
        {
            "term": "Quays",
            "app_label": widget["app-label"],
            "model_name": widget["model-name"],
            "field_name": widget["field-name"],
        },
    )
    assert [row["id"] for row in found.json()["results"]] == [str(other.pk)]
