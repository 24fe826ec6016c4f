"""Stories: the sources that report one real-world development, found by clustering.

Two reports are alike when their words are (TF-IDF cosine over the title and body) and when
they name the same actors (TF-IDF cosine over the actors each mentions, which carries reports
that share few words); the likeness fades with the days between their publication dates, so
two developments of one kind weeks apart stay apart. Reports are then grouped by average-linkage
agglomerative clustering (scikit-learn) with a fixed distance threshold: a report joins a story
only when it is, on average, alike enough to every report already in it. docs/stories.md says
how each story's headline, summary and rank are chosen.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
from scipy import sparse
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from briefgen.assemble.merge import merge_events, merge_statements
from briefgen.model import (
    Actor,
    DateReference,
    Event,
    KeyPoint,
    Sentence,
    Source,
    Span,
    Statement,
)

# How much the named actors count beside the words (the rest).
NAMES_WEIGHT = 0.3
# One development's reports come out within a news cycle or two of each other: reports up to
# SAME_CYCLE_DAYS apart are alike as their words and names say; beyond that the likeness fades
# to nothing over FADE_DAYS more, so a like development a fortnight on is another story.
SAME_CYCLE_DAYS = 2
FADE_DAYS = 7
# Reports join when their average likeness is at least 1 - DISTANCE (cosine 0.2): above what
# unrelated news on one subject shares, below what two tellings of one development share.
DISTANCE = 0.8
# Clustering compares every pair in a block; folders larger than this are cut into blocks of
# consecutive publication dates, so the cost grows linearly beyond it.
BLOCK = 2000
_SUMMARY_WORDS = (6, 45)
# Words that, opening a sentence, refer to what came before it: pronouns, demonstratives and
# connectives. A summary line is read without that sentence, so it may not open with one.
_POINTS_BACK = frozenset(
    (  # noqa: SIM905  (a word list reads best as words)
        "he she it they him her them his its their this that these those such "
        "but and or so yet also however meanwhile instead still then thus therefore moreover "
        "furthermore nevertheless nonetheless besides likewise otherwise"
    ).split()
)

# A time told from another sentence's: `The day before, …`, `A week later, …`, `That night, …`.
_TIME_FROM_BEFORE = re.compile(
    r"(?:(?:the|a|an|one|two|three|four|five|six|seven|several|some|\d+)\s+"
    r"(?:day|days|week|weeks|month|months|year|years|hour|hours)\s+(?:before|after|later|earlier)"
    r"|the\s+(?:next|following|previous|same)\s+(?:day|week|month|year|morning|evening|night)"
    r"|that\s+(?:day|week|month|year|morning|afternoon|evening|night)"
    r"|(?:earlier|later)\s+(?:that|the\s+same)\s+(?:day|week|month|morning|evening|night))\b",
    re.IGNORECASE,
)


def leans_back(text: str) -> bool:
    """Whether a sentence opens by pointing at the one before it: with a pronoun, a
    demonstrative or a connective ("These would replace…", "But he said…"), or with a time
    told from another's ("The day before, the United States struck…"). Read alone, as a
    summary line is, it points nowhere."""
    words = text.split()
    return bool(words) and (
        words[0].strip(",").lower() in _POINTS_BACK or _TIME_FROM_BEFORE.match(text) is not None
    )


@dataclass(frozen=True)
class Report:
    """What clustering sees of one source."""

    source: str
    text: str
    names: tuple[str, ...]  # actor ids (one per mention), acts' places (place:) and days (day:)
    published: dt.date | None


@dataclass(frozen=True)
class Vectors:
    """The reports' word vectors (rows L2-normalised) and the fitted vectoriser, which
    also places a sentence in the same space."""

    words: sparse.csr_matrix
    names: sparse.csr_matrix
    vectorizer: TfidfVectorizer


def vectorise(reports: Sequence[Report]) -> Vectors:
    # No max_df: in a folder of three reports of one event every shared word is in most of
    # them, and those are the words that say they are one story.
    words = TfidfVectorizer(stop_words="english", sublinear_tf=True, dtype=np.float32)
    word_matrix = words.fit_transform([r.text for r in reports])
    names = TfidfVectorizer(analyzer=_as_is, sublinear_tf=True, dtype=np.float32)
    has_names = any(r.names for r in reports)
    name_matrix = (
        names.fit_transform([r.names for r in reports])
        if has_names
        else sparse.csr_matrix((len(reports), 1), dtype=np.float32)
    )
    return Vectors(word_matrix, name_matrix, words)


def _as_is(names: tuple[str, ...]) -> tuple[str, ...]:
    return names


def cluster(reports: Sequence[Report], vectors: Vectors | None = None) -> list[list[int]]:
    """Groups of report indices, one per story, every report in exactly one."""
    if not reports:
        return []
    vectors = vectors or vectorise(reports)
    groups: list[list[int]] = []
    for block in _blocks(reports):
        groups += [[block[i] for i in group] for group in _cluster_block(reports, vectors, block)]
    return groups


def _blocks(reports: Sequence[Report]) -> list[list[int]]:
    """Reports in date order, cut into blocks of at most BLOCK at the widest gap between
    publication dates in the second half of each, so that a story is rarely cut in two."""
    order = sorted(range(len(reports)), key=lambda i: (_ordinal(reports[i]), reports[i].source))
    blocks: list[list[int]] = []
    while len(order) > BLOCK:
        window = range(BLOCK // 2, BLOCK + 1)
        cut = max(
            window, key=lambda k: _ordinal(reports[order[k]]) - _ordinal(reports[order[k - 1]])
        )
        blocks.append(order[:cut])
        order = order[cut:]
    return [*blocks, order]


def _ordinal(report: Report) -> int:
    return report.published.toordinal() if report.published else 0


def _cluster_block(
    reports: Sequence[Report], vectors: Vectors, block: list[int]
) -> list[list[int]]:
    if len(block) == 1:
        return [[0]]
    likeness = similarity(reports, vectors, block)
    distance = np.clip(1.0 - likeness, 0.0, 1.0)
    np.fill_diagonal(distance, 0.0)
    labels = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=DISTANCE
    ).fit_predict(distance)
    groups: dict[int, list[int]] = {}
    for position, label in enumerate(labels):
        groups.setdefault(int(label), []).append(position)
    return list(groups.values())


def similarity(reports: Sequence[Report], vectors: Vectors, block: list[int]) -> np.ndarray:
    """How alike each pair of reports in the block is, from 0 to 1."""
    words = vectors.words[block]
    names = vectors.names[block]
    likeness = (1.0 - NAMES_WEIGHT) * (words @ words.T).toarray()
    likeness += NAMES_WEIGHT * (names @ names.T).toarray()
    days = np.array([_ordinal(reports[i]) for i in block], dtype=np.float64)
    dated = days > 0
    gap = np.abs(days[:, None] - days[None, :])
    fade = np.clip(1.0 - np.maximum(gap - SAME_CYCLE_DAYS, 0.0) / FADE_DAYS, 0.0, 1.0)
    # An undated report has no distance in time to anything.
    fade[~dated, :] = 1.0
    fade[:, ~dated] = 1.0
    return np.asarray(likeness * fade)


def story_id(first_source: str) -> str:
    """A story is named after its first report, so it keeps its id as reports join it."""
    return "story-" + hashlib.sha1(first_source.encode("utf-8")).hexdigest()[:10]


def central_order(members: list[int], vectors: Vectors) -> list[int]:
    """The story's reports, the one nearest the story's centre first."""
    centre = _centre(vectors.words[members])
    scores = (vectors.words[members] @ centre).ravel()
    return [members[k] for k in np.argsort(-scores, kind="stable")]


def _centre(rows: sparse.csr_matrix) -> np.ndarray:
    centre = np.asarray(rows.mean(axis=0)).ravel()
    norm = float(np.linalg.norm(centre))
    return centre / norm if norm else centre


def summary(
    members: list[int],
    vectors: Vectors,
    sentences: Sequence[Sentence],
    sources: dict[str, Source],
    most: int = 3,
    placed: Placed | None = None,
) -> list[KeyPoint]:
    """One to three sentences that say what the story is. The first is the lead of the report
    the headline comes from (`sentences` begin with that report's), when it reads on its own:
    news puts the gist first, and the headline and the line under it then tell one thing. The
    rest are the most central among the story's sentences, a report's opening counting a
    little more, none repeating another. `placed`: the sentences already in word space."""
    candidates = [s for s in sentences if _fits(_text(s, sources))]
    if not candidates:
        return []
    placed = placed or place(vectors, candidates, sources)
    matrix = placed.rows[[placed.row_of[s] for s in candidates]]
    centre = _centre(vectors.words[members])
    opening = _openings(candidates)
    scores = (matrix @ centre).ravel() * np.array(
        [1.0 if k in opening else 0.8 for k in range(len(candidates))]
    )
    order = [int(k) for k in np.argsort(-scores, kind="stable")]
    lead = sentences[0]
    if candidates[0] == lead and scores[0] > 0:
        order.remove(0)
        order.insert(0, 0)
    # The first is always chosen; after it, none that says less than half as much.
    enough = [k for k in order[1:] if scores[k] > 0 and scores[k] >= 0.5 * scores[order[0]]]
    chosen = unlike(matrix, [order[0], *enough] if scores[order[0]] > 0 else [], most)
    return [_line(candidates[k], sources) for k in chosen]


def unlike(matrix: sparse.csr_matrix, order: Sequence[int], most: int) -> list[int]:
    """Up to `most` of the rows of `matrix` (unit vectors), taken in `order`, each passed
    over when it is too like one already taken (cosine over 0.5): two lines that say one
    thing tell the reader nothing more."""
    taken: list[int] = []
    likeness: list[np.ndarray] = []  # of each row taken to every row
    for k in order:
        if len(taken) == most:
            break
        if any(near[k] > 0.5 for near in likeness):
            continue
        taken.append(k)
        likeness.append((matrix @ matrix[k].T).toarray().ravel())
    return taken


@dataclass(frozen=True)
class Placed:
    """Sentences in the reports' word space: row `row_of[s]` of `rows`."""

    rows: sparse.csr_matrix
    row_of: dict[Sentence, int]


def place(vectors: Vectors, sentences: Sequence[Sentence], sources: dict[str, Source]) -> Placed:
    """The sentences in the reports' word space, in one transform: a build places all its
    stories' sentences at once, not story by story (each row is what it would be alone)."""
    if not sentences:  # the vectoriser refuses an empty batch
        return Placed(sparse.csr_matrix((0, 0), dtype=np.float32), {})
    rows = vectors.vectorizer.transform([_text(s, sources) for s in sentences]).tocsr()
    return Placed(rows, {s: k for k, s in enumerate(sentences)})


def _line(sentence: Sentence, sources: dict[str, Source]) -> KeyPoint:
    span = Span(_text(sentence, sources), sentence.start, sentence.end)
    return KeyPoint(span.text, (sentence.source,), span, sentence.source)


def _text(sentence: Sentence, sources: dict[str, Source]) -> str:
    return sources[sentence.source].text[sentence.start : sentence.end]


def _fits(text: str) -> bool:
    """A summary sentence reads on its own: a plain statement, not leaning on the sentence
    before it."""
    return states_plainly(text) and not leans_back(text)


def states_plainly(text: str) -> bool:
    """Whether a sentence can stand as a summary line: a statement, not a question or a
    lead-in to a list, not a quotation, neither a fragment nor a paragraph."""
    low, high = _SUMMARY_WORDS
    return low <= len(text.split()) <= high and text[-1:] not in "?:" and text[:1] not in "\"“‘'"


def _openings(sentences: Sequence[Sentence], first: int = 3) -> set[int]:
    seen: Counter[str] = Counter()
    opening = set()
    for k, sentence in enumerate(sentences):
        if seen[sentence.source] < first:
            opening.add(k)
        seen[sentence.source] += 1
    return opening


def recency(last_reported: str | None, as_of: str | None) -> float:
    """1 for a story reported on the briefing's date, halving every three days before it."""
    if not last_reported or not as_of:
        return 0.5
    days = max(0, (dt.date.fromisoformat(as_of) - dt.date.fromisoformat(last_reported)).days)
    return math.pow(0.5, days / 3)


@dataclass(frozen=True)
class Told:
    """A story before it is ranked: its reports, what they say, merged within it."""

    sources: tuple[str, ...]  # most central first
    headline: str
    headline_source: str
    summary: tuple[KeyPoint, ...]
    actors: tuple[str, ...]
    statements: tuple[Statement, ...]
    events: tuple[Event, ...]


def tell_stories(
    sources: Sequence[Source],
    actors: Sequence[Actor],
    statements: Sequence[Statement],
    events: Sequence[Event],
    sentences: Sequence[Sentence],
) -> list[Told]:
    """Every source in exactly one story; each story's quotes and acts merged within it."""
    if not sources:
        return []
    names = _names_by_source(actors, events)
    reports = [_report(s, names.get(s.id, ())) for s in sources]
    vectors = vectorise(reports)
    by_id = {s.id: s for s in sources}
    known = {a.id for a in actors}
    said, done, lines = by_source(statements), by_source(events), by_source(sentences)
    placed = place(vectors, [s for s in sentences if _fits(_text(s, by_id))], by_id)
    told = []
    for members in cluster(reports, vectors):
        ids = tuple(reports[i].source for i in central_order(members, vectors))
        story_lines = [x for i in ids for x in lines.get(i, [])]
        gist = summary(members, vectors, story_lines, by_id, placed=placed)
        head = by_id[ids[0]]
        told.append(
            Told(
                sources=ids,
                headline=head.title.strip() or (gist[0].text if gist else head.id),
                headline_source=head.id,
                summary=tuple(gist),
                actors=_most_named(names, ids, known),
                statements=tuple(
                    merge_statements([x for i in ids for x in said.get(i, [])], sources)
                ),
                events=tuple(merge_events([x for i in ids for x in done.get(i, [])], sources)),
            )
        )
    return told


_Item = TypeVar("_Item", Statement, Event, Sentence, DateReference)


def by_source(items: Sequence[_Item]) -> dict[str, list[_Item]]:
    """Items grouped by the source they come from, in their order."""
    found: dict[str, list[_Item]] = {}
    for item in items:
        found.setdefault(item.source, []).append(item)
    return found


def _names_by_source(
    actors: Sequence[Actor], events: Sequence[Event]
) -> dict[str, tuple[str, ...]]:
    """What each source names: its actors (once per mention), and the sides, places and
    days of the acts it tells, which two tellings of one act share whatever their words."""
    found: dict[str, list[str]] = {}
    for actor in actors:
        for mention in actor.mentions:
            found.setdefault(mention.source, []).append(actor.id)
    for event in events:
        named = found.setdefault(event.source, [])
        named += [p.id or p.name for p in (*event.actors, *event.targets)]
        named += ["place:" + p.name.lower() for p in event.places]
        if event.date and event.date_precision == "day":
            named.append("day:" + event.date)
    return {source: tuple(names) for source, names in found.items()}


def _most_named(
    names: dict[str, tuple[str, ...]], ids: Sequence[str], known: set[str]
) -> tuple[str, ...]:
    """The actors the story's sources name, the most named first."""
    counts = Counter(name for i in ids for name in names.get(i, ()) if name in known)
    return tuple(name for name, _ in sorted(counts.items(), key=lambda c: (-c[1], c[0])))


def _report(source: Source, names: tuple[str, ...]) -> Report:
    published = dt.date.fromisoformat(source.published) if source.published else None
    return Report(source.id, f"{source.title}\n{source.body_text()}", names, published)
