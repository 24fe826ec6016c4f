"""One Briefing from every source's extraction: merged across sources, with its key points."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from briefgen.assemble.key_dates import key_dates
from briefgen.assemble.merge import actor_names, rename_event, rename_statement
from briefgen.assemble.ranking import rank_stories, reporting_period, story_lines
from briefgen.assemble.shown import chronological, marking
from briefgen.assemble.stories import by_source, tell_stories
from briefgen.extract.combine import combine, merge_actors
from briefgen.logs import timed
from briefgen.model import (
    Actor,
    Briefing,
    Event,
    Extraction,
    Pipeline,
    Source,
    Story,
)
from briefgen.model.config import Config

log = logging.getLogger(__name__)


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
    with timed(log, "merged the actors of %d sources", len(sources)):
        unresolved = {s.speaker for s in merged.statements if s.speaker and not s.speaker_id}
        renames = actor_names(merged.actors, config.actors, unresolved)
        actors = merge_actors(merged.actors, renames, config.actors.ignore)
        places = _places(merged.events)
        outlet_of = {s.id: s.publisher.casefold() for s in sources if s.publisher}
        actors = [a for a in actors if not (_a_place(a, places) or _the_outlet(a, outlet_of))]
    as_of = config.as_of.isoformat() if config.as_of else _latest(sources)
    with timed(log, "told and ranked the stories"):
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
    with timed(log, "found the key dates of the briefing and of %d stories", len(ranked)):
        stories = with_key_dates(ranked, sources, merged, events)
        days = key_dates(sources, merged.sentences, merged.dates, events, stories)
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
        key_dates=tuple(days),
        period=reporting_period(sources, as_of),
    )


def _latest(sources: Sequence[Source]) -> str | None:
    return max((s.published for s in sources if s.published), default=None)


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


def _places(events: Sequence[Event]) -> frozenset[str]:
    """The names of the places where the sources' acts happen."""
    return frozenset(place.name for event in events for place in event.places)


def _a_place(actor: Actor, places: frozenset[str]) -> bool:
    """A name the tagger took for a person's in some reports that others name as the place of
    an act (`fighting in Misrata`, `Misrata has been under siege`): a town, unless a title
    says otherwise (`President Obama`). Descriptions (`a sea port under rebel control`) are
    no title: they are written in lower case."""
    titled = any(role[:1].isupper() for role in actor.roles)
    return actor.type == "person" and actor.name in places and not titled


def _the_outlet(actor: Actor, outlet_of: dict[str, str]) -> bool:
    """An organisation named only in reports it published itself (`TRIPOLI (Reuters) -`,
    `told Reuters`, `Views expressed … do not represent those of Reuters`): the outlet that
    reports, not an actor in what it reports. Named by another outlet, it stays one."""
    names = {name.casefold() for name in (actor.name, *actor.aliases)}
    return (
        actor.type == "organization"
        and bool(actor.sources)
        and all(outlet_of.get(source) in names for source in actor.sources)
    )
