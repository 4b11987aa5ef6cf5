"""The admin's intake pages for articles: "Add article" (paste, upload or fetch) and "Extract
again" on an article's page. Mixed into `ArticleAdmin`; the importing is in `importing.py`.

One source lands on its article's page, the review page, with a message saying what was found;
several (files, a zip) land on a list of what came of each. Nothing here publishes: an import
is published only when the form's status says so, and only editors are shown that field.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.admin.helpers import Fieldset
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.core.files.uploadhandler import MemoryFileUploadHandler
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.decorators.csrf import csrf_protect

from articles.intake.forms import ADDRESS, PASTE, SECTIONS, IntakeForm
from articles.intake.importing import (
    address_name,
    extract_again,
    import_address,
    import_item,
    import_pasted,
    queued_source,
    record_run,
    zip_limits,
)
from articles.intake.uploads import upload_items
from articles.management.commands.import_articles import FOUND_KINDS
from articles.sources import SourceError
from articles.tasks import Queued, queue_import

# Each way in: its heading, what it says, and its button.
SECTION_TEXTS = {
    PASTE: ("Paste text", "Copied from anywhere; imported as a .txt file would be.", "Import text"),
    "upload": ("Upload files", "Each file becomes one article.", "Import files"),
    ADDRESS: ("From a web address", "", "Fetch and import"),
}
# What the address section says when background workers fetch the page.
QUEUED_ADDRESS = "A background worker fetches and imports it; its import run's page shows how far."


class IntakeAdminMixin:
    """Replaces the model admin's add view with the intake, and adds "extract again"."""

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}_extract_again"
        view = self.admin_site.admin_view(self.extract_again_view)
        return [path("<path:object_id>/extract-again/", view, name=name), *super().get_urls()]

    def add_view(self, request, form_url="", extra_context=None):
        """The intake. Its uploads are held in memory, so a request too large for that is
        refused before its body is read, and the CSRF check, which reads the body, follows."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        size = _content_length(request)
        if request.method == "POST" and size > settings.CASEFILES_UPLOAD_MAX_BYTES:
            refusal = (
                f"The upload is {size:,} bytes, over the {settings.CASEFILES_UPLOAD_MAX_BYTES:,}"
                "-byte limit (raise CASEFILES_UPLOAD_MAX_BYTES to send it). Nothing was read."
            )
            form = IntakeForm(may_publish=self.has_publish_permission(request))
            return self._intake_page(request, form, refusal=refusal)
        request.upload_handlers = [InMemoryUpload(request)]
        return csrf_protect(self._intake)(request)

    # The CSRF check is made inside, once the upload handlers are set.
    add_view.csrf_exempt = True

    def _intake(self, request):
        form = IntakeForm(
            request.POST if request.method == "POST" else None,
            request.FILES if request.method == "POST" else None,
            may_publish=self.has_publish_permission(request),
        )
        if form.is_bound and form.is_valid():
            response = self._import(request, form)
            if response is not None:
                return response
        return self._intake_page(request, form)

    def _import(self, request, form):
        section, publish = form.cleaned_data["section"], form.publish
        if section == PASTE:
            return self._one(
                request, form, import_pasted(form.cleaned_data["body"], publish=publish)
            )
        if section == ADDRESS:
            if settings.CASEFILES_TASKS != "immediate":
                return self._queue_address(request, form, form.cleaned_data["address"], publish)
            result = import_address(form.cleaned_data["address"], publish=publish)
            return self._one(request, form, result)
        uploads = form.cleaned_data["files"]
        items = [
            item
            for upload in uploads
            for item in upload_items(upload.name, upload.size, upload, zip_limits())
        ]
        if clash := _same_names(items):
            form.add_error("files", clash)
            return None
        skipped = [item for item in items if item.skipped]
        if settings.CASEFILES_TASKS != "immediate":
            return self._queue(request, [item for item in items if not item.skipped], publish)
        results = [import_item(item, publish=publish) for item in items if not item.skipped]
        if len(uploads) == 1 and len(results) == 1 and not uploads[0].name.lower().endswith(".zip"):
            return self._one(request, form, results[0])
        record_run(request.user, results, skipped)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Imported files",
            "rows": [_row(result) for result in results]
            + [{"name": item.name, "status": "skipped", "note": item.skipped} for item in skipped],
        }
        return TemplateResponse(request, "admin/articles/article/intake_results.html", context)

    def _queue(self, request, items, publish):
        """Uploads for the background workers: one run, followed on its page."""
        sources, refused = [], []
        for item in items:
            try:
                sources.append(queued_source(item))
            except SourceError as exc:
                refused.append(f"{item.name}: {exc.reason}")
        run = queue_import(sources, request.user, publish=publish)
        self.message_user(
            request,
            f"{len(sources)} file{'s' if len(sources) != 1 else ''} queued for import; this "
            "page shows how far the workers are.",
            messages.SUCCESS,
        )
        for refusal in refused:
            self.message_user(request, f"Not queued: {refusal}", messages.ERROR)
        return redirect(reverse("admin:articles_importrun_change", args=[run.pk]))

    def _queue_address(self, request, form, address, publish):
        """A web address for the background workers, which fetch it (a slow site keeps a
        worker waiting, not the journalist): one run, followed on its page."""
        try:
            name = address_name(address)
        except SourceError as exc:
            form.add_error(SECTIONS[ADDRESS], exc.reason)
            return None
        run = queue_import([Queued(name, "", address=name)], request.user, publish=publish)
        self.message_user(
            request,
            f"{name} queued for import: a background worker fetches and imports it; this page "
            "shows how far it is.",
            messages.SUCCESS,
        )
        return redirect(reverse("admin:articles_importrun_change", args=[run.pk]))

    def _one(self, request, form, result):
        """One source: its article's page with a message, or the form again saying why not."""
        record_run(request.user, [result])
        if result.status == "failed":
            field = SECTIONS[form.cleaned_data["section"]]
            form.add_error(field, f"{result.source_name}: {result.error}")
            return None
        self.message_user(request, _message(result), messages.SUCCESS)
        return redirect(_change_url(result.article))

    def _intake_page(self, request, form, *, refusal=""):
        texts = dict(SECTION_TEXTS)
        if settings.CASEFILES_TASKS != "immediate":
            heading, _, button = texts[ADDRESS]
            texts[ADDRESS] = (heading, QUEUED_ADDRESS, "Queue for import")
        sections = [
            (
                Fieldset(form, name=heading, fields=(SECTIONS[key],), description=description),
                f"_{key}",
                button,
            )
            for key, (heading, description, button) in texts.items()
        ]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Add article",
            "form": form,
            "refusal": refusal,
            "sections": sections,
            "status": Fieldset(form, name="After import", fields=("status",))
            if "status" in form.fields
            else None,
            "has_view_permission": self.has_view_permission(request),
            "queued": settings.CASEFILES_TASKS != "immediate",
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/articles/article/intake_form.html", context)

    def extract_again_view(self, request, object_id):
        article = self.get_object(request, unquote(object_id))
        if article is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        if request.method != "POST":
            return redirect(_change_url(article))
        result = extract_again(article)
        record_run(request.user, [result])
        if result.status == "failed":
            self.message_user(request, f"Could not extract again: {result.error}", messages.ERROR)
        else:
            self.message_user(request, "Extracted again: " + _found(result), messages.SUCCESS)
        return redirect(_change_url(article))


