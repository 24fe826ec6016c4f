"""Stories: every source in exactly one story; reports of one development together, like
developments apart; acts merged within a story only; ranked, pinned, hidden; the page shows
the top stories and keeps old acts out of the main timeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from briefgen.assemble import stories as clustering
from briefgen.assemble.audience import select
from briefgen.assemble.briefing import assemble
from briefgen.assemble.changes import changes_since
from briefgen.extract import pipeline as nlp
from briefgen.extract.lexicon import Lexicon
from briefgen.extract.run import extract_all
from briefgen.model import AudienceView, Briefing, Extraction, Sentence, Source
from briefgen.model.config import Audience, Config, Limits, StoryRules
from briefgen.read.seeds import find_seeds, read_sources

DATA = Path(__file__).resolve().parent / "data"
QUAKE = (
    "A powerful earthquake struck the region early on {day}, killing at least {dead} people and "
    "destroying hundreds of homes, officials in {place} said. Rescue teams searched the rubble "
    "for survivors as aftershocks shook the area. The quake had a magnitude of {size}."
)


def report(
    source: str, text: str, names: tuple[str, ...] = (), day: int | None = None
) -> clustering.Report:
    published = dt.date(2025, 3, 1) + dt.timedelta(days=day) if day is not None else None
    return clustering.Report(source, text, names, published)


def groups(reports: list[clustering.Report]) -> list[set[str]]:
    found = [{reports[i].source for i in group} for group in clustering.cluster(reports)]
    members = [s for group in found for s in group]
    assert sorted(members) == sorted(r.source for r in reports)  # each in exactly one story
    return found


def quake(source: str, place: str, day: int, dead: int, size: float) -> clustering.Report:
    text = QUAKE.format(day="Monday", dead=dead, place=place, size=size)
    return report(source, text, (f"place:{place.lower()}", f"day:2025-03-{day + 1:02d}"), day)


def test_two_tellings_that_share_few_words_join_by_their_actors_places_and_day() -> None:
    names = ("peru", "ecuador", "place:huaquillas", "day:2025-03-04")
    reports = [
        report(
            "a", "Peruvian troops shelled the border town on Tuesday, officials said.", names, 1
        ),
        report("b", "Quito reacted angrily to the bombardment by its neighbour's army.", names, 1),
        report(
            "c", "Markets in Lima rose as copper prices climbed to a record high.", ("peru",), 1
        ),
    ]
    assert sorted(map(sorted, groups(reports))) == [["a", "b"], ["c"]]


def test_two_developments_of_one_kind_stay_apart() -> None:
    """Two earthquakes told in the same words: different places, weeks apart."""
    reports = [
        quake("q1", "Chile", 0, 12, 6.8),
        quake("q2", "Chile", 1, 14, 6.8),
        quake("q3", "Nepal", 40, 30, 7.1),
        quake("q4", "Nepal", 41, 31, 7.1),
    ]
    assert sorted(map(sorted, groups(reports))) == [["q1", "q2"], ["q3", "q4"]]


def test_the_same_words_a_month_apart_are_two_stories() -> None:
    text = "Parliament voted on the budget bill after a long debate, the speaker said."
    reports = [report("may", text, ("parliament",), 0), report("june", text, ("parliament",), 30)]
    assert len(groups(reports)) == 2
    same_week = [report("mon", text, ("parliament",), 0), report("tue", text, ("parliament",), 1)]
    assert len(groups(same_week)) == 1


def test_large_folders_are_cut_at_the_widest_gap_between_dates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(clustering, "BLOCK", 5)
    days = [0, 1, 2, 10, 11, 12, 13]  # the widest gap is between day 2 and day 10
    reports = [report(f"r{d}", f"text {d}", (), d) for d in days]
    blocks = clustering._blocks(reports)
    assert [[reports[i].source for i in b] for b in blocks] == [
        ["r0", "r1", "r2"],
        ["r10", "r11", "r12", "r13"],
    ]


SHELLING = DATA / "shelling"


def read(folder: Path) -> list[Source]:
    return [s for s in read_sources(find_seeds([folder], folder)) if isinstance(s, Source)]


@pytest.fixture(scope="module")
def shelling(pipeline: Language, lexicon: Lexicon) -> list[Extraction]:
    return list(extract_all(pipeline, read(SHELLING), lexicon))


def assembled(
    extractions: list[Extraction], pipeline: Language, config: Config | None = None
) -> Briefing:
    config = config or Config()
    return assemble(extractions, config, nlp.pipeline_info(pipeline, "test"))


def test_three_outlets_on_one_shelling_are_one_story(
    shelling: list[Extraction], pipeline: Language
) -> None:
    result = assembled(shelling, pipeline)
    assert len(result.stories) == 1
    story = result.stories[0]
    assert sorted(story.sources) == ["a_andes_wire", "b_quito_daily", "c_pacific_observer"]
    assert story.corroboration == 3 and story.rank == 1
    assert story.headline in {s.title for s in result.sources}
    assert (story.first_reported, story.last_reported) == ("2025-03-05", "2025-03-06")
    texts = {s.id: s.text for s in result.sources}
    assert 1 <= len(story.summary) <= 3
    for line in story.summary:
        assert texts[line.source][line.sentence.start : line.sentence.end] == line.text
    assert "peru" in story.actors
    assert set(story.events) == {e.id for e in result.events}
    assert result.key_points == (story.summary[0],)


def test_acts_are_merged_within_a_story_not_across_stories(
    pipeline: Language, lexicon: Lexicon, tmp_path: Path
) -> None:
    """The same words about two developments months apart: two stories, two acts."""
    for name, day in (("spring", "2025-03-05"), ("autumn", "2025-10-05")):
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: Border clash ({name})\npublished: {day}\n---\n"
            "Peruvian troops shelled the Ecuadorean border town of Huaquillas, "
            "Ecuador's Defence Ministry said.\n",
            encoding="utf-8",
        )
    found = list(extract_all(pipeline, read(tmp_path), lexicon))
    result = assembled(found, pipeline)
    assert len(result.stories) == 2
    fights = [e for e in result.events if e.type == "FIGHT" and e.actors]
    assert len(fights) == 2 and all(e.corroboration == 1 for e in fights)


def test_pinned_stories_come_first_and_hidden_ones_leave_the_pages(
    pipeline: Language, lexicon: Lexicon
) -> None:
    found = list(extract_all(pipeline, read(SHELLING) + read(DATA / "story"), lexicon))
    plain = assembled(found, pipeline)
    assert len(plain.stories) == 2
    last = plain.stories[-1]
    word = next(w for w in last.headline.split() if len(w) > 4)
    pinned = assembled(found, pipeline, Config(stories=StoryRules(pin=[word])))
    assert pinned.stories[0].id == last.id and pinned.stories[0].pinned
    hidden = assembled(found, pipeline, Config(stories=StoryRules(hide=[plain.stories[0].id])))
    assert hidden.stories[-1].id == plain.stories[0].id and hidden.stories[-1].hidden
    assert len(hidden.key_points) == 1 and hidden.key_points[0].source in last.sources
    view = select(hidden, "analyst", Audience(template="analyst.html.j2"), Config())
    assert [v.story.id for v in view.stories] == [last.id]


def test_print_lists_the_first_of_the_other_stories_and_numbers_their_own_sources_last(
    pipeline: Language, lexicon: Lexicon
) -> None:
    found = list(extract_all(pipeline, read(SHELLING) + read(DATA / "story"), lexicon))
    result = assembled(found, pipeline)
    top, other = result.stories
    quiet = Limits(stories=1, key_points=1, key_dates=0, actors=0, statements=0, events=0)
    sections = ("summary", "stories", "index", "sources")

    def view(index: int) -> AudienceView:
        limits = quiet.model_copy(update={"index": index})
        audience = Audience(template="analyst.html.j2", sections=sections, limits=limits)
        return select(result, "analyst", audience, Config())

    listed = view(1)
    assert (listed.unprinted_stories, listed.unprinted_sources) == (0, 0)
    left_out = view(0)
    assert [s.id for s in left_out.other_stories] == [other.id]  # the HTML lists it still
    assert (left_out.unprinted_stories, left_out.unprinted_sources) == (1, 1)
    assert left_out.sources[-1].id == other.headline_source  # numbered after the printed ones
    assert {s.id for s in left_out.sources[:-1]} == set(top.sources)


def test_each_key_point_cites_a_different_story(pipeline: Language, lexicon: Lexicon) -> None:
    found = list(extract_all(pipeline, read(SHELLING) + read(DATA / "story"), lexicon))
    result = assembled(found, pipeline)
    story_of = {s: story.id for story in result.stories for s in story.sources}
    cited = [story_of[p.source] for p in result.key_points]
    assert len(cited) == 2 and len(set(cited)) == 2


def test_acts_before_the_first_report_are_background(
    pipeline: Language, lexicon: Lexicon, tmp_path: Path
) -> None:
    (tmp_path / "now.md").write_text(
        "---\ntitle: Border clash\npublished: 2025-03-05\n---\n"
        "Peruvian troops shelled the Ecuadorean border town of Huaquillas on Tuesday, "
        "Ecuador's Defence Ministry said.\n\n"
        "In 1995 Ecuadorean forces attacked Peruvian posts in the Cenepa valley.\n",
        encoding="utf-8",
    )
    found = list(extract_all(pipeline, read(tmp_path), lexicon))
    result = assembled(found, pipeline)
    assert result.period == ("2025-03-05", "2025-03-05")
    view = select(
        result, "analyst", Audience(template="analyst.html.j2", min_confidence=0), Config()
    )
    assert view.events and all(e.date and e.date >= "2025-03" for e in view.events)
    assert [e.date for e in view.background] == ["1995"]
    assert [e.date for e in view.stories[0].background] == ["1995"]
    # The timeline's background cites its reports even where nothing else on the page does.
    bare = Limits(stories=0, key_points=0, key_dates=0, actors=0, statements=0, events=0)
    audience = Audience(
        template="analyst.html.j2", sections=("timeline", "sources"), limits=bare, min_confidence=0
    )
    alone = select(result, "analyst", audience, Config())
    assert [s.id for s in alone.sources] == [s.id for s in result.sources]


def test_stories_are_new_developing_or_quiet_against_the_last_build(
    shelling: list[Extraction], pipeline: Language
) -> None:
    first = assembled(shelling[:2], pipeline)
    assert first.stories[0].status is None  # a first build has nothing to compare with
    before = first.to_json()
    again = assemble(shelling[:2], Config(), nlp.pipeline_info(pipeline, "test"), before)
    assert again.stories[0].status == "quiet"
    grown = assemble(shelling, Config(), nlp.pipeline_info(pipeline, "test"), before)
    assert grown.stories[0].status == "developing"
    changes = changes_since(before, grown)
    assert changes is not None and [h for _, h in changes.developing_stories] == [
        grown.stories[0].headline
    ]
    fresh = assemble(shelling, Config(), nlp.pipeline_info(pipeline, "test"), {"sources": []})
    assert fresh.stories[0].status == "new"


def _sentences(source: Source) -> list[Sentence]:
    """Each line of the text as one sentence of its source."""
    found, start = [], 0
    for line in source.text.split("\n"):
        found.append(Sentence(source.id, start, start + len(line)))
        start += len(line) + 1
    return found


def _summary_of(texts: dict[str, str]) -> tuple[str, list[str]]:
    """The story's summary, and the report the headline comes from (nearest the centre)."""
    sources = [Source(id=name, path=f"{name}.txt", title=name, text=t) for name, t in texts.items()]
    reports = [clustering.Report(s.id, s.text, (), None) for s in sources]
    vectors = clustering.vectorise(reports)
    members = list(range(len(reports)))
    ids = [reports[i].source for i in clustering.central_order(members, vectors)]
    by_id = {s.id: s for s in sources}
    sentences = [x for i in ids for x in _sentences(by_id[i])]
    return ids[0], [line.text for line in clustering.summary(members, vectors, sentences, by_id)]


def test_a_story_summary_opens_with_the_lead_and_every_line_reads_on_its_own() -> None:
    texts = {
        "wire": "\n".join(
            [
                "Port workers in Valdora walked out on Monday over a new harbour contract.",
                "These port workers say the harbour contract cuts their pay and their hours.",
                "But the harbour board said the new contract was fair to the port workers.",
                "Ships queued outside Valdora as the strike closed the port's container terminal.",
            ]
        ),
        "daily": "\n".join(
            [
                "Valdora's harbour board will meet striking port workers over the contract.",
                "It said the contract would raise the port workers' pay next year.",
                "Union leaders said the strike at the port would go on until the contract changed.",
            ]
        ),
    }
    headline_report, lines = _summary_of(texts)
    assert lines[0] == texts[headline_report].split("\n")[0]
    assert len(lines) > 1
    assert all(line.split()[0] not in {"These", "But", "It"} for line in lines), lines
