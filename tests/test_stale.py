"""No edit of briefgen's own code serves a stale result: the extraction cache and the up-to-date
check are keyed on the code that computes what they hold. The tests edit a copy of the package,
as a developer would, and build with it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.cache import EXTRACTION_CODE, PACKAGE

ROOT = Path(__file__).resolve().parent.parent
CONFIG = """title: Convoy
default_tlp: GREEN
audiences:
  analyst: {template: analyst.html.j2, tlp: GREEN}
"""
SEED = (
    "Norway criticised Denmark over the convoy on Tuesday.\n"
    "Photo: Estonia criticised Latvia over the crossing on Friday.\n"
    "Sweden condemned Finland over the blockade on Wednesday.\n"
)


@pytest.fixture
def code(tmp_path: Path) -> Path:
    """A copy of briefgen (and its default templates) that goes ahead of the installed one."""
    root = tmp_path / "code"
    shutil.copytree(PACKAGE, root / "briefgen", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "templates", root / "templates")
    return root


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    (folder / "seeds").mkdir(parents=True)
    (folder / "config.yaml").write_text(CONFIG, encoding="utf-8")
    (folder / "seeds" / "convoy.txt").write_text(SEED, encoding="utf-8")
    return folder


def build(code: Path, project: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    command = [sys.executable, "-m", "briefgen", "build", "--jobs", "1", "-q"]
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "up to date" not in result.stdout
    briefing: dict[str, object] = json.loads((project / ".briefgen" / "briefing.json").read_text())
    return briefing


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} no longer holds {old!r}: update the test"
    path.write_text(text.replace(old, new), encoding="utf-8")


def actor_names(briefing: dict[str, object]) -> set[str]:
    return {actor["name"] for actor in briefing["actors"]}  # type: ignore[attr-defined]


def test_editing_a_paragraph_rule_reextracts(code: Path, project: Path) -> None:
    before = actor_names(build(code, project))
    assert {"Norway", "Sweden"} <= before and "Estonia" not in before  # a caption is not read
    edit(code / "briefgen" / "read" / "paragraphs.py", "(?:photo|image|", "(?:image|")
    after = actor_names(build(code, project))
    assert "Estonia" in after  # the line is body text now, and was extracted again


def story_scores(briefing: dict[str, object]) -> list[float]:
    return [story["score"] for story in briefing["stories"]]  # type: ignore[attr-defined]


def test_editing_a_ranking_rule_reassembles(code: Path, project: Path) -> None:
    before = story_scores(build(code, project))
    edit(
        code / "briefgen" / "assemble" / "ranking.py",
        '"corroboration": 0.30',
        '"corroboration": 0.9',
    )
    after = story_scores(build(code, project))
    assert len(before) == len(after) == 1 and after[0] > before[0]


def test_the_cache_key_covers_every_module_an_extraction_runs() -> None:
    """What `extract_all` imports, directly or not, is fingerprinted in the cache key."""
    script = (
        "import sys, briefgen.extract.run\n"
        "for name, module in sorted(sys.modules.items()):\n"
        "    if name.startswith('briefgen') and getattr(module, '__file__', None):\n"
        "        print(module.__file__)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    loaded = [Path(line).resolve().relative_to(PACKAGE) for line in result.stdout.split()]
    assert len(loaded) > 10
    uncovered = [str(p) for p in loaded if not any(p.is_relative_to(c) for c in EXTRACTION_CODE)]
    assert uncovered == []
