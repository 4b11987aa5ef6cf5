"""Reviewing an article's records on its admin page, without leaving the story.

Each record's row on the article's page carries Verify and Reject buttons, then Undo. They
submit one small form outside the article's own form (`templates/admin/articles/article/
change_form.html`); a script (`static/js/casefiles-admin-review.js`) sends it with fetch and
puts the row's new state in place, and without the script the browser posts it and is sent back
to the row. "Verify everything left" confirms, then verifies in one transaction every record of
the article still awaiting review, naming those the importer doubted. "Save as verified by me"
on a record's page goes on to the next record of its article. Every path goes through
`Reviewed.review`.
"""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.template.defaultfilters import pluralize
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from casefiles.admin.base import STYLESHEET
from casefiles.admin.preview import subject_of
from casefiles.article_review import (
    RECORD_MODELS,
    ArticleChanged,
    awaiting_in,
    next_article_awaiting,
    next_awaiting,
    verify_rest,
)
from casefiles.models import ConfidenceBand, ReviewStatus
from casefiles.reviewing import ENTITY_MODELS, named_in

# The form outside the article's form that every row's buttons submit.
REVIEW_FORM = "cf-review"
# Records of each kind the confirmation of "verify everything left" lists by name.
LISTED_PER_KIND = 20
ACTIONS = (
    (ReviewStatus.VERIFIED, "Verify", "cf-verify"),
    (ReviewStatus.REJECTED, "Reject", "cf-reject"),
)
UNDONE = "Undone: back to {}"
# What the article's page calls one and several records of each kind.
KIND_LABELS = {
    "quote": ("quote", "quotes"),
    "outcome": ("figure", "figures"),
    "appearance": ("person named", "people named"),
    "operationmention": ("operation named", "operations named"),
}


def kind_label(model, count=1):
    return KIND_LABELS[model._meta.model_name][0 if count == 1 else 1]


def passage_words(record, length=60):
    """The record's passage, short and without its own quotation marks."""
    return Truncator(record.text.strip("“”‘’\"' ")).chars(length)


def article_url(article_id):
    return reverse("admin:articles_article_change", args=[article_id])


def row_id(record):
    return f"review-{record._meta.model_name}-{record.pk}"


def _button(record, label, status, css, *, seen, undo=False):
    url = reverse(f"admin:casefiles_{record._meta.model_name}_review", args=[record.pk])
    query = f"?seen={seen}&undo=1" if undo else f"?seen={seen}"
    what = f"{kind_label(type(record))} “{passage_words(record, 40)}”"
    return format_html(
        '<button type="submit" form="{}" formaction="{}{}" name="status" value="{}" '
        'class="button {}" aria-label="{} {}">{}</button>',
        REVIEW_FORM,
        url,
        query,
        status,
        css,
        label,
        what,
        label,
    )


def review_cell(record, undo_to=""):
    """A record's review state and its buttons, as its row shows them: Verify and Reject, the
    one it is not; Undo (back to `undo_to`) right after a journalist's verify or reject."""
    status = ReviewStatus(record.review_status)
    state = "Not yet checked" if status == ReviewStatus.EXTRACTED else status.label
    if record.reviewed_by_id and status != ReviewStatus.EXTRACTED:
        state = f"{state} by {record.reviewed_by}"
    if undo_to and undo_to != status:
        buttons = _button(record, "Undo", undo_to, "cf-undo", seen=status, undo=True)
    else:
        buttons = format_html_join(
            " ",
            "{}",
            (
                (_button(record, label, action, css, seen=status),)
                for action, label, css in ACTIONS
                if action != status
            ),
        )
    return format_html(
        '<span class="cf-review cf-review-{}" id="{}" data-status="{}">'
        '<span class="cf-review-state">{}</span> <span class="cf-review-buttons">{}</span></span>',
        status,
        row_id(record),
        status,
        state,
        buttons,
    )


def just_reviewed(request):
    """{(model name, number): the status it had} for the record named by `?reviewed=` (set
    by a review sent without the script), so its row offers Undo."""
    model_name, _, rest = request.GET.get("reviewed", "").partition(".")
    number, _, previous = rest.partition(".")
    if number.isascii() and number.isdigit() and previous in ReviewStatus.values:
        return {(model_name, int(number)): previous}
    return {}


def _labelled(record):
    return f"{kind_label(type(record)).capitalize()} “{passage_words(record)}”"


def _review_message(record, outcome, undo):
    label = record.get_review_status_display().lower()
    if outcome == "already":
        return f"{_labelled(record)} was already {label}."
    if outcome == "conflict":
        return (
            f"{_labelled(record)} was not changed: someone else marked it “{label}” after this "
            "page was opened."
        )
    if undo:
        return f"Undone: {_labelled(record)} is back to “{label}”."
    return f"{_labelled(record)} marked {label}."


def next_article_message(article):
    """What to say when nothing in `article` awaits review, offering the next article."""
    following = next_article_awaiting(article)
    if following is None:
        return "Nothing else in this article awaits review, nor in any other article."
    return format_html(
        "Nothing else in this article awaits review. Next article with records awaiting review: "
        '<a href="{}">{}</a>.',
        article_url(following.pk),
        following.headline,
    )


