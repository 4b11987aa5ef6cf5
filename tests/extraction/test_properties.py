"""Whatever the text, extraction never fails and every span points at exactly its text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.extraction import extract
from articles.extraction.headers import parse_source

QUOTE_MARKS = ['"', "'", "“", "”", "‘", "’", "''"]
# Pieces that steer generated text into every path: ranks, names, speech verbs, figures.
PIECES = [
    *QUOTE_MARKS,
    " ",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    ":",
    "said",
    " he said",
    "She added:",
    "Det Supt ",
    "Chief Inspector ",
    "Mr ",
    "Cllr ",
    "Jane Smith",
    "Tom Reed",
    "Smith",
    "Operation Kestrel",
    "Op ",
    "Strike Force ",
    "Essex Police",
    "the Met",
    "Unit",
    "Council",
    "Crown Court",
    "arrested",
    "people",
    "more than ",
    "70+",
    "£8million",
    "2.5kg of cocaine",
    "12 per cent",
    "jailed for life",
    "five years and eight months",
    "Twenty-seven",
    "22 September 2014, 13:03",
    "Published:",
    "By ",
    "known as ",
    "the officer",
    "We",
    "will",
    "x",
    "A",
    "7",
]
texts = st.one_of(
    st.text(alphabet=st.sampled_from([*"aAzZ09 .,:;-\n\"'“”‘’£%/"]), max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=120).map("".join),
)


def all_spans(found):
    src = found.source
    spans = [*src.paragraphs, *src.captions]
    spans += [s for s in (src.headline_span, src.dateline_span, src.standfirst) if s]
    for op in found.operations:
        spans += op.mentions
    for org in found.organisations:
        spans += org.mentions
    for person in found.people:
        spans += [*person.mentions, person.first]
    for quote in found.quotes:
        spans.append(quote.span)
        if quote.attribution:
            spans.append(quote.attribution)
    spans += [o.span for o in found.outcomes]
    return spans


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_extracts_and_every_span_points_at_its_text(text):
    found = extract(text)
    for span in all_spans(found):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_a_quote_stays_within_the_paragraphs_it_counts(text):
    found = extract(text)
    paragraphs = found.source.paragraphs
    for quote in found.quotes:
        inside = [
            n
            for n, p in enumerate(paragraphs)
            if p.start < quote.span.end and quote.span.start < p.end
        ]
        assert inside, "a quote lies in the body"
        assert inside == list(range(inside[0], inside[-1] + 1))
        assert quote.paragraphs == len(inside)
        assert quote.span.end <= paragraphs[inside[-1]].end
        assert quote.speaker is None or quote.speaker in {p.name for p in found.people}


words = st.lists(st.sampled_from(["the", "raid", "was", "quick", "Smith", "officers"]), min_size=1)


@settings(max_examples=200, deadline=None)
@given(
    before=words.map(" ".join),
    mark=st.sampled_from(["“", '"', "‘", "'"]),
    spoken=words.map(" ".join),
    narration=words.map(" ".join),
)
def test_an_unclosed_quote_ends_at_its_paragraph(before, mark, spoken, narration):
    text = f"Police raid\n\nInsp Tom Reed said: {mark}{spoken}\n\n{narration}.\n"
    narration_start = text.index(f"\n\n{narration}.") + 2
    found = extract(text)
    for quote in found.quotes:
        assert quote.span.end <= narration_start
    assert all(q.span.end <= narration_start for q in found.quotes)


@settings(max_examples=100, deadline=None)
@given(texts)
def test_extraction_is_deterministic(text):
    assert extract(text) == extract(text)
    assert parse_source(text) == parse_source(text)
