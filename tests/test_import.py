import shutil

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError

from articles.models import Article, ArticleStatus, ImportRun
from casefiles.models import (
    Appearance,
    Operation,
    OperationMention,
    Organisation,
    Outcome,
    Person,
    Quote,
    ReviewStatus,
)

pytestmark = pytest.mark.django_db

SEED_CLIPPING = "003_7589ca8339324ffc.txt"
SEED_HEADLINED = "000_7dfbda4164c8c49a.txt"
PROVENANCE = (Appearance, OperationMention, Quote, Outcome)


@pytest.fixture
def sources(tmp_path, seed_paths):
    folder = tmp_path / "sources"
    folder.mkdir()
    for path in seed_paths:
        shutil.copyfile(path, folder / path.name)
    return folder


def run_import(*args):
    out, err = _Buffer(), _Buffer()
    call_command("import_articles", *map(str, args), stdout=out, stderr=err)
    return out.text, err.text


class _Buffer:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    @property
    def text(self):
        return "".join(self.parts)


def snapshot():
    """Every row the import can touch, with the fields that say whether it changed."""
    rows = {}
    for model in (Article, Person, Operation, Organisation, *PROVENANCE):
        rows[model.__name__] = sorted(model.objects.values_list("pk", "modified"))
    rows["quote operations"] = sorted(Quote.operations.through.objects.values_list("pk"))
    return rows


def test_seeds_import_with_every_span_pointing_at_its_text(sources):
    out, _ = run_import(sources)
    assert "2 created" in out
    assert Article.objects.count() == 2
    for model in PROVENANCE:
        for record in model.objects.select_related("article"):
            assert record.article.body[record.start : record.end] == record.text
    assert {"Operation Erasure", "Operation Booth"} <= set(
        Operation.objects.values_list("name", flat=True)
    )
    anslow = Quote.objects.get(article__source_name=SEED_HEADLINED, speaker__name="Simon Anslow")
    assert set(anslow.operations.values_list("name", flat=True)) == {
        "Operation Erasure",
        "Operation Booth",
    }
    assert anslow.paragraphs == 7
    # "operation Erasure" is the name in other letters, "Op Booth" a spelling of its own.
    assert Operation.objects.get(name="Operation Erasure").aliases == []
    assert Operation.objects.get(name="Operation Booth").aliases == ["Op Booth"]


def test_imported_records_await_review_and_articles_stay_drafts(sources):
    run_import(sources)
    assert set(Article.objects.values_list("status", flat=True)) == {ArticleStatus.DRAFT}
    assert not Quote.objects.exclude(review_status=ReviewStatus.EXTRACTED).exists()
    assert not Article.objects.published().exists()


def test_publish_flag_publishes(sources):
    run_import("--publish", sources)
    assert Article.objects.published().count() == 2


def test_headless_clipping_gets_a_derived_headline_and_is_truncated(sources):
    run_import(sources)
    clipping = Article.objects.get(source_name=SEED_CLIPPING)
    assert clipping.headline_derived
    assert clipping.truncated
    assert clipping.published_at is None
    headlined = Article.objects.get(source_name=SEED_HEADLINED)
    assert headlined.headline == "70+ People Arrested After Drugs Raids In Southend"
    assert not headlined.headline_derived
    assert headlined.published_at.year == 2014


def test_reimporting_unchanged_files_changes_nothing(sources):
    run_import(sources)
    before = snapshot()
    out, _ = run_import(sources)
    assert "2 unchanged" in out
    assert snapshot() == before


def test_people_and_operations_are_shared_between_articles(sources, tmp_path):
    run_import(sources)
    people, operations = Person.objects.count(), Operation.objects.count()
    copy = tmp_path / "again"
    copy.mkdir()
    text = (sources / SEED_HEADLINED).read_text(encoding="utf-8")
    (copy / "follow_up.txt").write_text(text + "\n\nA later paragraph.\n", encoding="utf-8")
    run_import(copy)
    assert Person.objects.count() == people
    assert Operation.objects.count() == operations


