"""DAISY Ace, the EPUB accessibility checker, for the end-to-end tests.

scripts/setup-ace.sh installs it into build-tools/ace (scripts/setup.sh test
calls it); it runs offline against Debian's chromium."""

import json
import os
import shutil
import subprocess
import tempfile

from galley_e2e import SOURCE_DIR

ACE_JS = os.environ.get(
    "GALLEY_ACE_JS",
    os.path.join(SOURCE_DIR, "build-tools", "ace", "node_modules", "@daisy", "ace-cli", "bin", "ace.js"))
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def missing_reason():
    """Why Ace cannot run here, or None when it can."""
    if not shutil.which("node"):
        return "node is not installed (run scripts/setup-ace.sh)"
    if not os.path.exists(ACE_JS):
        return f"DAISY Ace is not installed at {ACE_JS} (run scripts/setup-ace.sh)"
    if not os.path.exists(CHROMIUM):
        return "chromium is not installed (run scripts/setup-ace.sh)"
    return None


def run_ace(epub_path):
    """Runs Ace on `epub_path`; returns its report (report.json, parsed)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "report")
        env = dict(os.environ)
        # Ace keeps logs and settings under XDG folders: keep them out of $HOME.
        env.update(PUPPETEER_EXECUTABLE_PATH=CHROMIUM, XDG_CONFIG_HOME=os.path.join(tmp, "config"),
                   XDG_DATA_HOME=os.path.join(tmp, "data"), PUPPETEER_SKIP_DOWNLOAD="1")
        proc = subprocess.run(["node", ACE_JS, "-f", "-s", "-o", out, epub_path], env=env,
                              capture_output=True, text=True, timeout=600)
        report = os.path.join(out, "report.json")
        if not os.path.exists(report):
            raise AssertionError(f"Ace wrote no report (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}")
        with open(report, encoding="utf-8") as f:
            return json.load(f)


def violations(report, impacts=("critical", "serious")):
    """The failed assertions of `report` with one of `impacts`, as
    (document, rule, impact, description) tuples."""
    out = []
    for doc in report.get("assertions", []):
        url = doc.get("earl:testSubject", {}).get("url", "?")
        for a in doc.get("assertions", []):
            if a.get("earl:result", {}).get("earl:outcome") != "fail":
                continue
            impact = a.get("earl:test", {}).get("earl:impact")
            if impact in impacts:
                out.append((url, a["earl:test"].get("dct:title"), impact,
                            a["earl:result"].get("dct:description", "")))
    return out
