"""Reader requests per second on an archive, idle and while articles are imported: the
`--throughput` mode of `bench_archive.py`.

gunicorn serves the site with the baseline views beside it (`baseline_urls.py`), with the page
cache each process keeps in memory. wrk loads it with CONNECTIONS connections, asking for one
URL of each page type in turn and accepting gzip as browsers do: first the bare view, then the
reader pages with nothing else running, then the same while `import_articles --publish`
imports new articles (a corpus of another seed than the archive's, new at every run, so that a
second run on the same database imports as much as the first) into the same database, then
idle again. Ratios are to the bare view and to the idle runs' median.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from statistics import median

from tests.benchmarks.bench_pages import free_port, wait_until_up

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")
BARE = "/baseline/"


def measure_throughput(pages, args):
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install -y wrk")
    env = os.environ.copy()
    env.pop("DEBUG", None)
    env["DJANGO_SETTINGS_MODULE"] = "casefiles.settings"
    env.setdefault("SECRET_KEY", "benchmark-only-key-" + "x" * 40)
    env["ALLOWED_HOSTS"] = "127.0.0.1,localhost"
    # DEBUG off serves hashed file names, which need the manifest collectstatic writes.
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        env=env,
        cwd=ROOT,
        check=True,
    )
    port = free_port()
    server = subprocess.Popen(
        [str(GUNICORN), "tests.benchmarks.baseline_urls:application", "-w", "2"]
        + ["--threads", "4", "-b", f"127.0.0.1:{port}", "--log-level", "warning"],
        env=env,
        cwd=ROOT,
    )
    folder = Path(tempfile.mkdtemp(prefix="casefiles-throughput-"))
    try:
        wait_until_up(port, BARE)
        script = _rotating_script(folder, list(pages.values()))
        wrk(port, args, script=script, duration=5)  # every page rendered once, workers warm
        print(
            f"\nThroughput: wrk, {args.connections} connections, {args.duration} s a run, "
            f"gunicorn -w 2 --threads 4, {len(pages)} page types in turn; load average "
            f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
        )
        bare = wrk(port, args, path=BARE)
        idle = [wrk(port, args, script=script)]
        with importing(env, folder, args.import_articles) as imported:
            busy = wrk(port, args, script=script)
        idle.append(wrk(port, args, script=script))
    finally:
        server.terminate()
        server.wait(timeout=120)
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{'bare view':<28} {bare:>9.1f} requests/s")
    print(
        f"{'reader pages, idle':<28} {median(idle):>9.1f} requests/s  "
        f"(runs {', '.join(f'{rate:.1f}' for rate in idle)}; × bare {median(idle) / bare:.2f})"
    )
    print(
        f"{'reader pages, importing':<28} {busy:>9.1f} requests/s  "
        f"(× idle {busy / median(idle):.2f}, × bare {busy / bare:.2f}; "
        f"{imported()} articles imported during the run)"
    )


def _rotating_script(folder, paths):
    quoted = ", ".join(f'"{path}"' for path in paths)
    script = folder / "pages.lua"
    script.write_text(
        f"paths = {{{quoted}}}\n"
        "i = 0\n"
        'wrk.headers["Accept-Encoding"] = "gzip"\n'
        "request = function()\n"
        "  i = i + 1\n"
        '  return wrk.format("GET", paths[(i % #paths) + 1])\n'
        "end\n"
    )
    return script


def wrk(port, args, *, path="/", script=None, duration=None):
    """Requests per second that completed with 200."""
    command = ["wrk", "-t", "2", "-c", str(args.connections), "-d", f"{duration or args.duration}s"]
    if script is not None:
        command += ["-s", str(script)]
    out = subprocess.run(
        [*command, f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True
    ).stdout
    if "Non-2xx or 3xx responses" in out:
        raise SystemExit(f"wrk saw error responses:\n{out}")
    return float(re.search(r"Requests/sec:\s*([\d.]+)", out).group(1))


@contextmanager
def importing(env, folder, count):
    """`import_articles --publish` running on `count` new articles; yields a function that
    says how many the run had written."""
    from articles.models import Article
    from tests.benchmarks.archive_corpus import write_corpus

    # In a folder of its own, named for the moment, so each is a new article
    # ("new-1765000000/00000.txt"), not a re-import of an archive template or of an earlier
    # run's article of the same file name; its own seed, so the texts are new too.
    corpus = folder / "corpus"
    stamp = int(time.time())
    write_corpus(corpus / f"new-{stamp}", count, stamp)
    before = Article.objects.count()
    process = subprocess.Popen(
        [sys.executable, "manage.py", "import_articles", "--publish", str(corpus)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Loaded from the first article it writes: starting up and reading the files is not load.
    deadline = time.monotonic() + 120
    while Article.objects.count() == before and time.monotonic() < deadline:
        time.sleep(0.5)
    started = Article.objects.count()
    written = []
    try:
        yield lambda: written[0] if written else Article.objects.count() - started
    finally:
        written.append(Article.objects.count() - started)
        if process.poll() is not None:
            print(f"(the import finished before the run ended: exit code {process.returncode})")
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
