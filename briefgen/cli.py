"""The command line: turns BriefgenErrors into one-line messages and exit codes."""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn, TypeVar

import click

from briefgen import __version__, logs
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


CONTEXT = {"help_option_names": ["-h", "--help"]}
# Libraries whose own log lines stay out of `-v` (they log every font and image they look
# at, and WeasyPrint warns of every SVG property it does not know); `-vv` shows them too.
_CHATTY = (
    "weasyprint",
    "pikepdf",
    "fontTools",
    "matplotlib",
    "PIL",
    "pyhanko",
    "urllib3",
    "asyncio",
)
# pyHanko (signing, traced copies) imports DSA keys, which cryptography 51 deprecates with a
# warning on every import: one library's notice to another, which no user of briefgen can act
# on, and a second line where an error must be one.
warnings.filterwarnings("ignore", message="DSA is deprecated", module=r"pyhanko\.")


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="briefgen")
@click.option("-v", "--verbose", count=True, help="Log progress to stderr (-vv: everything).")
@click.option("-q", "--quiet", is_flag=True, help="Errors only.")
@click.pass_context
def main(context: click.Context, verbose: int, quiet: bool) -> None:
    """Turn news articles into an intelligence-style briefing (HTML and PDF)."""
    context.obj = {"verbose": verbose, "quiet": quiet}
    _log_at(verbose, quiet)
    _one_blas_thread()


def _one_blas_thread() -> None:
    """Set before numpy loads, here or in the worker processes (which inherit it): briefgen
    spreads its work over processes (`--jobs`), and none of it runs in OpenBLAS (spaCy's
    networks multiply with blis; the stories' vectors are sparse). Yet each OpenBLAS loaded
    (numpy's, scipy's) starts a pool of threads that spin for a while on cores the parse needs:
    a tenth of a second of CPU each, in every process. A limit the user set is kept."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def verbosity(command: Command) -> Command:
    """-v/--verbose and -q/--quiet on a command, as on the group (either place works)."""

    def apply(context: click.Context, _: click.Parameter, value: object) -> object:
        wanted = context.find_root().obj or {}
        if isinstance(value, bool):
            wanted["quiet"] = wanted.get("quiet", False) or value
        else:
            count = value if isinstance(value, int) else 0
            wanted["verbose"] = max(wanted.get("verbose", 0), count)
        context.find_root().obj = wanted
        _log_at(wanted.get("verbose", 0), wanted.get("quiet", False))
        return value

    options = [
        click.option(
            "-v", "--verbose", count=True, expose_value=False, callback=apply,
            help="Log progress to stderr (-vv: everything, WeasyPrint's lines too).",
        ),
        click.option(
            "-q", "--quiet", is_flag=True, expose_value=False, callback=apply,
            help="No progress display or list of files written; errors only.",
        ),
    ]  # fmt: skip
    for option in reversed(options):
        command = option(command)
    return command


def _log_at(verbose: int, quiet: bool) -> None:
    level = logging.ERROR
    if verbose and not quiet:
        level = logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(format=logs.FORMAT, force=True, level=level)
    for name in _CHATTY:
        logging.getLogger(name).setLevel(level if verbose >= 2 else max(level, logging.ERROR))


def _quiet() -> bool:
    root = click.get_current_context().find_root().obj or {}
    return bool(root.get("quiet"))


def scale_options(command: Command) -> Command:
    """--jobs, --executor, --scheduler: shared by build and extract."""
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
    ]
    for option in reversed(options):
        command = option(command)
    return verbosity(command)


def _options(
    jobs: int, executor: str, scheduler: str | None, force: bool = False
) -> builder.Options:
    if executor == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS (tcp://host:8786)")
    return builder.Options(
        jobs=jobs,
        scheduler=scheduler if executor == "dask" else None,
        progress=None if _quiet() else _progress_display(),
        force=force,
    )


def _progress_display() -> builder.Reporter | None:
    """A progress bar on the terminal (rich), none when stderr is not one."""
    if not sys.stderr.isatty():
        return None
    from briefgen.progress import ProgressDisplay

    return ProgressDisplay()


CONFIG_OPTION = click.option(
    "-c",
    "--config",
    "config_path",
    default="config.yaml",
    show_default=True,
    type=click.Path(path_type=Path),
    help="The project's configuration.",
)


@main.command()
@CONFIG_OPTION
@click.option(
    "--audience", "audiences", multiple=True, help="Build only this audience (repeatable)."
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    help="Write the output here instead of the config's `output:` folder.",
)
@click.option(
    "-f", "--force", is_flag=True, help="Rebuild even if nothing changed (after a model upgrade)."
)
@click.option("--strict", is_flag=True, help="Fail when any seed cannot be read.")
@scale_options
def build(
    config_path: Path,
    audiences: tuple[str, ...],
    output: Path | None,
    force: bool,
    strict: bool,
    jobs: int,
    executor: str,
    scheduler: str | None,
) -> None:
    """Build every audience's pages, PDF, exports, index, feed and archive."""
    project = _run(lambda: configuration.load(config_path))
    if output is not None:
        project = _run(lambda: configuration.with_output(project, output))
    options = _options(jobs, executor, scheduler, force)
    with _displayed(options):
        outcome = _run(lambda: builder.build(project, audiences, options))
    # The process ends now: the collector need not walk the build's objects once more at exit.
    gc.freeze()
    if outcome.up_to_date and not _quiet():
        click.echo("up to date: nothing changed since the last build (--force to rebuild)")
    _report(outcome, strict)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--json",
    "json_path",
    required=True,
    type=click.Path(path_type=Path, allow_dash=True),
    help="The extraction JSON to write; - for standard output.",
)
@click.option(
    "--model",
    help=f"spaCy pipeline name or path [default: the project's, else {DEFAULT_MODEL}].",
)
@click.option(
    "-c",
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="A project whose model and lexicon to use [default: ./config.yaml if there is one].",
)
@click.option("--strict", is_flag=True, help="Fail when any file cannot be read.")
@scale_options
def extract(
    paths: tuple[Path, ...],
    json_path: Path,
    model: str | None,
    config_path: Path | None,
    strict: bool,
    jobs: int,
    executor: str,
    scheduler: str | None,
) -> None:
    """Extract actors, statements and events from files and folders into one JSON file.

    Run in a project (or given one with -c), it uses the project's model and lexicon."""
    project_config = config_path or (Path("config.yaml") if Path("config.yaml").is_file() else None)
    lexicon = None
    if project_config is not None:
        project = _run(lambda: configuration.load(project_config))
        lexicon = builder.lexicon_path(project)
        model = model or project.config.model
    outcome = builder.Outcome()
    options = _options(jobs, executor, scheduler)
    chosen = model or DEFAULT_MODEL
    with _displayed(options):
        extraction = _run(lambda: builder.extract(paths, chosen, outcome, options, lexicon))
    data = extraction.to_json()
    if str(json_path) == "-":
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        outcome.written.append(_run(lambda: write_json(json_path, data)))
    _report(outcome, strict, err=str(json_path) == "-")


