"""Finding seeds and reading them into Source records.

A source's `text` is the file's text exactly as decoded; paragraphs are ranges into it, so every
offset the extractors produce is an offset into the file's own text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from briefgen.errors import SourceError
from briefgen.model import RELIABILITY_GRADES, TLP, TLP_ORDER, Paragraph, Source
from briefgen.model.config import SourceMeta
from briefgen.read.paragraphs import split_paragraphs
from briefgen.read.yamlsafe import refuse_alias_bombs

SEED_SUFFIXES = (".txt", ".md", ".markdown")
FRONT_MATTER_KEYS = ("title", "published", "publisher", "url", "reliability", "tlp")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


@dataclass(frozen=True)
class Seed:
    """A seed file found for reading."""

    file: Path  # where to read it
    name: str  # how every output and message names it: a relative POSIX path, never absolute
    key: str  # its path below the folder it was found in: its key in config.yaml's `sources:`

    @classmethod
    def at(cls, file: Path) -> Seed:
        """A single file named by itself (tests, explicit paths)."""
        return cls(file, file.name, file.name)


def find_seeds(paths: Iterable[Path], base: Path | None = None) -> list[Seed | SourceError]:
    """Every seed under the given files and folders, in a stable order, named relative to
    `base` (the project, or the working folder). A file or folder inside a folder that links
    outside it is reported and skipped: a synced drop folder must never be a way to read other
    files of the machine. A file given by name is the user's explicit choice and is read."""
    found: list[Seed | SourceError] = []
    for path in paths:
        if path.is_dir():
            found.extend(contained_files(path, SEED_SUFFIXES, base))
        elif path.is_file():
            found.append(Seed(path, _name(path, path.name, base), path.name))
        else:
            raise SourceError("no such file or folder", _name(path, path.name, base))
    return found


def contained_files(
    folder: Path, suffixes: tuple[str, ...], base: Path | None = None
) -> list[Seed | SourceError]:
    """The files under `folder` with one of `suffixes`, sorted by their path in it; hidden
    files are left alone, and links that resolve outside the folder are reported, not followed."""
    root = folder.resolve()
    label = _name(folder, folder.name, base)
    found: list[tuple[str, Seed | SourceError]] = []
    seen: set[Path] = set()
    for directory, folders, files in os.walk(root):  # never descends through a link
        here = Path(directory)
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in sorted([*folders, *files]):
            entry = here / name
            key = entry.relative_to(root).as_posix()
            is_seed = name.endswith(suffixes) and not name.startswith(".")
            if not entry.is_symlink() and (entry.is_dir() or not is_seed):
                continue
            target = entry.resolve()
            shown = f"{label}/{key}"
            if not target.is_relative_to(root):
                found.append((key, SourceError(f"links outside {label}/", shown)))
            elif is_seed and target not in seen and not target.is_dir():
                seen.add(target)
                found.append((key, Seed(target, shown, key)))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def _name(path: Path, fallback: str, base: Path | None) -> str:
    """`path` relative to `base` when it lies below it, else `fallback`: outputs never carry
    an absolute path of the build machine."""
    if base is not None:
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            pass
    return fallback


def read_sources(
    seeds: Iterable[Seed | SourceError],
    meta: Mapping[str, SourceMeta] | None = None,
    default_tlp: TLP | None = None,
) -> Iterator[Source | SourceError]:
    """Read each seed; a seed that cannot be read (or was refused when found) yields its error
    instead of stopping the rest."""
    ids: set[str] = set()
    for seed in seeds:
        if isinstance(seed, SourceError):
            yield seed
            continue
        try:
            source = read_source(seed, (meta or {}).get(seed.key), default_tlp)
        except SourceError as exc:
            yield exc
            continue
        if source.id in ids:
            source = replace(source, id=f"{source.id}-{_digest(seed.name)}")
        ids.add(source.id)
        yield source


