"""What the reader pages show that is not a queryset: an article's text as the page prints it,
and the figures a chart or the home page shows.

Reads live on the model querysets (`Quote.objects.for_reader(user).in_reading_order()` and
the like); what is here is built from their rows.
"""

from dataclasses import dataclass

from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    IntegerField,
    Q,
    Value,
    When,
    Window,
)
from django.db.models.functions import RowNumber
from django.utils.dateformat import format as format_date
from django.utils.text import Truncator

from articles.extraction.headers import parse_source
from articles.extraction.vocabulary import CURRENCY_SIGNS
from casefiles.charts import bar_chart
from casefiles.figures import unit_code, unit_heading
from casefiles.highlight import highlight
from casefiles.models import Outcome
from casefiles.reads import is_staff
from casefiles.tallies import tally, worked_out

# --- The article text -------------------------------------------------------------------------


@dataclass(frozen=True)
class ShownParagraph:
    start: int
    end: int
    html: str
    caption: bool


def article_text(body, spans, within=None):
    """The paragraphs of an article's body that the page prints under its own header, with the
    records in `spans` marked up; `within`, a (start, end) of the body, keeps only those that
    start in it (a part of a long text, see `highlight`).

    The headline, date line and byline the source opens with are left out, since the page
    header shows them already; picture captions are flagged so they can read as captions.
    They are blanked rather than cut, so every offset still indexes the verbatim body.
    """
    parsed = parse_source(body)
    text = [*parsed.paragraphs, *([parsed.standfirst] if parsed.standfirst else [])]
    opening = min((span.start for span in [*text, *parsed.captions]), default=len(body))
    shown = "".join(c if c.isspace() else " " for c in body[:opening]) + body[opening:]
    shown_paragraphs = highlight(shown, spans, within)
    in_caption = _touched(shown_paragraphs, parsed.captions)
    in_text = _touched(shown_paragraphs, text)
    return [
        ShownParagraph(p.start, p.end, p.html, caption and not body_text)
        for p, caption, body_text in zip(shown_paragraphs, in_caption, in_text, strict=True)
    ]


def part_bounds(starts, part, length):
    """(start, end) of part number `part` of a text of `length` characters, given where its
    parts after the first begin."""
    bounds = [0, *starts, length]
    return bounds[part - 1], bounds[part]


def _touched(paragraphs, parts):
    """For each of `paragraphs` (in order), whether any of `parts` (which do not overlap one
    another) overlaps it: one pass over both, however long the article."""
    bounds = sorted((part.start, part.end) for part in parts)
    touched, i = [], 0
    for paragraph in paragraphs:
        while i < len(bounds) and bounds[i][1] <= paragraph.start:
            i += 1
        touched.append(i < len(bounds) and bounds[i][0] < paragraph.end)
    return touched


# --- Figures ----------------------------------------------------------------------------------

# What a label can hold in the chart's width before it runs out of the picture.
LABEL_CHARS = 40
# The most characters of a source's headline in the table beside a chart.
SOURCE_CHARS = 40


def credit(outcome):
    """The operation, organisation or person a figure is credited to, if the page may show it."""
    return outcome.operation or outcome.organisation or outcome.person


def latest_figures(outcomes):
    """The latest figure reported for each thing counted and each operation, organisation or
    person credited with it, by what was counted and then largest first. A figure credited to
    nobody stands alone.

    Figures that a later report repeats or revises are superseded, never added to it: reports
    from different sources may count the same arrests.
    """

    def reported(outcome):
        # In full, so figures reported alike (undated, at the same place) come in one order
        # however they were read.
        published = outcome.article.published_at
        when = (published is not None, published.timestamp() if published else 0)
        return (*when, outcome.start, outcome.article_id, outcome.pk)

    latest = {}
    for outcome in sorted((o for o in outcomes if o.value is not None), key=reported):
        credited = (outcome.operation, outcome.organisation, outcome.person)
        key = (outcome.metric, unit_code(outcome.unit), credited if any(credited) else outcome.pk)
        latest[key] = outcome
    return sorted(latest.values(), key=lambda o: (o.metric, -o.value))


# The most bars a chart draws: the largest of the latest figures in its unit.
BARS = 12


def _unit_code_sql():
    """`unit_code` in SQL: a currency sign stored as the unit reads as its currency."""
    signs = [When(unit=sign, then=Value(str(code))) for sign, code in CURRENCY_SIGNS.items()]
    return Case(*signs, default=F("unit"), output_field=CharField())


