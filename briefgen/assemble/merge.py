"""Across sources: one actor per entity, one statement per quote, one event per act.

Actors merge by id, then people named by surname alone in one source join the full name
another source gives, then the project's own rules apply (`actors:` in config.yaml: aliases,
merges, ignored names). Statements merge when the same speaker's words match; events when type
and sides match and their dates lie within a few days. A merged item lists every source that
reports it; its corroboration is the number of independent publishers, and its confidence grows
with them, weighted by each source's reliability grade.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TypeVar

from briefgen.extract.combine import unique
from briefgen.model import Actor, Event, Participant, Source, Statement, slug
from briefgen.model.config import ActorRules

# How much a report from a source of each Admiralty grade is worth; ungraded sources as C.
RELIABILITY = {"A": 1.0, "B": 0.9, "C": 0.75, "D": 0.6, "E": 0.4, "F": 0.75}
CLOSE_DAYS = 3
_SAME_WORDS = 0.8
Item = TypeVar("Item", Statement, Event)


def actor_names(
    actors: Sequence[Actor], rules: ActorRules, speakers: Iterable[str] = ()
) -> dict[str, str]:
    """Every name that should become another: surnames (of actors, and of speakers no
    actor was found for), aliases, merges."""
    renames = _surnames(actors, speakers)
    for canonical, aliases in rules.aliases.items():
        for alias in aliases:
            renames[alias] = canonical
    renames.update(rules.merge)
    for actor in actors:
        for alias in actor.aliases:
            if alias in renames and actor.name not in renames:
                renames[actor.name] = renames[alias]
    return {old: _final(new, renames) for old, new in renames.items() if old != new}


def _surnames(actors: Sequence[Actor], speakers: Iterable[str]) -> dict[str, str]:
    """`Putin` in one source, `Vladimir Putin` in another: the same person."""
    people = [a.name for a in actors if a.type == "person"]
    longer: dict[str, set[str]] = {}  # `Barth Eide`, `Eide` -> {`Espen Barth Eide`}
    for name in people:
        words = name.split()
        for cut in range(1, len(words)):
            longer.setdefault(" ".join(words[cut:]), set()).add(name)
    renames = {}
    for name in [*people, *speakers]:
        fuller = longer.get(name, set())
        if len(fuller) == 1:
            renames[name] = next(iter(fuller))
    return renames


def _final(name: str, renames: dict[str, str]) -> str:
    seen = {name}
    while name in renames and renames[name] not in seen:
        name = renames[name]
        seen.add(name)
    return name


def rename_statement(statement: Statement, renames: dict[str, str]) -> Statement:
    if statement.speaker not in renames:
        return statement
    name = renames[statement.speaker]
    return replace(statement, speaker=name, speaker_id=slug(name))


def rename_event(event: Event, renames: dict[str, str]) -> Event:
    def side(participants: tuple[Participant, ...]) -> tuple[Participant, ...]:
        return tuple(_rename_side(p, renames) for p in participants)

    return replace(event, actors=side(event.actors), targets=side(event.targets))


def _rename_side(side: Participant, renames: dict[str, str]) -> Participant:
    if side.name not in renames:
        return side
    return replace(side, name=renames[side.name], id=slug(renames[side.name]))


def merge_statements(statements: Sequence[Statement], sources: Sequence[Source]) -> list[Statement]:
    by_id = {s.id: s for s in sources}
    groups = _groups(statements, _same_statement, _speaker_bucket)
    return [_combined(group, by_id) for group in groups]


def merge_events(events: Sequence[Event], sources: Sequence[Source]) -> list[Event]:
    by_id = {s.id: s for s in sources}
    groups = _groups(events, _same_event, _event_bucket)
    return [_agreed_date(_combined(group, by_id), group) for group in groups]


def _groups(
    items: Sequence[Item], same: Callable[[Item, Item], bool], bucket: Callable[[Item], object]
) -> list[list[Item]]:
    """Items reporting one fact, together; only items in one bucket are compared, which keeps
    thousands of sources fast."""
    buckets: dict[object, list[list[Item]]] = {}
    groups: list[list[Item]] = []
    for item in items:
        candidates = buckets.setdefault(bucket(item), [])
        group = next((g for g in candidates if same(g[0], item)), None)
        if group is None:
            group = [item]
            candidates.append(group)
            groups.append(group)
        else:
            group.append(item)
    return groups


def _combined(group: list[Item], sources: dict[str, Source]) -> Item:
    best = max(group, key=lambda i: i.confidence)
    reporting = unique(s for item in group for s in (item.sources or (item.source,)))
    publishers = {_publisher(sources.get(s), s) for s in reporting}
    doubt = 1.0
    for item in group:
        doubt *= 1.0 - item.confidence * _reliability(sources.get(item.source))
    confidence = max(best.confidence, 1.0 - doubt)
    return replace(
        best, sources=reporting, corroboration=len(publishers), confidence=round(confidence, 3)
    )


def _publisher(source: Source | None, source_id: str) -> str:
    return (source.publisher or source.id) if source else source_id


def _reliability(source: Source | None) -> float:
    grade = source.reliability if source else None
    return RELIABILITY.get(grade or "C", RELIABILITY["C"])


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower()))


def _same_statement(a: Statement, b: Statement) -> bool:
    """Same speaker (where both are known) and the same words, give or take a few."""
    if a.speaker_id and b.speaker_id and a.speaker_id != b.speaker_id:
        return False
    if not (a.speaker_id and b.speaker_id) and a.speaker != b.speaker:
        return False
    first, second = _words(a.quote), _words(b.quote)
    if not first or not second:
        return False
    return len(first & second) / min(len(first), len(second)) >= _SAME_WORDS


def _speaker_bucket(statement: Statement) -> str:
    """Quotes can only be the same if their speakers share a surname."""
    return (statement.speaker or "").split()[-1].lower() if statement.speaker else ""


def _event_bucket(event: Event) -> tuple[str, frozenset[str]]:
    return (event.type, _side_key(event.actors))


def _same_event(a: Event, b: Event) -> bool:
    """Same type and doers, dates close, and targets that agree: the same, or one report
    does not name the target another gives (`shelled Huaquillas` and `shelled the Ecuadorean
    town of Huaquillas`)."""
    targets = (_side_key(a.targets), _side_key(b.targets))
    return (
        a.type == b.type
        and _side_key(a.actors) == _side_key(b.actors)
        and (targets[0] == targets[1] or not targets[0] or not targets[1])
        and _close(_exact_date(a), _exact_date(b))
    )


def _exact_date(event: Event) -> str | None:
    """The date the text gives; a report's publication date says little about the act's."""
    return event.date if event.date_precision not in (None, "reported") else None


def _side_key(sides: tuple[Participant, ...]) -> frozenset[str]:
    return frozenset(p.id or p.name.lower() for p in sides)


def _close(first: str | None, second: str | None) -> bool:
    """Undated or month-precise reports match; exact dates must lie within a few days."""
    if not first or not second or len(first) < 10 or len(second) < 10:
        return True
    gap = dt.date.fromisoformat(first) - dt.date.fromisoformat(second)
    return abs(gap.days) <= CLOSE_DAYS


def _agreed_date(event: Event, reports: list[Event]) -> Event:
    """The date most reports give (the earliest among equals): one outlet's slip is outvoted."""
    dated = Counter(r.date for r in reports if r.date and r.date_precision != "reported")
    if not dated:
        return event
    date = min(dated, key=lambda d: (-dated[d], d))
    source = next(r for r in reports if r.date == date)
    return replace(
        event, date=date, date_text=source.date_text, date_precision=source.date_precision
    )
