"""Importing articles that name the same people, organisations and operations in different
ways: one record per real thing, none shared by two, whatever the order."""

import itertools
import random
from pathlib import Path

import pytest

from articles.importer import import_text
from articles.models import Article
from casefiles.merging import merge
from casefiles.models import (
    Appearance,
    MatchDecision,
    Operation,
    OperationMention,
    Organisation,
    Person,
    PersonKind,
    PossibleMatch,
    ReviewStatus,
)

pytestmark = pytest.mark.django_db

TEXTS = Path(__file__).parent / "texts"
NAMES = sorted(path.name for path in TEXTS.glob("*.txt"))


def import_all(order, *, suffix=""):
    for name in order:
        result = import_text((TEXTS / name).read_text() + suffix, name)
        assert result.status != "failed", result.error


def _orders():
    shuffled = random.Random(8).sample(NAMES, len(NAMES))
    return [NAMES, NAMES[::-1], shuffled, shuffled[::-1]]


def _people(surname):
    return list(Person.objects.filter(surname=surname))


@pytest.mark.parametrize("order", _orders(), ids=["sorted", "reversed", "shuffled", "unshuffled"])
def test_one_record_per_real_thing_in_any_order(order):
    import_all(order)

    [hamer] = _people("hamer")
    articles = set(hamer.appearances.values_list("article__source_name", flat=True))
    assert articles == {n for n in NAMES if n.startswith(("hamer_", "raptor_essex"))}
    assert {hamer.name, *hamer.aliases} == {
        "Michael Hamer",
        "Mike Hamer",
        "Michael J Hamer",
        "Mick Hamer",
    }

    raptors = Operation.objects.filter(name="Operation Raptor").select_related("force")
    assert sorted(op.force.name for op in raptors) == ["Essex Police", "Thames Valley Police"]
    essex = raptors.get(force__name="Essex Police")
    mentioned_in = set(essex.mentions.values_list("article__source_name", flat=True))
    assert mentioned_in == {"raptor_essex.txt", "hamer_mike.txt"}

    coxes = {person.kind: person for person in _people("cox")}
    assert set(coxes) == {PersonKind.ELECTED_OFFICIAL, PersonKind.DEFENDANT}
    [question] = PossibleMatch.objects.of(Person)
    assert {question.record_id, question.candidate_id} == {p.pk for p in coxes.values()}
    assert question.decision == MatchDecision.OPEN

    [unit] = Organisation.objects.filter(name="Serious Violence Unit")
    assert unit.parent.name == "Essex Police"
    assert Organisation.objects.filter(name="Essex Police").count() == 1


def test_no_person_is_created_for_a_surname_alone():
    import_all(NAMES)
    assert not Person.objects.filter(name__in=["Hamer", "Cox", "Cole"]).exists()
    assert all(" " in name for name in Person.objects.values_list("name", flat=True))


def test_every_decision_keeps_its_reason():
    import_all(NAMES)
    mike = Appearance.objects.get(article__source_name="hamer_mike.txt", person__surname="hamer")
    assert "Mike" in mike.resolution and "Michael" in mike.resolution
    assert "Essex Police" in mike.resolution
    defendant = Appearance.objects.get(article__source_name="cox_defendant.txt")
    councillor = Appearance.objects.get(article__source_name="cox_councillor.txt")
    # Whichever came second was told apart from the first, and says why.
    later = max(defendant, councillor, key=lambda appearance: appearance.pk)
    assert later.resolution.startswith("new:")
    mention = OperationMention.objects.filter(article__source_name="raptor_thames.txt").first()
    assert mention.resolution.startswith("new:") and "Thames Valley Police" in mention.resolution


def _counts():
    return (Person.objects.count(), Organisation.objects.count(), Operation.objects.count())


def test_a_reimport_of_changed_texts_creates_nothing():
    import_all(NAMES)
    before = _counts()
    import_all(NAMES, suffix="\nThe investigation continues.\n")
    assert _counts() == before


def test_after_a_merge_a_reimport_brings_no_duplicate_back(django_user_model):
    import_all(["raptor_essex.txt", "hamer_mick.txt"])
    [hamer] = _people("hamer")
    # A journalist had made a second record by hand, then merges it.
    twin = Person.objects.create(name="Michael Hamer (Essex)", kind=PersonKind.OFFICIAL)
    editor = django_user_model.objects.create_user("editor", is_staff=True)
    merge(hamer, [twin], editor)
    before = _counts()
    import_all(NAMES, suffix="\nUpdated.\n")
    import_all(NAMES, suffix="\nUpdated again.\n")
    assert _people("hamer") == [hamer]
    assert _counts()[0] == before[0] + 3  # only the two Tony Coxes and Sarah Cole are new
    assert Person.objects.filter(surname__in=["cox", "cole"]).count() == 3


def test_a_rejected_entity_is_not_created_again(django_user_model):
    import_all(NAMES)
    journalist = django_user_model.objects.create_user("reporter", is_staff=True)
    council = Organisation.objects.get(name="Southend Council")
    cole = Person.objects.get(name="Sarah Cole")
    raptor = Operation.objects.get(name="Operation Raptor", force__name="Thames Valley Police")
    for junk in (council, cole, raptor):
        junk.review(ReviewStatus.REJECTED, journalist)
    import_all(NAMES, suffix="\nMore to follow.\n")
    assert list(Organisation.objects.filter(name="Southend Council")) == [council]
    assert list(Person.objects.filter(name="Sarah Cole")) == [cole]
    assert Operation.objects.filter(name="Operation Raptor").count() == 2
    assert not Appearance.objects.filter(organisation=council).exists()
    assert not Appearance.objects.filter(person=cole).exists()
    assert not OperationMention.objects.filter(operation=raptor).exists()


def test_the_same_set_in_every_order_of_three_gives_the_same_records():
    trio = ["cox_councillor.txt", "cox_defendant.txt", "hamer_initial.txt"]
    shapes = set()
    for order in itertools.permutations(trio):
        Article.objects.all().delete()
        Person.objects.all().delete()
        import_all(order)
        shapes.add(tuple(sorted(Person.objects.values_list("kind", "surname"))))
    assert len(shapes) == 1


def test_units_of_units_are_placed_in_each_other():
    text = (
        "Men charged after Gold Coast robberies\n\nPublished: 4 August 2025\n\n"
        "Detectives from the Coastal Crime Command's Robbery Squad, part of Queensland Police, "
        "arrested two men on Monday.\n"
    )
    result = import_text(text, "robbery.txt")
    assert result.status == "created", result.error
    parents = dict(Organisation.objects.values_list("name", "parent__name"))
    assert parents == {
        "Queensland Police": None,
        "Coastal Crime Command": "Queensland Police",
        "Robbery Squad": "Coastal Crime Command",
    }
