"""The case-file domain: operations, people, organisations, what they said and what was reported.

One module per kind of record; every model and choice is importable from here, as Django and
the migrations expect.
"""

from articles.models import PublicationStatus
from casefiles.models.base import SluggedModel, SlugManager, unique_slug, unique_slugs
from casefiles.models.casefiles import CaseFile, ContentVersion
from casefiles.models.operations import Operation, OperationKind, phase_chains
from casefiles.models.organisations import Organisation, OrganisationKind
from casefiles.models.outcomes import Outcome, Qualifier
from casefiles.models.people import Person, PersonKind
from casefiles.models.provenance import (
    Appearance,
    OperationMention,
    Provenance,
    ProvenanceManager,
    ProvenanceQuerySet,
    ReviewStatus,
)
from casefiles.models.quotes import Quote

__all__ = [
    "Appearance",
    "CaseFile",
    "ContentVersion",
    "Operation",
    "OperationKind",
    "OperationMention",
    "Organisation",
    "OrganisationKind",
    "Outcome",
    "Person",
    "PersonKind",
    "Provenance",
    "ProvenanceManager",
    "ProvenanceQuerySet",
    "PublicationStatus",
    "Qualifier",
    "Quote",
    "ReviewStatus",
    "SlugManager",
    "SluggedModel",
    "phase_chains",
    "unique_slug",
    "unique_slugs",
]
