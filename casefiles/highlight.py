"""An article's verbatim text as paragraphs of HTML, with extracted passages marked up.

Pure: it takes the body and a list of spans (character offsets into the body) and returns
paragraphs whose HTML is built from escaped text only. Spans may overlap or nest (a quote holds
an operation mention and a figure); where two spans cross, the later one is split at the
boundary so the elements nest properly, and an element id goes on the first fragment only.
A link never contains another link: a span that would open inside a link is marked, not linked.
"""

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from django.forms.utils import flatatt
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString

# A blank line (possibly holding spaces) separates paragraphs, as in the source files.
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")

# Which element sits outside when two spans cover exactly the same text.
KIND_ORDER = {"quote": 0, "outcome": 1, "person": 2, "operation": 3}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    url: str = ""
    anchor: str = ""
    label: str = ""
    classes: str = ""


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    html: SafeString


def paragraph_bounds(body):
    """(start, end) of each paragraph, without the blank lines and edge whitespace around it."""
    bounds, position = [], 0
    for match in [*PARAGRAPH_BREAK.finditer(body), None]:
        stop = match.start() if match else len(body)
        chunk = body[position:stop]
        stripped = chunk.strip()
        if stripped:
            start = position + chunk.index(stripped)
            bounds.append((start, start + len(stripped)))
        if match:
            position = match.end()
    return bounds


def _sort_key(indexed):
    index, span = indexed
    return (span.start, -span.end, KIND_ORDER.get(span.kind, len(KIND_ORDER)), index)


def _open_tag(span, *, as_link, anchor):
    attrs = {"class": " ".join(filter(None, ["hl", f"hl-{span.kind}", span.classes]))}
    if anchor:
        attrs["id"] = anchor
    if as_link:
        attrs["href"] = span.url
    if span.label:
        attrs["title"] = span.label
    return format_html("<{}{}>", "a" if as_link else "mark", flatatt(attrs))


def highlight(body, spans):
    """Paragraphs of `body` as escaped HTML with every span wrapped in a <mark> or <a>."""
    length = len(body)
    spans = [replace(s, start=max(s.start, 0), end=min(s.end, length)) for s in spans]
    ordered = [span for _, span in sorted(enumerate(spans), key=_sort_key) if span.start < span.end]
    anchors_used = set()
    paragraphs = []
    for p_start, p_end in paragraph_bounds(body):
        inside = [s for s in ordered if s.start < p_end and s.end > p_start]
        points = {p_start, p_end}
        points.update(max(s.start, p_start) for s in inside)
        points.update(min(s.end, p_end) for s in inside)
        html = SafeString()
        stack = []  # (span, tag) of the elements open now, outermost first
        for a, b in pairwise(sorted(points)):
            active = [s for s in inside if s.start <= a and s.end >= b]
            keep = 0
            while keep < len(stack) and keep < len(active) and stack[keep][0] is active[keep]:
                keep += 1
            for _, tag in reversed(stack[keep:]):
                html += format_html("</{}>", tag)
            del stack[keep:]
            for span in active[keep:]:
                in_link = any(tag == "a" for _, tag in stack)
                as_link = bool(span.url) and not in_link
                anchor = span.anchor if span.anchor not in anchors_used else ""
                if anchor:
                    anchors_used.add(anchor)
                html += _open_tag(span, as_link=as_link, anchor=anchor)
                stack.append((span, "a" if as_link else "mark"))
            html += escape(body[a:b])
        for _, tag in reversed(stack):
            html += format_html("</{}>", tag)
        paragraphs.append(Paragraph(p_start, p_end, html))
    return paragraphs
