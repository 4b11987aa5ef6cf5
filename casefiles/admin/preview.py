"""What an article says and where each record sits in it, as the admin shows it: the article
text with every record highlighted and tagged, and one record's passage within its paragraph."""

from django.urls import reverse
from django.utils.html import format_html, format_html_join

from casefiles.highlight import Span, preview
from casefiles.models import ReviewStatus

# Short names for the kinds of span in the body preview and the review queue.
KIND_NAMES = {
    "quote": "quote",
    "outcome": "figure",
    "appearance": "person",
    "operationmention": "operation",
}


def subject_of(record):
    """Who or what an extracted record names, in a few words; related rows must be loaded."""
    model_name = record._meta.model_name
    if model_name == "quote":
        return f"Said by {record.speaker}" if record.speaker_id else "Said by (unattributed)"
    if model_name == "appearance":
        return record.credit
    if model_name == "operationmention":
        return str(record.operation)
    return str(record)


NOT_GIVEN = "none"


def credit_of(outcome):
    """Whom a figure is credited to: its operation, organisation and person, each named."""
    credited = [
        f"{label} {named}"
        for label, named in (
            ("operation", outcome.operation),
            ("organisation", outcome.organisation),
            ("person", outcome.person),
        )
        if named is not None
    ]
    return "; ".join(credited) or NOT_GIVEN


def details_of(record):
    """What a journalist weighs beside the passage to verify or reject a record, as (label,
    value) pairs, "none" where the importer found nothing; related rows must be loaded (a
    quote's operations prefetched)."""
    model_name = record._meta.model_name
    if model_name == "quote":
        return [
            ("speaker", record.speaker or "unattributed"),
            ("attribution", f"“{record.attribution}”" if record.attribution else NOT_GIVEN),
            ("operations", ", ".join(str(op) for op in record.operations.all()) or NOT_GIVEN),
        ]
    if model_name == "outcome":
        return [
            ("metric", record.metric),
            ("figure", record.display_value),
            ("qualifier", record.get_qualifier_display() or NOT_GIVEN),
            ("credited to", credit_of(record)),
        ]
    if model_name == "appearance":
        rank = record.rank_as_printed or NOT_GIVEN
        if record.rank and record.rank != record.rank_as_printed:
            rank = f"{rank} ({record.rank})"
        return [
            ("person", record.person),
            ("rank", rank),
            ("role", record.role or NOT_GIVEN),
            ("organisation", record.organisation or NOT_GIVEN),
        ]
    force = record.operation.force
    return [("operation", record.operation), ("run by", force or NOT_GIVEN)]


def change_url_maker(model_name):
    """A function giving the admin address of a record of `model_name` by its key.

    An article may hold thousands of records: the address is reversed once and the key put in,
    rather than reversed for each.
    """
    head, tail = reverse(f"admin:casefiles_{model_name}_change", args=[0]).rsplit("/0/", 1)
    return lambda pk: f"{head}/{pk}/{tail}"


def span_for(record, change_url=None):
    """The preview span of an extracted record; related rows must be loaded with it."""
    model_name = record._meta.model_name
    kind = KIND_NAMES[model_name]
    status = ReviewStatus(record.review_status)
    change_url = change_url or change_url_maker(model_name)
    return Span(
        record.start,
        record.end,
        kind,
        url=change_url(record.pk),
        label=f"{kind.capitalize()}: {subject_of(record)} ({status.label.lower()})",
        status=status.value,
    )


def article_spans(article):
    """Every record extracted from `article` as preview spans: one query per kind."""
    # A record whose passage the current text no longer holds has offsets that point elsewhere.
    querysets = (
        article.quotes.filter(passage_missing=False).select_related("speaker"),
        article.outcomes.filter(passage_missing=False),
        article.appearances.filter(passage_missing=False).select_related("person"),
        article.operationmentions.filter(passage_missing=False).select_related("operation"),
    )
    spans = []
    for queryset in querysets:
        change_url = change_url_maker(queryset.model._meta.model_name)
        spans.extend(span_for(record, change_url) for record in queryset)
    return spans


REVIEW_STATES = (
    (ReviewStatus.EXTRACTED, "dashed: not yet checked"),
    (ReviewStatus.VERIFIED, "solid: verified"),
    (ReviewStatus.REJECTED, "struck through: rejected"),
)


def body_preview(article, spans):
    """The article text with its records highlighted, under a legend of kinds and states."""
    kinds = format_html_join(
        " ",
        '<span class="cf-hl cf-hl-{} cf-hl-verified">{}</span>',
        ((kind, kind) for kind in KIND_NAMES.values()),
    )
    states = format_html_join(
        " ",
        '<span class="cf-hl cf-hl-quote cf-hl-{}">{}</span>',
        ((status.value, label) for status, label in REVIEW_STATES),
    )
    return format_html(
        '<div class="cf-preview"><p class="cf-legend">{} · {}</p>'
        '<div class="cf-body">{}</div></div>',
        kinds,
        states,
        preview(article.body, spans),
    )


def passage_in_context(record, width=160, longest=None):
    """The record's passage highlighted within the text around it.

    `width` characters of text show on either side. A passage longer than `longest` shows its
    beginning and end with an ellipsis between.
    """
    if record.passage_missing:
        return format_html(
            '<div class="cf-context cf-missing">The article text no longer contains this '
            "passage: <mark>{}</mark></div>",
            record.text,
        )
    body = record.article.body
    start, end = max(record.start, 0), min(record.end, len(body))
    before_from = max(0, start - width)
    after_to = min(len(body), end + width)
    before = body[before_from:start]
    after = body[end:after_to]
    if before_from > 0:
        before = "…" + before.split(" ", 1)[-1]
    if after_to < len(body):
        after = after.rsplit(" ", 1)[0] + "…"
    passage = body[start:end] if start < end else record.text
    kind = KIND_NAMES[record._meta.model_name]

    def mark(text):
        return format_html(
            '<mark class="cf-hl cf-hl-{} cf-hl-{}">{}</mark>', kind, record.review_status, text
        )

    if longest and len(passage) > longest:
        head, tail = passage[: longest * 2 // 3], passage[-(longest // 3) :]
        marked = format_html(
            '{} <span class="cf-cut" title="{} characters not shown">[…]</span> {}',
            mark(head),
            len(passage) - len(head) - len(tail),
            mark(tail),
        )
    else:
        marked = mark(passage)
    return format_html('<div class="cf-context">{}{}{}</div>', before, marked, after)
