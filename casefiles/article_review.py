"""Reviewing an article's records as one story: what is left in it, the next record down its
text, verifying the rest at once, and the next article with records awaiting review.

The records are the quotes, figures, people named and operations named found in the article;
the people, organisations and operations they name have their own review
(`casefiles.reviewing`) and are never verified here.
"""

from django.db import transaction
from django.db.models import Q

from articles.models import Article
from casefiles.models import Appearance, OperationMention, Outcome, Quote, ReviewStatus

# The kinds of record found in an article, in the order they are listed; at one place in the
# text the earlier kind comes first.
RECORD_MODELS = (Quote, Outcome, Appearance, OperationMention)

VERIFIED_WITH_THE_REST = "Marked verified with everything left in its article"


class ArticleChanged(Exception):
    """The records awaiting review in the article are not those a journalist confirmed."""


def awaiting_in(article, models=RECORD_MODELS):
    """{model: its records in `article` awaiting review, down the text}."""
    return {
        model: model.objects.filter(article=article, review_status=ReviewStatus.EXTRACTED).order_by(
            "start", "pk"
        )
        for model in models
    }


def _later(kind, record_kind, record):
    """Records of the `kind`-th model that come after `record` (of the `record_kind`-th) in
    text order: by start, then by kind, then by number."""
    if kind < record_kind:
        return Q(start__gt=record.start)
    if kind == record_kind:
        return Q(start__gt=record.start) | Q(start=record.start, pk__gt=record.pk)
    return Q(start__gte=record.start)


def next_awaiting(record):
    """The next record of `record`'s article awaiting review, any kind, down the text from it
    and then from the top; None when nothing else in the article awaits review."""
    record_kind = RECORD_MODELS.index(type(record))
    awaiting = awaiting_in(record.article_id)
    for after_it in (True, False):
        found = []
        for kind, (model, queryset) in enumerate(awaiting.items()):
            if after_it:
                queryset = queryset.filter(_later(kind, record_kind, record))
            if model is type(record):
                queryset = queryset.exclude(pk=record.pk)
            first = queryset.first()
            if first is not None:
                found.append(((first.start, kind, first.pk), first))
        if found:
            return min(found, key=lambda pair: pair[0])[1]
    return None


def next_article_awaiting(article):
    """The article other than `article` whose oldest record awaiting review is the oldest (the
    review queue's order), or None."""
    oldest = []
    for model in RECORD_MODELS:
        first = (
            model.objects.awaiting_review()
            .exclude(article=article)
            .values_list("created", "pk", "article_id")
            .first()
        )
        if first is not None:
            oldest.append(first)
    if not oldest:
        return None
    return Article.objects.filter(pk=min(oldest)[2]).only("pk", "headline").first()


def verify_rest(article, user, models, expected):
    """Verify every record of `models` in `article` still awaiting review, naming `user`, in one
    transaction; return {model: how many}. Raise ArticleChanged, verifying nothing, when the
    number awaiting is no longer `expected`, the number the journalist was shown."""
    with transaction.atomic():
        awaiting = awaiting_in(article, models)
        if sum(queryset.count() for queryset in awaiting.values()) != expected:
            raise ArticleChanged
        return {
            model: queryset.review(ReviewStatus.VERIFIED, user, reason=VERIFIED_WITH_THE_REST)
            for model, queryset in awaiting.items()
        }
