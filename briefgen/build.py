"""The build, step by step: read seeds and notes, extract, assemble, then render each audience.

Each step is one stage of the package (`read/`, `extract/`, `assemble/`, `render/`); this
module only puts them in order, with the cache, the worker processes and atomic output beside.
The stages that bring spaCy, scikit-learn, matplotlib and WeasyPrint with them are imported
where a build first needs them: a build that finds nothing changed reads the seeds, digests
them and stops, and should not spend seconds loading libraries it will not use.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from briefgen import __version__, collector
from briefgen.cache import Cache, code_fingerprint, lexicon_fingerprint
from briefgen.errors import BriefgenError, ConfigError, SourceError
from briefgen.extract.model_info import describe
from briefgen.logs import timed
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
from briefgen.read.seeds import Seed, find_seeds, read_sources
from briefgen.render.templates_dir import default_templates_dir

if TYPE_CHECKING:
    from briefgen.distribute.signing import PdfSigner
    from briefgen.parallel import Progress, Settings, Workers
    from briefgen.render.mail import MailBody

    _Extras = tuple[dict[str, bytes], MailBody | None]  # a page's JSON, exports and mail body

log = logging.getLogger(__name__)

# In the project's state folder, never the published one: the whole briefing (every source,
# whatever its TLP label), what the last build was made from, and the build lock.
BRIEFING = "briefing.json"
STAMP = "build-stamp"
# The stages after extraction, whose imports (scikit-learn, SciPy, WeasyPrint, matplotlib)
# take two seconds or more. Not the exports: with workers, a worker makes them.
_NEXT_STAGES = (
    "briefgen.assemble.briefing",
    "briefgen.render.html",
    "briefgen.render.pdf",
    "briefgen.distribute.archive",
)
# What a worker process imports to render a page, imported as soon as the parse is done and
# while this process assembles the briefing.
_RENDERERS = (
    "briefgen.assemble.audience",
    "briefgen.render.html",
    "briefgen.render.pdf",
    "briefgen.render.exports",
    "briefgen.render.word",
)
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
    # Called once every audience's new HTML is in place and before any PDF is made (`serve`
    # reloads the page then); only a build in one process writes the HTML that early.
    html_written: Callable[[], None] | None = None

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
    seeds = _find_seeds(project)
    notes, note_problems = read_notes(project.notes_dir, project.root)
    stamp = manifest(project, chosen, seeds, notes)
    last = _Stamp.read(project.state_dir / STAMP)
    if not options.force and _unchanged(project, chosen, stamp, last):
        # Only read: a build running now either finished (and this is its stamp) or has
        # not written its stamp yet; either way there is nothing for this one to do.
        _skip([*(last.skipped_again() if last else []), *note_problems], outcome)
        outcome.up_to_date = True
        return outcome
    from briefgen.parallel import Workers  # see the module docstring

    kept = options.jobs > 1 and options.scheduler is None
    with build_lock(project.state_dir), Workers(options.jobs) as workers, _kept_to_the_end(kept):
        signer = _signer(project)  # a wrong passphrase stops the build before any work
        if _parses_many(stamp, last):
            # The parse's processes load spaCy while this one reads the seeds.
            workers.warm(_settings(project, options))
        importing = _importing_next(workers, project)
        sources, skipped = _read_seeds(project, seeds, outcome)
        _skip(note_problems, outcome)  # after the seeds', as the folders are listed
        report = options.progress
        if report is not None:
            report.plan(len(sources) + len(chosen) + 1)
        renderers = _renderers(chosen, workers)
        material = _extract(project, sources, notes, options, workers, renderers, importing)
        pages = _render_all(material, chosen, workers, options)  # all rendered before any write
        if signer is not None:
            for page in pages.values():
                page.files["briefing.pdf"] = signer.sign(page.files["briefing.pdf"])
        with timed(log, "made and wrote the copies, archive, indexes and feeds"):
            copies = _copies(material, pages, signer)
            briefing = material.briefing.to_json()
            master = project.state_dir / BRIEFING  # read by the next build, not by people
            outcome.written.append(write_json(master, briefing, indent=None))
            outcome.written += _publish(project, material.briefing.as_of, pages)
            if copies is not None:
                folder, files = copies
                outcome.written += publish_folder(folder, files)
        write_file(project.state_dir / STAMP, replace(stamp, skipped=skipped).to_bytes())
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
    """An audience's output files, and what its recipients' copies are made from: the PDF
    before signing, its marking and the page as a mail body."""

    files: dict[str, bytes]
    pdf: bytes
    marking: str
    mail: MailBody | None


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
    from briefgen.distribute.folder import AudiencePdf, copies_for
    from briefgen.distribute.send import copies_dir

    as_of = material.briefing.as_of
    folder = copies_dir(project.state_dir, as_of)
    sources = {name: AudiencePdf(page.pdf, page.marking, page.mail) for name, page in pages.items()}
    return folder, copies_for(recipients, sources, signer, folder, material.briefing.title, as_of)


def _extract(
    project: Project,
    sources: list[Source],
    notes: list[Note],
    options: Options,
    workers: Workers,
    renderers: int,
    importing: threading.Thread,
) -> Material:
    from briefgen.parallel import extract_sources

    lexicon = lexicon_path(project)
    info = describe(project.config.model, __version__)
    cache = Cache(project.cache_dir, info, lexicon) if options.cache else None
    settings = _settings(project, options)
    with timed(log, "extracted %d sources", len(sources)):
        extractions = extract_sources(sources, settings, cache, options.extracted(), workers)
    workers.release()  # the pipelines they hold would double the build's peak memory
    workers.ready(renderers, _RENDERERS)
    importing.join()
    from briefgen.assemble.briefing import assemble  # see the module docstring
    from briefgen.assemble.changes import changes_since, read_previous

    previous = read_previous(project.state_dir / BRIEFING)
    if previous is None:  # built by a briefgen that kept it in the output folder
        previous = read_previous(project.output_dir / BRIEFING)
    with timed(log, "assembled stories, key dates and the briefing"):
        current = assemble(extractions, project.config, info, previous)
    changes = changes_since(previous, current)
    return Material(project, extractions, info, notes, changes, current, previous)


@contextlib.contextmanager
def _kept_to_the_end(kept: bool) -> Iterator[None]:
    """Objects made inside are kept until the build ends: the later stages' modules, the
    extractions, the briefing and the pages. The cyclic garbage collector has nothing to find
    among them, yet walked them again and again (1.5 s of a 94-source build), and once the
    analyst's page is written, its layout is garbage held in cycles (WeasyPrint's boxes point
    at their parents) that one collection would walk to free (0.3 s of 94 sources, 0.6 s of
    375) just before the process ends. So the collector is paused throughout and what was
    made is moved out of its reach at the end (`gc.freeze`). Only when the build has local
    worker processes (`kept`): a parse in this process makes garbage (the one batch such a
    build still parses here, a few hundred objects), and so does a Dask client over a long
    run. A program that outlives its builds may hand what was frozen back (`gc.unfreeze`)."""
    if not kept:
        yield
        return
    with collector.paused():
        yield
        gc.freeze()


def _settings(project: Project, options: Options) -> Settings:
    from briefgen.parallel import Settings

    return Settings(project.config.model, lexicon_path(project), options.jobs, options.scheduler)


def _importing_next(workers: Workers, project: Project) -> threading.Thread:
    """The later stages' modules, imported from now on in a thread of their own: while the
    fork server loads spaCy, and then while the workers parse, this process only waits."""
    importing = threading.Thread(target=_import_next, args=(workers, project), daemon=True)
    importing.start()
    return importing


def _import_next(workers: Workers, project: Project) -> None:
    """The later stages' modules imported, and the templates compiled, while worker processes
    parse; not when the parse runs in this process, where they would only slow it down."""
    from briefgen.parallel import import_ahead

    if workers.jobs > 1 and import_ahead(_NEXT_STAGES):
        from briefgen.render.html import compile_templates

        compile_templates(project.templates_dir)


@dataclass(frozen=True)
class _Stamp:
    """What the last build was made from (`digest`, of everything), how its sources were parsed
    (`parse`: briefgen, the model, the lexicon), each seed file's digest, and the seeds it had
    to skip, said again by a build that finds nothing changed."""

    digest: str
    parse: str
    seeds: dict[str, str]
    skipped: tuple[tuple[str, str | None, int | None], ...] = ()

    def to_bytes(self) -> bytes:
        return json.dumps(to_json(self), ensure_ascii=False).encode("utf-8")

    @classmethod
    def read(cls, path: Path) -> _Stamp | None:
        """The stamp, or None when there is none or it is not one this briefgen wrote."""
        try:
            data = json.loads(path.read_bytes())
            skipped = tuple((str(m), p, n) for m, p, n in data["skipped"])
            return cls(str(data["digest"]), str(data["parse"]), dict(data["seeds"]), skipped)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def skipped_again(self) -> list[SourceError]:
        return [SourceError(message, path, line) for message, path, line in self.skipped]


def manifest(
    project: Project, audiences: list[str], seeds: Sequence[Seed | SourceError], notes: list[Note]
) -> _Stamp:
    """A digest of everything a build's output is made from: if it matches the last build's,
    nothing changed. That is the inputs (config, the seed files' bytes, notes, templates,
    lexicon), briefgen's own code and word lists, the spaCy pipeline and the rendering
    libraries. The seeds are not read for it, only their bytes digested: what reading makes
    of them follows from those bytes, the config and briefgen's code."""
    parse = hashlib.sha256(f"{__version__}\0{code_fingerprint()}".encode())
    parse.update(lexicon_fingerprint(lexicon_path(project)).encode("utf-8"))
    info = describe(project.config.model, __version__)
    parse.update(json.dumps(to_json(info)).encode("utf-8"))
    digest = hashlib.sha256(parse.digest())
    digest.update(json.dumps(_library_versions()).encode("utf-8"))
    digest.update(project.config_path.read_bytes())
    signing = project.config.signing
    if signing is not None and (key := project.path(signing.pkcs12)).is_file():
        digest.update(key.read_bytes())  # a new key re-signs every PDF
    digest.update(json.dumps(audiences).encode("utf-8"))
    files = _seed_digests(seeds)
    digest.update(json.dumps(files, sort_keys=True).encode("utf-8"))
    for note in notes:
        digest.update(json.dumps(to_json(note), sort_keys=True).encode("utf-8"))
    for folder in (project.templates_dir, default_templates_dir()):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if path.is_file():
                digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
                digest.update(path.read_bytes())
    return _Stamp(digest.hexdigest(), parse.hexdigest(), files)