def test_changed_file_keeps_what_journalists_did(sources, django_user_model):
    run_import(sources)
    article = Article.objects.get(source_name=SEED_CLIPPING)
    editor = django_user_model.objects.create_user("ed")
    verified, rejected = Quote.objects.filter(article=article).order_by("start")[:2]
    verified_start = verified.start
    Quote.objects.filter(pk=verified.pk).review(ReviewStatus.VERIFIED, editor)
    Quote.objects.filter(pk=rejected.pk).review(ReviewStatus.REJECTED, editor)
    appearance = Appearance.objects.filter(article=article).order_by("start").first()
    appearance.role = "head of the Serious Violence Unit"
    appearance.edited = True
    appearance.save()
    article.headline = "Tougher sentences for county lines gangs"
    article.headline_derived = False
    article.save()
    extracted_before = Quote.objects.filter(
        article=article, review_status=ReviewStatus.EXTRACTED
    ).count()

    path = sources / SEED_CLIPPING
    original = path.read_text(encoding="utf-8")
    path.write_text("Correction appended at the top.\n\n" + original, encoding="utf-8")
    out, _ = run_import(sources)

    assert "1 updated" in out and "1 unchanged" in out
    assert "Kept journalists' work" in out
    article.refresh_from_db()
    assert article.headline == "Tougher sentences for county lines gangs"
    shift = len("Correction appended at the top.\n\n")
    verified.refresh_from_db()
    assert verified.review_status == ReviewStatus.VERIFIED
    assert verified.start == verified_start + shift
    assert article.body[verified.start : verified.end] == verified.text
    rejected_after = Quote.objects.get(pk=rejected.pk)
    assert rejected_after.review_status == ReviewStatus.REJECTED
    assert rejected_after.start == rejected.start + shift
    # A rejected quote does not come back as a fresh extracted one.
    assert not Quote.objects.filter(
        article=article, start=rejected_after.start, review_status=ReviewStatus.EXTRACTED
    ).exists()
    appearance.refresh_from_db()
    assert appearance.role == "head of the Serious Violence Unit"
    assert (
        Quote.objects.filter(article=article, review_status=ReviewStatus.EXTRACTED).count()
        == extracted_before
    )
    for model in PROVENANCE:
        for record in model.objects.filter(article=article):
            assert article.body[record.start : record.end] == record.text


def test_kept_record_whose_passage_is_gone_is_flagged(sources, django_user_model):
    run_import(sources)
    article = Article.objects.get(source_name=SEED_HEADLINED)
    quote = Quote.objects.get(article=article)
    Quote.objects.filter(pk=quote.pk).review(ReviewStatus.VERIFIED, None)
    path = sources / SEED_HEADLINED
    path.write_text(article.body[: quote.start] + "Nothing more.\n", encoding="utf-8")
    out, _ = run_import(sources)
    quote.refresh_from_db()
    assert quote.passage_missing
    assert quote.review_status == ReviewStatus.VERIFIED
    assert "no longer match" in out


