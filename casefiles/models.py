"""The case-file domain: operations, people, organisations, what they said and what was reported.

Records the importer finds (appearances, operation mentions, quotes, outcomes) carry their
provenance: the article, character offsets into its body, the exact text, and a review status
that a journalist moves from "extracted" to "verified" or "rejected".
"""

from collections import defaultdict
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Exists, F, OuterRef, Prefetch, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from articles.models import Article, ArticleStatus


def unique_slug(model, value, *, instance_pk=None, max_length=120):
    """A slug for `value` that no other row of `model` has yet ("name", "name-2", ...)."""
    taken = model._default_manager.exclude(pk=instance_pk)
    return unique_slugs(model, [value], taken=taken, max_length=max_length)[0]


def unique_slugs(model, values, *, taken=None, max_length=120):
    """Distinct free slugs for several new rows at once, in one query."""
    taken = model._default_manager.all() if taken is None else taken
    bases = [slugify(value)[: max_length - 6] or model._meta.model_name for value in values]
    clash = Q()
    for base in set(bases):
        clash |= Q(slug=base) | Q(slug__startswith=f"{base}-")
    used = set(taken.filter(clash).values_list("slug", flat=True)) if bases else set()
    slugs = []
    for base in bases:
        slug, n = base, 1
        while slug in used:
            n += 1
            slug = f"{base}-{n}"
        used.add(slug)
        slugs.append(slug)
    return slugs


class SluggedModel(models.Model):
    """A record with a unique slug, filled from its name when left empty."""

    slug_source = "name"

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self.slug:
            source = getattr(self, self.slug_source)
            self.slug = unique_slug(type(self), source, instance_pk=self.pk)
        super().save(*args, **kwargs)

    def natural_key(self):
        return (self.slug,)


class PublishedReadsMixin:
    """For a manager: `published()`, and `visible_to()` for readers, built once per process and
    cloned after.

    Building the nested Exists subqueries behind `published()` costs more than running them,
    and on the whole table the query never changes, so reader pages reuse one. Called on a
    filtered queryset they are the queryset's own methods and built afresh.
    """

    def published(self):
        built = self.__dict__.get("_published")
        if built is None:
            built = self._published = self.get_queryset().published()
        return built.all()

    def visible_to(self, user):
        return self.all() if _is_staff(user) else self.published()


class SlugManager(models.Manager):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


# --- Organisations and people -----------------------------------------------------------------


class OrganisationKind(models.TextChoices):
    POLICE_FORCE = "police_force", "Police force"
    POLICE_UNIT = "police_unit", "Police unit"
    COUNCIL = "council", "Council"
    COURT = "court", "Court"
    CHARITY = "charity", "Charity"
    GOVERNMENT = "government", "Government"
    OTHER = "other", "Other"


class OrganisationQuerySet(models.QuerySet):
    def published(self):
        """Organisations that a published article names or a published case file shows."""
        return self.filter(
            Exists(Appearance.objects.published().filter(organisation=OuterRef("pk")))
            | Exists(Outcome.objects.published().filter(organisation=OuterRef("pk")))
            | Exists(Operation.objects.published().filter(force=OuterRef("pk")))
        )

    def visible_to(self, user):
        return self if _is_staff(user) else self.published()

    def for_display(self, user=None):
        """With the body each belongs to; for `user`, one they may not see reads as none."""
        return _with_links(self, user, parent=Organisation)


class OrganisationManager(PublishedReadsMixin, models.Manager.from_queryset(OrganisationQuerySet)):
    def get_by_natural_key(self, name):
        return self.get(name=name)


