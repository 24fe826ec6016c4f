"""Traced copies: each recipient's own copy of their audience's PDF, and the manifest.

A copy is the audience's PDF with one line added at the foot of every page, "Prepared for
NAME · copy N" (set in DejaVu Sans, the font matplotlib ships, embedded as a subset, so a name
in Polish, Greek or Russian is printed as written), and a copy id in the document information
(`/BriefgenCopyID`), written as an incremental update with pyHanko: the audience's pages are
untouched, so two readers of one audience get the same text but for that line. If a copy
leaks, its line and id say whose it was; the manifest (JSON and CSV) lists every copy with its
file's SHA-256.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import matplotlib
from fontTools.ttLib import TTFont
from pyhanko import stamp
from pyhanko.pdf_utils import generic, text
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError

from briefgen.errors import RenderError
from briefgen.model.config import Recipient
from briefgen.render.exports import spreadsheet_safe

MANIFEST_JSON = "manifest.json"
MANIFEST_CSV = "manifest.csv"
COPY_ID_KEY = "/BriefgenCopyID"
# Where the line sits: inside the foot margin of A4 and US Letter pages, left of the page number.
_LINE_X, _LINE_Y, _LINE_SIZE = 40, 12, 8


@dataclass(frozen=True)
class Copy:
    """One row of the manifest: who has which copy, in which file, and whether it went out."""

    recipient: str
    email: str
    organisation: str | None
    audience: str
    marking: str
    copy: int  # numbered within its audience, in the order config.yaml lists recipients
    copy_id: str
    file: str  # beside the manifest
    sha256: str
    signed: bool
    sent_at: str | None = None  # ISO time the relay accepted the message
    message_id: str | None = None

    @property
    def line(self) -> str:
        """The line printed on every page of the copy (the manifest keeps names as written)."""
        return f"Prepared for {self.printed_name} · copy {self.copy}"

    @property
    def printed_name(self) -> str:
        """Who the copy is for, as written where the line's font has every letter, else
        without the accents it lacks; a name it cannot spell even so (Chinese, say), or one
        written right to left, which one line of left-to-right text would scramble, is
        printed as the e-mail address. The organisation is left out before the name is."""
        who = f"{self.recipient} ({self.organisation})" if self.organisation else self.recipient
        for name in (who, self.recipient):
            for spelt in (name, _without_accents(name)):
                if _printable(spelt):
                    return spelt
        return self.email


def plan_copies(
    recipients: Sequence[Recipient], audience_pdfs: dict[str, bytes], markings: dict[str, str]
) -> list[Copy]:
    """A copy for each recipient whose audience was built, numbered within the audience; the
    copy id follows from the audience's PDF and the recipient, so an unchanged build keeps it."""
    copies: list[Copy] = []
    numbers: dict[str, int] = {}
    for recipient in recipients:
        pdf = audience_pdfs.get(recipient.audience)
        if pdf is None:
            continue
        number = numbers[recipient.audience] = numbers.get(recipient.audience, 0) + 1
        digest = hashlib.sha256(pdf).hexdigest()
        seed = f"{digest}\0{recipient.audience}\0{recipient.email.lower()}\0{number}"
        copy_id = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:20]
        name = f"{recipient.audience}-copy-{number:02d}-{_slug(recipient.name)}.pdf"
        copies.append(
            Copy(
                recipient=recipient.name,
                email=recipient.email,
                organisation=recipient.organisation,
                audience=recipient.audience,
                marking=markings[recipient.audience],
                copy=number,
                copy_id=copy_id,
                file=name,
                sha256="",
                signed=False,
            )
        )
    return copies


