"""The newsroom admin's shared parts: the site, base admin classes, the highlighted body preview
and the review queue.

Every admin records its changes with django-simple-history. Extracted records (quotes, figures,
people named, operations named) share one admin base that keeps the review trail: who verified
or rejected a record and when, and whether a journalist has edited it (a re-import then leaves it
alone).
"""

import heapq
from dataclasses import dataclass
from itertools import islice, pairwise

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import models, transaction
from django.db.models import Count, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator, capfirst
from simple_history.admin import SimpleHistoryAdmin
from simple_history.manager import SIMPLE_HISTORY_REVERSE_ATTR_NAME

from articles.models import Article
from casefiles.models import Appearance, OperationMention, Outcome, Quote, ReviewStatus

STYLESHEET = "casefiles-admin.css"

# Extracted records in the order a journalist reviews them: what was said, what was counted,
# who was named, which operation was named.
REVIEW_MODELS = (Quote, Outcome, Appearance, OperationMention)

# Short names for the kinds of span in the body preview and the review queue.
KIND_NAMES = {
    "quote": "quote",
    "outcome": "figure",
    "appearance": "person",
    "operationmention": "operation",
}

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
    "Article",
    "Publication",
    "ImportRun",
)


def _position(sequence, item):
    return sequence.index(item) if item in sequence else len(sequence)


def count_of(queryset, field):
    """A subquery counting the rows of `queryset` whose `field` points at the outer row."""
    rows = (
        queryset.filter(**{field: OuterRef("pk")})
        .order_by()
        .values(field)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows), Value(0))


# --- The site -----------------------------------------------------------------------------------


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
        """Records still as the importer found them, oldest first, across every kind."""
        models = {model._meta.model_name: model for model in self._reviewable_models(request)}
        if request.method == "POST":
            return self._review_from_queue(request, models)

        kind = request.GET.get("kind")
        shown = [models[kind]] if kind in models else list(models.values())
        article = request.GET.get("article")
        querysets = []
        for model in shown:
            queryset = self._registry[model].review_queryset(request)
            if article and article.isdigit():
                queryset = queryset.filter(article_id=int(article))
            querysets.append(queryset)
        paginator = Paginator(AwaitingReview(querysets), 50)
        page = paginator.get_page(request.GET.get("page"))
        rows = [
            {
                "record": record,
                "subject": subject_of(record),
                "kind": KIND_NAMES[record._meta.model_name],
                "model_name": record._meta.model_name,
                "context": passage_in_context(record, width=120, longest=360),
                "change_url": reverse(
                    f"admin:{record._meta.app_label}_{record._meta.model_name}_change",
                    args=[record.pk],
                ),
                "article_url": reverse("admin:articles_article_change", args=[record.article_id]),
                "can_change": self._registry[type(record)].has_change_permission(request, record),
            }
            for record in page.object_list
        ]
        context = {
            **self.each_context(request),
            "title": "Review queue",
            "subtitle": None,
            "rows": rows,
            "page_obj": page,
            "kinds": [(name, model._meta.verbose_name_plural) for name, model in models.items()],
            "kind": kind if kind in models else "",
            "article": article if article and article.isdigit() else "",
            "stylesheet": STYLESHEET,
        }
        request.current_app = self.name
        return TemplateResponse(request, "admin/review_queue.html", context)

    def _review_from_queue(self, request, models):
        model = models.get(request.POST.get("kind", ""))
        status = request.POST.get("status")
        pk = request.POST.get("pk", "")
        if model is None or status not in {ReviewStatus.VERIFIED, ReviewStatus.REJECTED}:
            raise PermissionDenied
        if not pk.isdigit():
            return HttpResponseBadRequest("Which record? The form sent no record number.")
        record = model.objects.filter(pk=int(pk)).first()
        model_admin = self._registry[model]
        if record is None or not model_admin.has_change_permission(request, record):
            raise PermissionDenied
        changed = set_review_status(model.objects.filter(pk=record.pk), status, request.user)
        if changed:
            name = model._meta.verbose_name.capitalize()
            label = ReviewStatus(status).label.lower()
            messages.success(
                request, f"{name} “{Truncator(str(record)).chars(80)}” marked {label}."
            )
        next_url = request.POST.get("next", "")
        if not next_url.startswith(reverse("admin:review-queue")):
            next_url = reverse("admin:review-queue")
        return HttpResponseRedirect(next_url)


