"""Nicknames of more than one word, looked for by their printed form: "Scotland Yard",
"Police Service of Northern Ireland" at a sentence's start, "Sûreté du Québec".

The runs of capitals find most names; these are the ones a run can miss, cut by a sentence's
first word or by a lower-case word inside them.
"""

from __future__ import annotations

import re

from articles.extraction.document import WORD, Doc, overlaps
from articles.extraction.lexicon.organisations import ALIAS_PATTERNS, ALIASES, REGIONAL_BODIES
from articles.extraction.lexicon.regions import REGIONS
from articles.extraction.orgkinds import GAZETTEER

# Nicknames that are not one word as the document reads words ("Scotland Yard", "Catch22").
_SEARCHED = [a for a in ALIAS_PATTERNS if not WORD.fullmatch(a)]
# Lower-case words of a nickname, which the document's index does not hold.
_JOINING = frozenset({"the", "of", "for", "and", "du", "de", "la", "le", "des"})
# Each one's other words, lower-cased as the index holds them, to tell cheaply whether the
# article can print it.
_WORDS = {
    a: frozenset(m.group() for m in map(WORD.match, a.split()) if m) - _JOINING for a in _SEARCHED
}
# Every such word, and its possessives as the index holds them ("Police Scotland’s").
_FORMS = frozenset(f for words in _WORDS.values() for w in words for f in (w, w + "’s", w + "'s"))
_PRINTED = {a: re.compile(re.escape(a), re.IGNORECASE) for a in _SEARCHED}
# Each nickname's place in the list, under the longest of its words (the one an article is
# least likely to print): only those whose word the article prints are tested, in list order.
_BY_WORD: dict[str, list[int]] = {}
_REGIONS = "|".join(re.escape(r) for r in sorted(REGIONS, key=len, reverse=True))
_REGION_AFTER = re.compile(rf"\s(?:{_REGIONS})(?![\w-])")
_REGION_BEFORE = re.compile(rf"(?<![\w-])(?:{_REGIONS})\s$")
for _place, _nickname in enumerate(_SEARCHED):
    _BY_WORD.setdefault(max(sorted(_WORDS[_nickname]), key=len), []).append(_place)


def file_printed_nicknames(doc: Doc, claimed, orgs) -> None:
    """Each place a nickname of more than one word is printed, unless a name found holds it.

    `orgs` is the organisations found so far, keyed as `organisations` keys them.
    """
    # The nicknames' words the article has, plain or possessive: one set operation, then a
    # subset test for each nickname whose longest word is among them.
    found = doc.lowered_among(_FORMS)
    present = found | {w.removesuffix("’s").removesuffix("'s") for w in found}
    for n in sorted(n for word in present.intersection(_BY_WORD) for n in _BY_WORD[word]):
        alias = _SEARCHED[n]
        if _WORDS[alias] <= present:
            _mentions(doc, alias, claimed, orgs)


def _mentions(doc: Doc, alias: str, claimed, orgs) -> None:
    text = doc.text
    found = []
    for m in _PRINTED[alias].finditer(text):
        s, e = m.span()
        zone = doc.zones[doc.zone_index(s)] if doc.zones else None
        if zone is None or not (zone.start <= s and e <= zone.end):
            continue
        if (s > zone.start and text[s - 1].isalnum()) or (e < zone.end and text[e].isalnum()):
            continue
        if alias.startswith("the "):
            s += 4
        if not text[s : s + 1].isupper() or overlaps((s, e), claimed):
            continue
        if alias in REGIONAL_BODIES:
            s, e = _with_region(text, s, e, zone)
        if not orgs.covers(s):
            found.append((s, e))
    # A branch named once by its region is the body the article means each time it prints the
    # bare name ("Saskatchewan Crime Stoppers" … "call Crime Stoppers").
    branches = {text[s:e] for s, e in found if e - s > len(alias)}
    branch = branches.pop() if len(branches) == 1 and alias in REGIONAL_BODIES else None
    for s, e in found:
        name = branch or text[s:e]
        orgs.add(name, ALIASES[alias].kind, s, e, rule=GAZETTEER)


def _with_region(text: str, s: int, e: int, zone) -> tuple[int, int]:
    """The span of a regional body's name with its region, printed after it or before it."""
    after = _REGION_AFTER.match(text, e, zone.end)
    if after:
        return s, after.end()
    before = _REGION_BEFORE.search(text, max(zone.start, s - 40), s)
    return (before.start(), e) if before else (s, e)
