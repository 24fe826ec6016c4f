"""Events: PLOVER types, sides in active and passive voice, compounds, places, dates."""

from __future__ import annotations

import datetime as dt
import typing

import pytest
from conftest import Extract

from briefgen.extract.dates import normalize
from briefgen.model import Event, EventType, Extraction


def event(extraction: Extraction, trigger: str) -> Event:
    found = [e for e in extraction.events if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r} in {[e.trigger.text for e in extraction.events]}"
    return found[0]


def sides(found: Event) -> tuple[list[str], list[str]]:
    return [p.name for p in found.actors], [p.name for p in found.targets]


def test_active_voice_strike_with_places_and_relative_date(extract: Extract) -> None:
    text = (
        "The day before, the United States struck three of Iran’s nuclear facilities "
        "in the cities of Fordow, Natanz and Isfahan."
    )
    found = event(extract(text, published="2025-06-23"), "struck")
    assert found.type == "FIGHT"
    assert sides(found) == (["United States"], ["Iran"])
    assert [p.name for p in found.places] == ["Fordow", "Natanz", "Isfahan"]
    assert (found.date, found.date_text, found.date_precision) == (
        "2025-06-22",
        "The day before",
        "day",
    )


def test_passive_voice_takes_the_agent_as_actor(extract: Extract) -> None:
    found = event(extract("Ukraine was attacked by Russia on Tuesday."), "attacked")
    assert found.type == "FIGHT"
    assert sides(found) == (["Russia"], ["Ukraine"])


def test_compound_subject_gives_every_actor(extract: Extract) -> None:
    text = "France, Germany and Italy condemned Iran for the attack."
    found = event(extract(text), "condemned")
    assert found.type == "DISAPPROVE"
    assert sides(found) == (["France", "Germany", "Italy"], ["Iran"])


def test_the_owner_named_after_of_brings_its_conjuncts(extract: Extract) -> None:
    found = extract(
        "Foreign ministers of Poland and Lithuania agreed on Thursday to reopen the border "
        "crossing. Three of Iran's nuclear facilities were struck."
    )
    [agreed] = [e for e in found.events if e.trigger.text == "agreed"]
    assert [a.name for a in agreed.actors] == ["Poland", "Lithuania"]


def test_threat_finds_its_target_in_the_complement(extract: Extract) -> None:
    result = extract("In response, Tehran threatened to strike US bases in the region.")
    threat = event(result, "threatened")
    assert threat.type == "THREATEN"
    assert sides(threat) == (["Iran"], ["United States"])
    assert threat.modality == "intended"  # threatened, not done
    # the strike is only threatened: part of the threat, not an event of its own
    assert [e.trigger.text for e in result.events] == ["threatened"]


def test_nominal_event_with_possessive_actor(extract: Extract) -> None:
    text = "Egypt hosted talks. Egypt’s meeting with Israel lasted two hours."
    found = event(extract(text), "meeting")
    assert found.type == "CONSULT"
    assert sides(found) == (["Egypt"], ["Israel"])


def test_recipient_is_the_target_of_a_transfer(extract: Extract) -> None:
    text = (
        "Russian President Vladimir Putin met envoy Abbas Araqchi. "
        "Araqchi handed the Russian leader a letter from Ayatollah Khamenei."
    )
    found = event(extract(text), "handed")
    assert sides(found) == (["Abbas Araqchi"], ["Vladimir Putin"])


