"""Re-importing a changed file moves kept records however their passages were reordered."""

import pytest

from articles.importer import import_text
from casefiles.models import Appearance, OperationMention, Outcome, Quote, ReviewStatus
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    OperationMentionFactory,
    OutcomeFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db

# Passages of one length, so that reordering them puts each exactly on another's old span.
PLACES = ("Ashdown", "Brixton", "Croydon", "Dalston")
FACTORIES = {
    Appearance: AppearanceFactory,
    OperationMention: OperationMentionFactory,
    Quote: QuoteFactory,
    Outcome: OutcomeFactory,
}
# Swaps and rotations of two to four records.
ORDERS = [(1, 0), (1, 2, 0), (2, 0, 1), (1, 0, 3, 2), (1, 2, 3, 0), (3, 0, 1, 2), (2, 3, 0, 1)]
# Each kind of journalist's work a re-import keeps.
KEPT_AS = [
    {"review_status": ReviewStatus.VERIFIED},
    {"review_status": ReviewStatus.REJECTED},
    {"edited": True},
    {"review_status": ReviewStatus.VERIFIED, "edited": True},
]


def body(places):
    return "Quiet night in the borough\n\nPatrols walked " + ", ".join(places) + " today.\n"


def kept_records(model, places):
    article = ArticleFactory(source_name="patrols.txt", body=body(places))
    return [
        FACTORIES[model](article=article, passage_text=place, **KEPT_AS[n % len(KEPT_AS)])
        for n, place in enumerate(places)
    ]


@pytest.mark.parametrize("model", list(FACTORIES), ids=lambda model: model.__name__)
@pytest.mark.parametrize("order", ORDERS, ids=str)
def test_kept_records_follow_their_passages_in_any_order(model, order):
    places = PLACES[: len(order)]
    records = kept_records(model, places)
    old_spans = {record.pk: (record.start, record.end) for record in records}
    moved_text = body([places[n] for n in order])

    result = import_text(moved_text, "patrols.txt")

    assert result.status == "updated"
    assert result.relocated == len(order)
    for record in records:
        record.refresh_from_db()
        assert moved_text[record.start : record.end] == record.text
        assert not record.passage_missing
    assert {(r.start, r.end) for r in records} == set(old_spans.values())


@pytest.mark.parametrize("model", list(FACTORIES), ids=lambda model: model.__name__)
def test_a_record_takes_the_span_of_one_whose_passage_is_gone(model):
    records = kept_records(model, PLACES[:2])
    # "Brixton" is gone and "Ashdown" now stands where it stood.
    moved_text = body(["Croydon", "Ashdown"])

    result = import_text(moved_text, "patrols.txt")

    ashdown, brixton = (model.objects.get(pk=record.pk) for record in records)
    assert moved_text[ashdown.start : ashdown.end] == "Ashdown"
    assert brixton.passage_missing
    assert result.passage_missing == 1


def test_two_kept_records_with_one_passage_never_share_its_new_place():
    article = ArticleFactory(source_name="patrols.txt", body=body(["Ashdown", "Ashdown"]))
    first, second = (
        QuoteFactory(
            article=article,
            start=start,
            end=start + 7,
            passage_text="Ashdown",
            review_status=ReviewStatus.VERIFIED,
        )
        for start in (article.body.index("Ashdown"), article.body.rindex("Ashdown"))
    )

    import_text(body(["Brixton", "Ashdown", "Croydon"]), "patrols.txt")

    first.refresh_from_db()
    second.refresh_from_db()
    assert [first.passage_missing, second.passage_missing].count(True) == 1
