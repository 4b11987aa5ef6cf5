"""The production settings the README gives pass Django's deployment checks, and set the headers
a site behind a TLS proxy needs."""

import os
import re
import secrets
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def readme_production_env():
    """The variables the README's production section exports."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Running in production", 1)[1]
    command = re.search(r"^export (.*?)(?<!\\)$", section, re.MULTILINE | re.DOTALL).group(1)
    return dict(word.split("=", 1) for word in shlex.split(command.replace("\\\n", " ")))


def run_manage(args, env):
    # A server's environment, not the test run's (whose DJANGO_ALLOW_ASYNC_UNSAFE, set for the
    # browser tests, the deployment checks rightly refuse).
    base = {name: os.environ[name] for name in ("PATH", "HOME", "LANG") if name in os.environ}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_env():
    env = readme_production_env()
    env["SECRET_KEY"] = secrets.token_urlsafe(50)
    # The database and Redis hosts are the README's examples; deployment checks read neither
    # the database nor (with no REDIS_URL) a cache server.
    env["DATABASE_URL"] = "sqlite:///:memory:"
    env.pop("REDIS_URL")
    return env


def test_readme_production_settings_name_the_proxy_and_site_address():
    env = readme_production_env()
    assert env["SECURE_SSL"] == "1" and env["BEHIND_PROXY"] == "1"
    assert env["SITE_URL"].startswith("https://")


def test_check_deploy_with_the_readme_production_settings_finds_nothing():
    result = run_manage(["check", "--deploy", "--fail-level", "WARNING"], production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_hsts_for_a_year_and_the_proxy_header_only_when_told():
    script = (
        "from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD,"
        " getattr(s, 'SECURE_PROXY_SSL_HEADER', None), s.SITE_URL)"
    )
    env = production_env()
    behind = run_manage(["shell", "--no-imports", "-c", script], env)
    assert behind.stdout.split() == [
        "31536000",
        "True",
        "False",
        "('HTTP_X_FORWARDED_PROTO',",
        "'https')",
        "https://cases.example.org",
    ], behind.stderr
    env.pop("BEHIND_PROXY")
    direct = run_manage(["shell", "--no-imports", "-c", script], env)
    assert direct.stdout.split()[3] == "None", direct.stderr


def test_readme_binds_gunicorn_to_the_loopback_address():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    binds = re.findall(r"gunicorn .*--bind (\S+)", readme)
    assert binds and all(bind.startswith("127.0.0.1:") for bind in binds)
