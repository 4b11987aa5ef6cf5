#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) for the operation, article
# and person pages, served as in production: DEBUG off, gunicorn, WhiteNoise serving the
# collected static files, the seed articles imported and published, the curated case files.
#
#   tests/benchmarks/lighthouse.sh            # mobile (Lighthouse's default)
#   LIGHTHOUSE_PRESET=desktop tests/benchmarks/lighthouse.sh
#
# Needs `npm ci` (Lighthouse) and Debian's chromium. Uses a throwaway SQLite database; the JSON
# reports are kept in the directory printed at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."

port=${PORT:-8799}
out=$(mktemp -d -t casefiles-lighthouse-XXXXXX)
python=.venv/bin/python

unset DEBUG
export SECRET_KEY=${SECRET_KEY:-lighthouse-only-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')}
export DATABASE_URL="sqlite:///$out/lighthouse.sqlite3"
export ALLOWED_HOSTS=127.0.0.1,localhost
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

$python manage.py migrate --verbosity 0
$python manage.py import_articles --publish fixtures/sources --verbosity 0
$python manage.py loaddata casefiles --verbosity 0
$python manage.py collectstatic --noinput --verbosity 0

.venv/bin/gunicorn casefiles.wsgi -w 2 -b "127.0.0.1:$port" --log-level warning &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/" && break
    sleep 0.2
done

mapfile -t pages < <($python manage.py shell --no-imports -c '
from articles.models import Article
from casefiles.models import Operation, Person
print("operation", Operation.objects.get(name="Operation Erasure").get_absolute_url())
print("article", Article.objects.get(headline__startswith="70+ People Arrested").get_absolute_url())
print("person", Person.objects.get(name="Lewis Basford").get_absolute_url())
')

preset=()
[ -n "${LIGHTHOUSE_PRESET:-}" ] && preset=(--preset="$LIGHTHOUSE_PRESET")
for line in "${pages[@]}"; do
    read -r name path <<<"$line"
    npx --no-install lighthouse "http://127.0.0.1:$port$path" "${preset[@]}" \
        --only-categories=performance,accessibility,best-practices,seo \
        --output=json --output-path="$out/$name.json" --quiet \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
done

$python - "$out" <<'EOF'
import json
import sys
from pathlib import Path

out = Path(sys.argv[1])
categories = ["performance", "accessibility", "best-practices", "seo"]
print(f"{'page':<10}" + "".join(f"{c:>16}" for c in categories))
for name in ("operation", "article", "person"):
    report = json.loads((out / f"{name}.json").read_text())
    scores = [report["categories"][c]["score"] for c in categories]
    print(f"{name:<10}" + "".join(f"{s:>16.2f}" for s in scores))
    # What cost points: every scored audit below 1 in the categories that fell short.
    for c in categories:
        category = report["categories"][c]
        if category["score"] == 1:
            continue
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                print(f"    {c}: {audit['id']} = {audit['score']} {audit.get('displayValue', '')}")
print(f"reports: {out}")
EOF
