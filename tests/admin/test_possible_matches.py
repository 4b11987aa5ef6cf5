"""The list of the importer's "possibly the same as" questions: open ones first, both records
linked, filtered by answer and kind, answered from the list, never edited by hand."""

import pytest

from casefiles.models import MatchDecision, Operation, Person, PossibleMatch, ReviewStatus
from tests.admin.helpers import admin_url, queries_for
from tests.factories import (
    AppearanceFactory,
    OperationFactory,
    OrganisationFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db

LIST = admin_url(PossibleMatch, "changelist")


@pytest.fixture
def desk(client, journalist):
    client.force_login(journalist)
    return client


def listed(client, **query):
    response = client.get(LIST, query)
    assert response.status_code == 200
    return list(response.context["cl"].result_list)


def ask(record, candidate, reason="Same name"):
    return PossibleMatch.objects.flag(record, candidate, reason)


def test_the_list_shows_open_questions_with_both_records_linked(desk):
    force = OrganisationFactory(name="Kentshire Police")
    new = PersonFactory(name="Mike Hamer")
    known = PersonFactory(name="Michael Hamer", organisation=force)
    open_question = ask(new, known, "First name shortened")
    ask(PersonFactory(), PersonFactory()).decide(MatchDecision.DIFFERENT, None)

    assert listed(desk) == [open_question]
    html = desk.get(LIST).content.decode()
    assert admin_url(Person, "change", new.pk) in html
    assert admin_url(Person, "change", known.pk) in html
    assert "with Kentshire Police" in html
    assert "First name shortened" in html


def test_the_list_filters_by_answer_and_by_kind(desk):
    people = ask(PersonFactory(), PersonFactory())
    operations = ask(OperationFactory(), OperationFactory())
    kept_apart = ask(PersonFactory(), PersonFactory())
    kept_apart.decide(MatchDecision.DIFFERENT, None)

    assert listed(desk, kind="operation") == [operations]
    assert listed(desk, decision=MatchDecision.DIFFERENT) == [kept_apart]
    assert listed(desk, decision="all", kind="person") == [people, kept_apart]


def test_a_record_since_removed_is_named_by_its_number(desk):
    gone = PersonFactory()
    ask(gone, PersonFactory())
    gone_pk = gone.pk
    gone.delete()
    assert f"#{gone_pk} <em>(no longer exists)</em>" in desk.get(LIST).content.decode()


def test_the_list_runs_the_same_queries_for_one_question_and_for_thirty(desk):
    def ask_of_every_kind():
        ask(PersonFactory(organisation=OrganisationFactory()), PersonFactory())
        ask(OrganisationFactory(parent=OrganisationFactory()), OrganisationFactory())
        ask(OperationFactory(), OperationFactory())

    ask_of_every_kind()
    desk.get(LIST)  # warm per-process caches (content types)
    few = queries_for(desk, LIST)
    for _ in range(10):
        ask_of_every_kind()
    assert len(listed(desk)) == 33
    assert queries_for(desk, LIST) == few


def test_a_journalist_reads_a_question_but_nobody_writes_one_by_hand(desk, admin_client):
    question = ask(PersonFactory(name="Mike Hamer"), PersonFactory())
    page = desk.get(admin_url(PossibleMatch, "change", question.pk))
    assert page.status_code == 200
    assert "Mike Hamer" in page.content.decode()
    assert desk.post(admin_url(PossibleMatch, "change", question.pk), {}).status_code == 403
    for client in (desk, admin_client):
        assert client.get(admin_url(PossibleMatch, "add")).status_code == 403
        assert client.get(admin_url(PossibleMatch, "delete", question.pk)).status_code == 403


def run_action(client, action, questions):
    return client.post(
        LIST,
        {"action": action, "_selected_action": [q.pk for q in questions], "index": "0"},
        follow=True,
    )


def test_same_from_the_list_merges_each_pair_into_the_record_that_stays(desk, journalist):
    known = PersonFactory(review_status=ReviewStatus.VERIFIED)
    new = PersonFactory()
    appearance = AppearanceFactory(person=new)
    question = ask(new, known)
    old_op, new_op = OperationFactory(), OperationFactory()
    other = ask(new_op, old_op)

    response = run_action(desk, "same", [question, other])

    assert "2 questions answered." in [str(m) for m in response.context["messages"]]
    appearance.refresh_from_db()
    assert appearance.person == known
    assert not Person.objects.filter(pk=new.pk).exists()
    assert not Operation.objects.filter(pk=new_op.pk).exists()
    question.refresh_from_db()
    assert (question.decision, question.decided_by) == (MatchDecision.SAME, journalist)


def test_different_from_the_list_keeps_each_pair_apart(desk, journalist):
    first, second = PersonFactory(), PersonFactory()
    question = ask(first, second)
    run_action(desk, "different", [question])
    question.refresh_from_db()
    assert (question.decision, question.decided_by) == (MatchDecision.DIFFERENT, journalist)
    assert listed(desk) == []
    assert Person.objects.count() == 2


def test_answering_a_chain_of_questions_follows_the_records_that_stay(desk):
    # Three records asked about in two questions: the first merge moves the second question
    # onto the record that stayed, and the second merge still finds both of its records.
    oldest, middle, newest = PersonFactory(), PersonFactory(), PersonFactory()
    first = ask(middle, oldest)
    second = ask(newest, middle)
    response = run_action(desk, "same", [first, second])
    assert "2 questions answered." in [str(m) for m in response.context["messages"]]
    assert list(Person.objects.all()) == [oldest]


@pytest.mark.parametrize(
    "query",
    [
        {"involving": "99999999999999999999"},
        {"involving": "٣"},
        {"involving": "-1"},
        {"kind": "article"},
        {"decision": "maybe"},
    ],
)
def test_a_filter_value_the_list_cannot_use_is_not_a_server_error(desk, query):
    ask(PersonFactory(), PersonFactory())
    assert desk.get(LIST, query).status_code in {200, 302, 400}


def test_the_list_of_one_records_questions_names_it_in_either_place(desk):
    person = PersonFactory()
    as_new = ask(person, PersonFactory())
    as_known = ask(PersonFactory(), person)
    ask(PersonFactory(), PersonFactory())
    assert listed(desk, kind="person", involving=str(person.pk)) == [as_new, as_known]
