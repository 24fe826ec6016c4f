"""Extractors on Docs built by hand, textacy-style: the coding rules are tested on a parse we
write ourselves, so these tests say what briefgen does with a parse, whatever the statistical
model would make of the sentence."""

from __future__ import annotations

import pytest
import spacy
from conftest import make_source
from spacy.tokens import Doc

from briefgen.extract.actors import find_actors
from briefgen.extract.events import extract_events
from briefgen.extract.lexicon import Lexicon, load_lexicon
from briefgen.extract.statements import extract_statements
from briefgen.model import Event, Source, Statement

# (word, lemma, coarse tag, fine tag, dependency, head index, entity label or "", space after)
Row = tuple[str, str, str, str, str, int, str, bool]
VOCAB = spacy.blank("en").vocab
PUBLISHED = "2025-06-23"  # a Monday


def hand_parsed(rows: list[Row]) -> tuple[Doc, Source]:
    """A Doc with the given parse and entities, and the one-paragraph source it is the text of."""
    labels, previous = [], ""
    for row in rows:
        label = row[6]
        labels.append(("I-" if label and label == previous else "B-") + label if label else "O")
        previous = label
    doc = Doc(
        VOCAB,
        words=[r[0] for r in rows],
        spaces=[r[7] for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        heads=[r[5] for r in rows],
        ents=labels,
    )
    return doc, make_source(doc.text, PUBLISHED)


@pytest.fixture(scope="module")
def words() -> Lexicon:
    return load_lexicon()


def events_of(rows: list[Row], lexicon: Lexicon) -> list[Event]:
    doc, source = hand_parsed(rows)
    return extract_events(doc, source, find_actors(doc, source, lexicon), lexicon)


def statements_of(rows: list[Row], lexicon: Lexicon) -> list[Statement]:
    doc, source = hand_parsed(rows)
    return extract_statements(doc, source, find_actors(doc, source, lexicon), lexicon)


def sides(event: Event) -> tuple[str, list[str], list[str]]:
    return event.type, [a.name for a in event.actors], [t.name for t in event.targets]


def test_an_act_with_its_doer_target_and_relative_date(words: Lexicon) -> None:
    # Russia condemned Israel on Sunday.
    (event,) = events_of(
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1, "GPE", True),
            ("condemned", "condemn", "VERB", "VBD", "ROOT", 1, "", True),
            ("Israel", "Israel", "PROPN", "NNP", "dobj", 1, "GPE", True),
            ("on", "on", "ADP", "IN", "prep", 1, "", True),
            ("Sunday", "Sunday", "PROPN", "NNP", "pobj", 3, "DATE", False),
            (".", ".", "PUNCT", ".", "punct", 1, "", False),
        ],
        words,
    )
    assert sides(event) == ("DISAPPROVE", ["Russia"], ["Israel"])
    assert (event.date, event.date_text, event.trigger.text) == (
        "2025-06-22",
        "Sunday",
        "condemned",
    )


def test_passive_voice_puts_the_agent_first(words: Lexicon) -> None:
    # Iran was struck by United States.
    (event,) = events_of(
        [
            ("Iran", "Iran", "PROPN", "NNP", "nsubjpass", 2, "GPE", True),
            ("was", "be", "AUX", "VBD", "auxpass", 2, "", True),
            ("struck", "strike", "VERB", "VBN", "ROOT", 2, "", True),
            ("by", "by", "ADP", "IN", "agent", 2, "", True),
            ("United", "United", "PROPN", "NNP", "compound", 5, "GPE", True),
            ("States", "States", "PROPN", "NNP", "pobj", 3, "GPE", False),
            (".", ".", "PUNCT", ".", "punct", 2, "", False),
        ],
        words,
    )
    assert sides(event) == ("FIGHT", ["United States"], ["Iran"])


