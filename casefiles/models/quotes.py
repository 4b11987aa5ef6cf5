"""Quotes: what was said, by whom, about which operations."""

from django.db import models
from django.db.models import Case, F, OuterRef, Prefetch, Q, Subquery, Value, When
from django.db.models.functions import Coalesce

from casefiles.history import HistoricalRecords
from casefiles.models import visibility
from casefiles.models.base import address
from casefiles.models.casefiles import CaseFile
from casefiles.models.operations import Operation
from casefiles.models.people import Person
from casefiles.models.provenance import (
    Appearance,
    Provenance,
    ProvenanceManager,
    ProvenanceQuerySet,
)
from casefiles.models.review import ReviewStatus
from casefiles.reads import is_staff, linked_for_readers, with_links


class QuoteQuerySet(ProvenanceQuerySet):
    def with_speaker_credit(self):
        """Annotate the rank, role and name printed for the speaker in the quote's own article.

        `speaker_as_printed` is the passage naming them there, or else their name; empty for a
        speaker rejected as not a real person, who reads as no one."""
        credit = (
            Appearance.objects.filter(article=OuterRef("article"), person=OuterRef("speaker"))
            .standing()
            .order_by("start")
        )
        printed = Coalesce(
            Subquery(credit.values("text")[:1]), F("speaker__name"), output_field=models.TextField()
        )
        return self.annotate(
            speaker_rank=Subquery(credit.values("rank_as_printed")[:1]),
            speaker_role=Subquery(credit.values("role")[:1]),
            speaker_as_printed=Case(
                When(speaker__review_status=ReviewStatus.REJECTED, then=Value("")),
                default=printed,
                output_field=models.TextField(),
            ),
        )

    def for_display(self, user=None):
        """Everything a page shows with a quote, in a fixed number of queries. For `user`, only
        the operations they may see: a published quote may speak about an operation that only a
        draft mentions. Without a user, every operation (for the newsroom's own use).

        A speaker `user` may not look up (a victim or member of the public kept private, one
        rejected as junk) reads as none; the page prints `speaker_name` instead, unlinked."""
        if user is None or is_staff(user):
            operations = Operation.objects.all()
        else:
            operations = linked_for_readers(Operation)
        return (
            with_links(self.select_related("article", "article__publication"), user, speaker=Person)
            .prefetch_related(Prefetch("operations", queryset=operations))
            .with_speaker_credit()
        )

    def about(self, operation):
        # IN rather than a join, so a quote about several operations is listed once; and
        # rather than EXISTS, so the database reads the operation's quotes by its index
        # instead of testing every quote.
        about = Quote.operations.through.objects.filter(operation=operation)
        return self.filter(pk__in=about.values("quote"))

    def speaking_for(self, organisation_ids):
        """Those whose speaker the quote's own article places in one of the organisations, or
        who is best known with one (pass an organisation's `family_ids()` to take in its
        units). Read from the organisations' appearances, by their index."""
        placed_there = (
            Appearance.objects.standing()
            .filter(organisation__in=organisation_ids, article__quotes__speaker=F("person"))
            .values("article__quotes")
        )
        known_there = Quote.objects.filter(speaker__organisation__in=organisation_ids)
        return self.filter(Q(pk__in=known_there.values("pk")) | Q(pk__in=placed_there))

    def in_casefile(self, casefile):
        """Those from the case file's articles or about its operations."""
        from_articles = CaseFile.articles.through.objects.filter(casefile=casefile)
        about_operations = Quote.operations.through.objects.filter(operation__casefiles=casefile)
        return self.filter(
            Q(article__in=from_articles.values("article"))
            | Q(pk__in=about_operations.values("quote"))
        )


class Quote(Provenance):
    speaker = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="quotes",
        help_text="Who said it. Leave empty rather than guess when the article does not say.",
    )
    paragraphs = models.PositiveSmallIntegerField(
        default=1, help_text="How many paragraphs of the article the quote runs over."
    )
    attribution = models.CharField(
        max_length=500,
        blank=True,
        help_text="The words that attribute it, as printed: “He added:”, “said Det Supt Smith”.",
    )
    operations = models.ManyToManyField(
        Operation,
        blank=True,
        related_name="quotes",
        help_text="The operations the quote speaks about.",
    )
    history = HistoricalRecords(m2m_fields=[operations], excluded_fields=visibility.NOT_IN_HISTORY)

    objects = ProvenanceManager.from_queryset(QuoteQuerySet)()

    class Meta(Provenance.Meta):
        constraints = [
            *Provenance.Meta.constraints,
            models.CheckConstraint(
                condition=Q(paragraphs__gte=1), name="%(app_label)s_%(class)s_paragraphs_positive"
            ),
        ]

    def __str__(self):
        return self.titled(self.speaker_name)

    def titled(self, who):
        """The quote's opening words, credited to `who` ("Unattributed" for no one)."""
        words = self.text.strip("“”‘’\"' ")
        short = words if len(words) <= 80 else words[:77].rsplit(" ", 1)[0] + "…"
        return f"{who or 'Unattributed'}: “{short}”"

    @property
    def speaker_name(self):
        """Who said it, as the page shows them: the speaker's name where it may link to them,
        otherwise the name as the article printed it (see `for_display`); "" for no one."""
        if self.speaker is not None:
            return self.speaker.name
        return getattr(self, "speaker_as_printed", None) or ""

    def get_absolute_url(self):
        return address("casefiles:quote-detail", pk=self.pk)

    @property
    def anchor(self):
        return f"quote-{self.pk}"

    def get_passage_url(self):
        """The article page, scrolled to this quote: the part of a long text that holds it."""
        return self.article.passage_url(self.start, self.anchor)
