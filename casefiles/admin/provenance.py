"""What the admins of records found in articles (quotes, figures, people named, operations
named) share, on their own pages and as inlines on their article's page: the passage, the review
trail (who verified or rejected a record and when, and whether a journalist has edited it, which
a re-import then leaves alone) and how sure the importer was. Each kind's admin is in
`casefiles.admin.records`."""

from django import forms
from django.contrib import admin
from django.urls import reverse
from django.utils.text import Truncator

from articles.models import Article
from casefiles.admin.article_review import RecordReviewMixin, just_reviewed, review_cell
from casefiles.admin.base import AutocompleteLabelsMixin, NewsroomAdmin, ReviewActionsMixin
from casefiles.admin.confidence import (
    ConfidenceBandFilter,
    ConfidenceMixin,
    RuleFilter,
    found_by_cell,
)
from casefiles.admin.forms import VerbatimField
from casefiles.admin.locking import SEEN
from casefiles.admin.preview import passage_in_context
from casefiles.models import (
    ReviewStatus,
)


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
        record.review(record.review_status, user, save=False)
    record.passage_missing = False


class ArticleListFilter(admin.RelatedOnlyFieldListFilter):
    """Filter by article, listing headlines only (not every article's full text)."""

    def field_choices(self, field, request, model_admin):
        in_list = model_admin.get_queryset(request).values("article")
        return list(Article.objects.filter(pk__in=in_list).values_list("pk", "headline"))


class ProvenanceAdmin(ConfidenceMixin, RecordReviewMixin, ReviewActionsMixin, NewsroomAdmin):
    """Admin for records found in an article: quotes, figures, people and operations named."""

    # Related rows each kind shows with its passage; subclasses add theirs.
    related = ()
    list_defer = ("article__body",)
    list_filter = (
        "review_status",
        ConfidenceBandFilter,
        RuleFilter,
        "passage_missing",
        "edited",
        ("article", ArticleListFilter),
    )
    date_hierarchy = "article__published_at"
    autocomplete_fields = ("article",)
    readonly_fields = (
        "passage_in_context",
        "edited",
        "passage_missing",
        "reviewed_by",
        "reviewed_at",
        "extraction_rule",
        "confidence",
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
                ("extraction_rule", "confidence"),
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

    @admin.display(description="review", ordering="review_status")
    def review_state(self, obj):
        """The review status, and whether a journalist edited the record, in one column."""
        if obj.review_status == ReviewStatus.EXTRACTED:
            state = "not yet checked"
        else:
            state = obj.get_review_status_display().lower()
        return f"{state}, edited" if obj.edited else state

    @admin.display(description="in the article")
    def passage_in_context(self, obj):
        if obj.pk is None:
            return "Shown once the record is saved."
        return passage_in_context(obj, width=300)

    def save_model(self, request, obj, form, change):
        record_journalist_change(obj, form.changed_data, request.user, adding=not change)
        if "_verify" in request.POST:
            obj.review(ReviewStatus.VERIFIED, request.user, save=False)
        super().save_model(request, obj, form, change)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["show_save_verified"] = change and self.has_change_permission(request, obj)
        context["save_verified_title"] = (
            "Save, mark it verified by you and open the next record of this article awaiting review"
        )
        return super().render_change_form(request, context, add, change, form_url, obj)


class ProvenanceFormSet(forms.BaseInlineFormSet):
    """The first `shown` records of one kind in the article, down its text.

    An article may hold thousands; a page of thousands of forms takes minutes to render and
    to post. The rest are edited from their own list, filtered to the article (`more_url`).
    One row more than is shown is read to know whether there are more, so the page runs the
    same queries however many records the article holds.
    """

    shown = 10

    def get_queryset(self):
        if getattr(self, "_shown_records", None) is None:
            records = list(super().get_queryset()[: self.shown + 1])
            self.more = len(records) > self.shown
            self._shown_records = records[: self.shown]
            # Every row belongs to the article on the page; hand each that article rather than
            # let each load it again for its name, its link and the check of its passage.
            for record in self._shown_records:
                setattr(record, self.fk.name, self.instance)
        return self._shown_records

    @property
    def more_url(self):
        """The list of all this kind's records in the article, when not all are shown here."""
        self.get_queryset()
        if not self.more:
            return ""
        opts = self.model._meta
        changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        return f"{changelist}?{self.fk.name}__id__exact={self.instance.pk}"

    def save_new(self, form, commit=True):
        record_journalist_change(form.instance, form.changed_data, self.user, adding=True)
        return super().save_new(form, commit)

    def save_existing(self, form, obj, commit=True):
        record_journalist_change(obj, form.changed_data, self.user, adding=False)
        return super().save_existing(form, obj, commit)


class ProvenanceInline(AutocompleteLabelsMixin, admin.TabularInline):
    """Records of one kind edited alongside their article, each reviewed where it stands with
    its row's buttons (`casefiles.admin.article_review`)."""

    related = ()
    formset = ProvenanceFormSet
    extra = 0
    show_change_link = True
    classes = ("cf-inline",)
    template = "admin/edit_inline/provenance_tabular.html"
    readonly_fields = ("found_by", "review_actions")

    class Media:
        js = ("js/casefiles-review-post.js", "js/casefiles-admin-review.js")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("reviewed_by", *self.related)

    @admin.display(description="found by, how sure")
    def found_by(self, obj):
        return found_by_cell(obj) if obj.pk else ""

    @admin.display(description="review")
    def review_actions(self, obj):
        if obj.pk is None:
            return "Extracted (not yet checked) until you verify it"
        if not self.may_review:
            return obj.get_review_status_display()
        return review_cell(obj, self.undo_to.get((obj._meta.model_name, obj.pk), ""))

    def get_fields(self, request, obj=None):
        # Each row carries, hidden, its record's values as the page showed them (`locking`).
        return [*super().get_fields(request, obj), SEEN]

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.user = request.user
        # What the review column shows: buttons for those who may change the records, and Undo
        # on the row a review sent without the script came back to.
        self.may_review = self.has_change_permission(request, obj)
        self.undo_to = just_reviewed(request)
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
