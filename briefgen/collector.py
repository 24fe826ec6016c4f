"""Python's cyclic garbage collector, paused where a build makes or holds many objects that no
collection would free: each collection of the oldest generation walks every object alive, and
a build has millions of them (extractions, a laid-out page's boxes)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector paused inside; a caller's own pause is left as it was."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
