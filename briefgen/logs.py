"""briefgen's log lines: their format, in the command line's process and its workers alike,
and how long each step of a build took, logged at `-v` (where a slow build spends its time)."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator

FORMAT = "%(levelname)s %(name)s: %(message)s"


@contextlib.contextmanager
def timed(log: logging.Logger, what: str, *args: object) -> Iterator[None]:
    """Logs `what` (a %-format with `args`) and the seconds the block took, at INFO."""
    started = time.perf_counter()
    yield
    log.info(what + " in %.1f s", *args, time.perf_counter() - started)
