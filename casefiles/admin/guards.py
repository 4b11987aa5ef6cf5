"""What the admin refuses to read from an address: values that cannot be record numbers, NUL
characters, out-of-range dates and numbers, answered 400 rather than as a server error."""

import logging
from functools import wraps
from itertools import chain

from django.db import DataError
from django.http import HttpResponseBadRequest

# Largest record number the databases hold (a signed 64-bit primary key).
LARGEST_PK = 2**63 - 1

logger = logging.getLogger(__name__)


def record_number(value):
    """`value` read as a record number, or None when it cannot be one."""
    if value and value.isascii() and value.isdigit() and 0 < int(value) <= LARGEST_PK:
        return int(value)
    return None


def _unreadable(request, args, kwargs):
    values = chain(
        args,
        kwargs.values(),
        *(values for _key, values in request.GET.lists()),
        request.GET.keys(),
    )
    return any("\x00" in str(value) for value in values)


def refusing_unreadable_input(view):
    """`view`, answering 400 to an address or form whose values it cannot read.

    Filters, date drill-downs, page numbers and record numbers come straight from the address;
    one that is not a number, is out of any date's or column's range, or holds a NUL character
    (which PostgreSQL refuses in text) is the sender's mistake, not the server's.
    """

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if _unreadable(request, args, kwargs):
            return HttpResponseBadRequest("The address holds a NUL character.")
        try:
            return view(request, *args, **kwargs)
        except (ValueError, OverflowError, DataError) as error:
            logger.warning("Refused %s: %s", request.get_full_path(), error)
            return HttpResponseBadRequest("The address holds a value the admin cannot read.")

    return guarded
