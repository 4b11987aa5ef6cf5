"""The article text as escaped HTML with its records marked up: paragraphs for the reader, one
block for the admin."""

import re
from html.parser import HTMLParser

from django.utils.html import escape
from hypothesis import given
from hypothesis import strategies as st

from casefiles.highlight import Span, highlight, paragraph_bounds, preview

TAG = re.compile(r"<[^>]*>")


def html_of(body, spans):
    return [p.html for p in highlight(body, spans)]


def test_paragraphs_are_split_on_blank_lines_keeping_offsets():
    body = "Headline\n\nFirst line\nsame paragraph.\n  \n\nLast."
    paragraphs = highlight(body, [])
    assert [body[p.start : p.end] for p in paragraphs] == [
        "Headline",
        "First line\nsame paragraph.",
        "Last.",
    ]


def test_text_is_escaped():
    (html,) = html_of('<script>alert(1)</script> "><img src=x onerror=alert(2)>', [])
    assert html == (
        "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt;"
    )


def test_attribute_values_are_escaped():
    (html,) = html_of("Basford", [Span(0, 7, "person", url='/p/"><script>', label="<b>")])
    assert html == (
        '<a class="hl hl-person" href="/p/&quot;&gt;&lt;script&gt;" title="&lt;b&gt;">Basford</a>'
    )


def test_a_record_inside_another_nests_inside_it():
    body = "He said: we ran Operation Erasure well."
    start = body.index("Operation Erasure")
    spans = [
        Span(start, start + len("Operation Erasure"), "operation", url="/op/"),
        Span(9, len(body), "quote", anchor="quote-1"),
    ]
    assert html_of(body, spans) == [
        'He said: <mark class="hl hl-quote" id="quote-1">we ran '
        '<a class="hl hl-operation" href="/op/">Operation Erasure</a> well.</mark>'
    ]


def test_crossing_records_are_split_at_the_boundary():
    spans = [Span(0, 6, "quote"), Span(3, 9, "outcome")]
    assert html_of("abcdefghij", spans) == [
        '<mark class="hl hl-quote">abc<mark class="hl hl-outcome">def</mark></mark>'
        '<mark class="hl hl-outcome">ghi</mark>j'
    ]


def test_a_link_is_never_put_inside_another_link():
    spans = [Span(0, 10, "outcome", url="/a/"), Span(2, 5, "operation", url="/b/")]
    (html,) = html_of("0123456789", spans)
    assert html == (
        '<a class="hl hl-outcome" href="/a/">01<mark class="hl hl-operation">234</mark>56789</a>'
    )


def test_an_anchor_goes_on_the_first_fragment_only():
    body = "One two\n\nthree four"
    html = html_of(body, [Span(4, 14, "quote", anchor="quote-7")])
    assert html == [
        'One <mark class="hl hl-quote" id="quote-7">two</mark>',
        '<mark class="hl hl-quote">three</mark> four',
    ]


def test_spans_outside_the_text_are_clipped_or_dropped():
    assert html_of("abc", [Span(-4, 1, "quote"), Span(2, 40, "person"), Span(5, 9, "quote")]) == [
        '<mark class="hl hl-quote">a</mark>b<mark class="hl hl-person">c</mark>'
    ]


def test_staff_classes_are_added_to_the_element():
    (html,) = html_of("abc", [Span(0, 3, "quote", classes="hl-rejected")])
    assert html == '<mark class="hl hl-quote hl-rejected">abc</mark>'


# --- Properties -------------------------------------------------------------------------------


class Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.nested_links, self.ids = [], [], 0, []

    def handle_starttag(self, tag, attrs):
        if tag == "a" and "a" in self.stack:
            self.nested_links += 1
        self.ids += [value for name, value in attrs if name == "id"]
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        else:
            self.errors.append(tag)


BODY = st.text(alphabet=st.sampled_from(list("ab <>&\"'\n é")), max_size=60)


@st.composite
def body_and_spans(draw):
    body = draw(BODY)
    limit = len(body) + 3
    span = st.builds(
        Span,
        start=st.integers(-3, limit),
        end=st.integers(-3, limit),
        kind=st.sampled_from(["quote", "person", "operation", "outcome"]),
        url=st.sampled_from(["", "/x/", '/"<y>/']),
        anchor=st.sampled_from(["", "quote-1", "quote-2", "outcome-3"]),
    )
    return body, draw(st.lists(span, max_size=8))


