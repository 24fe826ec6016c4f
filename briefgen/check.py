"""`briefgen check`: everything a build needs, checked at once, the way `quarto check` does.

Each area gives a finding: ok with a short note, or the problems found, each one line
(`path:line: what is wrong`). Nothing is built or written; the spaCy pipeline is found and its
meta read, not loaded, so the check takes a moment, not the seconds a build's start does.
"""

from __future__ import annotations

import ctypes.util
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefgen import __version__
from briefgen.errors import BriefgenError, ConfigError, ConfigErrors, TemplateError
from briefgen.extract.lexicon import LEXICON_FILES, load_lexicon, unknown_keys
from briefgen.extract.model_info import describe, is_installed
from briefgen.read import project as configuration
from briefgen.read.notes import read_notes
from briefgen.read.project import Project
from briefgen.read.seeds import find_seeds, read_sources
from briefgen.render.templates_dir import default_templates_dir

# What WeasyPrint needs from the system (scripts/check_system.py installs them).
SYSTEM_LIBRARIES = ("pango-1.0", "pangoft2-1.0", "harfbuzz", "fontconfig")


@dataclass
class Finding:
    area: str
    note: str = ""
    problems: list[BriefgenError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(config_path: Path) -> list[Finding]:
    """Every area, in the order a build meets them."""
    config = Finding("config")
    try:
        project: Project | None = configuration.load(config_path)
        config.note = str(config_path)
    except ConfigErrors as errors:
        project, config.problems = None, list(errors.errors)
    except ConfigError as error:
        project, config.problems = None, [error]
    findings = [config]
    if project is not None:
        findings += [_run(area, _bound(step, project)) for area, step in _PROJECT_CHECKS]
    model = project.config.model if project is not None else None
    findings.append(_run("spaCy model", lambda: _model(model)))
    findings.append(_run("system libraries", _system))
    return findings


Result = str | list[BriefgenError]  # a note when all is well, else the problems


def _bound(step: Callable[[Project], Result], project: Project) -> Callable[[], Result]:
    return lambda: step(project)


def _run(area: str, step: Callable[[], Result]) -> Finding:
    try:
        result = step()
    except ConfigErrors as errors:
        return Finding(area, problems=list(errors.errors))
    except BriefgenError as error:
        return Finding(area, problems=[error])
    if isinstance(result, list):
        return Finding(area, problems=result)
    return Finding(area, note=result)


def _lexicon(project: Project) -> str | list[BriefgenError]:
    if not project.config.lexicon:
        return "the shipped lists only (no `lexicon:` in the config)"
    folder = project.path(project.config.lexicon)
    if not folder.is_dir():
        return [ConfigError("lexicon: no such folder", folder)]
    problems: list[BriefgenError] = []
    for path in sorted(folder.iterdir()):
        if path.suffix in (".yaml", ".yml") and path.name not in LEXICON_FILES:
            named = ", ".join(LEXICON_FILES)
            problems.append(ConfigError(f"not a lexicon file (they are named {named})", path))
        elif path.name in LEXICON_FILES:
            problems += unknown_keys(path)
    if not problems:
        load_lexicon(str(folder))  # its own checks: YAML, shapes, event types
    files = [name for name in LEXICON_FILES if (folder / name).is_file()]
    return problems or f"{folder}: {', '.join(files) or 'no files'}"


def _seeds(project: Project) -> str | list[BriefgenError]:
    folder = project.seeds_dir
    if not folder.is_dir():
        return [ConfigError("the seeds folder does not exist", project.config.seeds)]
    found = list(read_sources(find_seeds([folder], project.root), project.config.sources))
    problems: list[BriefgenError] = [item for item in found if isinstance(item, BriefgenError)]
    readable = len(found) - len(problems)
    if not readable:
        problems.append(ConfigError("no readable seeds to build from", folder))
    return problems or f"{readable} readable in {folder}"


def _notes(project: Project) -> str | list[BriefgenError]:
    notes, problems = read_notes(project.notes_dir, project.root)
    return list(problems) or f"{len(notes)} in {project.notes_dir}"


def _templates(project: Project) -> str | list[BriefgenError]:
    """Every template compiles, every audience's template is there, the Word template reads."""
    from briefgen.render.html import make_environment, template_names

    environment = make_environment(project.templates_dir)
    problems: list[BriefgenError] = []
    names = sorted(
        {*template_names(project.templates_dir)}
        | {audience.template for audience in project.config.audiences.values()}
    )
    for name in names:
        problems += _compiles(environment, name, project)
    problems += _word_template(project)
    return problems or f"{len(names)} compile"


def _compiles(environment: object, name: str, project: Project) -> list[BriefgenError]:
    import jinja2

    assert isinstance(environment, jinja2.Environment)
    try:
        environment.get_template(name)
    except jinja2.TemplateSyntaxError as exc:
        return [TemplateError(exc.message or "syntax error", exc.filename or name, exc.lineno)]
    except jinja2.TemplateNotFound:
        return [TemplateError("template not found", project.templates_dir / name)]
    return []


def _word_template(project: Project) -> list[BriefgenError]:
    from briefgen.render.word import word_environment, word_template

    path = word_template([project.templates_dir, default_templates_dir()])
    if path is None:
        return []
    import jinja2
    from docxtpl import DocxTemplate

    try:
        DocxTemplate(path).get_undeclared_template_variables(word_environment())
    except jinja2.TemplateSyntaxError as exc:
        return [TemplateError(f"the Word template: {exc.message}", path, exc.lineno)]
    except (OSError, KeyError, ValueError) as exc:
        return [TemplateError(f"not a usable Word template: {exc}", path)]
    return []


def _distribution(project: Project) -> str | list[BriefgenError]:
    config = project.config
    problems: list[BriefgenError] = []
    if config.signing is not None:
        from briefgen.distribute.signing import load_signer

        try:
            signed_by = load_signer(config.signing, project.root).signed_by
        except BriefgenError as error:
            problems.append(error)
            signed_by = ""
    if config.mail is not None:
        mail = config.mail
        if mail.user and mail.password_env not in os.environ:
            message = f"mail.user is set but ${mail.password_env} is not"
            problems.append(ConfigError(message, project.config_path))
        if mail.ca_file and not project.path(mail.ca_file).is_file():
            problems.append(ConfigError("mail.ca_file: no such file", project.path(mail.ca_file)))
    if problems:
        return problems
    parts = [f"{len(config.recipients)} recipient(s)"]
    if config.signing is not None:
        parts.append(f"signing as {signed_by}")
    if config.mail is not None:
        parts.append(f"mail through {config.mail.host}")
    return ", ".join(parts)


def _model(name: str | None) -> str | list[BriefgenError]:
    from briefgen.model.config import DEFAULT_MODEL

    wanted = name or DEFAULT_MODEL
    if not is_installed(wanted):
        hint = "install it (pip) or name an installed pipeline in `model:`"
        return [ConfigError(f"spaCy pipeline {wanted!r} is not installed; {hint}")]
    pipeline = describe(wanted, __version__)
    return f"{pipeline.model} {pipeline.version}"


def _system() -> str | list[BriefgenError]:
    missing = [name for name in SYSTEM_LIBRARIES if ctypes.util.find_library(name) is None]
    if missing:
        hint = "Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core"
        return [BriefgenError(f"WeasyPrint needs {', '.join(missing)} ({hint})")]
    return "Pango, HarfBuzz and fontconfig found"


_PROJECT_CHECKS: tuple[tuple[str, Callable[[Project], str | list[BriefgenError]]], ...] = (
    ("lexicon", _lexicon),
    ("seeds", _seeds),
    ("notes", _notes),
    ("templates", _templates),
    ("distribution", _distribution),
)
