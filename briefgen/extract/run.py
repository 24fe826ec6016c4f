"""Extraction of whole sources: one parsed Doc in, one Extraction out."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from briefgen import __version__
from briefgen.extract.actors import find_actors
from briefgen.extract.doctext import forget, sentences_of
from briefgen.extract.events import date_references, extract_events
from briefgen.extract.lexicon import Lexicon
from briefgen.extract.pieces import pieces, rejoin
from briefgen.extract.pipeline import parse, pipeline_info
from briefgen.extract.statements import extract_statements
from briefgen.model import Extraction, Pipeline, Sentence, Source

log = logging.getLogger(__name__)


def extract_doc(doc: Doc, source: Source, lexicon: Lexicon, pipeline: Pipeline) -> Extraction:
    index = find_actors(doc, source, lexicon)
    try:
        return Extraction(
            pipeline=pipeline,
            sources=(source,),
            actors=tuple(index.actors()),
            statements=tuple(extract_statements(doc, source, index, lexicon)),
            events=tuple(extract_events(doc, source, index, lexicon)),
            sentences=tuple(body_sentences(doc, source)),
            dates=tuple(date_references(doc, source)),
        )
    finally:
        forget(doc)


def body_sentences(doc: Doc, source: Source) -> Iterator[Sentence]:
    """The parser's sentences that lie in body paragraphs, each cut at its paragraph's end."""
    for sentence in sentences_of(doc):
        start = sentence.start_char
        if source.kind_at(start) != "body" or not sentence.text.strip():
            continue
        span = source.span_in_paragraph(start, sentence.end_char)
        if span.text:
            yield Sentence(source.id, span.start, span.end)


def extract_all(nlp: Language, sources: Iterable[Source], lexicon: Lexicon) -> Iterator[Extraction]:
    """Parse with `nlp.pipe` and extract source by source, holding one Doc at a time; a long
    source goes through in pieces and comes back whole."""
    pipeline = pipeline_info(nlp, __version__)
    parts = [(source, piece, offset) for source in sources for piece, offset in pieces(source)]
    docs = parse(nlp, (piece for _, piece, _ in parts))
    done: list[tuple[Extraction, int]] = []
    for (source, piece, offset), doc in zip(parts, docs, strict=True):
        log.debug("extracting %s at %d", source.path, offset)
        done.append((extract_doc(doc, piece, lexicon, pipeline), offset))
        if offset + len(piece.text) >= len(source.text):
            yield done[0][0] if len(done) == 1 else rejoin(source, done)
            done = []
