"""Compare what two checkouts' importers write for the same articles, row for row.

    python -m tests.benchmarks.compare_writes --before /path/to/other/checkout
        [--count 2000] [--databases sqlite postgres] [--keep DIRECTORY]

It writes COUNT generated articles of an archive's variety (`archive_corpus`), then for each
database and each checkout, in a child process on a fresh database, imports them with
`import_articles --publish --jobs 2`, and imports again one in ten of them with a paragraph
added (re-imports, which replace what the first import wrote). It then compares, row by row,
a `dumpdata` of both apps (articles, casefiles: every record, its history rows and the
content versions) sorted by model and primary key, and the search table sorted by key. The
times a row was written (`auto_now` and `auto_now_add` columns, a history row's date, a run's
finish) and the process that wrote it differ from run to run: they are compared as present
or not; a content version, which counts the commits that moved it on, as moved on or not.
It prints how many rows each checkout wrote and the first differences, if any; `--keep`
leaves the dumps there.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import tempfile
from pathlib import Path

from tests.benchmarks.archive_corpus import write_corpus
from tests.benchmarks.bench_import import ROOT, Database, run_child

CHILD = r"""
import io, json, sys
import django
django.setup()
from django.apps import apps
from django.core.management import call_command
from django.db import connection, models
from casefiles.search import backends
from casefiles.search.entries import TABLE

out, folders = sys.argv[1], sys.argv[2:]
for folder in folders:
    call_command("import_articles", "--publish", "--jobs", "2", folder, verbosity=0)

# The moments rows were written: compared as present or not.
stamps = {"history_date", "finished", "pid"}
for model in apps.get_models():
    for field in model._meta.concrete_fields:
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            stamps.add(field.name)
# How far a content version has moved on counts the commits that moved it, which a writer
# may make fewer of (several articles a commit): compared as moved on or not, and known by
# its scope (its id says which of one commit's scopes was first written).
counters = {"casefiles.contentversion": {"version"}}
natural_keys = {"casefiles.contentversion": "scope"}
dump = io.StringIO()
call_command("dumpdata", "articles", "casefiles", stdout=dump)
lines = []
for row in json.loads(dump.getvalue()):
    counted = counters.get(row["model"], set())
    fields = {
        name: (value is not None) if name in stamps else (value > 0) if name in counted else value
        for name, value in row["fields"].items()
    }
    known_by = fields.get(natural_keys.get(row["model"]), row["pk"])
    lines.append((row["model"], known_by, json.dumps(fields, sort_keys=True)))
lines.sort()
key = backends.current().key_column
with connection.cursor() as cursor:
    cursor.execute(
        f"SELECT {key}, kind, object_id, slug, title, names, body FROM {TABLE} ORDER BY {key}"
    )
    search = [json.dumps(row) for row in cursor.fetchall()]
with open(out, "w", encoding="utf-8") as file:
    for model, pk, fields in lines:
        file.write(f"{model} {pk} {fields}\n")
    for row in search:
        file.write(f"search {row}\n")
print(json.dumps({"rows": len(lines), "search": len(search)}))
"""


def reimported(corpus, folder, every=10):
    """One in `every` of the corpus's articles with a paragraph added, under the same names."""
    folder.mkdir()
    for n, path in enumerate(sorted(corpus.glob("*.txt"))):
        if n % every == 0:
            text = path.read_text(encoding="utf-8")
            added = "\n\nThe force said inquiries were continuing and asked witnesses to call.\n"
            (folder / path.name).write_text(text.rstrip("\n") + added, encoding="utf-8")
    return folder


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="the checkout to compare with")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument("--keep", type=Path, help="a directory to leave the dumps in")
    args = parser.parse_args()
    same = True
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        write_corpus(tmp / "corpus", args.count)
        folders = [tmp / "corpus", reimported(tmp / "corpus", tmp / "again")]
        for kind in args.databases:
            dumps = []
            for code, label in ((args.before.resolve(), "before"), (ROOT, "after")):
                name = f"compare_writes_{os.getpid()}_{label}"
                database = Database(kind, tmp, name, code)
                dump = tmp / f"{kind}_{label}.txt"
                try:
                    counted = run_child(CHILD, [dump, *folders], database.url, code)
                finally:
                    database.drop()
                print(f"{kind:8} {label:6} | {counted['rows']} rows, {counted['search']} indexed")
                dumps.append(dump.read_text(encoding="utf-8").splitlines())
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    shutil.copy(dump, args.keep / dump.name)
            diff = list(difflib.unified_diff(*dumps, "before", "after", lineterm="", n=0))
            same = same and not diff
            print(f"{kind:8} {'identical' if not diff else f'{len(diff)} lines differ'}")
            for line in diff[:40]:
                print("   ", line[:300])
    raise SystemExit(0 if same else 1)


if __name__ == "__main__":
    main()
