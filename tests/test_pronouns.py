"""Whom a pronoun points at, and whole names of parties and documents (issue 11).

A wrong person is worse than none: where the text does not let us tell, the pronoun stays
unresolved and the act loses its doer rather than gaining someone else.
"""

from __future__ import annotations

import pytest
from conftest import Extract

from briefgen.model import Event, Extraction


def doers(extraction: Extraction, trigger: str) -> list[list[str]]:
    found: list[Event] = [e for e in extraction.events if e.trigger.text == trigger]
    return [[p.name for p in e.actors] for e in found]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Prime Minister Tony Blair met Gordon Brown on Monday. "
            "The two men spoke for an hour. "
            "Later Blair visited Leeds. He criticised the Conservatives.",
            "Tony Blair",
        ),
        # what the sentence before was about, not a name in what its subject said
        (
            "Senator John McCain said Barack Obama had taken money from oil firms. "
            "He also criticised the White House.",
            "John McCain",
        ),
    ],
)
def test_a_pronoun_continues_the_subject_of_the_sentence_before(
    extract: Extract, text: str, doer: str
) -> None:
    assert doers(extract(text), "criticised") == [[doer]]


def test_whoever_says_one_should_not_act_demands_it(extract: Extract) -> None:
    told = extract("Senator John McCain said Barack Obama should not impose a new tax.")
    (demand,) = [e for e in told.events if e.trigger.text == "impose"]
    assert (demand.type, demand.negated) == ("DEMAND", False)
    assert [[p.name for p in demand.actors], [p.name for p in demand.targets]] == [
        ["John McCain"],
        ["Barack Obama"],
    ]


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


def test_a_spokesman_speaks_for_someone_else(extract: Extract) -> None:
    text = (
        "Duncan Bannatyne gave money to Labour. "
        "His spokesman said he would not fund the Conservatives."
    )
    assert doers(extract(text), "fund") == [["Duncan Bannatyne"]]


def test_the_chancellor_is_not_the_shadow_chancellor(extract: Extract) -> None:
    text = (
        "Shadow chancellor Oliver Letwin spoke first. "
        "The chancellor pledged to continue economic stability. "
        "He criticised the Conservatives."
    )
    assert doers(extract(text), "criticised") == []


def test_a_pronoun_before_the_subject_points_ahead(extract: Extract) -> None:
    text = (
        "David Blunkett resigned. "
        "After his inquiry, Parliamentary watchdog Sir Philip Mawer will report to the committee."
    )
    (inquiry,) = [e for e in extract(text).events if e.trigger.text == "inquiry"]
    assert [p.name for p in inquiry.actors] == ["Philip Mawer"]


def test_mrs_howard_is_not_mr_howard(extract: Extract) -> None:
    text = (
        "Conservative leader Michael Howard spoke. Mr Howard said the party would win. "
        "Mrs Howard will make solo visits to target seats."
    )
    result = extract(text)
    assert doers(result, "visits") == [["Mrs Howard"]]


def test_a_title_stays_with_the_person_it_fits_when_another_of_the_name_comes_up(
    extract: Extract,
) -> None:
    text = (
        "Hillary Rodham Clinton criticised the trade deal. Mrs. Clinton said she would not"
        " back it.\n\nThe deal was compared with Nafta, which President Bill Clinton signed in"
        " 1993.\n\nMrs. Clinton said, aligning herself with Ms. Pelosi over a lame-duck"
        " president, that Congress should decide."
    )
    assert doers(extract(text), "aligning") == [["Hillary Rodham Clinton"]]


def test_a_subject_pronoun_is_no_one_named_in_its_own_clause(extract: Extract) -> None:
    text = (
        "Former president Vicente Fox criticised Donald Trump on Monday. Trump replied in a"
        " speech. This triggered a fiery response from Fox, as he called on Trump to apologize."
    )
    assert doers(extract(text), "called") == [["Vicente Fox"]]


def test_it_after_a_speaker_taken_for_a_person_is_no_body_named_before(
    extract: Extract,
) -> None:
    text = (
        "Baikal Finance Group bought the Yuganskneftegas unit on Sunday. Yukos has said it will"
        " sue Baikal and others involved in the sale."
    )
    assert doers(extract(text), "sue") in ([], [["Yukos"]])


def test_a_word_that_opens_a_bodys_name_is_that_body(extract: Extract) -> None:
    text = (
        "Baikal Finance Group bought the unit on Sunday. Yukos will sue Baikal for damages, its"
        " lawyers said."
    )
    (sue,) = [e for e in extract(text).events if e.trigger.text == "sue"]
    assert [p.name for p in sue.targets] == ["Baikal Finance Group"]


def test_many_nations_are_not_the_state_the_article_is_about(extract: Extract) -> None:
    text = (
        "Britain will host the summit. Britain wants a deal. "
        "Gordon Brown has called on rich nations to fund the plan."
    )
    (call,) = [e for e in extract(text).events if e.trigger.text == "called"]
    assert "United Kingdom" not in [p.name for p in call.targets]


