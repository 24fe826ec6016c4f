"""A morning's folder as a new user drops it in: N BBC politics articles, one `briefgen build`.

    .venv/bin/python benchmarks/morning.py [--n 94] [--seed 94] [--keep DIR] [--png]

Draws N politics articles from ../shared/corpus/bbc with a fixed seed (read at run time, never
copied into the repository), builds them in a fresh project made by `briefgen init` (executive
cut `pages: 1`), and prints the story list and what issue 12 asks of the page: every key point
from a different story, the executive page naming the top stories by headline on one page, and
no act dated before the earliest report in the main timeline. `--png` also writes the executive
page as `executive.png` in the project (pdftoppm, from Poppler); the page count is read with
pypdf (installed with the test extras).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from markupsafe import escape
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=94)
    parser.add_argument("--seed", type=int, default=94)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--png", action="store_true")
    parser.add_argument("--briefgen", default=str(ROOT / ".venv" / "bin" / "briefgen"))
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="briefgen-morning-"))
    if folder.exists():
        shutil.rmtree(folder)
    subprocess.run([args.briefgen, "init", str(folder)], check=True, capture_output=True)
    for example in (folder / "seeds").iterdir():
        example.unlink()
    articles = sorted(CORPUS.glob("bbc_politics_*.txt"))
    for article in random.Random(args.seed).sample(articles, args.n):
        shutil.copy(article, folder / "seeds" / article.name)
    subprocess.run([args.briefgen, "build", "-q"], cwd=folder, check=True)
    report(folder)
    if args.png:
        pdf = folder / "out" / "executive" / "briefing.pdf"
        if shutil.which("pdftoppm") is None:
            sys.exit("--png needs pdftoppm from Poppler (Debian: apt-get install poppler-utils)")
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", pdf, folder / "executive"])
        print(f"\nexecutive page: {folder / 'executive.png'}")


def report(folder: Path) -> None:
    out = folder / "out"
    briefing = json.loads((folder / ".briefgen" / "briefing.json").read_text(encoding="utf-8"))
    executive = json.loads((out / "executive" / "briefing.json").read_text(encoding="utf-8"))
    analyst = json.loads((out / "analyst" / "briefing.json").read_text(encoding="utf-8"))
    titles = {s["id"]: s["title"] for s in briefing["sources"]}
    stories = briefing["stories"]
    print(f"{len(briefing['sources'])} sources, {len(stories)} stories")
    for story in stories:
        if len(story["sources"]) > 1 or story["rank"] <= 10:
            print(f"{story['rank']:>3}. {story['headline']} ({len(story['sources'])} reports)")
            for source in story["sources"]:
                print(f"       - {titles[source]}")
    story_of = {source: s["id"] for s in stories for source in s["sources"]}
    cited = [story_of[point["source"]] for point in executive["key_points"]]
    html = (out / "executive" / "briefing.html").read_text(encoding="utf-8")
    shown = [view["story"]["headline"] for view in executive["stories"]]
    earliest = briefing["period"][0] if briefing.get("period") else None
    early = [e for e in analyst["events"] if earliest and e["date"] and e["date"] < earliest]
    page_count = len(PdfReader(out / "executive" / "briefing.pdf").pages)
    on_page = all(escape(headline) in html for headline in shown)
    print(f"\nkey points: {len(cited)}, from {len(set(cited))} different stories")
    print(f"executive stories by headline: {shown}; all on the page: {on_page}")
    print(f"executive pages: {page_count}")
    print(f"reporting period: {briefing.get('period')}")
    print(f"main timeline: {len(analyst['events'])} acts, {len(early)} before the first report")
    print(f"background (older acts, shown apart): {len(analyst['background'])}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
