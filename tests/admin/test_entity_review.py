"""New people, organisations and operations in the review queue: what a journalist sees to
decide, verifying and rejecting them, and answering "possibly the same as" questions."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from casefiles.models import (
    Appearance,
    MatchDecision,
    Operation,
    Organisation,
    OrganisationKind,
    Person,
    PersonKind,
    PossibleMatch,
    ReviewStatus,
)
from casefiles.reviewing import staying_and_merged
from tests.admin.helpers import queries_for
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    OperationFactory,
    OperationMentionFactory,
    OrganisationFactory,
    OutcomeFactory,
    PersonFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db

QUEUE = "/admin/review/"


@pytest.fixture
def desk(client, journalist):
    client.force_login(journalist)
    return client


def rows_for(client, record, **query):
    response = client.get(reverse("admin:review-queue"), query)
    assert response.status_code == 200
    return [row for row in response.context["rows"] if row["record"] == record]


def the_row(client, record, **query):
    [row] = rows_for(client, record, **query)
    return row


def aged(record, days):
    type(record).objects.filter(pk=record.pk).update(created=timezone.now() - timedelta(days=days))
    record.refresh_from_db()
    return record


def answer(client, question, decision):
    return client.post(QUEUE, {"question": question.pk, "answer": decision, "next": QUEUE})


def review(client, record, status):
    kind = record._meta.model_name
    return client.post(QUEUE, {"kind": kind, "pk": record.pk, "status": status, "next": QUEUE})


# --- What the queue shows --------------------------------------------------------------------


def test_a_new_person_is_in_the_queue_with_the_passage_that_introduced_them(desk):
    force = OrganisationFactory(name="Kentshire Police")
    person = PersonFactory(name="Lewis Basford", organisation=force)
    appearance = AppearanceFactory(person=person, resolution="First seen in this article")
    AppearanceFactory(person=person)  # a later mention: not the one that introduced them

    row = the_row(desk, person)

    assert row["introduction"] == appearance
    assert "Det Chief Insp Lewis Basford" in row["context"]
    html = desk.get(QUEUE).content.decode()
    assert "new person" in html
    assert "Kentshire Police" in html
    assert "First seen in this article" in html
    assert reverse("admin:articles_article_change", args=[appearance.article_id]) in html
    assert appearance.article.headline in html


def test_verified_and_rejected_entities_are_not_in_the_queue(desk):
    verified = PersonFactory(review_status=ReviewStatus.VERIFIED)
    rejected = OperationFactory(review_status=ReviewStatus.REJECTED)
    assert rows_for(desk, verified) == [] and rows_for(desk, rejected) == []


def test_a_new_organisation_is_introduced_by_a_figure_credited_to_it(desk):
    unit = OrganisationFactory(name="Harbour Unit", kind=OrganisationKind.POLICE_UNIT)
    figure = OutcomeFactory(organisation=unit)
    row = the_row(desk, unit)
    assert row["introduction"] == figure
    assert row["kind"] == "new organisation"


def test_a_new_operation_is_introduced_by_its_first_mention_and_shows_its_force(desk):
    force = OrganisationFactory(name="Fenland Constabulary")
    operation = OperationFactory(name="Operation Lantern", force=force)
    mention = OperationMentionFactory(operation=operation)
    row = the_row(desk, operation)
    assert row["introduction"] == mention
    assert row["belongs_to"] == ("run by", force)


def test_the_queue_shows_each_open_question_with_the_candidate_and_the_reason(desk):
    force = OrganisationFactory(name="Kentshire Police")
    known = PersonFactory(name="Michael Hamer", organisation=force, kind=PersonKind.OFFICIAL)
    known.review(ReviewStatus.VERIFIED, None)
    new = PersonFactory(name="Mike Hamer")
    AppearanceFactory(person=new)
    PossibleMatch.objects.flag(new, known, "Same surname, first name shortened")
    settled = PersonFactory(name="M. Hamer")
    PossibleMatch.objects.flag(new, settled, "Initial only").decide(MatchDecision.DIFFERENT, None)

    row = the_row(desk, new)

    assert [asked["other"] for asked in row["questions"]] == [known]
    html = desk.get(QUEUE).content.decode()
    assert "Michael Hamer" in html
    assert "Same surname, first name shortened" in html
    assert "Official, with Kentshire Police, verified" in " ".join(html.split())
    assert "Initial only" not in html


def test_a_row_shows_a_few_questions_and_links_to_the_rest(desk):
    new = PersonFactory()
    for n in range(7):
        PossibleMatch.objects.flag(new, PersonFactory(), f"Reason {n}")
    row = the_row(desk, new)
    assert len(row["questions"]) == 5
    assert row["more_questions"] == 2
    listed = desk.get(row["questions_url"])
    assert listed.context["cl"].result_count == 7


def test_the_queue_filtered_to_an_article_keeps_the_entities_it_names(desk):
    article = ArticleFactory()
    named_here = PersonFactory()
    AppearanceFactory(person=named_here, article=article)
    elsewhere = PersonFactory()
    AppearanceFactory(person=elsewhere)
    response = desk.get(QUEUE, {"kind": "person", "article": article.pk})
    assert [row["record"] for row in response.context["rows"]] == [named_here]


def test_the_admin_index_counts_new_people_awaiting_review(desk):
    PersonFactory()
    PersonFactory(review_status=ReviewStatus.VERIFIED)
    index = desk.get(reverse("admin:index"))
    summary = {row["name"]: row["count"] for row in index.context["review_summary"]}
    assert summary["people"] == 1


def new_entities_with_questions(count):
    """`count` new people, organisations and operations, each named in an article and each
    possibly the same as a record already known."""
    for _ in range(count):
        force = OrganisationFactory()
        person = PersonFactory(organisation=force)
        AppearanceFactory(person=person, organisation=force)
        QuoteFactory(speaker=person)
        PossibleMatch.objects.flag(person, PersonFactory(organisation=force), "Same surname")
        OutcomeFactory(organisation=force)
        PossibleMatch.objects.flag(force, OrganisationFactory(), "Same town")
        operation = OperationFactory(force=force)
        OperationMentionFactory(operation=operation)
        PossibleMatch.objects.flag(operation, OperationFactory(), "Same code word")


@pytest.mark.parametrize("kind", ["", "person", "organisation", "operation"])
def test_the_queue_runs_the_same_queries_for_one_new_record_and_for_fifty(admin_client, kind):
    url = f"{QUEUE}?kind={kind}"
    new_entities_with_questions(1)
    admin_client.get(url)  # warm per-process caches (content types)
    one = queries_for(admin_client, url)
    new_entities_with_questions(50)
    response = admin_client.get(url)
    assert len(response.context["rows"]) == 50
    assert queries_for(admin_client, url) == one


# --- Verify and reject -----------------------------------------------------------------------


def test_a_journalist_verifies_a_new_person_from_the_queue(desk, journalist):
    person = PersonFactory()
    response = review(desk, person, ReviewStatus.VERIFIED)
    assert response.status_code == 302
    person.refresh_from_db()
    assert (person.review_status, person.reviewed_by) == (ReviewStatus.VERIFIED, journalist)
    assert person.history.latest().history_change_reason == "Marked verified"
    assert rows_for(desk, person) == []


def test_verifying_a_new_record_says_which_questions_about_it_are_still_open(desk):
    person = PersonFactory()
    PossibleMatch.objects.flag(person, PersonFactory(), "Same surname")
    response = desk.post(
        QUEUE, {"kind": "person", "pk": person.pk, "status": "verified", "next": QUEUE}, follow=True
    )
    [message] = [str(m) for m in response.context["messages"]]
    assert message.endswith("1 open question about it remains under Possible matches.")


def test_rejecting_a_junk_person_hides_them_from_readers(desk):
    person = PersonFactory(name="Crown Court Said", kind=PersonKind.OFFICIAL)
    AppearanceFactory(person=person)
    page = person.get_absolute_url()
    assert Client().get(page).status_code == 200

    review(desk, person, ReviewStatus.REJECTED)

    person.refresh_from_db()
    assert person.review_status == ReviewStatus.REJECTED
    assert Client().get(page).status_code == 404
    assert person not in Person.objects.published()
    assert rows_for(desk, person) == []


def test_rejecting_sends_the_records_naming_it_back_unless_a_journalist_verified_them(
    desk, journalist, editor
):
    person = PersonFactory()
    loaded = AppearanceFactory(person=person, review_status=ReviewStatus.VERIFIED)
    checked = AppearanceFactory(person=person)
    checked.review(ReviewStatus.VERIFIED, editor)
    waiting = QuoteFactory(speaker=person)

    response = desk.post(
        QUEUE,
        {"kind": "person", "pk": person.pk, "status": ReviewStatus.REJECTED, "next": QUEUE},
        follow=True,
    )

    loaded.refresh_from_db()
    checked.refresh_from_db()
    waiting.refresh_from_db()
    assert loaded.review_status == ReviewStatus.EXTRACTED
    reason = f"Back to review: the person it names, “{person}”, was rejected"
    assert loaded.history.latest().history_change_reason == reason
    assert loaded.history.latest().history_user == journalist
    assert (checked.review_status, checked.reviewed_by) == (ReviewStatus.VERIFIED, editor)
    assert waiting.review_status == ReviewStatus.EXTRACTED
    [message] = [str(m) for m in response.context["messages"]]
    assert "1 record naming it went back to the review queue." in message
    assert "1 record a journalist verified still names it" in message
    # The records waiting for review say which rejected record they name.
    assert the_row(desk, loaded)["rejected_names"] == [f"person “{person}”"]


def test_rejecting_answers_its_open_questions_different(desk, journalist):
    junk = PersonFactory(name="Crown Court")
    question = PossibleMatch.objects.flag(junk, PersonFactory(name="Crown Courtney"), "Similar")
    response = desk.post(
        QUEUE, {"kind": "person", "pk": junk.pk, "status": "rejected", "next": QUEUE}, follow=True
    )
    question.refresh_from_db()
    assert (question.decision, question.decided_by) == (MatchDecision.DIFFERENT, journalist)
    [message] = [str(m) for m in response.context["messages"]]
    assert message.endswith("1 open question about it answered “different”.")


def test_rejecting_an_operation_sends_its_mentions_back(desk):
    operation = OperationFactory()
    mention = OperationMentionFactory(operation=operation, review_status=ReviewStatus.VERIFIED)
    review(desk, operation, ReviewStatus.REJECTED)
    mention.refresh_from_db()
    assert mention.review_status == ReviewStatus.EXTRACTED
    assert operation not in Operation.objects.published()


def test_only_users_who_may_change_the_record_review_it(client, django_user_model):
    viewer = django_user_model.objects.create_user("viewer", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_person"))
    client.force_login(viewer)
    person = PersonFactory()
    assert review(client, person, ReviewStatus.REJECTED).status_code == 403
    person.refresh_from_db()
    assert person.review_status == ReviewStatus.EXTRACTED


def test_a_review_without_the_forms_csrf_token_is_refused(journalist):
    client = Client(enforce_csrf_checks=True)
    client.force_login(journalist)
    person = PersonFactory()
    assert review(client, person, ReviewStatus.REJECTED).status_code == 403
    person.refresh_from_db()
    assert person.review_status == ReviewStatus.EXTRACTED


# --- Possibly the same as --------------------------------------------------------------------


def test_same_merges_the_new_record_into_the_older_verified_one(desk, journalist):
    known = aged(PersonFactory(name="Michael Hamer"), days=30)
    known.review(ReviewStatus.VERIFIED, None)
    new = PersonFactory(name="Mike Hamer")
    appearance = AppearanceFactory(person=new)
    question = PossibleMatch.objects.flag(new, known, "Same surname")

    response = answer(desk, question, MatchDecision.SAME)

    assert response.status_code == 302
    assert not Person.objects.filter(pk=new.pk).exists()
    appearance.refresh_from_db()
    assert appearance.person == known
    known.refresh_from_db()
    assert "Mike Hamer" in known.aliases
    question.refresh_from_db()
    assert (question.decision, question.decided_by) == (MatchDecision.SAME, journalist)


def test_a_verified_record_stays_over_an_older_one_not_yet_checked():
    older = aged(OrganisationFactory(), days=30)
    newer = OrganisationFactory(review_status=ReviewStatus.VERIFIED)
    rejected = aged(OrganisationFactory(review_status=ReviewStatus.REJECTED), days=60)
    assert staying_and_merged(older, newer) == (newer, older)
    assert staying_and_merged(rejected, older) == (older, rejected)
    assert staying_and_merged(newer, older) == (newer, older)


def test_different_is_remembered_and_not_asked_again(desk, journalist):
    known = PersonFactory(name="Michael Hamer")
    new = PersonFactory(name="Michelle Hamer")
    question = PossibleMatch.objects.flag(new, known, "Same surname")

    answer(desk, question, MatchDecision.DIFFERENT)

    question.refresh_from_db()
    assert (question.decision, question.decided_by) == (MatchDecision.DIFFERENT, journalist)
    assert Person.objects.filter(pk__in=[known.pk, new.pk]).count() == 2
    assert the_row(desk, new)["questions"] == []
    assert PossibleMatch.objects.flag(new, known, "Asked again") is None


def test_a_question_answered_already_is_not_answered_twice(desk):
    question = PossibleMatch.objects.flag(PersonFactory(), PersonFactory(), "Same surname")
    answer(desk, question, MatchDecision.DIFFERENT)
    response = desk.post(
        QUEUE, {"question": question.pk, "answer": MatchDecision.SAME, "next": QUEUE}, follow=True
    )
    assert [str(m) for m in response.context["messages"]][-1] == (
        "This question has been answered already."
    )
    assert Person.objects.count() == 2


def test_only_users_who_may_change_the_kind_answer_its_questions(client, django_user_model):
    viewer = django_user_model.objects.create_user("viewer", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_person"))
    client.force_login(viewer)
    question = PossibleMatch.objects.flag(PersonFactory(), PersonFactory(), "Same surname")
    assert answer(client, question, MatchDecision.SAME).status_code == 403
    assert Person.objects.count() == 2


@pytest.mark.parametrize("value", ["", "abc", "99999999999999999999"])
def test_an_answer_to_no_question_is_refused(desk, value):
    response = desk.post(QUEUE, {"question": value, "answer": MatchDecision.SAME})
    assert response.status_code in {400, 403}


def test_an_answer_that_is_neither_same_nor_different_changes_nothing(desk):
    question = PossibleMatch.objects.flag(PersonFactory(), PersonFactory(), "Same surname")
    answer(desk, question, MatchDecision.OPEN)
    question.refresh_from_db()
    assert question.decision == MatchDecision.OPEN
    assert Appearance.objects.count() == 0 and Person.objects.count() == 2


def test_merging_organisations_whose_units_clash_is_refused_with_the_reason(desk):
    # Each force has a unit of the same name: moving one beside the other breaks the rule that
    # names are unique within a body, so nothing moves.
    known = aged(OrganisationFactory(name="Kentshire Police"), days=30)
    new = OrganisationFactory(name="Kent Police")
    Organisation.objects.create(name="Dog Section", parent=known)
    Organisation.objects.create(name="Dog Section", parent=new)
    question = PossibleMatch.objects.flag(new, known, "Same county")

    response = desk.post(
        QUEUE, {"question": question.pk, "answer": MatchDecision.SAME, "next": QUEUE}, follow=True
    )

    [message] = [str(m) for m in response.context["messages"]]
    assert "cannot be merged" in message
    assert Organisation.objects.filter(pk=new.pk).exists()
    question.refresh_from_db()
    assert question.decision == MatchDecision.OPEN
