"""The filters on the quote, outcome and article lists."""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from articles.models import Article, ArticleStatus
from casefiles.filters import ArticleFilter, OutcomeFilter, QuoteFilter
from casefiles.models import Outcome, Quote
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    CaseFileFactory,
    OperationFactory,
    OperationMentionFactory,
    OrganisationFactory,
    OutcomeFactory,
    PersonFactory,
    PublicationFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db


def when(year, month=1, day=1):
    return dt.datetime(year, month, day, 12, tzinfo=dt.UTC)


def reader_request(query):
    request = RequestFactory().get("/", query)
    request.user = AnonymousUser()
    return request


def quotes(query):
    request = reader_request(query)
    filterset = QuoteFilter(
        request.GET,
        queryset=Quote.objects.visible_to(request.user).for_display(request.user),
        request=request,
    )
    assert filterset.is_valid(), filterset.errors
    return sorted(q.pk for q in filterset.qs)


def outcomes(query):
    request = reader_request(query)
    filterset = OutcomeFilter(
        request.GET,
        queryset=Outcome.objects.visible_to(request.user).for_display(request.user),
        request=request,
    )
    assert filterset.is_valid(), filterset.errors
    return sorted(o.pk for o in filterset.qs)


def articles(query):
    request = reader_request(query)
    filterset = ArticleFilter(
        request.GET, queryset=Article.objects.visible_to(request.user), request=request
    )
    assert filterset.is_valid(), filterset.errors
    return sorted(a.pk for a in filterset.qs)


@pytest.fixture
def two_stories():
    """Two articles: a council leader speaking in 2019, a police officer in 2014."""
    police, council = OrganisationFactory(name="Essex Police"), OrganisationFactory(name="Council")
    erasure = OperationFactory(name="Operation Erasure", force=police)
    booth = OperationFactory(name="Operation Booth")
    officer = PersonFactory(name="Simon Anslow", organisation=police)
    leader = PersonFactory(name="Tony Cox")
    old = ArticleFactory(published_at=when(2014, 9, 22), publication=PublicationFactory(name="A"))
    new = ArticleFactory(published_at=when(2019, 3, 2), publication=PublicationFactory(name="B"))
    for article, operation in ((old, erasure), (new, booth)):
        OperationMentionFactory(article=article, operation=operation)
    AppearanceFactory(article=new, person=leader, organisation=council)
    officer_quote = QuoteFactory(article=old, speaker=officer, operations=[erasure, booth])
    leader_quote = QuoteFactory(article=new, speaker=leader, operations=[booth])
    return SimpleNamespace(**locals())


def test_quotes_by_speaker(two_stories):
    s = two_stories
    assert quotes({"speaker": s.officer.slug}) == [s.officer_quote.pk]


def test_quotes_by_the_organisation_the_article_places_the_speaker_in(two_stories):
    s = two_stories
    assert quotes({"organisation": s.council.slug}) == [s.leader_quote.pk]


def test_quotes_by_the_organisation_the_speaker_is_best_known_with(two_stories):
    s = two_stories
    assert quotes({"organisation": s.police.slug}) == [s.officer_quote.pk]


def test_quotes_about_an_operation_are_listed_once(two_stories):
    s = two_stories
    assert quotes({"operation": s.booth.slug}) == sorted([s.officer_quote.pk, s.leader_quote.pk])
    assert quotes({"operation": s.erasure.slug}) == [s.officer_quote.pk]


def test_quotes_in_a_case_file_come_from_its_articles_or_its_operations(two_stories):
    s = two_stories
    by_article = CaseFileFactory()
    by_article.articles.add(s.new)
    assert quotes({"casefile": by_article.slug}) == [s.leader_quote.pk]
    by_operation = CaseFileFactory()
    by_operation.operations.add(s.erasure, s.booth)
    by_operation.articles.add(s.new, s.old)
    assert quotes({"casefile": by_operation.slug}) == sorted(
        [s.officer_quote.pk, s.leader_quote.pk]
    )


def test_quotes_by_date_published(two_stories):
    s = two_stories
    assert quotes({"published_from": "2015-01-01"}) == [s.leader_quote.pk]
    assert quotes({"published_to": "2014-09-22"}) == [s.officer_quote.pk]
    assert quotes({"published_from": "2014-09-22", "published_to": "2019-03-02"}) == sorted(
        [s.officer_quote.pk, s.leader_quote.pk]
    )


