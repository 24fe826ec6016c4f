"""The whole pipeline on the sample seed, through the command line, into a temporary project."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = (
    "---\ntitle: Hostile <b>seed</b>\npublished: 2025-06-24\ntlp: AMBER\n---\n"
    "Iranian Foreign Minister Abbas Araqchi said: “<script>alert('x')</script> "
    "we will respond to any attack.”\n"
)


# An AMBER seed of our own: none of it may reach the press (TLP:CLEAR) cut.
SECRET = (
    "---\ntitle: Bluefin convoy sighted\npublished: 2025-06-24\ntlp: AMBER\nreliability: B\n---\n"
    "Admiral Tobias Quill said the Bluefin convoy \u201cwill sail at dawn\u201d. "
    "Norway criticised Denmark over the convoy on Tuesday.\n"
)
SECRET_WORDS = ("Quill", "Bluefin", "sail at dawn", "Denmark", "zz_secret")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "briefgen", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("project")
    shutil.copy(ROOT / "config.yaml", folder / "config.yaml")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    (folder / "seeds" / "zz_hostile.md").write_text(HOSTILE, encoding="utf-8")
    (folder / "seeds" / "zz_secret.md").write_text(SECRET, encoding="utf-8")
    result = run("build", cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder


def pdf_text(path: Path) -> tuple[int, str]:
    reader = pypdf.PdfReader(path)
    return len(reader.pages), " ".join(page.extract_text() for page in reader.pages)


def test_build_writes_every_audience(project: Path) -> None:
    for audience in ("executive", "analyst"):
        assert (project / "out" / audience / "briefing.html").stat().st_size > 1000
        assert (project / "out" / audience / "briefing.pdf").read_bytes().startswith(b"%PDF")
    briefing = json.loads((project / ".briefgen" / "briefing.json").read_text(encoding="utf-8"))
    assert briefing["schema"] == "briefgen.extraction/1"
    assert {a["name"] for a in briefing["actors"]} >= {"Vladimir Putin", "Iran", "Russia"}


def test_executive_pdf_is_one_marked_page_with_the_key_actors(project: Path) -> None:
    pages, text = pdf_text(project / "out" / "executive" / "briefing.pdf")
    assert pages == 1
    for words in ("Vladimir Putin", "Iran", "TLP:AMBER", "Page 1 of 1", "Aggression against Iran"):
        assert words in text, words
    metadata = pypdf.PdfReader(project / "out" / "executive" / "briefing.pdf").metadata
    assert metadata is not None and metadata.title == "Iran strikes: Russia's position"


def test_analyst_html_has_quotes_actors_and_endnotes(project: Path) -> None:
    html = (project / "out" / "analyst" / "briefing.html").read_text(encoding="utf-8")
    for words in (
        "Vladimir Putin",
        "Abbas Araqchi",
        "Sergei Lavrov",
        "US fairy tales that caused the suffering of millions",
        "completely unjustified",
        'id="note-1"',
    ):
        assert words in html, words


def test_seed_text_is_escaped_in_html(project: Path) -> None:
    for audience in ("executive", "analyst"):
        html = (project / "out" / audience / "briefing.html").read_text(encoding="utf-8")
        assert "<script>" not in html
        assert "<b>seed</b>" not in html
    analyst = (project / "out" / "analyst" / "briefing.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(" in analyst


def test_missing_config_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = run("build", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: config.yaml: no such configuration file (run `briefgen init` to create one)"
    ]


def test_broken_config_is_path_line_message(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("title: [broken\n", encoding="utf-8")
    result = run("build", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: config.yaml:2: invalid YAML")
    assert "Traceback" not in result.stderr


def test_bad_seed_is_skipped_and_strict_fails(tmp_path: Path) -> None:
    shutil.copy(ROOT / "config.yaml", tmp_path / "config.yaml")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "seeds" / "broken.txt").write_bytes(b"caf\xe9 au lait\n")
    result = run("build", "--audience", "executive", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "skipped: " in result.stderr and "broken.txt:1: not valid UTF-8" in result.stderr
    assert (tmp_path / "out" / "executive" / "briefing.pdf").exists()
    strict = run("build", "--audience", "executive", "--strict", cwd=tmp_path)
    assert strict.returncode == 1


def test_extract_writes_the_contract_shape(tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    result = run("extract", str(ROOT / "seeds"), "--json", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {
        "schema",
        "pipeline",
        "sources",
        "actors",
        "statements",
        "events",
        "sentences",
        "dates",
    }
    texts = {s["id"]: Path(s["path"]).read_text(encoding="utf-8") for s in data["sources"]}
    assert "000_748fcdded8e4d33f" in texts
    for statement in data["statements"]:
        text = texts[statement["source"]]
        assert text[statement["start"] : statement["end"]] == statement["quote"]
    for event in data["events"]:
        trigger = event["trigger"]
        assert texts[event["source"]][trigger["start"] : trigger["end"]] == trigger["text"]
    sentences = [texts[s["source"]][s["start"] : s["end"]] for s in data["sentences"]]
    assert len(sentences) > 10
    assert all(s == s.strip() and "\n\n" not in s for s in sentences)
    assert data["dates"]  # every day the text names, with where it names it
    for day in data["dates"]:
        assert texts[day["source"]][day["start"] : day["end"]] == day["text"]


def test_press_cut_never_contains_amber_content(project: Path) -> None:
    press = project / "out" / "press"
    html = (press / "briefing.html").read_text(encoding="utf-8")
    data = (press / "briefing.json").read_text(encoding="utf-8")
    _, pdf = pdf_text(press / "briefing.pdf")
    for words in SECRET_WORDS:
        assert words not in html and words not in data and words not in pdf, words
    assert "TLP:CLEAR" in pdf and json.loads(data)["marking"] == "TLP:CLEAR"
    analyst = (project / "out" / "analyst" / "briefing.html").read_text(encoding="utf-8")
    assert "Quill" in analyst  # the analyst cut (AMBER ceiling) does see it


def test_each_audience_gets_its_own_json(project: Path) -> None:
    for audience in ("executive", "press", "analyst"):
        view = json.loads((project / "out" / audience / "briefing.json").read_text("utf-8"))
        assert view["name"] == audience
        assert all(c["credibility"] in range(1, 7) for c in view["citations"])


def test_a_one_page_audience_gives_way_story_by_story_until_it_fits(tmp_path: Path) -> None:
    """`pages: 1`: each story's detail, then the lowest-ranked stories, give way until the
    executive page fits on one page, however much the folder holds."""
    shutil.copy(ROOT / "config.yaml", tmp_path / "config.yaml")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "seeds" / "zz_secret.md").write_text(SECRET, encoding="utf-8")  # another story
    # A team's own stylesheet that gives every story most of a page: two cannot fit on one.
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "executive.html.j2").write_text(
        '{% extends "!default/executive.html.j2" %}\n'
        "{% block styles %}{{ super() }} .story { min-height: 110mm; }{% endblock %}\n",
        encoding="utf-8",
    )
    result = run("build", "--audience", "executive", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    pages, _ = pdf_text(tmp_path / "out" / "executive" / "briefing.pdf")
    view = json.loads((tmp_path / "out" / "executive" / "briefing.json").read_text("utf-8"))
    briefing = json.loads((tmp_path / ".briefgen" / "briefing.json").read_text("utf-8"))
    assert len(briefing["stories"]) >= 2
    assert pages == 1
    assert [s["story"]["id"] for s in view["stories"]] == [briefing["stories"][0]["id"]]
    assert all(len(s["summary"]) == 1 for s in view["stories"])


def test_the_fit_search_finds_the_fullest_cut_that_fits_with_few_layouts() -> None:
    """A page's length only falls as its cut shrinks: the search finds the same cut as laying
    out every one, lays out a page one step too long twice (the halving it replaced, four
    times on eight steps), and the last cut it found to fit is the answer."""
    for steps in range(1, 14):
        for answer in [*range(steps), None]:
            found, asked = _fit_search(steps, answer)
            assert found == answer
            fitted = [step for step, fit in asked if fit]
            assert (fitted[-1] if fitted else None) == answer
            assert len(asked) <= 2 * steps.bit_length() + 1
            if answer is not None and answer <= 1:
                assert len(asked) == answer + 1


def _fit_search(steps: int, answer: int | None) -> tuple[int | None, list[tuple[int, bool]]]:
    """What the search finds on `steps` cuts of which `answer` is the first to fit, and each
    cut it laid out, with whether it fit."""
    from briefgen.build import _first_fitting

    asked: list[tuple[int, bool]] = []

    def fits(step: int) -> bool:
        asked.append((step, answer is not None and step >= answer))
        return asked[-1][1]

    return _first_fitting(steps, fits), asked


def test_the_chronology_is_the_key_dates_in_date_order_cut_per_audience(project: Path) -> None:
    briefing = json.loads((project / ".briefgen" / "briefing.json").read_text(encoding="utf-8"))
    ranked = [day["date"] for day in briefing["key_dates"]]
    assert ranked[0] == "2025-06-22"  # the strikes: referred to most across the reports
    assert all(story["key_dates"] for story in briefing["stories"] if len(story["sources"]) > 1)
    for audience, most in (("executive", 3), ("analyst", 12)):
        view = json.loads((project / "out" / audience / "briefing.json").read_text("utf-8"))
        shown = [day["date"] for day in view["key_dates"]]
        # The most important days, as many as the audience takes (the one-pager may give some
        # up to fit its page), in date order.
        assert 1 <= len(shown) <= most
        assert shown == sorted(ranked[: len(shown)])
    html = (project / "out" / "analyst" / "briefing.html").read_text(encoding="utf-8")
    assert 'id="chronology-h">Key dates' in html
    assert html.index('datetime="2025-06-22"', html.index("chronology-h")) < html.index(
        'datetime="2025-06-23"', html.index("chronology-h")
    )


def test_items_citing_the_same_words_share_one_endnote(project: Path) -> None:
    view = json.loads((project / "out" / "analyst" / "briefing.json").read_text(encoding="utf-8"))
    seen = ({**c, "number": 0, "shown": 0, "corroboration": 0} for c in view["citations"])
    notes = [json.dumps(note, sort_keys=True) for note in seen]
    assert len(set(notes)) == len(notes)  # no endnote said twice, whatever its items show
    assert [c["number"] for c in view["citations"]] == list(range(1, len(notes) + 1))
    numbers = list(view["cite"].values())
    assert set(numbers) == set(range(1, len(notes) + 1))  # every endnote cited
    assert len(set(numbers)) < len(numbers)  # an actor's first mention is an act's sentence


def test_endnotes_leave_out_what_the_page_already_shows(project: Path) -> None:
    view = json.loads((project / "out" / "analyst" / "briefing.json").read_text(encoding="utf-8"))
    html = (project / "out" / "analyst" / "briefing.html").read_text(encoding="utf-8")
    note = {c["number"]: c for c in view["citations"]}
    said = {s["id"]: s["quote"] for s in view["statements"]}
    lines = {f"kp-{i}": p["text"] for i, p in enumerate(view["key_points"])}
    for story in view["stories"]:
        lines |= {f"{story['story']['id']}-{k}": p["text"] for k, p in enumerate(story["summary"])}
    whole = 0
    for key, number in view["cite"].items():
        citation = note[number]
        shown = citation["shown"]
        entry = html[html.index(f'id="note-{number}"') :]
        entry = entry[: entry.index("</li>")]
        if shown is None:  # an act, an actor, or items that show different words of it
            assert "“" in entry
        elif key in said and said[key] in citation["sentence"]:
            start, end = shown
            sentence = citation["sentence"]
            assert sentence[start:end] == said[key]
            if not re.search(r"\w", sentence[:start] + sentence[end:]):
                assert "“" not in entry  # the quote is the whole sentence
                whole += 1
            elif end - start >= 40:
                assert "[…]" in entry and said[key] not in entry
        elif lines.get(key) == citation["sentence"] or key.startswith("kd-"):
            assert shown == [0, len(citation["sentence"])]
            assert "“" not in entry  # the source and its grade alone
            whole += 1
        else:
            raise AssertionError(f"{key}: the page shows no words of note {number}")
    # Here every long quote shares its note with an act or an actor of its sentence, so the
    # note quotes all of it: test_render.py tests the elision.
    assert whole


def test_an_audience_no_source_is_cleared_for_says_why_its_page_is_empty(tmp_path: Path) -> None:
    shutil.copy(ROOT / "config.yaml", tmp_path / "config.yaml")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "zz_secret.md").write_text(SECRET, encoding="utf-8")
    result = run("build", "-v", "--audience", "press", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (
        "press: no source is cleared for its TLP:CLEAR (1 TLP:AMBER); its page has no stories,"
        " statements or acts" in result.stderr
    )
    page = (tmp_path / "out" / "press" / "briefing.html").read_text(encoding="utf-8")
    assert "No source is cleared for this audience’s marking." in page
    assert not any(words in page for words in SECRET_WORDS)
