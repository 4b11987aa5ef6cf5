"""Source articles and the record of each import.

`articles.py` holds the articles and their publications; `imports.py` the import runs and the
queue of sources background workers import. Every model and choice is importable from here, as
Django and the migrations expect.
"""

from articles.models.articles import (
    DATE_NOT_KNOWN,
    Article,
    ArticleManager,
    ArticleQuerySet,
    ArticleStatus,
    Publication,
    PublicationManager,
    PublicationStatus,
    content_hash,
)
from articles.models.imports import (
    OUTCOME_COUNTS,
    PENDING,
    ImportItem,
    ImportItemQuerySet,
    ImportItemStatus,
    ImportRun,
    ImportRunQuerySet,
    ImportRunStatus,
)

__all__ = [
    "DATE_NOT_KNOWN",
    "OUTCOME_COUNTS",
    "PENDING",
    "Article",
    "ArticleManager",
    "ArticleQuerySet",
    "ArticleStatus",
    "ImportItem",
    "ImportItemQuerySet",
    "ImportItemStatus",
    "ImportRun",
    "ImportRunQuerySet",
    "ImportRunStatus",
    "Publication",
    "PublicationManager",
    "PublicationStatus",
    "content_hash",
]