class RecordReviewMixin:
    """For the admin of a kind of record found in articles: the review of one record from its
    article's page, and "Save as verified by me" going on down the same article."""

    def get_urls(self):
        opts = self.model._meta
        view = self.admin_site.admin_view(self.review_view)
        name = f"{opts.app_label}_{opts.model_name}_review"
        return [path("<path:object_id>/review/", view, name=name), *super().get_urls()]

    def review_view(self, request, object_id):
        """Move one record to the status posted, if it is still at the status the page showed
        (`seen`); `undo` says it goes back to where a journalist's last click found it."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        record = self.get_object(request, unquote(object_id))
        if record is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, record):
            raise PermissionDenied
        status, seen = request.POST.get("status"), request.GET.get("seen")
        if status not in ReviewStatus.values or seen not in ReviewStatus.values:
            return HttpResponseBadRequest("Which review? Send a status and the status seen.")
        undo = request.GET.get("undo") == "1"
        outcome = "changed"
        if record.review_status == status:
            outcome = "already"
        elif record.review_status != seen:
            outcome = "conflict"
        else:
            label = ReviewStatus(status).label.lower()
            record.review(status, request.user, reason=UNDONE.format(label) if undo else "")
        message = _review_message(record, outcome, undo)
        undo_to = seen if outcome == "changed" and not undo else ""
        if "application/json" in request.headers.get("Accept", ""):
            return self._review_answer(record, message, undo_to, conflict=outcome == "conflict")
        level = messages.WARNING if outcome == "conflict" else messages.SUCCESS
        messages.add_message(request, level, message)
        query = f"?reviewed={self.opts.model_name}.{record.pk}.{undo_to}" if undo_to else ""
        return redirect(f"{article_url(record.article_id)}{query}#{row_id(record)}")

    def _review_answer(self, record, message, undo_to, *, conflict):
        awaiting = sum(queryset.count() for queryset in awaiting_in(record.article_id).values())
        return JsonResponse(
            {
                "status": record.review_status,
                "message": message,
                "cell": str(review_cell(record, undo_to)),
                "awaiting": awaiting,
            },
            status=409 if conflict else 200,
        )

    def response_change(self, request, obj):
        if "_verify" not in request.POST:
            return super().response_change(request, obj)
        following = next_awaiting(obj)
        if following is None:
            self.message_user(request, f"{_labelled(obj)} verified.")
            self.message_user(request, next_article_message(obj.article))
            return redirect(article_url(obj.article_id))
        opts = following._meta
        self.message_user(
            request,
            f"{_labelled(obj)} verified. Here is the next record of this article awaiting review: "
            f"a {kind_label(type(following))}.",
        )
        return redirect(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[following.pk])
        )


class ArticleReviewMixin:
    """For the article's admin: "Verify everything left in this article", with its page of
    confirmation."""

    def get_urls(self):
        opts = self.model._meta
        view = self.admin_site.admin_view(self.verify_rest_view)
        name = f"{opts.app_label}_{opts.model_name}_verify_rest"
        return [path("<path:object_id>/verify-rest/", view, name=name), *super().get_urls()]

    def _reviewable(self, request):
        registry = self.admin_site._registry
        return [model for model in RECORD_MODELS if registry[model].has_change_permission(request)]

    def verify_rest_view(self, request, object_id):
        article = self.get_object(request, unquote(object_id))
        if article is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        models = self._reviewable(request)
        if not models or not self.has_view_permission(request, article):
            raise PermissionDenied
        changed = False
        if request.method == "POST":
            try:
                done = verify_rest(article, request.user, models, _number(request.POST))
            except ArticleChanged:
                changed = True
            else:
                self.message_user(request, _verified_message(done), messages.SUCCESS)
                self.message_user(request, next_article_message(article))
                return redirect(article_url(article.pk))
        return self._confirmation(request, article, models, changed)

    def _confirmation(self, request, article, models, changed):
        kinds = []
        for model, queryset in awaiting_in(article, models).items():
            count = queryset.count()
            if count:
                related = self.admin_site._registry[model].related
                listed = queryset.select_related(*related)[:LISTED_PER_KIND]
                kinds.append(
                    {
                        "name": kind_label(model, count),
                        "count": count,
                        "doubtful": queryset.in_band(ConfidenceBand.LOW).count(),
                        "records": [
                            (
                                passage_words(record, 140),
                                subject_of(record),
                                record.found_by if record.is_doubtful else "",
                            )
                            for record in listed
                        ],
                        "more": count - LISTED_PER_KIND,
                    }
                )
        total = sum(kind["count"] for kind in kinds)
        context = {
            **self.admin_site.each_context(request),
            "title": "Verify everything left in this article",
            "subtitle": None,
            "opts": self.opts,
            "original": article,
            "kinds": kinds,
            "total": total,
            "changed": changed,
            "entities": _entities_awaiting(article),
            "queue_url": f"{reverse('admin:review-queue')}?article={article.pk}",
            "article_url": article_url(article.pk),
            "stylesheet": STYLESHEET,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/articles/article/verify_rest.html", context)


def _number(data):
    value = data.get("expected", "")
    return int(value) if value.isascii() and value.isdigit() else -1


def _verified_message(done):
    total = sum(done.values())
    parts = ", ".join(
        f"{count} {kind_label(model, count)}" for model, count in done.items() if count
    )
    return f"{total} record{pluralize(total)} verified: {parts}." if total else "Nothing to verify."


def _entities_awaiting(article):
    """[(kind plural, how many)] of the new people, organisations and operations the article's
    records name, which verifying the records leaves as they are."""
    found = []
    for model in ENTITY_MODELS:
        count = named_in(model.objects.awaiting_review(), article.pk).count()
        if count:
            found.append(
                (model._meta.verbose_name if count == 1 else model._meta.verbose_name_plural, count)
            )
    return found
