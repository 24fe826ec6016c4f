"""What files are, as cheaply as the file system says it: for caches that must notice an edit."""

from __future__ import annotations

from pathlib import Path

Signature = tuple[tuple[str, int, int], ...]


def files_signature(folder: Path | None, pattern: str) -> Signature:
    """Each file of `folder` matching `pattern` (a glob; `**/*` for all, at any depth): its
    path in the folder, size and time of change. Empty for no folder."""
    if folder is None or not folder.is_dir():
        return ()
    found = []
    for path in sorted(folder.glob(pattern)):
        if path.is_file():
            status = path.stat()
            found.append((str(path.relative_to(folder)), status.st_size, status.st_mtime_ns))
    return tuple(found)
