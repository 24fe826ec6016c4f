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
import bisect
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

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
        events = [
            e
            for e in extraction["events"]
            if stems[e["source"]] == doc["id"] and e["type"] in scorer.PRIMARY
        ]
        for event, verdict in _scored(doc, events, scorer):
            if verdict in ("unmatched", "actor_differs"):
                entry = _entry(len(entries) + 1, f"wikievents/{doc['id']}", event)
                entries.append({**entry, "scorer": verdict})
    FOLDER.mkdir(parents=True, exist_ok=True)
    with (FOLDER / "sample.jsonl").open("w", encoding="utf-8") as stream:
        stream.writelines(json.dumps(e) + "\n" for e in entries)
    print(f"{len(entries)} predictions the scorer counts against briefgen")


def _scored(
    doc: dict[str, Any], events: list[dict[str, Any]], scorer: Any
) -> list[tuple[Any, str]]:
    """Each prediction with the scorer's verdict: `matched`, `actor_differs`, `neutral` (a
    death or injury with no doer named) or `unmatched`, by the scorer's greedy matching."""
    sentences = [tuple(s) for s in doc["sentences"]]
    starts = [s for s, _ in sentences]

    def sentence_of(position: int) -> int | None:
        i = bisect.bisect_right(starts, position) - 1
        return i if i >= 0 and position < sentences[i][1] else None

    gold = [(g, g.get("plover", scorer.plover_family(g["kairos"], g["trigger"]["text"])))
            for g in doc["events"]]  # fmt: skip
    gold = [(g, family) for g, family in gold if family]
    pairs = []
    for gi, (g, family) in enumerate(gold):
        for pi, p in enumerate(events):
            start = p["trigger"]["start"]
            if sentence_of(start) != g["sentence"] or p["type"] not in scorer.FAMILIES[family]:
                continue
            actor = bool(g["agents"]) and scorer.side_ok(p["actors"], g["agents"], doc["text"])
            target = bool(g["patients"]) and scorer.side_ok(
                p["targets"], g["patients"], doc["text"]
            )
            trigger = g["trigger"]
            over = max(start, trigger["start"]) < min(p["trigger"]["end"], trigger["end"])
            pairs.append((-(actor + target), -over, abs(start - trigger["start"]), gi, pi, actor))
    taken: dict[int, tuple[int, bool]] = {}
    used = set()
    for *_, gi, pi, actor in sorted(pairs):
        if gi not in used and pi not in taken:
            used.add(gi)
            taken[pi] = (gi, actor)
    scored = []
    for pi, p in enumerate(events):
        if pi in taken:
            gi, actor = taken[pi]
            right = actor if gold[gi][0]["agents"] else not p["actors"]
            scored.append((p, "matched" if right else "actor_differs"))
            continue
        trigger = p["trigger"]
        neutral = p["type"] in scorer.FAMILIES["ATTACK"] and any(
            g["kairos"].startswith(("Life.Die", "Life.Injure"))
            and max(trigger["start"], g["trigger"]["start"])
            < min(trigger["end"], g["trigger"]["end"])
            for g in doc["events"]
        )
        scored.append((p, "neutral" if neutral else "unmatched"))
    return scored


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
