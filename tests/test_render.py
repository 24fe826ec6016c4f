"""Rendering: templates, escaping, overrides, template errors, PDF output, URL fetching."""

from __future__ import annotations

import base64
import io
import logging
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from briefgen.errors import TemplateError
from briefgen.model import (
    Actor,
    AudienceView,
    Citation,
    Event,
    KeyDate,
    KeyPoint,
    Mention,
    Participant,
    Place,
    Source,
    Span,
    Statement,
    Story,
    StoryView,
)
from briefgen.render.html import (
    compile_templates,
    default_templates_dir,
    make_environment,
    render_html,
    spoken,
)
from briefgen.render.markdown import render_markdown
from briefgen.render.pdf import BlockedURLError, safe_url_fetcher, write_pdf

SRC = "000_748fcdded8e4d33f"
SCRIPT = "<script>alert(1)</script>"
PNG_1PX = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a7e0c4a30000000049454e44ae426082"
    )
).decode()

SENTENCES = (
    "Russian President Vladimir Putin has sharply criticised the “completely unjustified” US "
    "attack on Iran’s nuclear facilities, saying it is “pushing the world into great danger”.",
    "At the beginning of his meeting in the Kremlin with Iranian Vice Foreign Minister Abbas "
    "Araqchi, Putin stressed:",
    "According to the agency’s sources, Araqchi handed the Russian leader a letter from "
    "Ayatollah Khamenei asking for further support.",
    "The day before, the United States struck three of Iran’s nuclear facilities in the cities "
    "of Fordow, Natanz and Isfahan using B-2 strategic bombers.",
    "In response, Tehran threatened to strike US bases in the region.",
    "Russia has signed a 20-year strategic agreement with Iran, but refuses to include a clause "
    "on collective defence.",
    "On the sidelines of the UN Security Council meeting, Russia, China and Pakistan proposed an "
    "immediate call for a ceasefire in the Middle East following the US bombing.",
    "Putin also met with Foreign Minister Sergei Lavrov and GRU chief Igor Kostyukov, confirming "
    "the high level of cooperation between Moscow and Tehran.",
)


def span(text: str) -> Span:
    return Span(text=text, start=0, end=len(text))


def part(name: str) -> Participant:
    return Participant(name=name, id=name.lower().replace(" ", "-"), start=0, end=len(name))


def actor(name: str, kind: str, roles: tuple[str, ...], mentions: int) -> Actor:
    found = tuple(Mention(source=SRC, start=i, end=i + 1, text=name) for i in range(mentions))
    return Actor(
        id=name.lower().replace(" ", "-"),
        name=name,
        type=kind,  # type: ignore[arg-type]
        roles=roles,
        mentions=found,
        salience=mentions / 10,
        sources=(SRC,),
    )


def event(n: int, kind: str, who: str, trigger: str, whom: str, date: str | None) -> Event:
    return Event(
        id=f"ev-{n}",
        source=SRC,
        type=kind,
        trigger=span(trigger),
        actors=(part(who),),
        targets=(part(whom),) if whom else (),
        places=(Place("Fordow", 0, 6),) if n == 1 else (),
        date=date,
        date_text=None if date else "The day before",
        date_precision="day" if date else "reported",
        sentence=span(f"{who} {trigger} {whom}."),
        summary=f"{who} {trigger} {whom}",
        confidence=0.8,
    )