def test_a_possessive_in_a_reported_clause_is_its_subjects(extract: Extract) -> None:
    text = "Robert Gibbs said Barack Obama intended to fulfil his pledge to restore the Gulf."
    (pledge,) = [e for e in extract(text).events if e.trigger.text == "pledge"]
    assert [p.name for p in pledge.actors] == ["Barack Obama"]


def test_many_people_are_not_he(extract: Extract) -> None:
    text = (
        "In one incident, an officer was heckled by troops from Tripoli after he tried to "
        "order them to stop shooting in the air."
    )
    assert doers(extract(text), "order") in ([], [[]])


def test_the_countrys_title_names_the_one_person_holding_it(extract: Extract) -> None:
    one = (
        "President Barack Obama said the United States would make BP pay. "
        "If the US president continues to demand his scalp, BP's board has to act."
    )
    assert doers(extract(one), "demand") == [["Barack Obama"]]
    # two presidents named: the title is neither
    two = one + " President Vladimir Putin said Russia would help. The president condemned BP."
    assert doers(extract(two), "condemned") in ([], [[]])


def test_he_in_a_clause_on_someones_words_is_their_speaker(extract: Extract) -> None:
    text = (
        "On the site Twitter, a supporter of the revolt sounded a note of disappointment. "
        "Obama's passing reference to Yemen, in which he urged President Ali Abdullah Saleh to "
        "follow through on his reported agreement to step down, drew mixed reviews."
    )
    found = extract(text)
    assert doers(found, "urged") == [["Obama"]]
    # ... and `his` in what Saleh is urged to do is Saleh's
    assert doers(found, "agreement") == [["Ali Abdullah Saleh"]]


def test_his_in_what_someone_unnamed_is_asked_to_do_is_not_the_asker(extract: Extract) -> None:
    text = (
        "Merkel urged Putin to keep his promise to withdraw troops. "
        "Cameron asked the minister to explain her decision to cut aid."
    )
    assert doers(extract(text), "cut") == []


def test_they_in_what_people_who_speak_say_are_those_people(extract: Extract) -> None:
    text = (
        "The Associated Press interviewed dozens who say they have requested compensation. "
        "Obama met senators who said they would block the bill."
    )
    found = extract(text)
    assert ["Associated Press"] not in doers(found, "requested")
    assert doers(found, "block") == [["senators"]]


def test_he_continues_the_name_that_opens_the_sentence_before(extract: Extract) -> None:
    text = (
        "Saad Djebbar, an international lawyer who negotiated the release in Scotland two "
        "years ago of Abdelbaset al-Megrahi, the man convicted of blowing up a Pan-Am flight "
        "over Lockerbie, believes it is vital to establish a coalition of cultures. "
        "He called on the international community to facilitate that coalition."
    )
    assert doers(extract(text), "called") == [["Saad Djebbar"]]


def test_a_name_repeated_in_whose_interests_a_pronoun_acts_is_still_its_own(
    extract: Extract,
) -> None:
    text = (
        "The LSE rejected Deutsche Boerse's offer in December. "
        "But it agreed to leave the door open for talks in the interests of LSE's shareholders."
    )
    assert doers(extract(text), "agreed") == [["LSE"]]


def test_they_after_people_named_nearer_is_not_a_body_named_before(extract: Extract) -> None:
    text = (
        "Arab News said Labour Minister Ghazi al-Gosaibi had caused uproar when he said his "
        "ministry was having difficulty hiring women because they demanded segregated offices. "
        "Police arrested three students because they demanded a recount. "
        "Striking workers marched in Paris. They demanded higher pay."
    )
    assert doers(extract(text), "demanded") == [["Striking workers"]]


def test_a_subject_that_is_no_one_stands_for_its_owner(extract: Extract) -> None:
    text = (
        "The questioning appeared to reflect Kenneth Starr's pledge to press on with his "
        "investigation of whether President Clinton had a relationship with Ms. Lewinsky. "
        "Starr's office did not return a telephone call about renewed criticism of his tactics, "
        "including his subpoena of bookstore records."
    )
    assert doers(extract(text), "subpoena") == [["Kenneth Starr"]]


def test_his_opponents_are_not_his_own_people(extract: Extract) -> None:
    text = (
        "Officials met. Yeltsin met his opponents on Tuesday. Police arrested her friends. "
        "The army deployed its troops."
    )
    events = extract(text).events
    targets = {e.trigger.text: [p.name for p in e.targets] for e in events}
    assert targets["met"] == ["his opponents"]
    assert targets["arrested"] == ["her friends"]
    assert targets.get("deployed", []) == []


def test_it_in_what_it_takes_to_act_is_no_one(extract: Extract) -> None:
    text = (
        "Officials met. The IRA planted 22 bombs. It required only one man with a loud hailer "
        "to clear each target area in no time. It demanded the release of prisoners."
    )
    assert doers(extract(text), "required") == []
    assert doers(extract(text), "demanded") == [["IRA"]]