class AwaitingReview:
    """Several querysets, each ordered oldest first, read as one list for a Paginator.

    A page runs one query per kind whatever its number: each kind gives at most as many rows as
    the page reaches, and the merge keeps the oldest.
    """

    def __init__(self, querysets):
        self.querysets = querysets

    def count(self):
        return sum(queryset.count() for queryset in self.querysets)

    def __getitem__(self, window):
        merged = heapq.merge(
            *(queryset[: window.stop] for queryset in self.querysets),
            key=lambda record: (record.created, record.pk),
        )
        return list(islice(merged, window.start, window.stop))


# --- Widgets and forms --------------------------------------------------------------------------


class PreloadedLabelsMixin:
    """An autocomplete widget that names its current choice from the row it was loaded with.

    Django's autocomplete widgets look up the selected value of every form, so an inline of thirty
    rows makes thirty queries per column. The admin's querysets already join the related rows;
    `NewsroomForm` passes their labels in, and only a value that differs from the saved one
    (a form sent back with errors) is looked up.
    """

    preloaded = None

    def optgroups(self, name, value, attr=None):
        selected = [str(v) for v in value if str(v) not in self.choices.field.empty_values]
        if self.preloaded is None or not set(selected) <= self.preloaded.keys():
            return super().optgroups(name, value, attr)
        options = []
        if not self.is_required and not self.allow_multiple_selected:
            options.append(self.create_option(name, "", "", False, 0))
        for key in selected:
            options.append(self.create_option(name, key, self.preloaded[key], True, len(options)))
        return [(None, options, 0)]


class PreloadedAutocompleteSelect(PreloadedLabelsMixin, AutocompleteSelect):
    pass


class PreloadedAutocompleteSelectMultiple(PreloadedLabelsMixin, AutocompleteSelectMultiple):
    pass


class NewsroomForm(forms.ModelForm):
    """The admin's form: autocomplete labels from loaded rows, and a past version's own links.

    On a history page, simple-history hands the form the record as it was, but its many-to-many
    fields still read today's links; a revert would keep them. The historical record holds the
    links as they were, so the form starts from those.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            return
        version = getattr(self.instance, SIMPLE_HISTORY_REVERSE_ATTR_NAME, None)
        if version is not None:
            self._start_from_version(version)
            return
        for name, field in self.fields.items():
            widget = getattr(field.widget, "widget", field.widget)
            if not isinstance(widget, PreloadedLabelsMixin):
                continue
            related = self._loaded_related(name)
            if related is not None:
                widget.preloaded = {str(obj.pk): field.label_from_instance(obj) for obj in related}

    def _start_from_version(self, version):
        for field in self.instance._meta.many_to_many:
            if field.name in self.fields and hasattr(version, field.name):
                rows = getattr(version, field.name).all()
                related = field.m2m_reverse_field_name()
                self.initial[field.name] = [getattr(row, f"{related}_id") for row in rows]

    def _loaded_related(self, name):
        """The related objects already loaded with the instance, or None if they were not."""
        model_field = self.instance._meta.get_field(name)
        if model_field.many_to_many:
            if name not in getattr(self.instance, "_prefetched_objects_cache", {}):
                return None
            return list(getattr(self.instance, name).all())
        if not model_field.is_cached(self.instance):
            return None
        obj = getattr(self.instance, name)
        return [obj] if obj is not None else []


class LinesField(forms.CharField):
    """A list of short strings (aliases) edited one per line rather than as JSON."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(value)
        return value

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        lines = (line.strip() for line in (value or "").splitlines())
        return list(dict.fromkeys(line for line in lines if line))

    def has_changed(self, initial, data):
        return self.to_python(initial) != self.to_python(data)


