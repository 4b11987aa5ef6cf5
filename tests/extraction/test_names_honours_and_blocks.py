"""Names printed with honours of other countries, a retired general's rank, four-word names
named again by their given names, names set off after a noun for a person, and names on a
line of their own above their role in a signature or contact block."""

import pytest

from tests.extraction.helpers import people


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "State narcotics chief Comm Datuk Ali Rahman Mohd Yusof said six were held.",
            "Ali Rahman Mohd Yusof",
            "Commissioner",
        ),
        ("Tan Sri Hamid Osman praised the raid team on Friday.", "Hamid Osman", None),
        (
            "The district chief, Supt Dato' Sri Lim Kok Wah, said more would follow.",
            "Lim Kok Wah",
            "Superintendent",
        ),
        (
            "The chairman, Brig. Gen. Sani Bello Danjuma (Rtd) praised the officers.",
            "Sani Bello Danjuma",
            "Brigadier General",
        ),
        (
            "Hale County Prosecuting Attorney Jo Amos announced charges today.",
            "Jo Amos",
            "Prosecuting Attorney",
        ),
    ],
)
def test_an_honour_or_a_retired_rank_is_no_part_of_the_name(text, name, title):
    found = people(text)
    assert found[name].rank_or_title == title


def test_a_four_word_name_is_named_again_by_its_given_names():
    found = people(
        "Comm Datuk Ali Rahman Mohd Yusof said six were held.\n\n"
        "Ali Rahman said the drugs were bound for ports.\n\n"
        "Datuk Ali Rahman said more raids would come."
    )
    assert list(found) == ["Ali Rahman Mohd Yusof"]
    assert len(found["Ali Rahman Mohd Yusof"].mentions) == 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officers held a 41-year-old passenger, Ifeanyi Okafor-Eze, at the airport.",
            "Ifeanyi Okafor-Eze",
        ),
        ("The driver, Tom Vance, fled on foot before he was caught.", "Tom Vance"),
        (
            "Media contact:\nKim Ross\nCommunications Director, Hale County Office\n(417) 555-0100",
            "Kim Ross",
        ),
        (
            "Other news.\n\nAda Obi-Eze\nDirector, Media & Advocacy\nHeadquarters, Abuja",
            "Ada Obi-Eze",
        ),
    ],
)
def test_a_name_set_off_after_a_person_noun_or_above_a_role_is_a_person(text, name):
    assert name in people(text)


def test_a_name_alone_on_a_line_without_a_role_under_it_is_not_read_as_a_person():
    assert "Harbour Lane" not in people("Road closures:\nHarbour Lane\nMill Street and others")


def test_a_signature_s_title_on_the_line_below_is_the_person_s():
    found = people("Other news.\n\nAda Obi-Eze\nDirector, Media & Advocacy\nHeadquarters, Abuja")
    assert found["Ada Obi-Eze"].rank_or_title == "Director"


def test_a_title_s_portfolio_before_a_name_is_no_person():
    found = people("Border Commander Enforcement Operations, Kim Ross, said the find was big.")
    assert list(found) == ["Kim Ross"]
