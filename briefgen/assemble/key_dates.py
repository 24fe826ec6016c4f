"""Key dates: which days mattered, and what happened on each, in sentences from the reporting.

A day matters when many reports name it (`on Monday`, `April 20`, resolved against each
report's publication date, day-precise references only), the more so when reports still name
it days later, and when reports are published on it or the day after (each half a naming);
acts dated to it only break ties. What to say of a
day: among the sentences that refer to it (and the openings of reports published on it that
name no other day), the ones nearest their centre, no sentence serving two days. The method
follows the date-wise approach of Ghalandari & Ifrim (2020); docs/key-dates.md says why each
rule is what it is.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from briefgen.assemble.stories import leans_back, states_plainly, unlike
from briefgen.model import DateReference, Event, KeyDate, KeyPoint, Sentence, Source, Span, Story

# A report's news is of its own week: the chronology reaches this far before the first report,
# and a report naming a day further back than this recalls it (the day mattered).
NEWS_DAYS = 7
# A report's lead, the sentences that speak for its publication day: news puts the gist first.
OPENING = 3
# A report published on a day, or the day after, says the day was news: half as much as a
# report that names it (Ghalandari & Ifrim's date-wise ranking also counts publications).
PUBLISHED_WEIGHT = 0.5


@dataclass(frozen=True)
class _Candidate:
    sentence: Sentence
    text: str


def key_dates(
    sources: Sequence[Source],
    sentences: Sequence[Sentence],
    references: Sequence[DateReference],
    events: Sequence[Event],
    stories: Sequence[Story] = (),
    most: int = 3,
) -> list[KeyDate]:
    """Every day in the reporting period that something refers to, the most important first."""
    published = {s.id: s.published for s in sources if s.published}
    if not published:
        return []
    first, last = min(published.values()), max(published.values())
    opens = (dt.date.fromisoformat(first) - dt.timedelta(days=NEWS_DAYS)).isoformat()
    in_period = _in(opens, last)
    sentence_of = _sentence_finder(sentences)
    referring: dict[str, set[Sentence]] = {}
    named: set[Sentence] = set()
    for reference in references:
        if reference.precision != "day":
            continue
        sentence = sentence_of(reference.source, reference.start)
        if sentence is None:
            continue
        named.add(sentence)
        if in_period(reference.date):
            referring.setdefault(reference.date, set()).add(sentence)
    openings = _openings(sentences, published, named)
    reports = Counter(published.values())
    acts = _acts_by_day(events)
    votes: dict[str, tuple[float, int, int]] = {}
    for day in set(referring) | set(reports) | set(acts):
        if not in_period(day):
            continue
        after = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
        volume = reports[day] + reports[after] + sum(e.corroboration for e in acts.get(day, []))
        named_by = _references(day, referring.get(day, set()), published)
        news = named_by + PUBLISHED_WEIGHT * (reports[day] + reports[after])
        votes[day] = (news, named_by, volume)
    # Reports naming a day, and those published on it or the day after, rank it; between
    # equals, the day more reports name, then the volume (acts dated to it, their publishers).
    ranked = sorted(votes, key=lambda d: (-votes[d][0], -votes[d][1], -votes[d][2], d))
    scores = {day: votes[day][0] + votes[day][2] / (1 + votes[day][2]) for day in ranked}
    texts = {s.id: s.text for s in sources}
    candidates = {
        day: [
            _Candidate(s, texts[s.source][s.start : s.end])
            for s in sorted(referring.get(day, set()) | set(openings.get(day, [])), key=_order)
        ]
        for day in scores
    }
    chosen = _summaries(candidates, ranked, most)
    story_of = {source: story.id for story in stories for source in story.sources}
    found = []
    for day in ranked:
        lines = chosen.get(day, [])
        if not lines:
            continue
        told = sorted(
            {s.source for s in referring.get(day, ())}
            | {i for i, p in published.items() if p == day}
        )
        found.append(
            KeyDate(
                date=day,
                summary=tuple(c.text for c in lines),
                sentences=tuple(_point(c) for c in lines),
                sources=tuple(told),
                events=tuple(e.id for e in acts.get(day, [])),
                stories=tuple(sorted({story_of[s] for s in told if s in story_of})),
                score=round(scores[day], 3),
            )
        )
    return found


def _references(day: str, referring: set[Sentence], published: dict[str, str]) -> int:
    """Each report that names the day counts once, and once more when it was published
    NEWS_DAYS or more after it: a day still recalled after its week of news mattered."""
    reports = {s.source for s in referring}
    later = dt.date.fromisoformat(day) + dt.timedelta(days=NEWS_DAYS)
    recalled = {
        r for r in reports if r in published and dt.date.fromisoformat(published[r]) >= later
    }
    return len(reports) + len(recalled)


def _in(first: str, last: str) -> Callable[[str], bool]:
    return lambda day: first <= day <= last


def _order(sentence: Sentence) -> tuple[str, int]:
    return (sentence.source, sentence.start)


def _sentence_finder(sentences: Sequence[Sentence]) -> Callable[[str, int], Sentence | None]:
    by_source: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        by_source.setdefault(sentence.source, []).append(sentence)
    starts = {}
    for source, found in by_source.items():
        found.sort(key=lambda s: s.start)
        starts[source] = [s.start for s in found]

    def find(source: str, offset: int) -> Sentence | None:
        if source not in by_source:
            return None
        k = bisect.bisect_right(starts[source], offset) - 1
        sentence = by_source[source][k] if k >= 0 else None
        return sentence if sentence is not None and offset < sentence.end else None

    return find


def _openings(
    sentences: Sequence[Sentence], published: dict[str, str], named: set[Sentence]
) -> dict[str, list[Sentence]]:
    """The first sentences of each report, for its publication day, unless they name a day."""
    seen: Counter[str] = Counter()
    found: dict[str, list[Sentence]] = {}
    for sentence in sorted(sentences, key=_order):
        if sentence.source not in published or seen[sentence.source] >= OPENING:
            continue
        seen[sentence.source] += 1
        if sentence not in named:
            found.setdefault(published[sentence.source], []).append(sentence)
    return found


def _acts_by_day(events: Sequence[Event]) -> dict[str, list[Event]]:
    found: dict[str, list[Event]] = {}
    for event in events:
        if (
            event.date_precision == "day"
            and event.date
            and event.modality == "realised"
            and not event.negated
            and event.actors
        ):
            found.setdefault(event.date, []).append(event)
    return found


def _summaries(
    candidates: dict[str, list[_Candidate]], ranked: Sequence[str], most: int
) -> dict[str, list[_Candidate]]:
    """For each day, the candidates nearest the centre of its candidates; days are served in
    order of importance, and a sentence said for one day is not said again for another."""
    pool = [c for found in candidates.values() for c in found if states_plainly(c.text)]
    if not pool:
        return {}
    rows: sparse.csr_matrix | None = None  # the pool's word vectors, when a day has a choice
    row_of = {id(c): k for k, c in enumerate(pool)}
    used: set[Sentence] = set()
    chosen: dict[str, list[_Candidate]] = {}
    for day in ranked:
        options = [c for c in candidates[day] if states_plainly(c.text) and c.sentence not in used]
        # A line that reads on its own, where the day has one: under a date, `The day before,
        # …` or `They began …` points at a sentence the reader does not have.
        options = [c for c in options if not leans_back(c.text)] or options
        if len(options) <= 1:  # nothing to choose between (most of a one-report story's days)
            if options and most:
                chosen[day] = options[:1]
                used.add(options[0].sentence)
            continue
        if rows is None:
            rows = _vectors(pool)
        matrix = rows[[row_of[id(c)] for c in options]]
        centre = np.asarray(matrix.mean(axis=0)).ravel()
        norm = float(np.linalg.norm(centre))
        closeness = (matrix @ (centre / norm if norm else centre)).ravel()
        order = [int(k) for k in np.argsort(-closeness, kind="stable")]
        picked = unlike(matrix, order, most)
        chosen[day] = [options[k] for k in picked]
        used |= {options[k].sentence for k in picked}
    return chosen


def _vectors(pool: Sequence[_Candidate]) -> sparse.csr_matrix:
    """Each sentence turned into words once, not again for each day that it refers to (fit,
    then transform: fit_transform's rows differ in the last bits, and break ties)."""
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, dtype=np.float32)
    vectorizer.fit(c.text for c in pool)
    return vectorizer.transform([c.text for c in pool]).tocsr()


def _point(candidate: _Candidate) -> KeyPoint:
    sentence = candidate.sentence
    span = Span(candidate.text, sentence.start, sentence.end)
    return KeyPoint(candidate.text, (sentence.source,), span, sentence.source)
