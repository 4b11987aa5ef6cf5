"""What the case-file records share: a unique slug from the name, and reads by slug."""

from django.db import models
from django.db.models import Q
from django.utils.text import slugify


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


class SlugManager(models.Manager):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)
