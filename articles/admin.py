"""The newsroom admin for source articles, their publications and the record of imports."""

from datetime import time

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminSplitDateTime
from django.db.models import F
from django.urls import reverse
from django.utils.html import format_html
from django.utils.timezone import localtime

from articles import import_admin  # noqa: F401  (registers the import runs' pages)
from articles.intake.views import IntakeAdminMixin
from articles.models import DATE_NOT_KNOWN, Article, Publication
from casefiles import search
from casefiles.admin.article_review import ArticleReviewMixin
from casefiles.admin.base import NewsroomAdmin, PublishableAdmin, count_of, name_date_and_time
from casefiles.admin.forms import NewsroomForm
from casefiles.admin.preview import article_spans, body_preview
from casefiles.admin.records import (
    AppearanceInline,
    OperationMentionInline,
    OutcomeInline,
    QuoteInline,
)
from casefiles.admin.usage import NAMING_FILTERS
from casefiles.models import Appearance, OperationMention, Outcome, Quote, ReviewStatus


@admin.register(Publication)
class PublicationAdmin(NewsroomAdmin):
    list_display = ("name", "website", "articles")
    search_fields = ("name",)
    view_on_site = False

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(article_total=count_of(Article.objects, "publication"))
        )

    @admin.display(description="articles", ordering="article_total")
    def articles(self, obj):
        return obj.article_total


class PublishedFilter(admin.DateFieldListFilter):
    """Django's date filter, with the undated articles named as every page names them. The
    date hierarchy above the list leads only to dated articles; this reaches the others."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        isnull = self.field_generic + "isnull"
        self.links = (
            *(link for link in self.links if isnull not in link[1]),
            (DATE_NOT_KNOWN, {isnull: True}),
            ("Date known", {isnull: False}),
        )


class DateAndOptionalTime(AdminSplitDateTime):
    """The admin's date and time boxes, the time box left empty for a date given alone."""

    date_only = False

    def decompress(self, value):
        date, time_of_day = super().decompress(value)
        return [date, None if self.date_only else time_of_day]


class PublishedField(forms.SplitDateTimeField):
    """When an article was published: a date and a time, or a date alone (that day's start)."""

    def compress(self, data_list):
        given = data_list and data_list[0] not in self.empty_values
        if given and data_list[1] in self.empty_values:
            data_list = [data_list[0], time()]
        return super().compress(data_list)


class ArticleForm(NewsroomForm):
    """An article's form, where the time of publication may be left out: the pages then give
    the date alone (`Article.published_has_time`)."""

    published_at = PublishedField(
        label="Published",
        required=False,
        widget=DateAndOptionalTime,
        help_text="When the article was first published, as its date line gives it. Leave the "
        "time empty when the source gives the date alone, and both empty when it gives none.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("published_at")
        if field is not None:
            published = self.instance.published_at
            # A time of day other than midnight is shown whatever the flag says: nothing the
            # article holds is lost by saving its form unchanged.
            field.widget.date_only = bool(
                published
                and not self.instance.published_has_time
                and localtime(published).time() == time()
            )
            name_date_and_time(field)

    def clean(self):
        cleaned_data = super().clean()
        if "published_at" in self.fields:
            time_of_day = self.data.get(self.add_prefix("published_at_1"), "")
            self.instance.published_has_time = bool(
                cleaned_data.get("published_at") and time_of_day.strip()
            )
        return cleaned_data


@admin.register(Article)
class ArticleAdmin(ArticleReviewMixin, IntakeAdminMixin, PublishableAdmin):
    """Articles: "Add article" is the intake (paste, upload, fetch; `articles/intake/`), the
    change page is where a journalist reviews what was found (`casefiles.admin.article_review`:
    each record verified or rejected in its row, or everything left at once)."""

    form = ArticleForm
    publish_permission = "articles.publish_article"
    list_display = ("headline", "publication", "published", "status", "awaiting_review")
    # The naming filters show only when a person's, organisation's or operation's page links here.
    list_filter = (
        "status",
        ("published_at", PublishedFilter),
        "publication",
        "headline_derived",
        "truncated",
        *NAMING_FILTERS,
    )
    list_select_related = ("publication",)
    list_defer = ("body", "original_html")
    search_fields = ("headline", "byline", "source_name")
    date_hierarchy = "published_at"
    autocomplete_fields = ("publication",)
    prepopulated_fields = {"slug": ("headline",)}
    inlines = (QuoteInline, OutcomeInline, AppearanceInline, OperationMentionInline)
    readonly_fields = ("body_preview", "original_page", "content_hash", "created", "modified")
    heading_fieldset = (None, {"fields": ("headline", "headline_derived", "slug", "status")})
    source_fieldset = (
        "Source",
        {
            "fields": (
                "publication",
                "byline",
                ("published_at", "updated_at"),
                "source_name",
                "source_url",
                "truncated",
            )
        },
    )

    def get_fieldsets(self, request, obj=None):
        # Only a stored article has a form: adding one is the intake's page.
        return (
            self.heading_fieldset,
            self.source_fieldset,
            (
                "Text and what was found in it",
                {
                    "fields": ("body_preview",),
                    "description": "The text as imported. It cannot be changed here: every "
                    "record below points into it by character offsets. Click a tag to open "
                    "its record.",
                },
            ),
            (
                "Record",
                {
                    "fields": ("original_page", "content_hash", ("created", "modified")),
                    "classes": ("collapse",),
                },
            ),
        )

    def get_queryset(self, request):
        awaiting = [
            count_of(model.objects.filter(review_status=ReviewStatus.EXTRACTED), "article")
            for model in (Quote, Outcome, Appearance, OperationMention)
        ]
        total = awaiting[0]
        for count in awaiting[1:]:
            total = total + count
        return (
            super()
            .get_queryset(request)
            .select_related("publication")
            .annotate(awaiting_total=total)
        )

    def get_search_results(self, request, queryset, search_term):
        """Headline, byline and file name as every admin searches them, and also the article's
        text through the reader search's index, so that a story is found by what it is about:
        in this list and in every article picker, which asks this method too."""
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if not search_term.strip():
            return found, may_have_duplicates
        # The index is a subquery, not a join: it brings no duplicate rows of its own.
        by_text = queryset.filter(search.matching(search.SearchKind.ARTICLE, search_term))
        return found | by_text, may_have_duplicates

    @admin.display(description="published", ordering="published_at", empty_value=DATE_NOT_KNOWN)
    def published(self, obj):
        return obj.published_at

    @admin.display(description="awaiting review", ordering=F("awaiting_total").desc())
    def awaiting_review(self, obj):
        if not obj.awaiting_total:
            return 0
        url = f"{reverse('admin:review-queue')}?article={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, obj.awaiting_total)

    @admin.display(description="original page")
    def original_page(self, obj):
        if not obj.original_html:
            return "None: the text was imported as plain text."
        return (
            f"{len(obj.original_html):,} characters of HTML, kept so that “Extract again” reads "
            "the text from the page once more."
        )

    @admin.display(description="text")
    def body_preview(self, obj):
        return body_preview(obj, article_spans(obj))
