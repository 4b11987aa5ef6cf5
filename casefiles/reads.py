"""What every reader page asks of a kind of record, written once for all of them.

Staff see everything, drafts and rejected records included; everyone else sees what published
articles support (`published()`). `for_reader(user)` is that, with everything a page shows of
each row fetched along. No model imports here, so `articles.models` can build on it too.
"""

from django.db import models
from django.db.models import IntegerField, OrderBy, Prefetch, Subquery


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

    For readers, one query per kind of link, which works out visibility once for all the
    rows' links rather than once per row in the main query; Django runs none when no row has
    such a link, so a page with nothing to check pays nothing for it.
    """
    if user is None or is_staff(user):
        return queryset.select_related(*links)
    return queryset.prefetch_related(
        *(Prefetch(name, queryset=model.objects.visible_to(user)) for name, model in links.items())
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
