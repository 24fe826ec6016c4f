"""One Briefing from every source's extraction: merged across sources, with its key points."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import TypeVar

from briefgen.assemble.merge import (
    actor_names,
    merge_events,
    merge_statements,
    rename_event,
    rename_statement,
)
from briefgen.extract.combine import merge_actors
from briefgen.model import (
    TLP_ORDER,
    Actor,
    Briefing,
    Event,
    Extraction,
    KeyPoint,
    Pipeline,
    Source,
    Span,
    Statement,
)
from briefgen.model.config import Config

_MAX_KEY_POINT_WORDS = 45
Item = TypeVar("Item", Statement, Event)


def assemble(extractions: list[Extraction], config: Config, pipeline: Pipeline) -> Briefing:
    """Merge across sources: one actor per entity, one statement or event per reported fact."""
    merged = combine(extractions, pipeline)
    sources = merged.sources
    unresolved = {s.speaker for s in merged.statements if s.speaker and not s.speaker_id}
    renames = actor_names(merged.actors, config.actors, unresolved)
    actors = merge_actors(merged.actors, renames, config.actors.ignore)
    statements = merge_statements(
        [rename_statement(s, renames) for s in merged.statements], sources
    )
    events = merge_events([rename_event(e, renames) for e in merged.events], sources)
    return Briefing(
        title=config.title,
        as_of=config.as_of.isoformat() if config.as_of else _latest(sources),
        marking=marking(sources),
        pipeline=pipeline,
        sources=sources,
        actors=tuple(actors),
        statements=tuple(sorted(statements, key=lambda s: (-s.confidence, s.source, s.start))),
        events=tuple(sorted(events, key=chronological)),
        key_points=tuple(key_points(sources, actors, statements, events)),
    )


def combine(extractions: Sequence[Extraction], pipeline: Pipeline) -> Extraction:
    """Several sources' extractions as one; actors with the same name become one actor."""
    return Extraction(
        pipeline=pipeline,
        sources=tuple(s for e in extractions for s in e.sources),
        actors=tuple(merge_actors([a for e in extractions for a in e.actors])),
        statements=tuple(s for e in extractions for s in e.statements),
        events=tuple(ev for e in extractions for ev in e.events),
    )


def _latest(sources: Sequence[Source]) -> str | None:
    return max((s.published for s in sources if s.published), default=None)


def marking(sources: Iterable[Source]) -> str:
    """The most restrictive TLP label among the sources (TLP:CLEAR when none has one)."""
    labels = [s.tlp for s in sources if s.tlp in TLP_ORDER]
    return "TLP:" + max(labels, key=TLP_ORDER.index) if labels else "TLP:CLEAR"


def told_as_happened(event: Event, min_confidence: float = 0.0) -> bool:
    """Whether a reader may be shown the event as something that happened: done, or clearly
    intended (`threatened to`, `agreed to`), not denied, and sure enough. Possible, demanded,
    habitual and denied acts stay in the JSON with their modality."""
    return (
        event.modality in ("realised", "intended")
        and not event.negated
        and event.confidence >= min_confidence
    )


def chronological(event: Event) -> tuple[str, str, int]:
    """A sort key: dated events by date, undated ones last, then in reading order."""
    return (event.date or "9999", event.source, event.trigger.start)


def key_points(
    sources: Sequence[Source],
    actors: Sequence[Actor],
    statements: Sequence[Statement],
    events: Sequence[Event],
    limit: int = 4,
) -> list[KeyPoint]:
    """Bottom line up front: the sentences that carry the most salient actors and facts."""
    spans: dict[tuple[str, int], Span] = {}
    scores: dict[tuple[str, int], float] = {}
    items: list[Event | Statement] = [*(e for e in events if told_as_happened(e)), *statements]
    for item in items:
        key = (item.source, item.sentence.start)
        spans[key] = item.sentence
        scores[key] = scores.get(key, 0.0) + item.confidence
    mentioned = _mentions_by_source(actors)
    for key, span in spans.items():
        weight = _actor_weight(mentioned.get(key[0], []), span)
        scores[key] = (scores[key] + weight) * _length_factor(span)
    best = sorted(scores, key=lambda k: -scores[k])[:limit]
    order = {s.id: i for i, s in enumerate(sources)}
    chosen = sorted(best, key=lambda k: (order.get(k[0], 0), k[1]))
    return [KeyPoint(spans[k].text, (k[0],), spans[k], k[0]) for k in chosen]


def _mentions_by_source(actors: Sequence[Actor]) -> dict[str, list[tuple[int, str, float]]]:
    """Each source's actor mentions as (offset, actor, salience), in text order."""
    found: dict[str, list[tuple[int, str, float]]] = {}
    for actor in actors:
        for mention in actor.mentions:
            found.setdefault(mention.source, []).append((mention.start, actor.id, actor.salience))
    for mentions in found.values():
        mentions.sort()
    return found


def _actor_weight(mentions: list[tuple[int, str, float]], sentence: Span) -> float:
    """The salience of every distinct actor the sentence mentions."""
    first = bisect.bisect_left(mentions, (sentence.start, "", 0.0))
    inside: dict[str, float] = {}
    for offset, actor, salience in mentions[first:]:
        if offset >= sentence.end:
            break
        inside[actor] = salience
    return sum(inside.values())


def _length_factor(sentence: Span) -> float:
    return 0.5 if len(sentence.text.split()) > _MAX_KEY_POINT_WORDS else 1.0
