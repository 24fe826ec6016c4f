"""Golden outputs, in Pelican's manner: the example project's master briefing and each audience's
page, compared byte for byte with the copies checked in under tests/golden/.

After an intended change, refresh them with `make golden` (which runs this module with
`--refresh-golden`) and read the diff before committing it.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"
# The master briefing sits in the project's state folder; the audiences' pages in out/.
FILES = (
    ".briefgen/briefing.json",
    "out/executive/briefing.html",
    "out/press/briefing.html",
    "out/analyst/briefing.html",
)


@pytest.mark.parametrize("name", FILES)
def test_the_example_builds_its_golden_output(
    example_build: Path, name: str, request: pytest.FixtureRequest
) -> None:
    produced = (example_build / name).read_text(encoding="utf-8")
    if name.endswith(".json"):  # the master is written unindented; its golden is for reading
        produced = json.dumps(json.loads(produced), ensure_ascii=False, indent=1) + "\n"
    golden = GOLDEN / name.removeprefix(".briefgen/").removeprefix("out/")
    if request.config.getoption("--refresh-golden"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(produced, encoding="utf-8")
        return
    assert golden.is_file(), f"no golden copy of {name}: run `make golden`"
    expected = golden.read_text(encoding="utf-8")
    if produced != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), produced.splitlines(), f"golden/{name}", name, lineterm=""
        )
        shown = "\n".join(list(diff)[:80])
        pytest.fail(f"{name} differs from its golden copy (`make golden` if intended):\n{shown}")
