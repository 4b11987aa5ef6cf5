"""Where each extracted record came from, and a journalist's review of it.

Records the importer finds (appearances, operation mentions, quotes, outcomes) carry their
provenance: the article, character offsets into its body, the exact text, which rule of the
importer found it and how sure that rule is, and a review status that a journalist moves from
"extracted" to "verified" or "rejected".
"""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q

from articles.models import Article
from casefiles import inserts
from casefiles.history import HistoricalRecords
from casefiles.models import visibility
from casefiles.models.operations import Operation
from casefiles.models.organisations import Organisation
from casefiles.models.people import Person
from casefiles.models.review import Reviewed, ReviewStatus
from casefiles.reads import PublishedReadsMixin, ReaderQuerySet

# How sure the importer was, in the bands a journalist filters by: below DOUBTFUL_BELOW a
# record is doubtful (the article's page marks it), from SURE_FROM it is sure.
DOUBTFUL_BELOW = 0.6
SURE_FROM = 0.9


class ConfidenceBand(models.TextChoices):
    LOW = "low", f"Low (below {DOUBTFUL_BELOW})"
    MEDIUM = "medium", f"Medium ({DOUBTFUL_BELOW} to {SURE_FROM})"
    HIGH = "high", f"High ({SURE_FROM} and above)"


BAND_LOOKUPS = {
    ConfidenceBand.LOW: Q(confidence__lt=DOUBTFUL_BELOW),
    ConfidenceBand.MEDIUM: Q(confidence__gte=DOUBTFUL_BELOW, confidence__lt=SURE_FROM),
    ConfidenceBand.HIGH: Q(confidence__gte=SURE_FROM),
}

# The review's order: least sure first, then oldest; records with no confidence (a
# journalist's, or found before the importer said) after those with one.
LEAST_SURE_FIRST = (F("confidence").asc(nulls_last=True), "created", "pk")

CONFIDENCE_IN_RANGE = models.CheckConstraint(
    condition=Q(confidence__isnull=True) | Q(confidence__gte=0, confidence__lte=1),
    name="%(app_label)s_%(class)s_confidence_0_to_1",
)


def rule_label(rule):
    """A rule's name as a journalist reads it: "said-after-quote" → "said after quote"."""
    return rule.replace("-", " ")


class ProvenanceQuerySet(ReaderQuerySet):
    def standing(self):
        """Those a reader may be shown once their article is public: not rejected, and still
        anchored in the text. A record whose passage a re-import could not find points at
        offsets that now hold other words, so it waits for a journalist to place it again."""
        return self.exclude(review_status=ReviewStatus.REJECTED).exclude(passage_missing=True)

    def published(self):
        """Records of published articles that stand (see `standing`): those marked `visible`,
        read without a join to the articles."""
        return self.filter(visible=True)

    # Every write that can change what readers see works `visible` out with it (`visibility`).

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        visibility.set_visible(objs)
        return super().bulk_create(objs, *args, **kwargs)

    def insert(self, objs):
        """`bulk_create` of new records at the cost of reading their values (`inserts`)."""
        objs = list(objs)
        visibility.set_visible(objs)
        return inserts.insert(objs)

    def bulk_update(self, objs, fields, *args, **kwargs):
        objs = list(objs)
        if any(field in visibility.INPUTS for field in fields):
            visibility.set_visible(objs)
            fields = [*fields, "visible"]
        return super().bulk_update(objs, fields, *args, **kwargs)

    def update(self, **kwargs):
        if not any(field in visibility.INPUTS for field in kwargs):
            return super().update(**kwargs)
        with transaction.atomic():
            changed = list(self.values_list("pk", flat=True))
            rows = super().update(**kwargs)
            visibility.refresh(self.model._base_manager.filter(pk__in=changed))
        return rows

    def in_reading_order(self):
        """As the reporting came out: oldest article first (undated last), then down the text."""
        return self.order_by(F("article__published_at").asc(nulls_last=True), "article_id", "start")

    def newest_first(self):
        """Newest article first (undated last), then down the text: the articles in the order
        of their `newest_first` index, so a page of records reads a few articles by it. The
        article's own columns, not `article_id`, which SQLite would not read from that index."""
        return self.order_by(
            F("article__published_at").desc(nulls_last=True), "-article__created", "start", "pk"
        )

    def in_article(self, article):
        """Those found in `article`, down its text."""
        return self.filter(article=article).order_by("start")

    def awaiting_review(self):
        return self.filter(review_status=ReviewStatus.EXTRACTED).order_by("created", "pk")

    def least_sure_first(self):
        return self.order_by(*LEAST_SURE_FIRST)

    def in_band(self, band):
        """Those the importer was as sure of as `band` (a ConfidenceBand) says."""
        return self.filter(BAND_LOOKUPS[band])

    def review(self, status, user, reason=""):
        """Move every record not already at `status` there (see `Reviewed.review`); return
        how many moved. One save each rather than an UPDATE, so each change is in its history."""
        with transaction.atomic():
            # With the article, whose status each save reads (`visibility`).
            records = list(self.exclude(review_status=status).select_related("article"))
            for record in records:
                record.review(status, user, reason=reason)
        return len(records)


