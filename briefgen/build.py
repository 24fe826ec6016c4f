"""The build, step by step: read seeds, extract, assemble, then render each audience's cut."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefgen import __version__, nlp
from briefgen.briefing import assemble, releasable, select
from briefgen.changes import changes_since, read_previous, within
from briefgen.config import Project
from briefgen.errors import BriefgenError, ConfigError, SourceError
from briefgen.extract.lexicon import load_lexicon
from briefgen.extract.run import combine, extract_all
from briefgen.model import Changes, Extraction, Note, Pipeline, Source, to_json
from briefgen.notes import read_notes
from briefgen.output import publish_folder, write_json
from briefgen.render.html import default_templates_dir, make_environment, render_html
from briefgen.render.pdf import write_pdf
from briefgen.sources import find_seeds, read_sources

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What a build or an extraction wrote, and the inputs it had to skip."""

    written: list[Path] = field(default_factory=list)
    problems: list[BriefgenError] = field(default_factory=list)


@dataclass(frozen=True)
class Material:
    """Everything a build renders from, once extraction is done."""

    project: Project
    extractions: list[Extraction]
    pipeline: Pipeline
    notes: list[Note]
    changes: Changes | None


def build(project: Project, audiences: Sequence[str] = ()) -> Outcome:
    outcome = Outcome()
    chosen = _audiences(project, audiences)
    sources = _read(project, outcome)
    if not sources:
        raise SourceError("no readable seeds to build from", project.seeds_dir)
    material = _extract(project, sources, outcome)
    briefing = assemble(material.extractions, project.config, material.pipeline)
    pages = {name: _render(material, name) for name in chosen}  # all rendered before any write
    outcome.written.append(write_json(project.output_dir / "briefing.json", briefing.to_json()))
    for name, files in pages.items():
        outcome.written += publish_folder(project.output_dir / name, files)
    return outcome


def _extract(project: Project, sources: list[Source], outcome: Outcome) -> Material:
    lexicon_path = _lexicon_path(project)
    pipeline = nlp.load(project.config.model, lexicon_path)
    info = nlp.pipeline_info(pipeline, __version__)
    extractions = list(extract_all(pipeline, sources, load_lexicon(lexicon_path)))
    notes, problems = read_notes(project.notes_dir)
    outcome.problems += problems
    previous = read_previous(project.output_dir / "briefing.json")
    current = assemble(extractions, project.config, info)
    return Material(project, extractions, info, notes, changes_since(previous, current))


def _render(material: Material, name: str) -> dict[str, bytes]:
    """One audience's HTML, PDF and JSON, from the sources it may see and nothing else."""
    project, config = material.project, material.project.config
    audience = config.audiences[name]
    cut = assemble(releasable(material.extractions, audience), config, material.pipeline)
    view = select(cut, name, audience, config, material.notes, within(material.changes, cut))
    html = render_html(
        make_environment(project.templates_dir), audience.template, view, author=config.author
    )
    view_json = json.dumps(to_json(view), ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    pdf = write_pdf(
        html,
        base_dir=project.templates_dir,
        allowed_dirs=[project.templates_dir, default_templates_dir()],
        variant=audience.pdf_variant,
        attachments={"briefing.json": view_json} if audience.pdf_variant == "pdf/a-3b" else None,
    )
    return {"briefing.html": html.encode("utf-8"), "briefing.pdf": pdf, "briefing.json": view_json}


def extract(paths: Sequence[Path], model: str, outcome: Outcome) -> Extraction:
    """The `extract` command: no project, just files and folders."""
    sources = _collect(read_sources(find_seeds(paths)), outcome)
    pipeline = nlp.load(model)
    extractions = list(extract_all(pipeline, sources, load_lexicon()))
    return combine(extractions, nlp.pipeline_info(pipeline, __version__))


def _audiences(project: Project, wanted: Sequence[str]) -> list[str]:
    known = project.config.audiences
    unknown = [name for name in wanted if name not in known]
    if unknown:
        raise ConfigError(
            f"no audience named {unknown[0]!r} (known: {', '.join(known)})", project.config_path
        )
    return list(wanted) or list(known)


def _read(project: Project, outcome: Outcome) -> list[Source]:
    seeds_dir = project.seeds_dir
    if not seeds_dir.is_dir():
        raise ConfigError("the seeds folder does not exist", seeds_dir)
    config = project.config
    found = read_sources(find_seeds([seeds_dir]), seeds_dir, config.sources, config.default_tlp)
    return _collect(found, outcome)


def _collect(found: Iterable[Source | SourceError], outcome: Outcome) -> list[Source]:
    sources = []
    for item in found:
        if isinstance(item, SourceError):
            log.warning("%s", item)
            outcome.problems.append(item)
        else:
            sources.append(item)
    return sources


def _lexicon_path(project: Project) -> str | None:
    lexicon = project.config.lexicon
    return str(project.path(lexicon)) if lexicon else None
