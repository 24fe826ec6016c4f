"""Where the default templates are, apart from the renderer: a build that finds nothing changed
needs the folder for its digest, not Jinja, matplotlib or WeasyPrint."""

from __future__ import annotations

from pathlib import Path


def default_templates_dir() -> Path:
    """The default templates: inside the installed wheel, else at the source checkout's root."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "templates"
    return installed if installed.is_dir() else package.parent / "templates"
