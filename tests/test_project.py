"""Whole projects: init, changes since the last build, notes, PDF/A (reproducible builds are
tested from two clones in test_containment.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest


def briefgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "briefgen", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("init") / "desk"
    result = briefgen("init", str(folder), cwd=folder.parent)
    assert result.returncode == 0, result.stderr
    return folder


def test_init_creates_a_project_that_builds(project: Path) -> None:
    for name in ("config.yaml", "seeds/example.md", "templates/README.md", "notes/welcome.md"):
        assert (project / name).is_file(), name
    assert ".briefgen/" in (project / ".gitignore").read_text(encoding="utf-8").splitlines()
    result = briefgen("build", cwd=project)
    assert result.returncode == 0, result.stderr
    html = (project / "out" / "analyst" / "briefing.html").read_text(encoding="utf-8")
    assert "Radoslaw Sikorski" in html and "Trade has waited long enough" in html
    assert "About these notes" in html  # the example note, rendered
    again = briefgen("init", str(project), cwd=project)
    assert again.returncode == 2 and "not overwriting" in again.stderr


def test_changes_since_the_last_build_are_marked(project: Path) -> None:
    assert briefgen("build", cwd=project).returncode == 0
    (project / "seeds" / "later.md").write_text(
        "---\ntitle: Talks resume\npublished: 2025-01-31\ntlp: GREEN\n---\n"
        "Estonia criticised Latvia over the crossing on Friday.\n",
        encoding="utf-8",
    )
    assert briefgen("build", cwd=project).returncode == 0
    view = json.loads((project / "out" / "analyst" / "briefing.json").read_text("utf-8"))
    changes = view["changes"]
    assert "Estonia" in changes["new_actors"]
    assert changes["new_events"] >= 1
    old = next(a for a in view["actors"] if a["name"] == "Radoslaw Sikorski")
    assert old["id"] not in changes["new"]
    html = (project / "out" / "analyst" / "briefing.html").read_text(encoding="utf-8")
    assert "Changes since the last briefing" in html and 'class="tag new"' in html


def test_notes_render_markdown_without_raw_html(project: Path) -> None:
    (project / "notes" / "hostile.md").write_text(
        "---\ntitle: Hostile note\ntlp: GREEN\n---\n**Bold** <script>alert(1)</script> "
        "[click](javascript:alert(1)) ![x](http://example.com/x.png)\n",
        encoding="utf-8",
    )
    assert briefgen("build", "--audience", "analyst", cwd=project).returncode == 0
    html = (project / "out" / "analyst" / "briefing.html").read_text(encoding="utf-8")
    assert "<strong>Bold</strong>" in html
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert 'href="javascript:' not in html
    assert "http://example.com/x.png" not in html or "<img" not in html


def archival(project: Path) -> None:
    """The analyst's PDF made PDF/A-3b, with the page's JSON attached."""
    config = project / "config.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "    # pdf_variant: pdf/a-3b", "    pdf_variant: pdf/a-3b"
        ),
        encoding="utf-8",
    )


def test_pdfa_variant_embeds_the_briefing_and_tags_the_pdf(project: Path) -> None:
    archival(project)
    assert briefgen("build", "--audience", "analyst", cwd=project).returncode == 0
    reader = pypdf.PdfReader(project / "out" / "analyst" / "briefing.pdf")
    assert "briefing.json" in reader.attachments
    attached = json.loads(reader.attachments["briefing.json"][0])
    assert attached["name"] == "analyst"
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog  # tagged for accessibility
    metadata = catalog["/Metadata"].get_object().get_data().decode("utf-8", "replace")
    assert "pdfaid:part" in metadata.lower()  # declared PDF/A


def test_an_archival_page_rendered_beside_workers_holds_its_own_json(project: Path) -> None:
    # With worker processes, the longest page's JSON is made by a worker: the archival PDF
    # made meanwhile must still hold it, the same bytes as the page's briefing.json.
    archival(project)
    assert briefgen("build", "--jobs", "2", cwd=project).returncode == 0
    folder = project / "out" / "analyst"
    reader = pypdf.PdfReader(folder / "briefing.pdf")
    assert reader.attachments["briefing.json"][0] == (folder / "briefing.json").read_bytes()
