"""An organisation takes in its units (and theirs): its page, the lists filtered by it and its
counts. An operation's page takes in the figures credited to its own team."""

from types import SimpleNamespace

import pytest
from django.urls import reverse

from casefiles.models import Organisation, OrganisationKind, ReviewStatus
from casefiles.models.organisations import UNIT_DEPTH
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    OperationFactory,
    OperationMentionFactory,
    OrganisationFactory,
    OutcomeFactory,
    PersonFactory,
    QuoteFactory,
)
from tests.pages.helpers import chart_bars, count_queries, get, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def units(world):
    """Essex Police's Serious Violence Unit and, under it, the Harbour Squad; and the team of
    Operation Erasure, named after it."""
    unit = OrganisationFactory(
        name="Serious Violence Unit", kind=OrganisationKind.POLICE_UNIT, parent=world.organisation
    )
    squad = OrganisationFactory(
        name="Harbour Squad", kind=OrganisationKind.POLICE_UNIT, parent=unit
    )
    team = OrganisationFactory(name="Operation Erasure Team", parent=world.organisation)
    return SimpleNamespace(unit=unit, squad=squad, team=team)


def unit_report(world, units):
    """A published article in which the unit speaks and runs an operation, the squad is credited
    with arrests in it, and Operation Erasure's team with searches."""
    article = ArticleFactory(publication=world.publication)
    officer = PersonFactory()
    AppearanceFactory(article=article, person=officer, organisation=units.unit)
    QuoteFactory(article=article, speaker=officer)
    operation = OperationFactory(force=units.unit)
    OperationMentionFactory(article=article, operation=operation)
    OutcomeFactory(article=article, organisation=units.squad, operation=operation, value=12)
    OutcomeFactory(
        article=article,
        organisation=units.team,
        passage_text="Raids In Southend",
        metric="searches",
        qualifier="",
        value=9,
    )
    return SimpleNamespace(article=article, officer=officer, operation=operation)


def _quote_ids(client, query):
    return {quote.pk for quote in get(client, f"/quotes/?{query}").context["page_obj"]}


def _outcome_ids(client, query):
    return {outcome.pk for outcome in get(client, f"/outcomes/?{query}").context["page_obj"]}


# --- An organisation and its units ------------------------------------------------------------


def test_an_organisations_page_takes_in_its_units_people_operations_figures_and_quotes(
    client, world, units
):
    report = unit_report(world, units)
    html = text(get(client, world.organisation.get_absolute_url()))
    assert report.officer.get_absolute_url() in html
    operation = report.operation.name
    assert f'{operation}</a> <span class="meta">(Serious Violence Unit)</span>' in html
    assert f"arrests, {operation}: more than 12" in chart_bars(html)[0][1]
    assert report.article.quotes.get().get_passage_url() in html
    assert "The latest figures credited to the organisation or its units" in html


def test_a_unit_page_does_not_take_in_its_parent(client, world, units):
    unit_report(world, units)
    html = text(get(client, units.unit.get_absolute_url()))
    assert world.person.get_absolute_url() not in html
    assert world.operation.get_absolute_url() not in html
    assert "or its units" in html
    assert "or its units" not in text(get(client, units.squad.get_absolute_url()))


def test_quotes_and_figures_filtered_by_an_organisation_take_in_its_units(client, world, units):
    report = unit_report(world, units)
    unit_quote, squad_figure = report.article.quotes.get(), report.article.outcomes.get(value=12)
    assert _quote_ids(client, "organisation=essex-police") == {world.quote.pk, unit_quote.pk}
    assert _quote_ids(client, "organisation=serious-violence-unit") == {unit_quote.pk}
    assert squad_figure.pk in _outcome_ids(client, "organisation=essex-police")
    assert squad_figure.pk in _outcome_ids(client, "organisation=serious-violence-unit")
    assert world.outcome.pk not in _outcome_ids(client, "organisation=serious-violence-unit")


