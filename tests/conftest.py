"""Shared fixtures: the spaCy pipeline is loaded once for the whole session."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from briefgen.extract import pipeline as nlp
from briefgen.extract.lexicon import Lexicon, load_lexicon
from briefgen.extract.run import extract_doc
from briefgen.model import Extraction, Source
from briefgen.model.config import DEFAULT_MODEL
from briefgen.read.paragraphs import split_paragraphs

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_748fcdded8e4d33f.txt"

Extract = Callable[..., Extraction]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--refresh-golden",
        action="store_true",
        help="Write the sample project's outputs to tests/golden/ instead of comparing them.",
    )


def run_briefgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command line, as a user runs it."""
    command = [sys.executable, "-m", "briefgen", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


def copy_example_project(folder: Path) -> Path:
    """A copy of the repository's own example project: config, seeds, templates and notes."""
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "config.yaml", folder / "config.yaml")
    for name in ("seeds", "templates", "notes"):
        shutil.copytree(ROOT / name, folder / name)
    return folder


def set_config(project: Path, **values: object) -> None:
    """Set top-level keys of a project's config.yaml (comments are not kept)."""
    import yaml

    path = project / "config.yaml"
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    config.update(values)
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")


@pytest.fixture(scope="session")
def example_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example project, built once from scratch in a folder of its own."""
    project = copy_example_project(tmp_path_factory.mktemp("example") / "desk")
    result = run_briefgen("build", cwd=project)
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture(scope="session")
def pipeline() -> Language:
    return nlp.load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon()


def make_source(text: str, published: str | None = None, markdown: bool = False) -> Source:
    return Source(
        id="test",
        path="test.txt",
        title="Test",
        published=published,
        text=text,
        paragraphs=split_paragraphs(text, markdown=markdown),
    )


@pytest.fixture(scope="session")
def extract(pipeline: Language, lexicon: Lexicon) -> Extract:
    """Extraction of a short text written in the test."""

    def run(text: str, published: str | None = None) -> Extraction:
        source = make_source(text, published)
        info = nlp.pipeline_info(pipeline, "test")
        return extract_doc(pipeline(nlp.source_doc(pipeline, source)), source, lexicon, info)

    return run
