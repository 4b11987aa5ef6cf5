"""A journalist's review of what the importer found: one status, who set it and when.

Span records (appearances, mentions, quotes, figures) and the people, organisations and
operations the importer creates share it: each starts "extracted" and a journalist moves it to
"verified" or "rejected"; a re-import never overwrites either.
"""

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from articles.extraction import vocabulary


class ReviewStatus(models.TextChoices):
    EXTRACTED = vocabulary.ReviewStatus.EXTRACTED, "Extracted (not yet checked)"
    VERIFIED = vocabulary.ReviewStatus.VERIFIED, "Verified"
    REJECTED = vocabulary.ReviewStatus.REJECTED, "Rejected"


class Reviewed(models.Model):
    review_status = models.CharField(
        "review",
        max_length=10,
        choices=ReviewStatus,
        default=ReviewStatus.EXTRACTED,
        db_index=True,
        help_text="“Extracted” records were found automatically and await a journalist. "
        "Verified and rejected records are never overwritten by a re-import.",
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

    class Meta:
        abstract = True

    @property
    def is_rejected(self):
        return self.review_status == ReviewStatus.REJECTED

    def review(self, status, user, *, save=True, reason=""):
        """Move the record to `status`, naming `user` and the time unless it goes back to awaiting
        review; its history records who and why (`reason`, by default "Marked verified"). Saving
        moves the content version on; `save=False` leaves the save to a form that changes more
        fields with it."""
        reviewed = status != ReviewStatus.EXTRACTED
        self.review_status = status
        self.reviewed_by = user if reviewed else None
        self.reviewed_at = timezone.now() if reviewed else None
        self._history_user = user
        self._change_reason = reason or f"Marked {ReviewStatus(status).label.lower()}"
        if save:
            with transaction.atomic(savepoint=False):
                self.save()
