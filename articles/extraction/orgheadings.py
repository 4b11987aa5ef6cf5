"""Organisations named in a heading printed in capitals: a records column heads each agency's
reports with its name ("COUNTY SHERIFF'S OFFICE"), read as the name is printed elsewhere."""

import re


def heading_line(text: str, start: int, end: int) -> bool:
    """Whether a run of capitals is a line on its own, all in capitals: a column's heading
    that names the body whose reports follow ("COUNTY SHERIFF'S OFFICE")."""
    return (
        (start == 0 or text[start - 1] == "\n")
        and text[end : end + 1] in ("", "\n")
        and text[start:end].isupper()
    )


_WORD_START = re.compile(r"(?<![\w’'])\w")


def as_name_printed(text: str, start: int, end: int) -> str:
    """The text with the run's words printed as a name is (its joining words in lower case),
    at the same offsets, so that the name read from it points at the capitals printed."""
    run = _WORD_START.sub(lambda m: m.group().upper(), text[start:end].lower())
    run = _JOINING_IN_TITLE.sub(lambda m: m.group().lower(), run)
    if len(run) != end - start:
        return text
    return text[:start] + run + text[end:]


_JOINING_IN_TITLE = re.compile(r"(?<= )(?:Of|And|For|The)(?= )")
