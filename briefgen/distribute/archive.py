"""The archive that builds up: every build's dated briefing, an index and an Atom feed per
audience, and the desk's index of everything.

    out/archive/<as-of>/<audience>/briefing.{html,pdf,json}   each build's, kept
    out/<audience>/index.html, feed.xml                         that audience's briefings
    out/index.html                                              every audience's, for the desk

An audience's index and feed are made from that audience's own archived `briefing.json` files
and nothing else, so a reader of one audience finds no briefing of another through them; the
folders of audiences the config no longer has are removed, from the archive too.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from feedgen.feed import FeedGenerator

from briefgen.read.project import Project
from briefgen.render.html import make_environment

log = logging.getLogger(__name__)

ARCHIVE = "archive"
INDEX = "index.html"
FEED = "feed.xml"
UNDATED = "undated"
# The files that make a folder an audience's output (and so briefgen's to remove).
_BRIEFING_FILES = ("briefing.html", "briefing.pdf", "briefing.json")
_NAMESPACE = uuid.UUID("8c5b1f0e-61a4-4a53-9b39-6d0c0e1b7a11")  # briefgen's feed and entry ids


@dataclass(frozen=True)
class Issue:
    """One dated briefing of one audience, as its archived `briefing.json` describes it."""

    as_of: str
    audience: str
    title: str
    marking: str
    summary: tuple[str, ...]

    @property
    def folder(self) -> str:
        """Its folder, relative to the output folder."""
        return f"{ARCHIVE}/{self.as_of}/{self.audience}"


def archive_folder(output: Path, as_of: str | None, audience: str) -> Path:
    return output / ARCHIVE / (as_of or UNDATED) / audience


def issues_of(output: Path, audience: str) -> list[Issue]:
    """The audience's archived briefings, newest first."""
    found = []
    for view in sorted((output / ARCHIVE).glob(f"*/{audience}/briefing.json"), reverse=True):
        try:
            data = json.loads(view.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("%s: left out of the index: %s", view, exc)
            continue
        points = tuple(str(p.get("text", "")) for p in data.get("key_points") or [])
        found.append(
            Issue(
                as_of=view.parent.parent.name,
                audience=audience,
                title=str(data.get("title") or ""),
                marking=str(data.get("marking") or ""),
                summary=points,
            )
        )
    return found


@dataclass(frozen=True)
class Indexes:
    """The index pages and feeds of one build, each audience's archive read once."""

    audiences: dict[str, dict[str, bytes]]  # audience -> its index.html and feed.xml
    desk: bytes  # out/index.html


def indexes(project: Project, built: list[str]) -> Indexes:
    """Each built audience's index page and Atom feed, from its own archive only, and the
    desk's page listing every audience's briefings by date with their markings (at the top
    of the output folder, linked from no audience's pages)."""
    issues = {name: issues_of(project.output_dir, name) for name in project.config.audiences}
    template = make_environment(project.templates_dir).get_template(INDEX + ".j2")
    title = project.config.title
    own = {
        name: {
            INDEX: template.render(
                title=title, groups=[(name, issues[name])], prefix="../", desk=False
            ).encode("utf-8"),
            FEED: _feed(project, name, issues[name]),
        }
        for name in built
    }
    desk = template.render(title=title, groups=list(issues.items()), prefix="", desk=True)
    return Indexes(own, desk.encode("utf-8"))


def _feed(project: Project, audience: str, issues: list[Issue]) -> bytes:
    """An Atom feed of the audience's briefings. Links are relative to the feed unless the
    config gives `site_url`, the address the output folder is published at."""
    config = project.config
    base = config.site_url.rstrip("/") + "/" if config.site_url else "../"
    feed = FeedGenerator()
    feed.id(_urn(config.title, audience))
    feed.title(f"{config.title}: {audience}")
    feed.author({"name": config.author or config.title})
    feed.link(href=f"{base}{audience}/{FEED}", rel="self")
    feed.link(href=f"{base}{audience}/{INDEX}", rel="alternate")
    feed.generator("briefgen")
    feed.updated(_moment(issues[0].as_of) if issues else dt.datetime(1970, 1, 1, tzinfo=dt.UTC))
    for issue in reversed(issues):  # feedgen puts each new entry first
        entry = feed.add_entry()
        entry.id(_urn(config.title, audience, issue.as_of))
        entry.title(f"{issue.marking} {issue.title}, {issue.as_of}".strip())
        entry.updated(_moment(issue.as_of))
        # One link, the page: feedgen 1.0 writes an entry's links without their rel and type,
        # and a link without rel is, in Atom, the alternate (the index links the PDF).
        entry.link(href=f"{base}{issue.folder}/briefing.html", rel="alternate")
        entry.summary(" ".join(issue.summary) or issue.title)
    atom: bytes = feed.atom_str(pretty=True)
    return atom


def _urn(*parts: str) -> str:
    return uuid.uuid5(_NAMESPACE, "\0".join(parts)).urn


def _moment(as_of: str) -> dt.datetime:
    try:
        day = dt.date.fromisoformat(as_of)
    except ValueError:
        day = dt.date(1970, 1, 1)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def remove_stale(output: Path, audiences: list[str]) -> None:
    """Remove the output of audiences the config no longer has (their pages may carry what
    no current reader should see), and the master briefing older builds kept here."""
    for folder in _children(output):
        if folder.name != ARCHIVE and folder.name not in audiences and _is_briefing(folder):
            log.info("removing %s: no such audience in the config", folder)
            shutil.rmtree(folder)
    for day in _children(output / ARCHIVE):
        for folder in _children(day):
            if folder.name not in audiences and _is_briefing(folder):
                shutil.rmtree(folder)
        if not any(day.iterdir()):
            day.rmdir()
    for leftover in ("briefing.json", ".briefgen-manifest", ".briefgen.lock"):
        (output / leftover).unlink(missing_ok=True)


def _children(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")]


def _is_briefing(folder: Path) -> bool:
    return any((folder / name).is_file() for name in _BRIEFING_FILES)