def mark_copy(pdf: bytes, copy: Copy) -> bytes:
    """The PDF with the copy's line at the foot of every page and its id in its information."""
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        font = GlyphAccumulatorFactory(str(line_font()), font_size=_LINE_SIZE)
        style = stamp.TextStampStyle(
            stamp_text=copy.line,
            border_width=0,
            background=None,
            text_box_style=text.TextBoxStyle(font=font, font_size=_LINE_SIZE),
        )
        # One stamp for every page: its drawing, with the font, is stored in the file once.
        line = stamp.TextStamp(writer, style)
        for page in range(int(writer.root["/Pages"]["/Count"])):
            line.apply(page, _LINE_X, _LINE_Y)
        info = writer.trailer_view["/Info"].get_object()
        info[generic.NameObject(COPY_ID_KEY)] = generic.TextStringObject(copy.copy_id)
        writer.update_container(info)
        out = io.BytesIO()
        writer.write(out)  # type: ignore[no-untyped-call]  # pyHanko leaves it untyped
    except (PdfError, KeyError, ValueError) as exc:
        raise RenderError(f"cannot mark the copy {copy.copy_id}: {exc}") from exc
    return out.getvalue()


def copy_id_of(pdf: bytes) -> str | None:
    """The copy id a traced PDF carries, if any (what to look up when a copy turns up)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    info = PdfFileReader(io.BytesIO(pdf)).trailer_view.get("/Info")
    value = info.get_object().get(COPY_ID_KEY) if info is not None else None
    return str(value) if value is not None else None


def line_font() -> Path:
    """DejaVu Sans as matplotlib ships it: the same file on every machine, so copies made on
    any desk look alike, and wide coverage (Latin, Greek, Cyrillic and more)."""
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"


@cache
def _letters() -> frozenset[int]:
    return frozenset(TTFont(line_font(), lazy=True).getBestCmap())


def _printable(name: str) -> bool:
    """Every letter of the name is in the line's font, and none is written right to left."""
    letters = _letters()
    return all(ord(c) in letters and unicodedata.bidirectional(c) not in ("R", "AL") for c in name)


# Latin letters Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans(
    {"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i", "Œ": "OE", "œ": "oe"}
)


def _without_accents(text: str) -> str:
    """The text with its accents dropped (`Łukasz Żółw` -> `Lukasz Zolw`)."""
    folded = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return unicodedata.normalize("NFC", "".join(c for c in folded if not unicodedata.combining(c)))


def _slug(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    folded = folded.encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:40] or "reader"


# ---------- the manifest ----------


@dataclass(frozen=True)
class Manifest:
    as_of: str
    title: str
    copies: tuple[Copy, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of,
            "title": self.title,
            "copies": [vars(copy) for copy in self.copies],
        }

    def with_copy(self, updated: Copy) -> Manifest:
        copies = tuple(updated if c.copy_id == updated.copy_id else c for c in self.copies)
        return replace(self, copies=copies)


CSV_FIELDS = (
    "recipient",
    "email",
    "organisation",
    "audience",
    "marking",
    "copy",
    "copy_id",
    "file",
    "sha256",
    "signed",
    "sent_at",
    "message_id",
)


def manifest_files(manifest: Manifest) -> dict[str, bytes]:
    """The manifest as JSON and as CSV (for a spreadsheet), by file name."""
    as_json = json.dumps(manifest.to_json(), ensure_ascii=False, indent=1) + "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for copy in manifest.copies:
        writer.writerow({name: spreadsheet_safe(getattr(copy, name)) for name in CSV_FIELDS})
    return {MANIFEST_JSON: as_json.encode("utf-8"), MANIFEST_CSV: buffer.getvalue().encode("utf-8")}


def read_manifest(folder: Path) -> Manifest | None:
    path = folder / MANIFEST_JSON
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        copies = tuple(Copy(**row) for row in data["copies"])
        return Manifest(as_of=data["as_of"], title=data["title"], copies=copies)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RenderError(f"cannot read the manifest: {exc}", path) from exc


def keep_sent(copies: Sequence[Copy], previous: Manifest | None) -> list[Copy]:
    """The copies with what the last manifest of this date recorded as sent: a rebuild that
    changes nothing a copy says (the same copy id) must not make it look unsent and send it
    twice. A copy whose content changed has a new id, and is new to send."""
    sent = {c.copy_id: c for c in previous.copies if c.sent_at} if previous else {}
    return [
        replace(c, sent_at=sent[c.copy_id].sent_at, message_id=sent[c.copy_id].message_id)
        if c.copy_id in sent
        else c
        for c in copies
    ]
