"""Scale: the extraction cache, local processes and a Dask cluster give the same results."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefgen import __version__
from briefgen import build as builder
from briefgen.cache import Cache
from briefgen.extract import pipeline as nlp
from briefgen.extract.model_info import describe
from briefgen.model import Source
from briefgen.model.config import DEFAULT_MODEL
from briefgen.parallel import Settings, extract_sources
from briefgen.read.project import load as load_config
from briefgen.read.seeds import find_seeds, read_sources

HERE = Path(__file__).resolve().parent
STORY = HERE / "data" / "story"


def story() -> list[Source]:
    return [s for s in read_sources(find_seeds([STORY], STORY)) if isinstance(s, Source)]


def summary(extractions: list[object]) -> str:
    return json.dumps([e.to_json() for e in extractions], sort_keys=True)  # type: ignore[attr-defined]


def test_cache_hits_skip_the_pipeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    info = describe(DEFAULT_MODEL, __version__)
    cache = Cache(tmp_path, info)
    settings = Settings(DEFAULT_MODEL)
    first = extract_sources(story(), settings, cache)
    assert len(list(tmp_path.rglob("*.json"))) == 4

    def no_nlp(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pipeline ran although every source was cached")

    monkeypatch.setattr(nlp, "load", no_nlp)
    second = extract_sources(story(), settings, cache)
    assert summary(second) == summary(first)


def test_changed_source_and_corrupt_entry_are_extracted_again(tmp_path: Path) -> None:
    info = describe(DEFAULT_MODEL, __version__)
    cache = Cache(tmp_path, info)
    sources = story()
    extract_sources(sources, Settings(DEFAULT_MODEL), cache)
    entry = cache.path(cache.key(sources[0]))
    entry.write_text("{ truncated", encoding="utf-8")
    assert cache.get(sources[0]) is None and not entry.exists()  # detected and dropped
    assert cache.get(sources[1]) is not None
    edited = Source(**{**sources[1].__dict__, "text": sources[1].text + "\nA new line."})
    assert cache.get(edited) is None


def test_two_processes_give_the_same_extractions_as_one() -> None:
    sources = story() * 5  # enough for several batches
    sources = [Source(**{**s.__dict__, "id": f"{s.id}-{i}"}) for i, s in enumerate(sources)]
    one = extract_sources(sources, Settings(DEFAULT_MODEL, jobs=1))
    two = extract_sources(sources, Settings(DEFAULT_MODEL, jobs=2))
    assert summary(two) == summary(one)


def test_dask_local_cluster_runs_the_extraction() -> None:
    distributed = pytest.importorskip("dask.distributed")
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False)
    try:
        settings = Settings(DEFAULT_MODEL, scheduler=cluster.scheduler_address)
        on_dask = extract_sources(story(), settings)
    finally:
        cluster.close()
    assert summary(on_dask) == summary(extract_sources(story(), Settings(DEFAULT_MODEL)))


def test_template_change_rebuilds_without_nlp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = HERE.parent
    shutil.copy(root / "config.yaml", tmp_path / "config.yaml")
    shutil.copytree(root / "seeds", tmp_path / "seeds")
    project = load_config(tmp_path / "config.yaml")
    builder.build(project, ["executive"])
    assert builder.build(project, ["executive"]).up_to_date
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "executive.html.j2").write_text(
        '{% extends "!default/executive.html.j2" %}{% block summary %}<p>Own summary</p>'
        "{% endblock %}",
        encoding="utf-8",
    )
    monkeypatch.setattr(nlp, "load", lambda *a, **k: pytest.fail("NLP ran for a template change"))
    outcome = builder.build(project, ["executive"])
    assert not outcome.up_to_date
    html = (tmp_path / "out" / "executive" / "briefing.html").read_text(encoding="utf-8")
    assert "Own summary" in html
