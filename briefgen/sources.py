"""Finding seeds and reading them into Source records.

A source's `text` is the file's text exactly as decoded; paragraphs are ranges into it, so every
offset the extractors produce is an offset into the file's own text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from briefgen.config import RELIABILITY_GRADES, TLP_ORDER, SourceMeta
from briefgen.errors import SourceError
from briefgen.model import Paragraph, ParagraphKind, Source
from briefgen.safeyaml import refuse_alias_bombs

SEED_SUFFIXES = (".txt", ".md", ".markdown")
FRONT_MATTER_KEYS = ("title", "published", "publisher", "url", "reliability", "tlp")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")
_CAPTION = re.compile(
    r"^(?:(?:file\s+)?(?:photo|image|picture|video|illustration|graphic|credit|source)s?"
    r"(?:\s+credit)?\s*[:|]|©|\(c\)\s)",
    re.I,
)
_BYLINE = re.compile(r"^(?:by|reporting by|written by|edited by)\s+[A-Z]", re.I)
_SENTENCE_END = tuple('.!?:;,"”’)…')
_MAX_HEADING_WORDS = 14


def find_seeds(paths: Iterable[Path]) -> list[Path]:
    """Every seed file under the given files and folders, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*")) if _is_seed(p))
        elif path.is_file():
            found.append(path)
        else:
            raise SourceError("no such file or folder", path)
    return found


def _is_seed(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in SEED_SUFFIXES and not path.name.startswith(".")


def read_sources(
    paths: list[Path],
    root: Path | None = None,
    meta: Mapping[str, SourceMeta] | None = None,
    default_tlp: str | None = None,
) -> Iterator[Source | SourceError]:
    """Read each seed; a seed that cannot be read yields its error instead of stopping the rest."""
    ids: set[str] = set()
    for path in paths:
        try:
            relative = _relative(path, root)
            source = read_source(path, relative, (meta or {}).get(relative), default_tlp)
        except SourceError as exc:
            yield exc
            continue
        if source.id in ids:
            source = _with_id(source, f"{source.id}-{_digest(relative)}")
        ids.add(source.id)
        yield source


def _relative(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.name


def read_source(
    path: Path,
    relative: str | None = None,
    meta: SourceMeta | None = None,
    default_tlp: str | None = None,
) -> Source:
    text = decode(path, path.read_bytes() if path.is_file() else _missing(path))
    front, body_start = front_matter(path, text)
    fields = {**(meta.model_dump(exclude_none=True) if meta else {}), **front}
    paragraphs = split_paragraphs(text, body_start, markdown=path.suffix.lower() != ".txt")
    if not any(p.kind == "body" for p in paragraphs):
        raise SourceError("the article has no text", path)
    return Source(
        id=source_id(path),
        path=str(path),
        title=str(fields.get("title") or _default_title(text, paragraphs)),
        published=_iso(fields.get("published")),
        publisher=_optional(fields.get("publisher")),
        url=_optional(fields.get("url")),
        reliability=_optional(fields.get("reliability")),
        tlp=_optional(fields.get("tlp")) or default_tlp,
        text=text,
        paragraphs=paragraphs,
    )


def _missing(path: Path) -> bytes:
    raise SourceError("no such file", path)


def source_id(path: Path) -> str:
    """A stable id from the file name, safe in URLs and file names."""
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", path.stem).strip("-.")
    return slug or _digest(path.name)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def _with_id(source: Source, new_id: str) -> Source:
    from dataclasses import replace

    return replace(source, id=new_id)


def decode(path: Path, data: bytes) -> str:
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


def front_matter(path: Path, text: str) -> tuple[dict[str, Any], int]:
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


def _check_labels(path: Path, fields: dict[str, Any]) -> None:
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


def split_paragraphs(text: str, start: int = 0, markdown: bool = False) -> tuple[Paragraph, ...]:
    """Paragraphs with their kind; blank lines separate paragraphs when the text has any."""
    body = text[start:]
    separator = _BLANK_LINE if _BLANK_LINE.search(body.strip()) else re.compile(r"\r?\n")
    paragraphs: list[Paragraph] = []
    position = start
    for block in separator.split(body):
        offset = text.index(block, position) if block else position
        position = offset + len(block)
        paragraphs.extend(_block_paragraphs(text, offset, block, markdown))
    return tuple(paragraphs)


def _block_paragraphs(text: str, offset: int, block: str, markdown: bool) -> Iterator[Paragraph]:
    """A block splits further where a line is a heading or a caption of its own."""
    lines = _lines(offset, block)
    group: list[tuple[int, int]] = []
    for start, end in lines:
        kind = _line_kind(text[start:end], markdown, single=len(lines) == 1)
        if kind == "body":
            group.append((start, end))
            continue
        if group:
            yield Paragraph("body", group[0][0], group[-1][1])
            group = []
        yield Paragraph(kind, start, end)
    if group:
        yield Paragraph("body", group[0][0], group[-1][1])


def _lines(offset: int, block: str) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[^\r\n]+", block):
        line = match.group()
        stripped = line.strip()
        if stripped:
            begin = offset + match.start() + (len(line) - len(line.lstrip()))
            spans.append((begin, begin + len(stripped)))
    return spans


def _line_kind(line: str, markdown: bool, single: bool) -> ParagraphKind:
    if markdown and line.startswith("#"):
        return "heading"
    if _CAPTION.match(line):
        return "caption"
    if _BYLINE.match(line) and len(line.split()) <= 8:
        return "byline"
    if single and _looks_like_heading(line):
        return "heading"
    return "body"


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _MAX_HEADING_WORDS
        and not line.rstrip().endswith(_SENTENCE_END)
        and line[0] not in "\"“‘'«-–—•*"
        and line[0].isupper()
    )


def _default_title(text: str, paragraphs: tuple[Paragraph, ...]) -> str:
    first = paragraphs[0] if paragraphs else None
    if first and first.kind == "heading":
        return text[first.start : first.end].lstrip("# ").strip()
    body = next(p for p in paragraphs if p.kind == "body")
    sentence = re.split(r"(?<=[.!?])\s", text[body.start : body.end], maxsplit=1)[0]
    return sentence if len(sentence) <= 90 else sentence[:87].rsplit(" ", 1)[0] + "…"


def _iso(value: Any) -> str | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return None


def _optional(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
