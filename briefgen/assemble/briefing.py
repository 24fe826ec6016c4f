"""One Briefing from every source's extraction: merged across sources, with its key points."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from briefgen.assemble.key_dates import key_dates
from briefgen.assemble.merge import actor_names, rename_event, rename_statement
from briefgen.assemble.ranking import rank_stories, reporting_period, story_lines
from briefgen.assemble.stories import by_source, tell_stories
from briefgen.extract.combine import merge_actors
from briefgen.model import (
    TLP_ORDER,
    Briefing,
    Event,
    Extraction,
    Pipeline,
    Source,
    Story,
)
from briefgen.model.config import Config


def assemble(
    extractions: list[Extraction],
    config: Config,
    pipeline: Pipeline,
    previous: dict[str, Any] | None = None,
) -> Briefing:
    """Merge across sources and tell the stories: sources are clustered into stories, quotes
    and acts merged within each story (that is where `the same act` is decided), actors
    across the briefing; stories are ranked and the bottom line is one line per top story."""
    merged = combine(extractions, pipeline)
    sources = merged.sources
    unresolved = {s.speaker for s in merged.statements if s.speaker and not s.speaker_id}
    renames = actor_names(merged.actors, config.actors, unresolved)
    actors = merge_actors(merged.actors, renames, config.actors.ignore)
    as_of = config.as_of.isoformat() if config.as_of else _latest(sources)
    told = tell_stories(
        sources,
        actors,
        [rename_statement(s, renames) for s in merged.statements],
        [rename_event(e, renames) for e in merged.events],
        merged.sentences,
    )
    ranked = rank_stories(told, sources, actors, as_of, config.stories, previous)
    statements = [s for t in told for s in t.statements]
    events = [e for t in told for e in t.events]
    stories = with_key_dates(ranked, sources, merged, events)
    return Briefing(
        title=config.title,
        as_of=as_of,
        marking=marking(sources),
        pipeline=pipeline,
        sources=sources,
        actors=tuple(actors),
        statements=tuple(sorted(statements, key=lambda s: (-s.confidence, s.source, s.start))),
        events=tuple(sorted(events, key=chronological)),
        key_points=tuple(story_lines(stories)),
        stories=tuple(stories),
        key_dates=tuple(key_dates(sources, merged.sentences, merged.dates, events, stories)),
        period=reporting_period(sources, as_of),
    )


def combine(extractions: Sequence[Extraction], pipeline: Pipeline) -> Extraction:
    """Several sources' extractions as one; actors with the same name become one actor."""
    return Extraction(
        pipeline=pipeline,
        sources=tuple(s for e in extractions for s in e.sources),
        actors=tuple(merge_actors([a for e in extractions for a in e.actors])),
        statements=tuple(s for e in extractions for s in e.statements),
        events=tuple(ev for e in extractions for ev in e.events),
        sentences=tuple(s for e in extractions for s in e.sentences),
        dates=tuple(d for e in extractions for d in e.dates),
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


def with_key_dates(
    stories: Sequence[Story], sources: Sequence[Source], merged: Extraction, events: Sequence[Event]
) -> list[Story]:
    """Each story with its own chronology, from its own reports."""
    by_id = {s.id: s for s in sources}
    lines, dates, acts = by_source(merged.sentences), by_source(merged.dates), by_source(events)
    found = []
    for story in stories:
        ids = story.sources
        chronology = key_dates(
            [by_id[i] for i in ids],
            [x for i in ids for x in lines.get(i, [])],
            [x for i in ids for x in dates.get(i, [])],
            [x for i in ids for x in acts.get(i, [])],
            [story],
        )
        found.append(replace(story, key_dates=tuple(chronology)))
    return found
