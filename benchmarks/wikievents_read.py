"""WikiEvents dev read by hand: the predictions its scorer counts against briefgen, judged.

    .venv/bin/python benchmarks/wikievents_read.py draw
    .venv/bin/python benchmarks/judged_sample.py show benchmarks/wikievents_read/sample.jsonl 1 10
    .venv/bin/python benchmarks/wikievents_read.py score

The WikiEvents scorer (`../shared/eval/score_docevents.py`) counts a prediction wrong when no
gold event of its family sits in its sentence (`unmatched`), and a matched one's actor wrong
when the gold names no agent but briefgen names a doer (`actor_differs`: full precision wants
both empty). The gold leaves some acts unannotated and some re-mentions of an attack annotated
in one paragraph and not the next, so the scorer's precision is a lower bound. `draw` extracts
the development documents (read from ../shared at run time, never copied) and writes every
such prediction to `benchmarks/wikievents_read/sample.jsonl`, in the judged samples' format
with the article named `wikievents/ID`; judges apply `benchmarks/judged/RULES.md` with the
article at hand and write `verdicts_*.jsonl`; `score` tallies them beside the scorer's figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from calibration import scored
from judged_sample import ROOT, _entry, lines

EVAL = ROOT.parent / "shared" / "eval"
GOLD = EVAL / "wikievents_dev.jsonl"
FOLDER = ROOT / "benchmarks" / "wikievents_read"


def draw(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(EVAL))
    import score_docevents as scorer  # the scorer's own rules, read at run time

    gold = lines(GOLD)
    with tempfile.TemporaryDirectory() as work:
        for doc in gold:
            (Path(work) / f"{doc['id']}.txt").write_text(doc["text"], encoding="utf-8")
        out = Path(work) / "extraction.json"
        command = [args.briefgen, "extract", work, "--json", str(out), "-q"]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        extraction = json.loads(out.read_text(encoding="utf-8"))
    stems = {s["id"]: Path(s["path"]).stem for s in extraction["sources"]}
    entries = []
    for doc in gold:
        events = [e for e in extraction["events"] if stems[e["source"]] == doc["id"]]
        for event, verdict in scored(scorer, doc, events):
            if verdict in ("unmatched", "actor_differs"):
                entry = _entry(len(entries) + 1, f"wikievents/{doc['id']}", event)
                entries.append({**entry, "scorer": verdict})
    FOLDER.mkdir(parents=True, exist_ok=True)
    with (FOLDER / "sample.jsonl").open("w", encoding="utf-8") as stream:
        stream.writelines(json.dumps(e) + "\n" for e in entries)
    print(f"{len(entries)} predictions the scorer counts against briefgen")


def score(args: argparse.Namespace) -> None:
    sample = {e["n"]: e for e in lines(FOLDER / "sample.jsonl")}
    verdicts = [v for part in sorted(FOLDER.glob("verdicts_*.jsonl")) for v in lines(part)]
    for kind in ("unmatched", "actor_differs"):
        judged = [v for v in verdicts if sample[v["n"]]["scorer"] == kind]
        right = [v for v in judged if v["type_right"] and v["actor_right"]]
        print(f"{kind:14} {len(judged):3} judged; right by type and actor: {len(right)}")
    print("wrong by type or actor:")
    for v in sorted(verdicts, key=lambda v: v["n"]):
        if not (v["type_right"] and v["actor_right"]):
            e = sample[v["n"]]
            print(f"  #{v['n']:<3} {e['article']} {e['type']}: {v['note']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("draw")
    drawing.add_argument("--briefgen", default=str(ROOT / ".venv" / "bin" / "briefgen"))
    commands.add_parser("score")
    args = parser.parse_args()
    {"draw": draw, "score": score}[args.command](args)


if __name__ == "__main__":
    main()
