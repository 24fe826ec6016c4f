"""The command line: turns BriefgenErrors into one-line messages and exit codes."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from briefgen import __version__, nlp
from briefgen import build as builder
from briefgen import config as configuration
from briefgen import evaluate as scoring
from briefgen.config import DEFAULT_MODEL
from briefgen.errors import BriefgenError, ConfigError
from briefgen.extract.lexicon import load_lexicon
from briefgen.init import init_project
from briefgen.output import write_json

EXIT_ERROR = 1
EXIT_USAGE = 2
Result = TypeVar("Result")


@click.group()
@click.version_option(__version__, prog_name="briefgen")
@click.option("-v", "--verbose", is_flag=True, help="Log progress to stderr.")
def main(verbose: bool) -> None:
    """Turn news articles into an intelligence-style briefing (HTML and PDF)."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.ERROR,
        format="%(levelname)s %(name)s: %(message)s",
    )


@main.command()
@click.option(
    "-c", "--config", "config_path", default="config.yaml", type=click.Path(path_type=Path)
)
@click.option(
    "--audience", "audiences", multiple=True, help="Build only this audience (repeatable)."
)
@click.option("--strict", is_flag=True, help="Fail when any seed cannot be read.")
def build(config_path: Path, audiences: tuple[str, ...], strict: bool) -> None:
    """Build out/briefing.json and every audience's HTML and PDF."""
    project = _run(lambda: configuration.load(config_path))
    outcome = _run(lambda: builder.build(project, audiences))
    _report(outcome, strict)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "json_path", required=True, type=click.Path(path_type=Path))
@click.option(
    "--model", default=DEFAULT_MODEL, show_default=True, help="spaCy pipeline name or path."
)
@click.option("--strict", is_flag=True, help="Fail when any file cannot be read.")
def extract(paths: tuple[Path, ...], json_path: Path, model: str, strict: bool) -> None:
    """Extract actors, statements and events from files and folders into one JSON file."""
    outcome = builder.Outcome()
    extraction = _run(lambda: builder.extract(paths, model, outcome))
    outcome.written.append(_run(lambda: write_json(json_path, extraction.to_json())))
    _report(outcome, strict)


@main.command()
@click.argument("directory", type=click.Path(path_type=Path))
def init(directory: Path) -> None:
    """Create a working project in DIRECTORY: config, an example seed, templates/, notes/."""
    written = _run(lambda: init_project(directory))
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"next: cd {directory} && briefgen build")


@main.command(name="eval")
@click.argument("task", type=click.Choice(["quotes", "events"]))
@click.argument("gold", type=click.Path(path_type=Path))
@click.option(
    "--model", default=DEFAULT_MODEL, show_default=True, help="spaCy pipeline name or path."
)
@click.option("--lexicon", type=click.Path(path_type=Path), help="A project lexicon folder.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
def evaluate(task: str, gold: Path, model: str, lexicon: Path | None, as_json: bool) -> None:
    """Score extraction against gold: statements (quotes) or events, one JSON record a line."""
    extra = str(lexicon) if lexicon else None
    figures = _run(
        lambda: scoring.evaluate(task, gold, nlp.load(model, extra), load_lexicon(extra))
    )
    if as_json:
        click.echo(json.dumps(figures))
        return
    for name, value in figures.items():
        click.echo(f"{name:18} {value:.3f}" if isinstance(value, float) else f"{name:18} {value}")


def _run(step: Callable[[], Result]) -> Result:
    try:
        return step()
    except BriefgenError as exc:
        for line in str(exc).splitlines():
            click.echo(f"error: {line}", err=True)
        sys.exit(EXIT_USAGE if isinstance(exc, ConfigError) else EXIT_ERROR)


def _report(outcome: builder.Outcome, strict: bool) -> None:
    for problem in outcome.problems:
        click.echo(f"skipped: {problem}", err=True)
    for path in outcome.written:
        click.echo(f"wrote {path}")
    if strict and outcome.problems:
        sys.exit(EXIT_ERROR)
