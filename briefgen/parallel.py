"""Extraction at scale: cached, in N local processes, or on a Dask cluster.

Sources whose extraction is cached are not parsed again. The rest go out in batches; each
worker process loads the spaCy pipeline once and parses its batch with `nlp.pipe`, so memory
stays flat however many sources there are: only the small Extraction records come back.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from briefgen.cache import Cache
from briefgen.extract.lexicon import load_lexicon
from briefgen.extract.pipeline import load
from briefgen.extract.run import extract_all
from briefgen.model import Extraction, Source

log = logging.getLogger(__name__)

BATCH = 16
Progress = Callable[[int], None]


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
) -> list[Extraction]:
    """Every source's extraction, in the sources' order."""
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
    for extraction in _compute(missing, settings):
        found[extraction.sources[0].id] = extraction
        if cache:
            cache.put(extraction)
        if progress:
            progress(1)
    return [found[s.id] for s in sources]


def extract_batch(batch: list[Source], settings: Settings) -> list[Extraction]:
    """A worker's job: the pipeline is loaded once per process and kept."""
    pipeline = load(settings.model, settings.lexicon)
    return list(extract_all(pipeline, batch, load_lexicon(settings.lexicon)))


def _compute(sources: list[Source], settings: Settings) -> Iterator[Extraction]:
    if not sources:
        return
    batches = [sources[i : i + BATCH] for i in range(0, len(sources), BATCH)]
    if settings.scheduler:
        yield from _on_dask(batches, settings)
    elif settings.jobs > 1 and len(batches) > 1:
        yield from _in_processes(batches, settings)
    else:
        for batch in batches:
            yield from extract_batch(batch, settings)


def _in_processes(batches: list[list[Source]], settings: Settings) -> Iterator[Extraction]:
    # spawn, not fork: a forked copy of a parent with threads (progress bars, servers) can hang.
    context = multiprocessing.get_context("spawn")
    workers = min(settings.jobs, len(batches))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for results in pool.map(extract_batch, batches, [settings] * len(batches)):
            yield from results


def _on_dask(batches: list[list[Source]], settings: Settings) -> Iterator[Extraction]:
    """Each Dask worker loads the pipeline once (it stays cached in the worker process)."""
    from dask.distributed import Client, as_completed  # an optional dependency: `[dask]`

    with Client(settings.scheduler) as client:  # type: ignore[no-untyped-call]
        futures = client.map(extract_batch, batches, settings=settings, pure=False)
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            yield from future.result()
