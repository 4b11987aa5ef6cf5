"""Records the importer thinks may be one real person, organisation or operation, kept for a
journalist to decide: the same (merge them) or different (kept apart, and never asked again)."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from articles.models import Article
from casefiles import inserts


class MatchDecision(models.TextChoices):
    OPEN = "open", "Not yet decided"
    SAME = "same", "The same: merged"
    DIFFERENT = "different", "Different: kept apart"


class PossibleMatchQuerySet(models.QuerySet):
    def of(self, model):
        return self.filter(content_type=ContentType.objects.get_for_model(model))

    def undecided(self):
        return self.filter(decision=MatchDecision.OPEN)

    def involving(self, model, pks):
        pks = list(pks)
        return self.of(model).filter(Q(record_id__in=pks) | Q(candidate_id__in=pks))

    def flag(self, record, candidate, reason, article=None):
        """Ask whether `record` is `candidate`, unless that has been asked already."""
        content_type = ContentType.objects.get_for_model(record)
        pair = Q(record_id=record.pk, candidate_id=candidate.pk) | Q(
            record_id=candidate.pk, candidate_id=record.pk
        )
        if self.filter(pair, content_type=content_type).exists():
            return None
        return self.create(
            content_type=content_type,
            record_id=record.pk,
            candidate_id=candidate.pk,
            reason=reason[:500],
            article=article,
        )

    def flag_all(self, questions, article=None, *, new=()):
        """`flag` each (record, candidate, reason) in turn, in two queries at most: one for
        the pairs asked already, one to ask the rest. A question may name the article it came
        up in as a fourth item, in place of `article`. `new`: records written just before in
        the same transaction, whose pairs nobody can have asked yet (a record's id is never
        given again), so that questions about them need no look-up."""
        if not questions:
            return []
        fresh = {(type(record), record.pk) for record in new}
        pks = {}
        for record, candidate, *_ in questions:
            if (type(record), record.pk) in fresh or (type(candidate), candidate.pk) in fresh:
                continue
            content_type = ContentType.objects.get_for_model(record)
            pks.setdefault(content_type.pk, set()).update((record.pk, candidate.pk))
        asked = set()
        if pks:
            among = Q()
            for content_type_id, ids in pks.items():
                among |= Q(content_type_id=content_type_id, record_id__in=ids, candidate_id__in=ids)
            for content_type_id, record_id, candidate_id in self.filter(among).values_list(
                "content_type_id", "record_id", "candidate_id"
            ):
                asked.add((content_type_id, frozenset((record_id, candidate_id))))
        new_questions = []
        for record, candidate, reason, *came_up_in in questions:
            content_type = ContentType.objects.get_for_model(record)
            pair = (content_type.pk, frozenset((record.pk, candidate.pk)))
            if pair in asked:
                continue
            asked.add(pair)
            new_questions.append(
                inserts.new(
                    self.model,
                    content_type=content_type,
                    record_id=record.pk,
                    candidate_id=candidate.pk,
                    reason=reason[:500],
                    article=came_up_in[0] if came_up_in else article,
                )
            )
        return inserts.insert(new_questions)


class PossibleMatch(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    record_id = models.PositiveBigIntegerField(
        db_index=True, help_text="The record the importer created."
    )
    candidate_id = models.PositiveBigIntegerField(
        db_index=True, help_text="The record it may be the same as."
    )
    reason = models.CharField(max_length=500, help_text="Why the importer was unsure.")
    article = models.ForeignKey(
        Article,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The article in which the question came up.",
    )
    decision = models.CharField(
        max_length=10, choices=MatchDecision, default=MatchDecision.OPEN, db_index=True
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    objects = PossibleMatchQuerySet.as_manager()

    class Meta:
        verbose_name = "possible match"
        verbose_name_plural = "possible matches"
        ordering = ["created", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "record_id", "candidate_id"],
                name="%(app_label)s_%(class)s_unique_pair",
            ),
            models.CheckConstraint(
                condition=~Q(record_id=F("candidate_id")),
                name="%(app_label)s_%(class)s_two_records",
            ),
        ]

    def __str__(self):
        return f"{self.content_type.name} {self.record_id} may be {self.candidate_id}"

    @property
    def model(self):
        return self.content_type.model_class()

    def records(self):
        """The two records, the one created first second; either may since have been merged."""
        found = self.model._default_manager.in_bulk([self.record_id, self.candidate_id])
        return found.get(self.record_id), found.get(self.candidate_id)

    def decide(self, decision, user):
        self.decision = decision
        self.decided_by = user
        self.decided_at = timezone.now()
        self.save(update_fields=["decision", "decided_by", "decided_at"])
