"""The archive that builds up (issue 14): dated briefings, each audience's index and Atom feed,
the desk's index, removed audiences cleaned away, and a press reader who never reaches AMBER.

The example project is built on two days (its `as_of` moved on by a day); the press audience
is CLEAR, and the example's main article is AMBER.
"""

from __future__ import annotations

import http.client
import io
import queue
import re
import shutil
import threading
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pypdf
import pytest
import yaml

from briefgen.serve import Server, serve
from tests.conftest import ROOT, copy_example_project, run_briefgen, set_config

DAYS = ("2025-06-23", "2025-06-24")
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def two_days(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_example_project(tmp_path_factory.mktemp("archive") / "desk")
    for day in DAYS:
        set_config(project, as_of=day)
        result = run_briefgen("build", "-q", cwd=project)
        assert result.returncode == 0, result.stderr
    return project


def test_two_builds_leave_two_dated_briefings(two_days: Path) -> None:
    archive = two_days / "out" / "archive"
    assert sorted(p.name for p in archive.iterdir()) == list(DAYS)
    for day in DAYS:
        for audience in ("executive", "press", "analyst"):
            assert (archive / day / audience / "briefing.pdf").is_file()


def test_each_audience_index_and_feed_list_both_days(two_days: Path) -> None:
    for audience in ("executive", "press", "analyst"):
        page = (two_days / "out" / audience / "index.html").read_text(encoding="utf-8")
        links = re.findall(r'href="\.\./archive/([\d-]+)/([\w-]+)/briefing\.html"', page)
        assert links == [(DAYS[1], audience), (DAYS[0], audience)]  # newest first
        feed = ET.parse(two_days / "out" / audience / "feed.xml").getroot()
        entries = feed.findall(f"{ATOM}entry")
        assert [e.findtext(f"{ATOM}updated", "")[:10] for e in entries] == [DAYS[1], DAYS[0]]
        assert all(e.findtext(f"{ATOM}id", "").startswith("urn:uuid:") for e in entries)
        href = entries[0].find(f"{ATOM}link")
        assert href is not None
        assert href.get("href") == f"../archive/{DAYS[1]}/{audience}/briefing.html"


def test_the_desk_index_lists_every_audience_with_its_marking(two_days: Path) -> None:
    page = (two_days / "out" / "index.html").read_text(encoding="utf-8")
    for audience, marking in (("executive", "AMBER"), ("press", "CLEAR"), ("analyst", "AMBER")):
        for day in DAYS:
            assert f"archive/{day}/{audience}/briefing.html" in page
        assert f"tlp-{marking.lower()}" in page
    assert not (two_days / "out" / "briefing.json").exists()  # the master stays private
    assert (two_days / ".briefgen" / "briefing.json").is_file()


def test_an_audience_removed_from_the_config_is_cleaned_away(
    two_days: Path, tmp_path: Path
) -> None:
    project = copy_example_project(tmp_path / "desk")
    shutil.copytree(two_days / "out", project / "out")
    shutil.copytree(two_days / ".briefgen", project / ".briefgen")
    config = yaml.safe_load((project / "config.yaml").read_text(encoding="utf-8"))
    del config["audiences"]["executive"]
    config["as_of"] = DAYS[1]
    (project / "config.yaml").write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    result = run_briefgen("build", "-q", cwd=project)
    assert result.returncode == 0, result.stderr
    assert not (project / "out" / "executive").exists()
    assert not list((project / "out" / "archive").glob("*/executive"))
    assert (project / "out" / "press" / "index.html").is_file()
    assert "executive" not in (project / "out" / "index.html").read_text(encoding="utf-8")


# ---------- what a press reader can reach ----------


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found += [value for name, value in attrs if name in ("href", "src") and value]


def _amber_sentences() -> list[str]:
    """Sentences of the example's AMBER article that its CLEAR one does not also carry."""
    amber = (ROOT / "seeds" / "000_748fcdded8e4d33f.txt").read_text(encoding="utf-8")
    clear = (ROOT / "seeds" / "001_araqchi_moscow_visit.md").read_text(encoding="utf-8")
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", amber)]
    return [s for s in sentences if len(s) > 60 and s not in clear]


@pytest.fixture(scope="module")
def press_server(two_days: Path) -> Iterator[Server]:
    stop = threading.Event()
    ready: queue.Queue[Server] = queue.Queue()
    thread = threading.Thread(
        target=serve,
        args=(two_days / "config.yaml",),
        kwargs={"port": 0, "stop": stop, "ready": ready.put, "audience": "press"},
        daemon=True,
    )
    thread.start()
    try:
        server = ready.get(timeout=10)
        deadline = threading.Event()
        for _ in range(600):
            if server.status()["build"] >= 1:
                break
            deadline.wait(0.1)
        yield server
    finally:
        stop.set()
        thread.join(timeout=10)


def _get(server: Server, path: str) -> tuple[int, str, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.getheader("Location") or "", response.read()
    finally:
        connection.close()


def test_a_press_reader_reaches_no_amber_text(press_server: Server) -> None:
    amber = _amber_sentences()
    assert len(amber) >= 5
    seen: dict[str, bytes] = {}
    queue_: list[str] = ["/", "/press/feed.xml"]
    while queue_:
        path = queue_.pop()
        if path in seen:
            continue
        status, location, body = _get(press_server, path)
        if status == 302:
            queue_.append(location)
            seen[path] = b""
            continue
        assert status == 200, path
        seen[path] = body
        if path.endswith((".html", "/")):
            parser = Links()
            parser.feed(body.decode("utf-8"))
            for link in parser.found:
                target = urlsplit(urljoin(f"http://x{path}", link))
                if target.netloc == "x" and not link.startswith("#"):
                    queue_.append(target.path)
        if path.endswith(".xml"):
            for href in re.findall(rb'href="([^"]+)"', body):
                queue_.append(urlsplit(urljoin(f"http://x{path}", href.decode())).path)
    assert any(p.startswith("/archive/") and p.endswith(".pdf") for p in seen)
    exported = ("events.csv", "statements.csv", "actors.graphml", "briefing.docx")
    assert all(f"/press/{name}" in seen for name in exported)
    for path, body in seen.items():
        text = _readable(path, body)
        assert "TLP:AMBER" not in text, path
        for sentence in amber:
            assert sentence not in text, (path, sentence)


def _readable(path: str, body: bytes) -> str:
    """What a file says: a Word file's parts unzipped, a PDF's text extracted."""
    if path.endswith(".docx"):
        with zipfile.ZipFile(io.BytesIO(body)) as package:
            return " ".join(package.read(n).decode("utf-8", "replace") for n in package.namelist())
    if path.endswith(".pdf"):
        return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(body)).pages)
    return body.decode("utf-8", "replace")


@pytest.mark.parametrize(
    "path",
    [
        "/executive/briefing.html",
        "/analyst/feed.xml",
        "/index.html",
        f"/archive/{DAYS[0]}/executive/briefing.json",
        "/archive/",
        "/press/../executive/briefing.html",
        "/%2e%2e/.briefgen/briefing.json",
    ],
)
def test_a_press_server_answers_nothing_beyond_press(press_server: Server, path: str) -> None:
    status, _, body = _get(press_server, path)
    assert status in (403, 404), path
    assert b"AMBER" not in body
