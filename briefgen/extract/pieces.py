"""Long articles in pieces: spaCy's parser needs memory in proportion to a text's length (and
refuses texts over `nlp.max_length`), so a long source is cut at paragraph breaks, each piece
is extracted on its own, and the findings are moved back to offsets in the whole text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from briefgen.extract.combine import merge_actors
from briefgen.extract.events import event_id
from briefgen.extract.statements import statement_id
from briefgen.model import (
    Actor,
    Event,
    Extraction,
    Mention,
    Paragraph,
    Participant,
    Place,
    Source,
    Span,
    Statement,
)

PIECE = 100_000  # characters; spaCy's parser takes about 1 GB per 100,000 at worst


def pieces(source: Source, limit: int | None = None) -> Iterator[tuple[Source, int]]:
    """The source itself if short enough, else consecutive pieces and where each begins."""
    limit = limit or PIECE
    if len(source.text) <= limit:
        yield source, 0
        return
    for start, end in _cuts(source, limit):
        paragraphs = tuple(
            Paragraph(p.kind, max(p.start, start) - start, min(p.end, end) - start)
            for p in source.paragraphs
            if p.start < end and p.end > start
        )
        yield replace(source, text=source.text[start:end], paragraphs=paragraphs), start


def _cuts(source: Source, limit: int) -> Iterator[tuple[int, int]]:
    """Cut points at paragraph ends, or at a space in a paragraph longer than the limit."""
    text, start = source.text, 0
    ends = sorted({p.end for p in source.paragraphs})
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            breaks = [e for e in ends if start < e <= end]
            end = breaks[-1] if breaks else max(text.rfind(" ", start, end), start + 1)
        yield start, end
        start = end


def rejoin(source: Source, found: list[tuple[Extraction, int]]) -> Extraction:
    """The pieces' findings as one extraction with offsets into the whole text."""
    first = found[0][0]
    return Extraction(
        pipeline=first.pipeline,
        sources=(source,),
        actors=tuple(merge_actors([_actor(a, o) for e, o in found for a in e.actors])),
        statements=tuple(_statement(s, o) for e, o in found for s in e.statements),
        events=tuple(_event(v, o) for e, o in found for v in e.events),
        sentences=tuple(
            replace(s, start=s.start + o, end=s.end + o) for e, o in found for s in e.sentences
        ),
        dates=tuple(
            replace(d, start=d.start + o, end=d.end + o) for e, o in found for d in e.dates
        ),
    )


def _span(span: Span, offset: int) -> Span:
    return replace(span, start=span.start + offset, end=span.end + offset)


def _actor(actor: Actor, offset: int) -> Actor:
    mentions = tuple(
        Mention(m.source, m.start + offset, m.end + offset, m.text) for m in actor.mentions
    )
    return replace(actor, mentions=mentions)


def _statement(statement: Statement, offset: int) -> Statement:
    start, end = statement.start + offset, statement.end + offset
    mention = statement.speaker_mention
    return replace(
        statement,
        id=statement_id(statement.source, start, end),
        start=start,
        end=end,
        speaker_mention=_span(mention, offset) if mention else None,
        sentence=_span(statement.sentence, offset),
    )


def _side(side: Participant | Place, offset: int) -> Participant | Place:
    return replace(side, start=side.start + offset, end=side.end + offset)


def _event(event: Event, offset: int) -> Event:
    trigger = _span(event.trigger, offset)
    return replace(
        event,
        id=event_id(event.source, trigger.start),
        trigger=trigger,
        actors=tuple(_side(p, offset) for p in event.actors),  # type: ignore[misc]
        targets=tuple(_side(p, offset) for p in event.targets),  # type: ignore[misc]
        places=tuple(_side(p, offset) for p in event.places),  # type: ignore[misc]
        sentence=_span(event.sentence, offset),
    )