def test_the_organisation_list_counts_its_units_operations_and_figures(client, world, units):
    unit_report(world, units)
    rows = {
        organisation.name: (organisation.operation_count, organisation.outcome_count)
        for organisation in get(client, reverse("casefiles:organisation-list")).context["page_obj"]
    }
    # Essex Police: Operation Erasure and the unit's; its own figure, the squad's and the team's.
    assert rows["Essex Police"] == (2, 3)
    assert rows["Serious Violence Unit"] == (1, 1)


def test_a_unit_rejected_as_junk_takes_its_own_units_out_with_it(client, world, units, editor):
    report = unit_report(world, units)
    units.unit.review(ReviewStatus.REJECTED, editor)
    html = text(get(client, world.organisation.get_absolute_url()))
    assert report.officer.get_absolute_url() not in html
    assert "Harbour Squad" not in html
    assert "arrests, Harbour Squad" not in str(chart_bars(html))


def test_units_are_taken_in_so_many_levels_down_and_no_further(world):
    chain = [world.organisation]
    for level in range(UNIT_DEPTH + 1):
        chain.append(OrganisationFactory(name=f"Level {level + 1}", parent=chain[-1]))
    family = set(world.organisation.family_ids())
    assert {org.pk for org in chain[: UNIT_DEPTH + 1]} == family


# --- An operation and its team ----------------------------------------------------------------


def test_an_operations_page_takes_in_its_teams_figures(client, world, units):
    unit_report(world, units)
    html = text(get(client, world.operation.get_absolute_url()))
    assert f'<dt>Team</dt><dd><a href="{units.team.get_absolute_url()}">' in html
    bars = {bar for _, chart in chart_bars(html) for bar in chart}
    assert {"arrests: more than 70", "searches, Operation Erasure Team: 9"} <= bars


def test_another_forces_team_or_another_operations_figure_is_not_taken_in(client, world, units):
    report = unit_report(world, units)
    # Two forces may each have a team of that name (the factory would fetch the first).
    elsewhere = Organisation.objects.create(
        name="Operation Erasure Team", parent=OrganisationFactory(name="Kent Police")
    )
    OutcomeFactory(
        article=report.article, organisation=elsewhere, passage_text="Lewis Basford", value=555
    )
    OutcomeFactory(
        article=report.article,
        organisation=units.team,
        operation=OperationFactory(name="Operation Booth"),
        passage_text="Det Chief Insp",
        value=444,
    )
    html = text(get(client, world.operation.get_absolute_url()))
    assert "555" not in html and "444" not in html
    assert elsewhere.get_absolute_url() not in html


# --- A fixed number of queries ----------------------------------------------------------------

ROLLUP_PAGES = {
    "organisation": lambda w, u: w.organisation.get_absolute_url(),
    "unit": lambda w, u: u.unit.get_absolute_url(),
    "organisation-list": lambda w, u: reverse("casefiles:organisation-list"),
    "quotes-by-organisation": lambda w, u: "/quotes/?organisation=essex-police",
    "outcomes-by-organisation": lambda w, u: "/outcomes/?organisation=essex-police",
    "operation": lambda w, u: w.operation.get_absolute_url(),
}


@pytest.mark.parametrize("as_staff", [False, True], ids=["reader", "staff"])
def test_pages_with_units_run_no_more_queries_for_fifty_rows_than_for_one(
    client, world, units, journalist, as_staff
):
    # A section that its first query fills asks nothing more (an organisation's people, once
    # enough are placed there), so fifty rows may take fewer queries than one, never more.
    if as_staff:
        client.force_login(journalist)
    unit_report(world, units)
    one = {page: count_queries(client, url(world, units)) for page, url in ROLLUP_PAGES.items()}
    for _ in range(49):
        unit_report(world, units)
    fifty = {page: count_queries(client, url(world, units)) for page, url in ROLLUP_PAGES.items()}
    assert {page: n for page, n in fifty.items() if n > one[page]} == {}
    assert fifty["operation"] == one["operation"]