def _seed_digests(seeds: Sequence[Seed | SourceError]) -> dict[str, str]:
    """Each seed file's digest by name; a seed refused or unreadable stands by its message."""
    files: dict[str, str] = {}
    for seed in seeds:
        if isinstance(seed, SourceError):
            files[f"!{seed}"] = ""
            continue
        try:
            files[seed.name] = hashlib.sha256(seed.file.read_bytes()).hexdigest()
        except OSError as exc:
            files[seed.name] = f"!{exc.strerror}"
    return files


def _parses_many(stamp: _Stamp, last: _Stamp | None) -> bool:
    """Whether the build will likely parse more than one batch of seeds: the first build,
    a new briefgen, model or lexicon (the cache then misses), or many seeds new or edited."""
    from briefgen.parallel import BATCH

    if last is None or last.parse != stamp.parse:
        return True
    changed = sum(1 for name, digest in stamp.seeds.items() if last.seeds.get(name) != digest)
    return changed > BATCH


def _library_versions() -> dict[str, str]:
    versions = {}
    for name in _RENDERING_LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = ""
    return versions


def _unchanged(project: Project, audiences: list[str], stamp: _Stamp, last: _Stamp | None) -> bool:
    outputs = [project.output_dir / name / "briefing.pdf" for name in audiences]
    return last is not None and last.digest == stamp.digest and all(p.is_file() for p in outputs)


