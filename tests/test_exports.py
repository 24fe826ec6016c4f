"""Each audience's exports (issue 14): CSV tables, the actor network as GraphML, the JSON
Schema of its briefing.json, and a Word version from a template a team can restyle."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import zipfile
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import docx
import jsonschema
import networkx as nx
import pytest

from briefgen.model import AudienceView, from_json
from briefgen.render.exports import EVENT_FIELDS, exports, spreadsheet_safe
from briefgen.render.word import word_document
from tests.conftest import ROOT, copy_example_project, run_briefgen

AUDIENCES = ("executive", "press", "analyst")


def _view(project: Path, audience: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((project / "out" / audience / "briefing.json").read_text())
    return data


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_tables_hold_what_the_audience_sees(example_build: Path, audience: str) -> None:
    view = _view(example_build, audience)
    folder = example_build / "out" / audience
    events = list(csv.DictReader(io.StringIO((folder / "events.csv").read_text("utf-8"))))
    header = (folder / "events.csv").read_text("utf-8").splitlines()[0]
    assert tuple(header.split(",")) == EVENT_FIELDS
    shown = _once(
        [
            *view["events"],
            *(e for s in view["stories"] for e in (*s["events"], *s["background"])),
            *view["background"],
        ]
    )
    assert [row["id"] for row in events] == [e["id"] for e in shown]
    assert [row["type"] for row in events] == [e["type"] for e in shown]
    said = list(csv.DictReader(io.StringIO((folder / "statements.csv").read_text("utf-8"))))
    spoken = _once([*view["statements"], *(x for s in view["stories"] for x in s["statements"])])
    assert [(r["id"], r["quote"]) for r in said] == [(x["id"], x["quote"]) for x in spoken]


def _once(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    first: dict[str, dict[str, Any]] = {}
    for item in items:
        first.setdefault(item["id"], item)
    return list(first.values())


def test_a_storys_undated_acts_are_in_the_table_though_not_in_the_timeline(
    example_build: Path,
) -> None:
    """Without publication dates there is no reporting period and no main timeline, but the
    page still shows each story's acts: the table must hold them."""
    view = from_json(AudienceView, _view(example_build, "analyst"))
    story_acts = [e.id for s in view.stories for e in s.events]
    assert story_acts
    undated = dataclasses.replace(view, events=(), background=())
    table = exports(undated)["events.csv"].decode("utf-8")
    assert [row["id"] for row in csv.DictReader(io.StringIO(table))] == list(
        dict.fromkeys([*story_acts, *(e.id for s in view.stories for e in s.background)])
    )


def test_the_actor_network_reads_back_with_the_audiences_actors(example_build: Path) -> None:
    view = _view(example_build, "analyst")
    graph = nx.read_graphml(example_build / "out" / "analyst" / "actors.graphml")
    assert set(graph.nodes) == {a["id"] for a in view["actors"]}
    assert graph.nodes["vladimir-putin"]["label"] == "Vladimir Putin"
    acted = {(s, t) for s, t, kind in graph.edges(data="kind") if kind != "statement"}
    assert ("united-states", "iran") in acted


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_schema_validates_the_audiences_json(example_build: Path, audience: str) -> None:
    folder = example_build / "out" / audience
    schema = json.loads((folder / "briefing.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    view = _view(example_build, audience)
    jsonschema.validate(view, schema)
    view["sources"][0]["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError, match="surprise"):
        jsonschema.validate(view, schema)
    del view["sources"][0]["surprise"], view["marking"]
    with pytest.raises(jsonschema.ValidationError, match="marking"):
        jsonschema.validate(view, schema)


def test_the_word_version_leads_with_the_marking(example_build: Path) -> None:
    document = docx.Document(str(example_build / "out" / "press" / "briefing.docx"))
    lines = [p.text for p in document.paragraphs if p.text.strip()]
    view = _view(example_build, "press")
    assert lines[0] == "TLP:CLEAR" and lines[-1] == "TLP:CLEAR"
    assert view["title"] in lines
    assert view["key_points"][0]["text"] in lines
    assert document.sections[0].header.paragraphs[0].text == "TLP:CLEAR"
    assert not any("{{" in line or "{%" in line for line in lines)


def test_the_word_version_is_the_same_bytes_for_the_same_briefing(example_build: Path) -> None:
    view = from_json(AudienceView, _view(example_build, "analyst"))
    template = ROOT / "templates" / "briefing.docx"
    made = word_document(view, template)
    assert made == word_document(view, template)
    dates = {item.date_time for item in zipfile.ZipFile(io.BytesIO(made)).infolist()}
    assert dates == {(1980, 1, 1, 0, 0, 0)}


def _built_with_word_template(folder: Path, text: str) -> tuple[Path, CompletedProcess[str]]:
    """The example project with a Word template of one paragraph, its press cut built."""
    project = copy_example_project(folder)
    own = docx.Document()
    own.add_paragraph(text)
    own.save(str(project / "templates" / "briefing.docx"))
    return project, run_briefgen("build", "-q", "--audience", "press", cwd=project)


def test_a_projects_word_template_replaces_the_built_in_one(tmp_path: Path) -> None:
    text = "OUR LETTERHEAD {{ view.marking }} {{ view.title }}"
    project, result = _built_with_word_template(tmp_path / "desk", text)
    assert result.returncode == 0, result.stderr
    made = docx.Document(str(project / "out" / "press" / "briefing.docx"))
    assert made.paragraphs[0].text == "OUR LETTERHEAD TLP:CLEAR Iran strikes: Russia's position"


def test_a_word_template_has_the_filters_the_pages_have(tmp_path: Path) -> None:
    text = """{{ 'We will win," he said, "and soon' | spoken }}"""
    project, result = _built_with_word_template(tmp_path / "desk", text)
    assert result.returncode == 0, result.stderr
    made = docx.Document(str(project / "out" / "press" / "briefing.docx"))
    assert made.paragraphs[0].text == "We will win […] and soon"


def test_seed_text_cannot_run_as_a_spreadsheet_formula() -> None:
    assert spreadsheet_safe('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert spreadsheet_safe("-1") == "'-1" and spreadsheet_safe("Putin") == "Putin"


def test_a_sentence_wrapped_in_its_seed_is_one_line_in_a_cell() -> None:
    # The sentence keeps its line break in the JSON, where offsets count it.
    assert spreadsheet_safe("told reporters in\nVilnius.") == "told reporters in Vilnius."
    assert spreadsheet_safe("in\r\n  -Vilnius") == "in -Vilnius"


def test_a_broken_word_template_is_a_one_line_error(tmp_path: Path) -> None:
    _, result = _built_with_word_template(tmp_path / "desk", "{{ view.title ")
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert "briefing.docx" in line and "Traceback" not in result.stderr
