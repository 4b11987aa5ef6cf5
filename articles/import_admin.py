"""The admin pages of import runs and of the files a queued run holds: written by the importer
and its background workers, read here (journalists and editors alike).

While a run goes on its page keeps its numbers current: a script
(`static/js/casefiles-import-progress.js`) reads them again every few seconds from the run's
`progress/` address, as JSON, until the run ends. Without the script the page offers a link that
reloads it."""

from django.contrib import admin
from django.contrib.admin.utils import display_for_field, flatten_fieldsets
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, JsonResponse
from django.urls import path, reverse
from django.utils.html import conditional_escape, format_html, format_html_join

from articles.models import ImportItem, ImportItemStatus, ImportRun, ImportRunStatus
from casefiles.admin.base import STYLESHEET

# How many failures a run's page lists, newest first; the rest are a link away.
FAILURES_SHOWN = 20
# How many of a queued run's files its page lists, each with what came of it.
FILES_SHOWN = 20
# A run in one of these states may still change: its page reads its numbers again.
GOING_ON = (ImportRunStatus.RUNNING, ImportRunStatus.QUEUED)
# How often the page reads them, in milliseconds.
REFRESH_MS = 3000


class ReadOnlyAdmin(admin.ModelAdmin):
    class Media:
        css = {"all": (STYLESHEET,)}

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def items_url(run, status=None):
    """The list of a run's files, or of those with one status."""
    query = f"?run__id__exact={run.pk}" + (f"&status__exact={status}" if status else "")
    return reverse("admin:articles_importitem_changelist") + query


