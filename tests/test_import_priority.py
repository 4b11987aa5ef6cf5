"""Imports give way to readers: a process that imports lowers its CPU priority to
CASEFILES_IMPORT_NICENESS, and a web server's process never does."""

import os

import pytest
from django.core.management import call_command

from articles.importer import priority
from articles.tasks import queue_import

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Raids in Wexley end with 4 arrests\n\n"
    "Officers searched homes across Wexley early on Tuesday and arrested 4 people.\n"
)


@pytest.fixture
def niceness(monkeypatch):
    """The niceness this process would be set to, without setting it: the test process keeps
    its own priority."""
    state = {"now": 0, "set": []}

    def setpriority(which, who, value):
        assert (which, who) == (os.PRIO_PROCESS, 0)
        state["set"].append(value)
        state["now"] = value

    monkeypatch.setattr(priority.os, "getpriority", lambda which, who: state["now"])
    monkeypatch.setattr(priority.os, "setpriority", setpriority)
    return state


def test_an_import_run_here_takes_the_configured_niceness(settings, niceness, tmp_path):
    settings.CASEFILES_IMPORT_NICENESS = 10
    (tmp_path / "wexley.txt").write_text(ARTICLE, encoding="utf-8")
    call_command("import_articles", str(tmp_path), verbosity=0)
    assert niceness["set"] == [10]


def test_niceness_zero_leaves_the_priority_alone(settings, niceness, tmp_path):
    settings.CASEFILES_IMPORT_NICENESS = 0
    (tmp_path / "wexley.txt").write_text(ARTICLE, encoding="utf-8")
    call_command("import_articles", str(tmp_path), verbosity=0)
    assert niceness["set"] == []


def test_a_process_already_nicer_is_not_raised_and_the_ceiling_is_19(settings, niceness):
    settings.CASEFILES_IMPORT_NICENESS = 10
    niceness["now"] = 15
    priority.give_way_to_readers()
    assert niceness["set"] == []
    niceness["now"] = 0
    settings.CASEFILES_IMPORT_NICENESS = 40
    priority.give_way_to_readers()
    assert niceness["set"] == [19]


def test_the_immediate_backend_imports_at_the_priority_of_the_process_that_queued(
    settings, niceness
):
    # With the immediate backend the task runs inside the request that queued it: a web
    # server's process must not serve every later page at a lower priority.
    settings.CASEFILES_IMPORT_NICENESS = 10
    settings.CASEFILES_TASKS = "immediate"
    run = queue_import([("wexley.txt", ARTICLE)], "newsdesk")
    assert run.items.get().status == "created"
    assert niceness["set"] == []


def test_a_background_worker_takes_the_configured_niceness(settings, niceness):
    # The immediate backend still runs the task here; the setting says what a worker would be.
    settings.CASEFILES_IMPORT_NICENESS = 10
    settings.CASEFILES_TASKS = "database"
    run = queue_import([("wexley.txt", ARTICLE)], "newsdesk")
    assert run.items.get().status == "created"
    assert niceness["set"] == [10]
