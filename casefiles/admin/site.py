"""The newsroom's admin site: its titles, the order of its apps and models, and the review queue
of records still as the importer found them: the people, organisations and operations it
created, with the passage that introduced each and the known records each may be
(`casefiles.admin.entity_queue`), and what it found in articles, the least sure first."""

import heapq
from itertools import islice

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.text import Truncator

from articles.models import Article
from casefiles.admin.base import STYLESHEET
from casefiles.admin.entity_queue import (
    answered_message,
    entity_row,
    in_article,
    rejection_message,
    still_open_message,
)
from casefiles.admin.guards import record_number, refusing_unreadable_input
from casefiles.admin.preview import KIND_NAMES, details_of, passage_in_context, subject_of
from casefiles.merging import MergeError
from casefiles.models import (
    Appearance,
    Operation,
    OperationMention,
    Organisation,
    Outcome,
    Person,
    PossibleMatch,
    Quote,
    ReviewStatus,
)
from casefiles.reviewing import (
    ENTITY_MODELS,
    answer,
    introductions,
    is_entity,
    open_questions,
    reject,
    rejected_names,
    with_belonging,
)

# Extracted records in the order a journalist reviews them: who and what is new, then what was
# said, what was counted, who was named, which operation was named.
REVIEW_MODELS = (Person, Organisation, Operation, Quote, Outcome, Appearance, OperationMention)

APP_ORDER = ("casefiles", "articles", "auth")
MODEL_ORDER = (
    "CaseFile",
    "Operation",
    "Person",
    "Organisation",
    "Quote",
    "Outcome",
    "Appearance",
    "OperationMention",
    "PossibleMatch",
    "Article",
    "Publication",
    "ImportRun",
)


def oldest_first(record):
    return (record.created, record.pk)


def least_sure_first(record):
    """As `ProvenanceQuerySet.least_sure_first` orders: new people, organisations and
    operations, of which the importer does not say how sure it is, come after the records it
    found in articles, oldest first."""
    confidence = getattr(record, "confidence", None)
    return (confidence is None, confidence or 0.0, *oldest_first(record))


LEAST_SURE, OLDEST = "least-sure", "oldest"
# The orders the review queue offers, the first by default: (label, how the merge of every
# kind's records sorts them).
QUEUE_ORDERS = {
    LEAST_SURE: ("least sure first", least_sure_first),
    OLDEST: ("oldest first", oldest_first),
}


def queue_address(**params):
    """The review queue's address with `params`; the empty ones and the default order left out."""
    if params.get("order") == LEAST_SURE:
        params["order"] = ""
    return "?" + urlencode({name: value for name, value in params.items() if value})


def _then(address):
    """`address`, ready for one more parameter."""
    return address if address == "?" else f"{address}&"


def _position(sequence, item):
    return sequence.index(item) if item in sequence else len(sequence)