class Organisation(models.Model):
    name = models.CharField(
        max_length=200,
        unique=True,
        help_text="Full name, e.g. “Essex Police”, “Serious Violence Unit”, “Southend Council”.",
    )
    slug = models.SlugField(
        max_length=120, blank=True, help_text="Used in the web address; filled in from the name."
    )
    kind = models.CharField(
        max_length=20,
        choices=OrganisationKind,
        default=OrganisationKind.OTHER,
        help_text="What sort of body this is.",
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text="The body this one belongs to: a unit's force, a court's service.",
    )
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other names it goes by in print (“the Met”, “Scotland Yard”), one per entry.",
    )
    website = models.URLField(blank=True, help_text="Official website, if any.")
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    objects = OrganisationManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="%(app_label)s_%(class)s_unique_slug"),
            models.CheckConstraint(
                condition=~Q(parent=F("pk")), name="%(app_label)s_%(class)s_not_own_parent"
            ),
        ]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.name,)

    def get_absolute_url(self):
        return reverse("casefiles:organisation-detail", kwargs={"slug": self.slug})

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Organisation, self.name, instance_pk=self.pk)
        super().save(*args, **kwargs)


class PersonKind(models.TextChoices):
    OFFICIAL = "official", "Official"
    ELECTED_OFFICIAL = "elected_official", "Elected official"
    MEMBER_OF_PUBLIC = "member_of_public", "Member of the public"
    DEFENDANT = "defendant", "Defendant"
    VICTIM = "victim", "Victim"


class PersonQuerySet(models.QuerySet):
    def published(self):
        """People who appear in, or are quoted by, a published article."""
        return self.filter(
            Exists(Appearance.objects.published().filter(person=OuterRef("pk")))
            | Exists(Quote.objects.published().filter(speaker=OuterRef("pk")))
        )

    def visible_to(self, user):
        return self if _is_staff(user) else self.published()

    def for_display(self, user=None):
        """With their organisation; for `user`, one they may not see reads as none."""
        return _with_links(self, user, organisation=Organisation)


class PersonManager(PublishedReadsMixin, SlugManager.from_queryset(PersonQuerySet)):
    pass


class Person(SluggedModel):
    name = models.CharField(
        max_length=200,
        help_text="Full name as it is best known, without rank or title: “Lewis Basford”.",
    )
    slug = models.SlugField(
        max_length=120, blank=True, help_text="Used in the web address; filled in from the name."
    )
    kind = models.CharField(
        max_length=20,
        choices=PersonKind,
        default=PersonKind.OFFICIAL,
        help_text="Officials and elected officials speak for an organisation; members of the "
        "public, defendants and victims are private individuals.",
    )
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text="The organisation they are best known with. Ranks and roles per article are "
        "kept on each appearance.",
    )
    sensitivity_note = models.TextField(
        blank=True,
        help_text="For private individuals: anything an editor must weigh before naming them "
        "again (a minor, a victim, a spent conviction, a legal restriction).",
    )
    notes = models.TextField(blank=True, help_text="Internal notes for the newsroom.")
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    objects = PersonManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="%(app_label)s_%(class)s_unique_slug"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("casefiles:person-detail", kwargs={"slug": self.slug})

    @property
    def is_private(self):
        return self.kind in {PersonKind.MEMBER_OF_PUBLIC, PersonKind.DEFENDANT, PersonKind.VICTIM}


# --- Operations -------------------------------------------------------------------------------


class OperationKind(models.TextChoices):
    OPERATION = "operation", "Operation"
    PROJECT = "project", "Project"
    STRIKE_FORCE = "strike force", "Strike force"
    CODENAME = "codename", "Codename"


class OperationQuerySet(models.QuerySet):
    def published(self):
        """Operations that a published article mentions."""
        return self.filter(
            Exists(OperationMention.objects.published().filter(operation=OuterRef("pk")))
        )

    def visible_to(self, user):
        return self if _is_staff(user) else self.published()

    def for_display(self):
        # A visible operation's force is always visible: the operation makes it public.
        return self.select_related("force")

    def phase_chains(self):
        """These operations as chains of phases: see `phase_chains`."""
        return phase_chains(list(self))


class OperationManager(PublishedReadsMixin, SlugManager.from_queryset(OperationQuerySet)):
    pass


