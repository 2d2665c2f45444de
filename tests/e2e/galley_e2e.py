"""Shared helpers for the end-to-end tests: run the built galley, validate
with the real epubcheck, read EPUBs back as parsed XML."""

import json
import os
import subprocess
import tempfile
import zipfile
import xml.etree.ElementTree as ET

GALLEY = os.environ.get("GALLEY_BIN", "galley")
FIXTURES_BIN = os.environ.get("GALLEY_FIXTURES_BIN", "make_fixture_books")
SOURCE_DIR = os.environ.get("GALLEY_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SEEDS = os.path.join(SOURCE_DIR, "seeds")
EPUBCHECK_JAR = "/usr/share/java/epubcheck.jar"

NS = {
    "xhtml": "http://www.w3.org/1999/xhtml",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
    "epub": "http://www.idpf.org/2007/ops",
    "container": "urn:oasis:names:tc:opendocument:xmlns:container",
}


def run_galley(*args, cwd=None, env=None):
    """Runs galley; returns the CompletedProcess (text mode)."""
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    return subprocess.run([GALLEY, *args], cwd=cwd, env=full_env, capture_output=True,
                          text=True, timeout=300)


def write_text(path, text):
    """Writes `text` to `path` as UTF-8."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def book_folder(parent, files):
    """Makes `parent`/src holding `files` (name: text); returns its path."""
    src = os.path.join(parent, "src")
    os.mkdir(src)
    for name, text in files.items():
        write_text(os.path.join(src, name), text)
    return src


def make_fixture_books(outdir):
    """Writes the model-built fixture books into `outdir`; returns their paths by name."""
    proc = subprocess.run([FIXTURES_BIN, outdir], capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise AssertionError("make_fixture_books failed:\n" + proc.stderr)
    return {name: os.path.join(outdir, name + ".epub") for name in ("mixed", "images", "images-no-alt")}


def epubcheck(path):
    """Runs epubcheck 4 on `path`; returns (counts by severity, messages)."""
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "report.json")
        proc = subprocess.run(["java", "-jar", EPUBCHECK_JAR, path, "--json", report],
                              capture_output=True, text=True, timeout=600)
        if not os.path.exists(report):
            raise AssertionError("epubcheck wrote no report:\n" + proc.stdout + proc.stderr)
        with open(report, encoding="utf-8") as f:
            data = json.load(f)
    counts = {}
    for m in data["messages"]:
        counts[m["severity"]] = counts.get(m["severity"], 0) + 1
    return counts, data["messages"]


def assert_epubcheck_clean(test, path):
    counts, messages = epubcheck(path)
    bad = [m for m in messages if m["severity"] in ("FATAL", "ERROR", "WARNING")]
    detail = "\n".join(f'{m["severity"]} {m["ID"]}: {m["message"]} {m["locations"][:1]}' for m in bad)
    test.assertEqual(bad, [], "epubcheck found problems:\n" + detail)
    return counts


class Epub:
    """An EPUB opened for reading: the package document and its files."""

    def __init__(self, path):
        self.zip = zipfile.ZipFile(path)
        container = self.xml("META-INF/container.xml")
        rootfile = container.find(".//container:rootfile", NS)
        self.opf_path = rootfile.get("full-path")
        self.opf = self.xml(self.opf_path)
        self.base = os.path.dirname(self.opf_path)

    def names(self):
        return self.zip.namelist()

    def read(self, name):
        return self.zip.read(name)

    def xml(self, name):
        return ET.fromstring(self.zip.read(name))

    def resolve(self, href, relative_to=None):
        base = os.path.dirname(relative_to) if relative_to else self.base
        return os.path.normpath(os.path.join(base, href.split("#")[0]))

    def manifest(self):
        return {item.get("id"): item for item in self.opf.find("opf:manifest", NS)}

    def spine_documents(self, linear_only=True):
        manifest = self.manifest()
        docs = []
        for ref in self.opf.find("opf:spine", NS):
            if linear_only and ref.get("linear") == "no":
                continue
            docs.append(self.resolve(manifest[ref.get("idref")].get("href")))
        return docs

    def chapters(self):
        """The spine documents that hold an article (epub:type="chapter")."""
        out = []
        for path in self.spine_documents():
            doc = self.xml(path)
            if any(e.get("{%s}type" % NS["epub"]) == "chapter" for e in doc.iter()):
                out.append(path)
        return out

    def metadata(self, tag):
        return [e.text for e in self.opf.find("opf:metadata", NS).findall(tag, NS)]


def text_of(element):
    return "".join(element.itertext())
