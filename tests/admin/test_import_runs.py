"""A queued run's page: how far its workers are, and why files failed, newest first and
bounded, with the full list a link away; journalists read it and change nothing."""

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.import_admin import ImportRunAdmin
from articles.models import ImportItem, ImportItemStatus, ImportRun, ImportRunStatus
from articles.tasks import queue_import
from tests.admin.helpers import admin_url, queries_for
from tests.admin_factories import ImportItemFactory, ImportRunFactory, QueuedRunFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_journalist(client, journalist):
    client.force_login(journalist)
    return client


def test_a_queued_run_shows_its_progress(as_journalist):
    run = QueuedRunFactory(queued_count=5, created_count=2, failed_count=1)
    ImportItemFactory(run=run)
    ImportItemFactory(run=run, status=ImportItemStatus.RUNNING, error="", finished=None)
    ImportItemFactory(run=run, status=ImportItemStatus.WAITING, error="", finished=None)
    page = as_journalist.get(admin_url(ImportRun, "change", run.pk)).content.decode()
    assert '<progress max="5" value="3">' in page
    assert "3 of 5 files read: 2 imported, 1 failed, 1 being imported, 1 waiting." in page
    assert f'<a href="{admin_url(ImportItem, "changelist")}?run__id__exact={run.pk}">' in page
    listing = as_journalist.get(admin_url(ImportRun, "changelist")).content.decode()
    assert "3 of 5" in listing


def test_a_run_of_the_command_shows_its_report_and_no_queue(as_journalist):
    run = ImportRunFactory(report="Imported 2 files: 2 created.")
    page = as_journalist.get(admin_url(ImportRun, "change", run.pk)).content.decode()
    assert "Imported 2 files: 2 created." in page
    assert "<progress" not in page


def test_the_run_page_lists_the_newest_failures_and_links_to_all_of_them(as_journalist):
    run = QueuedRunFactory(queued_count=25, created_count=0, failed_count=25)
    items = [ImportItemFactory(run=run, error=f"reason {n}") for n in range(25)]
    url = admin_url(ImportRun, "change", run.pk)
    page = as_journalist.get(url).content.decode()
    assert f"{items[-1].source_name}: reason 24" in page
    assert f"{items[5].source_name}: reason 5" in page
    assert f"{items[4].source_name}: reason 4" not in page  # the 21st newest
    link = f"{admin_url(ImportItem, 'changelist')}?run__id__exact={run.pk}&amp;status__exact=failed"
    assert f'<a href="{link}">All 25 failed files</a>' in page

    listing = as_journalist.get(link.replace("&amp;", "&"))
    assert listing.context["cl"].result_count == 25


def test_the_run_page_runs_the_same_queries_for_one_failure_and_for_forty(admin_client):
    run = QueuedRunFactory(queued_count=40, failed_count=1)
    ImportItemFactory(run=run)
    url = admin_url(ImportRun, "change", run.pk)
    admin_client.get(url)
    one = queries_for(admin_client, url)
    for _ in range(39):
        ImportItemFactory(run=run)
    assert queries_for(admin_client, url) == one


def test_the_item_list_shows_other_runs_items_only_when_asked(as_journalist):
    mine, other = QueuedRunFactory(), QueuedRunFactory()
    ImportItemFactory(run=mine, source_name="mine.txt")
    ImportItemFactory(run=other, source_name="other.txt")
    listing = as_journalist.get(f"{admin_url(ImportItem, 'changelist')}?run__id__exact={mine.pk}")
    assert [item.source_name for item in listing.context["cl"].result_list] == ["mine.txt"]


def test_journalists_read_runs_and_their_files_and_change_nothing(as_journalist):
    run = queue_import([("quiet.txt", "Headline alone\n")], "newsdesk")
    item = run.items.get()
    for model, pk in ((ImportRun, run.pk), (ImportItem, item.pk)):
        response = as_journalist.get(admin_url(model, "change", pk))
        assert response.status_code == 200
        assert response.context["has_change_permission"] is False
        assert as_journalist.get(admin_url(model, "add")).status_code == 403
        assert as_journalist.get(admin_url(model, "delete", pk)).status_code == 403


