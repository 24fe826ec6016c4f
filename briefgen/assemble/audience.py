"""Cutting the briefing per audience: what it may draw on, how much it shows, its endnotes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from briefgen.assemble.merge import publishers
from briefgen.assemble.shown import chronological, marking, told_as_happened
from briefgen.model import (
    TLP_ORDER,
    Actor,
    AudienceView,
    Briefing,
    Changes,
    Citation,
    Event,
    Extraction,
    KeyDate,
    KeyPoint,
    Note,
    Source,
    Statement,
    Story,
    StoryView,
)
from briefgen.model.config import Audience, Config, Limits
from briefgen.model.vocab import BACKGROUND_SHOWN

# How far before its publication a report's news may lie: `last Tuesday` is news, a date in
# an earlier month or year is background.
NEWS_DAYS = 7


def releasable(extractions: Sequence[Extraction], audience: Audience) -> list[Extraction]:
    """The sources an audience may draw on: at or below its TLP ceiling. Its briefing is
    assembled from these alone, so nothing from a source above the ceiling can reach it."""
    ceiling = TLP_ORDER.index(audience.tlp)
    return [e for e in extractions if all(_rank(s) <= ceiling for s in e.sources)]


def _rank(source: Source) -> int:
    """A source without a known label counts as the most restrictive."""
    return TLP_ORDER.index(source.tlp) if source.tlp in TLP_ORDER else len(TLP_ORDER) - 1


def select(
    briefing: Briefing,
    name: str,
    audience: Audience,
    config: Config,
    notes: Sequence[Note] = (),
    changes: Changes | None = None,
) -> AudienceView:
    """One audience's cut of a briefing assembled from its releasable sources."""
    limits, shows = audience.limits, set(audience.sections)
    # Only what the page shows is cut, cited and listed among its sources.
    statements = list(briefing.statements[: limits.statements]) if "statements" in shows else []
    happened = [
        e for e in briefing.events if told_as_happened(e, audience.min_confidence) and e.actors
    ]
    current, background = _by_period(happened, briefing.period)
    charted = shows & {"timeline", "pictures"}
    events = _top_events(current, limits.events) if charted else []
    background = sorted(background, key=chronological) if "timeline" in shows else []
    shown = [s for s in briefing.stories if not s.hidden]
    top = shown[: limits.stories]
    stories = (
        [_story_view(s, briefing, happened, limits) for s in top] if "stories" in shows else []
    )
    others = shown[limits.stories :] if "index" in shows else []
    # The bottom line: one line per top story.
    points = [s.summary[0] for s in top if s.summary][: limits.key_points]
    actors = list(briefing.actors[: limits.actors]) if shows & {"actors", "pictures"} else []
    days = _chronology(briefing.key_dates, limits) if "chronology" in shows else []
    printed = min(limits.index, len(others))
    acts = [*events, *background[-BACKGROUND_SHOWN:]]
    cited = _used_sources(
        briefing.sources, actors, statements, acts, points, stories, others[:printed]
    )
    cited = _with_days(briefing.sources, cited, days)
    # Sources cited only by index lines that print leaves out are numbered after the rest.
    left_out = {s.headline_source for s in others[printed:]} - {s.id for s in cited}
    used = [*cited, *(s for s in briefing.sources if s.id in left_out)]
    allowed_notes = tuple(
        n for n in notes if _note_rank(n, config) <= TLP_ORDER.index(audience.tlp)
    )
    citations, cite = _citations(
        briefing.sources,
        used,
        points,
        actors,
        [*statements, *_told(stories)],
        events,
        stories,
        days,
    )
    labels = [*used, *(_note_source(n, config) for n in allowed_notes)]
    return AudienceView(
        name=name,
        title=briefing.title,
        as_of=briefing.as_of,
        marking=marking(labels) if labels else "TLP:" + audience.tlp,
        banner=audience.banner or config.banner,
        sections=tuple(audience.sections),
        sources=tuple(used),
        actors=tuple(actors),
        statements=tuple(statements),
        events=tuple(events),
        key_points=tuple(points),
        citations=tuple(citations),
        cite=cite,
        notes=allowed_notes,
        changes=changes,
        stories=tuple(stories),
        other_stories=tuple(others),
        unprinted_stories=len(others) - printed,
        unprinted_sources=len(used) - len(cited),
        background=tuple(background),
        period=briefing.period,
        key_dates=tuple(days),
    )


