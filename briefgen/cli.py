"""The command line: turns BriefgenErrors into one-line messages and exit codes."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn, TypeVar

import click
from tqdm import tqdm

from briefgen import __version__
from briefgen import build as builder
from briefgen.errors import BriefgenError, ConfigError
from briefgen.extract.lexicon import load_lexicon
from briefgen.init import init_project
from briefgen.model.config import DEFAULT_MODEL
from briefgen.output import write_json
from briefgen.read import project as configuration

EXIT_ERROR = 1
EXIT_USAGE = 2
Result = TypeVar("Result")
Command = TypeVar("Command", bound=Callable[..., None])


@click.group()
@click.version_option(__version__, prog_name="briefgen")
@click.option("-v", "--verbose", is_flag=True, help="Log progress to stderr.")
def main(verbose: bool) -> None:
    """Turn news articles into an intelligence-style briefing (HTML and PDF)."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.ERROR,
        format="%(levelname)s %(name)s: %(message)s",
    )


def scale_options(command: Command) -> Command:
    """--jobs, --executor, --scheduler, --quiet: shared by build and extract."""
    options = [
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(min=1),
            default=os.cpu_count() or 1,
            show_default="the machine's cores",
            help="Extraction processes.",
        ),
        click.option(
            "--executor",
            type=click.Choice(["process", "dask"]),
            default="process",
            show_default=True,
            help="Where extraction runs: local processes or a Dask cluster.",
        ),
        click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler (--executor dask)."),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar; errors only."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _options(jobs: int, executor: str, scheduler: str | None, quiet: bool) -> builder.Options:
    if executor == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS (tcp://host:8786)")
    bar = None if quiet else tqdm(unit=" sources", desc="extracting", leave=False, disable=None)
    return builder.Options(
        jobs=jobs,
        scheduler=scheduler if executor == "dask" else None,
        progress=bar.update if bar is not None else None,
    )


@main.command()
@click.option(
    "-c", "--config", "config_path", default="config.yaml", type=click.Path(path_type=Path)
)
@click.option(
    "--audience", "audiences", multiple=True, help="Build only this audience (repeatable)."
)
@click.option("--strict", is_flag=True, help="Fail when any seed cannot be read.")
@scale_options
def build(
    config_path: Path,
    audiences: tuple[str, ...],
    strict: bool,
    jobs: int,
    executor: str,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Build every audience's HTML, PDF and JSON, its index, feed and archive."""
    project = _run(lambda: configuration.load(config_path))
    options = _options(jobs, executor, scheduler, quiet)
    outcome = _run(lambda: builder.build(project, audiences, options))
    if outcome.up_to_date and not quiet:
        click.echo("up to date: nothing changed since the last build")
    _report(outcome, strict, quiet)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "json_path", required=True, type=click.Path(path_type=Path))
@click.option(
    "--model", default=DEFAULT_MODEL, show_default=True, help="spaCy pipeline name or path."
)
@click.option("--strict", is_flag=True, help="Fail when any file cannot be read.")
@scale_options
def extract(
    paths: tuple[Path, ...],
    json_path: Path,
    model: str,
    strict: bool,
    jobs: int,
    executor: str,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Extract actors, statements and events from files and folders into one JSON file."""
    outcome = builder.Outcome()
    options = _options(jobs, executor, scheduler, quiet)
    extraction = _run(lambda: builder.extract(paths, model, outcome, options))
    outcome.written.append(_run(lambda: write_json(json_path, extraction.to_json())))
    _report(outcome, strict, quiet)


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
    # spaCy loads here, not when the command line starts: `--help` and an up-to-date build
    # should not wait for it
    from briefgen import evaluate as scoring
    from briefgen.extract.pipeline import load

    extra = str(lexicon) if lexicon else None
    figures = _run(lambda: scoring.evaluate(task, gold, load(model, extra), load_lexicon(extra)))
    if as_json:
        click.echo(json.dumps(figures))
        return
    for name, value in figures.items():
        click.echo(f"{name:18} {value:.3f}" if isinstance(value, float) else f"{name:18} {value}")


@main.command()
@click.option(
    "-c", "--config", "config_path", default="config.yaml", type=click.Path(path_type=Path)
)
@click.option("--host", default="127.0.0.1", show_default=True, help="A loopback address.")
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="0: any."
)
@click.option(
    "--audience", help="Serve only what this audience may see: its pages, archive and feed."
)
def serve(config_path: Path, host: str, port: int, audience: str | None) -> None:
    """Build, serve out/ on localhost and rebuild on every change, reloading the open page."""
    from briefgen import serve as serving

    if audience is not None:
        known = _run(lambda: configuration.load(config_path)).config.audiences
        if audience not in known:
            message = f"no audience named {audience!r} (known: {', '.join(known)})"
            _fail(ConfigError(message, config_path))

    def ready(server: serving.Server) -> None:
        click.echo(f"serving {server.url} (Ctrl+C to stop)")

    try:
        _run(lambda: serving.serve(config_path, host, port, ready=ready, audience=audience))
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


@main.command()
@click.option(
    "-c", "--config", "config_path", default="config.yaml", type=click.Path(path_type=Path)
)
@click.option("--dry-run", is_flag=True, help="Write each message as an .eml file; send nothing.")
@click.option("--as-of", metavar="YYYY-MM-DD", help="The briefing date to send (default: latest).")
@click.option(
    "--resend-unconfirmed",
    is_flag=True,
    help="Send again the copies a cut-short send may have handed over unrecorded.",
)
def send(config_path: Path, dry_run: bool, as_of: str | None, resend_unconfirmed: bool) -> None:
    """Mail each recipient their traced copy of the latest build (recipients: in config)."""
    from briefgen.distribute.send import Delivery
    from briefgen.distribute.send import send as mail_copies

    project = _run(lambda: configuration.load(config_path))
    refused = []

    def report(delivery: Delivery) -> None:
        copy = delivery.copy
        who = f"{copy.recipient} <{copy.email}> ({copy.audience}, copy {copy.copy})"
        if delivery.outcome == "refused":
            refused.append(delivery)
            click.echo(f"refused: {who}: {delivery.detail}", err=True)
        elif delivery.outcome == "unconfirmed":
            click.echo(
                f"not sent again: {who}: a cut-short send may have sent it"
                f" ({delivery.detail}); check, then use --resend-unconfirmed",
                err=True,
            )
        else:
            click.echo(f"{delivery.outcome}: {who}: {delivery.detail}")

    deliveries = _run(
        lambda: mail_copies(
            project,
            dry_run=dry_run,
            as_of=as_of,
            resend_unconfirmed=resend_unconfirmed,
            report=report,
        )
    )
    if refused or any(d.outcome == "unconfirmed" for d in deliveries):
        sys.exit(EXIT_ERROR)


def _run(step: Callable[[], Result]) -> Result:
    try:
        return step()
    except BriefgenError as exc:
        _fail(exc)


def _fail(exc: BriefgenError) -> NoReturn:
    for line in str(exc).splitlines():
        click.echo(f"error: {line}", err=True)
    sys.exit(EXIT_USAGE if isinstance(exc, ConfigError) else EXIT_ERROR)


def _report(outcome: builder.Outcome, strict: bool, quiet: bool = False) -> None:
    for problem in outcome.problems:
        click.echo(f"skipped: {problem}", err=True)
    for path in [] if quiet else outcome.written:
        click.echo(f"wrote {path}")
    if strict and outcome.problems:
        sys.exit(EXIT_ERROR)
