"""What people, organisations and operations share: a name with other names it goes by, a slug
that follows renames, and a journalist's review of records the importer created."""

from django.db.models import Q

from casefiles.models.base import SluggedModel
from casefiles.models.review import Reviewed, ReviewStatus


def fold(name):
    """A name as compared: letter case and surrounding space aside."""
    return " ".join(name.split()).casefold()


class EntityQuerySetMixin:
    """Reads every named record offers."""

    def standing(self):
        """Those a journalist has not rejected as junk."""
        return self.exclude(review_status=ReviewStatus.REJECTED)

    def awaiting_review(self):
        """Those the importer created that no journalist has verified or rejected, oldest
        first."""
        return self.filter(review_status=ReviewStatus.EXTRACTED).order_by("created", "pk")

    def named(self, names):
        """Those whose name is one of `names`, or one of whose aliases is (letter case aside).

        Names are looked up exactly as given, by the index (callers pass every spelling they
        have); aliases are narrowed in the database by a substring match on the stored list and
        checked here, so the result is the same on both databases."""
        given = sorted({name for name in names if name.strip()})
        if not given:
            return []
        folded = {fold(name) for name in given}
        maybe = Q(name__in=given)
        for name in folded:
            maybe |= Q(aliases__icontains=name)
        return [
            record
            for record in self.filter(maybe).order_by("pk")
            if any(fold(known) in folded for known in record.all_names())
        ]


class Entity(SluggedModel, Reviewed):
    """A named record. Subclasses define `name` and `aliases` (a JSON list of strings)."""

    class Meta:
        abstract = True

    def all_names(self):
        return [self.name, *(alias for alias in self.aliases if isinstance(alias, str))]

    def add_aliases(self, names):
        """Keep each of `names` that is neither the name nor a known alias; whether any was."""
        known = {fold(name) for name in self.all_names()}
        added = []
        for name in names:
            if name and fold(name) not in known:
                known.add(fold(name))
                added.append(name)
        self.aliases = [*self.aliases, *added]
        return bool(added)