def test_bad_files_fail_alone_with_a_reason(sources, settings):
    settings.CASEFILES_MAX_SOURCE_BYTES = 5000
    (sources / "empty.txt").write_text("", encoding="utf-8")
    (sources / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    (sources / "binary.txt").write_bytes(b"GIF89a\x00\x01\x02")
    (sources / "latin1.txt").write_bytes("Caf\xe9 raid\n\nOfficers said so.".encode("latin-1"))
    (sources / "huge.txt").write_text("word " * 2000, encoding="utf-8")
    missing = sources / "missing.txt"

    with pytest.raises(CommandError, match="6 of 8 files failed"):
        call_command(
            "import_articles",
            str(sources),
            str(missing),
            stdout=_Buffer(),
            stderr=(err := _Buffer()),
        )
    lines = err.text.splitlines()
    assert any("empty.txt: is empty" in line for line in lines)
    assert any("blank.txt: is empty" in line for line in lines)
    assert any("binary.txt: looks binary" in line for line in lines)
    assert any("latin1.txt: is not UTF-8: byte 0xe9 at byte 3" in line for line in lines)
    assert any("huge.txt: is 10,000 bytes, over the 5,000-byte limit" in line for line in lines)
    assert any("missing.txt: does not exist" in line for line in lines)
    assert Article.objects.count() == 2
    run = ImportRun.objects.get()
    assert (run.created_count, run.failed_count) == (2, 6)
    assert "latin1.txt" in run.report


def test_text_without_a_body_is_refused(tmp_path):
    text = "Raids In Southend\n\n22 September 2014, 13:03\n"
    (tmp_path / "headline_only.txt").write_text(text, encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("import_articles", str(tmp_path), stdout=_Buffer(), stderr=(err := _Buffer()))
    assert "has no body text" in err.text
    assert not Article.objects.exists()


def test_a_failure_mid_article_leaves_nothing_of_it(sources, monkeypatch):
    def explode(*args, **kwargs):
        raise DatabaseError("disk full")

    monkeypatch.setattr(Outcome.objects, "insert", explode)
    with pytest.raises(CommandError):
        call_command("import_articles", str(sources), stdout=_Buffer(), stderr=(err := _Buffer()))
    assert "could not be saved: disk full" in err.text
    assert not Article.objects.exists()
    assert not Person.objects.exists()
    assert not Quote.objects.exists()


def test_dry_run_writes_nothing(sources):
    out, _ = run_import("--dry-run", sources)
    assert "Would import 2 files: 2 created" in out
    for model in (Article, Person, Operation, Organisation, ImportRun, *PROVENANCE):
        assert not model.objects.exists(), model


def test_no_text_files_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="No .txt files found"):
        call_command("import_articles", str(tmp_path), stdout=_Buffer())


def test_windows_line_endings_are_read_as_open_reads_them(tmp_path, seed_texts):
    text = seed_texts[SEED_HEADLINED]
    (tmp_path / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    run_import(tmp_path)
    article = Article.objects.get()
    assert article.body == text


def test_a_text_the_extractor_chokes_on_fails_alone(sources, monkeypatch):
    from articles.importer import parallel as importer

    real = importer.extract

    def fragile(text):
        if "Basford" in text:
            raise ValueError("unexpected figure")
        return real(text)

    monkeypatch.setattr(importer, "extract", fragile)
    with pytest.raises(CommandError, match="1 of 2 files failed"):
        call_command("import_articles", str(sources), stdout=_Buffer(), stderr=(err := _Buffer()))
    assert f"{SEED_CLIPPING}: could not be read (ValueError: unexpected figure)" in err.text
    assert list(Article.objects.values_list("source_name", flat=True)) == [SEED_HEADLINED]


def test_a_text_over_its_time_budget_fails_alone_and_writes_nothing(sources, monkeypatch):
    from articles.extraction.budget import time_budget
    from articles.importer import parallel as importer

    real = importer.extract

    def slow_for_one(text):
        if "Basford" in text:
            with time_budget(0):  # as though this one article had used up its seconds
                return real(text)
        return real(text)

    monkeypatch.setattr(importer, "extract", slow_for_one)
    with pytest.raises(CommandError, match="1 of 2 files failed"):
        call_command("import_articles", str(sources), stdout=_Buffer(), stderr=(err := _Buffer()))
    assert f"{SEED_CLIPPING}: could not be read in time" in err.text
    assert "CASEFILES_EXTRACT_SECONDS" in err.text
    assert list(Article.objects.values_list("source_name", flat=True)) == [SEED_HEADLINED]


def test_the_time_budget_comes_from_the_settings(sources, settings):
    settings.CASEFILES_EXTRACT_SECONDS = 0
    with pytest.raises(CommandError, match="2 of 2 files failed"):
        call_command("import_articles", str(sources), stdout=_Buffer(), stderr=(err := _Buffer()))
    assert "could not be read in time: extraction stopped after 0 seconds" in err.text
    assert not Article.objects.exists()
    assert not Person.objects.exists()
