"""Writing many new rows of a model at the cost of reading their values, not of Django's
preparing each one.

`bulk_create` passes every value of every row through its field (`pre_save`,
`get_db_prep_save`, a placeholder each): for the importer, which writes hundreds of records
for a long article, most of the time an article takes. Here each model's columns are read
from its `_meta` once; a value of the type its column holds as it is (text, a number, a
flag, a key) goes to the database as it is, anything else (dates, JSON, an enum) through its
field as `bulk_create` would send it; the `auto_now` and `auto_now_add` times are taken once a
statement. A multi-row INSERT … RETURNING writes a batch and gives each row its id (on
PostgreSQL an UNNEST of one array a column, as Django's own bulk insert does).

`insert` is `bulk_create` for new rows of a single-table model, with no signal sent (as
`bulk_create` sends none); `update` is `bulk_update` as one statement run for each row; `new`
builds the records to insert for a fraction of what `Model(**values)` costs, which reads every
field's name out of the keywords and sets every relation through its descriptor.
"""

from __future__ import annotations

import inspect
from contextlib import nullcontext
from functools import cache
from operator import attrgetter
from typing import NamedTuple

from django.db import connections, models, transaction
from django.db.models import signals
from django.db.models.base import ModelState
from django.db.models.fields.related_descriptors import ForeignKeyDeferredAttribute
from django.db.models.query_utils import DeferredAttribute
from django.utils import timezone

# Fields whose `get_db_prep_save` gives a value of these exact types back unchanged, on
# every database: the value passes as it is.
_AS_IS = {
    models.CharField: (str,),
    models.TextField: (str,),
    models.SlugField: (str,),
    models.URLField: (str,),
    models.EmailField: (str,),
    models.BooleanField: (bool,),
    models.FloatField: (float,),
    models.IntegerField: (int,),
    models.SmallIntegerField: (int,),
    models.BigIntegerField: (int,),
    models.PositiveIntegerField: (int,),
    models.PositiveSmallIntegerField: (int,),
    models.PositiveBigIntegerField: (int,),
    models.AutoField: (int,),
    models.BigAutoField: (int,),
    models.SmallAutoField: (int,),
}


def _as_is(field):
    """The types a value of `field` passes as, unprepared; () for a field that prepares all."""
    if field.is_relation:
        field = field.target_field
    return _AS_IS.get(type(field), ())


def _text(value, as_is):
    """Whether `value` is text of a kind a text column passes unchanged: a choice's member,
    say, which is a `str` too (only a lazy translation, which is not, needs preparing)."""
    return str in as_is and isinstance(value, str)


def _ready(field, value, as_is, connection):
    """`value` as the database takes it: as it is where its type passes unprepared."""
    if value is None or type(value) in as_is or _text(value, as_is):
        return value
    return field.get_db_prep_save(value, connection)


def _stamped(field):
    """Whether `field` takes the time of the write (`auto_now`, `auto_now_add` on insert)."""
    return isinstance(field, models.DateField) and (field.auto_now or field.auto_now_add)


