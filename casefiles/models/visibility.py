"""Whether readers see a record found in an article, kept on the record itself.

A reader sees an appearance, mention, quote or figure while its article is published, no
journalist has rejected it and its passage is still in the text (`ProvenanceQuerySet.standing`).
Asked afresh, that joins every list and every section to the articles, and every test of
whether a person, organisation or operation has a public page joins them again, once per row:
on an archive of a hundred thousand articles the join costs more than the page. So each record
carries the answer, `visible`, and the lists read it by their own indexes.

The flag is written with whatever changes it, in the same transaction: a record's save, bulk
create and bulk update (`ProvenanceQuerySet`), and an article's change of status (`Article.save`
and `ArticleQuerySet.update`, through `refresh_articles`). A fixture's rows are loaded without
`save()`; `connect_signals` covers them.
"""

from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, Value, When
from django.db.models.signals import post_save, pre_save

from articles.models import Article, PublicationStatus
from casefiles.models.review import ReviewStatus

# Derived, so no record's history keeps it.
NOT_IN_HISTORY = ["visible"]
# The columns a record's own visibility follows; its article's status is the other input.
INPUTS = ("review_status", "passage_missing", "article", "article_id")


def is_visible(record, article_status):
    """Whether readers see `record` when its article has `article_status`."""
    return (
        article_status == PublicationStatus.PUBLISHED
        and record.review_status != ReviewStatus.REJECTED
        and not record.passage_missing
    )


def set_visible(records):
    """Set `visible` on records about to be written, their articles' statuses read in one
    query for those whose article is not loaded with them."""
    loaded = [type(record).article.is_cached(record) for record in records]
    unknown = {r.article_id for r, known in zip(records, loaded, strict=True) if not known}
    statuses = {}
    if unknown:
        statuses = dict(Article.objects.filter(pk__in=unknown).values_list("pk", "status"))
    for record, known in zip(records, loaded, strict=True):
        status = record.article.status if known else statuses.get(record.article_id)
        record.visible = is_visible(record, status)


def visible_in_sql():
    """`visible` as the database works it out for each row of a record's table."""
    published = Article.objects.filter(
        pk=OuterRef("article_id"), status=PublicationStatus.PUBLISHED
    )
    standing = ~Q(review_status=ReviewStatus.REJECTED) & Q(passage_missing=False)
    return Case(
        When(Q(Exists(published)) & standing, then=Value(True)),
        default=Value(False),
        output_field=models.BooleanField(),
    )


def refresh(queryset):
    """Work `visible` out again, in one UPDATE, for the records of `queryset`."""
    return queryset.model._base_manager.filter(
        pk__in=list(queryset.values_list("pk", flat=True))
    ).update(visible=visible_in_sql())


def provenance_models():
    from casefiles.models import Appearance, OperationMention, Outcome, Quote

    return (Appearance, OperationMention, Quote, Outcome)


def refresh_articles(article_ids):
    """Work `visible` out again for every record of the articles: their status changed."""
    ids = list(article_ids)
    if not ids:
        return
    for model in provenance_models():
        model._base_manager.filter(article__in=ids).update(visible=visible_in_sql())


def _record_loaded(sender, instance, raw, **kwargs):
    if raw:
        set_visible([instance])


def _article_loaded(sender, instance, raw, **kwargs):
    if raw:
        refresh_articles([instance.pk])


def connect_signals():
    """A fixture's rows are saved with `save_base(raw=True)`, never through `save()`: work
    their flag out as they load (a record from its article as stored; an article's records,
    those loaded before it, from its status)."""
    for model in provenance_models():
        pre_save.connect(_record_loaded, sender=model, dispatch_uid=f"visible-{model.__name__}")
    post_save.connect(_article_loaded, sender=Article, dispatch_uid="visible-article")
