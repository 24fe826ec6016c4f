"""The Jinja environment: default and project templates, filters, and one-line template errors."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
)

from briefgen.errors import TemplateError
from briefgen.filestate import Signature, files_signature
from briefgen.model import TLP_ORDER, AudienceView, Citation, Source
from briefgen.model.vocab import BACKGROUND_SHOWN
from briefgen.render.charts import network_svg, timeline_svg
from briefgen.render.markdown import render_markdown
from briefgen.render.templates_dir import default_templates_dir

log = logging.getLogger(__name__)

DEFAULT_PREFIX = "!default"


# TLP 2.0 definitions (FIRST), shortened to one line each for a page footer.
TLP_NOTES = {
    "CLEAR": "Recipients can spread this to the world; there is no limit on disclosure.",
    "GREEN": "Limited disclosure: recipients can spread this within their community.",
    "AMBER": (
        "Limited disclosure: recipients can only spread this on a need-to-know basis "
        "within their organization and its clients."
    ),
    "AMBER+STRICT": (
        "Limited disclosure: recipients can only spread this on a need-to-know basis "
        "within their organization."
    ),
    "RED": "For the eyes and ears of individual recipients only, no further disclosure.",
}

# The Admiralty (NATO) source reliability scale.
RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}

_FORMATS = {10: ("%Y-%m-%d", "{d.day} %B %Y"), 7: ("%Y-%m", "%B %Y"), 4: ("%Y", "%Y")}


def make_environment(project_templates: Path | None) -> Environment:
    """A Jinja environment where project templates override the defaults.

    A project template may extend a default one through the `!default/` prefix, e.g.
    `{% extends "!default/executive.html.j2" %}`, to replace a single block.

    Made once per process while the project's template files stay as they are, so that each
    template is compiled once (the section macros take a twentieth of a second), not once
    for every page; a file added, removed or edited makes a new one, as `serve` needs.
    """
    return _environment(project_templates, files_signature(project_templates, "**/*"))


def template_names(project_templates: Path | None) -> list[str]:
    """The templates a page may name: the project's and the built-in ones."""
    folders = (project_templates, default_templates_dir())
    found = {path.name for f in folders if f is not None and f.is_dir() for path in f.glob("*.j2")}
    return sorted(found)


def compile_templates(project_templates: Path | None) -> None:
    """Every template the project's pages may use, compiled ahead of the pages (see
    `make_environment`); one that does not compile is left to the page, which says why."""
    environment = make_environment(project_templates)
    for name in template_names(project_templates):
        try:
            environment.get_template(name)
        except Exception:  # whatever it is, the page that uses it meets it in the open
            log.debug("could not compile %s ahead of its page", name, exc_info=True)


@lru_cache(maxsize=8)
def _environment(project_templates: Path | None, signature: Signature) -> Environment:
    defaults = default_templates_dir()
    loaders: list[jinja2.BaseLoader] = []
    if (
        project_templates is not None
        and project_templates.is_dir()
        and project_templates.resolve() != defaults.resolve()
    ):
        loaders.append(FileSystemLoader(project_templates))
    loaders.append(PrefixLoader({DEFAULT_PREFIX: FileSystemLoader(defaults)}, delimiter="/"))
    loaders.append(FileSystemLoader(defaults))
    env = Environment(
        loader=ChoiceLoader(loaders),
        # Every template produces HTML and every value may come from an untrusted seed.
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        join_names=join_names,
        date=format_date,
        tlp_class=tlp_class,
        marking=format_marking,
        tlp_note=tlp_note,
        reliability=describe_reliability,
        source_number=source_number,
        markdown=render_markdown,
        web_url=web_url,
        confidence_words=confidence_words,
        credibility=describe_credibility,
        endnote_text=endnote_text,
        spoken=spoken,
    )
    env.globals.update(
        timeline_svg=timeline_svg, network_svg=network_svg, background_shown=BACKGROUND_SHOWN
    )
    return env


def render_html(
    env: Environment, template_name: str, view: AudienceView, *, author: str | None
) -> str:
    """Render one audience's page; template problems raise TemplateError (`path:line: ...`)."""
    try:
        template = env.get_template(template_name)
        return template.render(view=view, author=author)
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or exc.name or template_name
        raise TemplateError(exc.message or "syntax error", where, exc.lineno) from exc
    except jinja2.TemplateNotFound as exc:
        frame = _template_frame(exc.__traceback__)
        if frame is None:
            message = f"template not found (looked in {_search_path(env)})"
            raise TemplateError(message, str(exc.name)) from exc
        message = f"template '{exc.name!s}' not found (looked in {_search_path(env)})"
        raise TemplateError(message, *frame) from exc
    except (
        jinja2.TemplateError,
        TypeError,
        ValueError,
        AttributeError,
        LookupError,
        ArithmeticError,
    ) as exc:
        # Errors raised by template code are the template author's to fix; anything raised
        # outside a template frame is a bug in briefgen and must keep its traceback.
        frame = _template_frame(exc.__traceback__)
        if frame is None:
            raise
        message = str(exc) if isinstance(exc, jinja2.TemplateError) else _describe(exc)
        raise TemplateError(message, *frame) from exc


