"""`briefgen send`: each recipient's traced copy by mail, or as `.eml` files with `--dry-run`.

A message is plain MIME: the TLP label leads the subject and the body, before any of the
information (TLP 2.0's rule for mail); the body is the audience's page with its styles inlined
and its charts as images the message carries; the copy is attached as a PDF.

A copy goes out only to the recipient the manifest names, while config.yaml still lists them at
that audience and the audience's ceiling is at least the copy's marking, and only if the file is
the one the build wrote (its SHA-256). The manifest records each message as it goes: its id
before the relay is asked, the time once the relay has taken it. A send cut short is resumed by
running it again. A copy the relay refused is sent again then; one the relay may have taken
without the manifest hearing of it (the connection broke off) is not, unless asked
(`--resend-unconfirmed`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass, replace
from email import policy
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid, parseaddr
from html import escape
from pathlib import Path
from typing import Literal

from briefgen.distribute.archive import UNDATED
from briefgen.distribute.copies import Copy, Manifest, manifest_files, read_manifest
from briefgen.errors import ConfigError, SendError
from briefgen.model import TLP_ORDER
from briefgen.model.config import Config, Mail
from briefgen.output import write_file
from briefgen.read.project import Project

log = logging.getLogger(__name__)

COPIES = "copies"  # under the project's state folder: one folder of copies per briefing date
OUTBOX = "outbox"  # under the state folder: the .eml files a dry run writes
# TLP 2.0's colours for the label: the level's colour on black.
_TLP_COLOURS = {
    "CLEAR": "#FFFFFF",
    "GREEN": "#33FF00",
    "AMBER": "#FFC000",
    "AMBER+STRICT": "#FFC000",
    "RED": "#FF2B2B",
}

Outcome = Literal["sent", "written", "already sent", "unconfirmed", "refused"]


@dataclass(frozen=True)
class Delivery:
    copy: Copy
    outcome: Outcome
    detail: str = ""


def copies_dir(state_dir: Path, as_of: str | None) -> Path:
    """Where a build writes the copies of a briefing date."""
    return state_dir / COPIES / (as_of or UNDATED)


def copies_folder(state_dir: Path, as_of: str | None) -> Path:
    """The folder of a briefing date's copies to send: the date asked for, or the latest."""
    root = state_dir / COPIES
    if as_of is not None:
        folder = copies_dir(state_dir, as_of)
        if not (folder / "manifest.json").is_file():
            raise ConfigError(f"no copies were built for {as_of}", folder)
        return folder
    built = sorted(p for p in root.glob("*") if (p / "manifest.json").is_file())
    if not built:
        raise ConfigError("no copies to send: list `recipients:` in config.yaml and build", root)
    return built[-1]


def send(
    project: Project,
    *,
    dry_run: bool,
    as_of: str | None = None,
    resend_unconfirmed: bool = False,
    report: Callable[[Delivery], None] = lambda delivery: None,
) -> list[Delivery]:
    """Send (or, dry, write) every copy of the briefing not yet sent; `report` hears of each."""
    config, state_dir = project.config, project.state_dir
    folder = copies_folder(state_dir, as_of)
    manifest = read_manifest(folder)
    assert manifest is not None  # copies_folder found it
    if not dry_run and config.mail is None:
        raise ConfigError("no `mail:` section in config.yaml: say which relay to send through")
    sender = config.mail.sender if config.mail else "briefgen <briefgen@localhost>"
    deliveries: list[Delivery] = []
    relay: smtplib.SMTP | None = None
    try:
        for copy in manifest.copies:
            refusal = _refusal(copy, config, folder)
            if refusal:
                delivery = Delivery(copy, "refused", refusal)
            elif copy.sent_at:
                delivery = Delivery(copy, "already sent", copy.sent_at)
            elif copy.message_id and not resend_unconfirmed and not dry_run:
                delivery = Delivery(copy, "unconfirmed", copy.message_id)
            elif dry_run:
                message = compose(copy, manifest, folder, sender)
                path = state_dir / OUTBOX / manifest.as_of / copy.file.replace(".pdf", ".eml")
                write_file(path, message.as_bytes(policy=policy.SMTP))
                delivery = Delivery(copy, "written", str(path))
            else:
                assert config.mail is not None
                if relay is None:
                    relay = open_relay(config.mail, project.root)
                message = compose(copy, manifest, folder, sender)
                copy = replace(copy, message_id=message["Message-ID"])
                manifest = _record(folder, manifest, copy)  # before: it may go out unheard
                try:
                    _hand_over(relay, message, copy)
                except _Refused as refused:  # the relay said no: nothing went, try it again
                    _record(folder, manifest, replace(copy, message_id=None))
                    raise SendError(str(refused)) from None
                sent_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
                copy = replace(copy, sent_at=sent_at)
                manifest = _record(folder, manifest, copy)
                delivery = Delivery(copy, "sent", copy.message_id or "")
            deliveries.append(delivery)
            report(delivery)
    finally:
        if relay is not None:
            _quit(relay)
    return deliveries


