"""Texts built to make the extractor slow: long runs of what its patterns and loops look at.

Each generator takes a size in characters and returns an article of about that size: a
headline, a date line, and a body made of one repeated piece (dots, quote marks, ranks,
"Operation", figures…) or a seeded mix of them. The linear-time test and
`python -m tests.benchmarks.fuzz_extract` time `extract()` on them at two sizes.
"""

from __future__ import annotations

import random
from collections.abc import Callable

HEADER = "Police operation nets suspects\n\n22 September 2014, 13:03\n\n"

Generator = Callable[[int], str]


def _fill(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def body(piece: str) -> Generator:
    """One paragraph of `piece` repeated."""
    return lambda size: HEADER + _fill(piece, size)


def paragraphs(piece: str) -> Generator:
    """Very many short paragraphs, each `piece`."""
    return lambda size: HEADER + _fill(piece + "\n\n", size)


def mix(pieces: list[str], seed: int, *, newline_every: int = 0) -> Generator:
    """Pieces drawn at random (seeded), with a paragraph break every `newline_every` pieces."""

    def build(size: int) -> str:
        rng = random.Random(seed)
        out, n, length = [], 0, 0
        while length < size:
            piece = rng.choice(pieces)
            n += 1
            if newline_every and n % newline_every == 0:
                piece += "\n\n"
            out.append(piece)
            length += len(piece)
        return HEADER + "".join(out)[:size]

    return build


_SENTENCE = (
    "Det Supt Karen Doyle, of Kent Police, said officers from Operation Sceptre arrested "
    "27 people and seized £8,500 in cash, 2.5kg of cocaine and 40 cannabis plants. "
    '"It was a huge success," she said. Tony Cox, 34, of Mill Road, was jailed for five years. '
)
_PIECES = [
    ".",
    "...",
    ". ",
    "-",
    "–",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "''",
    '"said ',
    "said",
    " ",
    "\n",
    "Det Supt ",
    "Mr ",
    "Smith ",
    "Jane Smith ",
    "Operation ",
    "Kent Police ",
    "Unit ",
    "Council ",
    "1",
    "1,000",
    "£2,000 ",
    "and ",
    "twenty-one ",
    "million ",
    "known as ",
    "arrested a man, ",
    "he ",
    "the officer ",
    ", ",
    ": ",
    "(34) ",
    "aged ",
    "per cent ",
    "jailed ",
    "Tony Cox, 34, ",
    "x",
    "a ",
]

GENERATORS: dict[str, Generator] = {
    # punctuation
    "dots": body("."),
    "dots spaced": body(". "),
    "ellipses capitalised": body("... A"),
    "initials": body("A. "),
    "abbreviations": body("Mr. Det. St. "),
    "question marks": body("?"),
    "dashes": body("-"),
    "en dashes spaced": body(" – "),
    "em dashes": body("—"),
    "commas": body(","),
    "colons": body(":"),
    "straight double quotes": body('"'),
    "straight double quotes spaced": body('" '),
    "curly double open": body("“"),
    "curly double close": body("”"),
    "curly double pairs": body("“a” "),
    "curly single open": body("‘"),
    "curly single close": body("’"),
    "straight single": body("'"),
    "doubled singles": body("''"),
    "apostrophes in words": body("it’s "),
    "plural possessives": body("officers’ "),
    "quote said": body('"said '),
    "quote said curly": body("“said "),
    "said comma quote": body('said, "'),
    "unclosed quotes": body("“He said the raid was a success "),
    "unclosed singles after said": body("he said, ‘it "),
    "nested quotes": body("“a ‘b “c ‘d "),
    "quote paragraphs unclosed": paragraphs("“He said the raid went well"),
    "quote tag quote": body('"Yes," he said. '),
    "colon quote": body('She added: "It '),
    "quotes naming operations": paragraphs('Operation Sceptre said "yes".'),
    "pronoun quotes after defendants": paragraphs('He said "no".\n\nJane Smith, 34, was jailed.'),
    "brackets": body("(34) "),
    # capitalised words, names, titles and ranks
    "capitalised word": body("Smith "),
    "capitalised pairs": body("Tony Cox "),
    "capitalised words distinct": mix(
        [f"{w} " for w in ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]], 1
    ),
    "capitalised possessives": body("Smith’s "),
    "name comma": body("Tony Cox, "),
    "name and": body("Smith and "),
    "ranks": body("Det Supt "),
    "rank names": body("Det Supt Karen Doyle "),
    "titles": body("Mr "),
    "title surname": body("Mr Lyle "),
    "chief constable": body("Chief Constable "),
    "police words": body("Kent Police "),
    "unit heads": body("Unit "),
    "force chain": body("Kent Police Serious Crime Unit "),
    "councils and": body("Medway Council and "),
    "of the": body("Ministry of "),
    "operation": body("Operation "),
    "operation names": body("Operation Sceptre "),
    "op dot": body("Op. "),
    "strike force": body("Strike Force "),
    "known as": body("known as "),
    "crackdown known": body("the crackdown, known as ‘"),
    "relatives": body("her son "),
    "pronouns": body("he "),
    "role nouns": body("the officer "),
    "said words": body("said "),
    # numbers
    "digits": body("1"),
    "digit runs": body("12345678901234 "),
    "thousands": body("1,000"),
    "decimals": body("1.5."),
    "money list": body("£1,000 and £2,000 and "),
    "money": body("£"),
    "percent": body("50 per cent "),
    "number words": body("twenty-one "),
    "scale words": body("a million "),
    "number word chain": body("one two three four five "),
    "ages": body(", 34, "),
    "years": body("2014 "),
    "times": body("13:03 "),
    "arrested list": body("arrested a man, a woman and "),
    "life": body("jailed for life "),
    "warrant": body("executed a warrant "),
    "between": body("between 1 and "),
    # shapes
    "long paragraph": body(_SENTENCE),
    "many paragraphs": paragraphs(_SENTENCE),
    "many tiny paragraphs": paragraphs("A."),
    "many blank lines": body("\n"),
    "many lines": body("x\n"),
    "spaces": body(" "),
    "tabs": body("\t"),
    "letters": body("x"),
    "capital letters": body("X"),
    # seeded mixes of everything above
    **{f"mix {n}": mix(_PIECES, n) for n in range(6)},
    **{f"mix paragraphs {n}": mix(_PIECES, 100 + n, newline_every=40) for n in range(4)},
}

# A representative few for the default test run: one of each family, the ones that were slow.
DEFAULT = (
    "dots",
    "curly double open",
    "quote said",
    "pronoun quotes after defendants",
    "nested quotes",
    "capitalised pairs",
    "ranks",
    "operation",
    "money list",
    "digits",
    "long paragraph",
    "many tiny paragraphs",
    "mix 0",
)