class VerbatimField(forms.CharField):
    """Text kept exactly as typed: offsets count its every character.

    Browsers send a textarea's line breaks as CR LF whatever the text held, and a plain form
    field strips spaces at either end; either would make a passage differ from the article.
    """

    def __init__(self, **kwargs):
        super().__init__(**{**kwargs, "strip": False})

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n")


# --- Base admin classes -------------------------------------------------------------------------


class NewsroomChangeList(ChangeList):
    def get_queryset(self, request, exclude_parameters=None):
        queryset = super().get_queryset(request, exclude_parameters)
        if self.model_admin.list_defer:
            queryset = queryset.defer(*self.model_admin.list_defer)
        return queryset


class AutocompleteLabelsMixin:
    """Autocomplete widgets that take their labels from rows already loaded (see above)."""

    form = NewsroomForm

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = PreloadedAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = PreloadedAutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class NewsroomAdmin(AutocompleteLabelsMixin, SimpleHistoryAdmin):
    """Base for every editable record: history of every change, fixed-query changelists."""

    # Columns loaded with a row but never shown in the list (long texts).
    list_defer = ()
    list_per_page = 50
    # simple-history diffs many-to-many fields with queries per entry, so keep pages short.
    history_list_per_page = 25
    object_history_form_template = "admin/history_revert_form.html"

    class Media:
        css = {"all": (STYLESHEET,)}

    def get_changelist(self, request, **kwargs):
        return NewsroomChangeList

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "aliases":
            return LinesField(
                required=not db_field.blank,
                label=capfirst(db_field.verbose_name),
                help_text=db_field.help_text,
            )
        if isinstance(db_field, models.URLField):
            # A web address typed without a scheme is taken to be https.
            kwargs.setdefault("assume_scheme", "https")
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class PublishableAdmin(NewsroomAdmin):
    """Records readers see only once published; publishing needs its own permission."""

    publish_permission = ""
    published_value = "published"
    draft_value = "draft"
    actions = ["publish", "withdraw"]

    def has_publish_permission(self, request, obj=None):
        return request.user.has_perm(self.publish_permission)

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if not self.has_publish_permission(request, obj):
            fields = (*fields, "status")
        return fields

    @admin.action(
        permissions=["publish"], description="Publish the selected %(verbose_name_plural)s"
    )
    def publish(self, request, queryset):
        self._set_status(request, queryset, self.published_value, "published")

    @admin.action(
        permissions=["publish"],
        description="Withdraw the selected %(verbose_name_plural)s (back to draft)",
    )
    def withdraw(self, request, queryset):
        self._set_status(request, queryset, self.draft_value, "withdrawn")

    def _set_status(self, request, queryset, status, done):
        # One save per record so each change is in its history with who made it.
        changed = 0
        with transaction.atomic():
            for obj in queryset.exclude(status=status):
                obj.status = status
                obj._history_user = request.user
                obj._change_reason = f"{done.capitalize()} from the list"
                obj.save()
                changed += 1
        opts = self.model._meta
        name = opts.verbose_name if changed == 1 else opts.verbose_name_plural
        self.message_user(request, f"{changed} {name} {done}.", messages.SUCCESS)


# --- Extracted records --------------------------------------------------------------------------


def set_review_status(queryset, status, user):
    """Move every record of `queryset` not already there to `status`; return how many moved.

    `mark()` would do it in one UPDATE, but an UPDATE leaves no history and no `modified` time,
    so each record is saved in turn with the same rule.
    """
    reviewed = status != ReviewStatus.EXTRACTED
    reason = f"Marked {ReviewStatus(status).label.lower()}"
    changed = 0
    with transaction.atomic():
        for record in queryset.exclude(review_status=status):
            record.review_status = status
            record.reviewed_by = user if reviewed else None
            record.reviewed_at = timezone.now() if reviewed else None
            record._history_user = user
            record._change_reason = reason
            record.save()
            changed += 1
    return changed


def record_journalist_change(record, changed_fields, user, *, adding):
    """What saving a record from the admin means for its review trail.

    A record a journalist adds or changes (beyond its review status) is theirs: a re-import
    keeps it. A change of review status names the reviewer. The form has just checked the passage
    against the article body, so it is no longer missing.
    """
    changed = set(changed_fields)
    if adding or changed - {"review_status"}:
        record.edited = True
    if "review_status" in changed or (adding and record.review_status != ReviewStatus.EXTRACTED):
        reviewed = record.review_status != ReviewStatus.EXTRACTED
        record.reviewed_by = user if reviewed else None
        record.reviewed_at = timezone.now() if reviewed else None
    record.passage_missing = False