@main.command()
@click.argument("directory", type=click.Path(path_type=Path))
@verbosity
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
@verbosity
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
@CONFIG_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="A loopback address.")
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="0: any."
)
@click.option(
    "--audience", help="Serve only what this audience may see: its pages, archive and feed."
)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a web browser.")
@verbosity
def serve(
    config_path: Path, host: str, port: int, audience: str | None, open_browser: bool
) -> None:
    """Build, serve out/ on localhost and rebuild on every change, reloading the open page."""
    from briefgen import serve as serving

    if audience is not None:
        known = _run(lambda: configuration.load(config_path)).config.audiences
        if audience not in known:
            message = f"no audience named {audience!r} (known: {', '.join(known)})"
            _fail(ConfigError(message, config_path))

    def ready(server: serving.Server) -> None:
        click.echo(f"serving {server.url} (Ctrl+C to stop)")
        if open_browser:
            import webbrowser

            webbrowser.open(server.url)

    def built(result: serving.BuildResult) -> None:
        when = time.strftime("%H:%M:%S")
        if result.error is None:
            html = result.html_seconds
            page = f" (page after {html:.1f} s)" if html is not None else ""
            click.echo(f"{when} built in {result.seconds:.1f} s{page}" + _skipped(result.problems))
        else:
            click.echo(f"{when} build failed: {result.error}", err=True)

    try:
        _run(
            lambda: serving.serve(
                config_path, host, port, ready=ready, audience=audience, built=built
            )
        )
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


@main.command(name="check")
@CONFIG_OPTION
@verbosity
def check_project(config_path: Path) -> None:
    """Check the config, lexicon, seeds, notes, templates, distribution settings, the spaCy
    model and the system libraries, all at once; build nothing."""
    from briefgen.check import check

    findings = check(config_path)
    for finding in findings:
        mark = "ok " if finding.ok else "FAIL"
        click.echo(f"{mark} {finding.area:17} {finding.note}".rstrip())
        for problem in finding.problems:
            click.echo(f"     {problem}")
    failed = [finding.area for finding in findings if not finding.ok]
    if failed:
        click.echo(f"{len(failed)} area(s) with problems: {', '.join(failed)}", err=True)
        sys.exit(EXIT_ERROR)


def _skipped(problems: list[str]) -> str:
    return f" ({len(problems)} seed(s) skipped)" if problems else ""


@main.command()
@CONFIG_OPTION
@click.option("--dry-run", is_flag=True, help="Write each message as an .eml file; send nothing.")
@click.option("--as-of", metavar="YYYY-MM-DD", help="The briefing date to send (default: latest).")
@click.option(
    "--resend-unconfirmed",
    is_flag=True,
    help="Send again the copies a cut-short send may have handed over unrecorded.",
)
@verbosity
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
        elif not _quiet():
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


def _report(outcome: builder.Outcome, strict: bool, err: bool = False) -> None:
    for problem in outcome.problems:
        click.echo(f"skipped: {problem}", err=True)
    for path in [] if _quiet() else outcome.written:
        click.echo(f"wrote {path}", err=err)
    if strict and outcome.problems:
        sys.exit(EXIT_ERROR)


@contextlib.contextmanager
def _displayed(options: builder.Options) -> Iterator[None]:
    """The progress display, taken off the terminal however the step ends."""
    shown = options.progress
    if isinstance(shown, contextlib.AbstractContextManager):
        with shown:
            yield
    else:
        yield