def _render_all(
    material: Material, names: list[str], workers: Workers, options: Options
) -> dict[str, _Page]:
    """Every audience's page. With worker processes, the longest page is rendered here while
    the workers render the others: the main process has the renderers imported already
    (`_extract`), and the longest page takes as long as the rest together, or longer. In one
    process, with `options.html_written`, every page's HTML goes out before any PDF is made."""
    cuts = [_cut(material, name) for name in names]
    pool = workers.pool(_renderers(names, workers))
    if pool is None:
        drafts = [_draft(cut) for cut in cuts]
        if options.html_written is not None:
            for draft in drafts:
                write_file(draft.folder / "briefing.html", draft.html.encode("utf-8"))
            options.html_written()
        return {draft.cut.name: _rendered(draft, options.progress) for draft in drafts}
    from concurrent.futures import as_completed

    cuts.sort(key=_weight, reverse=True)
    futures = {pool.submit(_render, cut): cut.name for cut in cuts[1:]}
    longest = _draft(cuts[0])
    # Its JSON and exports are made by a worker too, once the other pages are done: the PDF
    # made here takes longer than they all do.
    extras = pool.submit(_extras, longest.cut.project, longest.cut.name, longest.view)
    rendered = {longest.cut.name: _rendered(longest, options.progress, extras.result)}
    for future in as_completed(futures):
        rendered[futures[future]] = future.result()
        if options.progress is not None:
            options.progress.advance(1, f"rendered {futures[future]}")
    return {name: rendered[name] for name in names}