class ProvenanceManager(PublishedReadsMixin, models.Manager.from_queryset(ProvenanceQuerySet)):
    def get_by_natural_key(self, start, end, *article_key):
        return self.get(
            start=start, end=end, article=Article.objects.get_by_natural_key(*article_key)
        )


class Provenance(Reviewed):
    """Where in which article a record was found, and whether a journalist has checked it."""

    article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="%(class)ss",
        help_text="The article this was found in.",
    )
    start = models.PositiveIntegerField(
        blank=True,
        help_text="Character offset in the article body where the passage begins. Leave start "
        "and end empty to have the passage found in the article.",
    )
    end = models.PositiveIntegerField(
        blank=True,
        help_text="Character offset in the article body just after the passage ends.",
    )
    text = models.TextField(
        help_text="The passage exactly as printed; it must match the body between start and end."
    )
    edited = models.BooleanField(
        default=False,
        help_text="Set when a journalist changes the record; a re-import then leaves it alone.",
    )
    passage_missing = models.BooleanField(
        default=False,
        help_text="Set by a re-import when the article's new text no longer contains this "
        "passage. Correct the offsets and text, or reject the record.",
    )
    extraction_rule = models.CharField(
        "found by",
        max_length=60,
        blank=True,
        help_text="Which rule of the importer found this, such as “said-after-quote” for words "
        "followed by “… said Name”; blank for records a journalist added.",
    )
    confidence = models.FloatField(
        null=True,
        blank=True,
        help_text="How sure the importer was, 0–1; blank for records a journalist added. The "
        f"review queue shows the least sure first; below {DOUBTFUL_BELOW} is doubtful.",
    )
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    modified = models.DateTimeField(auto_now=True)
    visible = models.BooleanField(
        "seen by readers",
        default=False,
        editable=False,
        help_text="Worked out on every save: its article is published, it is not rejected and "
        "its passage is in the text.",
    )

    objects = ProvenanceManager()

    class Meta:
        abstract = True
        ordering = ["article", "start"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__lt=F("end")), name="%(app_label)s_%(class)s_start_before_end"
            ),
            models.UniqueConstraint(
                fields=["article", "start", "end"], name="%(app_label)s_%(class)s_unique_span"
            ),
            CONFIDENCE_IN_RANGE,
        ]
        # The review queue: records awaiting review, least sure first (`least_sure_first`).
        indexes = [models.Index(fields=["review_status", "confidence", "created"])]

    def natural_key(self):
        return (self.start, self.end, *self.article.natural_key())

    natural_key.dependencies = ["articles.article"]

    def save(self, *args, **kwargs):
        self.visible = visibility.is_visible(self, self.article.status)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "visible"}
        super().save(*args, **kwargs)

    @property
    def is_doubtful(self):
        """True when the importer was less than fairly sure of it."""
        return self.confidence is not None and self.confidence < DOUBTFUL_BELOW

    @property
    def found_by(self):
        """Which rule found it and how sure it was, as the admin shows it: "said after quote ·
        0.95"; empty for a record a journalist added."""
        if not self.extraction_rule:
            return ""
        label = rule_label(self.extraction_rule)
        return label if self.confidence is None else f"{label} · {self.confidence:.2g}"

    @property
    def is_journalists_work(self):
        """True once a journalist has verified, rejected or edited it: imports keep it."""
        return self.edited or self.review_status != ReviewStatus.EXTRACTED

    def locate_passage(self):
        """Set start and end from the first place the article's body says `text`."""
        start = self.article.body.find(self.text)
        if start == -1:
            raise ValidationError({"text": "The article does not say this anywhere."})
        self.start, self.end = start, start + len(self.text)

    def clean(self):
        super().clean()
        if self.start is not None and self.end is not None and self.start >= self.end:
            raise ValidationError({"end": "The passage must end after it starts."})
        if self.start is None and self.end is None and self.article_id and self.text:
            self.locate_passage()
        if self.start is None or self.end is None:
            raise ValidationError(
                {"start": "Give start and end, or leave both empty and give the passage."}
            )
        # A rejected record is kept only as a decision; its passage may be gone from the text.
        if self.review_status == ReviewStatus.REJECTED:
            return
        if self.article_id and self.start is not None and self.end is not None:
            body = self.article.body
            if self.end > len(body):
                raise ValidationError(
                    {"end": f"The article body is only {len(body)} characters long."}
                )
            if body[self.start : self.end] != self.text:
                raise ValidationError(
                    {
                        "text": "This text is not what the article says between start and end: "
                        f"the body there reads “{body[self.start : self.end][:200]}”."
                    }
                )


