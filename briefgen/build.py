"""The build, step by step: read seeds, extract, assemble, then render each audience."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefgen import __version__, nlp
from briefgen.briefing import assemble, select
from briefgen.config import Project
from briefgen.errors import BriefgenError, ConfigError, SourceError
from briefgen.extract.lexicon import Lexicon, load_lexicon
from briefgen.extract.run import combine, extract_all
from briefgen.model import Extraction, Source
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


def build(project: Project, audiences: Sequence[str] = ()) -> Outcome:
    outcome = Outcome()
    config = project.config
    chosen = _audiences(project, audiences)
    sources = _read(project, outcome)
    if not sources:
        raise SourceError("no readable seeds to build from", project.seeds_dir)
    lexicon = _lexicon(project)
    pipeline = nlp.load(config.model, _lexicon_path(project))
    extractions = list(extract_all(pipeline, sources, lexicon))
    briefing = assemble(extractions, config, nlp.pipeline_info(pipeline, __version__))
    outcome.written.append(write_json(project.output_dir / "briefing.json", briefing.to_json()))
    env = make_environment(project.templates_dir)
    for name in chosen:
        audience = config.audiences[name]
        view = select(briefing, name, audience, config)
        html = render_html(env, audience.template, view, author=config.author)
        pdf = write_pdf(
            html,
            base_dir=project.templates_dir,
            allowed_dirs=[project.templates_dir, default_templates_dir()],
        )
        files = {"briefing.html": html.encode("utf-8"), "briefing.pdf": pdf}
        outcome.written += publish_folder(project.output_dir / name, files)
    return outcome


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


def _lexicon(project: Project) -> Lexicon:
    return load_lexicon(_lexicon_path(project))
