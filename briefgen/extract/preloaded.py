"""Imported by the fork server the worker processes are forked from (`briefgen.parallel`):
when the environment names the build's pipeline, it imports what the workers run (spaCy with
it) and loads that pipeline once, so that every worker starts with the model in memory, as
spaCy's own `nlp.pipe(n_process=…)` workers do, instead of each loading it again (and the
pages of the model are shared between them). A server told none (a build that only renders)
imports neither."""

from __future__ import annotations

import gc
import importlib
import json
import logging
import os

from briefgen import collector
from briefgen.extract import PRELOAD_PIPELINE

log = logging.getLogger(__name__)


def _preload() -> None:
    """What the workers run, imported, and the pipeline the environment names, loaded; none
    named (a server started for a build's rendering alone, every source cached): neither,
    and a worker that parses after all imports and loads them itself.

    All of it lives as long as the process. So the collector is paused meanwhile (its
    collections walked it all for nothing: a twentieth of the time), and then it is moved out
    of the collector's reach: a worker's collections would walk it, and so copy the pages it
    shares with this process; and this process would end by freeing it object by object, a
    fifth of a second after the build, holding the build's standard error open meanwhile."""
    with collector.paused():
        try:
            wanted = os.environ.get(PRELOAD_PIPELINE)
            if wanted:
                importlib.import_module("briefgen.extract.run")
                from briefgen.extract.pipeline import load

                model, lexicon = json.loads(wanted)
                load(model, lexicon)
        except Exception:  # each worker loads it again and reports what is wrong in the open
            log.debug("could not load the pipeline ahead", exc_info=True)
        gc.freeze()


_preload()
