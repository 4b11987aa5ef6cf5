"""Deciding whether a name an article gives is a person, organisation or operation already on
file: pure functions, candidates in, a decision with its reason out (`people`, `operations`,
`organisations`). No Django here: the importer gathers the candidates and applies the
decisions in the article's transaction."""

from articles.identity import operations, organisations, people
from articles.identity.decisions import Decision

__all__ = ["Decision", "operations", "organisations", "people"]
