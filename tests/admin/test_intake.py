"""'Add article' in the admin: paste, upload or fetch, as a journalist and as an editor; and
'Extract again' on an article's page."""

import io
import zipfile

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, ArticleStatus, ImportRun, Publication
from casefiles.models import Quote, ReviewStatus
from tests.admin.helpers import admin_url
from tests.admin_factories import form_data
from tests.intake.pages import NEWS_PAGE, NEWS_URL, page_bytes
from tests.intake.server import LocalSite, Route

pytestmark = pytest.mark.django_db

ADD = admin_url(Article, "add")
STORY = (
    "Cannabis farm found in Oakmere loft\n\n"
    "Police found 300 cannabis plants in the loft of a house in Oakmere on Thursday.\n\n"
    'Sergeant Colin Webb said: "The wiring alone could have burned the street down."\n'
)


@pytest.fixture
def site():
    with LocalSite() as local:
        yield local


@pytest.fixture
def as_journalist(client, journalist):
    client.force_login(journalist)
    return client


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


def upload(name, data):
    return SimpleUploadedFile(name, data)


def zipped(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def errors_of(response):
    return response.context["form"].errors


# --- The page --------------------------------------------------------------------------------


def test_the_add_page_offers_paste_upload_and_address_with_csrf(as_journalist):
    response = as_journalist.get(ADD)
    content = response.content.decode()
    for heading in ("Paste text", "Upload files", "From a web address"):
        assert heading in content
    for button in ('name="_paste"', 'name="_upload"', 'name="_address"'):
        assert button in content
    assert 'enctype="multipart/form-data"' in content
    assert 'name="csrfmiddlewaretoken"' in content
    assert 'type="file" name="files"' in content and "multiple" in content


def test_a_journalist_is_not_offered_a_status_and_an_editor_is(client, journalist, editor):
    client.force_login(journalist)
    assert "status" not in form_data(client.get(ADD))
    client.force_login(editor)
    assert form_data(client.get(ADD))["status"] == ArticleStatus.DRAFT


def test_the_form_checks_csrf(journalist):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(journalist)
    assert strict.post(ADD, {"body": STORY, "_paste": "1"}).status_code == 403
    assert not Article.objects.exists()


def test_someone_without_the_add_permission_is_refused(client, django_user_model):
    clerk = django_user_model.objects.create_user("clerk", password="x", is_staff=True)
    client.force_login(clerk)
    assert client.get(ADD).status_code == 403
    assert client.post(ADD, {"body": STORY, "_paste": "1"}).status_code == 403


# --- Paste ---------------------------------------------------------------------------------------


def test_pasted_text_lands_on_its_articles_page_with_what_was_found(as_journalist):
    response = as_journalist.post(ADD, {"body": STORY.replace("\n", "\r\n"), "_paste": "1"})
    article = Article.objects.get()
    assert response.status_code == 302
    assert response.url == admin_url(Article, "change", article.pk)
    assert article.source_name.startswith("pasted/cannabis-farm-found-in-oakmere-loft-")
    assert article.body == STORY
    assert article.status == ArticleStatus.DRAFT
    assert Quote.objects.filter(article=article, review_status=ReviewStatus.EXTRACTED).exists()
    page = as_journalist.get(response.url)
    [message] = messages_of(page)
    headline = "“Cannabis farm found in Oakmere loft”"
    assert message.startswith(
        f"{headline} was created from {article.source_name}: found 1 quote, 1 person"
    )
    run = ImportRun.objects.get()
    assert (run.user, run.created_count) == ("journalist", 1)


def test_the_same_text_pasted_again_says_nothing_changed(as_journalist):
    as_journalist.post(ADD, {"body": STORY, "_paste": "1"})
    response = as_journalist.post(ADD, {"body": STORY, "_paste": "1"}, follow=True)
    assert Article.objects.count() == 1
    assert "has not changed: nothing new" in messages_of(response)[-1]


def test_a_paste_with_no_body_is_refused_on_the_form(as_journalist):
    response = as_journalist.post(
        ADD, {"body": "Raids in Oakmere\n\n22 September 2014, 13:03\n", "_paste": "1"}
    )
    assert response.status_code == 200
    [error] = errors_of(response)["body"]
    assert error.endswith(": has no body text")
    assert not Article.objects.exists()


def test_a_button_pressed_with_its_section_empty_says_what_to_fill_in(as_journalist):
    response = as_journalist.post(ADD, {"body": "", "address": "https://x.example/", "_paste": "1"})
    assert errors_of(response)["body"] == ["Paste the article's text here first."]
    response = as_journalist.post(ADD, {"_upload": "1"})
    assert errors_of(response)["files"] == ["Choose one or more files first."]


def test_without_a_button_the_one_section_filled_in_is_imported(as_journalist):
    assert as_journalist.post(ADD, {"body": STORY, "address": "  "}).status_code == 302
    response = as_journalist.post(ADD, {"body": STORY, "address": "https://x.example/"})
    assert errors_of(response)["__all__"] == [
        "More than one way in is filled in: press the button of the one to import."
    ]
    response = as_journalist.post(ADD, {})
    assert errors_of(response)["__all__"] == ["Paste a text, choose files or give a web address."]


# --- Publishing stays with editors ---------------------------------------------------------


def test_a_journalist_asking_to_publish_gets_a_draft(as_journalist):
    as_journalist.post(ADD, {"body": STORY, "status": ArticleStatus.PUBLISHED, "_paste": "1"})
    assert Article.objects.get().status == ArticleStatus.DRAFT


def test_an_editor_may_publish_on_import(as_editor):
    as_editor.post(ADD, {"body": STORY, "status": ArticleStatus.PUBLISHED, "_paste": "1"})
    assert Article.objects.get().status == ArticleStatus.PUBLISHED


# --- Upload ------------------------------------------------------------------------------------


def test_one_uploaded_page_lands_on_its_article_with_its_metadata(as_journalist):
    response = as_journalist.post(
        ADD, {"files": [upload("raid.html", page_bytes(NEWS_PAGE))], "_upload": "1"}
    )
    article = Article.objects.get(source_name="raid.html")
    assert response.url == admin_url(Article, "change", article.pk)
    assert article.byline == "Jane Marlow"
    assert article.source_url == NEWS_URL
    assert article.publication.name == "The Lowford Courier"
    page = as_journalist.get(response.url).content.decode()
    assert "characters of HTML, kept so that" in page


def test_one_bad_file_is_refused_on_the_form_with_the_readers_words(as_journalist, settings):
    settings.CASEFILES_MAX_SOURCE_BYTES = 50
    response = as_journalist.post(
        ADD, {"files": [upload("long.txt", STORY.encode())], "_upload": "1"}
    )
    [error] = errors_of(response)["files"]
    assert error.startswith(f"long.txt: is {len(STORY.encode())} bytes, over the 50-byte limit")
    assert not Article.objects.exists()


def test_several_files_and_a_zip_land_on_a_list_of_what_came_of_each(as_journalist):
    Article.objects.create(source_name="lead.txt", headline="Old", body=STORY)
    archive = zipped(
        {
            "2023/april/raid.html": page_bytes(NEWS_PAGE),
            "2023/april/farm.txt": STORY.replace("300", "400").encode(),
            "2023/notes.docx": b"PK",
            "2023/bad.txt": "Caf\u00e9 raid\n\nOfficers said so.".encode("latin-1"),
        }
    )
    response = as_journalist.post(
        ADD,
        {
            "files": [
                upload("lead.txt", STORY.encode()),
                upload("batch.zip", archive),
                upload("photo.jpg", b"\xff\xd8"),
            ],
            "_upload": "1",
        },
    )
    assert response.status_code == 200
    rows = {row["name"]: row for row in response.context["rows"]}
    assert {name: row["status"] for name, row in rows.items()} == {
        "lead.txt": "unchanged",
        "2023/april/raid.html": "created",
        "2023/april/farm.txt": "created",
        "2023/bad.txt": "failed",
        "2023/notes.docx": "skipped",
        "photo.jpg": "skipped",
    }
    assert rows["2023/bad.txt"]["note"].startswith("is not UTF-8: byte 0xe9 at byte 3")
    assert rows["2023/notes.docx"]["note"] == "skipped: not a .txt, .html or .htm file"
    raid = Article.objects.get(source_name="2023/april/raid.html")
    content = response.content.decode()
    assert f'href="{admin_url(Article, "change", raid.pk)}"' in content
    run = ImportRun.objects.get()
    assert (run.created_count, run.unchanged_count, run.failed_count) == (2, 1, 1)
    assert "2023/bad.txt: is not UTF-8" in run.report


def test_two_files_that_would_be_one_article_are_refused_before_anything_is_written(
    as_journalist,
):
    archive = zipped({"lead.txt": STORY.encode()})
    response = as_journalist.post(
        ADD,
        {
            "files": [upload("lead.txt", STORY.encode()), upload("batch.zip", archive)],
            "_upload": "1",
        },
    )
    [error] = errors_of(response)["files"]
    assert error.startswith("Two files would be imported as the same article: “lead.txt”.")
    assert not Article.objects.exists()
    assert not ImportRun.objects.exists()


def test_a_zip_over_its_member_cap_fails_whole(as_journalist, settings):
    settings.CASEFILES_ZIP_MAX_FILES = 2
    archive = zipped({f"{n}.txt": STORY.encode() for n in range(3)})
    response = as_journalist.post(ADD, {"files": [upload("batch.zip", archive)], "_upload": "1"})
    [row] = response.context["rows"]
    assert row["status"] == "failed"
    assert row["note"].startswith("holds 3 files, over the limit of 2")
    assert not Article.objects.exists()


# --- Address -----------------------------------------------------------------------------------


def test_an_address_is_fetched_and_lands_on_its_article(as_journalist, site, settings):
    settings.CASEFILES_FETCH_ALLOW_PRIVATE = True
    url = site.add("/news/raid", Route(page_bytes(NEWS_PAGE)))
    response = as_journalist.post(ADD, {"address": url, "_address": "1"})
    article = Article.objects.get(source_name=url)
    assert response.url == admin_url(Article, "change", article.pk)
    assert article.publication.name == "The Lowford Courier"


def test_an_address_on_this_machine_is_refused_by_default(as_journalist, site):
    url = site.add("/news/raid", Route(page_bytes(NEWS_PAGE)))
    response = as_journalist.post(ADD, {"address": url, "_address": "1"})
    [error] = errors_of(response)["address"]
    assert "a loopback address (this machine)" in error
    assert not Article.objects.exists() and not Publication.objects.exists()
    assert site.requested == []


# --- Extract again -------------------------------------------------------------------------


def extract_again_url(article):
    return reverse("admin:articles_article_extract_again", args=[article.pk])


@pytest.mark.parametrize("role", ["journalist", "editor"])
def test_extract_again_keeps_journalists_work_and_the_status(client, role, request):
    client.force_login(request.getfixturevalue(role))
    client.post(ADD, {"body": STORY, "_paste": "1"})
    article = Article.objects.get()
    Article.objects.filter(pk=article.pk).update(
        status=ArticleStatus.PUBLISHED, headline="Loft cannabis farm"
    )
    quote = Quote.objects.get(article=article)
    Quote.objects.filter(pk=quote.pk).review(ReviewStatus.REJECTED, None)

    change = client.get(admin_url(Article, "change", article.pk)).content.decode()
    assert f'action="{extract_again_url(article)}"' in change
    response = client.post(extract_again_url(article), follow=True)

    assert response.redirect_chain[-1][0] == admin_url(Article, "change", article.pk)
    message = messages_of(response)[-1]
    assert message.startswith("Extracted again: found 1 quote, 1 person")
    assert message.endswith("Kept journalists' work: 1 quote.")
    article.refresh_from_db()
    assert (article.status, article.headline) == (ArticleStatus.PUBLISHED, "Loft cannabis farm")
    assert Quote.objects.get(article=article).review_status == ReviewStatus.REJECTED


def test_extract_again_is_a_post(as_journalist):
    as_journalist.post(ADD, {"body": STORY, "_paste": "1"})
    article = Article.objects.get()
    modified = article.modified
    response = as_journalist.get(extract_again_url(article))
    assert response.url == admin_url(Article, "change", article.pk)
    article.refresh_from_db()
    assert article.modified == modified


def test_extract_again_needs_the_change_permission(client, django_user_model, as_journalist):
    as_journalist.post(ADD, {"body": STORY, "_paste": "1"})
    article = Article.objects.get()
    reader = django_user_model.objects.create_user("reader", password="x", is_staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(reader)
    assert client.post(extract_again_url(article)).status_code == 403


# --- Uploads are held in memory -------------------------------------------------------------


def test_an_upload_is_held_in_memory_never_in_a_temporary_file(as_journalist, settings):
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 10  # Django would otherwise spill it to disk
    settings.FILE_UPLOAD_TEMP_DIR = "/nonexistent/uploads"
    archive = zipped({"a/raid.txt": STORY.encode(), "b/raid.txt": STORY.encode()})
    response = as_journalist.post(ADD, {"files": [upload("batch.zip", archive)], "_upload": "1"})
    assert [row["status"] for row in response.context["rows"]] == ["created", "created"]


def test_an_upload_over_the_limit_is_refused_before_it_is_read(as_journalist, settings):
    settings.CASEFILES_UPLOAD_MAX_BYTES = 1000
    data = {"files": [upload("long.txt", b"word " * 400)], "_upload": "1"}
    response = as_journalist.post(ADD, data)
    assert response.status_code == 200
    assert "over the 1,000-byte limit (raise CASEFILES_UPLOAD_MAX_BYTES to send it)" in (
        response.content.decode()
    )
    assert not Article.objects.exists()


def test_with_background_workers_uploads_are_queued_and_followed_on_their_run(
    as_journalist, settings
):
    # The site queues for workers; the immediate backend stands in for them here.
    settings.CASEFILES_TASKS = "database"
    archive = zipped(
        {
            "queued/raid.html": page_bytes(NEWS_PAGE),
            "queued/farm.txt": STORY.encode(),
            "queued/bad.txt": "Caf\u00e9 raid\n\nOfficers said so.".encode("latin-1"),
        }
    )
    response = as_journalist.post(ADD, {"files": [upload("batch.zip", archive)], "_upload": "1"})
    run = ImportRun.objects.get()
    assert response.url == admin_url(ImportRun, "change", run.pk)
    assert sorted(run.items.values_list("source_name", "is_page")) == [
        ("queued/farm.txt", False),
        ("queued/raid.html", True),
    ]
    said = messages_of(as_journalist.get(response.url))
    assert "2 files queued for import" in said[0]
    assert said[1].startswith("Not queued: queued/bad.txt: is not UTF-8")
    page = Article.objects.get(source_name="queued/raid.html")
    assert page.byline == "Jane Marlow" and page.source_url == NEWS_URL
    assert Article.objects.filter(source_name="queued/farm.txt").exists()
