"""What changed since the last build: the previous `briefing.json` against the new briefing.

Items are compared by what they say, not by their ids: an actor by its id (its name), a
statement by its speaker and words, an event by its type and sides. A quote newly carried by a
second outlet is not new; a quote nobody reported before is.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from briefgen.model import Briefing, Changes, Event, Statement

log = logging.getLogger(__name__)


def read_previous(path: Path) -> dict[str, Any] | None:
    """The previous build's briefing, or None (first build, or a file we cannot read)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("%s: ignoring the previous briefing: %s", path, exc)
        return None
    return data if isinstance(data, dict) else None


def changes_since(previous: dict[str, Any] | None, briefing: Briefing) -> Changes | None:
    if previous is None:
        return None
    old_actors = {a.get("id") for a in previous.get("actors", [])}
    old_statements = {
        _statement_key(s.get("speaker"), s.get("quote")) for s in previous.get("statements", [])
    }
    old_events = {
        _event_key(e.get("type"), e.get("actors"), e.get("targets"))
        for e in previous.get("events", [])
    }
    actors = [a for a in briefing.actors if a.id not in old_actors]
    statements = [s for s in briefing.statements if _said(s) not in old_statements]
    events = [e for e in briefing.events if _done(e) not in old_events]
    current = {a.id for a in briefing.actors}
    gone = [a.get("name", "") for a in previous.get("actors", []) if a.get("id") not in current]
    return Changes(
        since=previous.get("as_of"),
        new=frozenset(
            [*(a.id for a in actors), *(s.id for s in statements), *(e.id for e in events)]
        ),
        new_actors=tuple(a.name for a in actors),
        new_statements=len(statements),
        new_events=len(events),
        gone_actors=tuple(sorted(gone)),
        **_stories_by_status(briefing),
    )


def _stories_by_status(briefing: Briefing) -> dict[str, tuple[tuple[str, str], ...]]:
    """The stories shown, as (id, headline), by their status against the last build."""
    found: dict[str, list[tuple[str, str]]] = {"new": [], "developing": [], "quiet": []}
    for story in briefing.stories:
        if story.status and not story.hidden:
            found[story.status].append((story.id, story.headline))
    return {f"{status}_stories": tuple(stories) for status, stories in found.items()}


def within(changes: Changes | None, briefing: Briefing) -> Changes | None:
    """The changes an audience's cut can show: only items it contains."""
    if changes is None:
        return None
    ids = {a.id for a in briefing.actors} | {s.id for s in briefing.statements}
    ids |= {e.id for e in briefing.events}
    names = {a.name for a in briefing.actors}
    new = changes.new & ids
    return Changes(
        since=changes.since,
        new=frozenset(new),
        new_actors=tuple(n for n in changes.new_actors if n in names),
        new_statements=sum(1 for s in briefing.statements if s.id in new),
        new_events=sum(1 for e in briefing.events if e.id in new),
        gone_actors=(),
        **_stories_by_status(briefing),
    )


def _said(statement: Statement) -> tuple[str, str]:
    return _statement_key(statement.speaker, statement.quote)


def _done(event: Event) -> tuple[str, ...]:
    return _event_key(event.type, event.actors, event.targets)


def _statement_key(speaker: Any, quote: Any) -> tuple[str, str]:
    return (str(speaker or "").lower(), " ".join(re.findall(r"\w+", str(quote or "").lower())))


def _event_key(
    kind: Any, actors: Iterable[Any] | None, targets: Iterable[Any] | None
) -> tuple[str, ...]:
    return (str(kind), _names(actors), _names(targets))


def _names(sides: Iterable[Any] | None) -> str:
    names = (s.name if hasattr(s, "name") else str(s.get("name", "")) for s in sides or ())
    return ",".join(sorted(n.lower() for n in names))