def make_view(**changes: object) -> AudienceView:
    source = Source(
        id=SRC,
        path=f"seeds/{SRC}.txt",
        title="Putin condemns US strikes on Iran's nuclear sites",
        published="2025-06-23",
        publisher="Novaya Gazeta Europe",
        url="javascript:alert(1)",
        reliability="B",
        tlp="AMBER",
    )
    quote = f"Aggression against Iran has no basis and no justification. {SCRIPT}"
    statements = (
        Statement(
            id="st-1",
            source=SRC,
            start=0,
            end=len(quote),
            quote=quote,
            kind="direct",
            speaker="Vladimir Putin",
            speaker_id="vladimir-putin",
            speaker_mention=span("Putin"),
            cue="stressed",
            confidence=0.9,
            sentence=span(quote),
        ),
        Statement(
            id="st-2",
            source=SRC,
            start=0,
            end=10,
            quote="the US attack on Iran's nuclear facilities is pushing the world into great "
            "danger",
            kind="reported",
            speaker="Vladimir Putin",
            speaker_id="vladimir-putin",
            speaker_mention=span("Putin"),
            cue="said",
            confidence=0.7,
            sentence=span("Putin said the attack is pushing the world into great danger."),
        ),
        Statement(
            id="st-3",
            source=SRC,
            start=0,
            end=10,
            quote="US fairy tales that caused the suffering of millions",
            kind="partial",
            speaker="Vassily Nebenzya",
            speaker_id="vassily-nebenzya",
            speaker_mention=span("Vassily Nebenzya"),
            cue="calling",
            confidence=0.8,
            sentence=span("Nebenzya compared Washington's rhetoric to the Iraq accusations."),
        ),
    )
    actors = (
        actor("Vladimir Putin", "person", ("Russian President",), 6),
        actor("Iran", "state", (), 9),
        actor("United States", "state", (), 5),
        actor("Abbas Araqchi", "person", ("Iranian Foreign Minister",), 2),
        actor("UN Security Council", "organization", (), 1),
    )
    events = (
        event(1, "FIGHT", "United States", "struck", "Iran", None),
        event(2, "THREATEN", "Iran", "threatened", "United States", None),
        event(3, "DISAPPROVE", "Vladimir Putin", "criticised", "United States", "2025-06-23"),
        event(4, "CONSULT", "Vladimir Putin", "met", "Abbas Araqchi", "2025-06-23"),
        event(5, "AGREE", "Russia", "signed", "Iran", "2025"),
    )
    key_points = (
        KeyPoint(
            text="Russia condemned the US strikes on Iran's nuclear sites but offered Tehran "
            "no concrete military support.",
            sources=(SRC,),
            sentence=span("Putin has sharply criticised the US attack."),
            source=SRC,
        ),
        KeyPoint(
            text="Iran threatened to strike US bases in the region after the attack on "
            "Fordow, Natanz and Isfahan.",
            sources=(SRC,),
            sentence=span("Tehran threatened to strike US bases in the region."),
            source=SRC,
        ),
        KeyPoint(
            text="Russia, China and Pakistan proposed an immediate ceasefire call at the UN "
            "Security Council.",
            sources=(SRC,),
            sentence=span("Russia, China and Pakistan proposed an immediate call."),
            source=SRC,
        ),
    )
    keys = [f"kp-{i}" for i in range(len(key_points))]
    keys += [a.id for a in actors] + [s.id for s in statements] + [e.id for e in events]
    citations = tuple(
        Citation(number=n, source=SRC, source_number=1, sentence=SENTENCES[n % len(SENTENCES)])
        for n in range(1, len(keys) + 1)
    )
    view = AudienceView(
        name="executive",
        title="Russia and the US strikes on Iran",
        as_of="2025-06-23",
        marking="TLP:AMBER",
        banner="Contains machine-extracted content",
        sections=("summary", "actors", "statements", "timeline", "sources", "endnotes"),
        sources=(source,),
        actors=actors,
        statements=statements,
        events=events,
        key_points=key_points,
        citations=citations,
        cite={key: n for n, key in enumerate(keys, start=1)},
    )
    return replace(view, **changes)  # type: ignore[arg-type]


def render(
    template: str = "analyst.html.j2", project: Path | None = None, **changes: object
) -> str:
    env = make_environment(project)
    return render_html(env, template, make_view(**changes), author="Analysis Cell")


def story(rank: int, headline: str, source: str) -> Story:
    """A story of one report, ranked `rank`."""
    return Story(
        id=f"story-{rank}",
        rank=rank,
        headline=headline,
        headline_source=source,
        summary=(),
        sources=(source,),
        actors=(),
        statements=(),
        events=(),
        corroboration=1,
        first_reported=None,
        last_reported=None,
        score=1.0,
    )


