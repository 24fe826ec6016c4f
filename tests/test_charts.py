"""Pictures: the event timeline and the actor network as inline, deterministic, escaped SVG."""

from __future__ import annotations

from dataclasses import replace

from test_render import SCRIPT, make_view, story

from briefgen.model import Actor, Event, Participant, Span, Statement
from briefgen.render.charts import event_label, family, network_svg, timeline_svg
from briefgen.render.html import make_environment, render_html

SRC = "000_748fcdded8e4d33f"


def span(text: str) -> Span:
    return Span(text=text, start=0, end=len(text))


def part(name: str, actor_id: str | None = "") -> Participant:
    ident = name.lower().replace(" ", "-") if actor_id == "" else actor_id
    return Participant(name=name, id=ident, start=0, end=len(name))


def actor(name: str, salience: float, aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(
        id=name.lower().replace(" ", "-"),
        name=name,
        type="state",
        aliases=aliases,
        salience=salience,
    )


def event(
    n: int,
    kind: str,
    who: Participant,
    whom: Participant | None,
    date: str | None,
    precision: str | None = "day",
) -> Event:
    return Event(
        id=f"ev-{n}",
        source=SRC,
        type=kind,
        trigger=span("acted"),
        actors=(who,),
        targets=(whom,) if whom else (),
        places=(),
        date=date,
        date_text=date,
        date_precision=precision if date else None,  # type: ignore[arg-type]
        sentence=span(f"{who.name} acted."),
        summary=f"{who.name} acted",
        confidence=0.8,
    )


def statement(speaker: Actor, quote: str) -> Statement:
    return Statement(
        id=f"st-{speaker.id}",
        source=SRC,
        start=0,
        end=len(quote),
        quote=quote,
        kind="direct",
        speaker=speaker.name,
        speaker_id=speaker.id,
        speaker_mention=span(speaker.name),
        cue="said",
        confidence=0.9,
        sentence=span(quote),
    )


ACTORS = (
    actor("Iran", 0.9, ("Tehran",)),
    actor("United States", 0.7, ("Washington",)),
    actor("Russia", 0.6, ("Moscow",)),
    actor("Israel", 0.4),
)
EVENTS = (
    event(1, "FIGHT", part("United States"), part("Iran"), "2025-06-22"),
    event(2, "THREATEN", part("Iran"), part("United States"), "2025-06-23", "reported"),
    event(3, "AGREE", part("Russia"), part("Iran"), "2025-01", "month"),
    event(4, "DISAPPROVE", part("Russia"), part("the strikes", None), None),
    event(5, "AID", part("Russia"), part("Iran"), "2025-06-23"),
)
STATEMENTS = (statement(ACTORS[2], "Washington is pushing the world into danger."),)


def test_families_follow_plover_quad_classes() -> None:
    assert family("AGREE") == family("aid") == "cooperative"
    assert family("FIGHT") == family("DISAPPROVE") == "conflictual"
    assert family("SOMETHING") == "other"
    assert event_label(EVENTS[0]) == "United States → FIGHT → Iran"


def test_timeline_is_deterministic_inline_svg() -> None:
    first = timeline_svg(EVENTS)
    assert first == timeline_svg(EVENTS)
    assert first.startswith("<svg")
    assert "<?xml" not in first
    assert "<!DOCTYPE" not in first
    assert 'role="img"' in first
    assert 'width="100%"' in first
    assert "viewBox=" in first
    assert "<title>" in first
    assert "United States → FIGHT → Iran" in first
    assert "1 undated event not shown" in first


def test_network_is_deterministic_and_names_actors() -> None:
    first = network_svg(ACTORS, STATEMENTS, EVENTS)
    assert first == network_svg(ACTORS, STATEMENTS, EVENTS)
    assert first.startswith("<svg")
    for name in ("Iran", "United States", "Russia"):
        assert f">{name}<" in first
    # Israel takes part in nothing, so it is left out of the picture.
    assert "Israel" not in first
    # Russia speaks about Washington, an alias of the United States.
    assert "Russia → United States (speaks about, 1)" in first


def test_network_limit_keeps_the_most_salient() -> None:
    svg = network_svg(ACTORS, (), EVENTS, limit=2)
    assert ">Iran<" in svg
    assert ">United States<" in svg
    assert "Russia" not in svg


def test_seed_text_in_labels_is_escaped() -> None:
    evil = actor(f"Evil {SCRIPT} $x$", 1.0)
    who = part(evil.name, evil.id)
    events = (event(9, "FIGHT", who, part("Iran"), "2025-06-22"), EVENTS[0])
    for svg in (timeline_svg(events), network_svg((evil, *ACTORS), (), events)):
        assert SCRIPT not in svg
        assert "<script" not in svg
        assert "&lt;script&gt;" in svg
        assert "$x$" in svg  # a dollar sign is text, not mathtext


def test_nothing_to_draw_gives_empty_markup() -> None:
    assert timeline_svg(()) == ""
    assert timeline_svg((EVENTS[3],)) == ""  # undated only
    assert timeline_svg((EVENTS[0], EVENTS[3])) == ""  # one dated act: the timeline says it
    assert network_svg((), (), ()) == ""
    assert network_svg(ACTORS, (), ()) == ""
    assert network_svg(ACTORS, (), (EVENTS[3],)) == ""  # target without an actor id
    assert network_svg(ACTORS, (), EVENTS[:1]) == ""  # one link: the page says it in words


def test_far_earlier_events_are_pinned_off_scale() -> None:
    events = (*EVENTS, event(6, "DISAPPROVE", part("Russia"), part("Israel"), "2003", "year"))
    svg = timeline_svg(events)
    assert "earlier, off scale" in svg
    assert "Russia → DISAPPROVE → Israel (2003)" in svg


def test_analyst_page_shows_pictures_only_when_asked() -> None:
    env = make_environment(None)
    sections = ("summary", "pictures", "actors", "timeline")
    view = make_view(sections=sections)
    html = render_html(env, "analyst.html.j2", view, author=None)
    assert 'id="pictures"' in html
    assert html.count("<svg") == 2
    assert "<figcaption>" in html
    assert SCRIPT not in html
    executive = render_html(env, "executive.html.j2", view, author=None)
    assert "<svg" not in executive
    without = render_html(env, "analyst.html.j2", make_view(), author=None)
    assert "<svg" not in without
    nothing = make_view(sections=sections, events=EVENTS[:1], statements=(), actors=())
    assert 'id="pictures"' not in render_html(env, "analyst.html.j2", nothing, author=None)


def test_an_undated_folder_pictures_the_acts_and_statements_of_its_stories() -> None:
    """Undated reports place no act on the timeline: the acts and statements a page shows are
    its stories' too, and the network pictures them all, each once."""
    from briefgen.model import StoryView

    told = StoryView(story(1, "Strikes on Iran", SRC), (), STATEMENTS, EVENTS[:2], (), ())
    view = make_view(
        sections=("pictures",), actors=ACTORS, statements=(), events=EVENTS[:1], stories=(told,)
    )
    assert view.acts_shown == EVENTS[:2]  # the first once, though the timeline holds it too
    older = tuple(replace(EVENTS[2], id=f"ev-old-{n}") for n in range(12))
    assert replace(view, background=older).acts_shown[1:-1] == older[2:]  # the latest 10 shown
    assert view.statements_shown == STATEMENTS
    html = render_html(make_environment(None), "analyst.html.j2", view, author=None)
    assert "Network of 3 actors and 3 links" in html
    assert "Russia → United States (speaks about, 1)" in html
