"""Imported by the fork server the parse's worker processes are forked from
(`briefgen.parallel`): it loads the build's pipeline once, named in the environment, so that
every worker starts with the model in memory, as spaCy's own `nlp.pipe(n_process=…)` workers
do, instead of each loading it again (and the pages of the model are shared between them)."""

from __future__ import annotations

import gc
import json
import logging
import os

from briefgen.extract import PRELOAD_PIPELINE
from briefgen.extract.pipeline import load

log = logging.getLogger(__name__)


def _preload() -> None:
    """The pipeline the environment names, loaded; none named (a process not started for a
    build's parse), nothing: each worker then loads it itself."""
    wanted = os.environ.get(PRELOAD_PIPELINE)
    if not wanted:
        return
    try:
        model, lexicon = json.loads(wanted)
        load(model, lexicon)
        # Out of the collector's reach: a worker's collections would walk the pipeline's
        # objects, and so copy the pages it shares with this process; and this process would
        # end by freeing them one by one, a fifth of a second after the build, holding the
        # build's standard error open meanwhile.
        gc.freeze()
    except Exception:  # each worker loads it again and reports what is wrong in the open
        log.debug("could not load the pipeline ahead", exc_info=True)


_preload()