def pdf_reader(template: str, **changes: object) -> pypdf.PdfReader:
    html = render_html(make_environment(None), template, make_view(**changes), author="Author")
    templates = default_templates_dir()
    data = write_pdf(html, base_dir=templates, allowed_dirs=[templates])
    return pypdf.PdfReader(io.BytesIO(data))


def test_print_leaves_out_the_index_lines_and_sources_the_view_marks_unprinted() -> None:
    first = make_view().sources[0]
    second = replace(first, id="gazette", title="Harbour dredging resumes in Tartus")
    told = [
        ("Grain corridor talks resume", first),
        ("Port strike ends in Odesa", first),
        ("Harbour dredging resumes", second),
    ]
    top, printed_line, left_out = (
        story(rank, headline, source.id) for rank, (headline, source) in enumerate(told, start=1)
    )
    changes = {
        "sections": ("stories", "index", "sources"),
        "stories": (StoryView(top, (), (), (), (), (first,)),),
        "other_stories": (printed_line, left_out),
        "sources": (first, second),
        "unprinted_stories": 1,
        "unprinted_sources": 1,
    }
    html = render(**changes)
    assert "Harbour dredging resumes" in html and "Tartus" in html  # the HTML lists them all
    printed = " ".join(p.extract_text() for p in pdf_reader("analyst.html.j2", **changes).pages)
    assert "Port strike ends in Odesa" in printed and first.title in printed
    assert "Harbour dredging" not in printed and "Tartus" not in printed
    assert "1 more story, ranked lower, in the HTML edition" in printed
    assert "1 more source, cited only by stories the printed index leaves out" in printed
    changes.update(unprinted_stories=0, unprinted_sources=0)
    everything = " ".join(p.extract_text() for p in pdf_reader("analyst.html.j2", **changes).pages)
    assert "Harbour dredging resumes" in everything and "Tartus" in everything
    assert "more stor" not in everything and "more source" not in everything


@pytest.mark.parametrize("template", ["analyst.html.j2", "executive.html.j2"])
def test_seed_text_is_escaped(template: str) -> None:
    html = render(template)
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html
    assert "javascript:" not in html


def test_page_is_self_contained() -> None:
    html = render()
    assert "<link" not in html
    assert "@import" not in html
    assert "src=" not in html
    assert '<html lang="en">' in html
    assert '<meta name="author" content="Analysis Cell">' in html


def test_sections_not_listed_are_absent() -> None:
    html = render(sections=("summary", "timeline"))
    assert 'id="summary"' in html
    assert 'id="timeline"' in html
    for absent in ("actors", "statements", "sources", "endnotes"):
        assert f'id="{absent}"' not in html
    # Without endnotes or a sources list, items cite their source by number only.
    assert '<span class="cite">S1</span>' in html
    assert 'href="#note-' not in html


def test_citations_link_to_endnotes() -> None:
    html = render()
    assert '<a class="cite" href="#note-1" title="Endnote 1">1</a>' in html
    assert 'id="note-1"' in html


def test_acts_told_in_one_sentence_share_one_endnote_however_many_reports_tell_each() -> None:
    """The endnote prints the sentence and its grade, not the count of reports behind the
    grade: two acts of one sentence graded alike are one note, which keeps the higher count."""
    from briefgen.assemble.audience import _citations

    source = make_view().sources[0]
    struck = event(1, "FIGHT", "United States", "struck", "Iran", None)
    acts = [replace(struck, corroboration=3), replace(struck, id="ev-2", corroboration=4)]
    citations, cite = _citations([source], [source], [], [], [], acts)
    assert [(c.number, c.credibility, c.corroboration) for c in citations] == [(1, 1, 4)]
    assert cite == {"ev-1": 1, "ev-2": 1}


