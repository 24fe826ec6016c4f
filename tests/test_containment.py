"""Nothing of the build machine leaves in a briefing: links out of seeds/ and notes/ are refused,
no absolute path appears in any output, and two clones in different folders build the same bytes."""

from __future__ import annotations

import io
import json
import re
import subprocess
import zlib
from pathlib import Path

import pypdf
import pytest
from conftest import copy_example_project, run_briefgen

ROOT = Path(__file__).resolve().parent.parent
Built = subprocess.CompletedProcess[str]
SECRET = "Quokkaville"
SECRET_SEED = (
    f"Admiral Zebulon Quokka said the {SECRET} convoy “will sail at dawn”. "
    f"Norway criticised Denmark over {SECRET} on Tuesday.\n"
)


def outputs(project: Path) -> dict[str, bytes]:
    """Every file a build wrote, by its path in the project."""
    written = [p for p in sorted(project.rglob("*")) if p.is_file()]
    inputs = ("config.yaml", "seeds/", "templates/", "notes/")
    named = {p.relative_to(project).as_posix(): p for p in written}
    return {name: path.read_bytes() for name, path in named.items() if not name.startswith(inputs)}


def readable(name: str, content: bytes) -> str:
    """A file's content as text to search, PDFs with their streams unpacked and their text."""
    if not name.endswith(".pdf"):
        return content.decode("utf-8", "replace")
    parts = [content.decode("latin-1")]
    for stream in re.finditer(rb"stream\r?\n(.*?)endstream", content, re.S):
        try:
            parts.append(zlib.decompress(stream.group(1)).decode("latin-1"))
        except zlib.error:
            continue
    reader = pypdf.PdfReader(io.BytesIO(content))
    parts += [page.extract_text() for page in reader.pages]
    parts += [str(value) for value in (reader.metadata or {}).values()]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Built]:
    base = tmp_path_factory.mktemp("containment")
    elsewhere = base / "elsewhere"
    (elsewhere / "folder").mkdir(parents=True)
    (elsewhere / "secret.txt").write_text(SECRET_SEED, encoding="utf-8")
    (elsewhere / "folder" / "more.txt").write_text(SECRET_SEED, encoding="utf-8")
    (elsewhere / "note.md").write_text(f"---\ntitle: {SECRET}\n---\n{SECRET}.\n", "utf-8")
    project = copy_example_project(base / "desk")
    (project / "seeds" / "leak.txt").symlink_to(elsewhere / "secret.txt")
    (project / "seeds" / "leaks").symlink_to(elsewhere / "folder", target_is_directory=True)
    (project / "notes" / "leak.md").symlink_to(elsewhere / "note.md")
    # A link that stays inside its folder is fine: it is read once, as the file it points at.
    (project / "seeds" / "again.txt").symlink_to(project / "seeds" / "000_748fcdded8e4d33f.txt")
    return project, run_briefgen("build", cwd=project)


def test_links_outside_seeds_and_notes_are_reported_and_skipped(
    linked: tuple[Path, Built],
) -> None:
    _, result = linked
    assert result.returncode == 0, result.stderr
    problems = [line for line in result.stderr.splitlines() if line.startswith("skipped:")]
    assert problems == [
        "skipped: seeds/leak.txt: links outside seeds/",
        "skipped: seeds/leaks: links outside seeds/",
        "skipped: notes/leak.md: links outside notes/",
    ]


def test_nothing_read_through_a_link_reaches_any_output(
    linked: tuple[Path, Built],
) -> None:
    project, _ = linked
    written = outputs(project)
    assert "out/analyst/briefing.pdf" in written and ".briefgen-cache" in " ".join(written)
    for name, content in written.items():
        assert SECRET not in readable(name, content), name
    briefing = json.loads(written[".briefgen/briefing.json"])
    assert [s["path"] for s in briefing["sources"]] == [
        "seeds/000_748fcdded8e4d33f.txt",
        "seeds/001_araqchi_moscow_visit.md",
    ]


@pytest.fixture(scope="module")
def clones(tmp_path_factory: pytest.TempPathFactory, example_build: Path) -> tuple[Path, Path]:
    """The example project built from scratch in two folders (the second one deeper)."""
    second = copy_example_project(tmp_path_factory.mktemp("two") / "a" / "much" / "deeper" / "copy")
    result = run_briefgen("build", cwd=second)
    assert result.returncode == 0, result.stderr
    return example_build, second


def test_two_clones_in_different_folders_build_identical_bytes(clones: tuple[Path, Path]) -> None:
    first, second = (outputs(project) for project in clones)
    assert {n for n in first if n.startswith("out/")} >= {
        f"out/{audience}/briefing.{kind}"
        for audience in ("executive", "press", "analyst")
        for kind in ("html", "pdf", "json")
    }
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_no_absolute_path_of_the_machine_in_any_output(clones: tuple[Path, Path]) -> None:
    for project in clones:
        for name, content in outputs(project).items():
            text = readable(name, content)
            assert str(project) not in text and project.as_uri() not in text, name
            assert str(project.parent) not in text, name


def test_extract_names_sources_relative_to_the_working_folder(
    clones: tuple[Path, Path],
) -> None:
    project = clones[0]
    result = run_briefgen("extract", "seeds", "--json", "extraction.json", "-q", cwd=project)
    assert result.returncode == 0, result.stderr
    text = (project / "extraction.json").read_text(encoding="utf-8")
    assert str(project) not in text
    paths = [s["path"] for s in json.loads(text)["sources"]]
    assert paths == ["seeds/000_748fcdded8e4d33f.txt", "seeds/001_araqchi_moscow_visit.md"]


def test_a_seeds_folder_set_in_the_config_may_be_anywhere(tmp_path: Path) -> None:
    """The user's own choice of folder is read, links and all, and named without its path."""
    drop = tmp_path / "synced" / "drop"
    drop.mkdir(parents=True)
    (drop / "convoy.txt").write_text(SECRET_SEED, encoding="utf-8")
    project = tmp_path / "desk"
    project.mkdir()
    (project / "config.yaml").write_text(
        f"title: Drop\nseeds: {drop}\naudiences:\n  analyst: {{template: analyst.html.j2}}\n",
        encoding="utf-8",
    )
    result = run_briefgen("build", cwd=project)
    assert result.returncode == 0, result.stderr
    briefing = json.loads((project / ".briefgen" / "briefing.json").read_text(encoding="utf-8"))
    assert [s["path"] for s in briefing["sources"]] == ["drop/convoy.txt"]
    for name, content in outputs(project).items():
        assert str(tmp_path) not in readable(name, content), name
