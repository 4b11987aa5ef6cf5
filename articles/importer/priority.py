"""Imports give way to readers.

An import is CPU-bound work nobody is waiting on second by second, while a reader waits for
every page. A process that imports (`import_articles`, its extraction workers, which inherit
the setting, and a background worker taking a queued import) therefore lowers its own CPU
priority to `CASEFILES_IMPORT_NICENESS` (a Unix niceness, 0–19) before it starts: on a machine
that also serves the site, the pages are served first and the import takes what is left.
0 leaves the priority alone, for an import on a machine of its own.
"""

import os

from django.conf import settings


def give_way_to_readers() -> None:
    """Lower this process's CPU priority to the configured niceness (never raise it: a process
    already run nicer stays so). Does nothing where the system has no niceness."""
    target = settings.CASEFILES_IMPORT_NICENESS
    if target <= 0 or not hasattr(os, "setpriority"):
        return
    current = os.getpriority(os.PRIO_PROCESS, 0)
    if current < target:
        os.setpriority(os.PRIO_PROCESS, 0, min(target, 19))