class Operation(SluggedModel):
    name = models.CharField(
        max_length=200,
        help_text="Canonical name, e.g. “Operation Erasure”. Other spellings go in aliases.",
    )
    slug = models.SlugField(
        max_length=120, blank=True, help_text="Used in the web address; filled in from the name."
    )
    kind = models.CharField(
        max_length=20,
        choices=OperationKind,
        default=OperationKind.OPERATION,
        help_text="What the police call it: an operation, a project, a strike force.",
    )
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other spellings in print (“Op Booth”, “operation Booth”), one per entry.",
    )
    force = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="operations",
        limit_choices_to={
            "kind__in": [OrganisationKind.POLICE_FORCE, OrganisationKind.POLICE_UNIT]
        },
        help_text="The force or unit that ran it.",
    )
    area = models.CharField(max_length=200, blank=True, help_text="Where it ran, e.g. “Southend”.")
    started_on = models.DateField(
        "start date", null=True, blank=True, help_text="When it began, as far as is known."
    )
    ended_on = models.DateField(
        "end date", null=True, blank=True, help_text="When it ended; empty if ongoing or unknown."
    )
    dates_note = models.CharField(
        max_length=200,
        blank=True,
        help_text="How sure the dates are, as reported: “began July 2014”, “ran for six weeks”.",
    )
    summary = models.TextField(blank=True, help_text="A few sentences for readers.")
    follows = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="later_phases",
        help_text="The operation this is a later phase of (Op Booth follows Operation Erasure).",
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    objects = OperationManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="%(app_label)s_%(class)s_unique_slug"),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True)
                | Q(started_on__isnull=True)
                | Q(ended_on__gte=F("started_on")),
                name="%(app_label)s_%(class)s_ends_after_start",
            ),
            models.CheckConstraint(
                condition=~Q(follows=F("pk")), name="%(app_label)s_%(class)s_not_own_phase"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("casefiles:operation-detail", kwargs={"slug": self.slug})

    def clean(self):
        # Walk up the chain of phases so a loop (A follows B follows A) cannot be saved.
        seen = {self.pk}
        previous = self.follows
        while previous is not None:
            if previous.pk in seen:
                raise ValidationError(
                    {"follows": "An operation cannot follow one of its own later phases."}
                )
            seen.add(previous.pk)
            previous = previous.follows

    def phases(self):
        """Every phase of the chain this operation belongs to, first to last, in one query."""
        in_a_chain = Operation.objects.filter(
            Q(follows__isnull=False)
            | Q(pk__in=Operation.objects.filter(follows__isnull=False).values("follows"))
        )
        linked = [op for op in in_a_chain if op.pk != self.pk]
        for chain in phase_chains([*linked, self]):
            if self in chain:
                return chain
        return [self]


def _phase_key(operation):
    return (operation.started_on or date.max, operation.pk)


def phase_chains(operations):
    """Chains of phases (`Operation.follows`), each first to last, earliest chain first.

    Works on the operations given, without a query: a phase outside them starts a new chain.
    Where two operations follow the same one, the earlier-starting comes first.
    """
    by_pk = {op.pk: op for op in operations}
    later = defaultdict(list)
    roots = []
    for op in operations:
        if op.follows_id in by_pk and op.follows_id != op.pk:
            later[op.follows_id].append(op)
        else:
            roots.append(op)
    seen, chains = set(), []

    def walk(op, chain):
        if op.pk in seen:
            return
        seen.add(op.pk)
        chain.append(op)
        for nxt in sorted(later[op.pk], key=_phase_key):
            walk(nxt, chain)

    # Operations caught in a loop have no first phase; start from the earliest of them.
    for op in [*sorted(roots, key=_phase_key), *sorted(operations, key=_phase_key)]:
        if op.pk not in seen:
            chain = []
            walk(op, chain)
            chains.append(chain)
    return chains


# --- Provenance of extracted records ----------------------------------------------------------


class ReviewStatus(models.TextChoices):
    EXTRACTED = "extracted", "Extracted (not yet checked)"
    VERIFIED = "verified", "Verified"
    REJECTED = "rejected", "Rejected"


class ProvenanceQuerySet(models.QuerySet):
    def published(self):
        """Records of published articles that no journalist has rejected."""
        return self.filter(article__status=ArticleStatus.PUBLISHED).exclude(
            review_status=ReviewStatus.REJECTED
        )

    def visible_to(self, user):
        return self if _is_staff(user) else self.published()

    def awaiting_review(self):
        return self.filter(review_status=ReviewStatus.EXTRACTED).order_by("created", "pk")

    def review(self, status, user):
        """Move every record not already at `status` there (see `Provenance.review`); return
        how many moved. One save each rather than an UPDATE, so each change is in its history."""
        with transaction.atomic():
            records = list(self.exclude(review_status=status))
            for record in records:
                record.review(status, user)
        return len(records)


class ProvenanceManager(PublishedReadsMixin, models.Manager.from_queryset(ProvenanceQuerySet)):
    def get_by_natural_key(self, start, end, *article_key):
        return self.get(
            start=start, end=end, article=Article.objects.get_by_natural_key(*article_key)
        )


class Provenance(models.Model):
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
    review_status = models.CharField(
        "review",
        max_length=10,
        choices=ReviewStatus,
        default=ReviewStatus.EXTRACTED,
        db_index=True,
        help_text="“Extracted” records were found automatically and await a journalist. "
        "Verified and rejected records are never overwritten by a re-import.",
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
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who verified or rejected it.",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, help_text="When it was reviewed.")
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    modified = models.DateTimeField(auto_now=True)

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
        ]

    def natural_key(self):
        return (self.start, self.end, *self.article.natural_key())

    natural_key.dependencies = ["articles.article"]

    @property
    def is_journalists_work(self):
        """True once a journalist has verified, rejected or edited it: imports keep it."""
        return self.edited or self.review_status != ReviewStatus.EXTRACTED

    def review(self, status, user, *, save=True):
        """Move the record to `status`, naming `user` and the time unless it goes back to awaiting
        review; its history records who and why ("Marked verified"). Saving moves the content
        version on; `save=False` leaves the save to a form that changes more fields with it."""
        reviewed = status != ReviewStatus.EXTRACTED
        self.review_status = status
        self.reviewed_by = user if reviewed else None
        self.reviewed_at = timezone.now() if reviewed else None
        self._history_user = user
        self._change_reason = f"Marked {ReviewStatus(status).label.lower()}"
        if save:
            with transaction.atomic(savepoint=False):
                self.save()

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
    history = HistoricalRecords()

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
    history = HistoricalRecords()

    class Meta(Provenance.Meta):
        verbose_name = "operation mention"

    def __str__(self):
        return f"“{self.text}” in “{self.article}”"

    def get_absolute_url(self):
        return self.operation.get_absolute_url()


class QuoteQuerySet(ProvenanceQuerySet):
    def with_speaker_credit(self):
        """Annotate the rank and role printed for the speaker in the quote's own article."""
        credit = (
            Appearance.objects.filter(article=OuterRef("article"), person=OuterRef("speaker"))
            .exclude(review_status=ReviewStatus.REJECTED)
            .order_by("start")
        )
        return self.annotate(
            speaker_rank=Subquery(credit.values("rank_as_printed")[:1]),
            speaker_role=Subquery(credit.values("role")[:1]),
        )

    def for_display(self, user=None):
        """Everything a page shows with a quote, in a fixed number of queries. For `user`, only
        the operations they may see: a published quote may speak about an operation that only a
        draft mentions. Without a user, every operation (for the newsroom's own use)."""
        operations = Operation.objects.all() if user is None else Operation.objects.visible_to(user)
        return (
            self.select_related("speaker", "article", "article__publication")
            .prefetch_related(Prefetch("operations", queryset=operations))
            .with_speaker_credit()
        )


class Quote(Provenance):
    speaker = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
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
    history = HistoricalRecords(m2m_fields=[operations])

    objects = ProvenanceManager.from_queryset(QuoteQuerySet)()

    class Meta(Provenance.Meta):
        constraints = [
            *Provenance.Meta.constraints,
            models.CheckConstraint(
                condition=Q(paragraphs__gte=1), name="%(app_label)s_%(class)s_paragraphs_positive"
            ),
        ]

    def __str__(self):
        words = self.text.strip("“”‘’\"' ")
        short = words if len(words) <= 80 else words[:77].rsplit(" ", 1)[0] + "…"
        return f"{self.speaker or 'Unattributed'}: “{short}”"

    def get_absolute_url(self):
        return reverse("casefiles:quote-detail", kwargs={"pk": self.pk})

    @property
    def anchor(self):
        return f"quote-{self.pk}"

    def get_passage_url(self):
        """The article page, scrolled to this quote."""
        return f"{self.article.get_absolute_url()}#{self.anchor}"


class Qualifier(models.TextChoices):
    MORE_THAN = "more than", "more than"
    LESS_THAN = "less than", "less than"
    ABOUT = "about", "about"
    UP_TO = "up to", "up to"
    EXACTLY = "exactly", "exactly"
    LIFE = "life", "life"


class OutcomeQuerySet(ProvenanceQuerySet):
    def for_display(self, user=None):
        """With the article and what each figure is credited to; for `user`, an operation or
        person they may not see reads as none. (A published figure makes the organisation it
        is credited to public, so that needs no check.)"""
        return _with_links(
            self.select_related("article", "article__publication", "organisation"),
            user,
            operation=Operation,
            person=Person,
        )


class OutcomeManager(ProvenanceManager.from_queryset(OutcomeQuerySet)):
    def get_by_natural_key(self, start, end, metric, *article_key):
        return self.get(
            start=start,
            end=end,
            metric=metric,
            article=Article.objects.get_by_natural_key(*article_key),
        )


class Outcome(Provenance):
    metric = models.CharField(
        max_length=120,
        db_index=True,
        help_text="What was counted, in the plural: “arrests”, “drug lines seized”, “sentence”, "
        "“cannabis seized (kg)”.",
    )
    value = models.DecimalField(
        max_digits=18,
        decimal_places=3,
        null=True,
        blank=True,
        help_text="The figure as a number (money as a plain amount, sentences in months). "
        "Empty for a life sentence.",
    )
    value_max = models.DecimalField(
        "up to value",
        max_digits=18,
        decimal_places=3,
        null=True,
        blank=True,
        help_text="For a range (“15 to 18 months”) the upper figure; otherwise empty.",
    )
    unit = models.CharField(
        max_length=40,
        blank=True,
        help_text="Unit of the figure when it has one: “GBP”, “kg”, “months”, “%”.",
    )
    qualifier = models.CharField(
        max_length=10,
        choices=Qualifier,
        blank=True,
        help_text="How exact the figure is as printed: “more than 70” is “more than”.",
    )
    period = models.CharField(
        max_length=120,
        blank=True,
        help_text="The period or duration as printed: “in the last year”, “15 to 18 months”.",
    )
    operation = models.ForeignKey(
        Operation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outcomes",
        help_text="The operation the figure is credited to.",
    )
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outcomes",
        help_text="The organisation the figure is credited to.",
    )
    person = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outcomes",
        help_text="For a sentence: the person sentenced.",
    )
    history = HistoricalRecords()

    objects = OutcomeManager()

    class Meta(Provenance.Meta):
        constraints = [
            models.CheckConstraint(
                condition=Q(start__lt=F("end")), name="%(app_label)s_%(class)s_start_before_end"
            ),
            models.UniqueConstraint(
                fields=["article", "start", "end", "metric"],
                name="%(app_label)s_%(class)s_unique_span",
            ),
            models.CheckConstraint(
                condition=Q(value_max__isnull=True)
                | Q(value__isnull=True)
                | Q(value_max__gte=F("value")),
                name="%(app_label)s_%(class)s_max_not_below_value",
            ),
            models.CheckConstraint(
                condition=Q(qualifier=Qualifier.LIFE) | Q(value__isnull=False),
                name="%(app_label)s_%(class)s_value_unless_life",
            ),
        ]

    def __str__(self):
        return f"{self.display_value} {self.metric}"

    def natural_key(self):
        return (self.start, self.end, self.metric, *self.article.natural_key())

    natural_key.dependencies = ["articles.article"]

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#outcome-{self.pk}"

    @property
    def display_value(self):
        if self.qualifier == Qualifier.LIFE:
            return "life"
        figure = _plain_number(self.value)
        if self.value_max is not None:
            figure = f"{figure}–{_plain_number(self.value_max)}"
        if self.unit:
            figure = f"£{figure}" if self.unit == "GBP" else f"{figure} {self.unit}"
        if self.qualifier and self.qualifier != Qualifier.EXACTLY:
            figure = f"{self.qualifier} {figure}"
        return figure


