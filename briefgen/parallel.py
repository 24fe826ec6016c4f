"""Extraction at scale: cached, in N local processes, or on a Dask cluster.

Sources whose extraction is cached are not parsed again. The rest go out in batches; each
worker process loads the spaCy pipeline once and parses its batch with `nlp.pipe`, so memory
stays flat however many sources there are: only the small Extraction records come back.

A build's `Workers` serve both its stages: the processes that parsed are let go afterwards,
with the pipelines they hold, and fresh ones render the audiences. They are forked from a
server process that imported spaCy and loaded the build's pipeline once (`forkserver`, where
the platform has it), so no worker pays for either again, and the main process, which only
waits during extraction, never imports spaCy at all.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass

from briefgen import logs
from briefgen.cache import Cache
from briefgen.extract import PRELOAD_PIPELINE
from briefgen.model import Extraction, Source

log = logging.getLogger(__name__)

BATCH = 16  # sources at most
BATCH_TEXT = 64_000  # characters at most, unless one source is longer
Progress = Callable[[int], None]
# What each worker would otherwise import itself before it can parse (spaCy), and the build's
# pipeline, named in the environment (`warm`): every worker forked after starts with them in
# memory. Nothing there starts a thread on import, so forking from a process that holds them is
# safe. The renderers are left out: importing them would delay the parse.
PRELOAD = ["__main__", "briefgen.extract.preloaded"]


class Workers:
    """The worker processes of one build, started when first asked for and shared by its
    stages; none when the build runs in one process."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self._pool: ProcessPoolExecutor | None = None
        self._warming: threading.Thread | None = None

    def pool(self, processes: int | None = None) -> Executor | None:
        """The processes, started with at most `processes` of them (default: jobs); None
        when the build runs in one process."""
        wanted = self.jobs if processes is None else min(self.jobs, processes)
        if self.jobs <= 1 or wanted < 1:
            return None
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=wanted,
                mp_context=_context(),
                initializer=_log_like,
                initargs=(_log_levels(),),
            )
        return self._pool

    def warm(self, settings: Settings) -> None:
        """Start the processes now, with the pipeline loaded, so that they are ready when the
        batches come. Starting them waits for the fork server to import spaCy and load the
        pipeline, so they are started from a thread: the caller reads the seeds meanwhile."""
        if self.jobs <= 1 or settings.scheduler is not None:
            return
        # The fork server, started with the first process, loads the pipeline once for all of
        # them; the name is taken back once they are started (`release`).
        os.environ[PRELOAD_PIPELINE] = json.dumps([settings.model, settings.lexicon])
        pool = self.pool()
        assert pool is not None  # more than one job, and no cluster

        def start() -> None:
            try:
                for _ in range(self.jobs):
                    pool.submit(_load_pipeline, settings)
            except Exception:  # the parse meets the same trouble and reports it in the open
                log.debug("could not start the workers early", exc_info=True)

        self._warming = threading.Thread(target=start, name="briefgen-warm", daemon=True)
        self._warming.start()

    def ready(self, processes: int, modules: Sequence[str]) -> None:
        """Start `processes` of them now (at most jobs) and have each import `modules`: forked
        while this process has other work to do first, they are ready when their work comes."""
        pool = self.pool(processes)
        if pool is None:
            return
        for _ in range(min(self.jobs, processes)):
            pool.submit(import_ahead, tuple(modules))

    def release(self, cancel: bool = False) -> None:
        """Let the processes go, with all they hold (a parse's spaCy pipeline, hundreds of MB
        each); the next `pool()` forks fresh ones. `cancel` drops the work not yet begun."""
        if self._warming is not None:
            self._warming.join()  # no process may be starting while the pool shuts down
            self._warming = None
            # Told to the fork server; not for whatever this process starts later.
            os.environ.pop(PRELOAD_PIPELINE, None)
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=cancel)
            self._pool = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        self.release(cancel=kind is not None)


def import_ahead(modules: Sequence[str]) -> bool:
    """`modules` imported before the work that needs them, and whether all were; from one
    that cannot be imported on, they are left to that work, whose own import says what is
    wrong in the open."""
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:
            log.debug("could not import %s ahead of time", name, exc_info=True)
            return False
    return True


