"""What the case-file records share: a unique slug from the name that follows a rename, the
addresses a record used to have, and reads by slug."""

from collections import Counter
from functools import lru_cache

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.text import slugify


def address(name, **kwargs):
    """The address `reverse(name, kwargs=kwargs)` gives, made once for each record: a page
    links to the same operations, people and organisations from many of its rows."""
    return _address(name, tuple(kwargs.items()), get_script_prefix(), get_urlconf())


@lru_cache(maxsize=8192)
def _address(name, kwargs, prefix, urlconf):
    # Kept under what else the address is made from: the site's prefix and URLconf.
    return reverse(name, kwargs=dict(kwargs), urlconf=urlconf)


def unique_slug(model, value, *, instance_pk=None, max_length=120):
    """A slug for `value` that no other row of `model` has yet ("name", "name-2", ...)."""
    taken = model._default_manager.exclude(pk=instance_pk)
    return unique_slugs(model, [value], taken=taken, max_length=max_length)[0]


def unique_slugs(model, values, *, taken=None, max_length=120):
    """Distinct free slugs for several new rows at once: "name", else "name-2", "name-3" ...

    The candidates are looked up by the slug index, a few at a time (in one query for all
    the names); only a name already taken that many times needs another look, at twice as
    many. A prefix search ("name-%") would read the whole table on either database. `taken`:
    the rows whose slugs are taken (all of `model`'s), or the set of those slugs when it is
    known already (`articles.importer.on_file`), for no query at all.
    """
    taken = model._default_manager.all() if taken is None else taken
    if isinstance(taken, set):
        taken_of = taken.intersection
    else:

        def taken_of(slugs):
            return set(taken.filter(slug__in=slugs).values_list("slug", flat=True))

    bases = [slugify(value)[: max_length - 6] or model._meta.model_name for value in values]
    needed = Counter(bases)
    used, start, window = set(), 1, 8
    pending = set(needed)
    while pending:
        candidates = {
            base: [_numbered(base, n) for n in range(start, start + window)] for base in pending
        }
        looked_up = [slug for slugs in candidates.values() for slug in slugs]
        used |= taken_of(looked_up)
        free = {base: sum(slug not in used for slug in slugs) for base, slugs in candidates.items()}
        for base in pending:
            needed[base] -= free[base]
        pending = {base for base in pending if needed[base] > 0}
        start, window = start + window, window * 2
    slugs = []
    for base in bases:
        slug, n = base, 1
        while slug in used:
            n += 1
            slug = _numbered(base, n)
        used.add(slug)
        slugs.append(slug)
    return slugs


def _numbered(base, n):
    return base if n == 1 else f"{base}-{n}"


class FormerSlugQuerySet(models.QuerySet):
    def of(self, model):
        return self.filter(content_type=ContentType.objects.get_for_model(model))

    def remember(self, model, slugs, object_id):
        """Point each of `slugs` of a `model` record at `object_id` from now on."""
        content_type = ContentType.objects.get_for_model(model)
        for slug in slugs:
            self.update_or_create(
                content_type=content_type, slug=slug, defaults={"object_id": object_id}
            )

    def current_slug(self, model, slug):
        """The slug of the record that `slug` of a `model` used to name, or None."""
        former = self.of(model).filter(slug=slug).values_list("object_id", flat=True).first()
        if former is None:
            return None
        return model._default_manager.filter(pk=former).values_list("slug", flat=True).first()


class FormerSlug(models.Model):
    """An address a record had before it was renamed or merged into another: it answers with a
    permanent redirect to the record's address now."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    slug = models.SlugField(max_length=120)
    object_id = models.PositiveBigIntegerField(db_index=True)
    created = models.DateTimeField(auto_now_add=True)

    objects = FormerSlugQuerySet.as_manager()

    class Meta:
        verbose_name = "former address"
        verbose_name_plural = "former addresses"
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "slug"], name="%(app_label)s_%(class)s_unique_slug"
            ),
        ]

    def __str__(self):
        return self.slug


class SluggedModel(models.Model):
    """A record with a unique slug, filled from its name when left empty.

    Renamed, it takes a slug from the new name unless the slug itself was edited; either way
    the slug it had is kept as a `FormerSlug`, so old addresses still lead to it.
    """

    slug_source = "name"

    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        loaded = dict(zip(field_names, values, strict=False))
        instance._loaded = (loaded.get("slug"), loaded.get(cls.slug_source))
        return instance

    def save(self, *args, **kwargs):
        old_slug, old_source = getattr(self, "_loaded", (None, None))
        source = getattr(self, self.slug_source)
        renamed = old_source is not None and source != old_source and self.slug == old_slug
        if not self.slug or renamed:
            self.slug = unique_slug(type(self), source, instance_pk=self.pk)
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "slug"}
        super().save(*args, **kwargs)
        if old_slug and self.slug != old_slug:
            FormerSlug.objects.remember(type(self), [old_slug], self.pk)
        self._loaded = (self.slug, source)

    def natural_key(self):
        return (self.slug,)


class SlugManager(models.Manager):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)
