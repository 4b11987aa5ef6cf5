"""What people, organisations and operations share: a name with other names it goes by, a slug
that follows renames, and a journalist's review of records the importer created."""

from django.db import models
from django.db.models import Case, Q, Value, When
from django.db.models.functions import Lower

from casefiles.models.base import SluggedModel
from casefiles.models.review import Reviewed, ReviewStatus

# How many records a picker offers for the letters typed, and how many letters it reads.
PICK_LIMIT = 20
PICK_LETTERS = 100
# Above every character: a text that begins with a key sorts between the key and the key
# followed by this, so a prefix is a range that an index on the column serves.
_AFTER_ALL = "\U0010ffff"


def fold(name):
    """A name as compared: letter case and surrounding space aside."""
    return " ".join(name.split()).casefold()


def name_key(text):
    """Typed letters as `lower_name_index` keeps names: in lower case, spaces collapsed."""
    return " ".join(text.split()).lower()[:PICK_LETTERS]


def lower_name_index(label):
    """An index on the name in lower case: what a picker looks a name's first letters up by."""
    return models.Index(Lower("name"), name=f"casefiles_{label}_name_lower")


def starts_with(field, key):
    """Q: `field` begins with `key`. The range is what an index serves on both databases (a
    LIKE is served by none without a special operator class); the prefix test after it keeps
    the result exact whatever the column's collation."""
    return Q(
        **{f"{field}__gte": key, f"{field}__lt": key + _AFTER_ALL, f"{field}__startswith": key}
    )


class EntityQuerySetMixin:
    """Reads every named record offers. A picker's reads (`picked`) rest on two per kind:
    `name_starts(key)`, the keys whose records' names begin another way (after a keyword, a
    surname), and `usage()`, how often the reporting names each."""

    def name_starts(self, key):
        """Q for those one of whose names begins with `key` (see `name_key`), other than the
        name itself."""
        return Q()

    def usage(self):
        raise NotImplementedError

    def starting_with(self, text):
        """Those one of whose names begins with `text`, each marked `leading` 0 when the name
        itself does and 1 when another of its names does, every test served by an index."""
        key = name_key(text)
        if not key:
            return self.none().annotate(leading=Value(0))
        named = self.alias(name_lower=Lower("name"))
        name = starts_with("name_lower", key)
        return named.filter(name | self.name_starts(key)).annotate(
            leading=Case(When(name, then=Value(0)), default=Value(1))
        )

    def picked(self, text):
        """What a picker offers for `text`: up to `PICK_LIMIT` of those `starting_with` it,
        those whose name itself begins so first, then the most named, then by name."""
        return (
            self.starting_with(text)
            .annotate(usage=self.usage())
            .order_by("leading", "-usage", "name", "pk")[:PICK_LIMIT]
        )

    def named_exactly(self, text):
        """Those whose name is `text`, letter case aside, by the index on the name."""
        key = name_key(text)
        return self.alias(name_lower=Lower("name")).filter(name_lower=key)

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