def test_an_endnote_leaves_out_the_words_the_page_already_shows() -> None:
    told = 'Ms Hewitt told the seminar: "We are looking at how quickly we can do that, because '
    told += 'obviously there are cost implications."'
    quote = told[told.index('"') + 1 : -1]
    line = "Tehran threatened to strike US bases in the region."
    called = 'He called the plan "a farce" and left.'
    shown = {
        1: (told, (told.index(quote), told.index(quote) + len(quote))),  # a statement's quote
        2: (line, (0, len(line))),  # a story's line, the sentence itself
        3: (called, (called.index("a farce"), called.index("a farce") + 7)),  # a short quote
        4: (SENTENCES[4], None),  # an event's sentence: the page shows its summary instead
        5: ("“Trade has waited,” he told reporters.", None),
    }
    notes = tuple(
        Citation(number=n, source=SRC, source_number=1, sentence=sentence, shown=where)
        for n, (sentence, where) in shown.items()
    )
    html = render(citations=notes)
    endnotes = html[html.index('id="endnotes"') :]

    def note(n: int) -> str:
        start = endnotes.index(f'id="note-{n}"')
        return endnotes[start : endnotes.index("</li>", start)]

    # A quotation inside the note's quotation takes single marks.
    assert "“Ms Hewitt told the seminar: ‘[…]’”" in note(1)
    assert "“" not in note(2)  # the source and its grade alone
    assert 'href="#source-1">S1</a>' in note(2)
    assert "“He called the plan ‘a farce’ and left.”" in note(3)
    assert f"“{SENTENCES[4]}”" in note(4)
    assert "“‘Trade has waited,’ he told reporters.”" in note(5)


def test_a_quotation_parted_by_narration_shows_the_words_and_its_note_the_sentence() -> None:
    told = (
        '"At that point in time," Mr Sullivan said, referring to the first false entries in'
        ' late 2000, "I knew it was wrong."'
    )
    quote = told[1:-1]
    said = replace(make_view().statements[0], quote=quote, sentence=span(told))
    note = Citation(number=1, source=SRC, source_number=1, sentence=told, shown=(1, len(told) - 1))
    html = render(statements=(said,), citations=(note,), cite={said.id: 1})
    assert "<blockquote>At that point in time […] I knew it was wrong.</blockquote>" in html
    endnotes = html[html.index('id="endnotes"') :]
    # the narration left out of the quote is in its note, the sentence whole
    assert "Mr Sullivan said, referring to the first false entries in late 2000" in endnotes


@pytest.mark.parametrize(
    ("quote", "shown"),
    [
        ("We will win,” he said, “and soon", "We will win […] and soon"),
        ('We will win", he said, "and soon', "We will win […] and soon"),
        # terms quoted inside a quotation are its words, not narration
        (
            'the "war on terror" and the "axis of evil" are over',
            'the "war on terror" and the "axis of evil" are over',
        ),
        ("No narration here, none at all", "No narration here, none at all"),
    ],
)
def test_the_words_of_a_quotation_leave_out_only_narration(quote: str, shown: str) -> None:
    assert spoken(quote) == shown


def test_a_key_dates_evidence_agrees_with_its_count() -> None:
    point = KeyPoint(
        text="Russia condemned the strikes.", sources=(SRC,), sentence=span("R"), source=SRC
    )

    def day(date: str, sources: tuple[str, ...], events: tuple[str, ...]) -> KeyDate:
        return KeyDate(date, (point.text,), (point,), sources, events, (), 1.0)

    days = (
        day("2025-06-22", (SRC,), ("ev-1",)),
        day("2025-06-23", (SRC, "other"), ("ev-1", "ev-2")),
    )
    html = render(sections=("chronology",), key_dates=days)
    assert "1 report refers to this day or was published on it; 1 act dated to it" in html
    assert "2 reports refer to this day or were published on it; 2 acts dated to it" in html


def test_citations_fall_back_to_sources_without_endnotes() -> None:
    html = render(sections=("summary", "sources"))
    assert 'href="#source-1"' in html
    assert 'href="#note-' not in html


def test_marking_top_and_bottom() -> None:
    html = render()
    top = html.index('class="marking marking-top"')
    bottom = html.index('class="marking marking-bottom"')
    assert html.count(">TLP:AMBER</span>") >= 2
    assert top < html.index("<main>") < html.index("</main>") < bottom


def test_bare_tlp_level_gets_prefix() -> None:
    html = render(marking="amber+strict")
    assert ">TLP:AMBER+STRICT</span>" in html
    assert "tlp-amber-strict" in html


