"""Assemble one Briefing from every source's extraction, and cut it per audience."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import TypeVar

from briefgen.config import TLP_ORDER, Audience, Config
from briefgen.extract.run import combine
from briefgen.merge import (
    actor_names,
    merge_events,
    merge_statements,
    rename_actors,
    rename_event,
    rename_statement,
)
from briefgen.model import (
    Actor,
    AudienceView,
    Briefing,
    Changes,
    Citation,
    Event,
    Extraction,
    KeyPoint,
    Note,
    Pipeline,
    Source,
    Span,
    Statement,
)

_MAX_KEY_POINT_WORDS = 45
Item = TypeVar("Item", Statement, Event)


def assemble(extractions: list[Extraction], config: Config, pipeline: Pipeline) -> Briefing:
    """Merge across sources: one actor per entity, one statement or event per reported fact."""
    merged = combine(extractions, pipeline)
    sources = merged.sources
    unresolved = {s.speaker for s in merged.statements if s.speaker and not s.speaker_id}
    renames = actor_names(merged.actors, config.actors, unresolved)
    actors = rename_actors(merged.actors, renames, config.actors.ignore)
    statements = merge_statements(
        [rename_statement(s, renames) for s in merged.statements], sources
    )
    events = merge_events([rename_event(e, renames) for e in merged.events], sources)
    return Briefing(
        title=config.title,
        as_of=config.as_of.isoformat() if config.as_of else _latest(sources),
        marking=_marking(sources),
        pipeline=pipeline,
        sources=sources,
        actors=tuple(actors),
        statements=tuple(sorted(statements, key=lambda s: (-s.confidence, s.source, s.start))),
        events=tuple(sorted(events, key=_chronological)),
        key_points=tuple(key_points(sources, actors, statements, events)),
    )


def _latest(sources: Sequence[Source]) -> str | None:
    return max((s.published for s in sources if s.published), default=None)


def _marking(sources: Iterable[Source]) -> str:
    labels = [s.tlp for s in sources if s.tlp in TLP_ORDER]
    return "TLP:" + max(labels, key=TLP_ORDER.index) if labels else "TLP:CLEAR"


def _chronological(event: Event) -> tuple[str, str, int]:
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
    items: list[Event | Statement] = [*events, *statements]
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


def releasable(extractions: Sequence[Extraction], audience: Audience) -> list[Extraction]:
    """The sources an audience may draw on: at or below its TLP ceiling. Its briefing is
    assembled from these alone, so nothing from a source above the ceiling can reach it."""
    ceiling = TLP_ORDER.index(audience.tlp)
    return [e for e in extractions if all(_rank(s) <= ceiling for s in e.sources)]


def _rank(source: Source) -> int:
    """A source without a known label counts as the most restrictive."""
    return TLP_ORDER.index(source.tlp) if source.tlp in TLP_ORDER else len(TLP_ORDER) - 1


def select(
    briefing: Briefing,
    name: str,
    audience: Audience,
    config: Config,
    notes: Sequence[Note] = (),
    changes: Changes | None = None,
) -> AudienceView:
    """One audience's cut of a briefing assembled from its releasable sources."""
    limits = audience.limits
    statements = list(briefing.statements[: limits.statements])
    events = _top_events(_with_actor(briefing.events), limits.events)
    actors = list(briefing.actors[: limits.actors])
    points = list(briefing.key_points[: limits.key_points])
    used = _used_sources(briefing.sources, actors, statements, events, points)
    allowed_notes = tuple(
        n for n in notes if _note_rank(n, config) <= TLP_ORDER.index(audience.tlp)
    )
    citations, cite = _citations(briefing.sources, used, points, actors, statements, events)
    labels = [*used, *(_note_source(n, config) for n in allowed_notes)]
    return AudienceView(
        name=name,
        title=briefing.title,
        as_of=briefing.as_of,
        marking=_marking(labels) if labels else "TLP:" + audience.tlp,
        banner=audience.banner or config.banner,
        sections=tuple(audience.sections),
        sources=tuple(used),
        actors=tuple(actors),
        statements=tuple(statements),
        events=tuple(events),
        key_points=tuple(points),
        citations=tuple(citations),
        cite=cite,
        notes=allowed_notes,
        changes=changes,
    )


