"""The data that flows through briefgen: Source -> Extraction -> Briefing -> AudienceView.

Every record is a frozen dataclass of plain values; `to_json` gives the shape documented in
DESIGN.md ("The extraction JSON"). No spaCy object ever appears here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from briefgen.model.serial import to_json
from briefgen.model.vocab import (
    BACKGROUND_SHOWN,
    TLP,
    ActorType,
    DatePrecision,
    EventType,
    Modality,
    ParagraphKind,
    Reliability,
    StatementKind,
    StoryStatus,
)

SCHEMA = "briefgen.extraction/1"


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
    reliability: Reliability | None = None
    tlp: TLP | None = None
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

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph that holds the character at `offset` (paragraphs are in text order)."""
        found = bisect.bisect_right(self.paragraphs, offset, key=lambda p: p.start) - 1
        paragraph = self.paragraphs[found] if found >= 0 else None
        return paragraph if paragraph is not None and offset < paragraph.end else None

    def kind_at(self, offset: int) -> ParagraphKind | None:
        paragraph = self.paragraph_at(offset)
        return paragraph.kind if paragraph else None

    def span_in_paragraph(self, start: int, end: int) -> Span:
        """`text[start:end]` without white space around it, cut at the end of the paragraph
        it begins in: paragraphs are hard boundaries for every span."""
        begin = trimmed(self.text, start, end).start
        paragraph = self.paragraph_at(begin)
        if paragraph is not None:
            end = min(end, paragraph.end)
        return trimmed(self.text, begin, max(begin, end))


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


def slug(name: str) -> str:
    """The stable actor id of a canonical name: `Vladimir Putin` -> `vladimir-putin`."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("’", "").replace("'", "")).strip("-")


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
    type: EventType
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
    modality: Modality = "realised"
    sources: tuple[str, ...] = ()
    corroboration: int = 1
    # What the confidence rests on: the names of the signals that held (docs/events.md).
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """Where one body sentence of a source lies (the parser's segmentation, cut at paragraph
    ends): story summaries and key dates choose among these."""

    source: str
    start: int
    end: int


@dataclass(frozen=True)
class DateReference:
    """A date the text names (`on Monday`, `April 20`), normalised against the report's
    publication date: key dates count the sentences that refer to each day."""

    source: str
    start: int
    end: int
    text: str
    date: str
    precision: DatePrecision


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
    sentences: tuple[Sentence, ...] = ()
    dates: tuple[DateReference, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"schema": SCHEMA, **to_json(self)}


@dataclass(frozen=True)
class Citation:
    """An endnote: the source an item came from and the sentence that says it."""

    number: int
    source: str
    source_number: int
    sentence: str
    reliability: Reliability | None = None  # the source's Admiralty grade
    credibility: int = 6  # Admiralty 1 (confirmed by other sources) to 6 (cannot be judged)
    corroboration: int = 1
    # The characters of `sentence` the page shows with the item it cites (a story's line, a
    # statement's quote): the endnote leaves them out rather than say them twice.
    shown: tuple[int, int] | None = None


@dataclass(frozen=True)
class KeyPoint:
    text: str
    sources: tuple[str, ...]
    sentence: Span
    source: str


@dataclass(frozen=True)
class KeyDate:
    """A day that mattered, said in sentences from the reporting (docs/key-dates.md)."""

    date: str
    summary: tuple[str, ...]  # the sentences, the most telling first
    sentences: tuple[KeyPoint, ...]  # where each summary sentence comes from
    sources: tuple[str, ...]  # the reports that refer to the day or were published on it
    events: tuple[str, ...]  # ids of acts dated to the day, told as done
    stories: tuple[str, ...]  # the stories those reports belong to
    score: float


@dataclass(frozen=True)
class Story:
    """One real-world development, told by one or more sources (docs/stories.md)."""

    id: str
    rank: int
    headline: str
    headline_source: str  # the most central report, whose title is the headline
    summary: tuple[KeyPoint, ...]  # one to three sentences from the sources, by centrality
    sources: tuple[str, ...]  # most central first
    actors: tuple[str, ...]  # actor ids, most mentioned in the story first
    statements: tuple[str, ...]  # statement ids, surest first
    events: tuple[str, ...]  # event ids, in date order
    corroboration: int  # independent publishers
    first_reported: str | None
    last_reported: str | None
    score: float
    status: StoryStatus | None = None  # against the previous build; None on a first build
    key_dates: tuple[KeyDate, ...] = ()
    pinned: bool = False
    hidden: bool = False


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
    stories: tuple[Story, ...] = ()
    key_dates: tuple[KeyDate, ...] = ()  # the chronology, most important day first
    # The reporting period: the earliest and latest publication dates among the sources.
    period: tuple[str, str] | None = None

    def to_json(self) -> dict[str, Any]:
        return {"schema": SCHEMA, **to_json(self)}


@dataclass(frozen=True)
class StoryView:
    """A story as an audience's page shows it: its record and the items it holds."""

    story: Story
    summary: tuple[KeyPoint, ...]  # the story's summary, as many sentences as the page takes
    statements: tuple[Statement, ...]  # surest first
    events: tuple[Event, ...]  # told as done, in the reporting period, by date
    background: tuple[Event, ...]  # told as done, dated before the reporting period
    sources: tuple[Source, ...]  # most central first


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
    stories: tuple[StoryView, ...] = ()  # the top stories, by rank
    other_stories: tuple[Story, ...] = ()  # the rest, for the index
    # Print lists the first other stories only (limits.index): how many it leaves out, from
    # the last, and how many sources, from the last, only those cite.
    unprinted_stories: int = 0
    unprinted_sources: int = 0
    background: tuple[Event, ...] = ()  # acts dated before the reporting period
    period: tuple[str, str] | None = None
    key_dates: tuple[KeyDate, ...] = ()  # the most important days, in date order

    @property
    def acts_shown(self) -> tuple[Event, ...]:
        """Every act the page shows, each once: the timeline's, the latest of its background,
        then each top story's (an undated folder's acts are in its stories alone)."""
        stories = (e for view in self.stories for e in (*view.events, *view.background))
        return _each_once((*self.events, *self.background[-BACKGROUND_SHOWN:], *stories))

    @property
    def statements_shown(self) -> tuple[Statement, ...]:
        """Every statement the page shows, each once: its own section's, then each top
        story's."""
        stories = (st for view in self.stories for st in view.statements)
        return _each_once((*self.statements, *stories))


_Item = TypeVar("_Item", Event, Statement)


def _each_once(items: Iterable[_Item]) -> tuple[_Item, ...]:
    first: dict[str, _Item] = {}
    for item in items:
        first.setdefault(item.id, item)
    return tuple(first.values())


@dataclass(frozen=True)
class Note:
    """An analyst's note (Markdown, rendered without raw HTML)."""

    title: str
    path: str
    markdown: str
    tlp: TLP | None = None


@dataclass(frozen=True)
class Changes:
    """What is new since the previous build's briefing."""

    since: str | None
    new: frozenset[str]  # ids of actors, statements and events not in the previous briefing
    new_actors: tuple[str, ...]
    new_statements: int
    new_events: int
    gone_actors: tuple[str, ...]
    # Stories by their status against the last build, as (id, headline) in rank order.
    new_stories: tuple[tuple[str, str], ...] = ()
    developing_stories: tuple[tuple[str, str], ...] = ()
    quiet_stories: tuple[tuple[str, str], ...] = ()