@pytest.mark.parametrize(
    ("modal", "verb", "lemma", "expected", "modality"),
    [
        ("will", "support", "support", "AGREE", "intended"),  # promised cooperation: agreement
        ("will", "strike", "strike", "THREATEN", "intended"),  # promised force is a threat
        # what must be done, said by no one the text names: the writer's view, not a demand
        ("must", "support", "support", "SUPPORT", "hypothetical"),
        ("could", "strike", "strike", "FIGHT", "hypothetical"),  # a possibility, not an act
    ],
)
def test_how_an_act_is_framed_decides_its_type(
    words: Lexicon, modal: str, verb: str, lemma: str, expected: str, modality: str
) -> None:
    # Russia <modal> <verb> Iran.
    (event,) = events_of(
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 2, "GPE", True),
            (modal, modal, "AUX", "MD", "aux", 2, "", True),
            (verb, lemma, "VERB", "VB", "ROOT", 2, "", True),
            ("Iran", "Iran", "PROPN", "NNP", "dobj", 2, "GPE", False),
            (".", ".", "PUNCT", ".", "punct", 2, "", False),
        ],
        words,
    )
    assert sides(event) == (expected, ["Russia"], ["Iran"])
    assert event.modality == modality


def test_a_refused_cooperation_is_a_rejection(words: Lexicon) -> None:
    # Russia refused to support Iran.
    (event,) = events_of(
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1, "GPE", True),
            ("refused", "refuse", "VERB", "VBD", "ROOT", 1, "", True),
            ("to", "to", "PART", "TO", "aux", 3, "", True),
            ("support", "support", "VERB", "VB", "xcomp", 1, "", True),
            ("Iran", "Iran", "PROPN", "NNP", "dobj", 3, "GPE", False),
            (".", ".", "PUNCT", ".", "punct", 1, "", False),
        ],
        words,
    )
    assert sides(event) == ("REJECT", ["Russia"], ["Iran"])


def test_a_quote_is_attributed_to_the_subject_of_its_speech_verb(words: Lexicon) -> None:
    # “We will respond,” Araqchi said.
    (statement,) = statements_of(
        [
            ("“", "“", "PUNCT", "``", "punct", 7, "", False),
            ("We", "we", "PRON", "PRP", "nsubj", 3, "", True),
            ("will", "will", "AUX", "MD", "aux", 3, "", True),
            ("respond", "respond", "VERB", "VB", "ccomp", 7, "", False),
            (",", ",", "PUNCT", ",", "punct", 7, "", False),
            ("”", "”", "PUNCT", "''", "punct", 7, "", True),
            ("Araqchi", "Araqchi", "PROPN", "NNP", "nsubj", 7, "PERSON", True),
            ("said", "say", "VERB", "VBD", "ROOT", 7, "", False),
            (".", ".", "PUNCT", ".", "punct", 7, "", False),
        ],
        words,
    )
    assert (statement.quote, statement.kind, statement.cue) == ("We will respond", "direct", "said")
    assert statement.speaker == "Araqchi" and statement.speaker_mention is not None
    assert statement.speaker_mention.text == "Araqchi"


def test_what_a_quote_says_happened_is_not_an_event(words: Lexicon) -> None:
    # Putin said: “Israel attacked Iran.”
    rows: list[Row] = [
        ("Putin", "Putin", "PROPN", "NNP", "nsubj", 1, "PERSON", True),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "", False),
        (":", ":", "PUNCT", ":", "punct", 1, "", True),
        ("“", "“", "PUNCT", "``", "punct", 5, "", False),
        ("Israel", "Israel", "PROPN", "NNP", "nsubj", 5, "GPE", True),
        ("attacked", "attack", "VERB", "VBD", "ccomp", 1, "", True),
        ("Iran", "Iran", "PROPN", "NNP", "dobj", 5, "GPE", False),
        (".", ".", "PUNCT", ".", "punct", 1, "", False),
        ("”", "”", "PUNCT", "''", "punct", 1, "", False),
    ]
    assert events_of(rows, words) == []
    (statement,) = statements_of(rows, words)
    assert (statement.quote, statement.speaker) == ("Israel attacked Iran.", "Putin")
