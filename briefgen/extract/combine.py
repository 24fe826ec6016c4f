"""Actor records that name one actor, combined into one: the pieces of a long source here, and
every source's actors when the briefing is assembled; and several sources' extractions as one."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from briefgen.model import Actor, Extraction, Pipeline, slug


def merge_actors(
    actors: Sequence[Actor], renames: Mapping[str, str] | None = None, ignored: Iterable[str] = ()
) -> list[Actor]:
    """One actor per name, after `renames` (old name -> new) and leaving out `ignored` names;
    salience is scaled so the most salient actor has 1.0."""
    renames = renames or {}
    skip = set(ignored)
    groups: dict[str, list[Actor]] = {}
    for actor in actors:
        name = renames.get(actor.name, actor.name)
        if name not in skip and actor.name not in skip:
            groups.setdefault(name, []).append(actor)
    merged = [_merged(name, group) for name, group in groups.items()]
    top = max((a.salience for a in merged), default=1.0) or 1.0
    ranked = (replace(a, salience=round(a.salience / top, 3)) for a in merged)
    return sorted(ranked, key=lambda a: (-a.salience, a.name))


def _merged(name: str, group: list[Actor]) -> Actor:
    main = next((a for a in group if a.name == name), group[0])
    others = [a.name for a in group if a.name != name]
    return Actor(
        id=slug(name),
        name=name,
        type=main.type,
        roles=_fullest(r for a in group for r in a.roles),
        aliases=unique([*others, *(x for a in group for x in a.aliases if x != name)]),
        mentions=tuple(m for a in group for m in a.mentions),
        salience=sum(a.salience for a in group),
        sources=unique(s for a in group for s in a.sources),
        affiliation=next((a.affiliation for a in group if a.affiliation), None),
    )


def _fullest(roles: Iterable[str]) -> tuple[str, ...]:
    """`President` adds nothing to `Russian President`: keep the fullest wording of a role."""
    wordings = unique(roles)
    return tuple(
        r
        for r in wordings
        if not any(o != r and f" {r.lower()} " in f" {o.lower()} " for o in wordings)
    )


def unique(items: Iterable[str]) -> tuple[str, ...]:
    """The items without repeats, in their first order."""
    return tuple(dict.fromkeys(items))


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
