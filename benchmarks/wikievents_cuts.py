"""WikiEvents dev scored at each confidence cut: can precision be bought with recall?

    .venv/bin/python benchmarks/wikievents_cuts.py

Runs `briefgen extract` once over the WikiEvents development documents (read from ../shared at
run time, as `run_docevents.py` does), then scores the extraction with its own scorer
(`score_docevents.score`) keeping only the events at or above each cut: everything, realised or
intended only, and confidence 0.3 to 0.8. The issue's goals are event precision >= 0.80,
recall >= 0.50 and full precision >= 0.65, together.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(EVAL))

import score_docevents  # noqa: E402

Event = dict[str, Any]


def main() -> None:
    gold = [json.loads(line) for line in (EVAL / "wikievents_dev.jsonl").open(encoding="utf-8")]
    with tempfile.TemporaryDirectory(prefix="briefgen-cuts-") as folder:
        seeds, out = Path(folder) / "seeds", Path(folder) / "extraction.json"
        seeds.mkdir()
        for document in gold:
            (seeds / f"{document['id']}.txt").write_text(document["text"], encoding="utf-8")
        command = [str(ROOT / ".venv" / "bin" / "briefgen"), "extract", str(seeds), "-q"]
        subprocess.run([*command, "--json", str(out)], check=True, cwd=folder)
        extraction = json.loads(out.read_text(encoding="utf-8"))
    cuts: list[tuple[str, Callable[[Event], bool]]] = [
        ("everything", lambda e: True),
        ("realised or intended", lambda e: e["modality"] in ("realised", "intended")),
    ]
    for least in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        cuts.append((f"confidence >= {least}", lambda e, least=least: e["confidence"] >= least))
    print(f"{'cut':24} {'events':>6} {'P':>6} {'R':>6} {'full P':>7}  all three goals")
    for name, keep in cuts:
        kept = {**extraction, "events": [e for e in extraction["events"] if keep(e)]}
        r = score_docevents.score(gold, kept)
        p, rec, full = r["event_precision"], r["event_recall"], r["full_precision"]
        met = p >= 0.80 and rec >= 0.50 and full >= 0.65
        print(f"{name:24} {r['predicted_events']:6} {p:6.3f} {rec:6.3f} {full:7.3f}  {met}")


if __name__ == "__main__":
    main()