def latest_figure_ids(outcomes, *, per=None, most=BARS):
    """The ids of what `latest_figures` picks from the queryset `outcomes`, worked out by the
    database however many figures there are: the latest figure for each thing counted and each
    credit (one credited to nobody stands alone), then at most `most` of those, largest first,
    for each unit (or for each value of the expressions `per`).

    A subquery: the caller reads the few rows it selects, for display."""
    unit = _unit_code_sql()
    alone = Case(
        When(Q(operation=None, organisation=None, person=None), then=F("pk")),
        default=Value(None),
        output_field=IntegerField(),
    )
    newest = [F("article__published_at").desc(nulls_last=True), F("start").desc(), F("pk").desc()]
    latest = (
        outcomes.filter(value__isnull=False)
        .annotate(
            place=Window(
                RowNumber(),
                partition_by=[
                    F("metric"),
                    unit,
                    F("operation"),
                    F("organisation"),
                    F("person"),
                    alone,
                ],
                order_by=newest,
            )
        )
        .filter(place=1)
        .values("pk")
    )
    return (
        Outcome.objects.filter(pk__in=latest)
        .annotate(
            rank=Window(RowNumber(), partition_by=per or [unit], order_by=[F("value").desc(), "pk"])
        )
        .filter(rank__lte=most)
        .values("pk")
    )


def charted_ids(outcomes, *, per=None, most=BARS):
    """The ids `latest_figure_ids` picks, kept as a tally until the content changes: the
    picking is a window over every figure of the record. Kept under the SQL of `outcomes`,
    which takes a tenth of the time to write out that the window's does."""

    def pick():
        picked = latest_figure_ids(outcomes, per=per, most=most)
        return list(picked.values_list("pk", flat=True))

    return worked_out(f"charted:{per!r}:{most}", outcomes, pick)


def charted(outcomes, user, **kwargs):
    """The figures `latest_figure_ids` picks, read for display."""
    return Outcome.objects.for_reader(user).filter(pk__in=charted_ids(outcomes, **kwargs))


@dataclass(frozen=True)
class Bar:
    """A bar of a chart, and its row of the table beside it: the figure as printed and the
    address of its source worked out once for both."""

    outcome: Outcome
    label: str
    figure: str = ""
    url: str = ""
    # The source's headline, cut to SOURCE_CHARS.
    source: str = ""


def _shorten(label):
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def _bars(figures, subject):
    """A label for each figure: what was counted, and who it is credited to when that is not
    the page's own subject; then the report's date, or a number, where two still read alike."""
    labels = []
    for outcome in figures:
        who = credit(outcome)
        labels.append(f"{outcome.metric}, {who}" if who and who != subject else outcome.metric)
    dated = []
    for outcome, label in zip(figures, labels, strict=True):
        published = outcome.article.published_at
        if labels.count(label) > 1 and published:
            label = f"{label}, {format_date(published, 'j M Y')}"
        dated.append(label)
    bars, seen = [], {}
    for outcome, label in zip(figures, dated, strict=True):
        if dated.count(label) > 1:
            seen[label] = seen.get(label, 0) + 1
            label = f"{label} ({seen[label]})"
        source = outcome.article.headline
        if len(source) > SOURCE_CHARS:  # shorter, it is shown whole: no need to measure it
            source = Truncator(source).chars(SOURCE_CHARS)
        bars.append(Bar(outcome, label, outcome.display_value, outcome.get_absolute_url(), source))
    return bars


def outcome_charts(outcomes, *, chart_id, subject):
    """One bar chart for each unit the figures come in (counts, months, pounds), each bar the
    latest figure for one thing counted and one credit (see `latest_figures`). `subject` is the
    page's own record: bars credited to it do not name it again."""
    groups = {}
    for outcome in latest_figures(outcomes):
        groups.setdefault(unit_code(outcome.unit), []).append(outcome)
    charts = []
    for unit, figures in sorted(groups.items(), key=lambda item: (item[0] != "", item[0])):
        heading = unit_heading(unit)
        bars = _bars(figures, subject)
        key = f"{chart_id}-{len(charts) + 1}"
        svg = bar_chart(
            [(_shorten(bar.label), bar.outcome.value, bar.figure) for bar in bars],
            chart_id=key,
            title=f"Reported outcomes of {subject}: {heading.lower()}",
            description="; ".join(f"{b.label}: {b.figure}" for b in bars) + ".",
        )
        charts.append({"id": key, "heading": heading, "svg": svg, "bars": bars})
    return charts


def largest_figures(user, limit=4):
    """For the things most often counted, the largest single count reported, with what it is
    credited to and its source: never a sum of figures from different reports. Ranked over
    every figure, so kept as a tally (`tallies`) until the content changes."""
    chosen = tally(
        f"largest-figures:{limit}:{'staff' if is_staff(user) else 'readers'}",
        lambda: _largest_figure_ids(user, limit),
    )
    # The ranking reads ids only: a window query over every column of the joined tables would
    # cost more to compile than to run.
    outcomes = Outcome.objects.filter(pk__in=chosen).for_display(user).in_bulk()
    return [outcomes[pk] for pk in chosen if pk in outcomes]


def _largest_figure_ids(user, limit):
    by_metric = {"partition_by": F("metric")}
    return list(
        Outcome.objects.visible_to(user)
        .filter(unit="", value__isnull=False)
        .annotate(
            reports=Window(Count("pk"), **by_metric),
            place=Window(
                RowNumber(),
                order_by=[
                    F("value").desc(),
                    F("article__published_at").desc(nulls_last=True),
                    F("pk").desc(),
                ],
                **by_metric,
            ),
        )
        .filter(place=1)
        .order_by("-reports", "-value", "metric")
        .values_list("pk", flat=True)[:limit]
    )
