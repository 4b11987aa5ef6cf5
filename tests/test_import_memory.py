"""What a run of imports remembers of the records on file: the same decisions as reading them
afresh for every article, forgotten the moment anyone else writes, and people compared only
with those whose names can be theirs."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.importer import import_text, many, on_file
from casefiles.models import Appearance, Operation, Person, PossibleMatch, ReviewStatus
from casefiles.page_scopes import LISTS
from casefiles.versions import bump_scopes
from tests.factories import PersonFactory
from tests.test_import_scale import story

pytestmark = pytest.mark.django_db


def test_a_person_a_journalist_rejects_during_a_run_is_not_named_again(
    django_user_model, django_capture_on_commit_callbacks
):
    journalist = django_user_model.objects.create_user("reporter", is_staff=True)
    with many():
        import_text(story(0), "000.txt", publish=True)
        mara = Person.objects.get(name="Mara Quillfeather")
        with django_capture_on_commit_callbacks(execute=True):
            mara.review(ReviewStatus.REJECTED, journalist)
        import_text(story(1), "001.txt", publish=True)
    assert list(Person.objects.filter(name="Mara Quillfeather")) == [mara]
    assert Appearance.objects.filter(person=mara).count() == 1


def test_what_another_writer_changes_during_a_run_is_read_again():
    with many():
        import_text(story(0), "000.txt", publish=True)
        # Another import (or a script) writes, moving the lists on as every write does.
        Person.objects.filter(name="Mara Quillfeather").update(kind="defendant")
        bump_scopes([LISTS])
        import_text(story(1), "001.txt", publish=True)
    # A defendant on file is not the officer the second article quotes.
    kinds = Person.objects.filter(name="Mara Quillfeather").values_list("kind", flat=True)
    assert sorted(kinds) == ["defendant", "official"]


def test_a_dry_run_leaves_nothing_remembered():
    with many():
        import_text(story(0), "000.txt", publish=True, dry_run=True)
        import_text(story(0), "000.txt", publish=True)
    assert Person.objects.filter(name="Mara Quillfeather").count() == 1


def test_a_name_is_compared_only_with_people_whose_first_name_can_be_its():
    names = ("Ann Smith", "Robert Smith", "Bob Smith", "B. Smith", "R. Smith", "Bob Jones")
    for name in (*names, "Rob Smythe"):
        Person.objects.create(name=name)
    people = on_file.People()
    people.read({"smith"})
    compared = [people.records[pk].name for pk in people.compared_with("Bob Smith", {"smith"})]
    assert compared == ["Robert Smith", "Bob Smith", "B. Smith"]
    assert people.compared_with("Smith", {"smith"}) == []


def test_questions_are_asked_once_a_pair_in_two_queries():
    one, two, three = PersonFactory(), PersonFactory(), PersonFactory()
    PossibleMatch.objects.flag(two, one, "asked before")
    questions = [
        (one, two, "the pair asked before, the other way round"),
        (three, one, "new"),
        (one, three, "the same pair again"),
        (three, two, "new too"),
    ]
    with CaptureQueriesContext(connection) as queries:
        PossibleMatch.objects.flag_all(questions)
    assert len(queries.captured_queries) == 2
    asked = PossibleMatch.objects.values_list("record_id", "candidate_id", "reason")
    assert list(asked) == [
        (two.pk, one.pk, "asked before"),
        (three.pk, one.pk, "new"),
        (three.pk, two.pk, "new too"),
    ]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's commit setting")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_import_commits_without_waiting_for_the_disk_and_nothing_else_does():
    with CaptureQueriesContext(connection) as queries:
        import_text(story(0), "000.txt", publish=True)
    assert "SET LOCAL synchronous_commit TO OFF" in [q["sql"] for q in queries.captured_queries]
    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronous_commit")
        assert cursor.fetchone() == ("on",)


def quoting(name, operation):
    return (
        f"Raids end with arrests\n\nOfficers searched homes as part of {operation}.\n\n"
        f"Detective Inspector {name}, of Wexley Police, said: “We followed every lead.”\n"
    )


def slug_reads(queries):
    return [
        query["sql"]
        for query in queries.captured_queries
        if '"slug" IN (' in query["sql"] or '."slug" FROM' in query["sql"]
    ]


def test_a_run_gives_new_records_free_slugs_without_looking_them_up():
    with many():
        import_text(quoting("Mara Quillfeather", "Operation Tarnfield"), "000.txt", publish=True)
        import_text(quoting("Idris Penhallow", "Operation Hawkmoor"), "001.txt", publish=True)
        with CaptureQueriesContext(connection) as queries:
            third = quoting("Nell Ashcombe", "Operation Larkspur")
            assert import_text(third, "002.txt", publish=True).status == "created"
    assert slug_reads(queries) == []
    assert Person.objects.get(name="Nell Ashcombe").slug == "nell-ashcombe"
    assert Operation.objects.get(name="Operation Larkspur").slug == "operation-larkspur"


def test_a_slug_someone_else_takes_during_a_run_is_not_given_again():
    with many():
        import_text(quoting("Mara Quillfeather", "Operation Tarnfield"), "000.txt", publish=True)
        import_text(quoting("Idris Penhallow", "Operation Hawkmoor"), "001.txt", publish=True)
        Person.objects.create(name="Nell Ashcombe-Price", slug="nell-ashcombe")
        bump_scopes([LISTS])
        third = quoting("Nell Ashcombe", "Operation Larkspur")
        assert import_text(third, "002.txt", publish=True).status == "created"
    assert Person.objects.get(name="Nell Ashcombe").slug == "nell-ashcombe-2"
