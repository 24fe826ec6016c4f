"""`briefgen init DIR`: a working project to start from."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from briefgen.errors import ConfigError
from briefgen.output import write_file

SCAFFOLD = "scaffold"


def init_project(target: Path) -> list[Path]:
    """Write config.yaml, an example seed and note, and a templates/ folder with a note on
    overriding; never overwrites an existing project."""
    if (target / "config.yaml").exists():
        raise ConfigError(
            "a project already exists here; not overwriting it", target / "config.yaml"
        )
    root = resources.files("briefgen").joinpath(SCAFFOLD)
    return [write_file(target / relative, data) for relative, data in _files(root, Path())]


def _files(folder: Traversable, relative: Path) -> list[tuple[Path, bytes]]:
    found: list[tuple[Path, bytes]] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.startswith((".", "__")):
            continue
        if entry.is_dir():
            found += _files(entry, relative / entry.name)
        else:
            found.append((relative / entry.name, entry.read_bytes()))
    return found
