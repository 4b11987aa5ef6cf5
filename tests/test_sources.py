"""The one source reader: every command that takes article files refuses a bad one alike."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.extraction.__main__ import main as extraction_cli
from articles.models import Article
from articles.sources import SourceError, read_source

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 5000


def _empty_dir(folder):
    path = folder / "nothing_here"
    path.mkdir()
    (path / "notes.md").write_text("not an article", encoding="utf-8")
    return path


def _unreadable(folder):
    path = folder / "locked.txt"
    path.write_text("Police raid\n\nOfficers said so.", encoding="utf-8")
    path.chmod(0)
    return path


def _file(name, data):
    def make(folder):
        path = folder / name
        path.write_bytes(data)
        return path

    return make


BAD_SOURCES = {
    "missing": (lambda folder: folder / "missing.txt", "does not exist"),
    "empty directory": (_empty_dir, "No .txt files found in this directory"),
    "unreadable": (_unreadable, "cannot be read: permission denied"),
    "empty": (_file("empty.txt", b""), "is empty"),
    "blank": (_file("blank.txt", b"  \n\n \t"), "is empty"),
    "binary": (
        _file("binary.txt", b"GIF89a\x00\x01\x02"),
        "looks binary, not text (NUL byte at byte 6)",
    ),
    "not UTF-8": (
        _file("latin1.txt", "Caf\xe9 raid\n\nOfficers said so.".encode("latin-1")),
        "is not UTF-8: byte 0xe9 at byte 3 cannot be decoded",
    ),
    "over the limit": (
        _file("huge.txt", b"word " * 2000),
        "is 10,000 bytes, over the 5,000-byte limit (raise CASEFILES_MAX_SOURCE_BYTES",
    ),
}


def _extract_message(path):
    out = io.StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("extract", "--json", str(path), stdout=out)
    assert out.getvalue() == ""
    return str(refused.value)


def _import_message(path):
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("import_articles", str(path), stdout=out, stderr=err)
    assert not Article.objects.exists()
    # A file that fails is listed on stderr and the import goes on; a bad path stops it.
    return err.getvalue().strip() or str(refused.value)


def _cli_message(path, capsys):
    capsys.readouterr()
    assert extraction_cli(["--json", str(path)]) == 1
    printed = capsys.readouterr()
    assert printed.out == ""
    return printed.err.strip().removeprefix("extract: ")


@pytest.mark.django_db
@pytest.mark.parametrize("make, reason", BAD_SOURCES.values(), ids=BAD_SOURCES.keys())
def test_every_reader_refuses_a_bad_source_with_the_same_message(
    make, reason, tmp_path, settings, monkeypatch, capsys
):
    if reason.startswith("cannot be read") and os.geteuid() == 0:
        pytest.skip("root reads any file")
    settings.CASEFILES_MAX_SOURCE_BYTES = LIMIT
    monkeypatch.setenv("CASEFILES_MAX_SOURCE_BYTES", str(LIMIT))
    path = make(tmp_path)

    message = _extract_message(path)
    assert message.startswith(f"{path}: {reason}")
    assert _import_message(path) == message
    assert _cli_message(path, capsys) == message


def test_a_directory_given_as_a_file_is_refused(tmp_path):
    with pytest.raises(SourceError, match="is a directory, not a text file"):
        read_source(tmp_path, max_bytes=LIMIT)


def test_newlines_are_read_as_text_mode_reads_them(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes(b"Police raid\r\n\r\nOfficers said so.\rThe end.\n")
    with open(path, encoding="utf-8") as fh:
        assert read_source(path, max_bytes=LIMIT) == fh.read()


def test_the_reader_the_extractor_and_identity_load_no_django():
    code = (
        "import sys, articles.sources, articles.extraction, articles.extraction.__main__, "
        "articles.identity; "
        "print(sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')))"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