def test_project_template_overrides_one_block(tmp_path: Path) -> None:
    (tmp_path / "analyst.html.j2").write_text(
        '{% extends "!default/analyst.html.j2" %}\n'
        "{% block actors %}<p>Custom actors block</p>{% endblock %}\n",
        encoding="utf-8",
    )
    html = render(project=tmp_path)
    assert "Custom actors block" in html
    assert 'id="actors"' not in html
    assert 'id="statements"' in html


def test_undefined_variable_names_template_and_line(tmp_path: Path) -> None:
    path = tmp_path / "analyst.html.j2"
    path.write_text(
        '{% extends "!default/analyst.html.j2" %}\n'
        "{% block summary %}\n"
        "<p>{{ view.no_such_field }}</p>\n"
        "{% endblock %}\n",
        encoding="utf-8",
    )
    with pytest.raises(TemplateError) as caught:
        render(project=tmp_path)
    assert str(caught.value).startswith(f"{path}:3: ")
    assert "no_such_field" in str(caught.value)


def test_syntax_error_names_template_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.html.j2"
    path.write_text("<p>\n{% if view.title %}\n</p>\n", encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        render("broken.html.j2", project=tmp_path)
    assert str(caught.value).startswith(f"{path}:")


def test_missing_template_is_a_template_error() -> None:
    with pytest.raises(TemplateError, match=r"^nope\.html\.j2: template not found"):
        render("nope.html.j2")


def test_executive_pdf_is_one_page_with_marking_and_metadata() -> None:
    reader = pdf_reader("executive.html.j2")
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "TLP:AMBER" in text
    assert "Page 1 of 1" in text
    assert reader.metadata is not None
    assert reader.metadata.title == "Russia and the US strikes on Iran"
    assert reader.metadata.author == "Author"


def test_analyst_pdf_has_bookmarks_and_marking_on_every_page() -> None:
    reader = pdf_reader("analyst.html.j2")
    titles = [item.title for item in reader.outline if isinstance(item, pypdf.generic.Destination)]
    assert titles == ["Russia and the US strikes on Iran"]
    pages = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert text.count("TLP:AMBER") >= 2
        assert f"Page {number} of {pages}" in text


def test_pdf_is_deterministic(monkeypatch: pytest.MonkeyPatch) -> None:
    # Without HarfBuzz-Subset WeasyPrint subsets fonts with fontTools, which stamps the
    # clock into each font unless SOURCE_DATE_EPOCH is set.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1750636800")
    html = render("executive.html.j2", as_of=None)
    templates = default_templates_dir()
    first = write_pdf(html, base_dir=templates, allowed_dirs=[templates])
    second = write_pdf(html, base_dir=templates, allowed_dirs=[templates])
    assert first == second
    reader = pypdf.PdfReader(io.BytesIO(first))
    assert reader.metadata is not None
    assert str(reader.metadata["/CreationDate"]).startswith("D:20250623")


def test_the_pdf_is_compressed_tagged_and_identified_by_its_content() -> None:
    """WeasyPrint writes the file uncompressed and qpdf compresses it (render/pdf.py): every
    page's drawing compressed, the structure tree kept, a file ID in the trailer."""
    html = render("analyst.html.j2")
    templates = default_templates_dir()
    data = write_pdf(html, base_dir=templates, allowed_dirs=[templates])
    reader = pypdf.PdfReader(io.BytesIO(data))
    for page in reader.pages:
        contents = page["/Contents"].get_object()
        streams = contents if isinstance(contents, pypdf.generic.ArrayObject) else [contents]
        assert all(s.get_object()["/Filter"] == "/FlateDecode" for s in streams)
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert len(reader.trailer["/ID"]) == 2
    assert b"/ObjStm" in data  # the structure tree's small objects, compressed together


def test_the_garbage_collector_rests_while_weasyprint_works_and_is_left_as_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Layout and writing make objects that all live until the PDF is out; the collector only
    slowed them down. It is on again afterwards, and a caller's own pause is kept."""
    import gc

    import weasyprint

    seen: list[bool] = []
    real_render, real_write = weasyprint.HTML.render, weasyprint.Document.write_pdf

    def render(self: object, *args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real_render(self, *args, **kwargs)

    def write(self: object, *args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(weasyprint.HTML, "render", render)
    monkeypatch.setattr(weasyprint.Document, "write_pdf", write)
    html = render_html(make_environment(None), "executive.html.j2", make_view(), author="A")
    templates = default_templates_dir()
    assert gc.isenabled()
    write_pdf(html, base_dir=templates, allowed_dirs=[templates])
    assert seen == [False, False] and gc.isenabled()
    gc.disable()
    try:
        write_pdf(html, base_dir=templates, allowed_dirs=[templates])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_url_fetcher_refuses_network_and_outside_files(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fetcher = safe_url_fetcher([tmp_path])
    with caplog.at_level(logging.WARNING, logger="briefgen.render.pdf"):
        for url in ("http://example.com/x.png", "file:///etc/passwd", "ftp://example.com/x"):
            with pytest.raises(BlockedURLError):
                fetcher.fetch(url)
    assert "example.com" in caplog.text
    assert "/etc/passwd" in caplog.text


def test_url_fetcher_refuses_escape_by_dotdot_and_symlink(tmp_path: Path) -> None:
    allowed = tmp_path / "assets"
    allowed.mkdir()
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    (allowed / "link.txt").symlink_to(tmp_path / "secret.txt")
    fetcher = safe_url_fetcher([allowed])
    for url in (f"{allowed.as_uri()}/../secret.txt", (allowed / "link.txt").as_uri()):
        with pytest.raises(BlockedURLError):
            fetcher.fetch(url)


def test_url_fetcher_serves_data_urls_and_allowed_files(tmp_path: Path) -> None:
    fetcher = safe_url_fetcher([tmp_path])
    response = fetcher.fetch(f"data:image/png;base64,{PNG_1PX}")
    assert response.read().startswith(b"\x89PNG")
    response.close()
    (tmp_path / "logo.svg").write_text("<svg/>", encoding="utf-8")
    response = fetcher.fetch((tmp_path / "logo.svg").as_uri())
    assert response.read() == b"<svg/>"
    response.close()


def test_markdown_escapes_raw_html_and_unsafe_links() -> None:
    html = render_markdown(f"Hello {SCRIPT}\n\n[x](javascript:alert(1)) ![i](http://e.com/t.png)")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert 'href="javascript:' not in html
    assert "<img" not in html


def test_markdown_filter_output_is_not_escaped_twice() -> None:
    env = make_environment(None)
    out = env.from_string("{{ text|markdown }}").render(text="*a* & b")
    assert "<em>a</em> &amp; b" in out


@pytest.mark.parametrize(
    ("second_publisher", "said"),
    [("Reuters", "reported by 2 publishers"), (None, "told in 2 reports")],
)
def test_publishers_are_counted_only_where_every_report_names_one(
    second_publisher: str | None, said: str
) -> None:
    # files that name no publisher may all be from one: they are counted as reports
    first = make_view().sources[0]
    second = replace(first, id="other", path="seeds/other.txt", publisher=second_publisher)
    told = replace(make_view().events[2], sources=(first.id, second.id), corroboration=2)
    page = render(sources=(first, second), events=(told,))
    assert said in page
    assert ("reported by" in page) == (second_publisher is not None)


def test_a_template_folder_as_it_was_keeps_its_environment_and_an_edit_makes_a_new_one(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    first = make_environment(folder)
    assert make_environment(folder) is first  # each template compiled once per process
    first.get_template("analyst.html.j2")  # the default, compiled and cached
    (folder / "analyst.html.j2").write_text("the desk's own page\n", encoding="utf-8")
    assert make_environment(folder).get_template("analyst.html.j2").render() == (
        "the desk's own page\n"
    )


def test_templates_compiled_ahead_are_ready_and_a_broken_one_is_left_to_its_page(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "broken.html.j2").write_text("{% if %}\n", encoding="utf-8")
    compile_templates(folder)
    compiled = {name for _, name in make_environment(folder).cache}
    assert {"_sections.html.j2", "analyst.html.j2", "executive.html.j2"} <= compiled
    assert "broken.html.j2" not in compiled
