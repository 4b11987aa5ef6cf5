"""Rows written by `casefiles.inserts` are the rows `bulk_create` and `bulk_update` write."""

import threading

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from casefiles import inserts
from casefiles.models import Appearance, Operation, Person, PossibleMatch, ReviewStatus
from tests.factories import ArticleFactory, OperationFactory, OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db

WRITTEN_AT = {"id", "slug", "created", "modified"}


def stored(model, pks):
    """The rows of `pks` as the database holds them, less their ids and write times."""
    names = [f.attname for f in model._meta.concrete_fields if f.attname not in WRITTEN_AT]
    rows = model.objects.filter(pk__in=pks).order_by("pk").values_list(*names)
    return [tuple(row) for row in rows]


def people(force, prefix, copy):
    return [
        Person(
            name=f"{prefix} Quillon",
            slug=f"{prefix}-quillon-{copy}",
            aliases=[f"{prefix[0]}. Quillon", "Q"],
            kind="officer",
            organisation=force,
            review_status=ReviewStatus.VERIFIED,
            notes="Named “twice”; once as ‘Q’.",
        ),
        Person(name=f"{prefix} Dunmore", slug=f"{prefix}-dunmore-{copy}"),
    ]


def test_inserted_rows_are_those_bulk_create_writes():
    force = OrganisationFactory()
    by_django = Person.objects.bulk_create(people(force, "Ada", 1))
    inserted = inserts.insert(people(force, "Ada", 2))
    assert stored(Person, [p.pk for p in inserted]) == stored(Person, [p.pk for p in by_django])


def test_inserted_records_have_their_ids_and_times_and_are_on_file():
    article = ArticleFactory()
    person = PersonFactory()
    records = [
        Appearance(article=article, person=person, start=n, end=n + 3, text="abc")
        for n in range(0, 30, 10)
    ]
    inserts.insert(records)
    on_file = list(Appearance.objects.order_by("pk"))
    assert [r.pk for r in records] == [r.pk for r in on_file]
    assert [r.created for r in records] == [r.created for r in on_file]
    assert all(not r._state.adding and r.created is not None for r in records)


def test_more_rows_than_one_statement_takes_are_all_written_in_order():
    article, person = ArticleFactory(), PersonFactory()
    many = [
        Appearance(article=article, person=person, start=n, end=n + 1, text="a")
        for n in range(3000)
    ]
    inserts.insert(many)
    assert [r.start for r in Appearance.objects.order_by("pk")] == list(range(3000))
    assert [r.pk for r in many] == list(
        Appearance.objects.order_by("pk").values_list("pk", flat=True)
    )


def test_rows_are_inserted_from_any_thread_the_site_serves_from():
    # Another thread (a server's) writes first, with the connection it has of its own: its
    # record is refused before it reaches the database, once its table's insert is worked out.
    inserts._table.cache_clear()
    refused = []

    def another_thread():
        try:
            inserts.insert([Person(name="Ada Quillon", organisation=OrganisationFactory.build())])
        except ValueError as exc:
            refused.append(exc)

    thread = threading.Thread(target=another_thread)
    thread.start()
    thread.join()
    assert refused
    inserts.insert([Person(name="Ada Quillon", slug="ada-quillon")])
    assert Person.objects.filter(slug="ada-quillon").exists()


def test_a_row_on_file_is_not_inserted_again():
    with pytest.raises(ValueError, match="on file already"):
        inserts.insert([PersonFactory()])


def test_a_record_pointing_at_one_not_yet_written_is_refused():
    with pytest.raises(ValueError):
        inserts.insert([Person(name="Ada Quillon", organisation=OrganisationFactory.build())])


def test_updated_fields_are_those_bulk_update_writes_and_no_others():
    force = OrganisationFactory()
    mine = OperationFactory(name="Operation Quill")
    theirs = OperationFactory(name="Operation Quilt")
    modified = mine.modified
    for operation in (mine, theirs):
        operation.aliases, operation.force, operation.summary = ["Op Quill", "QUILL"], force, "x"
    Operation.objects.bulk_update([theirs], ["aliases", "force"])
    inserts.update([mine], ["aliases", "force"])
    name = [f.attname for f in Operation._meta.concrete_fields if f.attname not in WRITTEN_AT]
    without_name = [n for n, attname in enumerate(name) if attname != "name"]
    rows = [[row[n] for n in without_name] for row in stored(Operation, [mine.pk, theirs.pk])]
    assert rows[0] == rows[1]
    on_file = Operation.objects.get(pk=mine.pk)
    assert (on_file.aliases, on_file.force, on_file.summary) == (["Op Quill", "QUILL"], force, "")
    assert on_file.modified == modified


def test_questions_about_records_just_written_need_no_look_up():
    one, two = PersonFactory(), PersonFactory()
    PossibleMatch.objects.flag(two, one, "asked before")
    new = inserts.insert([Person(name="Ada Quillon", slug="ada-quillon")])[0]
    with CaptureQueriesContext(connection) as queries:
        PossibleMatch.objects.flag_all([(new, one, "new"), (one, new, "again")], new=[new])
    assert len(queries.captured_queries) == 1  # the question's row
    with CaptureQueriesContext(connection) as queries:
        PossibleMatch.objects.flag_all([(one, two, "asked"), (new, two, "new")], new=[new])
    assert len(queries.captured_queries) == 2  # the pairs asked already, then the new one
    asked = PossibleMatch.objects.values_list("record_id", "candidate_id")
    assert sorted(asked) == sorted([(two.pk, one.pk), (new.pk, one.pk), (new.pk, two.pk)])


def test_nothing_to_write_writes_nothing():
    with CaptureQueriesContext(connection) as queries:
        assert inserts.insert([]) == []
        inserts.update([], ["name"])
    assert not queries.captured_queries


def test_a_record_built_with_new_is_the_one_its_model_builds(django_assert_num_queries):
    article, person = ArticleFactory(), PersonFactory()
    values = {"article": article, "start": 4, "end": 12, "text": "DI Quill", "person": person}
    built, made = inserts.new(Appearance, **values), Appearance(**values)
    assert [getattr(built, f.attname) for f in Appearance._meta.concrete_fields] == [
        getattr(made, f.attname) for f in Appearance._meta.concrete_fields
    ]
    with django_assert_num_queries(0):  # the records it points at kept on it, as assigned
        assert (built.article, built.person, built.organisation) == (article, person, None)
    # A default made afresh for each record is not shared between two.
    assert inserts.new(Person, name="A").aliases is not inserts.new(Person, name="B").aliases


def test_new_refuses_a_field_its_model_has_not():
    with pytest.raises(TypeError, match="no field persn"):
        inserts.new(Appearance, start=1, persn=None)
