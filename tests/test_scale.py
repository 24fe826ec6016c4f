"""Scale: the extraction cache, local processes and a Dask cluster give the same results."""

from __future__ import annotations

import gc
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


def test_the_longest_sources_go_out_first_in_batches_that_shrink_towards_the_end() -> None:
    """Guided self-scheduling: no worker is left with a long last batch while the others
    wait, and no batch holds more text than the parse should hold at once. Every source goes
    out once, and the extractions still come back in order."""
    from briefgen.parallel import BATCH, BATCH_TEXT, _batches

    base = story()[0]
    lengths = [(3_700 * i) % 10_100 + 100 for i in range(200)] + [90_000]  # in no order
    sources = [
        Source(**{**base.__dict__, "id": f"s{i}", "text": "x" * n}) for i, n in enumerate(lengths)
    ]
    batches = _batches(sources, processes=2)
    flat = [source for batch in batches for source in batch]
    assert sorted(s.id for s in flat) == sorted(s.id for s in sources)
    assert [len(s.text) for s in flat] == sorted(lengths, reverse=True)
    texts = [sum(len(s.text) for s in batch) for batch in batches]
    assert batches[0] == [flat[0]]  # longer than a batch may hold: alone
    for batch, text in zip(batches, texts, strict=True):
        assert len(batch) <= BATCH and (text <= BATCH_TEXT or len(batch) == 1)
    assert [len(batch) for batch in batches[-3:]] == [1, 1, 1]


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


def test_an_unchanged_build_reads_no_seed_and_still_names_the_ones_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing changed is told by the seed files' bytes: no seed is read again, and the seeds
    the last build skipped are named again; an edited seed is noticed."""
    from briefgen.read import seeds as seed_reader

    root = HERE.parent
    shutil.copy(root / "config.yaml", tmp_path / "config.yaml")
    shutil.copytree(root / "seeds", tmp_path / "seeds")
    (tmp_path / "seeds" / "empty.txt").write_text("\n", encoding="utf-8")
    project = load_config(tmp_path / "config.yaml")
    first = builder.build(project, ["executive"])
    assert [p.path for p in first.problems] == ["seeds/empty.txt"]

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("a seed was read although nothing changed")

    with monkeypatch.context() as patched:
        patched.setattr(seed_reader, "read_source", no_reading)
        again = builder.build(project, ["executive"])
    assert again.up_to_date and [str(p) for p in again.problems] == [str(first.problems[0])]
    seed = next(p for p in (tmp_path / "seeds").iterdir() if p.name != "empty.txt")
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert not builder.build(project, ["executive"]).up_to_date


def test_the_parse_processes_start_early_only_when_much_is_to_parse() -> None:
    """Workers load spaCy while the seeds are read on a first build, after an upgrade, or when
    more than a batch of seeds changed; not for an edit or two, which may not need them."""
    from briefgen.build import _parses_many, _Stamp
    from briefgen.parallel import BATCH

    seeds = {f"s{i}": "a" for i in range(40)}
    last = _Stamp("d", "parse", seeds)
    assert _parses_many(_Stamp("e", "parse", seeds), None)
    assert _parses_many(_Stamp("e", "new briefgen", seeds), last)
    assert not _parses_many(_Stamp("e", "parse", {**seeds, "s1": "b", "new": "c"}), last)
    many = {**seeds, **{f"s{i}": "b" for i in range(BATCH + 1)}}
    assert _parses_many(_Stamp("e", "parse", many), last)


def _many_seeds(project: Path, copies: int) -> None:
    """The example seeds under several names: more sources than one extraction batch holds."""
    seeds = sorted(p for p in (project / "seeds").iterdir() if p.is_file())
    for n in range(1, copies):
        for seed in seeds:
            shutil.copy(seed, seed.with_name(f"{seed.stem}-{n}{seed.suffix}"))


def _tree(folder: Path) -> dict[str, bytes]:
    files = [path for path in folder.rglob("*") if path.is_file()]
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in files}


def test_a_build_in_worker_processes_writes_what_one_process_writes(tmp_path: Path) -> None:
    """Extraction and rendering in two processes: the same files, byte for byte, and the main
    process, which only waits while the workers parse, never loads spaCy; nor, when nobody is
    to get a copy, does it load pyHanko (a third of a second). The workers find the pipeline
    loaded by the fork server they are forked from, and do not load it again."""
    import subprocess
    import sys

    from conftest import copy_example_project

    one, two = copy_example_project(tmp_path / "one"), copy_example_project(tmp_path / "two")
    for project in (one, two):
        _many_seeds(project, 9)  # 18 sources: several batches
    probe = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('spaCy loaded:', 'spacy' in sys.modules, file=sys.stderr))\n"
        "atexit.register(lambda: print('collector on:', gc.isenabled(), file=sys.stderr))\n"
        "atexit.register(lambda: print('pyHanko:', 'pyhanko' in sys.modules, file=sys.stderr))\n"
        "from briefgen.cli import main\nmain(sys.argv[1:], prog_name='briefgen')\n"
    )
    runs = {}
    for project, jobs in ((one, "1"), (two, "2")):
        command = [sys.executable, "-c", probe, "build", "-v", "--jobs", jobs]
        runs[jobs] = subprocess.run(command, cwd=project, capture_output=True, text=True)
        assert runs[jobs].returncode == 0, runs[jobs].stderr
    assert "spaCy loaded: False" in runs["2"].stderr
    assert "spaCy loaded: True" in runs["1"].stderr  # the probe can tell
    assert "collector on: True" in runs["2"].stderr  # paused during the parse, not after
    assert "pyHanko: False" in runs["1"].stderr and "pyHanko: False" in runs["2"].stderr
    assert "loaded spaCy pipeline" in runs["1"].stderr  # said by whoever loads it
    assert "loaded spaCy pipeline" not in runs["2"].stderr
    written_by_one, written_by_two = _tree(one / "out"), _tree(two / "out")
    assert len(written_by_one) > 20 and written_by_two.keys() == written_by_one.keys()
    differing = [name for name in written_by_one if written_by_two[name] != written_by_one[name]]
    assert differing == []


def test_a_build_that_fails_while_workers_parse_leaves_the_collector_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build pauses the cyclic garbage collector while the workers parse; a failure
    there must not leave it paused in a process that goes on (serve, a script)."""

    from conftest import copy_example_project

    from briefgen import parallel
    from briefgen.errors import SourceError

    def failing(*_: object, **__: object) -> list[object]:
        assert not gc.isenabled()  # the pause this test is about is in force
        raise SourceError("cannot parse", "seeds/x.md", 1)

    monkeypatch.setattr(parallel, "extract_sources", failing)
    project = load_config(copy_example_project(tmp_path / "desk") / "config.yaml")
    frozen = gc.get_freeze_count()
    with pytest.raises(SourceError):
        builder.build(project, options=builder.Options(jobs=2))
    assert gc.isenabled() and gc.get_freeze_count() == frozen  # and nothing kept from a failure


