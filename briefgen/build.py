"""The build, step by step: read seeds and notes, extract, assemble, then render each audience.

Each step is one stage of the package (`read/`, `extract/`, `assemble/`, `render/`); this
module only puts them in order, with the cache, the worker processes and atomic output beside.
The stages that bring spaCy, scikit-learn, matplotlib and WeasyPrint with them are imported
where a build first needs them: a build that finds nothing changed reads the seeds, digests
them and stops, and should not spend seconds loading libraries it will not use.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from briefgen import __version__
from briefgen.cache import Cache, code_fingerprint, lexicon_fingerprint
from briefgen.errors import BriefgenError, ConfigError, SourceError
from briefgen.extract.model_info import describe
from briefgen.model import (
    AudienceView,
    Briefing,
    Changes,
    Extraction,
    Note,
    Pipeline,
    Source,
    to_json,
)
from briefgen.model.config import Audience, Limits
from briefgen.output import build_lock, publish_folder, write_file, write_json
from briefgen.read.notes import read_notes
from briefgen.read.project import Project
from briefgen.read.seeds import find_seeds, read_sources
from briefgen.render.templates_dir import default_templates_dir

if TYPE_CHECKING:
    from briefgen.distribute import AudiencePdf
    from briefgen.distribute.signing import PdfSigner
    from briefgen.parallel import Progress

log = logging.getLogger(__name__)

# In the project's state folder, never the published one: the whole briefing (every source,
# whatever its TLP label), what the last build was made from, and the build lock.
BRIEFING = "briefing.json"
STAMP = "build-stamp"
# Libraries whose upgrade changes what a build writes, not only how fast.
_RENDERING_LIBRARIES = ("spacy", "jinja2", "markdown-it-py", "weasyprint", "matplotlib", "pydyf")


@dataclass
class Outcome:
    """What a build or an extraction wrote, and the inputs it had to skip."""

    written: list[Path] = field(default_factory=list)
    problems: list[BriefgenError] = field(default_factory=list)
    up_to_date: bool = False


class Reporter(Protocol):
    """Hears how far a build has got: the number of steps once the seeds are read (one a
    source, one an audience rendered, one for writing), then each step as it is done."""

    def plan(self, total: int) -> None: ...

    def advance(self, steps: int = 1, doing: str | None = None) -> None: ...


@dataclass(frozen=True)
class Options:
    """How to run a build: processes or a Dask cluster, the cache, progress reports, and
    whether to rebuild a project that has not changed."""

    jobs: int = 1
    scheduler: str | None = None
    cache: bool = True
    progress: Reporter | None = None
    force: bool = False

    def extracted(self) -> Progress | None:
        """The callback extraction reports each source to."""
        reporter = self.progress
        return None if reporter is None else (lambda n: reporter.advance(n, "extracting"))


@dataclass(frozen=True)
class Material:
    """Everything a build renders from, once extraction is done."""

    project: Project
    extractions: list[Extraction]
    pipeline: Pipeline
    notes: list[Note]
    changes: Changes | None
    briefing: Briefing
    previous: dict[str, Any] | None = None  # the last build's briefing.json, for novelty


def build(project: Project, audiences: Sequence[str] = (), options: Options = Options()) -> Outcome:
    outcome = Outcome()
    chosen = _audiences(project, audiences)
    sources = _read_seeds(project, outcome)
    notes, problems = read_notes(project.notes_dir, project.root)
    _skip(problems, outcome)
    stamp = manifest(project, chosen, sources, notes)
    if not options.force and _unchanged(project, chosen, stamp):
        # Only read: a build running now either finished (and this is its stamp) or has
        # not written its stamp yet; either way there is nothing for this one to do.
        outcome.up_to_date = True
        return outcome
    with build_lock(project.state_dir):
        signer = _signer(project)  # a wrong passphrase stops the build before any work
        report = options.progress
        if report is not None:
            report.plan(len(sources) + len(chosen) + 1)
        material = _extract(project, sources, notes, options)
        pages = {}  # all rendered before any write
        for name in chosen:
            with _timed("rendered %s", name):
                pages[name] = _render(material, name)
            if report is not None:
                report.advance(1, f"rendered {name}")
        if signer is not None:
            for page in pages.values():
                page.files["briefing.pdf"] = signer.sign(page.files["briefing.pdf"])
        with _timed("made and wrote the copies, archive, indexes and feeds"):
            copies = _copies(material, pages, signer)
            briefing = material.briefing.to_json()
            outcome.written.append(write_json(project.state_dir / BRIEFING, briefing))
            outcome.written += _publish(project, material.briefing.as_of, pages)
            if copies is not None:
                folder, files = copies
                outcome.written += publish_folder(folder, files)
        write_file(project.state_dir / STAMP, stamp.encode("utf-8"))
        if report is not None:
            report.advance(1, "written")
    return outcome


def _publish(project: Project, as_of: str | None, pages: dict[str, _Page]) -> list[Path]:
    """Each audience's folder: the latest briefing, its index of dated briefings and its feed;
    the dated copy in the archive; the desk's index of everything; and nothing of audiences
    the config no longer has, nor of the master briefing older builds kept here."""
    from briefgen.distribute.archive import archive_folder, indexes, remove_stale

    output = project.output_dir
    written: list[Path] = []
    for name, page in pages.items():
        written += publish_folder(archive_folder(output, as_of, name), page.files)
    remove_stale(output, list(project.config.audiences))
    pages_of = indexes(project, list(pages))
    for name, page in pages.items():
        written += publish_folder(output / name, {**page.files, **pages_of.audiences[name]})
    written.append(write_file(output / "index.html", pages_of.desk))
    return written


@dataclass(frozen=True)
class _Page:
    """An audience's output files, and what its recipients' copies are made from."""

    files: dict[str, bytes]
    source: AudiencePdf


def _signer(project: Project) -> PdfSigner | None:
    signing = project.config.signing
    if signing is None:
        return None
    from briefgen.distribute.signing import load_signer

    return load_signer(signing, project.root)


def _copies(
    material: Material, pages: dict[str, _Page], signer: PdfSigner | None
) -> tuple[Path, dict[str, bytes]] | None:
    """The copies folder of this briefing's date and its files, when anyone is to get a copy."""
    project = material.project
    recipients = project.config.recipients
    if not any(r.audience in pages for r in recipients):
        return None
    from briefgen.distribute import copies_dir, copies_for

    as_of = material.briefing.as_of
    folder = copies_dir(project.state_dir, as_of)
    sources = {name: page.source for name, page in pages.items()}
    return folder, copies_for(recipients, sources, signer, folder, material.briefing.title, as_of)


