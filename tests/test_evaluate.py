"""`briefgen eval`: the scoring rules on hand-made records, and the command end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.errors import SourceError
from briefgen.evaluate import (
    GoldArticle,
    GoldEvent,
    GoldQuote,
    event_gold,
    quote_gold,
    score_events,
    score_quotes,
)
from briefgen.model import Event, Extraction, Participant, Pipeline, Source, Span, Statement

TEXT = "“We will act,” Prime Minister Mark Carney said. Officials met. “It failed,” he said."
ARTICLE = GoldArticle(
    id="a",
    text=TEXT,
    quotes=(
        GoldQuote(1, 12, "Prime Minister Mark Carney", ((15, 41),)),
        GoldQuote(63, 72, "he", ((75, 77),)),
    ),
    ignored=(),
)


def statement(start: int, end: int, speaker: str, mention: tuple[int, int]) -> Statement:
    return Statement(
        id=f"s{start}",
        source="a",
        start=start,
        end=end,
        quote=TEXT[start:end],
        kind="direct",
        speaker=speaker,
        speaker_id=None,
        speaker_mention=Span(TEXT[mention[0] : mention[1]], *mention),
        cue="said",
        confidence=0.9,
        sentence=Span(TEXT, 0, len(TEXT)),
    )


def extraction(
    statements: tuple[Statement, ...] = (), events: tuple[Event, ...] = ()
) -> Extraction:
    source = Source(id="a", path="a.txt", title="a", text=TEXT)
    return Extraction(Pipeline("m", "1", "t"), (source,), (), statements, events)


def test_quote_scores_count_spans_speakers_and_false_statements() -> None:
    found = (
        statement(1, 12, "Mark Carney", (30, 41)),  # right span, right speaker by name
        statement(63, 72, "Somebody Else", (0, 0)),  # right span, wrong speaker
        statement(48, 61, "Officials", (48, 57)),  # no quote there: a false statement
    )
    figures = score_quotes([ARTICLE], {"a": extraction(found)})
    assert figures["gold_quotes"] == 2 and figures["predicted"] == 3
    assert figures["quote_recall"] == 1.0
    assert figures["quote_precision"] == pytest.approx(2 / 3)
    assert figures["speaker_accuracy"] == 0.5
    assert figures["e2e_recall"] == 0.5


def test_a_pronoun_mention_on_the_gold_speaker_span_is_right() -> None:
    found = (statement(63, 72, "Mark Carney", (75, 77)),)
    figures = score_quotes([ARTICLE], {"a": extraction(found)})
    assert figures["speaker_accuracy"] == 1.0
    assert figures["quote_recall"] == 0.5


def test_event_scores_type_and_sides() -> None:
    record = GoldEvent("a", "Russia attacked Ukraine.", "FIGHT", ("Russia",), ("Ukraine",))
    event = Event(
        id="e",
        source="a",
        type="FIGHT",
        trigger=Span("attacked", 7, 15),
        actors=(Participant("Russia", "russia", 0, 6),),
        targets=(Participant("Belarus", "belarus", 16, 23),),
        places=(),
        date=None,
        date_text=None,
        date_precision=None,
        sentence=Span(record.text, 0, len(record.text)),
        summary="",
        confidence=0.9,
    )
    figures = score_events([record], {"a": extraction(events=(event,))})
    assert figures["type_accuracy"] == 1.0
    assert figures["source_accuracy"] == 1.0
    assert figures["target_accuracy"] == 1.0  # its mention covers the gold words
    wrong_type = score_events([GoldEvent("a", record.text, "AGREE", (), ())], {"a": extraction()})
    assert wrong_type["type_accuracy"] == 0.0


def test_broken_gold_line_names_file_and_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "x", "quotes": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(SourceError, match=r"gold\.jsonl:2: not a JSON record"):
        quote_gold(gold)
    events = tmp_path / "events.jsonl"
    events.write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    with pytest.raises(SourceError, match=r"events\.jsonl:1: an event record needs a `type`"):
        event_gold(events)


def test_eval_command_scores_a_small_gold_file(tmp_path: Path) -> None:
    gold = tmp_path / "quotes.jsonl"
    record = {
        "id": "carney",
        "text": TEXT,
        "quotes": [
            {"start": 1, "end": 12, "speaker": "Mark Carney", "speaker_spans": [[15, 41]]},
            {"start": 63, "end": 72, "speaker": "he", "speaker_spans": [[75, 77]]},
        ],
        "contents": [],
        "dontcare": [],
    }
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "briefgen", "eval", "quotes", str(gold), "--json"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["quote_recall"] == 1.0
    assert figures["speaker_accuracy"] == 1.0
    assert figures["quote_precision"] == 1.0