def _refusal(copy: Copy, config: Config, folder: Path) -> str:
    """Why this copy must not go out, or ''."""
    listed = any(
        r.email.lower() == copy.email.lower() and r.audience == copy.audience
        for r in config.recipients
    )
    if not listed:
        return f"config.yaml no longer lists {copy.email} for {copy.audience}"
    audience = config.audiences.get(copy.audience)
    if audience is None:
        return f"config.yaml has no audience {copy.audience!r} any more"
    marking = copy.marking.upper().removeprefix("TLP:")
    if marking not in TLP_ORDER:
        return f"the copy's marking {copy.marking!r} is not a TLP level"
    if TLP_ORDER.index(marking) > TLP_ORDER.index(audience.tlp):
        return f"the copy is {copy.marking}, above the {copy.audience} ceiling TLP:{audience.tlp}"
    path = folder / copy.file
    if not path.is_file():
        return f"{path} is missing"
    if hashlib.sha256(path.read_bytes()).hexdigest() != copy.sha256:
        return f"{path} changed since the build (its SHA-256 no longer matches)"
    return ""


def compose(copy: Copy, manifest: Manifest, folder: Path, sender: str) -> EmailMessage:
    """The message for one copy: TLP label first, the page as HTML with its charts, the PDF."""
    label = copy.marking.upper()
    date = _long_date(manifest.as_of)
    message = EmailMessage()
    message["Subject"] = f"{label} {manifest.title}" + (f", {date}" if date else "")
    message["From"] = sender
    message["To"] = formataddr((copy.recipient, copy.email))
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid("briefgen", domain=_domain(sender))
    message.set_content(_plain_text(copy, manifest, date))
    page = (folder / mail_body_name(copy.audience)).read_text(encoding="utf-8")
    message.add_alternative(_with_label(page, copy), subtype="html")
    html_part = message.get_body(preferencelist=("html",))
    assert isinstance(html_part, EmailMessage)  # the alternative just added
    for content_id in sorted(set(re.findall(r'src="cid:([\w.-]+)"', page))):
        image = (folder / mail_image_name(copy.audience, content_id)).read_bytes()
        html_part.add_related(image, "image", "png", cid=f"<{content_id}>")
    message.add_attachment(
        (folder / copy.file).read_bytes(),
        maintype="application",
        subtype="pdf",
        filename=_attachment_name(manifest, copy),
    )
    return message


def mail_body_name(audience: str) -> str:
    return f"{audience}-mail.html"


def mail_image_name(audience: str, content_id: str) -> str:
    return f"{audience}-{content_id}.png"


def _plain_text(copy: Copy, manifest: Manifest, date: str) -> str:
    lines = [
        copy.marking.upper(),
        "",
        f"{manifest.title}{', ' + date if date else ''}",
        f"{copy.line}. The briefing is attached as a PDF; this copy is traced to you.",
        "",
        "Handle it as its TLP label says; do not forward it beyond what the label allows.",
    ]
    return "\n".join(lines) + "\n"