def read_source(
    seed: Seed | Path, meta: SourceMeta | None = None, default_tlp: TLP | None = None
) -> Source:
    seed = seed if isinstance(seed, Seed) else Seed.at(seed)
    path = seed.file
    text = decode(seed.name, path.read_bytes() if path.is_file() else _missing(seed.name))
    front, body_start = front_matter(seed.name, text)
    fields = {**(meta.model_dump(exclude_none=True) if meta else {}), **front}
    paragraphs = split_paragraphs(text, body_start, markdown=path.suffix.lower() != ".txt")
    if not any(p.kind == "body" for p in paragraphs):
        raise SourceError("the article has no text", seed.name)
    return Source(
        id=source_id(Path(seed.name)),
        path=seed.name,
        title=str(fields.get("title") or _default_title(text, paragraphs)),
        published=_iso(fields.get("published")),
        publisher=_optional(fields.get("publisher")),
        url=_optional(fields.get("url")),
        reliability=fields.get("reliability"),
        tlp=fields.get("tlp") or default_tlp,
        text=text,
        paragraphs=paragraphs,
    )


def _missing(path: str) -> bytes:
    raise SourceError("no such file", path)


def source_id(path: Path) -> str:
    """A stable id from the file name, safe in URLs and file names."""
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", path.stem).strip("-.")
    return slug or _digest(path.name)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def decode(path: Path | str, data: bytes) -> str:
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError("binary file, not a text article", path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        message = f"not valid UTF-8 (byte {exc.start}); save the file as UTF-8"
        raise SourceError(message, path, line) from None


def front_matter(path: Path | str, text: str) -> tuple[dict[str, Any], int]:
    """The YAML front matter's known fields and the offset where the body starts."""
    if not text.startswith("---"):
        return {}, 0
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise SourceError("front matter opened with '---' is never closed", path, 1)
    try:
        refuse_alias_bombs(match.group(1))
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise SourceError(
            f"invalid front matter: {getattr(exc, 'problem', exc)}", path, line
        ) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SourceError("front matter must be a mapping of keys to values", path, 2)
    fields = {k: v for k, v in data.items() if k in FRONT_MATTER_KEYS and v is not None}
    _check_labels(path, fields)
    return fields, match.end()


def _check_labels(path: Path | str, fields: dict[str, Any]) -> None:
    """A handling label must be one we know: a typo must not loosen who may read a source."""
    for key, known in (("tlp", TLP_ORDER), ("reliability", RELIABILITY_GRADES)):
        value = fields.get(key)
        if value is None:
            continue
        if str(value).upper() not in known:
            label = "TLP label" if key == "tlp" else "reliability grade"
            message = f"unknown {label} {value!r} (use one of {', '.join(known)})"
            raise SourceError(message, path, 2)
        fields[key] = str(value).upper()


def _default_title(text: str, paragraphs: tuple[Paragraph, ...]) -> str:
    """A seed without a title is named by its heading, else by its first sentence, cut short
    at a word if long."""
    first = paragraphs[0] if paragraphs else None
    if first and first.kind == "heading":
        return _short(text[first.start : first.end].lstrip("# ").strip())
    # The first body paragraph begins after a wire report's dateline (`split_paragraphs`).
    body = next(p for p in paragraphs if p.kind == "body")
    return _short(_first_sentence(text[body.start : body.end]))


# A stop ends the sentence when a capital (or a quote, bracket, digit) follows, unless it ends
# an initialism (U.S., U.N.) or a title before a name (Mr., Gen.).
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_NOT_AN_END = re.compile(
    r"(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Sen|Rep|Gov|St|Jr|Sr|No)\.)$"
)


def _first_sentence(text: str) -> str:
    # A title is cut to 90 characters: the first 1,000 are plenty, and an untrusted seed's
    # `U.S. U.S. …` cannot make the search below take long.
    text = text[:1000]
    for end in _SENTENCE_END.finditer(text):
        if not _NOT_AN_END.search(text[max(0, end.start() - 20) : end.start() + 1]):
            return text[: end.end()].strip()
    return text.strip()


def _short(title: str, most: int = 90) -> str:
    return title if len(title) <= most else title[: most - 3].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _iso(value: Any) -> str | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return None


def _optional(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
