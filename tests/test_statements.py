"""Statements: quote spans, attribution, speakers, kinds, and texts that must not break."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Extract

from briefgen.extract.quotes import find_quotes, group_quotes
from briefgen.model import Extraction, Statement
from briefgen.read.paragraphs import split_paragraphs


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
    """One quote over two paragraphs: a statement per paragraph (no span crosses one), both
    attributed to the speaker named before the first."""
    text = (
        "Secretary-General António Guterres said:\n\n"
        "“The first point is simple. We need a ceasefire now.\n\n"
        "“The second point is harder. We need the aid to flow.”\n"
    )
    result = extract(text)
    first = statement(result, "The first point is simple")
    second = statement(result, "The second point is harder")
    assert first.quote == "The first point is simple. We need a ceasefire now."
    assert second.quote == "The second point is harder. We need the aid to flow."
    assert first.speaker == second.speaker == "António Guterres"


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


def test_title_resolves_to_the_named_holder(extract: Extract) -> None:
    text = (
        "President Joe Biden arrived in Warsaw on Friday.\n\n"
        "The president told reporters that the alliance had never been stronger.\n"
    )
    found = statement(extract(text), "the alliance had never been stronger")
    assert found.speaker == "Joe Biden"
    assert found.speaker_mention is not None and found.speaker_mention.text == "The president"


def test_organisation_speakers_and_reporting_outlets(extract: Extract) -> None:
    text = (
        "“We will not waver,” the ministry said in a statement.\n\n"
        "The Washington Post reports that the talks collapsed after midnight.\n\n"
        "According to Reuters, the convoy was turned back at the border.\n"
    )
    result = extract(text)
    assert statement(result, "We will not waver").speaker == "the ministry"
    post = statement(result, "the talks collapsed")
    assert (post.speaker, post.cue, post.kind) == ("Washington Post", "reports", "reported")
    reuters = statement(result, "the convoy was turned back")
    assert (reuters.speaker, reuters.cue) == ("Reuters", "according to")


def test_pronoun_resolves_across_paragraphs_and_skips_the_wrong_gender(extract: Extract) -> None:
    text = (
        "Chancellor Angela Merkel met Prime Minister Mark Rutte in Berlin.\n\n"
        "Rutte left early. Merkel said her government would act.\n\n"
        "“Europe is united on this,” she said.\n"
    )
    found = statement(extract(text), "Europe is united")
    assert found.speaker == "Angela Merkel"


def test_quote_after_its_attribution_keeps_the_speaker(extract: Extract) -> None:
    text = "“Does anybody know the plan?” Senator Lindsey Graham asked. “Neither do I.”"
    found = statement(extract(text), "Neither do I.")
    assert found.speaker == "Lindsey Graham"


def test_transcript_and_dash_line_name_their_speakers(extract: Extract) -> None:
    text = (
        "Partial transcript as follows:\n\n"
        '"WALLACE: Will you be there tomorrow night?\n\n'
        '"PENCE: We will be there, and we will win.\n\n'
        "Readers wrote in.\n\n"
        "“We stand with Ukraine today and tomorrow.” ― Boris Johnson\n"
    )
    result = extract(text)
    assert statement(result, "WALLACE: Will you").speaker.lower() == "wallace"  # type: ignore[union-attr]
    pence = statement(result, "PENCE: We will")
    assert pence.speaker is not None and pence.speaker.lower() == "pence"
    assert "Will you be there" not in pence.quote
    assert statement(result, "We stand with Ukraine").speaker == "Boris Johnson"


def test_nested_quote_stays_inside_the_outer_one(extract: Extract) -> None:
    text = 'Mr. Pence said: "Clinton thinks this is an episode of “Shark Tank.” It is not."'
    found = statement(extract(text), "Clinton thinks")
    assert found.quote.endswith("It is not.")
    assert not [s for s in extract(text).statements if s.quote == "Shark Tank."]


def test_higher_confidence_for_a_named_direct_quote_than_a_reported_clause(
    extract: Extract,
) -> None:
    text = (
        "“The border stays closed,” Interior Minister Nancy Faeser said.\n\n"
        "Faeser said that talks would resume next week.\n"
    )
    result = extract(text)
    direct = statement(result, "The border stays closed")
    reported = statement(result, "talks would resume")
    assert direct.confidence > reported.confidence


def test_mismatched_marks_still_pair(extract: Extract) -> None:
    text = '"Oz has a huge bully pulpit,” said David Gorski, a professor of surgery.'
    found = statement(extract(text), "Oz has a huge bully pulpit")
    assert found.speaker == "David Gorski"
    assert found.cue == "said"


def test_cue_added_by_a_project_lexicon_attributes_quotes(pipeline: object, tmp_path: Path) -> None:
    from conftest import make_source

    from briefgen.extract.lexicon import load_lexicon
    from briefgen.extract.pipeline import pipeline_info, source_doc
    from briefgen.extract.run import extract_doc

    text = "Senator Jane Doe grumbled that the plan was “utterly absurd” on Monday."
    (tmp_path / "cues.yaml").write_text("verbs: [grumble]\n", encoding="utf-8")
    source = make_source(text)
    nlp = pipeline  # the session pipeline: the extra cue lives in the lexicon, not the model
    doc = nlp(source_doc(nlp, source))  # type: ignore[arg-type,operator]
    result = extract_doc(doc, source, load_lexicon(str(tmp_path)), pipeline_info(nlp, "t"))  # type: ignore[arg-type]
    found = statement(result, "utterly absurd")
    assert (found.speaker, found.cue) == ("Jane Doe", "grumbled")