def _with_label(page: str, copy: Copy) -> str:
    """The page with the TLP label and the recipient line before anything else in its body."""
    level = copy.marking.upper().removeprefix("TLP:")
    colour = _TLP_COLOURS.get(level, "#FFFFFF")
    banner = (
        '<p style="margin:0 0 12px 0;font:bold 16px Arial,sans-serif">'
        f'<span style="background:#000000;color:{colour};padding:4px 10px">'
        f"{escape(copy.marking.upper())}</span></p>"
        f'<p style="margin:0 0 16px 0;font:12px Arial,sans-serif;color:#5b6472">'
        f"{escape(copy.line)}</p>"
    )
    opened = re.search(r"<body[^>]*>", page)
    if opened is None:
        return banner + page
    return page[: opened.end()] + banner + page[opened.end() :]


def _attachment_name(manifest: Manifest, copy: Copy) -> str:
    title = re.sub(r"[^A-Za-z0-9]+", "-", manifest.title).strip("-").lower() or "briefing"
    return f"{title[:40]}-{manifest.as_of}-{copy.audience}.pdf"


def _long_date(iso: str) -> str:
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return ""
    return f"{day.day} {day:%B %Y}"


def _domain(sender: str) -> str:
    return parseaddr(sender)[1].rpartition("@")[2] or "localhost"


def _record(folder: Path, manifest: Manifest, copy: Copy) -> Manifest:
    """The manifest with `copy` updated, written at once (a send cut short keeps what went)."""
    updated = manifest.with_copy(copy)
    for name, content in manifest_files(updated).items():
        write_file(folder / name, content)
    return updated


def open_relay(mail: Mail, root: Path) -> smtplib.SMTP:
    """A connection to the relay, secured and logged in as the config says; the relay's
    certificate is checked against the system's authorities, or `ca_file`."""
    password = os.environ.get(mail.password_env)
    if mail.user and password is None:
        raise ConfigError(f"mail.user is set: put the relay's password in ${mail.password_env}")
    ca_file = (root / mail.ca_file).resolve() if mail.ca_file else None
    if ca_file is not None and not ca_file.is_file():
        raise ConfigError("mail.ca_file: no such file", ca_file)
    port = mail.port_or_default
    try:
        relay: smtplib.SMTP
        if mail.security == "ssl":
            context = ssl.create_default_context(cafile=ca_file)
            relay = smtplib.SMTP_SSL(mail.host, port, timeout=mail.timeout, context=context)
        else:
            relay = smtplib.SMTP(mail.host, port, timeout=mail.timeout)
            if mail.security == "starttls":
                relay.starttls(context=ssl.create_default_context(cafile=ca_file))
        if mail.user and password is not None:
            relay.login(mail.user, password)
    except (smtplib.SMTPException, OSError) as exc:
        raise SendError(f"cannot reach the mail relay {mail.host}:{port}: {_reason(exc)}") from None
    return relay


class _Refused(Exception):
    """The relay answered that it will not take the message: it certainly did not go."""


def _hand_over(relay: smtplib.SMTP, message: EmailMessage, copy: Copy) -> None:
    """The message to the relay. A refusal the relay answers is `_Refused`; a connection lost
    on the way is a SendError, and whether the message went is then unknown."""
    after = "the copies sent so far are recorded, run `briefgen send` again to send the rest"
    try:
        relay.send_message(message)
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException) as exc:
        why = f"the relay refused the copy for {copy.email}: {_reason(exc)}; {after}"
        raise _Refused(why) from None
    except (smtplib.SMTPException, OSError) as exc:
        raise SendError(
            f"sending to {copy.email} broke off: {_reason(exc)}; {after}. It may have gone:"
            " check with the relay before --resend-unconfirmed"
        ) from None


def _quit(relay: smtplib.SMTP) -> None:
    try:
        relay.quit()
    except (smtplib.SMTPException, OSError):
        relay.close()


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
