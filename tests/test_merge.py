"""Across sources: four outlets tell one story (tests/data/story, written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from briefgen.assemble.briefing import assemble
from briefgen.assemble.merge import merge_events
from briefgen.extract import pipeline as nlp
from briefgen.extract.lexicon import Lexicon
from briefgen.extract.run import extract_all
from briefgen.model import Briefing, Event, Extraction, Participant, Source, Span
from briefgen.model.config import ActorRules, Config
from briefgen.read.seeds import find_seeds, read_sources

STORY = Path(__file__).resolve().parent / "data" / "story"


@pytest.fixture(scope="module")
def extractions(pipeline: Language, lexicon: Lexicon) -> list[Extraction]:
    sources = [s for s in read_sources(find_seeds([STORY], STORY)) if isinstance(s, Source)]
    assert len(sources) == 4
    return list(extract_all(pipeline, sources, lexicon))


def briefing(extractions: list[Extraction], rules: ActorRules | None = None) -> Briefing:
    config = Config(title="Trawler", actors=rules or ActorRules())
    return assemble(extractions, config, nlp.pipeline_info(nlp.load(config.model), "test"))


def seizures(result: Briefing) -> list[Event]:
    return [e for e in result.events if e.type == "COERCE" and e.trigger.text == "seized"]


def test_one_seizure_reported_by_four_outlets(extractions: list[Extraction]) -> None:
    found = seizures(briefing(extractions))
    assert len(found) == 1
    seizure = found[0]
    assert [p.name for p in seizure.actors] == ["Norway"]
    assert [p.name for p in seizure.targets] == ["Russia"]
    assert len(seizure.sources) == 4
    assert seizure.corroboration == 4


def test_the_wrong_date_is_outvoted(extractions: list[Extraction]) -> None:
    seizure = seizures(briefing(extractions))[0]
    assert seizure.date == "2025-03-10"  # one outlet says Tuesday, the 11th
    assert seizure.date_precision == "day"


def test_confidence_grows_with_corroboration(extractions: list[Extraction]) -> None:
    single = [e for x in extractions for e in x.events if e.trigger.text == "seized"]
    merged = seizures(briefing(extractions))[0]
    assert merged.confidence > max(e.confidence for e in single)


def test_same_quote_from_two_outlets_is_one_statement(extractions: list[Extraction]) -> None:
    quotes = [s for s in briefing(extractions).statements if "fishing illegally" in s.quote]
    assert len(quotes) == 1
    assert quotes[0].speaker == "Espen Barth Eide"  # `Eide` alone in the second outlet
    assert set(quotes[0].sources) == {"a_northern_wire", "b_baltic_daily"}
    assert quotes[0].corroboration == 2


def test_new_actor_from_one_outlet_joins_the_timeline(extractions: list[Extraction]) -> None:
    result = briefing(extractions)
    finland = next(a for a in result.actors if a.name == "Finland")
    assert finland.sources == ("d_polar_times",)
    offers = [e for e in result.events if [p.name for p in e.actors] == ["Finland"]]
    assert offers and offers[0].type == "AGREE"
    dates = [e.date or "" for e in result.events]
    assert dates == sorted(dates, key=lambda d: d or "9999")


def test_one_actor_per_person_across_outlets(extractions: list[Extraction]) -> None:
    names = [a.name for a in briefing(extractions).actors]
    assert names.count("Espen Barth Eide") == 1
    assert "Eide" not in names


def test_config_can_alias_merge_and_ignore_actors(extractions: list[Extraction]) -> None:
    rules = ActorRules(
        aliases={"Norwegian Coast Guard": ["coast guard"]},
        merge={"Kapitan Orlov": "Russia"},
        ignore=["Alexander Stubb"],
    )
    result = briefing(extractions, rules)
    names = {a.name for a in result.actors}
    assert "Norwegian Coast Guard" in names and "coast guard" not in names
    assert "Kapitan Orlov" not in names
    assert "Kapitan Orlov" in next(a for a in result.actors if a.name == "Russia").aliases
    assert "Alexander Stubb" not in names


SHELLING = Path(__file__).resolve().parent / "data" / "shelling"


def test_one_shelling_told_three_ways_by_three_outlets_is_one_event(
    pipeline: Language, lexicon: Lexicon
) -> None:
    """`Peruvian troops shelled ...`, `The shelling of Huaquillas by Peruvian forces ...`,
    `Artillery fire from Peru hit ...`: a verb, an event noun with its `by` phrase, and a noun
    with its `from` phrase, in three outlets: one act, corroborated three times."""
    sources = [s for s in read_sources(find_seeds([SHELLING], SHELLING)) if isinstance(s, Source)]
    result = briefing(list(extract_all(pipeline, sources, lexicon)))
    fights = [e for e in result.events if e.type == "FIGHT" and e.actors and e.date == "2025-03-04"]
    assert len(fights) == 1
    shelling = fights[0]
    assert [p.name for p in shelling.actors] == ["Peru"]
    assert shelling.corroboration == 3 and len(shelling.sources) == 3
    assert "Huaquillas" in [p.name for p in shelling.places]
    assert "Defence" not in [a.name for a in result.actors]  # a title word, not an actor


def _seizure_told_by(source: str) -> Event:
    said = "Norway seized a Russian trawler."
    return Event(
        id=f"ev-{source}",
        source=source,
        type="COERCE",
        trigger=Span("seized", 7, 13),
        actors=(Participant("Norway", "norway", 0, 6),),
        targets=(Participant("Russia", "russia", 16, 23),),
        places=(),
        date=None,
        date_text=None,
        date_precision=None,
        sentence=Span(said, 0, len(said)),
        summary="Norway seized a Russian trawler",
        confidence=0.6,
    )


@pytest.mark.parametrize(
    ("publishers", "grows"), [(("NRK", "Reuters"), True), (("NRK", "NRK"), False)]
)
def test_only_independent_publishers_raise_confidence(
    publishers: tuple[str, str], grows: bool
) -> None:
    sources = [
        Source(id=f"s{n}", path=f"s{n}.txt", title="Trawler", publisher=publisher)
        for n, publisher in enumerate(publishers)
    ]
    (merged,) = merge_events([_seizure_told_by(s.id) for s in sources], sources)
    assert (merged.confidence > 0.6) is grows
