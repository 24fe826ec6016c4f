"""One error hierarchy: every message reads `path:line: what is wrong`."""

from __future__ import annotations

from pathlib import Path


class BriefgenError(Exception):
    """An error the user can fix; `str()` gives the one-line message the CLI prints."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        self.message = message
        # A file name may hold a newline; the message must stay one line.
        self.path = _printable(str(path)) if path is not None else None
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line is not None:
            where = f"{self.path}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class ConfigError(BriefgenError):
    """config.yaml is missing, unreadable or does not fit the schema."""


class SourceError(BriefgenError):
    """A seed cannot be read."""


class TemplateError(BriefgenError):
    """A template is missing or broken."""


class RenderError(BriefgenError):
    """HTML or PDF output could not be produced."""


class ModelError(BriefgenError):
    """The spaCy pipeline cannot be loaded."""


class SendError(BriefgenError):
    """A message could not be handed to the mail relay; what went before it is recorded."""


class ConfigErrors(ConfigError):
    """Several schema errors, reported at once."""

    def __init__(self, errors: list[ConfigError]):
        self.errors = errors
        super().__init__("; ".join(e.message for e in errors), errors[0].path, errors[0].line)

    def __reduce__(self) -> tuple[type[ConfigErrors], tuple[list[ConfigError]]]:
        # Raised in a worker process, it is pickled to the main one, and made again from
        # its arguments: those of this __init__, not the one-line message.
        return type(self), (self.errors,)

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