def test_an_error_in_a_rendering_worker_reaches_the_user_as_one_line(tmp_path: Path) -> None:
    from conftest import copy_example_project, run_briefgen

    project = copy_example_project(tmp_path / "desk")
    template = project / "templates" / "executive.html.j2"
    broken = "{% extends 'base.html.j2' %}\n{% block content %}{{ 1 / 0 }}{% endblock %}\n"
    template.write_text(broken, encoding="utf-8")
    result = run_briefgen("build", "--jobs", "2", cwd=project)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "executive.html.j2:2" in result.stderr and "division by zero" in result.stderr


def test_briefgen_errors_keep_their_place_when_sent_between_processes() -> None:
    import pickle

    from briefgen.errors import ConfigError, ConfigErrors, TemplateError

    error = TemplateError("unexpected end of template", "templates/x.html.j2", 3)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.message, copy.path, copy.line) == (
        TemplateError, error.message, error.path, error.line
    )  # fmt: skip
    several = ConfigErrors([ConfigError("a", "config.yaml", 1), ConfigError("b", "config.yaml", 4)])
    assert str(pickle.loads(pickle.dumps(several))) == str(several)


def test_the_fork_server_loads_the_pipeline_named_and_outlives_a_wrong_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib

    from briefgen.extract import PRELOAD_PIPELINE, preloaded

    monkeypatch.setenv(PRELOAD_PIPELINE, json.dumps(["no_such_model", None]))
    importlib.reload(preloaded)  # the worker's own load says what is wrong, not the server
    before = nlp._load.cache_info()
    frozen = gc.get_freeze_count()
    monkeypatch.setenv(PRELOAD_PIPELINE, json.dumps([DEFAULT_MODEL, None]))
    importlib.reload(preloaded)
    after = nlp._load.cache_info()
    assert after.hits + after.misses == before.hits + before.misses + 1
    # What it loaded is out of the collector's reach: the workers forked from it never walk
    # (and so never copy) its pages, and the server ends without freeing it object by object.
    assert gc.get_freeze_count() > frozen
    gc.unfreeze()


def test_a_fork_server_told_no_pipeline_imports_no_spacy() -> None:
    # A build whose sources are all cached forks only renderers: they need no spaCy.
    import os
    import subprocess
    import sys

    from briefgen.extract import PRELOAD_PIPELINE

    asked = "import sys, briefgen.extract.preloaded; print('spacy' in sys.modules)"
    environment = {k: v for k, v in os.environ.items() if k != PRELOAD_PIPELINE}
    alone = subprocess.run([sys.executable, "-c", asked], env=environment, capture_output=True)
    assert alone.stdout.decode().split() == ["False"], alone.stderr.decode()[-2000:]
    environment[PRELOAD_PIPELINE] = json.dumps([DEFAULT_MODEL, None])
    told = subprocess.run([sys.executable, "-c", asked], env=environment, capture_output=True)
    assert told.stdout.decode().split() == ["True"], told.stderr.decode()[-2000:]


def test_the_pipeline_named_for_the_fork_server_is_not_left_in_the_environment() -> None:
    import os

    from briefgen.extract import PRELOAD_PIPELINE
    from briefgen.parallel import Workers

    with Workers(2) as workers:
        workers.warm(Settings(DEFAULT_MODEL))
    assert PRELOAD_PIPELINE not in os.environ


def test_the_rendering_processes_import_the_renderers_while_this_one_assembles() -> None:
    from briefgen.parallel import Workers

    with Workers(2) as workers:
        workers.ready(1, ["briefgen.render.word"])
        pool = workers.pool(1)
        assert pool is not None
        # The fork server has not imported it: only the readying did.
        asked = "'briefgen.render.word' in __import__('sys').modules"
        assert pool.submit(eval, asked).result(timeout=120)
