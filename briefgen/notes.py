"""Analyst notes: Markdown files in the project's `notes/` folder, each its own short piece.

A note may open with YAML front matter (`title`, `tlp`); its TLP label decides which audiences
see it, like a source's. The Markdown is rendered later, with raw HTML disabled.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.config import TLP_ORDER as TLP_LABELS
from briefgen.errors import SourceError
from briefgen.model import Note
from briefgen.sources import decode, front_matter


def read_notes(folder: Path) -> tuple[list[Note], list[SourceError]]:
    """Every note in the folder (sorted by file name) and the ones that could not be read."""
    notes: list[Note] = []
    problems: list[SourceError] = []
    if not folder.is_dir():
        return notes, problems
    for path in sorted(folder.glob("*.md")):
        try:
            notes.append(read_note(path))
        except SourceError as exc:
            problems.append(exc)
    return notes, problems


def read_note(path: Path) -> Note:
    text = decode(path, path.read_bytes())
    meta, start = front_matter(path, text)
    title = str(meta.get("title") or path.stem.replace("-", " ").replace("_", " ").capitalize())
    tlp = str(meta["tlp"]).upper() if meta.get("tlp") else None
    if tlp is not None and tlp not in TLP_LABELS:
        raise SourceError(
            f"unknown TLP label {tlp!r} (use one of {', '.join(TLP_LABELS)})", path, 2
        )
    return Note(title=title, path=path.name, markdown=text[start:], tlp=tlp)