def _renderers(audiences: Sequence[str], workers: Workers) -> int:
    # This process renders too: one worker fewer keeps every core busy, and memory lower.
    return min(len(audiences), workers.jobs) - 1


@dataclass(frozen=True)
class _Cut:
    """What an audience's page is made from, all a worker process needs to render it: the
    briefing cut to the sources the audience may see, the notes and the changes."""

    project: Project
    name: str
    briefing: Briefing
    notes: list[Note]
    changes: Changes | None


def _cut(material: Material, name: str) -> _Cut:
    from briefgen.assemble.audience import releasable
    from briefgen.assemble.briefing import assemble

    config = material.project.config
    allowed = releasable(material.extractions, config.audiences[name])
    if material.extractions and not allowed:
        # an empty page is no error, but a reader would not know why it is empty
        labels = Counter(
            f"TLP:{s.tlp}" if s.tlp else "unlabelled"
            for e in material.extractions
            for s in e.sources
        )
        log.warning(
            "%s: no source is cleared for its TLP:%s (%s); its page has no stories, statements"
            " or acts",
            name,
            config.audiences[name].tlp,
            ", ".join(f"{n} {label}" for label, n in sorted(labels.items())),
        )
    whole = len(allowed) == len(material.extractions)
    cut = (
        material.briefing
        if whole
        else assemble(allowed, config, material.pipeline, material.previous)
    )
    return _Cut(material.project, name, cut, material.notes, material.changes)


def _weight(cut: _Cut) -> int:
    """Roughly how long the page takes to render: the more sections, the longer."""
    return len(cut.project.config.audiences[cut.name].sections)


@dataclass(frozen=True)
class _Draft:
    """An audience's page as HTML, with what it was made from (and, for an audience whose
    page must fit `pages`, the layout that showed it does)."""

    cut: _Cut
    view: AudienceView
    html: str
    laid_out: Any

    @property
    def folder(self) -> Path:
        return self.cut.project.output_dir / self.cut.name


def _draft(cut: _Cut) -> _Draft:
    with timed(log, "made the page of %s", cut.name):
        view, html, laid_out = _fitted(cut, cut.project.config.audiences[cut.name])
    return _Draft(cut, view, html, laid_out)


def _render(cut: _Cut) -> _Page:
    """One audience's HTML, PDF and JSON, from the sources it may see and nothing else (and,
    when someone is to get a copy by mail, the page as a mail body)."""
    return _rendered(_draft(cut), None)


def _rendered(
    draft: _Draft, progress: Reporter | None, extras: Callable[[], _Extras] | None = None
) -> _Page:
    """The page's PDF, JSON, exports and mail body beside its HTML; `extras`, when given,
    waits for the JSON, exports and mail body a worker process is making meanwhile."""
    from briefgen.render.pdf import write_pdf

    cut, view, html = draft.cut, draft.view, draft.html
    project, name = cut.project, cut.name
    pdf_variant = project.config.audiences[name].pdf_variant
    extras_of = extras or (lambda: _extras(project, name, view))
    with timed(log, "made the PDF and exports of %s", name):
        # An archival PDF holds the page's JSON, wanted before it is written.
        made = extras_of() if pdf_variant == "pdf/a-3b" else None
        pdf = write_pdf(
            html,
            base_dir=project.templates_dir,
            allowed_dirs=[project.templates_dir, default_templates_dir()],
            variant=pdf_variant,
            attachments={"briefing.json": made[0]["briefing.json"]} if made is not None else None,
            laid_out=draft.laid_out,
        )
        exports, mail = made or extras_of()
        files = {"briefing.html": html.encode("utf-8"), "briefing.pdf": pdf, **exports}
    if progress is not None:
        progress.advance(1, f"rendered {name}")
    return _Page(files, pdf, view.marking, mail)