class ArticleListFilter(admin.RelatedOnlyFieldListFilter):
    """Filter by article, listing headlines only (not every article's full text)."""

    def field_choices(self, field, request, model_admin):
        in_list = model_admin.get_queryset(request).values("article")
        return list(Article.objects.filter(pk__in=in_list).values_list("pk", "headline"))


class ProvenanceAdmin(NewsroomAdmin):
    """Admin for records found in an article: quotes, figures, people and operations named."""

    # Related rows each kind shows with its passage; subclasses add theirs.
    related = ()
    list_defer = ("article__body",)
    list_filter = ("review_status", "passage_missing", "edited", ("article", ArticleListFilter))
    date_hierarchy = "article__published_at"
    autocomplete_fields = ("article",)
    readonly_fields = (
        "passage_in_context",
        "edited",
        "passage_missing",
        "reviewed_by",
        "reviewed_at",
        "created",
        "modified",
    )
    actions = ["mark_verified", "mark_rejected", "mark_extracted"]
    passage_fieldset = (
        "Passage",
        {
            "fields": ("article", "passage_in_context", "text", ("start", "end")),
            "description": "Start and end count characters from the beginning of the article "
            "text; the passage must be exactly what the article says between them.",
        },
    )
    review_fieldset = (
        "Review",
        {
            "fields": (
                "review_status",
                ("reviewed_by", "reviewed_at"),
                ("edited", "passage_missing"),
                ("created", "modified"),
            ),
        },
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article", "reviewed_by", *self.related)

    def review_queryset(self, request):
        """This kind's records awaiting review, with what the review queue shows of them."""
        return self.model.objects.awaiting_review().select_related("article", *self.related)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "text":
            kwargs["form_class"] = VerbatimField
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3, "cols": 80})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description="passage", ordering="text")
    def passage(self, obj):
        return Truncator(obj.text).chars(90)

    @admin.display(description="article", ordering="article")
    def in_article(self, obj):
        return Truncator(obj.article.headline).chars(60)

    @admin.display(description="in the article")
    def passage_in_context(self, obj):
        if obj.pk is None:
            return "Shown once the record is saved."
        return passage_in_context(obj, width=300)

    def save_model(self, request, obj, form, change):
        record_journalist_change(obj, form.changed_data, request.user, adding=not change)
        if "_verify" in request.POST:
            obj.review_status = ReviewStatus.VERIFIED
            obj.reviewed_by = request.user
            obj.reviewed_at = timezone.now()
        super().save_model(request, obj, form, change)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["show_save_verified"] = change and self.has_change_permission(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_change(self, request, obj):
        if "_verify" not in request.POST:
            return super().response_change(request, obj)
        following = self.model.objects.awaiting_review().exclude(pk=obj.pk).first()
        if following is None:
            self.message_user(request, f"“{obj}” verified. Nothing else awaits review.")
            return HttpResponseRedirect(reverse("admin:review-queue"))
        self.message_user(request, f"“{obj}” verified. Here is the next one awaiting review.")
        opts = self.model._meta
        return HttpResponseRedirect(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[following.pk])
        )

    def _mark(self, request, queryset, status):
        changed = set_review_status(queryset, status, request.user)
        opts = self.model._meta
        name = opts.verbose_name if changed == 1 else opts.verbose_name_plural
        label = ReviewStatus(status).label.lower()
        self.message_user(request, f"{changed} {name} marked {label}.", messages.SUCCESS)

    @admin.action(permissions=["change"], description="Mark verified")
    def mark_verified(self, request, queryset):
        self._mark(request, queryset, ReviewStatus.VERIFIED)

    @admin.action(permissions=["change"], description="Mark rejected")
    def mark_rejected(self, request, queryset):
        self._mark(request, queryset, ReviewStatus.REJECTED)

    @admin.action(permissions=["change"], description="Back to extracted (not yet checked)")
    def mark_extracted(self, request, queryset):
        self._mark(request, queryset, ReviewStatus.EXTRACTED)


