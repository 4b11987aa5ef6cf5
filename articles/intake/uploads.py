"""Uploaded files as articles to import: `.txt` and `.html`/`.htm` files, and zips of them.

`upload_items` turns one uploaded file into the items to import: itself, or each member of a
zip, by its path inside the zip (`2014/report.html`). A zip is read in memory and never
unpacked to disk, with a cap on its members and on the bytes they unpack to, whatever their
headers claim; folders nest freely. Anything that is not an article file is skipped and
reported; a member that cannot be read fails alone, with the reason.

Pure Python, no Django: the caller passes the limits (`ZipLimits`).
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath

from articles.sources import MAX_NAME_LENGTH, SourceError, check_size

# How each kind of file is read: as plain text or as a web page.
KINDS = {".txt": "text", ".html": "html", ".htm": "html"}
ARCHIVE = ".zip"
NOT_AN_ARTICLE = "skipped: not a .txt, .html or .htm file"


@dataclass(frozen=True)
class Item:
    """One file to import, or why it is not imported."""

    name: str
    data: bytes = b""
    problem: str = ""  # it fails with this reason
    skipped: str = ""  # it is not an article file: reported, not imported

    @property
    def kind(self) -> str:
        return KINDS.get(PurePosixPath(self.name).suffix.lower(), "")


@dataclass(frozen=True)
class ZipLimits:
    max_bytes: int  # one article file
    max_members: int
    max_total_bytes: int  # everything a zip unpacks to


def upload_items(name: str, size: int, fileobj, limits: ZipLimits) -> list[Item]:
    """The items of one upload: the file itself, or the members of a zip."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix == ARCHIVE:
        return zip_items(name, fileobj, limits)
    if suffix not in KINDS:
        return [Item(name, skipped="skipped: not a .txt, .html, .htm or .zip file")]
    try:
        check_size(name, size, limits.max_bytes)
    except SourceError as exc:
        return [Item(name, problem=exc.reason)]
    return [_checked_name(Item(name, fileobj.read(limits.max_bytes + 1)))]


def zip_items(name: str, fileobj, limits: ZipLimits) -> list[Item]:
    """Each member of the zip `fileobj`, read in memory within `limits`."""
    try:
        archive = zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, OSError, ValueError):
        return [Item(name, problem="is not a zip file that can be read")]
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        if len(members) > limits.max_members:
            return [
                Item(
                    name,
                    problem=f"holds {len(members):,} files, over the limit of "
                    f"{limits.max_members:,} (raise CASEFILES_ZIP_MAX_FILES to read it)",
                )
            ]
        reader = _MemberReader(archive, limits)
        return [reader.item(info) for info in members]


class _MemberReader:
    """Reads members one by one, counting what they unpack to against the zip's cap."""

    def __init__(self, archive: zipfile.ZipFile, limits: ZipLimits):
        self.archive = archive
        self.limits = limits
        self.unpacked = 0

    def item(self, info: zipfile.ZipInfo) -> Item:
        name = _member_name(info.filename)
        if ".." in name.split("/"):
            return Item(name, problem="its path climbs out of the zip (“..”); it is not read")
        if not name or any(part.startswith(".") or part == "__MACOSX" for part in name.split("/")):
            return Item(name or info.filename, skipped="skipped: a hidden or system file")
        if PurePosixPath(name).suffix.lower() not in KINDS:
            return Item(name, skipped=NOT_AN_ARTICLE)
        if info.flag_bits & 0x1:
            return Item(name, problem="is encrypted; zip it again without a password")
        try:
            check_size(name, info.file_size, self.limits.max_bytes)
        except SourceError as exc:
            return Item(name, problem=exc.reason)
        return _checked_name(self._read(name, info))

    def _read(self, name: str, info: zipfile.ZipInfo) -> Item:
        room = self.limits.max_total_bytes - self.unpacked
        if room <= 0:
            return Item(name, problem=self._over_total())
        try:
            with self.archive.open(info) as member:
                # Never more than one byte past either limit, whatever the header said.
                data = member.read(min(self.limits.max_bytes, room) + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
            return Item(name, problem=f"could not be unpacked from the zip ({exc})")
        self.unpacked += len(data)
        if len(data) > self.limits.max_bytes:
            return Item(
                name,
                problem=f"unpacks to more than the {self.limits.max_bytes:,}-byte limit "
                "(raise CASEFILES_MAX_SOURCE_BYTES to read it)",
            )
        if len(data) > room:
            return Item(name, problem=self._over_total())
        return Item(name, data)

    def _over_total(self) -> str:
        return (
            f"not read: the zip unpacks to over {self.limits.max_total_bytes:,} bytes "
            "(raise CASEFILES_UPLOAD_MAX_BYTES to read it all)"
        )


def _member_name(filename: str) -> str:
    """The member's path inside the zip, with `/` between folders and no leading `/` or `./`."""
    parts = [part for part in filename.replace("\\", "/").split("/") if part not in {"", "."}]
    return "/".join(parts)


def _checked_name(item: Item) -> Item:
    if len(item.name) > MAX_NAME_LENGTH:
        return Item(
            item.name[:MAX_NAME_LENGTH],
            problem=f"its name is over {MAX_NAME_LENGTH} characters; shorten it",
        )
    return item
