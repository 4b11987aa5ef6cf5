"""The eval format and the extract command.

Every text here is written for the test; the seed articles are read from fixtures/sources.
"""

import json

import pytest
from django.core.management import CommandError, call_command

from articles.extraction import extract, to_eval_dict

SEED_RAIDS = "000_7dfbda4164c8c49a.txt"
SEED_CLIPPING = "003_7589ca8339324ffc.txt"


def test_eval_dict_has_the_readme_shape(seed_texts):
    entry = to_eval_dict(extract(seed_texts[SEED_RAIDS]), SEED_RAIDS)
    assert entry["source"] == SEED_RAIDS
    assert entry["published"] == "2014-09-22T13:03"
    assert entry["updated"] == "2014-09-22T13:06"
    assert entry["organisations"][0].keys() == {"name", "rule", "confidence"}
    assert entry["operations"][0]["mentions"][0].keys() == {"text", "start", "end"}
    assert entry["quotes"][0].keys() >= {"speaker", "text", "start", "end", "paragraphs"}
    assert entry["outcomes"][0].keys() >= {"metric", "value", "qualifier", "text", "start"}


def test_extract_command_says_which_rule_found_each_record_and_how_sure_it_is(tmp_path, capsys):
    text = "Raid\n\nOperation Larkspur ended. Officers made 12 arrests.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    call_command("extract", "--json", str(tmp_path))
    [article] = json.loads(capsys.readouterr().out)["articles"]
    [operation] = article["operations"]
    assert (operation["rule"], operation["confidence"]) == ("operation-keyword-name", 1.0)
    for kind in ("operations", "people", "organisations", "quotes", "outcomes"):
        for record in article[kind]:
            assert {"rule", "confidence"} <= record.keys()


def test_eval_dict_prints_a_date_alone_when_no_time_is_printed():
    entry = to_eval_dict(extract("Police raid\n27th Sep 2023\n\nOfficers raided a flat."), "x")
    assert entry["published"] == "2023-09-27"


def test_extract_command_prints_eval_json_for_a_directory(tmp_path, capsys):
    (tmp_path / "b.txt").write_text("Raid\n\nOfficers made 12 arrests.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Raid\n\nOfficers made 3 arrests.\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    call_command("extract", "--json", str(tmp_path))
    data = json.loads(capsys.readouterr().out)
    assert [a["source"] for a in data["articles"]] == ["a.txt", "b.txt"]
    assert data["articles"][1]["outcomes"][0]["value"] == 12


def test_extract_command_summary_lists_what_an_import_would_create(seed_texts, tmp_path, capsys):
    (tmp_path / SEED_RAIDS).write_text(seed_texts[SEED_RAIDS], encoding="utf-8")
    call_command("extract", str(tmp_path / SEED_RAIDS))
    out = capsys.readouterr().out
    assert "Simon Anslow: “On July 22" in out
    assert "Operation Erasure" in out
    assert "Essex Police (police force)" in out
    assert "arrests: more than 70" in out


def test_extract_command_names_a_file_that_is_not_utf8(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Police raid\n\xff\xfe")
    with pytest.raises(CommandError, match=r"bad\.txt: is not UTF-8: byte 0xff at byte 12"):
        call_command("extract", str(bad))


def test_extract_command_names_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="missing.txt: does not exist"):
        call_command("extract", str(tmp_path / "missing.txt"))


def test_extract_command_refuses_a_directory_without_articles(tmp_path):
    with pytest.raises(CommandError, match="No .txt files found"):
        call_command("extract", str(tmp_path))


def test_extract_command_reports_a_text_over_its_time_budget_and_shows_the_others(
    tmp_path, capsys, settings, monkeypatch
):
    from articles.extraction.budget import time_budget
    from articles.management.commands import extract as command

    (tmp_path / "a.txt").write_text("Raid\n\nOfficers made 3 arrests.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Raid\n\nOfficers made 12 arrests.\n", encoding="utf-8")
    real = command.extract

    def slow_for_b(text, **kwargs):
        if "12 arrests" in text:
            with time_budget(0):
                return real(text)
        return real(text, **kwargs)

    monkeypatch.setattr(command, "extract", slow_for_b)
    with pytest.raises(CommandError, match="1 of 2 files could not be read in time"):
        call_command("extract", "--json", str(tmp_path))
    captured = capsys.readouterr()
    assert "b.txt: could not be read in time" in captured.err
    assert [a["source"] for a in json.loads(captured.out)["articles"]] == ["a.txt"]