class ProvenanceFormSet(forms.BaseInlineFormSet):
    def get_queryset(self):
        records = super().get_queryset()
        # Every row belongs to the article on the page; hand each that article rather than let
        # each load it again for its name, its link and the check of its passage.
        for record in records:
            setattr(record, self.fk.name, self.instance)
        return records

    def save_new(self, form, commit=True):
        record_journalist_change(form.instance, form.changed_data, self.user, adding=True)
        return super().save_new(form, commit)

    def save_existing(self, form, obj, commit=True):
        record_journalist_change(obj, form.changed_data, self.user, adding=False)
        return super().save_existing(form, obj, commit)


class ProvenanceInline(AutocompleteLabelsMixin, admin.TabularInline):
    """Records of one kind edited alongside their article."""

    related = ()
    formset = ProvenanceFormSet
    extra = 0
    show_change_link = True
    classes = ("cf-inline",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related(*self.related)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.user = request.user
        return formset

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "text":
            kwargs["form_class"] = VerbatimField
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 28})
        elif db_field.name in {"start", "end"}:
            kwargs["widget"] = forms.NumberInput(attrs={"class": "cf-offset"})
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and hasattr(formfield.widget, "can_change_related"):
            # A row has room for its choice and a way to add a missing one; the record's own
            # page has the rest.
            formfield.widget.can_change_related = False
            formfield.widget.can_view_related = False
        return formfield


# --- The highlighted body -----------------------------------------------------------------------


@dataclass(frozen=True)
class PreviewSpan:
    start: int
    end: int
    kind: str
    status: str
    label: str
    url: str = ""


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


def span_for(record):
    """The preview span of an extracted record; related rows must be loaded with it."""
    model_name = record._meta.model_name
    kind = KIND_NAMES[model_name]
    status = ReviewStatus(record.review_status)
    return PreviewSpan(
        start=record.start,
        end=record.end,
        kind=kind,
        status=status.value,
        label=f"{kind.capitalize()}: {subject_of(record)} ({status.label.lower()})",
        url=reverse(f"admin:casefiles_{model_name}_change", args=[record.pk]),
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
    return [span_for(record) for queryset in querysets for record in queryset]


def highlight_body(body, spans):
    """`body` as escaped HTML with every span marked, and a link tag where each span begins.

    Spans may nest or cross. The text is cut at every span boundary, so each piece lies wholly
    inside or outside every span and gets one <mark> of its own: the markup stays well formed
    however spans overlap. A piece shows the kind of its narrowest span that is not rejected.
    """
    length = len(body)
    spans = [
        span
        for span in (
            PreviewSpan(max(s.start, 0), min(s.end, length), s.kind, s.status, s.label, s.url)
            for s in spans
        )
        if span.start < span.end
    ]
    cuts = sorted({0, length, *(s.start for s in spans), *(s.end for s in spans)})
    pieces = []
    for start, end in pairwise(cuts):
        for span in spans:
            if span.start == start and span.url:
                pieces.append(
                    format_html(
                        '<a class="cf-tag cf-tag-{}" href="{}" title="{}">{}</a>',
                        span.kind,
                        span.url,
                        span.label,
                        span.kind,
                    )
                )
        covering = [s for s in spans if s.start <= start and s.end >= end]
        text = body[start:end]
        if not covering:
            pieces.append(format_html("{}", text))
            continue
        top = min(covering, key=lambda s: (s.status == ReviewStatus.REJECTED, s.end - s.start))
        classes = ["cf-hl", f"cf-hl-{top.kind}", f"cf-hl-{top.status}"]
        if len(covering) > 1:
            classes.append("cf-hl-overlap")
        pieces.append(
            format_html(
                '<mark class="{}" title="{}">{}</mark>',
                " ".join(classes),
                "\n".join(s.label for s in covering),
                text,
            )
        )
    return format_html_join("", "{}", ((piece,) for piece in pieces))


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
        highlight_body(article.body, spans),
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
