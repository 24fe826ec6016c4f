"""Loading config.yaml: every error is reported at once with its line."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import pydantic
import yaml
from pydantic import BaseModel, ConfigDict

from briefgen.errors import ConfigError, ConfigErrors
from briefgen.model.config import (
    ActorRules,
    Audience,
    Config,
    Limits,
    Mail,
    Recipient,
    Signing,
    SourceMeta,
)
from briefgen.read.yamlsafe import refuse_alias_bombs

_NESTED: dict[str, type[BaseModel]] = {
    "audiences": Audience,
    "sources": SourceMeta,
    "limits": Limits,
    "actors": ActorRules,
    "recipients": Recipient,
    "signing": Signing,
    "mail": Mail,
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

    @property
    def state_dir(self) -> Path:
        return self.path(self.config.state)


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


def with_output(project: Project, output: Path) -> Project:
    """The project writing its output to `output` (a folder named on the command line, as it
    is given: relative to the working folder), which must keep clear of its state folder."""
    folder = output.resolve()
    state = project.state_dir
    if folder == state or folder.is_relative_to(state) or state.is_relative_to(folder):
        message = f"--output {output} and the state folder {state} must not overlap"
        raise ConfigError(message, project.config_path)
    config = project.config.model_copy(update={"output": str(folder)})
    return project.model_copy(update={"config": config})


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
