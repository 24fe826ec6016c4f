"""Paragraphs are hard boundaries: no sentence, quote, speaker, event side or key point found in
a source runs from one paragraph into the next, or out of the body into a heading or caption."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from conftest import Extract, make_source
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from briefgen.assemble.briefing import assemble
from briefgen.extract.lexicon import Lexicon
from briefgen.extract.pipeline import pipeline_info
from briefgen.extract.run import extract_all
from briefgen.model import Extraction, Source
from briefgen.model.config import Config
from briefgen.read.seeds import find_seeds, read_sources

ROOT = Path(__file__).resolve().parent.parent

NAMES = st.sampled_from(
    ["Vladimir Putin", "Abbas Araqchi", "the Kremlin", "Iran", "Russia", "Norway", "he"]
)
QUOTES = st.sampled_from(
    ["We will respond to any attack", "Aggression has no basis", "The talks went well"]
)
SENTENCES = st.one_of(
    st.builds("{} criticised {} on Monday.".format, NAMES, NAMES),
    st.builds("{} said {} would attack {}.".format, NAMES, NAMES, NAMES),
    st.builds("“{},” {} said.".format, QUOTES, NAMES),
    st.builds("{} said: “{}.".format, NAMES, QUOTES),  # a quote left open for the next paragraph
    st.builds("“{}".format, QUOTES),  # ...which reopens it
    st.builds("{} met {} in Moscow".format, NAMES, NAMES),  # no stop: may read as a heading
    st.just("Escalation on the World Stage and the Kremlin’s Position"),
    st.just("Photo: Vyacheslav Prokofiev/TASS"),
    st.just("By Jane Smith"),
)
PARAGRAPHS = st.lists(st.lists(SENTENCES, min_size=1, max_size=3).map(" ".join), max_size=6)
BREAKS = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n", "\n\n\n"])
ARTICLES = st.builds(lambda paragraphs, sep: sep.join(paragraphs), PARAGRAPHS, BREAKS)


def spans(found: Extraction) -> Iterator[tuple[str, int, int]]:
    """Every span an extraction holds, named for the failure message."""
    for actor in found.actors:
        yield from ((f"mention of {actor.name}", m.start, m.end) for m in actor.mentions)
    for statement in found.statements:
        yield "quote", statement.start, statement.end
        yield "quote's sentence", statement.sentence.start, statement.sentence.end
        if statement.speaker_mention is not None:
            yield "speaker", statement.speaker_mention.start, statement.speaker_mention.end
    for event in found.events:
        yield "trigger", event.trigger.start, event.trigger.end
        yield "event's sentence", event.sentence.start, event.sentence.end
        for side in (*event.actors, *event.targets, *event.places):
            yield f"event side {side.name}", side.start, side.end


def assert_inside_body_paragraphs(
    source: Source, found: Extraction, config: Config, pipeline: Language
) -> None:
    briefing = assemble([found], config, pipeline_info(pipeline, "test"))
    points = [("key point", p.sentence.start, p.sentence.end) for p in briefing.key_points]
    for what, start, end in [*spans(found), *points]:
        paragraph = source.paragraph_at(start)
        assert paragraph is not None, f"{what} {source.text[start:end]!r} is outside paragraphs"
        assert paragraph.kind == "body", f"{what} {source.text[start:end]!r} is in a {paragraph}"
        assert end <= paragraph.end, f"{what} {source.text[start:end]!r} crosses a paragraph"


def test_the_samples_spans_stay_in_their_paragraphs(pipeline: Language, lexicon: Lexicon) -> None:
    sources = [s for s in read_sources(find_seeds([ROOT / "seeds"], ROOT)) if isinstance(s, Source)]
    assert len(sources) == 2
    for source, found in zip(sources, extract_all(pipeline, sources, lexicon), strict=True):
        assert found.statements and found.events
        assert_inside_body_paragraphs(source, found, Config(), pipeline)


def test_a_heading_never_joins_the_sentence_before_it(extract: Extract) -> None:
    text = (
        "Putin met Lavrov, confirming the cooperation between Moscow and Tehran.\n"
        "Escalation on the World Stage and the Kremlin’s Position\n"
        "The day before, the United States struck three of Iran’s nuclear facilities.\n"
    )
    found = extract(text)
    sentences = {item.sentence.text for item in [*found.events, *found.statements]}
    assert sentences and not any("Escalation" in s for s in sentences)


def test_a_wrapped_paragraphs_sentences_run_over_its_line_breaks(
    pipeline: Language, lexicon: Lexicon
) -> None:
    # The example seed `briefgen init` writes is Markdown wrapped at 90 columns.
    seed = ROOT / "briefgen" / "scaffold" / "seeds" / "example.md"
    [source] = [s for s in read_sources(find_seeds([seed], seed.parent)) if isinstance(s, Source)]
    [found] = extract_all(pipeline, [source], lexicon)
    sentences = {item.sentence.text for item in [*found.events, *found.statements]}
    assert (
        '"Trade has waited long enough," Polish Foreign Minister Radoslaw Sikorski told '
        "reporters in\nVilnius." in sentences
    )
    assert all(s.endswith((".", '"', "”")) for s in sentences), sentences


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLES)
def test_no_span_crosses_a_paragraph(extract: Extract, pipeline: Language, text: str) -> None:
    if not text.strip():
        return
    source = make_source(text)
    if not source.body_paragraphs():
        return
    assert_inside_body_paragraphs(source, extract(text), Config(), pipeline)
