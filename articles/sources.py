"""Reading source files: the one reader behind every command that takes an article file.

`manage.py extract`, `manage.py import_articles` and `python -m articles.extraction` all read
through `source_paths` and `read_source`, so a file one of them refuses the others refuse with
the same words. Pure Python, no Django: the caller passes the size limit (the Django side reads
`settings.CASEFILES_MAX_SOURCE_BYTES`).
"""

from __future__ import annotations

import os
from pathlib import Path

# The size limit when no setting says otherwise; `CASEFILES_MAX_SOURCE_BYTES` overrides it.
DEFAULT_MAX_BYTES = 2_000_000


class SourceError(ValueError):
    """A path that cannot be read as articles; the message names the path and says why."""

    def __init__(self, path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.reason = reason


def source_paths(paths) -> list[Path]:
    """Each file named; a directory stands for its *.txt files, sorted by name.

    A directory that holds no .txt file is a SourceError: it is most likely the wrong one.
    """
    files = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            files.append(path)
            continue
        found = sorted(p for p in path.glob("*.txt") if p.is_file())
        if not found:
            raise SourceError(
                path,
                "No .txt files found in this directory. Give a .txt file or a directory "
                "that holds some.",
            )
        files.extend(found)
    return files


def read_source(path, *, max_bytes: int) -> str:
    """The text of a source file as `open(path, encoding="utf-8").read()` gives it.

    Decoded from bytes so that an error can name the byte at fault; newlines are then
    translated as text mode translates them, so offsets index the same text.
    """
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    if not data.strip():
        raise SourceError(path, "is empty")
    nul = data.find(b"\x00")
    if nul != -1:
        raise SourceError(path, f"looks binary, not text (NUL byte at byte {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            path,
            f"is not UTF-8: byte 0x{data[exc.start]:02x} at byte {exc.start} cannot be decoded "
            "(save the file as UTF-8 and try again)",
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = os.stat(path).st_size
        if path.is_dir():
            raise SourceError(path, "is a directory, not a text file")
        if size > max_bytes:
            raise SourceError(
                path,
                f"is {size:,} bytes, over the {max_bytes:,}-byte limit "
                "(raise CASEFILES_MAX_SOURCE_BYTES to read it)",
            )
        with open(path, "rb") as fh:
            return fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise SourceError(path, "does not exist") from None
    except PermissionError:
        raise SourceError(path, "cannot be read: permission denied") from None
    except OSError as exc:
        raise SourceError(path, f"cannot be read: {exc.strerror or exc}") from None