class _Table:
    """What inserting into one model's table needs, worked out once for a database (and
    kept apart from its connection, which each thread has its own of)."""

    def __init__(self, model, connection):
        meta = model._meta
        fields = [
            field
            for field in meta.concrete_fields
            if not field.generated and not isinstance(field, models.AutoField)
        ]
        self.fields = fields
        self.read = attrgetter(*(field.attname for field in fields))
        self.stamps = [(n, field) for n, field in enumerate(fields) if _stamped(field)]
        self.checked = [
            (n, field, _as_is(field)) for n, field in enumerate(fields) if not _stamped(field)
        ]
        # The relations whose id a row takes from the record it points at (`related_ids`).
        self.relations = [
            (field, field.attname, field.cache_name, field.target_field.attname)
            for field in meta.concrete_fields
            if field.is_relation
        ]
        # Records with fields of their own kind (a generic relation) are prepared by Django.
        self.plain = not meta.private_fields
        qn = connection.ops.quote_name
        self.pk = meta.pk
        self.head = (
            f"INSERT INTO {qn(meta.db_table)} ({', '.join(qn(field.column) for field in fields)})"
        )
        self.returning = f"RETURNING {qn(meta.pk.column)}"
        self.row = f"({', '.join(['%s'] * len(fields))})"
        # The most rows a statement takes, as Django reckons it for the database.
        self.most = connection.ops.bulk_batch_size(fields, range(_UNBOUNDED)) or _UNBOUNDED
        self.unnest = None
        if connection.vendor == "postgresql" and _unnests(fields, connection):
            # Without their size: varchar[] rather than varchar(50)[], which would cut values.
            arrays = [f"(%s)::{field.db_type(connection).split('(')[0]}[]" for field in fields]
            self.unnest = f"SELECT * FROM UNNEST({', '.join(arrays)})"

    def values(self, objs, connection):
        """Each object's row of values, ready for the database."""
        stamps = []
        if self.stamps:
            now = timezone.now()
            stamps = [
                (n, field.attname, field.get_db_prep_save(now, connection))
                for n, field in self.stamps
            ]
        rows = []
        read, checked, single = self.read, self.checked, len(self.fields) == 1
        for obj in objs:
            row = [read(obj)] if single else list(read(obj))
            for n, attname, prepared in stamps:
                setattr(obj, attname, now)
                row[n] = prepared
            for n, field, as_is in checked:
                # `_ready` inlined: called for every value of every row, the call is most
                # of what it costs.
                value = row[n]
                if value is None or type(value) in as_is:
                    continue
                if not (str in as_is and isinstance(value, str)):
                    row[n] = field.get_db_prep_save(value, connection)
            rows.append(row)
        return rows

    def related_ids(self, objs):
        """Give each record the ids of the records it points at that were written after it
        was made, as `Model._prepare_related_fields_for_save` does (a record pointing at one
        not written refused alike), for a fraction of its cost: a relation's field is looked
        at once a statement, not once a row."""
        if not self.plain:
            for obj in objs:
                obj._prepare_related_fields_for_save(operation_name="bulk_create")
            return
        for obj in objs:
            values, cache = obj.__dict__, obj._state.fields_cache
            for field, attname, cache_name, target in self.relations:
                related = cache.get(cache_name)
                if related is None:
                    continue
                if related.pk is None:
                    raise ValueError(
                        f"bulk_create() prohibited to prevent data loss due to unsaved "
                        f"related object '{field.name}'."
                    )
                pk = getattr(related, target)
                current = values.get(attname)
                if current is None:
                    values[attname] = pk
                elif current != pk:
                    # The id was set after the record: it, not the record cached, holds.
                    del cache[cache_name]

    def statement(self, rows):
        """(sql, params) of one INSERT of `rows`, returning their ids in their order."""
        if self.unnest is not None:
            return f"{self.head} {self.unnest} {self.returning}", [
                list(c) for c in zip(*rows, strict=True)
            ]
        placeholders = ", ".join([self.row] * len(rows))
        params = [value for row in rows for value in row]
        return f"{self.head} VALUES {placeholders} {self.returning}", params


# Rows enough for any one write (`bulk_batch_size` is asked about a batch this long).
_UNBOUNDED = 1_000_000


def _unnests(fields, connection):
    """Whether every column can go in an array of its type (as Django judges it)."""
    return not any(
        hasattr(field, "get_placeholder")
        or (field.target_field if field.is_relation else field).get_internal_type()
        not in connection.data_types
        for field in fields
    )


@cache
def _table(model, alias):
    return _Table(model, connections[alias])


def insert(objs):
    """Write `objs`, new rows of one model with no primary key yet, as `bulk_create` would
    (no `save()`, no signal) and give each its id. Returns `objs`."""
    objs = list(objs)
    if not objs:
        return objs
    model = type(objs[0])
    alias = model._default_manager.db
    table = _table(model, alias)
    pk_name = table.pk.attname
    for obj in objs:
        if obj.__dict__.get(pk_name) is not None:
            raise ValueError(f"{obj!r} is on file already: insert() writes new rows only.")
    table.related_ids(objs)
    connection = connections[alias]
    rows = table.values(objs, connection)
    size = table.most
    with _atomic(connection, alias), connection.cursor() as cursor:
        for start in range(0, len(objs), size):
            cursor.execute(*table.statement(rows[start : start + size]))
            for obj, (pk,) in zip(objs[start : start + size], cursor.fetchall(), strict=True):
                obj.__dict__[pk_name] = pk
                state = obj._state
                state.adding = False
                state.db = alias
    return objs


