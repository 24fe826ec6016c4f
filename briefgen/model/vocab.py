"""The closed vocabularies every stage shares: handling labels, grades, kinds and event types.

Each is a `Literal` used in the records' types, with its members as a tuple in their
defined order, so a label is spelt and ordered in one place only.
"""

from __future__ import annotations

import typing
from typing import Literal

# Traffic Light Protocol 2.0 (FIRST), least to most restrictive.
TLP = Literal["CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"]
TLP_ORDER: tuple[TLP, ...] = typing.get_args(TLP)

# The Admiralty (NATO) source reliability grades, A (completely reliable) to F (cannot be judged).
Reliability = Literal["A", "B", "C", "D", "E", "F"]
RELIABILITY_GRADES: tuple[Reliability, ...] = typing.get_args(Reliability)

ParagraphKind = Literal["body", "heading", "caption", "byline", "dateline", "boilerplate"]
ActorType = Literal["person", "organization", "state", "group"]
StatementKind = Literal["direct", "partial", "reported"]
DatePrecision = Literal["day", "month", "year", "reported"]
# How the text presents an event: done, intended (promised, threatened, agreed to), only
# possible or spoken of (conditional, demanded, planned), or a habit or generalisation.
Modality = Literal["realised", "intended", "hypothetical", "generic"]
# A story against the previous build: not told before, told again with new reports or events,
# or told before with nothing new.
StoryStatus = Literal["new", "developing", "quiet"]

# PLOVER event types as the Open Event Data Alliance's gold records use them, by quad class.
EventType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "INVESTIGATE",
    "DEMAND",
    "DISAPPROVE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
    "FIGHT",
    "CRIME",
]
EVENT_TYPES: tuple[EventType, ...] = typing.get_args(EventType)

QuadClass = Literal[
    "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"
]
QUAD_CLASS: dict[EventType, QuadClass] = {
    "AGREE": "verbal cooperation",
    "CONSULT": "verbal cooperation",
    "SUPPORT": "verbal cooperation",
    "CONCEDE": "verbal cooperation",
    "COOPERATE": "material cooperation",
    "AID": "material cooperation",
    "RETREAT": "material cooperation",
    "INVESTIGATE": "verbal conflict",
    "DEMAND": "verbal conflict",
    "DISAPPROVE": "verbal conflict",
    "REJECT": "verbal conflict",
    "THREATEN": "verbal conflict",
    "PROTEST": "material conflict",
    "SANCTION": "material conflict",
    "MOBILIZE": "material conflict",
    "COERCE": "material conflict",
    "ASSAULT": "material conflict",
    "FIGHT": "material conflict",
    # CRIME is not one of PLOVER's political interactions: it belongs to no quad class.
}
COOPERATIVE: frozenset[EventType] = frozenset(
    kind for kind, quad in QUAD_CLASS.items() if quad.endswith("cooperation")
)
CONFLICTUAL: frozenset[EventType] = frozenset(
    kind for kind, quad in QUAD_CLASS.items() if quad.endswith("conflict")
)

# The sections a briefing template may show, in their usual order.
Section = Literal[
    "summary",
    "stories",
    "index",
    "chronology",
    "changes",
    "pictures",
    "actors",
    "statements",
    "timeline",
    "notes",
    "sources",
    "endnotes",
]
ALL_SECTIONS: tuple[Section, ...] = typing.get_args(Section)

# A full page's timeline ends with the latest acts dated before the reporting period, this
# many: the page cites their sources (assemble), shows them (the template's
# `background_shown`) and pictures them (`AudienceView.acts_shown`).
BACKGROUND_SHOWN = 10
