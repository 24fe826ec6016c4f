"""Fit the weights behind an event's confidence to events whose rightness is known.

    .venv/bin/python benchmarks/fit_confidence.py [--shared ../shared] [--write]

An event's confidence is a logistic model over its evidence (the named signals in the event's
`evidence` field, see docs/events.md), its type and the lexicon entry its trigger matched (the
`entry:` signal; an entry seen fewer than MIN_SEEN times among the labelled events gets no
weight of its own, so no one judged event teaches the model a word). This script labels
events three ways, with briefgen as it is now:

- the WikiEvents and PLOVER development sets, the way `calibration.py` labels them (type and
  actor right by the gold);
- the judged samples in `benchmarks/judged/ROUND/`: an event is right when its judges found
  type and actor right. A verdict counts only while briefgen still extracts that event as it
  was judged (same article, trigger, type, actors and targets); the others are left out.

It fits scikit-learn's `LogisticRegression` to the evidence, prints the weights and, from
five-fold cross-validation grouped by article, how precise the events at or above each
threshold are on articles the fit did not see; `--write` stores the weights in
`briefgen/data/confidence.yaml`. Rounds left out with `--leave-out ROUND` stay unseen, so a
later round can measure the result honestly.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from briefgen.extract.events import ENTRY, EVIDENCE

sys.path.insert(0, os.fspath(Path(__file__).resolve().parent))
import calibration  # sibling scripts, not a package
from judged_sample import JUDGED, article_text, lines

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS = ROOT / "briefgen" / "data" / "confidence.yaml"
THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)
# Fitted on few hundred events: a firm pull towards zero keeps any one signal from ruling.
REGULARISATION = 1.0
MIN_SEEN = 3  # events an entry needs among the labelled ones to be weighed on its own
TYPE = "type:"  # the feature that names an event's type, beside its evidence

Example = tuple[tuple[str, ...], bool, str]  # features, right, the article it is from


def judged(briefgen: str, corpus: Path, rounds: list[str]) -> list[Example]:
    entries = []
    for folder in (JUDGED / name for name in rounds):
        for kind in ("sample", "sample_shown"):
            sample = folder / f"{kind}.jsonl"
            if not sample.exists():
                continue  # a round that drew shown events only (round 50)
            verdicts = {
                v["n"]: v
                for part in sorted(folder.glob(f"verdicts_{kind.replace('sample_', '')}_*.jsonl"))
                for v in lines(part)
            }
            entries += [(e, verdicts[e["n"]]) for e in lines(sample) if e["n"] in verdicts]
    articles = sorted({entry["article"] for entry, _ in entries})
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "extraction.json"
        # every article written out under its sample name, Timeline17 ones included
        paths, named = [], {}
        for number, name in enumerate(articles):
            path = Path(work) / f"{number:04}.txt"
            path.write_text(article_text(name, corpus), encoding="utf-8")
            paths.append(str(path))
            named[path.name] = name
        command = [briefgen, "extract", *paths, "--json", str(out), "-q"]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        extraction = json.loads(out.read_text(encoding="utf-8"))
    names = {s["id"]: named[Path(s["path"]).name] for s in extraction["sources"]}
    now = {_key(names[e["source"]], e): e for e in extraction["events"]}
    examples: dict[tuple[Any, ...], Example] = {}
    for entry, verdict in entries:
        key = _key(entry["article"], entry)
        if key in now:
            right = bool(verdict["type_right"] and verdict["actor_right"])
            examples.setdefault(key, (features(now[key]), right, entry["article"]))
    print(f"judged {', '.join(rounds)}: {len(examples)} of {len(entries)} verdicts still apply")
    return list(examples.values())


def _key(article: str, event: dict[str, Any]) -> tuple[Any, ...]:
    trigger = event["trigger"]
    start = trigger[0] if isinstance(trigger, list) else trigger["start"]
    return (
        article,
        start,
        event["type"],
        tuple(p["name"] for p in event["actors"]),
        tuple(p["name"] for p in event["targets"]),
    )


def gold_labelled(shared: Path, briefgen: str) -> list[Example]:
    sys.path.insert(0, os.fspath(shared / "eval"))
    examples = []
    for name, labelled in (
        ("wikievents", calibration.wikievents(shared, briefgen)),
        ("plover", calibration.plover(shared, briefgen)),
    ):
        examples += [
            (features(event), right, f"{name}:{event['source']}") for event, right in labelled
        ]
        print(f"{name}: {len(labelled)} events labelled")
    return examples


def features(event: dict[str, Any]) -> tuple[str, ...]:
    """What the confidence rests on: the event's evidence and its type."""
    return (*event["evidence"], TYPE + event["type"])


