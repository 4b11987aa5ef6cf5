"""Merging duplicates: everything moves to the record that stays, in one transaction."""

import pytest
from django.contrib.auth.models import User

from casefiles.merging import MergeError, merge, plan
from casefiles.models import (
    FormerSlug,
    MatchDecision,
    Operation,
    Organisation,
    Person,
    PossibleMatch,
)
from tests.factories import (
    AppearanceFactory,
    CaseFileFactory,
    OperationFactory,
    OperationMentionFactory,
    OrganisationFactory,
    OutcomeFactory,
    PersonFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return User.objects.create_user("merger", is_staff=True)


def test_merging_people_moves_appearances_quotes_figures_and_case_files(editor):
    keep = PersonFactory(name="Michael Hamer")
    dupe = PersonFactory(name="Mike Hamer", aliases=["M. Hamer"])
    appearance = AppearanceFactory(person=dupe)
    quote = QuoteFactory(speaker=dupe)
    figure = OutcomeFactory(person=dupe, metric="sentence")
    shared, own = CaseFileFactory(), CaseFileFactory()
    shared.people.set([keep, dupe])
    own.people.set([dupe])

    moves = {move.label: move.count for move in plan(keep, [dupe])}
    assert moves["quotes (speaker)"] == 1
    assert moves["case files"] == 2

    merge(keep, [dupe], editor)

    assert not Person.objects.filter(pk=dupe.pk).exists()
    appearance.refresh_from_db()
    quote.refresh_from_db()
    figure.refresh_from_db()
    assert appearance.person == keep and quote.speaker == keep and figure.person == keep
    assert list(shared.people.all()) == [keep]
    assert list(own.people.all()) == [keep]
    keep.refresh_from_db()
    assert keep.aliases == ["Mike Hamer", "M. Hamer"]
    assert FormerSlug.objects.current_slug(Person, dupe.slug) == keep.slug
    newest = keep.history.first()
    assert newest.history_change_reason == f"Merged Mike Hamer (#{dupe.pk})"
    assert newest.history_user == editor


def test_merging_organisations_moves_units_people_and_operations(editor):
    keep = OrganisationFactory(name="Essex Police")
    dupe = OrganisationFactory(name="Essex Constabulary")
    unit = OrganisationFactory(name="Serious Violence Unit", parent=dupe)
    person = PersonFactory(organisation=dupe)
    operation = OperationFactory(force=dupe)
    merge(keep, [dupe], editor)
    for record in (unit, person, operation):
        record.refresh_from_db()
    assert unit.parent == keep and person.organisation == keep and operation.force == keep
    assert Organisation.objects.get(pk=keep.pk).aliases == ["Essex Constabulary"]


def test_merging_a_force_with_its_own_unit_leaves_it_without_a_parent(editor):
    force = OrganisationFactory(name="Essex Police")
    unit = OrganisationFactory(name="Essex Police Unit", parent=force)
    merge(unit, [force], editor)
    unit.refresh_from_db()
    assert unit.parent is None


def test_merging_operations_moves_mentions_quotes_and_phases(editor):
    keep = OperationFactory(name="Operation Raptor")
    dupe = OperationFactory(name="Op Raptor", force=keep.force)
    later = OperationFactory(name="Operation Raptor II", follows=dupe)
    mention = OperationMentionFactory(operation=dupe)
    quote = QuoteFactory(operations=[keep, dupe])
    merge(keep, [dupe], editor)
    mention.refresh_from_db()
    later.refresh_from_db()
    assert mention.operation == keep and later.follows == keep
    assert list(quote.operations.all()) == [keep]


def test_open_questions_between_merged_records_are_answered(editor):
    keep, dupe, other = (PersonFactory(name=n) for n in ("Tony Cox", "Tony Cox", "Anthony Cox"))
    answered = PossibleMatch.objects.flag(dupe, keep, "same name")
    moved = PossibleMatch.objects.flag(other, dupe, "short form of the first name")
    merge(keep, [dupe], editor)
    answered.refresh_from_db()
    moved.refresh_from_db()
    assert answered.decision == MatchDecision.SAME
    assert (moved.record_id, moved.candidate_id) == (other.pk, keep.pk)
    assert moved.decision == MatchDecision.OPEN


def test_a_merge_that_fails_changes_nothing(editor, monkeypatch):
    keep, dupe = PersonFactory(), PersonFactory()
    dupe_pk = dupe.pk
    quote = QuoteFactory(speaker=dupe)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(FormerSlug.objects, "remember", broken)
    with pytest.raises(RuntimeError):
        merge(keep, [dupe], editor)
    quote.refresh_from_db()
    assert quote.speaker_id == dupe_pk
    assert Person.objects.filter(pk=dupe_pk).exists()


def test_records_of_different_kinds_or_one_record_cannot_be_merged(editor):
    person = PersonFactory()
    with pytest.raises(MergeError):
        merge(person, [person], editor)
    with pytest.raises(MergeError):
        merge(person, [OperationFactory()], editor)


def test_a_renamed_record_keeps_its_old_address():
    operation = OperationFactory(name="Operation Raptor")
    old = operation.slug
    operation = Operation.objects.get(pk=operation.pk)
    operation.name = "Operation Raptor (Essex)"
    operation.save()
    assert operation.slug == "operation-raptor-essex"
    assert FormerSlug.objects.current_slug(Operation, old) == operation.slug


def test_a_slug_edited_with_the_name_is_kept_and_the_old_one_remembered():
    person = Person.objects.get(pk=PersonFactory(name="Lewis Basford").pk)
    person.name = "Lewis Basford QPM"
    person.slug = "lewis-basford-essex"
    person.save()
    assert person.slug == "lewis-basford-essex"
    assert FormerSlug.objects.current_slug(Person, "lewis-basford") == "lewis-basford-essex"


def test_an_address_never_used_leads_nowhere():
    assert FormerSlug.objects.current_slug(Person, "nobody") is None
