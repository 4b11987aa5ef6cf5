"""The markup a page repeats for each of its rows: a date, what a figure is credited to."""

from datetime import UTC, datetime
from types import SimpleNamespace

from django.utils import timezone, translation

from casefiles.templatetags.casefiles_tags import article_date, credited_to


def test_a_date_is_written_in_the_time_zone_in_force_each_time():
    late = datetime(2024, 3, 9, 23, 30, tzinfo=UTC)
    with timezone.override("Europe/London"):
        assert article_date(late) == '<time datetime="2024-03-09">9 March 2024</time>'
    with timezone.override("Asia/Tokyo"):
        assert article_date(late) == '<time datetime="2024-03-10">10 March 2024</time>'


def test_a_date_is_written_in_the_language_in_force_each_time():
    day = datetime(2024, 3, 9, 12, tzinfo=UTC)
    with translation.override("en"):
        english = article_date(day)
    with translation.override("fr"):
        assert article_date(day) != english
    assert "March" in english


def record(name, slug):
    return SimpleNamespace(name=name, get_absolute_url=lambda: f"/{slug}/")


def test_a_figure_names_each_credit_its_page_shows_linked_and_escaped():
    figure = SimpleNamespace(
        operation=record("Operation Tide", "tide"),
        organisation=record("Police & Crime", "police"),
        person=None,
    )
    assert credited_to(figure) == (
        '<a href="/tide/">Operation Tide</a>; <a href="/police/">Police &amp; Crime</a>'
    )
    assert credited_to(figure, hide_operation=True) == ('<a href="/police/">Police &amp; Crime</a>')


def test_a_figure_credited_to_nothing_shown_reads_as_a_dash():
    figure = SimpleNamespace(operation=record("Operation Tide", "tide"), organisation=None)
    # Its page hides the operation and the person: neither is read.
    assert credited_to(figure, hide_operation=True, hide_person=True) == "—"
