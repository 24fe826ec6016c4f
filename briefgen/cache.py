"""A content-addressed cache of extractions, one JSON file per source.

The key covers everything an extraction depends on: the source's id, text and publication date
(relative dates resolve against it), the pipeline's name and version, and a fingerprint of
briefgen's extractors and lexicons (code and data), so a change to any of them misses. Writes
are atomic; an entry that cannot be read back is reported, removed and computed again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from functools import lru_cache
from pathlib import Path

from briefgen.model import Extraction, Pipeline, Source, from_json, to_json
from briefgen.output import write_file

log = logging.getLogger(__name__)

PACKAGE = Path(__file__).resolve().parent
FORMAT = "briefgen.cache/1"


@dataclasses.dataclass(frozen=True)
class Cache:
    folder: Path
    pipeline: Pipeline
    lexicon: str | None = None

    def key(self, source: Source) -> str:
        parts = [FORMAT, self.pipeline.model, self.pipeline.version, fingerprint(self.lexicon)]
        parts += [source.id, source.published or "", source.text]
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
def fingerprint(lexicon: str | None) -> str:
    """A digest of the extractor code and every lexicon file it reads."""
    digest = hashlib.sha256()
    files = sorted((PACKAGE / "extract").glob("*.py")) + sorted((PACKAGE / "data").glob("*.yaml"))
    files += [PACKAGE / "nlp.py", PACKAGE / "model.py"]
    if lexicon:
        files += sorted(Path(lexicon).glob("*.yaml"))
    for path in files:
        digest.update(path.name.encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()