def test_quotes_by_words_in_them(two_stories):
    s = two_stories
    s.leader_quote.text = '"A sterling job."'
    s.leader_quote.save()
    assert quotes({"q": "STERLING"}) == [s.leader_quote.pk]


def test_speaker_choices_leave_out_people_only_a_draft_quotes(two_stories):
    hidden = PersonFactory(name="Dana Hidden")
    QuoteFactory(article=ArticleFactory(status=ArticleStatus.DRAFT), speaker=hidden)
    request = reader_request({"speaker": hidden.slug})
    filterset = QuoteFilter(
        request.GET,
        queryset=Quote.objects.visible_to(request.user).for_display(request.user),
        request=request,
    )
    assert not filterset.is_valid()
    assert "speaker" in filterset.errors


@pytest.fixture
def figures():
    erasure = OperationFactory(name="Operation Erasure")
    unit = OrganisationFactory(name="Serious Violence Unit")
    old = ArticleFactory(published_at=when(2014))
    new = ArticleFactory(published_at=when(2019))
    OperationMentionFactory(article=old, operation=erasure)
    arrests = OutcomeFactory(article=old, operation=erasure)
    charges = OutcomeFactory(
        article=new, organisation=unit, metric="charges", passage_text="Report", value=212
    )
    draft_only = OutcomeFactory(
        article=ArticleFactory(status=ArticleStatus.DRAFT), metric="cannabis seized (kg)"
    )
    return SimpleNamespace(**locals())


def test_outcomes_by_metric_operation_organisation_and_year(figures):
    f = figures
    assert outcomes({"metric": "charges"}) == [f.charges.pk]
    assert outcomes({"operation": f.erasure.slug}) == [f.arrests.pk]
    assert outcomes({"organisation": f.unit.slug}) == [f.charges.pk]
    assert outcomes({"year": "2014"}) == [f.arrests.pk]


def test_metric_choices_are_what_published_articles_report(figures):
    request = reader_request({})
    filterset = OutcomeFilter(
        queryset=Outcome.objects.visible_to(request.user).for_display(request.user), request=request
    )
    choices = [value for value, _ in filterset.form.fields["metric"].choices if value]
    assert choices == ["arrests", "charges"]


def test_articles_by_date_and_publication(two_stories):
    s = two_stories
    assert articles({"published_from": "2019-01-01"}) == [s.new.pk]
    assert articles({"publication": s.old.publication.pk}) == [s.old.pk]


@pytest.fixture
def undated(two_stories):
    """Beside the two stories, a third whose date line gave no date, with a quote and a figure."""
    article = ArticleFactory(published_at=None)
    quote = QuoteFactory(article=article, speaker=two_stories.officer)
    outcome = OutcomeFactory(article=article, passage_text="Report")
    dated_outcome = OutcomeFactory(article=two_stories.old, passage_text="Report")
    return SimpleNamespace(**locals())


def test_no_date_filter_leaves_undated_articles_quotes_and_figures_in(two_stories, undated):
    s, u = two_stories, undated
    assert articles({}) == sorted([s.old.pk, s.new.pk, u.article.pk])
    assert u.quote.pk in quotes({})
    assert u.outcome.pk in outcomes({})


def test_date_not_known_lists_only_what_undated_articles_hold(two_stories, undated):
    u = undated
    assert articles({"date": "not-known"}) == [u.article.pk]
    assert quotes({"date": "not-known"}) == [u.quote.pk]
    assert outcomes({"date": "not-known"}) == [u.outcome.pk]


def test_date_known_leaves_undated_articles_out(two_stories, undated):
    s, u = two_stories, undated
    assert articles({"date": "known"}) == sorted([s.old.pk, s.new.pk])
    assert u.quote.pk not in quotes({"date": "known"})
    assert outcomes({"date": "known"}) == [u.dated_outcome.pk]


@pytest.mark.parametrize(
    "filterset_class, dates",
    [
        (ArticleFilter, {"published_from": "2014-01-01"}),
        (QuoteFilter, {"published_to": "2030-01-01"}),
        (OutcomeFilter, {"year": "2014"}),
    ],
)
def test_date_not_known_with_dates_to_fall_between_is_an_error(filterset_class, dates):
    request = reader_request({"date": "not-known", **dates})
    queryset = filterset_class._meta.model.objects.none()
    filterset = filterset_class(request.GET, queryset=queryset, request=request)
    assert not filterset.is_valid()
    assert "falls between no dates" in str(filterset.errors)
