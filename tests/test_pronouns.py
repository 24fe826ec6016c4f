"""Whom a pronoun points at, and whole names of parties and documents (issue 11).

A wrong person is worse than none: where the text does not let us tell, the pronoun stays
unresolved and the act loses its doer rather than gaining someone else.
"""

from __future__ import annotations

from conftest import Extract

from briefgen.model import Event, Extraction


def doers(extraction: Extraction, trigger: str) -> list[list[str]]:
    found: list[Event] = [e for e in extraction.events if e.trigger.text == trigger]
    return [[p.name for p in e.actors] for e in found]


def test_a_pronoun_continues_the_subject_of_the_sentence_before(extract: Extract) -> None:
    text = (
        "Prime Minister Tony Blair met Gordon Brown on Monday. "
        "The two men spoke for an hour. "
        "Later Blair visited Leeds. He criticised the Conservatives."
    )
    assert doers(extract(text), "criticised") == [["Tony Blair"]]


def test_a_subject_we_cannot_name_stops_the_search(extract: Extract) -> None:
    text = (
        "Oliver Letwin attacked the plans on Monday. "
        "The chancellor meanwhile said the figures were sound. "
        "He criticised the Conservatives."
    )
    # `the chancellor` is nobody the text names: `he` is not Letwin
    assert doers(extract(text), "criticised") == []


def test_a_pronoun_cannot_stand_for_a_name_in_what_it_says(extract: Extract) -> None:
    text = "Michael Howard spoke first. Why will Tony Blair not accept the offer, he demanded."
    assert doers(extract(text), "demanded") == [["Michael Howard"]]


def test_whoever_says_it_is_whom_a_pronoun_in_it_means(extract: Extract) -> None:
    text = (
        "Gordon Brown has been criticised. "
        "The feud has prompted a Labour donor to say he will refuse to give more funds."
    )
    assert doers(extract(text), "refuse") != [["Gordon Brown"]]
    said = extract("Gordon Brown spoke. Tony Blair said he would visit Iraq soon.")
    assert doers(said, "visit") == [["Tony Blair"]]


def test_we_is_the_speakers_side_not_a_name_before(extract: Extract) -> None:
    text = "The BBC asked Ms Hewitt about pay. She said we would cooperate with the unions."
    assert doers(extract(text), "cooperate") == [["Hewitt"]]


def test_party_names_are_whole_and_never_people(extract: Extract) -> None:
    result = extract(
        "The Liberal Democrats criticised the plans. The Lib Dems have condemned the tax."
    )
    assert doers(result, "criticised") == [["Liberal Democrats"]]
    assert doers(result, "condemned") == [["Liberal Democrats"]]
    party = next(a for a in result.actors if a.name == "Liberal Democrats")
    assert party.type == "organization"


def test_a_party_government_is_the_party(extract: Extract) -> None:
    text = "Free sports training would be offered to children by a future Tory government."
    assert doers(extract(text), "offered") == [["Conservative Party"]]