def _extract(
    project: Project, sources: list[Source], notes: list[Note], options: Options
) -> Material:
    from briefgen.assemble.briefing import assemble  # see the module docstring
    from briefgen.assemble.changes import changes_since, read_previous
    from briefgen.parallel import Settings, extract_sources

    lexicon = lexicon_path(project)
    info = describe(project.config.model, __version__)
    cache = Cache(project.cache_dir, info, lexicon) if options.cache else None
    settings = Settings(project.config.model, lexicon, options.jobs, options.scheduler)
    with _timed("extracted %d sources", len(sources)):
        extractions = extract_sources(sources, settings, cache, options.extracted())
    previous = read_previous(project.state_dir / BRIEFING)
    if previous is None:  # built by a briefgen that kept it in the output folder
        previous = read_previous(project.output_dir / BRIEFING)
    with _timed("assembled stories, key dates and the briefing"):
        current = assemble(extractions, project.config, info, previous)
    changes = changes_since(previous, current)
    return Material(project, extractions, info, notes, changes, current, previous)


@contextlib.contextmanager
def _timed(what: str, *args: object) -> Iterator[None]:
    """Logs (at -v) how long a stage took: where a slow build spends its time."""
    started = time.perf_counter()
    yield
    log.info(what + " in %.1f s", *args, time.perf_counter() - started)


