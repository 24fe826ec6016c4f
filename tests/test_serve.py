"""`briefgen serve` in a temporary project: pages, live-reload snippet, rebuilds and errors."""

from __future__ import annotations

import http.client
import json
import queue
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from briefgen.serve import BANNER_ID, STATUS_PATH, Server, serve

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60.0
SEED = (
    "---\ntitle: Bluefin convoy sighted\npublished: 2025-06-24\ntlp: AMBER\nreliability: B\n---\n"
    "Admiral Tobias Quill said the Bluefin convoy \u201cwill sail at dawn\u201d. "
    "Norway criticised Denmark over the convoy on Tuesday.\n"
)
BROKEN_KEY = '"<b>bold</b>": 1\n'  # an unknown key whose error message holds markup


@dataclass
class Served:
    server: Server
    folder: Path

    def get(self, path: str, host: str | None = None) -> tuple[int, str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
        try:
            connection.request("GET", path, headers={"Host": host} if host else {})
            response = connection.getresponse()
            return response.status, response.read().decode("utf-8")
        finally:
            connection.close()

    def status(self) -> dict[str, Any]:
        code, body = self.get(STATUS_PATH)
        assert code == 200
        result: dict[str, Any] = json.loads(body)
        return result

    def wait(self, done: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            status = self.status()
            if not status["building"] and done(status):
                return status
            time.sleep(0.2)
        raise AssertionError(f"no such build within {TIMEOUT} s: {self.status()}")


class Banner(HTMLParser):
    """The text of the error banner in a served page."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth:
            self.depth += 1
        elif ("id", BANNER_ID) in attrs:
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        self.depth = max(self.depth - 1, 0)

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text += data


def banner(page: str) -> str:
    parser = Banner()
    parser.feed(page)
    return parser.text


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("serve")
    shutil.copy(ROOT / "config.yaml", folder / "config.yaml")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    stop = threading.Event()
    ready: queue.Queue[Server] = queue.Queue()
    thread = threading.Thread(
        target=serve,
        args=(folder / "config.yaml",),
        kwargs={
            "host": "127.0.0.1",
            "port": 0,
            "debounce_ms": 200,
            "stop": stop,
            "ready": ready.put,
        },
        daemon=True,
    )
    thread.start()
    try:
        site = Served(ready.get(timeout=10), folder)
        first = site.wait(lambda status: status["build"] >= 1)
        assert first["error"] is None, first
        yield site
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()


def test_index_lists_the_audiences(served: Served) -> None:
    code, page = served.get("/")
    assert code == 200
    for name in ("executive", "press", "analyst"):
        assert f'href="/{name}/briefing.html"' in page
    assert STATUS_PATH in page


def test_pages_get_the_reload_snippet_but_the_files_do_not(served: Served) -> None:
    code, page = served.get("/analyst/briefing.html")
    assert code == 200
    assert STATUS_PATH in page and "location.reload()" in page and BANNER_ID in page
    assert banner(page) == ""
    on_disk = (served.folder / "out" / "analyst" / "briefing.html").read_text(encoding="utf-8")
    assert "<script" not in on_disk and STATUS_PATH not in on_disk
    assert served.get("/analyst/briefing.json")[0] == 200


def test_status_is_json(served: Served) -> None:
    status = served.status()
    assert status["build"] >= 1 and status["error"] is None


def test_nothing_outside_out_is_served(served: Served) -> None:
    for path in (
        "/../config.yaml",
        "/%2e%2e/config.yaml",
        "/analyst/../../config.yaml",
        "/analyst/%2E%2E/%2e%2e/seeds/001_araqchi_moscow_visit.md",
        "/..%2fconfig.yaml",
        "/nothing.html",
    ):
        code, body = served.get(path)
        assert code in (403, 404), path
        assert "Russia" not in body and "audiences" not in body
    assert served.get("/", host="attacker.example")[0] == 403  # DNS rebinding


def test_changes_rebuild_and_errors_show_in_the_page(served: Served) -> None:
    before = served.status()["build"]
    (served.folder / "seeds" / "zz_convoy.md").write_text(SEED, encoding="utf-8")
    after = served.wait(lambda status: status["build"] > before)
    assert after["error"] is None
    assert "Quill" in served.get("/analyst/briefing.html")[1]

    config = served.folder / "config.yaml"
    good = config.read_text(encoding="utf-8")
    config.write_text(good + BROKEN_KEY, encoding="utf-8")
    broken = served.wait(lambda status: status["error"] is not None)
    error = broken["error"]
    assert "\n" not in error and "config.yaml:" in error and "unknown key '<b>bold</b>'" in error
    page = served.get("/analyst/briefing.html")[1]
    assert error in banner(page)
    assert "<b>bold</b>" not in page  # escaped, never markup
    assert error in banner(served.get("/")[1])

    config.write_text(good, encoding="utf-8")
    fixed = served.wait(lambda status: status["build"] > broken["build"])
    assert fixed["error"] is None
    assert banner(served.get("/analyst/briefing.html")[1]) == ""


def test_serve_reports_each_build_and_watches_the_lexicon(tmp_path: Path) -> None:
    from briefgen.serve import BuildResult

    shutil.copy(ROOT / "config.yaml", tmp_path / "config.yaml")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "actors.yaml").write_text("states: []\n", encoding="utf-8")
    with (tmp_path / "config.yaml").open("a", encoding="utf-8") as config:
        config.write("lexicon: lexicon\n")
    builds: queue.Queue[BuildResult] = queue.Queue()
    stop = threading.Event()
    thread = threading.Thread(
        target=serve,
        args=(tmp_path / "config.yaml",),
        kwargs={"port": 0, "debounce_ms": 200, "stop": stop, "built": builds.put},
        daemon=True,
    )
    thread.start()
    try:
        first = builds.get(timeout=TIMEOUT)
        assert first.error is None and first.number == 1
        assert first.html_seconds is not None and first.html_seconds < first.seconds
        lexicon = tmp_path / "lexicon" / "actors.yaml"
        second = None
        deadline = time.monotonic() + TIMEOUT
        while second is None and time.monotonic() < deadline:
            lexicon.write_text("states: [", encoding="utf-8")  # again, until the watcher sees it
            try:
                second = builds.get(timeout=3)
            except queue.Empty:
                continue
        assert second is not None and second.number == 2
        assert second.error is not None and "actors.yaml" in second.error
    finally:
        stop.set()
        thread.join(timeout=10)


def test_a_served_build_writes_every_page_before_any_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What lets `serve` reload the page as soon as its HTML is ready: the build hands out
    each audience's final HTML first, and only then makes the PDFs."""
    from conftest import copy_example_project

    from briefgen import build as builder
    from briefgen.read.project import load
    from briefgen.render import pdf

    project = load(copy_example_project(tmp_path / "desk") / "config.yaml")
    output = project.output_dir
    seen: dict[str, tuple[str, bool]] = {}
    made: list[str] = []
    write_pdf = pdf.write_pdf

    def counted(html: str, **options: Any) -> bytes:
        made.append(html)
        return write_pdf(html, **options)

    monkeypatch.setattr(pdf, "write_pdf", counted)

    def html_written() -> None:
        assert made == []  # no PDF made yet
        for name in project.config.audiences:
            page = (output / name / "briefing.html").read_text(encoding="utf-8")
            seen[name] = (page, (output / name / "briefing.pdf").exists())

    builder.build(project, options=builder.Options(html_written=html_written))
    assert list(seen) == list(project.config.audiences)
    for name, (page, pdf_made) in seen.items():
        assert not pdf_made
        assert page == (output / name / "briefing.html").read_text(encoding="utf-8")
        assert (output / name / "briefing.pdf").exists()