def test_negation_is_kept(extract: Extract) -> None:
    found = event(extract("China did not criticise Russia."), "criticise")
    assert found.negated
    assert found.summary == "China did not criticise Russia"


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        # the doer named in front where the words quoted do not name it
        (
            "The Liberal Democrats say Mr Clarke should resign.",
            "Liberal Democrats: Mr Clarke should resign",
        ),
        # the framing verb with the act, without the clauses hung on them
        (
            "Syria offered to negotiate with Lebanon, officials said on Monday.",
            "Syria offered to negotiate with Lebanon",
        ),
        (
            "Russia urged Iran to release the sailors, who were seized in March.",
            "Russia urged Iran to release the sailors",
        ),
        (
            "President Vladimir Putin met Abbas Araqchi in Moscow, and they discussed the talks.",
            "President Vladimir Putin met Abbas Araqchi in Moscow",
        ),
    ],
)
def test_a_summary_quotes_the_clause_that_tells_the_act(
    extract: Extract, text: str, summary: str
) -> None:
    assert summary in [e.summary for e in extract(text).events]


def test_sides_point_at_their_mentions(extract: Extract) -> None:
    text = "Brazil and Argentina signed a trade agreement with Chile in Buenos Aires."
    result = extract(text)
    for found in result.events:
        for side in (*found.actors, *found.targets):
            assert text[side.start : side.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday", ("2025-06-22", "day")),
        ("on Sunday", ("2025-06-22", "day")),
        ("in 2003", ("2003", "year")),
        ("June 12", ("2025-06-12", "day")),
        ("March 2024", ("2024-03", "month")),
        ("last year", ("2024", "year")),
        ("12 September 2001", ("2001-09-12", "day")),
    ],
)
def test_dates_normalise_against_publication(text: str, expected: tuple[str, str]) -> None:
    published = dt.date(2025, 6, 23)  # a Monday
    found = normalize(text, published)
    assert found is not None
    assert (found.iso, found.precision) == expected


def test_relative_date_without_publication_date_stays_unresolved() -> None:
    assert normalize("the day before", None) is None


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "modality"),
    [
        ("Portugal will support Turkey's bid to join the bloc.", "support", "AGREE", "intended"),
        ("Syria offered to negotiate with Lebanon.", "offered", "AGREE", "intended"),
        ("Palestinian leaders said they would boycott Israel.", "boycott", "THREATEN", "intended"),
        ("Pakistan failed to cooperate with India.", "cooperate", "REJECT", "realised"),
        ("Israel has no plans to withdraw from Gaza.", "withdraw", "REJECT", "realised"),
        ("Iran threatened to strike Israel.", "threatened", "THREATEN", "intended"),
        ("Iran could strike Israel.", "strike", "FIGHT", "hypothetical"),
        ("If Iran strikes Israel, oil prices will rise.", "strikes", "FIGHT", "hypothetical"),
        ("Rebels often attack convoys on the road.", "attack", "FIGHT", "generic"),
    ],
)
def test_framing_changes_the_plover_type(
    extract: Extract, text: str, trigger: str, kind: str, modality: str | None
) -> None:
    found = event(extract(text), trigger)
    assert found.type == kind
    assert found.modality == modality


def test_a_reported_must_is_a_demand_of_the_speaker(extract: Extract) -> None:
    text = "Russia said on Tuesday that Sudan must return the helicopter."
    found = event(extract(text), "return")
    assert found.type == "DEMAND"
    assert sides(found) == (["Russia"], ["Sudan"])


def test_demonyms_and_phrases_are_sides(extract: Extract) -> None:
    found = event(extract("Senior Hungarian officials accused the rebel militias."), "accused")
    assert found.type == "DISAPPROVE"
    actors, targets = sides(found)
    assert actors == ["Hungary"]
    assert targets == ["rebel militias"]
    assert found.targets[0].id is None  # a phrase, not a known actor


def test_a_capital_acted_in_stands_for_its_state(extract: Extract) -> None:
    found = event(extract("Australia agreed to open a research centre in Tokyo."), "agreed")
    assert found.type == "AGREE"
    assert sides(found)[1] == ["Japan"]
    assert [p.name for p in found.places] == ["Tokyo"]


