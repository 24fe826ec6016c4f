"""A content-addressed cache of extractions, one JSON file per source.

The key covers everything an extraction is computed from: the source as read (id, text,
paragraphs and publication date, which relative dates resolve against), the pipeline's name and
version, the project's lexicon files, and a fingerprint of the code of every stage up to
extraction (`model/`, `read/`, `extract/` and the shipped word lists), so an edit of any of them
misses. The stages only import earlier ones (an import-linter contract checks it), so no other
code can change what an extraction holds. Writes are atomic; an entry that cannot be read back
is reported, removed and computed again.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
from functools import lru_cache
from pathlib import Path

from briefgen.model import Extraction, Pipeline, Source, from_json, to_json
from briefgen.output import write_file

log = logging.getLogger(__name__)

PACKAGE = Path(__file__).resolve().parent
FORMAT = "briefgen.cache/2"
# The stages an extraction is computed by (see the module's docstring).
EXTRACTION_CODE = ("__init__.py", "errors.py", "filestate.py", "model", "read", "extract", "data")


@dataclasses.dataclass(frozen=True)
class Cache:
    folder: Path
    pipeline: Pipeline
    lexicon: str | None = None

    @functools.cached_property
    def _computed_by(self) -> list[str]:
        """What every entry of this cache is computed by (read once per build)."""
        code = [code_fingerprint(EXTRACTION_CODE), lexicon_fingerprint(self.lexicon)]
        return [FORMAT, self.pipeline.model, self.pipeline.version, *code]

    def key(self, source: Source) -> str:
        parts = [*self._computed_by, source.id, source.published or "", source.text]
        parts += [f"{p.kind}:{p.start}:{p.end}" for p in source.paragraphs]
        return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, source: Source) -> Extraction | None:
        path = self.path(self.key(source))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            found = from_json(Extraction, data["extraction"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("%s: corrupt cache entry, extracting again (%s)", path, exc)
            path.unlink(missing_ok=True)
            return None
        # The entry holds what was found; the source's metadata is today's.
        return _rebased(found, source)

    def put(self, extraction: Extraction) -> None:
        source = extraction.sources[0]
        entry = {"format": FORMAT, "extraction": to_json(extraction)}
        text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
        write_file(self.path(self.key(source)), text.encode("utf-8"))


def _rebased(found: Extraction, source: Source) -> Extraction:
    """The cached finding with the source's current metadata (title, TLP, reliability...)."""
    return dataclasses.replace(found, sources=(source,))


@lru_cache(maxsize=8)
def code_fingerprint(parts: tuple[str, ...] = ()) -> str:
    """A digest of briefgen's own files (code, word lists, templates shipped inside it): those
    under the given parts of the package, or all of them."""
    digest = hashlib.sha256()
    roots = [PACKAGE / part for part in parts] if parts else [PACKAGE]
    for root in roots:
        files = [root] if root.is_file() else sorted(root.rglob("*"))
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(PACKAGE).as_posix().encode("utf-8") + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()


def lexicon_fingerprint(lexicon: str | None) -> str:
    """A digest of a project's own lexicon files (its folder, as config `lexicon:` names it)."""
    digest = hashlib.sha256()
    for path in sorted(Path(lexicon).glob("*.yaml")) if lexicon else []:
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()
