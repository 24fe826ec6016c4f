"""`briefgen init DIR`: a working project to start from."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from briefgen.errors import ConfigError
from briefgen.output import write_file

SCAFFOLD = "scaffold"
# A new project keeps what it builds out of version control; above all .briefgen/, which holds
# the whole briefing whatever its sources' TLP labels, and every reader's traced copy.
GITIGNORE = """\
# briefgen: built output, the cache, and the desk's private state (never commit .briefgen/)
out/
.briefgen/
.briefgen-cache/
"""


def init_project(target: Path) -> list[Path]:
    """Write config.yaml, an example seed and note, a templates/ folder with a note on
    overriding, and a .gitignore; never overwrites an existing project."""
    if (target / "config.yaml").exists():
        raise ConfigError(
            "a project already exists here; not overwriting it", target / "config.yaml"
        )
    root = resources.files("briefgen").joinpath(SCAFFOLD)
    written = [write_file(target / relative, data) for relative, data in _files(root, Path())]
    if not (target / ".gitignore").exists():
        written.append(write_file(target / ".gitignore", GITIGNORE.encode("utf-8")))
    return written


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