# --- Case files -------------------------------------------------------------------------------


class CaseFileStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class CaseFileQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=CaseFileStatus.PUBLISHED)

    def visible_to(self, user):
        return self if _is_staff(user) else self.published()


class CaseFileManager(SlugManager.from_queryset(CaseFileQuerySet)):
    pass


class CaseFile(SluggedModel):
    slug_source = "title"

    title = models.CharField(
        max_length=200, help_text="The story in a few words: “Southend drug raids, 2014”."
    )
    slug = models.SlugField(
        max_length=120, blank=True, help_text="Used in the web address; filled in from the title."
    )
    summary = models.TextField(
        blank=True, help_text="What happened, written by a journalist for readers."
    )
    status = models.CharField(
        max_length=10,
        choices=CaseFileStatus,
        default=CaseFileStatus.DRAFT,
        db_index=True,
        help_text="Readers see published case files only. Publishing needs the editor role.",
    )
    operations = models.ManyToManyField(
        Operation, blank=True, related_name="casefiles", help_text="The operations it follows."
    )
    articles = models.ManyToManyField(
        Article, blank=True, related_name="casefiles", help_text="The reporting it draws on."
    )
    people = models.ManyToManyField(
        Person, blank=True, related_name="casefiles", help_text="The people at its centre."
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    objects = CaseFileManager()
    history = HistoricalRecords(m2m_fields=[operations, articles, people])

    class Meta:
        ordering = ["-modified"]
        verbose_name = "case file"
        permissions = [("publish_casefile", "Can publish case files")]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="%(app_label)s_%(class)s_unique_slug"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("casefiles:casefile-detail", kwargs={"slug": self.slug})

    @property
    def is_published(self):
        return self.status == CaseFileStatus.PUBLISHED


def _is_staff(user):
    return user is not None and user.is_active and user.is_staff


def _with_links(queryset, user, **links):
    """`queryset` with the related records named (foreign key: model) fetched along, and for a
    user who is not staff, only those that user may see: the others read as None.

    For readers, one query per kind of link, which works out visibility once for all the
    rows' links rather than once per row in the main query; Django runs none when no row has
    such a link, so a page with nothing to check pays nothing for it.
    """
    if user is None or _is_staff(user):
        return queryset.select_related(*links)
    return queryset.prefetch_related(
        *(Prefetch(name, queryset=model.objects.visible_to(user)) for name, model in links.items())
    )


def _plain_number(value):
    """70.000 → "70", 2.500 → "2.5", 8000000 → "8,000,000"."""
    if value is None:
        return ""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():,f}"


class ContentVersion(models.Model):
    """A counter that every committed change to published content moves on.

    Reader pages are cached under the current version, so one cheap read tells every server
    process whether its cached pages still show what the database holds.
    """

    version = models.PositiveBigIntegerField(default=0)
    changed = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "content version"

    def __str__(self):
        return f"Content version {self.version}"
