"""What extraction finds in the two seed articles.

Every text here is written for the test; the seed articles are read from fixtures/sources.
"""

from articles.extraction import extract

SEED_RAIDS = "000_7dfbda4164c8c49a.txt"
SEED_CLIPPING = "003_7589ca8339324ffc.txt"


def test_seed_raids_quote_is_one_seven_paragraph_quote_by_the_commander(seed_texts):
    found = extract(seed_texts[SEED_RAIDS])
    [quote] = found.quotes
    assert quote.speaker == "Simon Anslow"
    assert quote.paragraphs == 7
    assert quote.span.text.startswith('"On July 22 following the success of operation Erasure')
    assert quote.span.text.endswith('0800 555111."')
    assert quote.attribution.text == (
        "Chief Inspector Simon Anslow, the Southend district commander said:"
    )
    assert quote.operations == ("Operation Erasure", "Operation Booth")


def test_seed_raids_people_operations_and_organisations(seed_texts):
    found = extract(seed_texts[SEED_RAIDS])
    [anslow] = found.people
    assert (anslow.name, anslow.rank_or_title, anslow.rank_as_printed) == (
        "Simon Anslow",
        "Chief Inspector",
        "Chief Inspector",
    )
    assert anslow.role == "Southend district commander"
    assert anslow.organisation == "Essex Police"
    assert anslow.kind == "official"
    assert [(op.name, [m.text for m in op.mentions]) for op in found.operations] == [
        ("Operation Erasure", ["operation Erasure"]),
        ("Operation Booth", ["Op Booth"]),
    ]
    assert {o.name for o in found.organisations} == {
        "Essex Police",
        "Southend Police Tactical Team",
        "Crimestoppers",
    }


def test_seed_raids_figure_in_headline_and_body_is_one_fact(seed_texts):
    found = extract(seed_texts[SEED_RAIDS])
    assert [(o.metric, o.value, o.qualifier, o.span.text) for o in found.outcomes] == [
        ("arrests", 70, "more than", "More than 70 people have been arrested"),
        ("raids", 2, None, "two raids"),
    ]


def test_seed_clipping_quotes_and_speakers(seed_texts):
    found = extract(seed_texts[SEED_CLIPPING])
    assert [(q.speaker, q.paragraphs) for q in found.quotes] == [
        ("Lewis Basford", 2),
        ("Lewis Basford", 3),
        ("Tony Cox", 3),
    ]
    first = found.quotes[0].span.text
    assert first.startswith("“What we are doing is working ‘top-down’")
    assert all("model of drug dealing" not in q.span.text for q in found.quotes)
    assert all(q.span.text != "“Max”" for q in found.quotes)


def test_seed_clipping_people_with_ranks_roles_and_kinds(seed_texts):
    found = {p.name: p for p in extract(seed_texts[SEED_CLIPPING]).people}
    assert set(found) == {"Lewis Basford", "Tony Cox", "Tyrell Thompson", "Lee Chapman"}
    basford = found["Lewis Basford"]
    assert basford.rank_or_title == "Detective Chief Inspector"
    assert basford.rank_as_printed == "Det Chief Insp"
    assert basford.first.text == "Det Chief Insp Lewis Basford"
    assert found["Tony Cox"].role == "Tory leader of the opposition"
    assert found["Tony Cox"].organisation == "Southend Council"
    assert found["Tony Cox"].kind == "elected_official"
    assert found["Tyrell Thompson"].kind == "defendant"
    assert found["Lee Chapman"].kind == "victim"
    assert [m.text for m in found["Tyrell Thompson"].mentions] == [
        "Tyrell Thompson",
        "Thompson",
        "Thompson",
    ]


def test_seed_clipping_results(seed_texts):
    found = extract(seed_texts[SEED_CLIPPING])
    assert [(o.metric, o.value, o.value_max, o.qualifier) for o in found.outcomes] == [
        ("drug lines seized", 141, None, None),
        ("arrests", 344, None, None),
        ("charges", 212, None, None),
        ("county lines operations reduced", 34, None, None),
        ("sentence", 36, None, "more than"),
        ("sentence", 15, 18, None),
        ("sentence", None, None, "life"),
    ]
    life = found.outcomes[-1]
    assert life.span.text == "jailed for life"
    assert life.person == "Tyrell Thompson"
    assert found.outcomes[5].period == "15 to 18 months"


def test_seed_clipping_has_no_operations(seed_texts):
    assert extract(seed_texts[SEED_CLIPPING]).operations == ()