def test_a_state_acted_on_is_not_said_again_as_where(extract: Extract) -> None:
    text = (
        'Civil rights group Liberty said it was "delighted" but called on the government to'
        " release men indefinitely detained in the UK without charge or trial."
    )
    found = event(extract(text), "called")
    assert sides(found) == (["Liberty"], ["United Kingdom"])
    assert found.places == ()
    # where the ones detained are held is theirs
    assert [p.name for p in event(extract(text), "detained").places] == ["UK"]


def test_quoted_claims_are_not_events(extract: Extract) -> None:
    text = "Minister Anna Berg said: “Russia attacked our ships.”"
    assert not [e for e in extract(text).events if e.trigger.text == "attacked"]


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Iran released the British prisoners on Monday.", "released", "CONCEDE"),
        ("Iran released a video on Monday.", "released", None),  # communication
        ("Russia asked Iran to withdraw its troops.", "asked", "DEMAND"),
        ("Reporters asked whether Iran would withdraw.", "asked", None),  # a question
        ("Soldiers killed three villagers near the border.", "killed", "ASSAULT"),
        ("The Senate killed the bill on Tuesday.", "killed", None),  # not a person
        ("The Dow retreated on Monday.", "retreated", None),  # no one acts
        ("The house was struck by lightning.", "struck", None),  # nor here
        ("Locals warned the police of their fears.", "warned", None),  # no force threatened
        ("Iran warned of retaliation against Israel.", "warned", "THREATEN"),
        ("Maduro told a campaign rally in Caracas that he would win.", "rally", None),
        ("Teachers began a four-day strike on Monday.", "strike", "PROTEST"),
    ],
)
def test_a_words_sense_comes_from_its_frame(
    extract: Extract, text: str, trigger: str, kind: str | None
) -> None:
    """The type is not read off the word alone: what it is done to, its complement and its
    doer decide whether it names an act at all (PETRARCH's verb patterns, in spirit)."""
    found = [e for e in extract(text).events if e.trigger.text == trigger]
    assert [e.type for e in found] == ([kind] if kind else [])


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a side is someone: a thing, a topic or a place never is
        ("Iran criticised the decision by Israel.", "criticised", (["Iran"], ["Israel"])),
        ("Police arrested two men in Pennsylvania.", "arrested", (["Police"], ["two men"])),
        # a description names an actor only where the text says which
        ("The party criticised Israel.", "criticised", None),
        # a nation's troops stand for it; its extremists do not
        ("Peruvian troops shelled the town.", "shelled", (["Peru"], [])),
        (
            "Croatia investigated crimes by Croatian extremists.",
            "investigated",
            (["Croatia"], ["Croatian extremists"]),
        ),
        # whom a protest is against, where the text says so through what they did
        (
            "Students marched in protest against violations by the police.",
            "marched",
            (["Students"], ["police"]),
        ),
        # ... and not whom a relative clause about the thing opposed speaks of
        (
            "Douglas Hogg said he opposed the plans for ID cards branding them a regressive"
            " step which would intrude into the lives of ordinary citizens.",
            "opposed",
            (["Douglas Hogg"], []),
        ),
        (
            "Students who protested against violations by the police were arrested.",
            "protested",
            (["Students"], ["police"]),
        ),
        # the one rebuked is the object, if unnamed; what it is over is the topic
        (
            "Businessman Duncan Bannatyne attacked the government over Iraq.",
            "attacked",
            (["Duncan Bannatyne"], []),
        ),
        # ... but one's own forces are no one rebuked: where they go is whom it is aimed at
        (
            "Syria has strengthened its forces in Lebanon following the discovery of rockets.",
            "strengthened",
            (["Syria"], ["Lebanon"]),
        ),
        (
            "Hundreds of students from across the country gathered Friday for a march in"
            " Nairobi to protest the killings by police in the slums.",
            "march",
            (["students"], ["police"]),
        ),
    ],
)
def test_sides_are_actors_never_things(
    extract: Extract, text: str, trigger: str, expected: tuple[list[str], list[str]] | None
) -> None:
    found = [e for e in extract(text).events if e.trigger.text == trigger]
    if expected is None:
        assert found == []
    else:
        assert found and sides(found[0]) == expected


