"""How far an event's confidence can be trusted: precision by confidence band on the dev sets.

    .venv/bin/python benchmarks/calibration.py [--shared ../shared] [--briefgen .venv/bin/briefgen]

Runs `briefgen extract` over the WikiEvents and PLOVER development sets (read from ../shared,
never copied) and labels each event the way their scorers do:

- WikiEvents: an event of a scored type is right when it matches a gold event one to one
  (same sentence, same PLOVER family; the scorer's greedy matching) and its actor is right
  (or both name none). An unmatched attack on a death with no named doer is left out, as the
  scorer leaves it out of precision.
- PLOVER: an event of the sentence's gold type is right when its actor and target are right
  (where the gold names them); events of other types are not judged.

It prints, per confidence band and for events at or above 0.8, how many are right.
"""

from __future__ import annotations

import argparse
import bisect
import importlib
import itertools
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)


def extract(briefgen: str, records: Iterable[tuple[str, str]], work: Path) -> dict[str, Any]:
    seeds = work / "seeds"
    seeds.mkdir(parents=True)
    for name, text in records:
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
    out = work / "extraction.json"
    command = [briefgen, "extract", str(seeds), "--json", str(out), "-q"]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def by_document(extraction: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    stem = {s["id"]: Path(s["path"]).stem for s in extraction["sources"]}
    found: dict[str, list[dict[str, Any]]] = {}
    for event in extraction["events"]:
        found.setdefault(stem[event["source"]], []).append(event)
    return found


Labelled = list[tuple[dict[str, Any], bool]]


def wikievents(shared: Path, briefgen: str) -> Labelled:
    scorer = importlib.import_module("score_docevents")
    gold = [json.loads(line) for line in (shared / "eval" / "wikievents_dev.jsonl").open()]
    with tempfile.TemporaryDirectory() as work:
        events = by_document(extract(briefgen, ((g["id"], g["text"]) for g in gold), Path(work)))
    labelled: Labelled = []
    for doc in gold:
        labelled += _label_document(scorer, doc, events.get(doc["id"], []))
    return labelled


def _label_document(scorer: Any, doc: dict[str, Any], events: list[Any]) -> Labelled:
    # a death or injury the gold gives no doer is neither right nor wrong, as in the scorer
    return [(p, verdict == "matched") for p, verdict in scored(scorer, doc, events)
            if verdict != "neutral"]  # fmt: skip


def scored(scorer: Any, doc: dict[str, Any], events: list[Any]) -> list[tuple[Any, str]]:
    """Each prediction of a scored family with the scorer's verdict, by its greedy matching:
    `matched`, `actor_differs` (matched, the actor counted wrong), `neutral` (an attack on a
    death or injury the gold gives no doer) or `unmatched`."""
    text, sentences = doc["text"], [tuple(s) for s in doc["sentences"]]
    starts = [s for s, _ in sentences]

    def sentence_of(position: int) -> int | None:
        i = bisect.bisect_right(starts, position) - 1
        return i if i >= 0 and position < sentences[i][1] else None

    gold = []
    for g in doc["events"]:
        family = g.get("plover", scorer.plover_family(g["kairos"], g["trigger"]["text"]))
        if family:
            gold.append((g, family))
    predicted = [e for e in events if e["type"] in scorer.PRIMARY]
    pairs = []
    for gi, (g, family) in enumerate(gold):
        for pi, p in enumerate(predicted):
            start = p["trigger"]["start"]
            if sentence_of(start) != g["sentence"] or p["type"] not in scorer.FAMILIES[family]:
                continue
            actor = bool(g["agents"]) and scorer.side_ok(p["actors"], g["agents"], text)
            target = bool(g["patients"]) and scorer.side_ok(p["targets"], g["patients"], text)
            overlap = max(start, g["trigger"]["start"]) < min(
                p["trigger"]["end"], g["trigger"]["end"]
            )
            pairs.append(
                (-(actor + target), -overlap, abs(start - g["trigger"]["start"]), gi, pi, actor)
            )
    used_gold: set[int] = set()
    right: dict[int, bool] = {}
    for *_, gi, pi, actor in sorted(pairs):
        if gi in used_gold or pi in right:
            continue
        used_gold.add(gi)
        g = gold[gi][0]
        right[pi] = actor if g["agents"] else not predicted[pi]["actors"]
    verdicts = []
    for pi, p in enumerate(predicted):
        if pi in right:
            verdicts.append((p, "matched" if right[pi] else "actor_differs"))
        else:
            verdicts.append((p, "neutral" if _on_a_death(scorer, doc, p) else "unmatched"))
    return verdicts


def _on_a_death(scorer: Any, doc: dict[str, Any], event: dict[str, Any]) -> bool:
    start, end = event["trigger"]["start"], event["trigger"]["end"]
    return event["type"] in scorer.FAMILIES["ATTACK"] and any(
        g["kairos"].startswith(("Life.Die", "Life.Injure"))
        and max(start, g["trigger"]["start"]) < min(end, g["trigger"]["end"])
        for g in doc["events"]
    )


def plover(shared: Path, briefgen: str) -> Labelled:
    scorer = importlib.import_module("score_events")
    gold = [json.loads(line) for line in (shared / "eval" / "plover_dev.jsonl").open()]
    with tempfile.TemporaryDirectory() as work:
        events = by_document(extract(briefgen, ((g["id"], g["text"]) for g in gold), Path(work)))
    labelled: Labelled = []
    for g in gold:
        for event in events.get(g["id"], []):
            if event["type"] != g["type"]:
                continue
            actor = not g["sources"] or scorer.side_ok(event["actors"], g["sources"], g["text"])
            target = not g["targets"] or scorer.side_ok(event["targets"], g["targets"], g["text"])
            labelled.append((event, actor and target))
    return labelled


def report(name: str, labelled: Labelled) -> None:
    print(f"{name}: {len(labelled)} events judged")
    scored = [(event["confidence"], right) for event, right in labelled]
    for low, high in itertools.pairwise(BANDS):
        band = [right for confidence, right in scored if low <= confidence < high]
        if band:
            print(f"  {low:.1f}-{min(high, 1.0):.1f}  " + _share(band))
    sure = [right for confidence, right in scored if confidence >= 0.8]
    if sure:
        print("  >= 0.8   " + _share(sure))


def _share(right: list[bool]) -> str:
    return f"{sum(right):4}/{len(right):<4} right  {sum(right) / len(right):.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--briefgen", default=str(ROOT / ".venv" / "bin" / "briefgen"))
    args = parser.parse_args()
    sys.path.insert(0, os.fspath(args.shared / "eval"))
    report("WikiEvents dev (type and actor right)", wikievents(args.shared, args.briefgen))
    report("PLOVER dev (the gold type's sides right)", plover(args.shared, args.briefgen))


if __name__ == "__main__":
    main()
