import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from articles.models import Article, ArticleStatus
from casefiles.models import Operation, Outcome, Person, Quote, ReviewStatus
from tests.factories import (
    ArticleFactory,
    OperationFactory,
    OperationMentionFactory,
    OutcomeFactory,
    PersonFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db


def test_span_must_start_before_it_ends_in_the_database():
    quote = QuoteFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Quote.objects.filter(pk=quote.pk).update(end=quote.start)


def test_range_maximum_cannot_be_below_the_value():
    outcome = OutcomeFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Outcome.objects.filter(pk=outcome.pk).update(value_max=10)


def test_only_a_life_sentence_may_have_no_value():
    outcome = OutcomeFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Outcome.objects.filter(pk=outcome.pk).update(value=None)
    Outcome.objects.filter(pk=outcome.pk).update(value=None, qualifier="life")


def test_slugs_are_unique_in_the_database():
    first, second = PersonFactory(), PersonFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Person.objects.filter(pk=second.pk).update(slug=first.slug)


def test_same_names_get_distinct_slugs():
    assert PersonFactory(name="Jane Smith").slug == "jane-smith"
    assert PersonFactory(name="Jane Smith").slug == "jane-smith-2"


def test_passage_must_match_the_article_body():
    quote = QuoteFactory()
    quote.full_clean()
    assert quote.article.body[quote.start : quote.end] == quote.text
    quote.text = "Something the article never said."
    with pytest.raises(ValidationError) as excinfo:
        quote.full_clean()
    assert "text" in excinfo.value.message_dict


def test_passage_cannot_run_past_the_body():
    mention = OperationMentionFactory()
    mention.end = len(mention.article.body) + 5
    with pytest.raises(ValidationError):
        mention.full_clean()


def test_operation_cannot_follow_its_own_later_phase():
    erasure = OperationFactory(name="Operation Erasure")
    booth = OperationFactory(name="Operation Booth", follows=erasure)
    erasure.follows = booth
    with pytest.raises(ValidationError):
        erasure.full_clean()
    chains = Operation.objects.filter(pk__in=[erasure.pk, booth.pk]).phase_chains()
    assert [[op.name for op in chain] for chain in chains] == [
        ["Operation Erasure", "Operation Booth"]
    ]


def test_drafts_are_invisible_through_published():
    draft = ArticleFactory(status=ArticleStatus.DRAFT)
    live = ArticleFactory()
    QuoteFactory(article=draft)
    live_quote = QuoteFactory(article=live)
    assert list(Article.objects.published()) == [live]
    assert list(Quote.objects.published()) == [live_quote]


def test_records_only_a_draft_supports_are_invisible():
    draft = ArticleFactory(status=ArticleStatus.DRAFT)
    mention = OperationMentionFactory(article=draft)
    quote = QuoteFactory(article=draft)
    assert not Operation.objects.published().filter(pk=mention.operation.pk).exists()
    assert not Person.objects.published().filter(pk=quote.speaker.pk).exists()


def test_rejected_records_are_hidden_from_readers(django_user_model):
    quote = QuoteFactory()
    Quote.objects.filter(pk=quote.pk).review(ReviewStatus.REJECTED, None)
    assert not Quote.objects.published().exists()
    staff = django_user_model(username="s", is_staff=True, is_active=True)
    assert Quote.objects.visible_to(staff).count() == 1


def test_speaker_credit_comes_from_the_quotes_article():
    from tests.factories import AppearanceFactory

    appearance = AppearanceFactory()
    QuoteFactory(article=appearance.article, speaker=appearance.person)
    quote = Quote.objects.with_speaker_credit().get()
    assert quote.speaker_rank == "Det Chief Insp"


def test_a_passage_given_without_offsets_is_found_in_the_article():
    article = ArticleFactory()
    quote = Quote(article=article, text="We moved proactively to stop them.")
    quote.full_clean()
    assert article.body[quote.start : quote.end] == quote.text


def test_a_passage_the_article_never_says_cannot_be_found():
    quote = Quote(article=ArticleFactory(), text="Words nobody printed.")
    with pytest.raises(ValidationError) as excinfo:
        quote.full_clean()
    assert "text" in excinfo.value.message_dict
