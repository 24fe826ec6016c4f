"""Atomic output: a failed or interrupted build never leaves a half-written file or folder."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from briefgen.errors import RenderError


def write_json(path: Path, data: Any, *, indent: int | None = 1) -> Path:
    """`indent=None` for a file only programs read: the standard library's fast encoder
    writes only unindented JSON, several times faster on a briefing of hundreds of sources."""
    text = json.dumps(data, ensure_ascii=False, indent=indent) + "\n"
    return write_file(path, text.encode("utf-8"))


def write_file(path: Path, content: bytes) -> Path:
    """Write beside the target, then rename over it: readers see the old file or the new one."""
    _make_dir(path.parent)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def publish_folder(target: Path, files: dict[str, bytes]) -> list[Path]:
    """Replace a whole output folder at once with the given files."""
    _make_dir(target.parent)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        staging.chmod(0o777 & ~_umask())
        for name, content in files.items():
            (staging / name).write_bytes(content)
        _swap(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [target / name for name in files]


def _swap(staging: Path, target: Path) -> None:
    if not target.exists():
        os.replace(staging, target)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    os.replace(target, retired / target.name)
    os.replace(staging, target)
    shutil.rmtree(retired, ignore_errors=True)


def _umask() -> int:
    """The process umask (temporary files are private; finished outputs are not)."""
    current = os.umask(0o022)
    os.umask(current)
    return current


def _make_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RenderError(f"cannot create the output folder: {exc.strerror}", folder) from None
    if not os.access(folder, os.W_OK):
        raise RenderError("the output folder is not writable", folder)


@contextlib.contextmanager
def build_lock(folder: Path) -> Iterator[None]:
    """One build at a time per project: a second one stops at once, never interleaves. The
    lock is the operating system's (filelock: fcntl on POSIX, msvcrt on Windows), so it is
    released when a build dies, however it dies."""
    import filelock  # here: an up-to-date build never takes the lock, nor pays for the import

    _make_dir(folder)
    path = folder / "build.lock"
    lock = filelock.FileLock(path, timeout=0)
    try:
        with lock:
            yield
    except filelock.Timeout:
        message = "another build is running in this project; try again when it finishes"
        raise RenderError(message, path) from None
