"""Extraction: plain typed functions over spaCy Docs; no spaCy object leaves this package."""

# Where a build names its pipeline (JSON: [model, lexicon or null]) for the fork server its
# parse's workers are forked from to load ahead (`briefgen.extract.preloaded`). Imported by
# the main process, which never imports spaCy: nothing else may be imported here.
PRELOAD_PIPELINE = "BRIEFGEN_PRELOAD_PIPELINE"
