"""A server process, once started: the site's views loaded and start-up's objects frozen."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("entry", ["casefiles.wsgi", "casefiles.asgi"])
def test_a_started_process_has_its_views_loaded_and_start_up_frozen(entry, tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "casefiles.settings",
        "SECRET_KEY": "serving-test-key",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    env.pop("REDIS_URL", None)
    env.pop("DEBUG", None)
    script = (
        f"import gc, sys, {entry}; "
        "print(gc.get_freeze_count(), 'casefiles.views.articles' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    frozen, views_loaded = out.stdout.split()
    assert int(frozen) > 10_000
    assert views_loaded == "True"
