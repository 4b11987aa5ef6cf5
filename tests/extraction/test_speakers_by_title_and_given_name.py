"""Speakers named by a title alone or by their given name alone, and bodies' words that are
no person's name before "He said:"."""

from tests.extraction.helpers import speakers


def test_a_speaker_named_by_the_title_alone_is_the_person_who_holds_it():
    text = (
        "Head\n\nThe appeal was brought by the Solicitor General, Ann Bell KC MP, last week.\n\n"
        'Speaking after the hearing, the Solicitor General said: "Lines like this bring misery."'
    )
    assert speakers(text) == ["Ann Bell"]


def test_a_director_named_before_is_the_director_who_speaks():
    text = (
        "Head\n\nKim Ross, the agency's Director of Intelligence, spoke in Lyon.\n\n"
        '"The routes have moved," the director said.'
    )
    assert speakers(text) == ["Kim Ross"]


def test_a_speaker_named_by_the_given_name_alone_is_the_one_person_it_opens():
    text = (
        "Head\n\nState police chief Comm Datuk Ali Hassan, who was present, said arrests rose.\n\n"
        '"We will not allow our ports to be used," Ali said.'
    )
    assert speakers(text) == ["Ali Hassan"]


def test_a_given_name_two_people_share_is_nobody_s_in_particular():
    text = (
        "Head\n\nAli Hassan and Ali Rahman were charged on Monday.\n\n"
        '"It is a good result," Ali said.'
    )
    assert speakers(text) != ["Ali Hassan"]


def test_a_corps_or_a_security_service_is_no_speaker_before_he_said():
    text = (
        "Head\n\nThe raid was led by Bola Ade-Okun, with support from the Northern Security "
        "and Civil Defence Corps.\n\n"
        'He said: "My officers walked for hours."'
    )
    assert speakers(text) == ["Bola Ade-Okun"]