@admin.register(ImportRun)
class ImportRunAdmin(ReadOnlyAdmin):
    """What each import read and what came of it, with a queued run's progress."""

    list_display = (
        "started",
        "finished",
        "state",
        "progress_text",
        "user",
        "dry_run",
        "created_count",
        "updated_count",
        "unchanged_count",
        "failed_count",
    )
    list_filter = ("status", "dry_run", "publish")
    search_fields = ("paths", "report", "user")
    date_hierarchy = "started"
    readonly_fields = ("state", "status_now", "progress", "files", "failures")
    counts = ("created_count", "updated_count", "unchanged_count", "failed_count")
    # What the page of a run that goes on shows afresh each time it reads the run again.
    live_fields = ("finished", "status_now", "progress", "files", *counts, "failures")

    class Media:
        js = ("js/casefiles-import-progress.js",)

    def get_urls(self):
        progress = self.admin_site.admin_view(self.progress_view)
        return [
            path("<path:object_id>/progress/", progress, name="articles_importrun_progress"),
            *super().get_urls(),
        ]

    def progress_view(self, request, object_id):
        """The run's numbers as its page shows them, as JSON: {"going_on": bool, "fields":
        {field: HTML}}, for the page's script to put in place."""
        run = self.get_object(request, object_id)
        if run is None:
            raise Http404("No such import run.")
        if not self.has_view_permission(request, run):
            raise PermissionDenied
        on_page = flatten_fieldsets(self.get_fieldsets(request, run))
        fields = {f: self._shown(run, f) for f in self.live_fields if f in on_page}
        return JsonResponse({"going_on": _going_on(run), "fields": fields})

    def _shown(self, run, field):
        """`field` of `run` as HTML, as the run's page shows it."""
        if field in self.readonly_fields:
            return conditional_escape(getattr(self, field)(run))
        value = getattr(run, field)
        shown = display_for_field(value, run._meta.get_field(field), self.get_empty_value_display())
        return conditional_escape(shown)

    def get_fieldsets(self, request, obj=None):
        # A queued run's failures are on its files; the command writes them into its report.
        queued = obj is not None and obj.queued_count
        result = (
            ("progress", "files", self.counts, "failures") if queued else (self.counts, "report")
        )
        return (
            (
                None,
                {
                    "fields": (
                        ("started", "finished"),
                        "status_now",
                        "user",
                        ("dry_run", "publish"),
                        "paths",
                    )
                },
            ),
            ("Result", {"fields": result}),
        )

    @admin.display(description="status", ordering="status")
    def state(self, obj):
        # A run whose process is gone reads as interrupted before the next run records it so.
        return obj.current_status.label

    @admin.display(description="status")
    def status_now(self, obj):
        """The status; while the run goes on, with where its page reads its numbers again and
        a link that reloads the page, for a browser without the script."""
        label = self.state(obj)
        if not _going_on(obj):
            return label
        url = reverse("admin:articles_importrun_progress", args=[obj.pk])
        here = reverse("admin:articles_importrun_change", args=[obj.pk])
        return format_html(
            '<span class="import-live" data-progress-url="{}" data-refresh-ms="{}">{}</span> '
            '<a class="import-reload" href="{}">Show the latest numbers</a>',
            url,
            REFRESH_MS,
            label,
            here,
        )

    @admin.display(description="progress")
    def progress_text(self, obj):
        if not obj.queued_count:
            return "—"
        return f"{obj.settled_count} of {obj.queued_count}"

    @admin.display(description="progress")
    def progress(self, obj):
        done = obj.created_count + obj.updated_count + obj.unchanged_count
        pending = obj.items.pending().aggregate(
            waiting=Count("pk", filter=Q(status=ImportItemStatus.WAITING)),
            running=Count("pk", filter=Q(status=ImportItemStatus.RUNNING)),
        )
        return format_html(
            '<progress max="{}" value="{}">{} of {}</progress> '
            "{} of {} files read: {} imported, {} failed, {} being imported, {} waiting. "
            '<a href="{}">The files</a>',
            obj.queued_count,
            obj.settled_count,
            obj.settled_count,
            obj.queued_count,
            obj.settled_count,
            obj.queued_count,
            done,
            obj.failed_count,
            pending["running"],
            pending["waiting"],
            items_url(obj),
        )

    @admin.display(description="files")
    def files(self, obj):
        """The first files, each with its status and, once imported, a link to review its
        article: what a journalist who queued one web address waits for."""
        items = obj.items.order_by("pk").only(
            "pk", "source_name", "status", "article_id", "run_id"
        )[:FILES_SHOWN]
        rows = format_html_join("", "<li>{}</li>", ((_file_line(item),) for item in items))
        more = (
            format_html('<a href="{}">All {} files</a>', items_url(obj), obj.queued_count)
            if obj.queued_count > FILES_SHOWN
            else ""
        )
        return format_html('<ul class="import-files">{}</ul>{}', rows, more)

    @admin.display(description="failed files")
    def failures(self, obj):
        if not obj.failed_count:
            return "—"
        newest = obj.items.filter(status=ImportItemStatus.FAILED).order_by("-finished", "-pk")
        rows = format_html_join(
            "",
            "<li>{}: {}</li>",
            ((item.source_name, item.error) for item in newest[:FAILURES_SHOWN]),
        )
        return format_html(
            '<ul class="import-failures">{}</ul><a href="{}">All {} failed files</a>',
            rows,
            items_url(obj, ImportItemStatus.FAILED),
            obj.failed_count,
        )


def _going_on(run):
    return run.current_status in GOING_ON


def _file_line(item):
    status = format_html(
        '<strong class="import-status import-status-{}">{}</strong>',
        item.status,
        item.get_status_display(),
    )
    if item.article_id is None:
        return format_html("{}: {}", item.source_name, status)
    url = reverse("admin:articles_article_change", args=[item.article_id])
    return format_html(
        '{}: {} · <a href="{}">Review the article</a>', item.source_name, status, url
    )


@admin.register(ImportItem)
class ImportItemAdmin(ReadOnlyAdmin):
    """The files of queued runs, each with its outcome or why it failed."""

    list_display = ("source_name", "status", "error", "run", "attempts", "finished")
    list_filter = ("status",)
    list_select_related = ("run",)
    search_fields = ("source_name", "error")
    date_hierarchy = "finished"
    fields = (
        "run",
        "source_name",
        "address",
        "status",
        "error",
        "article",
        "attempts",
        ("started", "finished"),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("run", "article").defer("text")