def vocabulary(examples: list[Example]) -> list[str]:
    """Every named signal and type; the entries seen at least MIN_SEEN times."""
    seen = Counter(name for held, _, _ in examples for name in set(held))
    return [
        *EVIDENCE,
        *sorted(n for n in seen if n.startswith(TYPE)),
        *sorted(n for n in seen if n.startswith(ENTRY) and seen[n] >= MIN_SEEN),
    ]


def matrix(examples: list[Example], names: list[str]) -> tuple[Any, Any, list[str]]:
    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(examples), len(names)))
    for row, (held, _, _) in enumerate(examples):
        for name in held:
            if name in column:
                x[row, column[name]] = 1.0
    y = np.array([right for _, right, _ in examples], int)
    return x, y, [article for _, _, article in examples]


def cross_validated(x: Any, y: Any, groups: list[str]) -> Any:
    """Each event's confidence from a model fitted without its article."""
    predicted = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=5).split(x, y, groups):
        model = LogisticRegression(C=REGULARISATION).fit(x[train], y[train])
        predicted[test] = model.predict_proba(x[test])[:, 1]
    return predicted


def report(predicted: Any, y: Any, label: str) -> None:
    print(f"{label}: {len(y)} events, {y.mean():.2f} right")
    for threshold in THRESHOLDS:
        kept = predicted >= threshold
        if kept.any():
            right = int(y[kept].sum())
            print(
                f"  >= {threshold:.2f}: {right:4}/{kept.sum():<4} right  {right / kept.sum():.2f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--briefgen", default=str(ROOT / ".venv" / "bin" / "briefgen"))
    parser.add_argument("--leave-out", action="append", default=[])
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    corpus = args.shared / "corpus" / "bbc"
    rounds = sorted(p.name for p in JUDGED.iterdir() if p.is_dir())
    news = judged(args.briefgen, corpus, [r for r in rounds if r not in args.leave_out])
    examples = news + gold_labelled(args.shared, args.briefgen)
    names = vocabulary(examples)
    x, y, groups = matrix(examples, names)
    predicted = cross_validated(x, y, groups)
    report(predicted, y, "all, cross-validated by article")
    report(predicted[: len(news)], y[: len(news)], "judged news, cross-validated by article")
    model = LogisticRegression(C=REGULARISATION).fit(x, y)
    if args.leave_out:
        unseen = judged(args.briefgen, corpus, args.leave_out)
        x_unseen, y_unseen, _ = matrix(unseen, names)
        report(model.predict_proba(x_unseen)[:, 1], y_unseen, "left-out rounds, fitted without")
    weights = {name: round(float(w), 3) for name, w in zip(names, model.coef_[0], strict=True)}
    print(f"bias {model.intercept_[0]:+.3f}; the 40 heaviest of {len(weights)} weights:")
    for name, weight in sorted(weights.items(), key=lambda item: -abs(item[1]))[:40]:
        print(f"  {name:30} {weight:+.3f}")
    if args.write:
        _write(float(model.intercept_[0]), weights, len(y), len(news))


def _write(bias: float, weights: dict[str, float], total: int, news: int) -> None:
    def part(prefix: str) -> dict[str, float]:
        return {n.removeprefix(prefix): w for n, w in weights.items() if n.startswith(prefix)}

    fitted = {
        "bias": round(bias, 3),
        "weights": {n: w for n, w in weights.items() if n in EVIDENCE},
        "types": part(TYPE),
        "entries": part(ENTRY),
    }
    header = [
        "# The weights of an event's confidence: 1 / (1 + exp(-(bias + the weights of the",
        "# evidence that holds, of its type and of its lexicon entry))). Fitted by",
        "# benchmarks/fit_confidence.py with scikit-learn's LogisticRegression on",
        f"# {total} labelled events ({news} judged on news articles, the rest WikiEvents and",
        f"# PLOVER development events); entries seen fewer than {MIN_SEEN} times are left out.",
        "# Refit after changing the evidence or the lexicon.",
    ]
    body = yaml.safe_dump(fitted, sort_keys=False, allow_unicode=True, width=100)
    WEIGHTS.write_text("\n".join(header) + "\n" + body, encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
