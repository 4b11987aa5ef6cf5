"""Uploaded files and zips as the articles to import: by name, within limits, read in memory."""

import io
import os
import tempfile
import zipfile

import pytest

from articles.intake.uploads import Item, ZipLimits, upload_items, zip_items

LIMITS = ZipLimits(max_bytes=1000, max_members=10, max_total_bytes=3000)
STORY = b"Raid in Oakmere\n\nOfficers arrested two men in Oakmere on Monday.\n"


def zipped(members, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    buffer.seek(0)
    return buffer


def by_name(items):
    return {item.name: item for item in items}


def test_a_text_or_page_file_is_one_item_by_its_name():
    [item] = upload_items("raid.txt", len(STORY), io.BytesIO(STORY), LIMITS)
    assert (item.name, item.data, item.kind, item.problem) == ("raid.txt", STORY, "text", "")
    [page] = upload_items("Raid.HTM", 10, io.BytesIO(b"<p>Raid</p>"), LIMITS)
    assert page.kind == "html"


def test_another_kind_of_file_is_skipped_and_said_so():
    [item] = upload_items("photo.jpg", 3, io.BytesIO(b"\xff\xd8\xff"), LIMITS)
    assert item.skipped == "skipped: not a .txt, .html, .htm or .zip file"
    assert not item.data


def test_a_file_over_the_limit_fails_unread_with_the_readers_words():
    class Unreadable(io.BytesIO):
        def read(self, *args):
            raise AssertionError("read a file over the limit")

    [item] = upload_items("long.txt", 5000, Unreadable(), LIMITS)
    assert item.problem == (
        "is 5,000 bytes, over the 1,000-byte limit (raise CASEFILES_MAX_SOURCE_BYTES to read it)"
    )


def test_a_zips_members_are_known_by_their_paths_inside_it():
    archive = zipped(
        {
            "2023/april/raid.txt": STORY,
            "./2023/may/raid.html": b"<p>Raid</p>",
            "lead.htm": b"<p>Lead</p>",
            "notes.docx": b"PK...",
            "photos/raid.jpg": b"\xff\xd8",
            "__MACOSX/2023/._raid.txt": b"\x00\x05\x16\x07",
            ".DS_Store": b"\x00\x00",
        }
    )
    items = by_name(zip_items("batch.zip", archive, LIMITS))
    assert items["2023/april/raid.txt"].data == STORY
    assert items["2023/may/raid.html"].kind == "html"
    assert items["lead.htm"].data == b"<p>Lead</p>"
    assert items["notes.docx"].skipped == "skipped: not a .txt, .html or .htm file"
    assert items["photos/raid.jpg"].skipped
    assert items["__MACOSX/2023/._raid.txt"].skipped == "skipped: a hidden or system file"
    assert items[".DS_Store"].skipped == "skipped: a hidden or system file"


def test_a_zip_is_the_same_through_the_upload():
    archive = zipped({"a/raid.txt": STORY})
    [item] = upload_items("Batch.ZIP", 100, archive, LIMITS)
    assert item.name == "a/raid.txt"


def test_a_zip_with_too_many_files_is_refused_whole():
    archive = zipped({f"story-{n}.txt": STORY for n in range(11)})
    [item] = zip_items("batch.zip", archive, LIMITS)
    assert item.name == "batch.zip"
    assert item.problem == (
        "holds 11 files, over the limit of 10 (raise CASEFILES_ZIP_MAX_FILES to read it)"
    )


def test_a_member_over_the_limit_fails_alone():
    archive = zipped({"long.txt": b"word " * 400, "short.txt": STORY})
    items = by_name(zip_items("batch.zip", archive, LIMITS))
    assert items["long.txt"].problem.startswith("is 2,000 bytes, over the 1,000-byte limit")
    assert items["short.txt"].data == STORY


def test_members_past_the_zips_total_are_not_read():
    members = {f"story-{n}.txt": b"x" * 900 for n in range(5)}
    items = zip_items("batch.zip", zipped(members), LIMITS)
    assert [bool(item.data) for item in items] == [True, True, True, False, False]
    assert items[3].problem == (
        "not read: the zip unpacks to over 3,000 bytes (raise CASEFILES_UPLOAD_MAX_BYTES to read "
        "it all)"
    )


def test_a_zip_bomb_is_refused_by_its_size_without_unpacking_it():
    bomb = zipped({"bomb.txt": b"\x00" * 20_000_000})
    assert len(bomb.getvalue()) < 100_000
    [item] = zip_items("bomb.zip", bomb, LIMITS)
    assert item.problem.startswith("is 20,000,000 bytes, over the 1,000-byte limit")


def test_a_path_climbing_out_of_the_zip_fails():
    archive = zipped({"../../etc/cron.d/raid.txt": STORY})
    [item] = zip_items("batch.zip", archive, LIMITS)
    assert item.problem == "its path climbs out of the zip (“..”); it is not read"


def test_an_encrypted_member_fails_with_what_to_do():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("secret.txt")
        archive.writestr(info, STORY)
    data = bytearray(buffer.getvalue())
    # Set the "encrypted" flag in the local header and in the central directory.
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature) + offset
        data[at] |= 0x1
    [item] = zip_items("batch.zip", io.BytesIO(bytes(data)), LIMITS)
    assert item.problem == "is encrypted; zip it again without a password"


def test_a_file_that_is_not_a_zip_fails():
    [item] = upload_items("batch.zip", 12, io.BytesIO(b"not a zip at all"), LIMITS)
    assert item == Item("batch.zip", problem="is not a zip file that can be read")


def test_a_member_with_a_name_too_long_to_store_fails():
    name = "/".join(["folder"] * 40) + "/raid.txt"
    [item] = zip_items("batch.zip", zipped({name: STORY}), LIMITS)
    assert item.problem == "its name is over 255 characters; shorten it"


def test_nothing_is_written_to_disk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    archive = zipped({"a/raid.txt": STORY, "b/raid.html": b"<p>Raid</p>"})
    items = zip_items("batch.zip", archive, LIMITS)
    assert len(items) == 2
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("compression", [zipfile.ZIP_STORED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_zips_of_every_common_compression_are_read(compression):
    [item] = zip_items("batch.zip", zipped({"raid.txt": STORY}, compression), LIMITS)
    assert item.data == STORY
