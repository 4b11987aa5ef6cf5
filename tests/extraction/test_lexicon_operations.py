"""The operation word lists: every keyword, codename word and naming phrase is read."""

import pytest

from articles.extraction import extract
from articles.extraction.lexicon import operations as lexicon
from articles.extraction.lexicon.operations import (
    CODENAME_WORDS,
    DETERMINERS,
    KNOWN_AS_LEADS,
    NAMING_WORDS,
    OPERATION_KEYWORDS,
)
from tests.extraction.helpers import operations
from tests.extraction.lexicon_checks import unused_exports

_PRINTED = [
    (printed, keyword)
    for keyword in OPERATION_KEYWORDS
    for printed in ({keyword, keyword.removesuffix(".")})
]


@pytest.mark.parametrize(("printed", "keyword"), sorted(_PRINTED))
def test_every_keyword_names_an_operation_of_its_kind(printed, keyword):
    filed_as, kind = OPERATION_KEYWORDS[keyword]
    [op] = extract(f"Officers began {printed} Falcon in May.").operations
    assert (op.name, op.kind) == (f"{filed_as} Falcon", kind)


@pytest.mark.parametrize("word", sorted(CODENAME_WORDS))
def test_every_codename_word_names_an_operation(word):
    assert operations(f"An inquiry {word} Falcon began in May.") == ["Operation Falcon"]


@pytest.mark.parametrize("lead", sorted(KNOWN_AS_LEADS))
@pytest.mark.parametrize("naming", sorted(NAMING_WORDS))
def test_every_campaign_word_and_naming_word_name_a_codename(lead, naming):
    name = "Operation Nightfall" if lead == "operation" else "Nightfall"
    assert operations(f"The {lead}, {naming} as ‘Nightfall’, began in May.") == [name]


@pytest.mark.parametrize("determiner", sorted(DETERMINERS))
def test_a_determiner_makes_operation_a_common_noun(determiner):
    assert operations(f"Officers said {determiner} operation Falcon worked.") == []


def test_every_export_is_read():
    assert unused_exports(lexicon) <= {"Keyword"}
