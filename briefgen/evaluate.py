"""`briefgen eval`: measure extraction against gold a team annotated itself.

Two gold formats, one JSON record per line (see docs/evaluation.md):

- quotes: whole articles with every quote's character span and its speaker;
- events: single sentences with one PLOVER event type and its source and target actors.

The scoring follows the usual rules for attribution (a quote is found when a statement covers at
least half of it) and event coding (a record is typed when an event of its sentence has its type).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from briefgen.errors import SourceError
from briefgen.extract.lexicon import Lexicon
from briefgen.extract.run import extract_all
from briefgen.model import Event, Extraction, Participant, Source, Statement
from briefgen.read.paragraphs import split_paragraphs

# Words that never name a speaker or an actor on their own.
_NOT_NAMES = frozenset(
    {
        *("he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"),
        *("his", "hers", "its", "their", "the", "a", "an", "of", "and", "mr", "mrs"),
        *("ms", "dr", "in", "for", "to", "on", "s"),
    }
)
_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    speaker: str
    speaker_spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    ignored: tuple[tuple[int, int], ...]  # attributed content and don't-care spans


@dataclass(frozen=True)
class GoldEvent:
    id: str
    text: str
    type: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]


def read_jsonl(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """Every record with its line number; a broken line is an error naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"cannot read the gold file: {exc}", path) from None
    records = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            records.append((number, _record(path, number, line)))
    return records


