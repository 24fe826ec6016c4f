"""Shared fixtures: the spaCy pipeline is loaded once for the whole session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from briefgen.extract import pipeline as nlp
from briefgen.extract.lexicon import Lexicon, load_lexicon
from briefgen.extract.run import extract_doc
from briefgen.model import Extraction, Source
from briefgen.model.config import DEFAULT_MODEL
from briefgen.read.paragraphs import split_paragraphs

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_748fcdded8e4d33f.txt"

Extract = Callable[..., Extraction]


@pytest.fixture(scope="session")
def pipeline() -> Language:
    return nlp.load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon()


def make_source(text: str, published: str | None = None, markdown: bool = False) -> Source:
    return Source(
        id="test",
        path="test.txt",
        title="Test",
        published=published,
        text=text,
        paragraphs=split_paragraphs(text, markdown=markdown),
    )


@pytest.fixture(scope="session")
def extract(pipeline: Language, lexicon: Lexicon) -> Extract:
    """Extraction of a short text written in the test."""

    def run(text: str, published: str | None = None) -> Extraction:
        source = make_source(text, published)
        info = nlp.pipeline_info(pipeline, "test")
        return extract_doc(pipeline(nlp.source_doc(pipeline, source)), source, lexicon, info)

    return run
