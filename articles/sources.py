"""Reading source files: the one reader behind every command that takes an article file.

`manage.py extract`, `manage.py import_articles` and `python -m articles.extraction` all read
through `source_paths` and `Source.read`, so a file one of them refuses the others refuse with
the same words. Pure Python, no Django: the caller passes the size limit (the Django side reads
`settings.CASEFILES_MAX_SOURCE_BYTES`).

Each source carries the name its article is known by: a file given on its own is known by its
file name, a file found in a folder by its path within that folder (`2014/report.txt`), so two
files of one name in different subfolders are two articles. A file directly in the folder is
known by its bare name, as before subfolders were read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath
from typing import NamedTuple

# The size limit when no setting says otherwise; `CASEFILES_MAX_SOURCE_BYTES` overrides it.
DEFAULT_MAX_BYTES = 2_000_000

# The longest name an article can be stored under (`Article.source_name`).
MAX_NAME_LENGTH = 255

BOM = "\ufeff"


class SourceError(ValueError):
    """A path that cannot be read as articles; the message names the path and says why."""

    def __init__(self, path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.reason = reason


class Source(NamedTuple):
    """A file to read, the name its article is known by, and why it cannot be read, if known
    before it is opened (an entry of a folder that cannot be listed)."""

    path: Path
    name: str
    problem: str = ""

    def read(self, *, max_bytes: int) -> str:
        if self.problem:
            raise SourceError(self.path, self.problem)
        return read_source(self.path, max_bytes=max_bytes)


def source_paths(paths) -> list[Source]:
    """Each file named; a directory stands for the *.txt files in it and its subfolders, by
    path within it.

    A directory that holds no .txt file is a SourceError: it is most likely the wrong one.
    """
    files = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            files.append(Source(path, path.name))
            continue
        found = _folder_sources(path)
        if not found:
            raise SourceError(
                path,
                "No .txt files found in this directory. Give a .txt file or a directory "
                "that holds some.",
            )
        files.extend(found)
    return files


def _folder_sources(root: Path) -> list[Source]:
    """The *.txt entries under `root`, whatever their kind (a pipe or a dangling link is
    refused when read, with its reason), and every subfolder that cannot be listed. Hidden
    subfolders (`.git`) are not searched."""
    found, unlisted = [], []

    def refused(error: OSError):
        unlisted.append(Path(error.filename))

    for folder, subfolders, names in os.walk(root, onerror=refused):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        found.extend(Path(folder, name) for name in names if name.endswith(".txt"))
    if unlisted and unlisted[0] == root:
        raise SourceError(root, _unreadable_folder(root))
    sources = [_in_folder(root, path) for path in found]
    sources += [Source(path, _name_in(root, path), _unreadable_folder(path)) for path in unlisted]
    return sorted(sources, key=lambda source: PurePosixPath(source.name).parts)


def _name_in(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _in_folder(root: Path, path: Path) -> Source:
    name = _name_in(root, path)
    if len(name) > MAX_NAME_LENGTH:
        return Source(
            path,
            name[:MAX_NAME_LENGTH],
            f"its path within {root} is over {MAX_NAME_LENGTH} characters; "
            "move it to a shallower folder or shorten its name",
        )
    return Source(path, name)


def _unreadable_folder(path: Path) -> str:
    reason = "permission denied" if not os.access(path, os.R_OK | os.X_OK) else "not listed"
    return f"is a folder that cannot be read: {reason}; its files were not imported"


def clashes(sources: list[Source]) -> list[tuple[Source, Source]]:
    """Pairs of different files that would be imported as one article (the same name)."""
    first, pairs = {}, []
    for source in sources:
        other = first.setdefault(source.name, source)
        if other is not source and _where(other.path) != _where(source.path):
            pairs.append((other, source))
    return pairs


def _where(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def read_source(path, *, max_bytes: int) -> str:
    """The text of a source file as `open(path, encoding="utf-8-sig").read()` gives it."""
    path = Path(path)
    return decode_source(path, _read_bytes(path, max_bytes))


def decode_source(name, data: bytes, *, encoding: str = "utf-8") -> str:
    """`data` as text, refused with the reader's own words when it is empty, binary or not in
    `encoding`: the one decoder of files read from disk, uploaded or fetched.

    Decoded from bytes so that an error can name the byte at fault; newlines are then
    translated as text mode translates them, so offsets index the same text. A leading byte
    order mark is dropped: it is an encoding mark, not part of the headline.
    """
    if not data.strip():
        raise SourceError(name, "is empty")
    nul = data.find(b"\x00")
    if nul != -1:
        raise SourceError(name, f"looks binary, not text (NUL byte at byte {nul})")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SourceError(name, _undecodable(data, exc, encoding)) from None
    text = text.removeprefix(BOM)
    if not text.strip():
        raise SourceError(name, "is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _undecodable(data: bytes, exc: UnicodeDecodeError, encoding: str) -> str:
    where = f"byte 0x{data[exc.start]:02x} at byte {exc.start} cannot be decoded"
    if encoding.replace("_", "-").lower() in {"utf-8", "utf8"}:
        return f"is not UTF-8: {where} (save the file as UTF-8 and try again)"
    return f"is not {encoding} as it says it is: {where}"


def check_size(name, size: int, max_bytes: int) -> None:
    """Refuse a source of `size` bytes over the limit before any of it is read."""
    if size > max_bytes:
        raise SourceError(
            name,
            f"is {size:,} bytes, over the {max_bytes:,}-byte limit "
            "(raise CASEFILES_MAX_SOURCE_BYTES to read it)",
        )


# What each kind of file that is not a regular file is called in a refusal.
SPECIAL_FILES = (
    (stat.S_ISDIR, "is a directory, not a text file"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a regular file; it is not read"),
    (stat.S_ISSOCK, "is a socket, not a regular file; it is not read"),
    (stat.S_ISCHR, "is a device, not a regular file; it is not read"),
    (stat.S_ISBLK, "is a device, not a regular file; it is not read"),
)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        # Looked at before it is opened: opening a pipe would wait for a writer for ever.
        info = os.stat(path)
        _refuse_special(path, info.st_mode)
        check_size(path, info.st_size, max_bytes)
        with open(path, "rb") as fh:
            return fh.read(max_bytes + 1)
    except FileNotFoundError:
        if path.is_symlink():
            raise SourceError(path, "is a link to a file that does not exist") from None
        raise SourceError(path, "does not exist") from None
    except PermissionError:
        raise SourceError(path, "cannot be read: permission denied") from None
    except OSError as exc:
        raise SourceError(path, f"cannot be read: {exc.strerror or exc}") from None


def _refuse_special(path: Path, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    for test, reason in SPECIAL_FILES:
        if test(mode):
            raise SourceError(path, reason)
    raise SourceError(path, "is not a regular file; it is not read")