@given(body_and_spans())
def test_any_spans_keep_the_text_and_give_balanced_tags(case):
    body, spans = case
    paragraphs = highlight(body, spans)
    parser = Balance()
    for paragraph in paragraphs:
        assert TAG.sub("", paragraph.html) == escape(body[paragraph.start : paragraph.end])
        parser.feed(paragraph.html)
    assert parser.errors == [] and parser.stack == []
    assert parser.nested_links == 0
    assert len(parser.ids) == len(set(parser.ids))


@given(BODY)
def test_paragraphs_leave_out_only_whitespace(body):
    bounds = paragraph_bounds(body)
    rest, position = [], 0
    for start, end in bounds:
        assert start >= position
        rest.append(body[position:start])
        position = end
    rest.append(body[position:])
    assert "".join(rest).strip() == ""


# --- The admin's article text -----------------------------------------------------------------


class Flat(HTMLParser):
    """Checks that tags nest and collects the text outside the record tags."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open, self.text, self.errors = [], [], []

    def handle_starttag(self, tag, attrs):
        self.open.append((tag, dict(attrs).get("class", "")))

    def handle_endtag(self, tag):
        if not self.open or self.open[-1][0] != tag:
            self.errors.append(tag)
        else:
            self.open.pop()

    def handle_data(self, data):
        if not any("cf-tag" in classes for _, classes in self.open):
            self.text.append(data)


def test_admin_preview_keeps_crossing_and_nested_spans_well_formed():
    body = "Det Supt Smith said Operation Erasure made 70 arrests in Southend."
    spans = [
        Span(0, 40, "quote", url="/q/", label="Quote", status="verified"),
        Span(20, 37, "operation", url="/o/", label="Operation", status="extracted"),
        Span(30, 52, "figure", url="/f/", label="Figure", status="rejected"),
        Span(0, 14, "person", url="/p/", label="Person", status="verified"),
    ]
    markup = Flat()
    markup.feed(preview(body, spans))
    markup.close()
    assert markup.errors == [] and markup.open == []
    assert "".join(markup.text) == body


def test_admin_preview_strikes_rejected_passages_and_tags_each_record_by_kind():
    html = preview(
        "Operation Erasure made 70 arrests.",
        [
            Span(0, 17, "operation", url="/o/", label="Operation: Erasure", status="verified"),
            Span(23, 33, "figure", url="/f/", label="Figure: 70 arrests", status="rejected"),
        ],
    )
    assert '<mark class="cf-hl cf-hl-figure cf-hl-rejected"' in html
    assert '<a class="cf-tag cf-tag-operation" href="/o/"' in html


def test_admin_preview_shows_the_narrowest_record_that_is_not_rejected():
    spans = [
        Span(0, 10, "quote", label="Q", status="verified"),
        Span(2, 5, "operation", label="O", status="rejected"),
    ]
    assert preview("0123456789", spans) == (
        '<mark class="cf-hl cf-hl-quote cf-hl-verified" title="Q">01</mark>'
        '<mark class="cf-hl cf-hl-quote cf-hl-verified cf-hl-overlap" title="Q\nO">234</mark>'
        '<mark class="cf-hl cf-hl-quote cf-hl-verified" title="Q">56789</mark>'
    )


def test_admin_preview_escapes_text_and_attributes():
    spans = [Span(3, 10, "person", url='/p/"><x>', label="<i>", status="verified")]
    html = preview("<b>Basford</b>", spans)
    assert html == (
        '&lt;b&gt;<a class="cf-tag cf-tag-person" href="/p/&quot;&gt;&lt;x&gt;" '
        'title="&lt;i&gt;">person</a>'
        '<mark class="cf-hl cf-hl-person cf-hl-verified" title="&lt;i&gt;">Basford</mark>&lt;/b&gt;'
    )


@given(body_and_spans())
def test_admin_preview_of_any_spans_keeps_the_text_and_gives_balanced_tags(case):
    body, spans = case
    markup = Flat()
    markup.feed(preview(body, spans))
    markup.close()
    assert markup.errors == [] and markup.open == []
    assert "".join(markup.text) == body
