"""Analyst notes: Markdown files in the project's `notes/` folder, each its own short piece.

A note may open with YAML front matter (`title`, `tlp`); its TLP label decides which audiences
see it, like a source's. The Markdown is rendered later, with raw HTML disabled.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.errors import SourceError
from briefgen.model import Note
from briefgen.read.seeds import Seed, contained_files, decode, front_matter


def read_notes(folder: Path, base: Path | None = None) -> tuple[list[Note], list[SourceError]]:
    """Every note under the folder (sorted by path) and the ones that could not be read; a
    note that links outside the folder is one that could not be read."""
    notes: list[Note] = []
    problems: list[SourceError] = []
    if not folder.is_dir():
        return notes, problems
    for found in contained_files(folder, (".md",), base):
        if isinstance(found, SourceError):
            problems.append(found)
            continue
        try:
            notes.append(read_note(found))
        except SourceError as exc:
            problems.append(exc)
    return notes, problems


def read_note(note: Seed | Path) -> Note:
    note = note if isinstance(note, Seed) else Seed.at(note)
    text = decode(note.name, note.file.read_bytes())
    meta, start = front_matter(note.name, text)
    stem = Path(note.key).stem
    title = str(meta.get("title") or stem.replace("-", " ").replace("_", " ").capitalize())
    # front_matter has checked the label and put it in capitals.
    return Note(title=title, path=note.key, markdown=text[start:], tlp=meta.get("tlp"))
