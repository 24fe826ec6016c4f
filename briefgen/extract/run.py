"""Extraction of whole sources: one parsed Doc in, one Extraction out."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from briefgen import __version__
from briefgen.extract.actors import find_actors
from briefgen.extract.events import extract_events
from briefgen.extract.lexicon import Lexicon
from briefgen.extract.statements import extract_statements
from briefgen.model import Actor, Extraction, Mention, Pipeline, Source
from briefgen.nlp import parse, pipeline_info

log = logging.getLogger(__name__)


def extract_doc(doc: Doc, source: Source, lexicon: Lexicon, pipeline: Pipeline) -> Extraction:
    index = find_actors(doc, source, lexicon)
    return Extraction(
        pipeline=pipeline,
        sources=(source,),
        actors=tuple(index.actors()),
        statements=tuple(extract_statements(doc, source, index, lexicon)),
        events=tuple(extract_events(doc, source, index, lexicon)),
    )


def extract_all(nlp: Language, sources: Iterable[Source], lexicon: Lexicon) -> Iterator[Extraction]:
    """Parse with `nlp.pipe` and extract source by source, holding one Doc at a time."""
    pipeline = pipeline_info(nlp, __version__)
    pending = list(sources)
    for source, doc in zip(pending, parse(nlp, (s.body_text() for s in pending)), strict=True):
        log.debug("extracting %s", source.path)
        yield extract_doc(doc, source, lexicon, pipeline)


def combine(extractions: list[Extraction], pipeline: Pipeline) -> Extraction:
    """Several sources' extractions as one; actors with the same id become one actor."""
    return Extraction(
        pipeline=pipeline,
        sources=tuple(s for e in extractions for s in e.sources),
        actors=tuple(merge_actors([a for e in extractions for a in e.actors])),
        statements=tuple(s for e in extractions for s in e.statements),
        events=tuple(ev for e in extractions for ev in e.events),
    )


def merge_actors(actors: list[Actor]) -> list[Actor]:
    groups: dict[str, list[Actor]] = {}
    for actor in actors:
        groups.setdefault(actor.id, []).append(actor)
    merged = [_merge(group) for group in groups.values()]
    top = max((a.salience for a in merged), default=1.0) or 1.0
    return sorted((_rescale(a, top) for a in merged), key=lambda a: (-a.salience, a.name))


def _merge(group: list[Actor]) -> Actor:
    first = group[0]
    mentions: tuple[Mention, ...] = tuple(m for a in group for m in a.mentions)
    return Actor(
        id=first.id,
        name=first.name,
        type=first.type,
        roles=_unique(r for a in group for r in a.roles),
        aliases=_unique(x for a in group for x in a.aliases),
        mentions=mentions,
        salience=sum(a.salience * len(a.mentions) for a in group),
        sources=_unique(s for a in group for s in a.sources),
    )


def _rescale(actor: Actor, top: float) -> Actor:
    from dataclasses import replace

    return replace(actor, salience=round(actor.salience / top, 3))


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
