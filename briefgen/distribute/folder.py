"""The copies folder of a briefing date: each recipient's marked (and signed) copy, the
mail bodies and the manifest."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from briefgen.distribute.archive import UNDATED
from briefgen.distribute.copies import (
    Copy,
    Manifest,
    keep_sent,
    manifest_files,
    mark_copy,
    plan_copies,
    read_manifest,
)
from briefgen.distribute.send import mail_body_name, mail_image_name
from briefgen.distribute.signing import PdfSigner
from briefgen.model.config import Recipient
from briefgen.render.mail import MailBody


@dataclass(frozen=True)
class AudiencePdf:
    """What a recipient's copy is made from: the audience's PDF before signing, its marking
    and the page as a mail body."""

    pdf: bytes
    marking: str
    mail: MailBody | None


def copies_for(
    recipients: Sequence[Recipient],
    audiences: dict[str, AudiencePdf],
    signer: PdfSigner | None,
    folder: Path,
    title: str,
    as_of: str | None,
) -> dict[str, bytes]:
    """The files of a briefing date's copies folder: each recipient's marked (and signed) copy,
    the mail bodies, and the manifest. Copies of audiences not built this time are kept as
    they were, and so is what the last manifest recorded as sent."""
    previous = read_manifest(folder)
    planned = plan_copies(
        recipients,
        {name: page.pdf for name, page in audiences.items()},
        {name: page.marking for name, page in audiences.items()},
    )
    files: dict[str, bytes] = {}
    made: list[Copy] = []
    for copy in planned:
        pdf = mark_copy(audiences[copy.audience].pdf, copy)
        if signer is not None:
            pdf = signer.sign(pdf)
        files[copy.file] = pdf
        digest = hashlib.sha256(pdf).hexdigest()
        made.append(replace(copy, sha256=digest, signed=signer is not None))
    kept = [c for c in previous.copies if c.audience not in audiences] if previous else []
    for copy in kept:
        if (folder / copy.file).is_file():
            files[copy.file] = (folder / copy.file).read_bytes()
    for name, page in audiences.items():
        if page.mail is not None and any(c.audience == name for c in made):
            files[mail_body_name(name)] = page.mail.html.encode("utf-8")
            for content_id, png in page.mail.images.items():
                files[mail_image_name(name, content_id)] = png
    for copy in kept:
        for name in _mail_files(folder, copy.audience):
            files.setdefault(name, (folder / name).read_bytes())
    manifest = Manifest(as_of or UNDATED, title, tuple(keep_sent(made, previous) + kept))
    files.update(manifest_files(manifest))
    return files


def _mail_files(folder: Path, audience: str) -> list[str]:
    body = mail_body_name(audience)
    images = [p.name for p in folder.glob(f"{audience}-chart-*.png")]
    return ([body] if (folder / body).is_file() else []) + images