def progress_url(run):
    return reverse("admin:articles_importrun_progress", args=[run.pk])


def test_a_queued_runs_page_reads_its_numbers_again_and_reloads_without_the_script(as_journalist):
    run = QueuedRunFactory(queued_count=5, created_count=2)
    page = as_journalist.get(admin_url(ImportRun, "change", run.pk)).content.decode()
    assert 'src="/static/js/casefiles-import-progress.js"' in page
    assert f'data-progress-url="{progress_url(run)}"' in page
    # Without the script, a link reloads the page, which shows the numbers as they are then.
    here = admin_url(ImportRun, "change", run.pk)
    assert f'<a class="import-reload" href="{here}">' in page
    assert "<script>" not in page  # the site's CSP allows no inline script


def test_a_run_that_has_ended_is_not_read_again(as_journalist):
    ended = ImportRunStatus.FINISHED, ImportRunStatus.INTERRUPTED
    for run in (QueuedRunFactory(status=ended[0]), ImportRunFactory(status=ended[1])):
        page = as_journalist.get(admin_url(ImportRun, "change", run.pk)).content.decode()
        assert "data-progress-url" not in page
        assert "import-reload" not in page


def test_the_numbers_follow_the_run_until_it_ends(as_journalist):
    run = QueuedRunFactory(queued_count=3, created_count=0)
    waiting = [
        ImportItemFactory(run=run, status=ImportItemStatus.WAITING, error="", finished=None)
        for _ in range(3)
    ]
    answer = as_journalist.get(progress_url(run)).json()
    assert answer["going_on"] is True
    assert "0 of 3 files read" in answer["fields"]["progress"]
    assert answer["fields"]["created_count"] == "0"

    ImportItem.objects.filter(pk__in=[item.pk for item in waiting]).update(
        status=ImportItemStatus.CREATED
    )
    ImportRun.objects.filter(pk=run.pk).update(
        created_count=3, status=ImportRunStatus.FINISHED, finished=timezone.now()
    )
    answer = as_journalist.get(progress_url(run)).json()
    assert answer["going_on"] is False
    assert "3 of 3 files read: 3 imported" in answer["fields"]["progress"]
    assert answer["fields"]["created_count"] == "3"
    assert answer["fields"]["status_now"] == "Finished"
    assert answer["fields"]["finished"] != "-"


def test_a_commands_run_gives_its_status_and_counts_only(as_journalist):
    run = ImportRunFactory(status=ImportRunStatus.RUNNING, host="", finished=None)
    answer = as_journalist.get(progress_url(run)).json()
    assert answer["going_on"] is True
    assert set(answer["fields"]) == {"finished", "status_now", *ImportRunAdmin.counts}


def test_the_numbers_are_escaped_and_for_the_newsroom_only(client, as_journalist):
    run = QueuedRunFactory(failed_count=1)
    ImportItemFactory(run=run, source_name="<b>bold</b>.txt", error="<i>why</i>")
    answer = as_journalist.get(progress_url(run)).json()
    assert "&lt;b&gt;bold&lt;/b&gt;.txt: &lt;i&gt;why&lt;/i&gt;" in answer["fields"]["failures"]
    client.logout()
    assert client.get(progress_url(run)).status_code == 302  # to the admin's sign-in
    assert client.get(reverse("admin:articles_importrun_progress", args=[0])).status_code == 302


def test_reading_the_numbers_again_runs_the_same_queries_for_one_file_and_for_forty(admin_client):
    run = QueuedRunFactory(queued_count=40, failed_count=1)
    ImportItemFactory(run=run)
    admin_client.get(progress_url(run))
    one = queries_for(admin_client, progress_url(run))
    for _ in range(39):
        ImportItemFactory(run=run)
    assert queries_for(admin_client, progress_url(run)) == one