def shrink(limits: Limits) -> Limits | None:
    """The next smaller cut, for a page that must fit its pages: each story's detail gives way
    first (summary sentences, then acts), then the least important key dates, then the
    lowest-ranked story, then every story's statements and acts; None when nothing is left."""
    if limits.story_sentences > 1:
        return limits.model_copy(update={"story_sentences": limits.story_sentences - 1})
    if limits.story_events > 1:
        return limits.model_copy(update={"story_events": limits.story_events - 1})
    if limits.key_dates > 1:
        return limits.model_copy(update={"key_dates": limits.key_dates - 1})
    if limits.stories > 1:
        return limits.model_copy(update={"stories": limits.stories - 1})
    if limits.story_statements or limits.story_events:
        return limits.model_copy(update={"story_statements": 0, "story_events": 0})
    return None


def _chronology(days: Sequence[KeyDate], limits: Limits) -> list[KeyDate]:
    """The most important days, in date order, each said in as many sentences as the page takes."""
    top = sorted(days[: limits.key_dates], key=lambda d: d.date)
    n = limits.key_date_sentences
    return [replace(d, summary=d.summary[:n], sentences=d.sentences[:n]) for d in top]


def _with_days(sources: Sequence[Source], used: list[Source], days: list[KeyDate]) -> list[Source]:
    cited = {s.id for s in used} | {p.source for d in days for p in d.sentences}
    return [s for s in sources if s.id in cited]


def _by_period(
    events: Sequence[Event], period: tuple[str, str] | None
) -> tuple[list[Event], list[Event]]:
    """Acts inside the reporting period, and the background: acts dated before it. A report
    tells the news of the days before it (`on Monday`), so the period opens NEWS_DAYS before
    the first report. With no dated report there is no period, and no act can be placed in it."""
    if period is None:
        return [], [e for e in events if e.date]
    opens = dt.date.fromisoformat(period[0]) - dt.timedelta(days=NEWS_DAYS)
    start = opens.isoformat()
    inside = [e for e in events if e.date and e.date >= start[: len(e.date)]]
    before = [e for e in events if e.date and e.date < start[: len(e.date)]]
    return inside, before


def _story_view(
    story: Story, briefing: Briefing, happened: list[Event], limits: Limits
) -> StoryView:
    said = {s.id: s for s in briefing.statements}
    done = {e.id: e for e in happened}
    sources = {s.id: s for s in briefing.sources}
    statements = sorted(
        (said[i] for i in story.statements if i in said), key=lambda s: -s.confidence
    )
    events, background = _by_period([done[i] for i in story.events if i in done], briefing.period)
    if briefing.period is None:  # undated reports: the story's acts in the order told
        events, background = [done[i] for i in story.events if i in done], []
    return StoryView(
        story=story,
        summary=story.summary[: limits.story_sentences],
        statements=tuple(statements[: limits.story_statements]),
        events=tuple(_top_events(events, limits.story_events)),
        background=tuple(sorted(background, key=chronological)),
        sources=tuple(sources[i] for i in story.sources if i in sources),
    )


def _told(stories: Sequence[StoryView]) -> list[Statement]:
    return [s for v in stories for s in v.statements]


def _note_rank(note: Note, config: Config) -> int:
    return TLP_ORDER.index(note.tlp or config.default_tlp)


def _note_source(note: Note, config: Config) -> Source:
    """A note marks the briefing like a source does."""
    return Source(
        id=note.path, path=note.path, title=note.title, tlp=note.tlp or config.default_tlp
    )


def _top_events(events: list[Event], limit: int) -> list[Event]:
    # What more publishers report is what the story is about; then the surest.
    chosen = sorted(events, key=lambda e: (-e.corroboration, -e.confidence))[:limit]
    return sorted(chosen, key=chronological)


def _used_sources(
    sources: Sequence[Source],
    actors: list[Actor],
    statements: list[Statement],
    events: list[Event],
    points: list[KeyPoint],
    stories: list[StoryView],
    others: Sequence[Story],
) -> list[Source]:
    used = {m.source for a in actors for m in a.mentions[:1]}
    used |= {s for item in statements for s in item.sources}
    used |= {s for item in events for s in item.sources}
    used |= {p.source for p in points}
    for view in stories:
        used |= set(view.story.sources)
        used |= {s for item in view.statements for s in item.sources}
        used |= {s for item in (*view.events, *view.background) for s in item.sources}
    used |= {story.headline_source for story in others}
    return [s for s in sources if s.id in used]


