"""Property-based tests: any Unicode text reads and extracts without raising, and every span
in the output points at exactly the words it claims."""

from __future__ import annotations

from conftest import Extract
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.extract.quotes import find_quotes
from briefgen.model import Extraction
from briefgen.read.paragraphs import split_paragraphs

MARKS = st.sampled_from(["“", "”", '"', "«", "»", "„", "‘", "’", ":", ",", ".", "\n", "\n\n", " "])
WORDS = st.sampled_from(
    ["Putin", "said", "Iran", "the", "president", "attacked", "Moscow", "he", "told", "on Monday"]
)
NEWSLIKE = st.lists(st.one_of(MARKS, WORDS, st.text(max_size=6)), max_size=60).map("".join)


def assert_spans_hold(text: str, found: Extraction) -> None:
    for actor in found.actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text
    for statement in found.statements:
        assert text[statement.start : statement.end] == statement.quote
        if statement.speaker_mention is not None:
            span = statement.speaker_mention
            assert text[span.start : span.end] == span.text
    for event in found.events:
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
        for side in (*event.actors, *event.targets, *event.places):
            assert 0 <= side.start <= side.end <= len(text)


@given(st.text())
def test_any_text_splits_into_paragraphs_inside_it(text: str) -> None:
    for paragraph in split_paragraphs(text):
        assert 0 <= paragraph.start <= paragraph.end <= len(text)
    for quote in find_quotes(text, split_paragraphs(text)):
        assert text[quote.start : quote.end].strip()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), NEWSLIKE))
def test_any_text_extracts_with_true_spans(extract: Extract, text: str) -> None:
    if not text.strip():
        return
    assert_spans_hold(text, extract(text))