def _atomic(connection, alias):
    """A transaction for a write of several statements, unless one is open already (the
    importer's, as a rule): entering Django's costs more than a small insert."""
    if connection.in_atomic_block:
        return nullcontext()
    return transaction.atomic(using=alias, savepoint=False)


def update(objs, fields):
    """Write `fields` (names) of `objs`, rows of one model on file, as `bulk_update` would
    (no `save()`, no signal, no `auto_now`): one UPDATE, run for each row."""
    objs = list(objs)
    if not objs:
        return
    model = type(objs[0])
    alias = model._default_manager.db
    connection = connections[alias]
    meta = model._meta
    columns = [meta.get_field(name) for name in fields]
    qn = connection.ops.quote_name
    assignments = ", ".join(f"{qn(field.column)} = %s" for field in columns)
    sql = f"UPDATE {qn(meta.db_table)} SET {assignments} WHERE {qn(meta.pk.column)} = %s"
    rows = []
    for obj in objs:
        if obj.pk is None:
            raise ValueError(f"{obj!r} is not on file: update() writes rows on file only.")
        obj._prepare_related_fields_for_save(operation_name="bulk_update", fields=columns)
        row = [
            _ready(field, getattr(obj, field.attname), _as_is(field), connection)
            for field in columns
        ]
        row.append(obj.pk)
        rows.append(row)
    with transaction.atomic(using=alias, savepoint=False), connection.cursor() as cursor:
        cursor.executemany(sql, rows)


@cache
def _columns(model):
    """(name, the field, what it relates to, its default) of each column of `model`, in the
    order a model's positional values take them; a default that is made afresh for each
    record (a list, say) is given as the field, to ask."""
    return tuple(
        (
            field.name,
            field,
            field.target_field.attname if field.is_relation else None,
            field if field.has_default() and callable(field.default) else field.get_default(),
        )
        for field in model._meta.concrete_fields
    )


class _Layout(NamedTuple):
    """How a record of a model is made without `Model.__init__` (`_plain_attnames`)."""

    defaults: dict  # attname -> the default, for those the same for every record
    afresh: tuple  # (attname, field) of the defaults made for each record
    by_name: dict  # field name -> (attname, field, what it relates to)


@cache
def _layout(model):
    attnames = _plain_attnames(model)
    if attnames is None:
        return None
    defaults, afresh, by_name = {}, [], {}
    for attname, (name, field, target, default) in zip(attnames, _columns(model), strict=True):
        if default is field:
            afresh.append((attname, field))
        else:
            defaults[attname] = default
        by_name[name] = (attname, field, target)
    return _Layout(defaults, tuple(afresh), by_name)


def new(model, **values):
    """`model(**values)`, a new record not written yet: each field given its value (a
    relation the record it points at), the others their default, the relations' records
    kept on it as assigning them would keep them."""
    layout = _layout(model)
    if layout is None:
        return model(**values)
    # Only the values given are looked at: a record's other columns take the defaults,
    # copied in one go.
    obj = model.__new__(model)
    attributes = obj.__dict__
    attributes.update(layout.defaults)
    for attname, field in layout.afresh:
        attributes[attname] = field.get_default()
    state = attributes["_state"] = ModelState()
    cached = state.fields_cache = {}
    for name, value in values.items():
        try:
            attname, field, target = layout.by_name[name]
        except KeyError:
            raise TypeError(f"{model.__name__} has no field {name}.") from None
        if target is not None:
            cached[field.cache_name] = value
            value = None if value is None else getattr(value, target)
        attributes[attname] = value
    return obj


@cache
def _plain_attnames(model):
    """The columns' attribute names of `model`, in order, if making a record of it needs
    nothing but storing its values (no signal listens for it, no descriptor does more than
    keep the value), so that `new` may skip `Model.__init__`; else None."""
    if (
        model.__init__ is not models.Model.__init__
        or signals.pre_init.has_listeners(model)
        or signals.post_init.has_listeners(model)
    ):
        return None
    attnames = []
    for field in model._meta.concrete_fields:
        # A value kept as it is given: a deferred attribute, or a key's (whose setting also
        # drops a related record cached, of which a new record has none).
        descriptor = inspect.getattr_static(model, field.attname, None)
        if type(descriptor) not in (DeferredAttribute, ForeignKeyDeferredAttribute):
            return None
        attnames.append(field.attname)
    return tuple(attnames)
