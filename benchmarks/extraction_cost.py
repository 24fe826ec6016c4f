"""What briefgen's extractors cost beyond spaCy's own parse, stage by stage.

    .venv/bin/python benchmarks/extraction_cost.py [CORPUS] [--limit N] [--repeat R]

Parses the corpus once with `nlp.pipe` (single process, so the stages are comparable), then
times actors, statements, events, body sentences and date references (the key dates' input)
over the same Docs. Prints medians of R runs and the
ratio of each stage to the parse. Default corpus: ../shared/corpus/bbc.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from briefgen.extract import pipeline as nlp
from briefgen.extract.actors import find_actors
from briefgen.extract.events import date_references, extract_events
from briefgen.extract.lexicon import load_lexicon
from briefgen.extract.run import body_sentences
from briefgen.extract.statements import extract_statements
from briefgen.model.config import DEFAULT_MODEL
from briefgen.read.seeds import find_seeds, read_sources

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc"


def timed(step: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        began = time.perf_counter()
        step()
        runs.append(time.perf_counter() - began)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = find_seeds([args.corpus])[: args.limit]
    sources = [s for s in read_sources(paths) if not isinstance(s, Exception)]
    pipeline, lexicon = nlp.load(DEFAULT_MODEL), load_lexicon()
    parse = timed(lambda: list(nlp.parse(pipeline, sources)), args.repeat)
    docs = list(nlp.parse(pipeline, sources))
    pairs = list(zip(docs, sources, strict=True))
    indexes = [find_actors(d, s, lexicon) for d, s in pairs]
    stages = {
        "actors": lambda: [find_actors(d, s, lexicon) for d, s in pairs],
        "statements": lambda: [
            extract_statements(d, s, i, lexicon) for (d, s), i in zip(pairs, indexes, strict=True)
        ],
        "events": lambda: [
            extract_events(d, s, i, lexicon) for (d, s), i in zip(pairs, indexes, strict=True)
        ],
        "sentences": lambda: [list(body_sentences(d, s)) for d, s in pairs],
        "dates": lambda: [list(date_references(d, s)) for d, s in pairs],
    }
    tokens = sum(len(d) for d in docs)
    print(f"corpus      {args.corpus} ({len(sources)} articles, {tokens} tokens)")
    print(f"parse       {parse:7.2f} s  (nlp.pipe, 1 process, median of {args.repeat})")
    total = 0.0
    for name, step in stages.items():
        seconds = timed(step, args.repeat)
        total += seconds
        print(f"{name:11} {seconds:7.2f} s  {100 * seconds / parse:5.1f}% of the parse")
    print(f"extraction  {total:7.2f} s  {100 * total / parse:5.1f}% of the parse")


if __name__ == "__main__":
    main()