def _note_rank(note: Note, config: Config) -> int:
    return TLP_ORDER.index(note.tlp or config.default_tlp)


def _note_source(note: Note, config: Config) -> Source:
    """A note marks the briefing like a source does."""
    return Source(
        id=note.path, path=note.path, title=note.title, tlp=note.tlp or config.default_tlp
    )


def _with_actor(events: Sequence[Event]) -> list[Event]:
    """A timeline entry says who acted; events known only by their target stay in the JSON."""
    return [e for e in events if e.actors]


def _top_events(events: list[Event], limit: int) -> list[Event]:
    chosen = sorted(events, key=lambda e: -e.confidence)[:limit]
    return sorted(chosen, key=_chronological)


def _used_sources(
    sources: Sequence[Source],
    actors: list[Actor],
    statements: list[Statement],
    events: list[Event],
    points: list[KeyPoint],
) -> list[Source]:
    used = {m.source for a in actors for m in a.mentions[:1]}
    used |= {s for item in statements for s in item.sources}
    used |= {s for item in events for s in item.sources}
    used |= {p.source for p in points}
    return [s for s in sources if s.id in used]


def _citations(
    sources: Sequence[Source],
    used: list[Source],
    points: list[KeyPoint],
    actors: list[Actor],
    statements: list[Statement],
    events: list[Event],
) -> tuple[list[Citation], dict[str, int]]:
    """Numbered endnotes, one per item, in the order the briefing shows them."""
    by_id = {s.id: s for s in sources}
    entries: list[tuple[str, str, str, int]] = [
        (f"kp-{i}", p.source, p.sentence.text, len(p.sources)) for i, p in enumerate(points)
    ]
    for actor in actors:
        first = actor.mentions[0]
        sentence = _sentence_around(by_id[first.source], first.start)
        entries.append((actor.id, first.source, sentence, _publishers(actor.sources, by_id)))
    entries += [(s.id, s.source, s.sentence.text, s.corroboration) for s in statements]
    entries += [(e.id, e.source, e.sentence.text, e.corroboration) for e in events]
    number_of = {s.id: i + 1 for i, s in enumerate(used)}
    citations: list[Citation] = []
    cite: dict[str, int] = {}
    for key, source, sentence, corroboration in entries:
        grade = by_id[source].reliability if source in by_id else None
        citation = Citation(
            number=len(citations) + 1,
            source=source,
            source_number=number_of.get(source, 0),
            sentence=sentence,
            reliability=grade,
            credibility=credibility(corroboration, grade),
            corroboration=corroboration,
        )
        citations.append(citation)
        cite[key] = citation.number
    return citations, cite


def _publishers(source_ids: Sequence[str], sources: dict[str, Source]) -> int:
    return len({(sources[s].publisher or s) if s in sources else s for s in source_ids}) or 1


def credibility(corroboration: int, reliability: str | None) -> int:
    """Admiralty credibility: 1 confirmed by other sources, 2 probably true, 3 possibly true,
    4 doubtful, 6 truth cannot be judged; a single report counts by its source's grade."""
    if corroboration >= 3:
        return 1
    if corroboration == 2:
        return 2
    if reliability in ("A", "B", "C"):
        return 3
    if reliability in ("D", "E"):
        return 4
    return 6


def _sentence_around(source: Source, offset: int) -> str:
    """The sentence of the source's text that holds `offset` (for an actor's first mention)."""
    paragraph = next((p for p in source.paragraphs if p.start <= offset < p.end), None)
    start, end = (paragraph.start, paragraph.end) if paragraph else (0, len(source.text))
    text = source.text
    before = max((m.end() for m in re.finditer(r"[.!?][”\"’]?\s+", text[start:offset])), default=0)
    after = re.search(r"[.!?][”\"’]?(?=\s|$)", text[offset:end])
    stop = offset + after.end() if after else end
    return text[start + before : stop].strip()