def _record(path: Path, number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise SourceError(f"not a JSON record: {exc.msg}", path, number) from None
    if not isinstance(record, dict) or "id" not in record or "text" not in record:
        raise SourceError("a record needs at least `id` and `text`", path, number)
    return record


def quote_gold(path: Path) -> list[GoldArticle]:
    return [_article(path, n, r) for n, r in read_jsonl(path)]


def _article(path: Path, number: int, record: dict[str, Any]) -> GoldArticle:
    try:
        quotes = tuple(
            GoldQuote(
                q["start"], q["end"], q.get("speaker") or "", tuple(map(tuple, q["speaker_spans"]))
            )
            for q in record.get("quotes", [])
        )
        ignored = [*record.get("contents", []), *record.get("dontcare", [])]
        spans = tuple((int(s), int(e)) for s, e in ignored)
    except (KeyError, TypeError, ValueError) as exc:
        raise SourceError(f"malformed quote record: {exc}", path, number) from None
    return GoldArticle(str(record["id"]), record["text"], quotes, spans)


def event_gold(path: Path) -> list[GoldEvent]:
    return [_event_record(path, n, r) for n, r in read_jsonl(path)]


def _event_record(path: Path, number: int, record: dict[str, Any]) -> GoldEvent:
    if "type" not in record:
        raise SourceError("an event record needs a `type`", path, number)
    return GoldEvent(
        id=str(record["id"]),
        text=record["text"],
        type=str(record["type"]).upper(),
        sources=tuple(record.get("sources") or ()),
        targets=tuple(record.get("targets") or ()),
    )


def evaluate(task: str, gold_path: Path, nlp: Language, lexicon: Lexicon) -> dict[str, float | int]:
    """Extract every gold text and score the result: the `briefgen eval` command."""
    if task == "quotes":
        articles = quote_gold(gold_path)
        found = extract_texts(nlp, lexicon, [(a.id, a.text) for a in articles])
        return score_quotes(articles, found)
    records = event_gold(gold_path)
    found = extract_texts(nlp, lexicon, [(r.id, r.text) for r in records])
    return score_events(records, found)


def extract_texts(
    nlp: Language, lexicon: Lexicon, texts: Sequence[tuple[str, str]]
) -> dict[str, Extraction]:
    """Extraction of each gold text, keyed by its record id."""
    sources = [_source(record_id, text) for record_id, text in texts]
    return {e.sources[0].id: e for e in extract_all(nlp, sources, lexicon)}


def _source(record_id: str, text: str) -> Source:
    return Source(
        id=record_id,
        path=f"{record_id}.txt",
        title=record_id,
        text=text,
        paragraphs=split_paragraphs(text),
    )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _names(text: str | None) -> set[str]:
    return {w for w in _WORD.findall((text or "").lower()) if w not in _NOT_NAMES and len(w) > 1}


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass
class QuoteTally:
    gold: int = 0
    found: int = 0
    speaker_right: int = 0
    predicted: int = 0
    predicted_wrong: int = 0
    predicted_right_speaker: int = 0

    def figures(self) -> dict[str, float | int]:
        precision = _ratio(self.predicted - self.predicted_wrong, self.predicted)
        recall = _ratio(self.found, self.gold)
        e2e_precision = _ratio(self.predicted_right_speaker, self.predicted)
        e2e_recall = _ratio(self.speaker_right, self.gold)
        return {
            "gold_quotes": self.gold,
            "predicted": self.predicted,
            "quote_recall": recall,
            "quote_precision": precision,
            "quote_f1": _f1(precision, recall),
            "speaker_accuracy": _ratio(self.speaker_right, self.found),
            "e2e_precision": e2e_precision,
            "e2e_recall": e2e_recall,
            "e2e_f1": _f1(e2e_precision, e2e_recall),
        }


def score_quotes(
    articles: Iterable[GoldArticle], extractions: dict[str, Extraction]
) -> dict[str, float | int]:
    tally = QuoteTally()
    for article in articles:
        extraction = extractions.get(article.id)
        statements = list(extraction.statements) if extraction else []
        _tally_article(tally, article, statements)
    return tally.figures()


def _tally_article(tally: QuoteTally, article: GoldArticle, statements: list[Statement]) -> None:
    quoted = [(q.start, q.end) for q in article.quotes]
    as_quotes = [s for s in statements if _coverage(s, quoted) >= 0.5]
    for quote in article.quotes:
        hits = [
            s
            for s in as_quotes
            if 2 * _overlap((s.start, s.end), (quote.start, quote.end)) >= quote.end - quote.start
        ]
        tally.gold += 1
        tally.found += bool(hits)
        tally.speaker_right += any(_speaker_right(s, quote) for s in hits)
    for statement in statements:
        _tally_prediction(tally, article, statement, quoted)


def _coverage(statement: Statement, quoted: list[tuple[int, int]]) -> float:
    length = statement.end - statement.start
    covered = sum(_overlap((statement.start, statement.end), span) for span in quoted)
    return covered / length if length > 0 else 0.0


def _tally_prediction(
    tally: QuoteTally, article: GoldArticle, statement: Statement, quoted: list[tuple[int, int]]
) -> None:
    bounds = (statement.start, statement.end)
    touched = [q for q in article.quotes if _overlap(bounds, (q.start, q.end))]
    if touched and _coverage(statement, quoted) >= 0.5:
        tally.predicted += 1
        tally.predicted_right_speaker += any(_speaker_right(statement, q) for q in touched)
    elif not any(_overlap(bounds, span) for span in article.ignored):
        tally.predicted += 1  # neither a quote nor attributed content: a false statement
        tally.predicted_wrong += 1


def _speaker_right(statement: Statement, quote: GoldQuote) -> bool:
    """The attribution rests on the gold speaker's words, or names the same person."""
    mention = statement.speaker_mention
    if mention is not None and any(
        _overlap((mention.start, mention.end), span) for span in quote.speaker_spans
    ):
        return True
    return bool(_names(statement.speaker) & _names(quote.speaker))


def score_events(
    records: Sequence[GoldEvent], extractions: dict[str, Extraction]
) -> dict[str, float | int]:
    typed = with_events = full = 0
    sides = {"source": [0, 0], "target": [0, 0]}
    for record in records:
        extraction = extractions.get(record.id)
        events = list(extraction.events) if extraction else []
        same = [e for e in events if e.type == record.type]
        with_events += bool(events)
        typed += bool(same)
        source_ok = _side_right(same, "actors", record.sources, record.text)
        target_ok = _side_right(same, "targets", record.targets, record.text)
        _count_side(sides["source"], record.sources, source_ok)
        _count_side(sides["target"], record.targets, target_ok)
        full += any(_event_right(e, record) for e in same)
    count = len(records)
    return {
        "records": count,
        "with_any_event": _ratio(with_events, count),
        "type_accuracy": _ratio(typed, count),
        "source_accuracy": _ratio(*sides["source"]),
        "target_accuracy": _ratio(*sides["target"]),
        "full_accuracy": _ratio(full, count),
    }


def _count_side(counter: list[int], gold: tuple[str, ...], right: bool) -> None:
    if gold:
        counter[1] += 1
        counter[0] += right


def _event_right(event: Event, record: GoldEvent) -> bool:
    sources_ok = not record.sources or _participants_right(
        event.actors, record.sources, record.text
    )
    targets_ok = not record.targets or _participants_right(
        event.targets, record.targets, record.text
    )
    return sources_ok and targets_ok


def _side_right(events: list[Event], side: str, gold: tuple[str, ...], text: str) -> bool:
    return any(_participants_right(getattr(e, side), gold, text) for e in events)


def _participants_right(predicted: Sequence[Participant], gold: tuple[str, ...], text: str) -> bool:
    """A predicted side points at a gold actor's words, or names the same actor."""
    for name in gold:
        where = text.find(name)
        span = (where, where + len(name))
        for participant in predicted:
            if where >= 0 and _overlap((participant.start, participant.end), span):
                return True
            if _names(participant.name) & _names(name):
                return True
    return False
