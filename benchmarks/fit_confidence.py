"""Fit the weights behind an event's confidence to events whose rightness is known.

    .venv/bin/python benchmarks/fit_confidence.py [--shared ../shared] [--write]

An event's confidence is a logistic model over its evidence (the named signals in the event's
`evidence` field, see docs/events.md). This script labels events three ways, with briefgen as
it is now:

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
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from briefgen.extract.events import EVIDENCE

sys.path.insert(0, os.fspath(Path(__file__).resolve().parent))
import calibration  # sibling scripts, not a package
from judged_sample import JUDGED, article_text, lines

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS = ROOT / "briefgen" / "data" / "confidence.yaml"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8)
# Fitted on few hundred events: a firm pull towards zero keeps any one signal from ruling.
REGULARISATION = 1.0

Example = tuple[tuple[str, ...], bool, str]  # evidence, right, the article it is from


def judged(briefgen: str, corpus: Path, rounds: list[str]) -> list[Example]:
    entries = []
    for folder in (JUDGED / name for name in rounds):
        for kind in ("sample", "sample_shown"):
            sample = folder / f"{kind}.jsonl"
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
            examples.setdefault(key, (tuple(now[key]["evidence"]), right, entry["article"]))
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
            (tuple(event["evidence"]), right, f"{name}:{event['source']}")
            for event, right in labelled
        ]
        print(f"{name}: {len(labelled)} events labelled")
    return examples


def matrix(examples: list[Example]) -> tuple[Any, Any, list[str]]:
    x = np.array([[name in evidence for name in EVIDENCE] for evidence, _, _ in examples], float)
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
                f"  >= {threshold:.1f}: {right:4}/{kept.sum():<4} right  {right / kept.sum():.2f}"
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
    x, y, groups = matrix(examples)
    predicted = cross_validated(x, y, groups)
    report(predicted, y, "all, cross-validated by article")
    report(predicted[: len(news)], y[: len(news)], "judged news, cross-validated by article")
    model = LogisticRegression(C=REGULARISATION).fit(x, y)
    if args.leave_out:
        unseen = judged(args.briefgen, corpus, args.leave_out)
        x_unseen, y_unseen, _ = matrix(unseen)
        report(model.predict_proba(x_unseen)[:, 1], y_unseen, "left-out rounds, fitted without")
    weights = {name: round(float(w), 3) for name, w in zip(EVIDENCE, model.coef_[0], strict=True)}
    print(f"bias {model.intercept_[0]:+.3f}")
    for name, weight in sorted(weights.items(), key=lambda item: -item[1]):
        print(f"  {name:22} {weight:+.3f}")
    if args.write:
        _write(float(model.intercept_[0]), weights, len(y), len(news))


def _write(bias: float, weights: dict[str, float], total: int, news: int) -> None:
    text = [
        "# The weights of an event's confidence: 1 / (1 + exp(-(bias + the weights of the",
        "# evidence that holds))). Fitted by benchmarks/fit_confidence.py with scikit-learn's",
        f"# LogisticRegression on {total} labelled events ({news} judged on news articles, the",
        "# rest WikiEvents and PLOVER development events); refit after changing the evidence.",
        f"bias: {bias:.3f}",
        "weights:",
        *(f"  {name}: {weight}" for name, weight in weights.items()),
    ]
    WEIGHTS.write_text("\n".join(text) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
