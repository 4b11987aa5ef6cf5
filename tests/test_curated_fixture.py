import pytest
from django.core.management import call_command

from casefiles.models import (
    Appearance,
    CaseFile,
    Operation,
    OperationMention,
    Outcome,
    Quote,
    ReviewStatus,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def curated(seed_paths):
    call_command("import_articles", "--publish", *map(str, seed_paths), verbosity=0)
    call_command("loaddata", "casefiles", verbosity=0)


def test_curated_case_files_load_onto_the_imported_seeds(curated):
    titles = set(CaseFile.objects.published().values_list("title", flat=True))
    assert {"Southend drug raids, 2014", "Essex county lines crackdown"} <= titles
    booth = Operation.objects.get(slug="operation-booth")
    assert booth.follows.slug == "operation-erasure"
    chains = Operation.objects.filter(slug__startswith="operation-").phase_chains()
    assert ["Operation Erasure", "Operation Booth"] in [[op.name for op in c] for c in chains]


def test_curated_records_are_verified_and_still_point_at_their_text(curated):
    for model in (Appearance, OperationMention, Quote, Outcome):
        records = model.objects.select_related("article")
        assert records.exists()
        assert not records.exclude(review_status=ReviewStatus.VERIFIED).exists()
        for record in records:
            assert record.article.body[record.start : record.end] == record.text


def test_loading_the_curated_files_twice_changes_nothing(curated):
    counts = [model.objects.count() for model in (CaseFile, Operation, Quote, Outcome)]
    call_command("loaddata", "casefiles", verbosity=0)
    assert [model.objects.count() for model in (CaseFile, Operation, Quote, Outcome)] == counts


def test_curated_people_keep_their_surnames_as_names_are_compared(curated):
    from casefiles.models import Person
    from casefiles.models.people import surnames_of

    for person in Person.objects.all():
        assert (person.surname, person.alias_surname) == surnames_of(person)