def manifest(
    project: Project, audiences: list[str], sources: list[Source], notes: list[Note]
) -> str:
    """A digest of everything a build's output is made from: if it matches the last build's,
    nothing changed. That is the inputs (config, seeds as read, notes, templates, lexicon),
    briefgen's own code and word lists, the spaCy pipeline and the rendering libraries."""
    digest = hashlib.sha256(f"{__version__}\0{code_fingerprint()}".encode())
    digest.update(lexicon_fingerprint(lexicon_path(project)).encode("utf-8"))
    info = describe(project.config.model, __version__)
    digest.update(json.dumps([to_json(info), _library_versions()]).encode("utf-8"))
    digest.update(project.config_path.read_bytes())
    signing = project.config.signing
    if signing is not None and (key := project.path(signing.pkcs12)).is_file():
        digest.update(key.read_bytes())  # a new key re-signs every PDF
    digest.update(json.dumps(audiences).encode("utf-8"))
    for source in sources:
        digest.update(json.dumps(to_json(source), sort_keys=True).encode("utf-8"))
        digest.update(json.dumps(to_json(source.paragraphs)).encode("utf-8"))
        digest.update(source.text.encode("utf-8"))
    for note in notes:
        digest.update(json.dumps(to_json(note), sort_keys=True).encode("utf-8"))
    for folder in (project.templates_dir, default_templates_dir()):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if path.is_file():
                digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _library_versions() -> dict[str, str]:
    versions = {}
    for name in _RENDERING_LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = ""
    return versions


def _unchanged(project: Project, audiences: list[str], stamp: str) -> bool:
    last = project.state_dir / STAMP
    outputs = [project.output_dir / name / "briefing.pdf" for name in audiences]
    return last.is_file() and last.read_text() == stamp and all(p.is_file() for p in outputs)