class InMemoryUpload(MemoryFileUploadHandler):
    """Every uploaded file kept in memory, never in a temporary file: the view has refused a
    request over CASEFILES_UPLOAD_MAX_BYTES before reading it."""

    def handle_raw_input(self, *args, **kwargs):
        self.activated = True


def _content_length(request) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _same_names(items) -> str:
    seen, clashes = set(), []
    for item in items:
        if item.name in seen and not item.skipped:
            clashes.append(item.name)
        seen.add(item.name)
    if not clashes:
        return ""
    names = ", ".join(f"“{name}”" for name in dict.fromkeys(clashes))
    return (
        f"Two files would be imported as the same article: {names}. An article is known by its "
        "file's name (a zip's file by its path inside the zip): rename one. Nothing was imported."
    )


def _change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


# The singular of each kind the importer counts.
ONE = {"quotes": "quote", "people": "person", "operations": "operation",
       "organisations": "organisation", "outcomes": "figure"}  # fmt: skip


def _count(n, kind):
    return (
        f"{n} {ONE.get(kind, kind)}"
        if n == 1
        else f"{n} {'figures' if kind == 'outcomes' else kind}"
    )


def _found(result) -> str:
    found = ", ".join(_count(result.found[kind], kind) for kind in FOUND_KINDS)
    text = f"found {found}."
    if any(result.kept.values()):
        kept = ", ".join(_count(n, kind) for kind, n in sorted(result.kept.items()) if n)
        text += f" Kept journalists' work: {kept}."
    if result.passage_missing:
        text += f" {result.passage_missing} kept records no longer match the text."
    return text


def _message(result) -> str:
    headline, name = result.article.headline, result.source_name
    if result.status == "unchanged":
        return f"“{headline}” was already imported from {name} and has not changed: nothing new."
    return f"“{headline}” was {result.status} from {name}: {_found(result)} Check it below."


def _row(result) -> dict:
    row = {"name": result.source_name, "status": result.status}
    if result.status == "failed":
        row["note"] = result.error
    else:
        row["article"] = result.article
        row["url"] = _change_url(result.article)
        row["note"] = _found(result)
    return row
