"""Accessibility (axe-core) and HTML validity (the Nu HTML checker) for rendered pages."""

import json
import shutil
import subprocess
from pathlib import Path, PurePosixPath
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "node_modules"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
SCREENSHOTS = ROOT / "tests" / "screenshots"
DESKTOP = {"width": 1280, "height": 800}
NARROW = {"width": 360, "height": 740}

# Impacts that keep a reader from using the page; "minor" and "moderate" are reported by axe
# but do not fail a test.
BLOCKING_IMPACTS = {"serious", "critical"}


def axe_unavailable():
    """Why axe-core cannot run here, or "" when it can."""
    if not AXE_SCRIPT.is_file():
        return f"axe-core is not installed ({AXE_SCRIPT} is missing): run `npm ci`"
    return ""


def vnu_unavailable():
    """Why the Nu HTML checker cannot run here, or "" when it can."""
    if not VNU_JAR.is_file():
        return f"the Nu HTML checker is not installed ({VNU_JAR} is missing): run `npm ci`"
    if shutil.which("java") is None:
        return "the Nu HTML checker needs Java: apt-get install default-jre-headless"
    return ""


# Every page reports what its Content-Security-Policy refused as a console error with this
# prefix, so a test can fail on it; installed before any of the page's own scripts run.
CSP_PREFIX = "CSP violation:"
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI}`
                + ` at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
});
"""


def watch_csp(context):
    """A list that collects every CSP violation on the pages of the browser `context`."""
    violations = []
    context.add_init_script(REPORT_CSP_VIOLATIONS)

    def collect(message):
        if message.text.startswith(CSP_PREFIX):
            page_url = message.page.url if message.page else "?"
            violations.append(f"{page_url}: {message.text}")

    context.on("console", collect)
    return violations


def run_axe(page, *, read_stylesheets=True):
    """The axe-core violations on the page as it is now, worst first.

    `read_stylesheets=False` for a page whose stylesheet @imports another (Django's admin
    forms): axe reads an imported sheet by putting its text in a style element, which the page's
    Content-Security-Policy refuses, and the test would fail on that refusal. Only the check of
    orientation locks reads the stylesheets.
    """
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated by the browser's debugging protocol, which the page's Content-Security-
        # Policy does not govern; a script tag added to the page would be refused by it.
        page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))
    result = page.evaluate(
        """(preload) => axe.run(document, {
            runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                                             "wcag22aa", "best-practice"]},
            resultTypes: ["violations"],
            preload,
        })""",
        read_stylesheets,
    )
    order = ["critical", "serious", "moderate", "minor", None]
    return sorted(result["violations"], key=lambda v: order.index(v.get("impact")))


def blocking(violations):
    return [v for v in violations if v.get("impact") in BLOCKING_IMPACTS]


def describe_violations(violations):
    """Each violation with the elements it was found on, as a reader of a test failure needs."""
    lines = []
    for violation in violations:
        impact, rule = violation["impact"], violation["id"]
        lines.append(f"[{impact}] {rule}: {violation['help']} ({violation['helpUrl']})")
        for node in violation["nodes"]:
            lines.append(f"    {' '.join(node['target'])}: {node['html'][:200]}")
            summary = node.get("failureSummary", "").replace("\n", " ")
            if summary:
                lines.append(f"        {summary[:300]}")
    return "\n".join(lines)


def validate_html(documents, workdir):
    """Validate many HTML documents in one run of the Nu HTML checker (the JVM starts slowly).

    `documents` maps a name to the HTML; returns each name with its list of error messages.
    """
    workdir = Path(workdir)
    for name, html in documents.items():
        (workdir / f"{name}.html").write_text(html, encoding="utf-8")
    # Language detection only ever warns, and --errors-only would drop its warnings anyway.
    command = ["java", "-jar", str(VNU_JAR), "--format", "json", "--errors-only"]
    command += ["--no-langdetect", "--exit-zero-always"]
    completed = subprocess.run(
        command + [str(workdir / f"{name}.html") for name in documents],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    # The checker writes its report to stderr.
    report = json.loads(completed.stderr or completed.stdout)
    errors = {name: [] for name in documents}
    for message in report["messages"]:
        if message["type"] not in {"error", "non-document-error"}:
            continue
        # The checker names each file by a "file:" URL; the file's stem is the document's name.
        name = PurePosixPath(urlparse(message.get("url", "")).path).stem or "?"
        errors.setdefault(name, []).append(message)
    return errors


def describe_html_errors(errors):
    lines = []
    for name, messages in errors.items():
        for message in messages:
            where = f"line {message.get('lastLine', '?')}"
            extract = message.get("extract", "").replace("\n", "⏎")
            lines.append(f"{name} {where}: {message['message']}  «{extract}»")
    return "\n".join(lines)


def screenshot(page, name):
    """Save the page at desktop and at 360 px wide, full length, for a person to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for label, viewport in (("desktop", DESKTOP), ("360", NARROW)):
        page.set_viewport_size(viewport)
        page.screenshot(path=SCREENSHOTS / f"{name}-{label}.png", full_page=True)
    page.set_viewport_size(DESKTOP)
