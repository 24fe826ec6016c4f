"""One person spelled differently by different outlets: `Araqchi` / `Araghchi` join one actor
when the given name and the roles agree, and stay apart otherwise. Actors are built by hand."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from briefgen.assemble import merge
from briefgen.assemble.briefing import assemble
from briefgen.assemble.merge import actor_names
from briefgen.model import (
    Actor,
    Event,
    Extraction,
    Mention,
    Participant,
    Pipeline,
    Place,
    Source,
    Span,
    Statement,
    slug,
)
from briefgen.model.config import ActorRules, Config
from briefgen.model.vocab import ActorType


def actor(
    name: str,
    *roles: str,
    mentions: int = 1,
    sources: tuple[str, ...] = ("a",),
    affiliation: str | None = None,
    kind: ActorType = "person",
) -> Actor:
    return Actor(
        id=slug(name),
        name=name,
        type=kind,
        roles=roles,
        mentions=tuple(Mention(sources[0], i, i + 1, name) for i in range(mentions)),
        sources=sources,
        affiliation=affiliation,
    )


def names(*actors: Actor, rules: ActorRules | None = None) -> dict[str, str]:
    return actor_names(actors, rules or ActorRules())


def test_araqchi_and_araghchi_with_one_given_name_and_role_are_one_person() -> None:
    renames = names(
        actor("Abbas Araqchi", "Iranian Foreign Minister", mentions=4, affiliation="Iran"),
        actor("Abbas Araghchi", "foreign minister", sources=("b",)),
    )
    assert renames == {"Abbas Araghchi": "Abbas Araqchi"}


def test_zelensky_and_zelenskyy_are_one_person() -> None:
    renames = names(
        actor("Volodymyr Zelensky", mentions=3),
        actor("Volodymyr Zelenskyy", "Ukrainian President", sources=("b",)),
    )
    assert renames == {"Volodymyr Zelenskyy": "Volodymyr Zelensky"}


def test_gaddafi_and_qaddafi_differ_in_a_letter_of_a_long_name() -> None:
    renames = names(actor("Muammar Gaddafi", mentions=2), actor("Muammar Qaddafi"))
    assert renames == {"Muammar Qaddafi": "Muammar Gaddafi"}


def test_an_initial_stands_for_the_given_name_but_the_written_out_name_is_kept() -> None:
    renames = names(
        actor("V. Zelenskyy", "president", mentions=5),
        actor("Volodymyr Zelensky", "Ukrainian President", sources=("b",)),
    )
    assert renames == {"V. Zelenskyy": "Volodymyr Zelensky"}


def test_accents_and_case_are_no_difference() -> None:
    renames = names(actor("Recep Tayyip Erdoğan", mentions=2), actor("Recep Tayyip ERDOGAN"))
    assert renames == {"Recep Tayyip ERDOGAN": "Recep Tayyip Erdoğan"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mark Kelly", "Mike Kelly"),  # the same surname
        ("John Smith", "Joan Smyth"),
        ("Muammar Gaddafi", "Saif Qaddafi"),  # a long surname a letter apart: his son
        ("Abbas Araqchi", "Kazem Araghchi"),
    ],
)
def test_different_given_names_stay_apart(first: str, second: str) -> None:
    assert names(actor(first, "senator"), actor(second, "senator", sources=("b",))) == {}
    assert names(actor(first), actor(second, sources=("b",))) == {}


def test_a_short_surname_a_letter_apart_is_another_name() -> None:
    """Smith and Smyth, Jones and Jonas, Lee and Lees are different families, whatever the
    given name."""
    assert names(actor("John Smith"), actor("John Smyth", sources=("b",))) == {}
    assert names(actor("Tom Jones", "singer"), actor("Tom Jonas", "singer")) == {}
    assert names(actor("Mary Lee", "judge"), actor("Mary Lees", "judge")) == {}  # under 4 letters


@pytest.mark.parametrize(
    "other",
    [
        actor("Abbas Araghchi", "football coach", sources=("b",)),  # no role word in common
        actor("Abbas Araghchi", "foreign minister", affiliation="Iraq"),  # another state's
    ],
)
def test_contradicting_roles_stay_apart(other: Actor) -> None:
    minister = actor("Abbas Araqchi", "Iranian Foreign Minister", mentions=4, affiliation="Iran")
    assert names(minister, other) == {}


def test_a_role_on_one_side_only_contradicts_nothing() -> None:
    renames = names(actor("Abbas Araqchi", "foreign minister", mentions=2), actor("Abbas Araghchi"))
    assert renames == {"Abbas Araghchi": "Abbas Araqchi"}


def test_the_best_attested_spelling_is_canonical_in_any_order() -> None:
    # Araghchi: more mentions; Zelensky/Zelenskyy: equal mentions, more sources;
    # Gaddafi/Qaddafi: a tie throughout, so the alphabet decides.
    actors = [
        actor("Abbas Araqchi", "foreign minister", mentions=2, sources=("a", "b", "c")),
        actor("Abbas Araghchi", "Iranian Foreign Minister", mentions=5),
        actor("Volodymyr Zelensky", mentions=2),
        actor("Volodymyr Zelenskyy", mentions=2, sources=("a", "b")),
        actor("Muammar Qaddafi"),
        actor("Muammar Gaddafi"),
    ]
    expected = {
        "Abbas Araqchi": "Abbas Araghchi",
        "Volodymyr Zelensky": "Volodymyr Zelenskyy",
        "Muammar Qaddafi": "Muammar Gaddafi",
    }
    for order in itertools.permutations(actors):
        assert names(*order) == expected


def test_each_variant_joins_the_spelling_it_matches_not_a_chain() -> None:
    """Kelly ~ Kelley ~ Kelleys: the last is not close to the first and stays apart."""
    renames = names(
        actor("Mark Kelly", mentions=3),
        actor("Mark Kelley", mentions=2),
        actor("Mark Kelleys"),
    )
    assert renames == {"Mark Kelley": "Mark Kelly"}


def test_organisations_are_not_joined_by_spelling() -> None:
    for kind in ("organization", "group", "state"):
        companies = [
            actor("Rosneft Holdings", mentions=2, kind=kind),
            actor("Rosneft Holding", sources=("b",), kind=kind),
        ]
        assert names(*companies) == {}


def test_the_config_wins() -> None:
    abbas = actor("Abbas Araqchi", "foreign minister", mentions=5)
    variant = actor("Abbas Araghchi", "foreign minister")
    # the config's spelling is canonical however few outlets use it
    assert names(abbas, variant, rules=ActorRules(aliases={"Abbas Araghchi": ["FM"]})) == {
        "FM": "Abbas Araghchi",
        "Abbas Araqchi": "Abbas Araghchi",
    }
    opposite = ActorRules(merge={"Abbas Araqchi": "Abbas Araghchi"})
    assert names(abbas, variant, rules=opposite) == {"Abbas Araqchi": "Abbas Araghchi"}
    elsewhere = ActorRules(merge={"Abbas Araghchi": "Iranian delegation"})
    assert names(abbas, variant, rules=elsewhere) == {"Abbas Araghchi": "Iranian delegation"}
    assert names(abbas, variant, rules=ActorRules(ignore=["Abbas Araghchi"])) == {}


def test_a_surname_alone_follows_its_full_name_to_the_other_spelling() -> None:
    renames = names(
        actor("Abbas Araqchi", "foreign minister", mentions=4),
        actor("Abbas Araghchi", "foreign minister", sources=("b",)),
        actor("Araghchi", sources=("c",)),  # `_surnames` joins it to `Abbas Araghchi`
    )
    assert renames == {"Abbas Araghchi": "Abbas Araqchi", "Araghchi": "Abbas Araqchi"}


def test_a_lone_surname_spelled_otherwise_joins_only_one_person_with_its_role() -> None:
    minister = actor("Abbas Araqchi", "Iranian Foreign Minister", mentions=4, affiliation="Iran")
    lone = actor("Araghchi", "foreign minister", sources=("b",))
    assert names(minister, lone) == {"Araghchi": "Abbas Araqchi"}
    # no role to agree: the surname alone proves nothing
    assert names(minister, actor("Araghchi", sources=("b",))) == {}
    assert names(minister, actor("Araghchi", "football coach", sources=("b",))) == {}
    # two people it could be: neither
    deputy = actor("Kazem Araqchi", "deputy foreign minister", sources=("c",))
    assert names(minister, lone, deputy) == {}


def test_comparisons_stay_within_blocks_of_one_given_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of people, but surnames are scored only against those of the same given name."""
    compared = []
    cdist = merge.process.cdist

    def counting(queries: list[str], choices: list[str], **kwargs: Any) -> Any:
        compared.append(len(queries) * len(choices))
        return cdist(queries, choices, **kwargs)

    monkeypatch.setattr(merge.process, "cdist", counting)
    people = [actor(f"Given{i} Surname{i % 7}", mentions=1 + i % 3) for i in range(3000)]
    people += [actor("Abbas Araqchi", mentions=2), actor("Abbas Araghchi")]
    assert names(*people) == {"Abbas Araghchi": "Abbas Araqchi"}
    assert sum(compared) <= 4 * len(people)