def _citations(
    sources: Sequence[Source],
    used: list[Source],
    points: list[KeyPoint],
    actors: list[Actor],
    statements: list[Statement],
    events: list[Event],
    stories: Sequence[StoryView] = (),
    days: Sequence[KeyDate] = (),
) -> tuple[list[Citation], dict[str, int]]:
    """Numbered endnotes in the order the briefing shows the items they cite, the key dates'
    last. Items that cite the same words of the same report, graded alike, share one: an
    actor's first mention is often the sentence an act or a story's line comes from, and the
    reader would find the same note three times. A shared note quotes all of its sentence
    unless every item citing it shows the same words of it with the item."""
    by_id = {s.id: s for s in sources}
    # (item, source, sentence, corroboration, the words of it the page shows with the item)
    entries: list[tuple[str, str, str, int, str | None]] = [
        (f"kp-{i}", p.source, p.sentence.text, len(p.sources), p.text) for i, p in enumerate(points)
    ]
    for actor in actors:
        first = actor.mentions[0]
        sentence = _sentence_around(by_id[first.source], first.start)
        entries.append((actor.id, first.source, sentence, publishers(actor.sources, by_id), None))
    entries += [_said(s) for s in statements]
    entries += [_done(e) for e in events]
    for view in stories:
        story = view.story
        entries += [
            (f"{story.id}-{k}", p.source, p.sentence.text, 1, p.text)
            for k, p in enumerate(story.summary)
        ]
        entries += [_done(e) for e in (*view.events, *view.background)]
    for day in days:
        # the day's line is the sentence; its credibility is the day's corroboration
        told = publishers(day.sources, by_id)
        entries += [
            (f"kd-{day.date}-{k}", p.source, p.text, told, p.text)
            for k, p in enumerate(day.sentences)
        ]
    number_of = {s.id: i + 1 for i, s in enumerate(used)}
    citations: list[Citation] = []
    cite: dict[str, int] = {}
    # Each endnote as the reader sees it (numbered 0, showing none, and without the count of
    # reports behind its grade, which it does not print) to its number.
    numbered: dict[Citation, int] = {}
    for key, source, sentence, corroboration, words in entries:
        if key in cite:  # one endnote per item, wherever the page shows it again
            continue
        grade = by_id[source].reliability if source in by_id else None
        seen = Citation(
            number=0,
            source=source,
            source_number=number_of.get(source, 0),
            sentence=sentence,
            reliability=grade,
            credibility=credibility(corroboration, grade),
        )
        shown = _shown(sentence, words)
        number = numbered.setdefault(seen, len(citations) + 1)
        if number > len(citations):
            note = replace(seen, number=number, shown=shown, corroboration=corroboration)
            citations.append(note)
        else:
            note = citations[number - 1]
            citations[number - 1] = replace(
                note,
                shown=note.shown if note.shown == shown else None,  # else the items differ
                corroboration=max(note.corroboration, corroboration),
            )
        cite[key] = number
    return citations, cite


def _said(said: Statement) -> tuple[str, str, str, int, str | None]:
    return (said.id, said.source, said.sentence.text, said.corroboration, said.quote)


def _done(act: Event) -> tuple[str, str, str, int, str | None]:
    # The page shows an act's summary, not its sentence: the note quotes all of it.
    return (act.id, act.source, act.sentence.text, act.corroboration, None)


def _shown(sentence: str, words: str | None) -> tuple[int, int] | None:
    """Where in an endnote's sentence are the words the page shows with the item it cites (a
    story's line, a statement's quote), so that the endnote need not say them again."""
    if not words:
        return None
    start = sentence.find(words)
    return None if start < 0 else (start, start + len(words))


def credibility(corroboration: int, reliability: str | None) -> int:
    """Admiralty credibility: 1 confirmed by other sources, 2 probably true, 3 possibly true,
    4 doubtful, 6 truth cannot be judged; a single report counts by its source's grade."""
    if corroboration >= 3:
        return 1
    if corroboration == 2:
        return 2
    if reliability in ("A", "B", "C"):
        return 3
    if reliability in ("D", "E"):
        return 4
    return 6


def _sentence_around(source: Source, offset: int) -> str:
    """The sentence of the source's text that holds `offset` (for an actor's first mention)."""
    paragraph = next((p for p in source.paragraphs if p.start <= offset < p.end), None)
    start, end = (paragraph.start, paragraph.end) if paragraph else (0, len(source.text))
    text = source.text
    before = max((m.end() for m in re.finditer(r"[.!?][”\"’]?\s+", text[start:offset])), default=0)
    after = re.search(r"[.!?][”\"’]?(?=\s|$)", text[offset:end])
    stop = offset + after.end() if after else end
    return text[start + before : stop].strip()