def _render(material: Material, name: str) -> _Page:
    """One audience's HTML, PDF and JSON, from the sources it may see and nothing else (and,
    when someone is to get a copy by mail, the page as a mail body)."""
    from briefgen.assemble.audience import releasable
    from briefgen.assemble.briefing import assemble
    from briefgen.render.pdf import write_pdf

    project, config = material.project, material.project.config
    audience = config.audiences[name]
    allowed = releasable(material.extractions, audience)
    whole = len(allowed) == len(material.extractions)
    cut = (
        material.briefing
        if whole
        else assemble(allowed, config, material.pipeline, material.previous)
    )
    view, html, laid_out = _fitted(material, name, audience, cut)
    view_json = json.dumps(to_json(view), ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    pdf = write_pdf(
        html,
        base_dir=project.templates_dir,
        allowed_dirs=[project.templates_dir, default_templates_dir()],
        variant=audience.pdf_variant,
        attachments={"briefing.json": view_json} if audience.pdf_variant == "pdf/a-3b" else None,
        laid_out=laid_out,
    )
    files = {"briefing.html": html.encode("utf-8"), "briefing.pdf": pdf, "briefing.json": view_json}
    files.update(_exports(project, view))
    from briefgen.distribute import AudiencePdf

    mail = None
    if any(r.audience == name for r in config.recipients):
        from briefgen.render.html import make_environment
        from briefgen.render.mail import render_mail_body

        environment = make_environment(project.templates_dir)
        mail = render_mail_body(environment, audience.template, view, author=config.author)
    return _Page(files, AudiencePdf(pdf, view.marking, mail))


def _exports(project: Project, view: AudienceView) -> dict[str, bytes]:
    """The audience's CSV tables, actor network, JSON Schema and Word version."""
    from briefgen.render.exports import exports
    from briefgen.render.word import WORD_TEMPLATE, word_document, word_template

    files = exports(view)
    template = word_template([project.templates_dir, default_templates_dir()])
    if template is not None:
        files[WORD_TEMPLATE] = word_document(view, template)
    return files


def _fitted(
    material: Material, name: str, audience: Audience, cut: Briefing
) -> tuple[AudienceView, str, Any]:
    """The audience's view, page and (for an audience with `pages`) the page laid out, cut
    down until it fits: of the ever smaller cuts `shrink` gives, the fullest that fits, found
    by halving (a page's length only falls as the cut shrinks), so a long ladder costs a few
    layouts, not one a step."""
    from briefgen.assemble.audience import select, shrink
    from briefgen.assemble.changes import within
    from briefgen.render.html import make_environment, render_html
    from briefgen.render.pdf import lay_out

    project, config = material.project, material.project.config
    environment = make_environment(project.templates_dir)
    allowed = [project.templates_dir, default_templates_dir()]
    changes = within(material.changes, cut)

    def page(limits: Limits) -> tuple[AudienceView, str]:
        cut_down = audience.model_copy(update={"limits": limits})
        view = select(cut, name, cut_down, config, material.notes, changes)
        return view, render_html(environment, audience.template, view, author=config.author)

    if audience.pages is None:
        return (*page(audience.limits), None)
    wanted = audience.pages
    ladder = [audience.limits]
    while (smaller := shrink(ladder[-1])) is not None:
        ladder.append(smaller)

    def laid_out(step: int) -> tuple[AudienceView, str, Any]:
        view, html = page(ladder[step])
        return view, html, lay_out(html, base_dir=project.templates_dir, allowed_dirs=allowed)

    best = laid_out(0)
    if len(best[2].pages) <= wanted:
        return best
    fits, too_long = len(ladder) - 1, 0
    best = laid_out(fits)
    if len(best[2].pages) > wanted:
        log.warning("%s: the page does not fit %d page(s) even cut down", name, wanted)
        return best
    while fits - too_long > 1:
        middle = (fits + too_long) // 2
        tried = laid_out(middle)
        if len(tried[2].pages) <= wanted:
            fits, best = middle, tried
        else:
            too_long = middle
    return best


def extract(
    paths: Sequence[Path],
    model: str,
    outcome: Outcome,
    options: Options = Options(),
    lexicon: str | None = None,
) -> Extraction:
    """The `extract` command: files and folders (and no cache), with the shipped lexicon and
    a project's own beside it when one is given; sources are named relative to the working
    folder."""
    from briefgen.assemble.briefing import combine
    from briefgen.parallel import Settings, extract_sources

    found = read_sources(find_seeds(paths, Path.cwd()))
    sources = _collect(found, outcome)
    if options.progress is not None:
        options.progress.plan(len(sources))
    settings = Settings(model, lexicon, options.jobs, options.scheduler)
    extractions = extract_sources(sources, settings, None, options.extracted())
    return combine(extractions, describe(model, __version__))


def _audiences(project: Project, wanted: Sequence[str]) -> list[str]:
    known = project.config.audiences
    unknown = [name for name in wanted if name not in known]
    if unknown:
        raise ConfigError(
            f"no audience named {unknown[0]!r} (known: {', '.join(known)})", project.config_path
        )
    return list(wanted) or list(known)


def _read_seeds(project: Project, outcome: Outcome) -> list[Source]:
    seeds_dir = project.seeds_dir
    if not seeds_dir.is_dir():
        raise ConfigError("the seeds folder does not exist", project.config.seeds)
    config = project.config
    seeds = find_seeds([seeds_dir], project.root)
    sources = _collect(read_sources(seeds, config.sources, config.default_tlp), outcome)
    if not sources:
        raise SourceError("no readable seeds to build from", project.config.seeds)
    return sources


def _collect(found: Iterable[Source | SourceError], outcome: Outcome) -> list[Source]:
    sources = []
    for item in found:
        if isinstance(item, SourceError):
            _skip([item], outcome)
        else:
            sources.append(item)
    return sources


def _skip(problems: Iterable[BriefgenError], outcome: Outcome) -> None:
    for problem in problems:
        log.warning("%s", problem)
        outcome.problems.append(problem)


def lexicon_path(project: Project) -> str | None:
    lexicon = project.config.lexicon
    return str(project.path(lexicon)) if lexicon else None