def test_the_briefing_lists_one_actor_and_one_speaker() -> None:
    text = "“We will talk,” Abbas Araghchi said."

    def outlet(source: str, name: str, mentions: int) -> Extraction:
        said = Statement(
            id=f"{source}-1",
            source=source,
            start=1,
            end=13,
            quote="We will talk",
            kind="direct",
            speaker=name,
            speaker_id=slug(name),
            speaker_mention=Span(name, 16, 16 + len(name)),
            cue="said",
            confidence=0.9,
            sentence=Span(text, 0, len(text)),
        )
        minister = actor(name, "foreign minister", mentions=mentions, sources=(source,))
        return Extraction(
            Pipeline("m", "1", "t"),
            (Source(id=source, path=f"{source}.txt", title=source, text=text),),
            (minister,),
            (said,),
            (),
        )

    briefing = assemble(
        [outlet("a", "Abbas Araghchi", 1), outlet("b", "Abbas Araqchi", 3)],
        Config(title="Talks"),
        Pipeline("m", "1", "t"),
    )
    assert [a.name for a in briefing.actors] == ["Abbas Araqchi"]
    assert briefing.actors[0].aliases == ("Abbas Araghchi",)
    assert set(briefing.actors[0].sources) == {"a", "b"}
    assert [(s.speaker, s.speaker_id, s.corroboration) for s in briefing.statements] == [
        ("Abbas Araqchi", "abbas-araqchi", 2)
    ]


