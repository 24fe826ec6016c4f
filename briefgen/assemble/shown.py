"""What a reader is shown of a briefing: its marking, which acts read as done, in what order.

Kept apart from the assembly (and its scikit-learn) so that rendering an audience's cut, in a
worker process, imports only what it uses.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefgen.model import TLP_ORDER, Event, Source


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