def _template_frame(tb: TracebackType | None) -> tuple[str, int] | None:
    """The innermost template file and line in a traceback Jinja has rewritten."""
    found: tuple[str, int] | None = None
    while tb is not None:
        # Jinja's rewritten frames (see jinja2.debug.fake_traceback) carry this global.
        if "__jinja_exception__" in tb.tb_frame.f_globals:
            found = (tb.tb_frame.f_code.co_filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _search_path(env: Environment) -> str:
    dirs: list[str] = []
    loader = env.loader
    for sub in loader.loaders if isinstance(loader, ChoiceLoader) else [loader]:
        if isinstance(sub, FileSystemLoader):
            dirs.extend(str(p) for p in sub.searchpath if str(p) not in dirs)
    return ", ".join(dirs) or "(no template folder)"


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def join_names(items: Iterable[Any], conjunction: str = "and") -> str:
    """'A', 'A and B', 'A, B and C' from strings or records with a `name`."""
    names = [item if isinstance(item, str) else str(item.name) for item in items]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def format_date(value: str | dt.date | None, missing: str = "", short: bool = False) -> str:
    """'2025-06-22' -> '22 June 2025' ('22 Jun 2025' when `short`, for a table's narrow
    column); partial ISO dates keep their precision."""
    if value is None or value == "":
        return missing
    if isinstance(value, dt.date):
        value = value.isoformat()
    pattern = _FORMATS.get(len(value))
    if pattern is None:
        return value
    try:
        parsed = dt.datetime.strptime(value, pattern[0])
    except ValueError:
        return value
    shown = pattern[1].replace("%B", "%b") if short else pattern[1]
    return parsed.strftime(shown.format(d=parsed))


def _tlp_level(marking: str | None) -> str | None:
    if not marking:
        return None
    label = marking.strip().upper().removeprefix("TLP:").strip()
    return label if label in TLP_ORDER else None


def format_marking(marking: str | None) -> str:
    """The handling marking in capitals; a bare TLP level gets its `TLP:` prefix."""
    level = _tlp_level(marking)
    if level is not None:
        return f"TLP:{level}"
    return (marking or "").strip().upper()


def tlp_class(marking: str | None) -> str:
    """A CSS class for a marking: 'TLP:AMBER+STRICT' -> 'tlp-amber-strict'."""
    level = _tlp_level(marking)
    return "tlp-" + level.lower().replace("+", "-") if level else "tlp-other"


def tlp_note(marking: str | None) -> str:
    level = _tlp_level(marking)
    return TLP_NOTES[level] if level else ""


def describe_reliability(grade: str | None) -> str:
    """'B' -> 'B (usually reliable)'; unknown grades are shown as given."""
    if not grade:
        return ""
    meaning = RELIABILITY.get(grade.strip().upper())
    return f"{grade} ({meaning})" if meaning else grade


def source_number(source_id: str | None, sources: Sequence[Source]) -> int | None:
    """1-based position of a source in the view's source list, as the sources section numbers it."""
    for number, source in enumerate(sources, start=1):
        if source.id == source_id:
            return number
    return None


def web_url(url: str | None) -> str | None:
    """The URL if it is http(s); seed metadata must never become a javascript: or file: link."""
    if url and url.strip().lower().startswith(("https://", "http://")):
        return url.strip()
    return None


# ICD 203: confidence in the sourcing and reasoning, in words, never as a bare number.
CONFIDENCE_LEVELS = (
    (0.8, "High confidence"),
    (0.55, "Moderate confidence"),
    (0.0, "Low confidence"),
)

# The Admiralty (NATO) information credibility scale.
CREDIBILITY = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


def confidence_words(value: float) -> str:
    """0.9 -> 'High confidence' (ICD 203 wording)."""
    return next(words for floor, words in CONFIDENCE_LEVELS if value >= floor)


def describe_credibility(value: int) -> str:
    """2 -> '2 (probably true)'."""
    meaning = CREDIBILITY.get(value)
    return f"{value} ({meaning})" if meaning else str(value)


ELISION = "[…]"
ELIDED_FROM = 40  # characters: a shorter quote reads better said again than cut out


# `time," Mr Sullivan said, referring to ..., "I knew`: the narration that parts one quotation
# in two, set off by commas; not the words between two terms quoted inside a quotation (`the
# "war on terror" and the "axis of evil"`).
_INTERRUPTION = re.compile(r'(?:,["”]|["”],)\s+[^"“”\n]+?,\s+["“](?=\S)')


def spoken(quote: str) -> str:
    """A statement's words without the narration that interrupts them: `"We will win," he said,
    "and soon"` -> `We will win […] and soon`."""
    return _INTERRUPTION.sub(f" {ELISION} ", quote)


def endnote_text(citation: Citation) -> str:
    """What an endnote quotes of its sentence: all of it but the words the page already shows
    with the item it cites (a statement's quote), which give way to "[…]"; nothing when the
    page shows the whole sentence (a story's line), and the note names the source alone."""
    sentence, shown = citation.sentence, citation.shown
    if shown is None:
        return _nested(sentence)
    start, end = shown
    if _INTERRUPTION.search(sentence, start, end):
        return _nested(sentence)  # the page left out the narration inside the quote
    before, after = sentence[:start], sentence[end:]
    if not re.search(r"\w", before + after):
        return ""
    if end - start < ELIDED_FROM:
        return _nested(sentence)
    return _nested(f"{before}{ELISION}{after}")


# A double quotation mark that opens: at the start, or after a space or an opening bracket.
_OPENING_DOUBLE = re.compile(r'(?:^|(?<=[\s(\[—–-]))"')


def _nested(text: str) -> str:
    """The sentence's own double quotation marks made single: the endnote quotes the sentence
    in double marks, and a quotation inside a quotation takes single ones."""
    if '"' not in text and "“" not in text and "”" not in text:
        return text
    text = _OPENING_DOUBLE.sub("‘", text)
    return text.replace('"', "’").replace("“", "‘").replace("”", "’")
