"""What story clustering and assembly cost against extraction, at 100, 500 and 2,000 articles.

    .venv/bin/python benchmarks/stories_cost.py [CORPUS] [--sizes 100 500 2000] [--runs 3]

Extracts the largest size once (the articles in name order, `--jobs` processes), then for each
size times `assemble` (clustering, merging within stories, ranking, key points) on the first N
extractions, and clustering alone; medians of `--runs`. Prints each against the extraction time
scaled to N, and the cost per article, so how each grows with N can be read off.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from briefgen import __version__
from briefgen.assemble import stories
from briefgen.assemble.briefing import assemble
from briefgen.extract.combine import combine
from briefgen.extract.model_info import describe
from briefgen.model.config import DEFAULT_MODEL, Config
from briefgen.parallel import Settings, extract_sources
from briefgen.read.seeds import find_seeds, read_sources

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[1] / "shared" / "corpus" / "bbc"


def median_seconds(task: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        task()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 2000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"{args.corpus}: no such corpus folder")
    found = [
        s
        for s in read_sources(find_seeds([args.corpus], args.corpus))
        if not isinstance(s, Exception)
    ]
    largest = max(args.sizes)
    sources = sorted(found, key=lambda s: s.path)[:largest]
    start = time.perf_counter()
    extractions = list(
        extract_sources(sources, Settings(DEFAULT_MODEL, None, args.jobs, None), None, None)
    )
    extract_seconds = time.perf_counter() - start
    info = describe(DEFAULT_MODEL, __version__)
    print(f"extracted {len(sources)} articles in {extract_seconds:.1f} s ({args.jobs} jobs)")
    header = ("articles", "stories", "cluster s", "assemble s", "ms/article", "% of extract")
    print(" ".join(f"{h:>10}" for h in header))
    for size in args.sizes:
        part = extractions[:size]
        merged = combine(part, info)
        names = stories._names_by_source(merged.actors, merged.events)
        reports = [stories._report(s, names.get(s.id, ())) for s in merged.sources]
        cluster = median_seconds(lambda r=reports: stories.cluster(r), args.runs)
        briefing = assemble(part, Config(), info)
        whole = median_seconds(lambda p=part: assemble(p, Config(), info), args.runs)
        share = whole / (extract_seconds * size / len(sources))
        print(
            f"{size:>10} {len(briefing.stories):>10} {cluster:>10.2f} {whole:>10.2f} "
            f"{1000 * whole / size:>10.2f} {100 * share:>11.1f}%"
        )


if __name__ == "__main__":
    main()