def test_a_name_the_reports_give_an_acts_place_is_no_person_without_a_title() -> None:
    text = "Rebels fought in Misrata, near a base named after Obama."
    fought = Event(
        id="ev-1",
        source="a",
        type="FIGHT",
        trigger=Span("fought", 7, 13),
        actors=(Participant("rebels", None, 0, 6),),
        targets=(),
        places=(Place("Misrata", 17, 24), Place("Obama", 50, 55)),
        date=None,
        date_text=None,
        date_precision=None,
        sentence=Span(text, 0, len(text)),
        summary="Rebels fought in Misrata",
        confidence=0.8,
    )
    people = (
        actor("Misrata", "sea port under rebel control", mentions=5),  # the tagger's "person"
        actor("Obama", "President"),
        actor("Brega"),  # never an act's place: nothing says it is not a person
    )
    found = Extraction(
        Pipeline("m", "1", "t"),
        (Source(id="a", path="a.txt", title="a", text=text),),
        people,
        (),
        (fought,),
    )
    briefing = assemble([found], Config(title="Libya"), Pipeline("m", "1", "t"))
    assert sorted(a.name for a in briefing.actors) == ["Brega", "Obama"]


def test_an_outlet_named_only_in_its_own_reports_is_no_actor() -> None:
    def report(source: str, publisher: str) -> Source:
        text = f"TRIPOLI ({publisher}) - NATO aircraft struck targets near Tripoli, AP said."
        return Source(id=source, path=f"{source}.txt", title=source, text=text, publisher=publisher)

    wire = actor("Reuters", mentions=3, sources=("a", "b"), kind="organization")
    cited = actor("AP", sources=("a", "c"), kind="organization")  # by Reuters, and by itself
    found = Extraction(
        Pipeline("m", "1", "t"),
        (report("a", "reuters"), report("b", "Reuters"), report("c", "AP")),
        (wire, cited, actor("NATO", sources=("a",), kind="organization")),
        (),
        (),
    )
    briefing = assemble([found], Config(title="Libya"), Pipeline("m", "1", "t"))
    assert sorted(a.name for a in briefing.actors) == ["AP", "NATO"]
