"""An article's verbatim text as escaped HTML with extracted passages marked up.

One highlighter, two renderers. The highlighter is pure: it clips the spans (character offsets
into the body) to the text, orders them outermost first and cuts the text at every span
boundary, so each piece lies wholly inside or outside every span. Spans may overlap or nest (a
quote holds an operation mention and a figure).

- `highlight` renders the reader's article page: paragraphs whose spans become nested <mark> or
  <a> elements; where two spans cross, the later one is split at the boundary so the elements
  nest properly, an element id goes on the first fragment only, and a link never contains
  another link (a span that would open inside a link is marked, not linked).
- `preview` renders the admin's article text: one flat <mark> per piece, styled by its narrowest
  span that is not rejected, and a tag linking to each record where its passage begins.

Both build their HTML from escaped text only (`escape`), in one pass over the spans.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from django.utils.html import escape
from django.utils.safestring import SafeString

# A blank line (possibly holding spaces) separates paragraphs, as in the source files.
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")

# Which element sits outside when two spans cover exactly the same text (the admin calls an
# outcome a figure).
KIND_ORDER = {"quote": 0, "outcome": 1, "figure": 1, "person": 2, "operation": 3}

REJECTED = "rejected"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    url: str = ""
    anchor: str = ""
    label: str = ""
    classes: str = ""
    # The record's review status, which the admin preview shows.
    status: str = ""


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    html: SafeString


@dataclass(frozen=True)
class Piece:
    """Text between two span boundaries and the spans covering it, outermost first."""

    start: int
    end: int
    spans: tuple


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


# The most of an article's text one page prints, in characters: a longer text is read in parts,
# each starting at a paragraph, so a page stays small whatever the article's length. Marked up,
# a part of a dense text (a court list, where every sentence holds a name, an operation, a quote
# and a figure) grows to about three times this; a page stays under 150 KB.
PART_CHARS = 25_000


def part_starts(body, most=PART_CHARS):
    """Where each part of `body` after the first begins: consecutive paragraphs, at most `most`
    characters of `body` to a part (a longer paragraph is a part on its own).

    A part begins where the paragraph before it ends, so a passage starting in the blank lines
    between two paragraphs belongs to the part that prints it."""
    if len(body) <= most:
        return []
    starts, first, previous_end = [], 0, None
    for _, end in paragraph_bounds(body):
        if previous_end is not None and end - first > most:
            starts.append(previous_end)
            first = previous_end
        previous_end = end
    return starts


def part_of(starts, offset):
    """The number (from 1) of the part holding `offset`, given the part starts."""
    return bisect_right(starts, offset) + 1


def passage_address(address, starts, offset, anchor):
    """An article's page at `address` opened at the passage starting at `offset`, marked
    `anchor` in the text: `?part=N` for a part past the first, given the part starts."""
    part = part_of(starts, offset) if starts else 1
    return f"{address}?part={part}#{anchor}" if part > 1 else f"{address}#{anchor}"


def _sort_key(indexed):
    index, span = indexed
    return (span.start, -span.end, KIND_ORDER.get(span.kind, len(KIND_ORDER)), index)


def layered(body, spans):
    """`spans` clipped to `body`, empty ones dropped, outermost first where they start together."""
    length = len(body)
    spans = [replace(s, start=max(s.start, 0), end=min(s.end, length)) for s in spans]
    return [span for _, span in sorted(enumerate(spans), key=_sort_key) if span.start < span.end]


def pieces(spans, ranges):
    """For each (start, end) of `ranges` (in order, not overlapping), the text it covers cut at
    every boundary of the layered `spans` within it, as a list of pieces.

    One sweep over the spans and the ranges together: the spans covering the current position
    are kept, outermost first, as the sweep passes their starts and ends, so the work grows with
    the number of spans and how deeply they nest, never with spans times paragraphs.
    """
    active, following, cut = [], 0, []
    for start, end in ranges:
        active, following = _advance(spans, active, following, start)
        range_pieces, position = [], start
        while position < end:
            boundary = _next_boundary(spans, active, following, end)
            range_pieces.append(Piece(position, boundary, tuple(active)))
            position = boundary
            active, following = _advance(spans, active, following, position)
        cut.append(range_pieces)
    return cut


def _next_boundary(spans, active, following, end):
    """Where the current piece stops: the next span start or end, or the end of the range."""
    boundary = min((span.end for span in active), default=end)
    if following < len(spans):
        boundary = min(boundary, spans[following].start)
    return min(boundary, end)


def _advance(spans, active, following, position):
    """The spans covering `position` and the index of the first span starting after it, given
    those for an earlier position. `spans` are layered, so appending in their order keeps
    `active` outermost first."""
    active = [span for span in active if span.end > position]
    while following < len(spans) and spans[following].start <= position:
        if spans[following].end > position:
            active.append(spans[following])
        following += 1
    return active, following


# --- The reader's article page --------------------------------------------------------------------


# Thousands of spans make an article page: its tags (here and in the admin's preview) are put
# together from escaped values rather than through `format_html` and `flatatt`, which cost
# several times as much each.
CLOSE = {"a": SafeString("</a>"), "mark": SafeString("</mark>")}


def _open_tag(span, *, as_link, anchor):
    attrs = (
        ("class", " ".join(filter(None, ["hl", f"hl-{span.kind}", span.classes]))),
        ("id", anchor),
        ("href", span.url if as_link else ""),
        ("title", span.label),
    )
    inner = "".join(f' {name}="{escape(value)}"' for name, value in attrs if value)
    return SafeString(f"<{'a' if as_link else 'mark'}{inner}>")


def _nested(body, paragraph_pieces, anchors_used):
    """The pieces as nested elements: those still open from the last piece are kept open."""
    html = []  # joined once at the end: adding to a string would copy it at every piece
    stack = []  # (span, tag) of the elements open now, outermost first
    for piece in paragraph_pieces:
        active = piece.spans
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep][0] is active[keep]:
            keep += 1
        html.extend(CLOSE[tag] for _, tag in reversed(stack[keep:]))
        del stack[keep:]
        for span in active[keep:]:
            as_link = bool(span.url) and all(tag != "a" for _, tag in stack)
            anchor = span.anchor if span.anchor not in anchors_used else ""
            if anchor:
                anchors_used.add(anchor)
            html.append(_open_tag(span, as_link=as_link, anchor=anchor))
            stack.append((span, "a" if as_link else "mark"))
        html.append(escape(body[piece.start : piece.end]))
    html.extend(CLOSE[tag] for _, tag in reversed(stack))
    return _joined(html)


def _joined(parts):
    """Parts each escaped or built from escaped values, as one safe string."""
    assert all(isinstance(part, SafeString) for part in parts)
    return SafeString("".join(parts))


def highlight(body, spans, within=None):
    """Paragraphs of `body` as escaped HTML with every span wrapped in a <mark> or <a>.

    `within`, a (start, end) of `body`, keeps the paragraphs starting in it (a part of a long
    text) and marks only what reaches them; a span begun before it carries its anchor where it
    began, so it gets none here, as when the whole text is marked."""
    bounds = paragraph_bounds(body)
    anchors_used = set()
    if within is not None:
        low, high = within
        bounds = [(start, end) for start, end in bounds if low <= start < high]
        reach = (bounds[0][0], bounds[-1][1]) if bounds else (low, low)
        spans = [span for span in spans if span.end > reach[0] and span.start < reach[1]]
        anchors_used = {span.anchor for span in spans if span.start < low and span.anchor}
    ordered = layered(body, spans)
    return [
        Paragraph(start, end, _nested(body, paragraph_pieces, anchors_used))
        for (start, end), paragraph_pieces in zip(bounds, pieces(ordered, bounds), strict=True)
    ]


# --- The admin's article text ---------------------------------------------------------------------


def _preview_piece(text, covering):
    if not covering:
        return escape(text)
    top = min(covering, key=lambda s: (s.status == REJECTED, s.end - s.start))
    classes = ["cf-hl", f"cf-hl-{top.kind}", f"cf-hl-{top.status}"]
    if len(covering) > 1:
        classes.append("cf-hl-overlap")
    title = "\n".join(s.label for s in covering)
    return SafeString(
        f'<mark class="{escape(" ".join(classes))}" title="{escape(title)}">{escape(text)}</mark>'
    )


def _preview_tag(span):
    kind, url, label = escape(span.kind), escape(span.url), escape(span.label)
    return SafeString(f'<a class="cf-tag cf-tag-{kind}" href="{url}" title="{label}">{kind}</a>')


def preview(body, spans):
    """`body` as one block of escaped HTML with every span marked, for the admin.

    Each piece gets one <mark> of its own, so the markup stays well formed however spans
    overlap; it shows the kind of its narrowest span that is not rejected. A tag linking to the
    record goes where each span with a `url` begins.
    """
    html = []
    [body_pieces] = pieces(layered(body, spans), [(0, len(body))])
    for piece in body_pieces:
        html.extend(
            _preview_tag(span) for span in piece.spans if span.start == piece.start and span.url
        )
        html.append(_preview_piece(body[piece.start : piece.end], piece.spans))
    return _joined(html)
