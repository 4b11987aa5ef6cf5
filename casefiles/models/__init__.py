"""The case-file domain: operations, people, organisations, what they said and what was reported.

One module per kind of record; every model and choice is importable from here, as Django and
the migrations expect.
"""

from articles.models import PublicationStatus
from casefiles.models.base import (
    FormerSlug,
    SluggedModel,
    SlugManager,
    unique_slug,
    unique_slugs,
)
from casefiles.models.casefiles import CaseFile, ContentVersion
from casefiles.models.entities import Entity, fold
from casefiles.models.identity import MatchDecision, PossibleMatch
from casefiles.models.operations import Operation, OperationKind, phase_chains
from casefiles.models.organisations import Organisation, OrganisationKind
from casefiles.models.outcomes import Outcome, Qualifier, Scope
from casefiles.models.people import PRIVATE_BY_DEFAULT, Person, PersonKind
from casefiles.models.provenance import (
    Appearance,
    ConfidenceBand,
    OperationMention,
    Provenance,
    ProvenanceManager,
    ProvenanceQuerySet,
)
from casefiles.models.quotes import Quote
from casefiles.models.review import Reviewed, ReviewStatus

__all__ = [
    "PRIVATE_BY_DEFAULT",
    "Appearance",
    "CaseFile",
    "ConfidenceBand",
    "Entity",
    "FormerSlug",
    "MatchDecision",
    "ContentVersion",
    "Operation",
    "OperationKind",
    "OperationMention",
    "Organisation",
    "OrganisationKind",
    "Outcome",
    "Person",
    "PossibleMatch",
    "PersonKind",
    "Provenance",
    "ProvenanceManager",
    "ProvenanceQuerySet",
    "PublicationStatus",
    "Qualifier",
    "Scope",
    "Quote",
    "ReviewStatus",
    "Reviewed",
    "SlugManager",
    "SluggedModel",
    "fold",
    "phase_chains",
    "unique_slug",
    "unique_slugs",
]
