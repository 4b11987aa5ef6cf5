"""What every reader page asks of a kind of record, written once for all of them.

Staff see everything, drafts and rejected records included; everyone else sees what published
articles support (`published()`). `for_reader(user)` is that, with everything a page shows of
each row fetched along. No model imports here, so `articles.models` can build on it too.
"""

import hashlib
from functools import lru_cache
from itertools import islice

from django.db import models
from django.db.models import IntegerField, OrderBy, Subquery
from django.db.models.query import ModelIterable


def is_staff(user):
    """Whether `user` sees drafts and rejected records: an active member of the newsroom."""
    return user is not None and user.is_active and user.is_staff


class ReaderQuerySet(models.QuerySet):
    """A queryset with the reads every reader page makes. Subclasses define `published()`."""

    def published(self):
        raise NotImplementedError

    def visible_to(self, user):
        return self if is_staff(user) else self.published()

    def for_display(self, user=None):
        """With what a page shows of each row; for `user`, links they may not see read as none."""
        return self

    def for_reader(self, user):
        """What `user` may see, with everything a page shows of it."""
        return self.visible_to(user).for_display(user)

    def hidden_from_readers(self, obj):
        """For staff pages: whether readers cannot see `obj` (only drafts or rejected records
        support it)."""
        return not self.published().filter(pk=obj.pk).exists()


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
        return self.all() if is_staff(user) else self.published()

    # The queryset's own, so that on the manager they start from the prebuilt `published()`.
    for_reader = ReaderQuerySet.for_reader
    hidden_from_readers = ReaderQuerySet.hidden_from_readers


def with_links(queryset, user, **links):
    """`queryset` with the related records named (foreign key: model) fetched along, and for a
    user who is not staff, only those that user may see: the others read as None.

    The links are joined into the rows' own query for everyone; for readers, which of the
    linked records they may see is worked out once for all the rows' links of a kind, and
    kept as a tally (see `linked_for_readers`) until the content changes: no query of its own
    for each kind of link, to write out and run, on every page.
    """
    queryset = queryset.select_related(*links)
    if user is None or is_staff(user):
        return queryset
    kept = getattr(queryset._iterable_class, "links", ())
    queryset._iterable_class = _links_for_readers((*kept, *links.items()))
    return queryset


@lru_cache
def _links_for_readers(links):
    return type("LinksForReaders", (_LinksForReaders,), {"links": links})


class _LinksForReaders(ModelIterable):
    """The rows a queryset reads, each link to a record readers may not see read as None
    (`links`: pairs of the foreign key's name and the linked model)."""

    links = ()
    # Rows whose links are checked together: a long read is still read a batch at a time.
    BATCH = 2000

    def __iter__(self):
        rows = super().__iter__()
        fields = [self.queryset.model._meta.get_field(name) for name, _ in self.links]
        while batch := list(islice(rows, self.BATCH)):
            for field, (_, model) in zip(fields, self.links, strict=True):
                linked = {field.get_cached_value(row, None) for row in batch} - {None}
                if not linked:
                    continue
                visible = _visible_among(model, sorted(record.pk for record in linked))
                for row in batch:
                    record = field.get_cached_value(row, None)
                    if record is not None and record.pk not in visible:
                        field.set_cached_value(row, None)
            yield from batch


def linked_for_readers(model):
    """`model`'s records as a reader's page reads those it links to (for a `Prefetch`): the
    ones readers may see (`published()`). Which of the linked records those are is kept as a
    tally (see `tallies`) until the content changes: the links of a page's rows are read by
    id, and the subqueries behind `published()` cost more to write out and plan each time
    than to run."""
    queryset = model.objects.all()
    queryset._iterable_class = _VisibleToReaders
    return queryset


class _VisibleToReaders(ModelIterable):
    """The rows a queryset reads, less those readers may not see."""

    def __iter__(self):
        rows = list(super().__iter__())
        if not rows:
            return iter(rows)
        visible = _visible_among(self.queryset.model, sorted({row.pk for row in rows}))
        return iter([row for row in rows if row.pk in visible])


def _visible_among(model, pks):
    from casefiles.tallies import tally  # the tallies read the models: not at import

    digest = hashlib.blake2b(repr(pks).encode(), digest_size=16).hexdigest()
    published = model.objects.published
    return tally(
        f"visible:{model._meta.label_lower}:{digest}",
        lambda: set(published().filter(pk__in=pks).values_list("pk", flat=True)),
    )


class SubqueryCount(Subquery):
    """COUNT(*) of a correlated subquery, for per-row counts without a GROUP BY on the outer
    query (which would also count rows the reader must not see)."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _count)"
    output_field = IntegerField()


def count_of(queryset):
    return SubqueryCount(queryset.order_by().values("pk"))


class PortableIndex(models.Index):
    """An index whose columns may say where NULLs sort, as the queries it serves order them
    (`F("published_at").desc(nulls_last=True)`), on PostgreSQL. SQLite cannot say so in an
    index and always sorts NULL lowest: its index leaves the clause out, and reads the same way
    where the query's order of NULLs is SQLite's own (DESC NULLS LAST, ASC NULLS FIRST)."""

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor != "sqlite":
            return super().create_sql(model, schema_editor, using=using, **kwargs)
        plain = self.clone()
        plain.expressions = tuple(
            OrderBy(e.expression, descending=e.descending) if isinstance(e, OrderBy) else e
            for e in plain.expressions
        )
        return models.Index.create_sql(plain, model, schema_editor, using=using, **kwargs)