class NewsroomAdminSite(admin.AdminSite):
    site_header = "Casefiles newsroom"
    site_title = "Casefiles newsroom"
    index_title = "Newsroom"

    def get_app_list(self, request, app_label=None):
        """Case files and their records first, then the source articles, then user accounts."""
        app_list = super().get_app_list(request, app_label)
        app_list.sort(key=lambda app: (_position(APP_ORDER, app["app_label"]), app["name"]))
        for app in app_list:
            app["models"].sort(
                key=lambda entry: (_position(MODEL_ORDER, entry["object_name"]), entry["name"])
            )
        return app_list

    def admin_view(self, view, cacheable=False):
        return super().admin_view(refusing_unreadable_input(view), cacheable)

    def get_urls(self):
        return [
            path("review/", self.admin_view(self.review_queue), name="review-queue"),
            *super().get_urls(),
        ]

    def index(self, request, extra_context=None):
        summary = [
            {
                "name": model._meta.verbose_name_plural,
                "count": model.objects.awaiting_review().count(),
                "url": f"{reverse('admin:review-queue')}?kind={model._meta.model_name}",
            }
            for model in self._reviewable_models(request)
        ]
        context = {"review_summary": summary, **(extra_context or {})}
        return super().index(request, context)

    def _reviewable_models(self, request):
        return [
            model
            for model in REVIEW_MODELS
            if model in self._registry and self._registry[model].has_view_permission(request)
        ]

    def review_queue(self, request):
        """Records still as the importer found them, across every kind: the least sure first,
        or (`?order=oldest`) the oldest."""
        models = {model._meta.model_name: model for model in self._reviewable_models(request)}
        if request.method == "POST" and "question" in request.POST:
            return self._answer_from_queue(request, models)
        if request.method == "POST":
            return self._review_from_queue(request, models)

        kind = request.GET.get("kind")
        shown = [models[kind]] if kind in models else list(models.values())
        article = request.GET.get("article", "")
        if article and record_number(article) is None:
            return HttpResponseBadRequest("Which article? “article” must be an article number.")
        order = request.GET.get("order")
        if order not in QUEUE_ORDERS:
            order = LEAST_SURE
        querysets = []
        for model in shown:
            queryset = self._review_queryset(request, model)
            if order == LEAST_SURE and model not in ENTITY_MODELS:
                queryset = queryset.least_sure_first()
            if article:
                queryset = in_article(queryset, record_number(article))
            querysets.append(queryset)
        paginator = Paginator(AwaitingReview(querysets, key=QUEUE_ORDERS[order][1]), 50)
        page = paginator.get_page(request.GET.get("page"))
        kind = kind if kind in models else ""
        shown_article = (
            Article.objects.only("pk", "headline").filter(pk=record_number(article)).first()
            if article
            else None
        )
        at = {"article": article, "order": order}
        context = {
            **self.each_context(request),
            "title": "Review queue",
            "subtitle": None,
            "rows": self._queue_rows(request, page.object_list),
            "page_obj": page,
            "kinds": [
                (name, model._meta.verbose_name_plural, queue_address(kind=name, **at))
                for name, model in models.items()
            ],
            "all_kinds_url": queue_address(**at),
            "every_article_url": queue_address(kind=kind, order=order),
            "orders": [
                (name, label, queue_address(kind=kind, article=article, order=name))
                for name, (label, _key) in QUEUE_ORDERS.items()
            ],
            "order": order,
            "page_url": _then(queue_address(kind=kind, article=article, order=order)),
            "kind": kind,
            "article": article,
            "shown_article": shown_article,
            "stylesheet": STYLESHEET,
        }
        request.current_app = self.name
        return TemplateResponse(request, "admin/review_queue.html", context)

    def _review_queryset(self, request, model):
        if model in ENTITY_MODELS:
            return with_belonging(model.objects.awaiting_review())
        return self._registry[model].review_queryset(request)

    def _queue_rows(self, request, records):
        """The page's rows; what the new entities among them need is read kind by kind."""
        found = {}
        for model in ENTITY_MODELS:
            pks = [record.pk for record in records if type(record) is model]
            if pks:
                found[model] = (introductions(model, pks), open_questions(model, pks))
        return [
            entity_row(record, *found[type(record)], can_change=self._may_change(request, record))
            if is_entity(record)
            else self._queue_row(request, record)
            for record in records
        ]

    def _queue_row(self, request, record):
        opts = record._meta
        return {
            "record": record,
            "subject": subject_of(record),
            "kind": KIND_NAMES[opts.model_name],
            "tag": KIND_NAMES[opts.model_name],
            "model_name": opts.model_name,
            "context": passage_in_context(record, width=120, longest=360),
            "details": details_of(record),
            "article": record.article,
            "change_url": reverse(
                f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk]
            ),
            "article_url": reverse("admin:articles_article_change", args=[record.article_id]),
            "can_change": self._may_change(request, record),
            "rejected_names": rejected_names(record),
            "found_by": record.found_by,
            "doubtful": record.is_doubtful,
        }

    def _may_change(self, request, record):
        return self._registry[type(record)].has_change_permission(request, record)

    def _review_from_queue(self, request, models):
        model = models.get(request.POST.get("kind", ""))
        status = request.POST.get("status")
        pk = record_number(request.POST.get("pk", ""))
        if model is None or status not in {ReviewStatus.VERIFIED, ReviewStatus.REJECTED}:
            raise PermissionDenied
        if pk is None:
            return HttpResponseBadRequest("Which record? The form sent no record number.")
        record = model.objects.filter(pk=pk).first()
        model_admin = self._registry[model]
        if record is None or not model_admin.has_change_permission(request, record):
            raise PermissionDenied
        name = f"{model._meta.verbose_name.capitalize()} “{Truncator(str(record)).chars(80)}”"
        label = ReviewStatus(status).label.lower()
        changed = record.review_status != status
        if changed:
            done = f"{name} marked {label}."
            if status == ReviewStatus.REJECTED and is_entity(record):
                done = " ".join([done, *rejection_message(*reject(record, request.user))])
            else:
                record.review(status, request.user)
            if status == ReviewStatus.VERIFIED and is_entity(record):
                done = " ".join([done, *still_open_message(record)])
        else:
            done = f"{name} was already {label}."
        if "application/json" in request.headers.get("Accept", ""):
            # The queue page's script: the row says what became of it, the page stays put.
            return JsonResponse(
                {"status": status, "label": label, "message": done, "changed": changed}
            )
        if changed:
            messages.success(request, done)
        return self._back_to_queue(request)

    def _answer_from_queue(self, request, models):
        """Settle a "possibly the same as" question: merge the pair, or keep it apart."""
        pk = record_number(request.POST.get("question", ""))
        if pk is None:
            return HttpResponseBadRequest("Which question? The form sent no question number.")
        question = PossibleMatch.objects.select_related("content_type").filter(pk=pk).first()
        model = question and question.model
        if model not in models.values() or not self._registry[model].has_change_permission(request):
            raise PermissionDenied
        pair = question.records()
        try:
            staying = answer(question, request.POST.get("answer"), request.user)
        except MergeError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, answered_message(pair, staying))
        return self._back_to_queue(request)

    def _back_to_queue(self, request):
        next_url = request.POST.get("next", "")
        if not next_url.startswith(reverse("admin:review-queue")):
            next_url = reverse("admin:review-queue")
        return HttpResponseRedirect(next_url)


class AwaitingReview:
    """Several querysets, each ordered as `key` sorts its records, read as one list for a
    Paginator.

    A page runs one query per kind whatever its number: each kind gives at most as many rows as
    the page reaches, and the merge keeps the first by `key`.
    """

    def __init__(self, querysets, key):
        self.querysets = querysets
        self.key = key

    def count(self):
        return sum(queryset.count() for queryset in self.querysets)

    def __getitem__(self, window):
        merged = heapq.merge(
            *(queryset[: window.stop] for queryset in self.querysets),
            key=self.key,
        )
        return list(islice(merged, window.start, window.stop))
