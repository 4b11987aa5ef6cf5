"""The pages of a case file, an operation and a person: phases, charts, credits."""

import datetime as dt
import re

import pytest

from casefiles.models import Outcome, PersonKind
from tests.factories import (
    OperationFactory,
    OperationMentionFactory,
    OutcomeFactory,
    PersonFactory,
    QuoteFactory,
)
from tests.pages.helpers import (
    chart_bars,
    get,
    report,
    text,
)

pytestmark = pytest.mark.django_db


# --- Case file, operation, person -------------------------------------------------------------


def test_case_file_shows_phases_in_order(client, world):
    later = OperationFactory(name="Operation Booth", follows=world.operation)
    OperationMentionFactory(
        article=world.article, operation=later, passage_text="Raids In Southend"
    )
    world.casefile.operations.add(later)
    html = text(get(client, world.casefile.get_absolute_url()))
    assert html.index('Operation Erasure</a> <span class="phase">phase 1 of 2') < html.index(
        'Operation Booth</a> <span class="phase">phase 2 of 2'
    )


def test_case_file_groups_quotes_by_speaker(client, world):
    other = PersonFactory(name="Tony Cox")
    QuoteFactory(article=world.article, speaker=other, passage_text="Report")
    html = text(get(client, world.casefile.get_absolute_url()))
    assert re.search(
        r'id="speaker-1"><a href="[^"]+">Lewis Basford</a> <span class="count">\(1\)', html
    )
    assert re.search(r'id="speaker-2"><a href="[^"]+">Tony Cox</a> <span class="count">\(1\)', html)


def test_operation_links_its_previous_and_next_phases(client, world):
    later = OperationFactory(name="Operation Booth", follows=world.operation)
    OperationMentionFactory(
        article=world.article, operation=later, passage_text="Raids In Southend"
    )
    html = text(get(client, world.operation.get_absolute_url()))
    assert f'Followed by <a href="{later.get_absolute_url()}" rel="next">' in html
    html = text(get(client, later.get_absolute_url()))
    assert f'Follows <a href="{world.operation.get_absolute_url()}" rel="prev">' in html


def test_outcome_chart_is_an_image_with_a_title_and_a_table(client, world):
    html = text(get(client, world.operation.get_absolute_url()))
    assert re.search(r'<svg [^>]*role="img" [^>]*aria-labelledby="operation-chart-1-title', html)
    assert '<title id="operation-chart-1-title">' in html
    assert "<summary>These figures as a table</summary>" in html


def test_charts_put_counts_months_and_money_on_separate_scales(client, world):
    for passage_text, metric, value, unit in [
        ("Det Chief Insp", "sentence", 36, "months"),
        ("Lewis Basford", "cash seized", 8000, "GBP"),
    ]:
        OutcomeFactory(
            article=world.article,
            operation=world.operation,
            passage_text=passage_text,
            metric=metric,
            value=value,
            unit=unit,
            qualifier="",
        )
    charts = chart_bars(text(get(client, world.operation.get_absolute_url())))
    assert charts == [
        ("Reported outcomes of Operation Erasure: counts", ["arrests: more than 70"]),
        ("Reported outcomes of Operation Erasure: money (£)", ["cash seized: £8,000"]),
        ("Reported outcomes of Operation Erasure: in months", ["sentence: 36 months"]),
    ]


def test_charts_never_add_up_figures_credited_to_different_operations(client, world):
    booth = OperationFactory(name="Operation Booth", force=world.organisation)
    OperationMentionFactory(article=world.article, operation=booth, passage_text="Report")
    world.casefile.operations.add(booth)
    OutcomeFactory(
        article=world.article, operation=booth, passage_text="Raids In Southend", value=344
    )
    html = text(get(client, world.casefile.get_absolute_url()))
    (counts,) = chart_bars(html)
    assert sorted(counts[1]) == [
        "arrests, Operation Booth: more than 344",
        "arrests, Operation Erasure: more than 70",
    ]
    assert "414" not in html


def test_a_later_report_of_the_same_figure_supersedes_the_earlier_one_in_charts(client, world):
    later = report(world)
    later.outcome.value = 90
    later.outcome.save()
    html = text(get(client, world.operation.get_absolute_url()))
    assert chart_bars(html)[0][1] == ["arrests: more than 90"]


def test_operation_dates_read_as_known_with_the_note_apart(client, world):
    operation = world.operation
    operation.ended_on = dt.date(2014, 7, 22)
    operation.dates_note = "Ran until July 2014; the first of two waves of raids."
    operation.save()
    html = text(get(client, operation.get_absolute_url()))
    dates = html.split("<dt>Dates</dt>", 1)[1].split("</dd>", 1)[0]
    assert 'Until <time datetime="2014-07-22">22 July 2014</time>' in dates
    assert '<span class="dates-note">Ran until July 2014; the first' in dates
    assert "Not reported" not in dates


def test_operation_with_no_dates_says_they_are_not_reported(client, world):
    html = text(get(client, world.operation.get_absolute_url()))
    assert "<dt>Dates</dt><dd>Not reported</dd>" in html


def test_aliases_that_differ_from_the_name_only_in_capitals_are_not_listed(client, world):
    operation = world.operation
    operation.aliases = ["operation Erasure", "OPERATION ERASURE", "Op Erasure"]
    operation.save()
    html = text(get(client, operation.get_absolute_url()))
    assert '<p class="aliases">Also reported as “Op Erasure”</p>' in html


def test_person_page_shows_each_articles_rank_and_role_and_groups_quotes(client, world):
    html = text(get(client, world.person.get_absolute_url()))
    assert '<td data-label="Role">Southend district commander</td>' in html
    assert 'About <a href="' + world.operation.get_absolute_url() in html


def test_sensitivity_note_is_for_the_newsroom_only(client, world, journalist):
    person = PersonFactory(kind=PersonKind.DEFENDANT, sensitivity_note="A minor at the time.")
    QuoteFactory(article=world.article, speaker=person, passage_text="Report")
    html = text(get(client, person.get_absolute_url()))
    assert "A minor at the time." not in html
    assert '<meta name="robots" content="noindex, follow">' in html
    client.force_login(journalist)
    assert "A minor at the time." in text(get(client, person.get_absolute_url()))


def test_an_amount_in_pounds_reads_as_pounds_and_charts_as_money(client, world):
    OutcomeFactory(
        article=world.article,
        operation=world.operation,
        passage_text="Lewis Basford",
        metric="cash seized",
        value=96509,
        unit="GBP",
        qualifier="",
    )
    article = text(get(client, world.article.get_absolute_url()))
    operation = text(get(client, world.operation.get_absolute_url()))
    assert '<td class="num" data-label="Figure">£96,509</td>' in article
    assert '<td class="num" data-label="Figure">£96,509</td>' in operation
    assert "96,509 GBP" not in article + operation
    assert (
        "Reported outcomes of Operation Erasure: money (£)",
        ["cash seized: £96,509"],
    ) in chart_bars(operation)


def test_an_imported_amount_in_pounds_displays_as_pounds(client):
    from articles.importer import import_text

    source = (
        "Cash haul found in loft\n\n"
        "Detectives seized £96,509 in cash from a loft in Harwich on Tuesday.\n\n"
        "Three men were arrested.\n"
    )
    article = import_text(source, "cash-haul.txt", publish=True).article
    outcome = Outcome.objects.get(article=article, metric="cash seized")
    assert outcome.unit == "GBP"
    assert outcome.display_value == "£96,509"
    page = text(get(client, article.get_absolute_url()))
    assert "£96,509" in page
    assert "96,509 GBP" not in page and "96,509 £" not in page
