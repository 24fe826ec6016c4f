"""The data that flows through briefgen: Source -> Extraction -> Briefing -> AudienceView.

Every record is a frozen dataclass of plain values; `to_json` gives the shape documented in
DESIGN.md ("The extraction JSON"). No spaCy object ever appears here.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

SCHEMA = "briefgen.extraction/1"
Record = TypeVar("Record")

ParagraphKind = Literal["body", "heading", "caption", "byline"]
ActorType = Literal["person", "organization", "state", "group"]
StatementKind = Literal["direct", "partial", "reported"]
DatePrecision = Literal["day", "month", "year", "reported"]


def to_json(record: Any) -> Any:
    """Plain JSON data for a record; fields whose name starts with `_` stay private."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {
            f.name: to_json(getattr(record, f.name))
            for f in dataclasses.fields(record)
            if not f.name.startswith("_") and f.metadata.get("json", True)
        }
    if isinstance(record, (list, tuple)):
        return [to_json(item) for item in record]
    if isinstance(record, (set, frozenset)):
        return sorted(to_json(item) for item in record)
    if isinstance(record, dict):
        return {key: to_json(value) for key, value in record.items()}
    return record


@dataclass(frozen=True)
class Paragraph:
    kind: ParagraphKind
    start: int
    end: int


@dataclass(frozen=True)
class Source:
    id: str
    path: str
    title: str
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    reliability: str | None = None
    tlp: str | None = None
    text: str = field(default="", metadata={"json": False}, repr=False)
    paragraphs: tuple[Paragraph, ...] = field(default=(), metadata={"json": False}, repr=False)

    def body_text(self) -> str:
        """The text with everything but body paragraphs blanked out, offsets unchanged.

        Captions and headings are never parsed as part of the story's sentences.
        """
        chars = list(self.text)
        for paragraph in self.paragraphs:
            if paragraph.kind != "body":
                chars[paragraph.start : paragraph.end] = " " * (paragraph.end - paragraph.start)
        return "".join(chars)

    def body_paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.kind == "body")

    def kind_at(self, offset: int) -> ParagraphKind | None:
        return next((p.kind for p in self.paragraphs if p.start <= offset < p.end), None)


@dataclass(frozen=True)
class Span:
    """Words in a source's text: `text == source.text[start:end]`."""

    text: str
    start: int
    end: int


def trimmed(text: str, start: int, end: int) -> Span:
    """The span of `text[start:end]` without surrounding white space."""
    inner = text[start:end]
    start += len(inner) - len(inner.lstrip())
    return Span(inner.strip(), start, start + len(inner.strip()))


@dataclass(frozen=True)
class Mention:
    source: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: ActorType
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    salience: float = 0.0
    sources: tuple[str, ...] = ()
    affiliation: str | None = None  # the state or organisation a role is held in


@dataclass(frozen=True)
class Statement:
    id: str
    source: str
    start: int
    end: int
    quote: str
    kind: StatementKind
    speaker: str | None
    speaker_id: str | None
    speaker_mention: Span | None
    cue: str | None
    confidence: float
    sentence: Span
    sources: tuple[str, ...] = ()
    corroboration: int = 1


@dataclass(frozen=True)
class Participant:
    """One side of an event: `name` is the canonical actor, start/end its mention."""

    name: str
    id: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Place:
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    id: str
    source: str
    type: str
    trigger: Span
    actors: tuple[Participant, ...]
    targets: tuple[Participant, ...]
    places: tuple[Place, ...]
    date: str | None
    date_text: str | None
    date_precision: DatePrecision | None
    sentence: Span
    summary: str
    confidence: float
    negated: bool = False
    modality: str | None = None
    sources: tuple[str, ...] = ()
    corroboration: int = 1


@dataclass(frozen=True)
class Pipeline:
    model: str
    version: str
    briefgen: str


@dataclass(frozen=True)
class Extraction:
    """Everything found in a set of sources; the unit of caching and of the `extract` command."""

    pipeline: Pipeline
    sources: tuple[Source, ...]
    actors: tuple[Actor, ...]
    statements: tuple[Statement, ...]
    events: tuple[Event, ...]

    def to_json(self) -> dict[str, Any]:
        return {"schema": SCHEMA, **to_json(self)}


@dataclass(frozen=True)
class Citation:
    """An endnote: the source an item came from and the sentence that says it."""

    number: int
    source: str
    source_number: int
    sentence: str
    reliability: str | None = None  # the source's Admiralty grade, A-F
    credibility: int = 6  # Admiralty 1 (confirmed by other sources) to 6 (cannot be judged)
    corroboration: int = 1


@dataclass(frozen=True)
class KeyPoint:
    text: str
    sources: tuple[str, ...]
    sentence: Span
    source: str


@dataclass(frozen=True)
class Briefing:
    title: str
    as_of: str | None
    marking: str
    pipeline: Pipeline
    sources: tuple[Source, ...]
    actors: tuple[Actor, ...]
    statements: tuple[Statement, ...]
    events: tuple[Event, ...]
    key_points: tuple[KeyPoint, ...]

    def to_json(self) -> dict[str, Any]:
        return {"schema": SCHEMA, **to_json(self)}


@dataclass(frozen=True)
class AudienceView:
    """The briefing cut for one audience, ready for its template."""

    name: str
    title: str
    as_of: str | None
    marking: str
    banner: str | None
    sections: tuple[str, ...]
    sources: tuple[Source, ...]
    actors: tuple[Actor, ...]
    statements: tuple[Statement, ...]
    events: tuple[Event, ...]
    key_points: tuple[KeyPoint, ...]
    citations: tuple[Citation, ...]
    cite: dict[str, int] = field(default_factory=dict)
    notes: tuple[Note, ...] = ()
    changes: Changes | None = None


@dataclass(frozen=True)
class Note:
    """An analyst's note (Markdown, rendered without raw HTML)."""

    title: str
    path: str
    markdown: str
    tlp: str | None = None


@dataclass(frozen=True)
class Changes:
    """What is new since the previous build's briefing."""

    since: str | None
    new: frozenset[str]  # ids of actors, statements and events not in the previous briefing
    new_actors: tuple[str, ...]
    new_statements: int
    new_events: int
    gone_actors: tuple[str, ...]


def from_json(kind: type[Record], data: Any) -> Record:
    """The record a `to_json` result came from; raises ValueError on data of another shape."""
    if not isinstance(data, dict):
        raise ValueError(f"{kind.__name__}: expected an object")
    values = {}
    for name, hint in _field_types(kind):  # type: ignore[arg-type]
        if name in data:
            values[name] = _decode(hint, data[name])
    try:
        return kind(**values)
    except TypeError as exc:
        raise ValueError(f"{kind.__name__}: {exc}") from None


@functools.lru_cache(maxsize=64)
def _field_types(kind: type) -> tuple[tuple[str, Any], ...]:
    """A record's fields and their types (resolved once: this runs for every cached record)."""
    hints = typing.get_type_hints(kind)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(kind))


def _decode(hint: Any, value: Any) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if value is None:
        return None
    if dataclasses.is_dataclass(hint):
        return from_json(hint, value)  # type: ignore[arg-type]
    if origin in (tuple, frozenset):
        return origin(_decode(args[0], item) for item in value)
    if origin is dict:
        return {key: _decode(args[1], item) for key, item in value.items()}
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in args if a is not type(None)]
        return _decode(inner[0], value) if len(inner) == 1 else value
    return value
