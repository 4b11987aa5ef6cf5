"""The importer stores which rule found each record and how sure it was, and a re-import
refreshes both only on records no journalist has touched."""

from dataclasses import replace

import pytest

import articles.importer
from articles.extraction import extract
from articles.importer import import_text
from casefiles.models import Appearance, OperationMention, Outcome, Quote, ReviewStatus

pytestmark = pytest.mark.django_db

TEXT = (
    "Police seize cannabis in town raid\n\n"
    "Officers working on Operation Larkspur arrested 12 people on Tuesday.\n\n"
    "“We will not tolerate dealing on our streets,” said Detective Inspector Jane Holloway.\n"
)
# Each kind of record, by the extraction's field that holds it.
KINDS = {
    Appearance: "people",
    OperationMention: "operations",
    Quote: "quotes",
    Outcome: "outcomes",
}


def extracting_with(monkeypatch, rule, confidence):
    """Make the importer's extraction say `rule` and `confidence` of every record."""

    def extract_saying(text, **kwargs):
        extraction = extract(text, **kwargs)
        changes = {
            field: tuple(
                record._replace(rule=f"{rule}-{field}", confidence=confidence)
                for record in getattr(extraction, field)
            )
            for field in KINDS.values()
        }
        return replace(extraction, **changes)

    monkeypatch.setattr(articles.importer, "extract", extract_saying)


@pytest.mark.parametrize("model", list(KINDS), ids=lambda model: model.__name__)
def test_each_record_stores_the_rule_that_found_it_and_how_sure_it_was(monkeypatch, model):
    extracting_with(monkeypatch, "test-rule", 0.42)
    import_text(TEXT, "raid.txt")
    records = list(model.objects.all())
    assert records
    for record in records:
        assert (record.extraction_rule, record.confidence) == (
            f"test-rule-{KINDS[model]}",
            0.42,
        )


def test_a_confidence_out_of_range_is_stored_within_it(monkeypatch):
    extracting_with(monkeypatch, "test-rule", 1.7)
    import_text(TEXT, "raid.txt")
    assert set(Quote.objects.values_list("confidence", flat=True)) == {1.0}


def test_a_reimport_refreshes_the_records_the_importer_still_owns(monkeypatch):
    extracting_with(monkeypatch, "first", 0.4)
    import_text(TEXT, "raid.txt")
    extracting_with(monkeypatch, "second", 0.8)
    import_text(TEXT, "raid.txt", reextract=True)
    assert set(Quote.objects.values_list("extraction_rule", "confidence")) == {
        ("second-quotes", 0.8)
    }


@pytest.mark.parametrize(
    "journalists_work",
    [{"review_status": ReviewStatus.VERIFIED}, {"edited": True}],
    ids=["verified", "edited"],
)
def test_a_reimport_leaves_a_journalists_record_as_it_was(monkeypatch, journalists_work):
    extracting_with(monkeypatch, "first", 0.4)
    import_text(TEXT, "raid.txt")
    quote = Quote.objects.get()
    Quote.objects.filter(pk=quote.pk).update(**journalists_work)
    before = Quote.objects.filter(pk=quote.pk).values().get()
    extracting_with(monkeypatch, "second", 0.8)
    import_text(TEXT + "\nInquiries continue.\n", "raid.txt")
    assert Quote.objects.filter(pk=quote.pk).values().get() == before
    # The records the importer still owns took the new extraction's word.
    assert set(Outcome.objects.values_list("extraction_rule", "confidence")) == {
        ("second-outcomes", 0.8)
    }