def test_the_one_asked_unnamed_is_not_whom_the_act_asked_for_speaks_of(extract: Extract) -> None:
    # `it` stands for the government asked; the resolver's guess, Liberty, is not the one asked
    text = (
        'Civil rights group Liberty said it was "delighted" but called on the government to'
        " release the men. Director Shami Chakrabarti called on the government to"
        ' "practise what it preaches" and free the detainees.'
    )
    found = [e for e in extract(text).events if e.trigger.text == "called"]
    assert [sides(e) for e in found] == [(["Liberty"], []), (["Shami Chakrabarti"], [])]


@pytest.mark.parametrize(
    ("text", "trigger", "modality", "negated"),
    [
        ("Russia attacked Ukraine on Monday.", "attacked", "realised", False),
        ("Russia did not attack Ukraine.", "attack", "realised", True),
        ("Russia could attack Ukraine.", "attack", "hypothetical", False),
        ("Russia urged Iran to release the prisoners.", "urged", "realised", False),
        ("Troops were deployed to repel the attackers.", "repel", "hypothetical", False),
        ("Experts generally support sanctions.", "support", "generic", False),
        ("Russia has threatened to strike Ukraine.", "threatened", "intended", False),
        ("Russia may strike Ukraine if talks fail.", "strike", "hypothetical", False),
        # what people at large keep doing is a pattern; what named forces go on doing happens
        ("The desert is rife with insurgents who continue to ambush regime forces.", "ambush",
         "generic", False),
        ("Gaddafi's forces continue to shell Misrata.", "shell", "realised", False),
        # a stance on an issue is held, not done; one on a measure or a side is taken
        ("Mike Huckabee opposes same-sex marriage.", "opposes", "generic", False),
        ("The tax will affect the officials who visit Cuba every year.", "visit", "generic",
         False),
        ("Russia opposes the resolution.", "opposes", "realised", False),
        # wanting to go on with an act intends it; going on with it does it
        ("The Libyan opposition would like to continue dialog with the Russian authorities.",
         "dialog", "intended", False),
        ("Iran resumed talks with the EU.", "talks", "realised", False),
        # a meeting expected is on the schedule; force expected is foreseen, not threatened
        ("Mikhail Margelov was expected to meet with leaders of the rebel Transitional National"
         " Council.",
         "meet", "intended", False),
        ("Russia is expected to attack Ukraine.", "attack", "hypothetical", False),
        # what others fear will happen is foreseen, not promised
        ("Officials worry that Russia will invade Ukraine.", "invade", "hypothetical", False),
        ("Russia said it will invade Ukraine.", "invade", "intended", False),
        # an act made possible or given time for is not done
        ("The move paves the way for the United States to reopen the embassy.", "reopen",
         "hypothetical", False),
        ("The resolution gave Iraq six weeks to withdraw from Kuwait.", "withdraw",
         "hypothetical", False),
        # a deed denied did not happen; it refuses nothing
        ("A government spokesman denied negotiating with the rebel leadership.", "negotiating",
         "realised", True),
        ("The NTC has consistently denied any bid to broker a compromise deal with Gaddafi.",
         "broker", "realised", True),
        # what a claim says, where the claim is denied, is said not to have happened
        ("Ibrahim denied a rebel report that Daw had been wounded.", "wounded", "realised",
         True),
        ("Ibrahim dismissed claims that rebels had captured the town.", "captured", "realised",
         True),
        ("Officials confirmed reports that rebels had captured the town.", "captured",
         "realised", False),
    ],
)  # fmt: skip
def test_modality_is_data(
    extract: Extract, text: str, trigger: str, modality: str, negated: bool
) -> None:
    found = event(extract(text), trigger)
    assert (found.modality, found.negated) == (modality, negated)