def _context() -> multiprocessing.context.BaseContext:
    # Never plain fork: a forked copy of a parent with threads (progress bars, servers) can
    # hang. The fork server is a fresh, single-threaded process.
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _log_levels() -> dict[str, int]:
    """The main process's logging levels, root and named, for the workers to log alike."""
    named = logging.root.manager.loggerDict.items()
    levels = {name: item.level for name, item in named if isinstance(item, logging.Logger)}
    return {**{name: level for name, level in levels.items() if level}, "": logging.root.level}


def _log_like(levels: dict[str, int]) -> None:
    """A worker's start: log to standard error as the main process does, at its levels."""
    logging.basicConfig(format=logs.FORMAT, level=levels.pop(""))
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


@dataclass(frozen=True)
class Settings:
    """What every worker needs to extract like the others."""

    model: str
    lexicon: str | None = None
    jobs: int = 1
    scheduler: str | None = None  # a Dask scheduler address: run on that cluster


def extract_sources(
    sources: Sequence[Source],
    settings: Settings,
    cache: Cache | None = None,
    progress: Progress | None = None,
    workers: Workers | None = None,
) -> list[Extraction]:
    """Every source's extraction, in the sources' order: in `workers` when given, otherwise
    in processes of its own (`settings.jobs`)."""
    found: dict[str, Extraction] = {}
    missing: list[Source] = []
    for source in sources:
        hit = cache.get(source) if cache else None
        if hit is None:
            missing.append(source)
        else:
            found[source.id] = hit
    if progress and found:
        progress(len(found))
    log.info("%d sources cached, %d to extract", len(found), len(missing))
    for extraction in _compute(missing, settings, workers):
        found[extraction.sources[0].id] = extraction
        if cache:
            cache.put(extraction)
        if progress:
            progress(1)
    return [found[s.id] for s in sources]


def extract_batch(batch: list[Source], settings: Settings) -> list[Extraction]:
    """A worker's job: the pipeline is loaded once per process and kept."""
    # Imported here, not at the top: a main process whose workers extract never needs spaCy.
    from briefgen.extract.lexicon import load_lexicon
    from briefgen.extract.pipeline import load
    from briefgen.extract.run import extract_all

    pipeline = load(settings.model, settings.lexicon)
    return list(extract_all(pipeline, batch, load_lexicon(settings.lexicon)))


def _load_pipeline(settings: Settings) -> None:
    from briefgen.extract.pipeline import load

    load(settings.model, settings.lexicon)


def _compute(
    sources: list[Source], settings: Settings, workers: Workers | None
) -> Iterator[Extraction]:
    if not sources:
        return
    batches = _batches(sources, settings.jobs)
    if settings.scheduler:
        yield from _on_dask(batches, settings)
        return
    with contextlib.ExitStack() as own:
        if workers is None:
            workers = own.enter_context(Workers(min(settings.jobs, len(batches))))
        pool = workers.pool() if len(batches) > 1 else None
        if pool is None:
            for batch in batches:
                yield from extract_batch(batch, settings)
        else:
            for results in pool.map(extract_batch, batches, [settings] * len(batches)):
                yield from results


def _batches(sources: list[Source], processes: int) -> list[list[Source]]:
    """The sources in batches for `processes` workers to take one at a time, longest sources
    first and the batches shrinking towards the end (guided self-scheduling): the workers then
    run out of work at nearly the same moment, where batches of one size in the folder's order
    could leave one worker parsing its last long batch alone, the others idle. A batch's text
    is bounded too: the parse holds a batch's Docs at once, and a batch of the longest
    articles would otherwise hold several times the memory of an average one."""
    by_length = sorted(sources, key=lambda source: len(source.text), reverse=True)
    shares = 2 * max(processes, 1)
    text_left = sum(len(source.text) for source in by_length)
    batches, start = [], 0
    while start < len(by_length):
        most = min(BATCH, -(-(len(by_length) - start) // shares))
        budget = min(BATCH_TEXT, text_left / shares)
        end, text = start + 1, len(by_length[start].text)
        while end < len(by_length) and end - start < most:
            if text + len(by_length[end].text) > budget:
                break
            text += len(by_length[end].text)
            end += 1
        batches.append(by_length[start:end])
        text_left -= text
        start = end
    return batches


def _on_dask(batches: list[list[Source]], settings: Settings) -> Iterator[Extraction]:
    """Each Dask worker loads the pipeline once (it stays cached in the worker process)."""
    from dask.distributed import Client, as_completed  # an optional dependency: `[dask]`

    with Client(settings.scheduler) as client:  # type: ignore[no-untyped-call]
        futures = client.map(extract_batch, batches, settings=settings, pure=False)
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            yield from future.result()
