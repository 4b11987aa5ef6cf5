"""The decisions: candidates in, the record a name is (or a new one) and why out."""

from articles.extraction.vocabulary import PersonKind
from articles.identity import operations, organisations, people

OFFICIAL, ELECTED = PersonKind.OFFICIAL, PersonKind.ELECTED_OFFICIAL
DEFENDANT, VICTIM, PUBLIC = PersonKind.DEFENDANT, PersonKind.VICTIM, PersonKind.MEMBER_OF_PUBLIC
ESSEX = frozenset({"Essex Police"})


def person(
    key, name, kind=OFFICIAL, organisations=frozenset(), ages=(), verified=False, aliases=()
):
    return people.Candidate(key, (name, *aliases), kind, organisations, frozenset(ages), verified)


# --- People ----------------------------------------------------------------------------------


def test_a_short_form_of_the_first_name_in_the_same_force_is_the_same_officer():
    decision = people.resolve(
        people.Mention("Mike Hamer", OFFICIAL, ESSEX),
        [person(1, "Michael Hamer", organisations=ESSEX)],
    )
    assert decision.match == 1
    assert "Mike" in decision.reason and "Essex Police" in decision.reason
    assert decision.possible == ()


def test_an_alias_on_file_is_matched():
    decision = people.resolve(
        people.Mention("Mick Hamer", OFFICIAL), [person(1, "M. J. Hamer", aliases=("Mick Hamer",))]
    )
    assert decision.match == 1


def test_a_councillor_is_not_a_teenage_defendant_of_the_same_name():
    councillor = person(1, "Tony Cox", ELECTED, frozenset({"Southend Council"}))
    decision = people.resolve(people.Mention("Tony Cox", DEFENDANT, age=19), [councillor])
    assert decision.match is None
    assert decision.possible == (1,)
    assert "defendant" in decision.reason and "elected official" in decision.reason


def test_a_different_organisation_contradicts_the_name():
    decision = people.resolve(
        people.Mention("Sarah Cole", OFFICIAL, frozenset({"Kent Police"})),
        [person(1, "Sarah Cole", organisations=ESSEX)],
    )
    assert decision.match is None and decision.possible == (1,)
    assert "Kent Police here, Essex Police on file" in decision.reason


def test_ages_far_apart_contradict_and_close_ones_do_not():
    on_file = [person(1, "Dean Price", DEFENDANT, ages=(19,))]
    assert people.resolve(people.Mention("Dean Price", DEFENDANT, age=21), on_file).match == 1
    far = people.resolve(people.Mention("Dean Price", DEFENDANT, age=45), on_file)
    assert far.match is None and "aged 45" in far.reason


def test_a_victim_may_be_a_witness_elsewhere():
    on_file = [person(1, "Lee Chapman", VICTIM)]
    assert people.resolve(people.Mention("Lee Chapman", PUBLIC), on_file).match == 1


def test_among_several_the_one_with_the_organisation_wins_and_the_rest_are_questioned():
    on_file = [person(1, "Tony Cox"), person(2, "Tony Cox", organisations=ESSEX)]
    decision = people.resolve(people.Mention("Tony Cox", OFFICIAL, ESSEX), on_file)
    assert decision.match == 2 and decision.possible == (1,)


def test_no_compatible_name_is_a_new_person():
    decision = people.resolve(people.Mention("Sarah Cole", OFFICIAL), [person(1, "Simon Cole")])
    assert decision == people.Decision(None, "new: no one on file by a compatible name")


# --- Operations ------------------------------------------------------------------------------


def op(key, force):
    return operations.Candidate(key, "Operation Raptor", force)


def test_another_forces_operation_of_the_same_name_is_a_different_one():
    decision = operations.resolve(
        operations.Mention("Operation Raptor", "thames valley police"), [op(1, "essex police")]
    )
    assert decision.match is None and "thames valley police" in decision.reason


def test_the_same_force_matches_and_a_record_without_a_force_is_adopted():
    mention = operations.Mention("Operation Raptor", "essex police")
    assert operations.resolve(mention, [op(1, "kent police"), op(2, "essex police")]).match == 2
    assert operations.resolve(mention, [op(1, None)]).match == 1


def test_no_force_given_matches_the_only_record_unless_the_article_names_another_force():
    assert (
        operations.resolve(
            operations.Mention("Operation Raptor", None), [op(1, "essex police")]
        ).match
        == 1
    )
    elsewhere = operations.Mention("Operation Raptor", None, frozenset({"kent police"}))
    decision = operations.resolve(elsewhere, [op(1, "essex police")])
    assert decision.match is None and decision.possible == (1,)


def test_no_force_given_and_several_on_file_is_left_for_a_journalist_unless_one_is_named():
    on_file = [op(1, "essex police"), op(2, "thames valley police")]
    unclear = operations.resolve(operations.Mention("Operation Raptor", None), on_file)
    assert unclear.match is None and unclear.possible == (1, 2)
    named = operations.Mention("Operation Raptor", None, frozenset({"thames valley police"}))
    assert operations.resolve(named, on_file).match == 2


# --- Organisations ---------------------------------------------------------------------------


def body(key, parent):
    return organisations.Candidate(key, "Serious Violence Unit", parent)


def test_a_unit_is_its_forces_own():
    mention = organisations.Mention("serious violence unit", "kent police")
    assert organisations.resolve(mention, [body(1, "essex police")]).match is None
    assert (
        organisations.resolve(mention, [body(1, "essex police"), body(2, "kent police")]).match == 2
    )
    assert organisations.resolve(mention, [body(1, None)]).match == 1


def test_a_unit_named_without_its_force():
    mention = organisations.Mention("serious violence unit", None, frozenset({"kent police"}))
    assert organisations.resolve(mention, [body(1, "essex police")]).match == 1
    both = [body(1, "essex police"), body(2, "kent police")]
    assert organisations.resolve(mention, both).match == 2
    unclear = organisations.resolve(organisations.Mention("serious violence unit", None), both)
    assert unclear.match is None and unclear.possible == (1, 2)