class Appearance(Provenance):
    person = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        related_name="appearances",
        help_text="Who is named here.",
    )
    rank_as_printed = models.CharField(
        "rank or title as printed",
        max_length=120,
        blank=True,
        help_text="Exactly as the article prints it: “Det Chief Insp”, “Cllr”.",
    )
    rank = models.CharField(
        "rank or title",
        max_length=120,
        blank=True,
        help_text="The full form: “Detective Chief Inspector”, “Councillor”.",
    )
    role = models.CharField(
        max_length=300,
        blank=True,
        help_text="The role the article gives them: “Southend district commander”.",
    )
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="appearances",
        help_text="The organisation the article places them in.",
    )
    age = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Their age as the article gives it, if it does."
    )
    resolution = models.CharField(
        max_length=300,
        blank=True,
        help_text="Why the importer took this name to be this person.",
    )
    history = HistoricalRecords(excluded_fields=visibility.NOT_IN_HISTORY)

    class Meta(Provenance.Meta):
        indexes = [
            *Provenance.Meta.indexes,
            # Who is placed in an organisation (and its units), for readers: its page's people
            # and the people list filtered by it, read from the index alone.
            models.Index(
                fields=["organisation", "person"],
                condition=Q(visible=True),
                name="casefiles_appearance_placed",
            ),
            # How a quote's own article printed its speaker (`Quote.with_speaker_credit`): the
            # first passage naming them there, found at once rather than among every passage
            # naming a busy spokesperson.
            models.Index(fields=["article", "person", "start"], name="casefiles_appearance_credit"),
        ]

    def __str__(self):
        credit = " ".join(part for part in (self.rank_as_printed, self.person.name) if part)
        return f"{credit} in “{self.article}”"

    def get_absolute_url(self):
        return self.person.get_absolute_url()

    @property
    def credit(self):
        """Rank, name and role as the article printed them."""
        parts = " ".join(p for p in (self.rank_as_printed, self.person.name) if p)
        return f"{parts}, {self.role}" if self.role else parts


class OperationMention(Provenance):
    operation = models.ForeignKey(
        Operation,
        on_delete=models.CASCADE,
        related_name="mentions",
        help_text="The operation named here.",
    )
    resolution = models.CharField(
        max_length=300,
        blank=True,
        help_text="Why the importer took this name to be this operation.",
    )
    history = HistoricalRecords(excluded_fields=visibility.NOT_IN_HISTORY)

    class Meta(Provenance.Meta):
        verbose_name = "operation mention"

    def __str__(self):
        return f"“{self.text}” in “{self.article}”"

    def get_absolute_url(self):
        return self.operation.get_absolute_url()
