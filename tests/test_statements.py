"""Statements: quote spans, attribution, speakers, kinds, and texts that must not break."""

from __future__ import annotations

import pytest
from conftest import Extract

from briefgen.extract.quotes import find_quotes, group_quotes
from briefgen.model import Extraction, Statement
from briefgen.sources import split_paragraphs


def statement(extraction: Extraction, words: str) -> Statement:
    found = [s for s in extraction.statements if words in s.quote]
    assert found, f"no statement with {words!r} in {[s.quote for s in extraction.statements]}"
    return found[0]


def test_speaker_after_the_quote(extract: Extract) -> None:
    result = extract("“We will not back down,” Prime Minister Mark Carney said on Tuesday.")
    found = statement(result, "We will not back down")
    assert found.speaker == "Mark Carney"
    assert found.cue == "said"
    assert found.kind == "direct"
    assert found.quote == "We will not back down"


def test_quote_split_by_its_attribution_is_one_statement(extract: Extract) -> None:
    text = "“The talks failed,” she said, “and we must try again next week.”"
    result = extract("Foreign Secretary Yvette Cooper spoke in London. " + text)
    found = statement(result, "The talks failed")
    assert found.quote.endswith("next week.")
    assert found.speaker == "Yvette Cooper"
    assert found.speaker_mention is not None and found.speaker_mention.text == "she"
    assert len([s for s in result.statements if s.kind != "reported"]) == 1


def test_colon_introduced_quote_in_the_next_paragraph(extract: Extract) -> None:
    text = (
        "President Emmanuel Macron stressed:\n"
        "“Europe must defend itself. Nobody else will do it for us.”\n"
    )
    found = statement(extract(text), "Europe must defend itself")
    assert found.speaker == "Emmanuel Macron"
    assert found.cue == "stressed"
    assert "Nobody else will do it for us." in found.quote


def test_partial_quote_inside_reported_speech(extract: Extract) -> None:
    text = "Chancellor Friedrich Merz said the move was “completely unjustified” and dangerous."
    found = statement(extract(text), "completely unjustified")
    assert found.kind == "partial"
    assert found.speaker == "Friedrich Merz"


def test_participle_cue_takes_the_subject_of_its_verb(extract: Extract) -> None:
    text = "Senator Lindsey Graham criticised the plan, saying it was “a gift to our enemies”."
    found = statement(extract(text), "a gift to our enemies")
    assert found.speaker == "Lindsey Graham"
    assert found.cue == "saying"


def test_pronoun_resolves_to_the_person_named_before(extract: Extract) -> None:
    text = (
        "Russian President Vladimir Putin visited the plant on Monday.\n"
        "Later he promised to “help the people of the region”.\n"
    )
    found = statement(extract(text), "help the people")
    assert found.speaker == "Vladimir Putin"
    assert found.speaker_id == "vladimir-putin"
    assert found.speaker_mention is not None and found.speaker_mention.text == "he"


def test_reported_speech_without_quote_marks(extract: Extract) -> None:
    text = "Defence Minister Pete Hegseth said that the ships would leave the port by Friday."
    found = statement(extract(text), "the ships would leave the port")
    assert found.kind == "reported"
    assert found.speaker == "Pete Hegseth"
    assert found.quote.startswith("the ships")


def test_unnamed_speaker_keeps_the_words_of_the_attribution(extract: Extract) -> None:
    text = "“The border is closed until further notice,” a spokesman for the ministry said."
    found = statement(extract(text), "The border is closed")
    assert found.speaker_id is None
    assert found.speaker_mention is not None
    assert "spokesman" in found.speaker_mention.text


def test_multi_paragraph_quote_reopens_each_paragraph(extract: Extract) -> None:
    text = (
        "Secretary-General António Guterres said:\n\n"
        "“The first point is simple. We need a ceasefire now.\n\n"
        "“The second point is harder. We need the aid to flow.”\n"
    )
    result = extract(text)
    found = statement(result, "The first point is simple")
    assert "We need the aid to flow." in found.quote
    assert found.speaker == "António Guterres"


def test_scare_quotes_and_titles_are_not_statements(extract: Extract) -> None:
    text = "The so-called “peace dividend” was discussed. She reviewed the book “War and Peace”."
    assert not [s for s in extract(text).statements if s.kind != "reported"]


@pytest.mark.parametrize(
    "text",
    [
        "He said “this never closes. And it goes on.",
        '“”“ “ ” " " "',
        'Odd "marks" here " and “there',
        "“",
    ],
)
def test_odd_and_mismatched_marks_never_break_extraction(extract: Extract, text: str) -> None:
    result = extract("Officials met in Geneva on Monday.\n" + text)
    full = "Officials met in Geneva on Monday.\n" + text
    for found in result.statements:
        assert full[found.start : found.end] == found.quote


def test_quote_pairing_handles_curly_straight_and_unclosed_marks() -> None:
    text = 'He said "yes." Then: “no”, and “maybe it is fine.\n'
    paragraphs = split_paragraphs(text)
    quotes = find_quotes(text, paragraphs)
    assert [text[q.start : q.end] for q in quotes] == ["yes.", "no", "maybe it is fine."]
    assert [q.closed for q in quotes] == [True, True, False]


def test_grouping_joins_a_quote_interrupted_by_its_attribution() -> None:
    text = "“First part,” he said, “second part.”"
    quotes = find_quotes(text, split_paragraphs(text))
    groups = group_quotes(text, quotes)
    assert len(groups) == 1 and len(groups[0]) == 2