def test_crime_and_the_charge(extract: Extract) -> None:
    found = extract("The former minister was arrested on Monday for fraud.").events
    assert sorted(e.type for e in found) == ["COERCE", "CRIME"]


def test_an_explosion_has_no_doer_the_text_does_not_name(extract: Extract) -> None:
    found = event(
        extract("A roadside bomb exploded near the market, killing two people."), "exploded"
    )
    assert found.type == "ASSAULT" and found.actors == ()


def test_only_what_happened_reaches_a_reader(extract: Extract) -> None:
    """Done, or clearly intended, not denied, and sure enough: the rest stays in the JSON."""
    from briefgen.assemble.shown import told_as_happened

    text = (
        "Russia attacked Ukraine on Monday. Russia could attack Moldova. "
        "Russia did not attack Belarus. Russia has threatened to attack Poland."
    )
    found = extract(text, published="2025-06-23").events
    # (a bar low enough that the fitted confidence of these plain sentences clears it: what is
    # tested is that modality and denial hold back what the bar lets through)
    shown = [e.trigger.text + " " + e.targets[0].name for e in found if told_as_happened(e, 0.3)]
    assert shown == ["attacked Ukraine", "threatened Poland"]
    assert not [e for e in found if told_as_happened(e, 0.99)]


def test_the_confidence_weights_name_only_evidence_events_give() -> None:
    # A misspelt name in confidence.yaml would weigh nothing, silently.
    from briefgen.extract.events import EVIDENCE, _weights
    from briefgen.extract.lexicon import load_lexicon
    from briefgen.extract.triggers import REPORTED_OBLIGATION

    weights = _weights()
    lexicon = load_lexicon()
    words = {*lexicon.event_verbs, *lexicon.event_nouns, REPORTED_OBLIGATION}
    assert set(weights.signals) == set(EVIDENCE)
    assert set(weights.types) <= set(typing.get_args(EventType))
    assert weights.entries
    assert set(weights.entries) <= words


def test_an_entry_often_used_in_another_sense_lowers_the_confidence(extract: Extract) -> None:
    # What the other signals cannot see: how often the word that matched tells an act.
    from briefgen.extract.events import ENTRY, _weights, confidence_of

    told = next(e for e in extract("Russia condemned the attack on Kyiv.").events)
    assert told.evidence[-1] == ENTRY + "condemn"
    named = tuple(n for n in told.evidence if not n.startswith(ENTRY))
    entries = sorted(_weights().entries.items(), key=lambda item: item[1])
    (worst, _), (best, _) = entries[0], entries[-1]
    doubtful = confidence_of((*named, ENTRY + worst), told.type)
    trusted = confidence_of((*named, ENTRY + best), told.type)
    assert doubtful < confidence_of(named, told.type) < trusted


def test_confidence_rests_on_the_evidence_it_names(extract: Extract) -> None:
    from briefgen.extract.events import confidence_of

    text = "Russia condemned the attack on Kyiv. Russia might condemn the attack on Kyiv."
    told, possible = (e for e in extract(text).events if e.trigger.text.startswith("condemn"))
    assert {"verb", "doer-named", "target-named"} <= set(told.evidence)
    assert "hypothetical" in possible.evidence and "hypothetical" not in told.evidence
    assert told.confidence == confidence_of(told.evidence, told.type)
    assert possible.confidence < told.confidence


def test_a_doer_far_from_its_act_or_one_of_several_weighs_less(extract: Extract) -> None:
    text = (
        "Russia condemned the attack on Kyiv. Russia and China, which had spoken at length"
        " over the weekend about the crisis in the region, later condemned the attack."
    )
    near, far = (e for e in extract(text).events if e.trigger.text == "condemned")
    assert not {"doer-far", "doers-several"} & set(near.evidence)
    assert {"doer-far", "doers-several"} <= set(far.evidence)
    assert far.confidence < near.confidence
