"""Which story matters most: the rank docs/stories.md explains to analysts.

A story's score is a weighted sum of five signals, each between 0 and 1: how many independent
publishers report it, how reliable they are, how recent its last report is against the
briefing's date, how salient its actors and acts are, and how new it is against the previous
build. Stories the project pins come first in the order given; hidden ones last, kept in the
JSON but off the pages.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from briefgen.assemble.merge import RELIABILITY, publishers
from briefgen.assemble.stories import Told, recency, story_id
from briefgen.model import Actor, KeyPoint, Source, Story, StoryStatus
from briefgen.model.config import StoryRules

WEIGHTS = {
    "corroboration": 0.30,
    "reliability": 0.10,
    "recency": 0.20,
    "salience": 0.30,
    "novelty": 0.10,
}
NOVELTY: dict[StoryStatus | None, float] = {
    None: 1.0,
    "new": 1.0,
    "developing": 0.7,
    "quiet": 0.2,
}
_SALIENT_EVENTS = 5  # acts told as done that make a story's acts count in full


def rank_stories(
    told: Sequence[Told],
    sources: Sequence[Source],
    actors: Sequence[Actor],
    as_of: str | None,
    rules: StoryRules,
    previous: dict[str, Any] | None = None,
) -> list[Story]:
    by_id = {s.id: s for s in sources}
    salience = {a.id: a.salience for a in actors}
    earlier = _previous_reports(previous)
    stories = []
    for story in told:
        first = min(story.sources, key=lambda s: (by_id[s].published or "9999", s))
        dates = sorted(d for d in (by_id[s].published for s in story.sources) if d)
        status = _status(story, earlier)
        signals = {
            "corroboration": min(1.0, math.log2(1 + publishers(story.sources, by_id)) / 2),
            "reliability": _reliability(story.sources, by_id),
            "recency": recency(dates[-1] if dates else None, as_of),
            "salience": _salience(story, salience),
            "novelty": NOVELTY[status],
        }
        identity = story_id(first)
        stories.append(
            Story(
                id=identity,
                rank=0,
                headline=story.headline,
                headline_source=story.headline_source,
                summary=story.summary,
                sources=story.sources,
                actors=story.actors,
                statements=tuple(s.id for s in story.statements),
                events=tuple(e.id for e in story.events),
                corroboration=publishers(story.sources, by_id),
                first_reported=dates[0] if dates else None,
                last_reported=dates[-1] if dates else None,
                score=round(sum(WEIGHTS[k] * v for k, v in signals.items()), 4),
                status=status,
                pinned=_named(identity, story.headline, rules.pin) is not None,
                hidden=_named(identity, story.headline, rules.hide) is not None,
            )
        )
    ordered = sorted(stories, key=lambda s: _order(s, rules))
    return [_ranked(s, k + 1) for k, s in enumerate(ordered)]


def _ranked(story: Story, rank: int) -> Story:
    return replace(story, rank=rank)


def _order(story: Story, rules: StoryRules) -> tuple[int, int, float, str]:
    pin = _named(story.id, story.headline, rules.pin)
    return (
        story.hidden,
        pin if pin is not None else len(rules.pin),
        -story.score,
        story.id,
    )


def _named(identity: str, headline: str, names: Sequence[str]) -> int | None:
    """The position of the first rule naming the story by id or by a word of its headline."""
    words = {w.lower() for w in re.findall(r"\w+", headline)}
    for position, name in enumerate(names):
        if name == identity or name.lower() in words:
            return position
    return None


def _reliability(ids: Sequence[str], sources: dict[str, Source]) -> float:
    grades = [RELIABILITY.get(sources[i].reliability or "C", RELIABILITY["C"]) for i in ids]
    return sum(grades) / len(grades)


def _salience(story: Told, salience: dict[str, float]) -> float:
    """The story's three most salient actors, and how many acts it tells as done."""
    top = sorted((salience.get(a, 0.0) for a in story.actors), reverse=True)[:3]
    actors = sum(top) / 3
    done = sum(1 for e in story.events if e.modality == "realised" and not e.negated and e.actors)
    return 0.5 * actors + 0.5 * min(1.0, done / _SALIENT_EVENTS)


def _previous_reports(previous: dict[str, Any] | None) -> dict[str, set[str]] | None:
    """The previous build's sources and act keys, or None on a first build."""
    if previous is None:
        return None
    sources = {str(s.get("id")) for s in previous.get("sources", []) if isinstance(s, dict)}
    events = {str(e.get("summary")) for e in previous.get("events", []) if isinstance(e, dict)}
    return {"sources": sources, "events": events}


def _status(story: Told, earlier: dict[str, set[str]] | None) -> StoryStatus | None:
    """New: none of its reports was in the last build; developing: new reports or new acts;
    quiet: nothing new."""
    if earlier is None:
        return None
    known = [s for s in story.sources if s in earlier["sources"]]
    if not known:
        return "new"
    fresh_acts = any(e.summary not in earlier["events"] for e in story.events)
    return "developing" if len(known) < len(story.sources) or fresh_acts else "quiet"


def story_lines(stories: Sequence[Story]) -> list[KeyPoint]:
    """The bottom line up front: one line per story shown, in rank order."""
    return [s.summary[0] for s in stories if s.summary and not s.hidden]


def reporting_period(sources: Sequence[Source], as_of: str | None) -> tuple[str, str] | None:
    """From the earliest report to the latest (or the briefing's date); None when no source
    says when it was published."""
    dates = sorted(s.published for s in sources if s.published)
    if not dates:
        return None
    return dates[0], max(dates[-1], as_of or dates[-1])