def _extras(project: Project, name: str, view: AudienceView) -> _Extras:
    """The page's JSON and exports, and its mail body when someone is to get a copy by mail."""
    config = project.config
    mail = None
    if any(r.audience == name for r in config.recipients):
        from briefgen.render.html import make_environment
        from briefgen.render.mail import render_mail_body

        environment = make_environment(project.templates_dir)
        template = config.audiences[name].template
        mail = render_mail_body(environment, template, view, author=config.author)
    return _exports(project, view), mail


def _exports(project: Project, view: AudienceView) -> dict[str, bytes]:
    """The audience's JSON, CSV tables, actor network, JSON Schema and Word version."""
    from briefgen.render.exports import exports
    from briefgen.render.word import WORD_TEMPLATE, word_document, word_template

    view_json = json.dumps(to_json(view), ensure_ascii=False, indent=1) + "\n"
    files = {"briefing.json": view_json.encode("utf-8"), **exports(view)}
    template = word_template([project.templates_dir, default_templates_dir()])
    if template is not None:
        files[WORD_TEMPLATE] = word_document(view, template)
    return files


def _fitted(cut: _Cut, audience: Audience) -> tuple[AudienceView, str, Any]:
    """The audience's view, page and (for an audience with `pages`) the page laid out, cut
    down until it fits: of the ever smaller cuts `shrink` gives, the fullest that fits."""
    from briefgen.assemble.audience import select, shrink
    from briefgen.assemble.changes import within
    from briefgen.render.html import make_environment, render_html
    from briefgen.render.pdf import lay_out

    project, config = cut.project, cut.project.config
    environment = make_environment(project.templates_dir)
    allowed = [project.templates_dir, default_templates_dir()]
    changes = within(cut.changes, cut.briefing)

    def page(limits: Limits) -> tuple[AudienceView, str]:
        cut_down = audience.model_copy(update={"limits": limits})
        view = select(cut.briefing, cut.name, cut_down, config, cut.notes, changes)
        return view, render_html(environment, audience.template, view, author=config.author)

    if audience.pages is None:
        return (*page(audience.limits), None)
    wanted = audience.pages
    ladder = [audience.limits]
    while (smaller := shrink(ladder[-1])) is not None:
        ladder.append(smaller)
    latest: dict[bool, tuple[AudienceView, str, Any]] = {}  # the last that fit (True), and not

    def fits(step: int) -> bool:
        view, html = page(ladder[step])
        laid_out = lay_out(html, base_dir=project.templates_dir, allowed_dirs=allowed)
        fit = len(laid_out.pages) <= wanted
        latest[fit] = (view, html, laid_out)
        return fit

    if _first_fitting(len(ladder), fits) is None:
        log.warning("%s: the page does not fit %d page(s) even cut down", cut.name, wanted)
        return latest[False]
    return latest[True]


def _first_fitting(steps: int, fits: Callable[[int], bool]) -> int | None:
    """The first of `steps` ever smaller cuts that `fits`, None if not even the last does. A
    page's length only falls as its cut shrinks, so the search gallops (one step down, then
    two, four, ...) and then halves what is left: a page a little too long, the common case,
    is laid out twice or three times, and a long ladder a few times, not once a step. The
    last step `fits` says yes to is the answer."""
    if fits(0):
        return 0
    too_long, stride, step = 0, 1, 0
    while True:
        if too_long == steps - 1:
            return None
        step = min(too_long + stride, steps - 1)
        if fits(step):
            break
        too_long, stride = step, stride * 2
    while step - too_long > 1:
        middle = (step + too_long) // 2
        if fits(middle):
            step = middle
        else:
            too_long = middle
    return step


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
    from briefgen.extract.combine import combine
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


def _find_seeds(project: Project) -> list[Seed | SourceError]:
    if not project.seeds_dir.is_dir():
        raise ConfigError("the seeds folder does not exist", project.config.seeds)
    return find_seeds([project.seeds_dir], project.root)


def _read_seeds(
    project: Project, seeds: list[Seed | SourceError], outcome: Outcome
) -> tuple[list[Source], tuple[tuple[str, str | None, int | None], ...]]:
    """The sources, and the seeds skipped (message, file, line) for the stamp to keep."""
    config = project.config
    before = len(outcome.problems)
    sources = _collect(read_sources(seeds, config.sources, config.default_tlp), outcome)
    if not sources:
        raise SourceError("no readable seeds to build from", project.config.seeds)
    skipped = tuple((p.message, p.path, p.line) for p in outcome.problems[before:])
    return sources, skipped


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
