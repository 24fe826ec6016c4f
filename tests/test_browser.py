"""Each audience's HTML briefing in a real headless Chromium: it loads cleanly, stays offline
and has the landmarks, headings, alt text and marking a reader relies on.

Needs Chromium from the system's packages and the `playwright` package from the test extra.
`make test` installs both (or stops saying how) and requires them; a bare `pytest` without them
skips this module with the reason.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

CHROMIUM = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")
REQUIRED = os.environ.get("BRIEFGEN_BROWSER_TEST") == "required"  # set by `make test`
if CHROMIUM is None:
    why = "Chromium is not installed (apt-get install chromium; `make test` installs it)"
    if REQUIRED:
        pytest.fail(why, pytrace=False)
    pytest.skip(why, allow_module_level=True)
try:
    from playwright import sync_api
except ImportError:  # pragma: no cover - the test extra installs it
    why = "playwright is not installed (pip install -e '.[test]')"
    if REQUIRED:
        pytest.fail(why, pytrace=False)
    pytest.skip(why, allow_module_level=True)

ROOT = Path(__file__).resolve().parent.parent
CONFIG = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
AUDIENCES = sorted(CONFIG["audiences"])
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Every heading in document order, with its level; the alt attribute of every image.
HEADINGS_JS = "() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])"
IMAGES_JS = "() => [...document.images].map(i => [i.getAttribute('src'), i.getAttribute('alt')])"
# WCAG AA contrast of every visible text node not hidden from assistive technology: 4.5:1, or
# 3:1 for large text (24px, or 18.66px bold). The background is the nearest opaque ancestor's.
CONTRAST_JS = r"""() => {
  const rgb = c => c.match(/[\d.]+/g).map(Number);
  const lum = c => rgb(c).slice(0, 3).map(v => v / 255)
    .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const back = el => {
    for (let e = el; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if (rgb(c).length < 4 || rgb(c)[3] > 0) return c;
    }
    return "rgb(255, 255, 255)";
  };
  const low = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const el = walk.currentNode.parentElement, style = getComputedStyle(el);
    if (!walk.currentNode.textContent.trim() || !el.checkVisibility({visibilityProperty: true})
        || el.closest("[aria-hidden=true]")) continue;
    const [a, b] = [lum(style.color), lum(back(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
    const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < need) low.push(`${el.tagName}.${el.className} ${ratio.toFixed(2)}:1 `
      + `${style.color} on ${back(el)}: ${walk.currentNode.textContent.trim().slice(0, 40)}`);
  }
  return low;
}"""


@dataclass
class Loaded:
    """A briefing open in the browser, with what happened while it loaded."""

    page: Any
    url: str
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    shutil.copy(ROOT / "config.yaml", folder / "config.yaml")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    command = [sys.executable, "-m", "briefgen", "build"]
    result = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module", params=AUDIENCES)
def loaded(request: pytest.FixtureRequest, project: Path, browser: Any) -> Iterator[Loaded]:
    path = project / CONFIG.get("output", "out") / request.param / "briefing.html"
    context = browser.new_context()
    page = context.new_page()
    result = Loaded(page=page, url=path.resolve().as_uri())
    page.on(
        "console",
        lambda m: m.type in ("error", "warning") and result.console.append(f"{m.type}: {m.text}"),
    )
    page.on("pageerror", lambda error: result.errors.append(str(error)))
    page.on("request", lambda r: result.requests.append(r.url))
    page.goto(result.url, wait_until="networkidle")
    yield result
    context.close()


def test_loads_without_console_messages_or_errors(loaded: Loaded) -> None:
    assert loaded.console == []
    assert loaded.errors == []


def test_makes_no_network_requests(loaded: Loaded) -> None:
    others = [u for u in loaded.requests if u != loaded.url and not u.startswith("data:")]
    assert others == []
    assert loaded.url in loaded.requests


def test_has_one_of_each_landmark_and_a_language(loaded: Loaded) -> None:
    page = loaded.page
    assert page.locator("main").count() == 1
    assert page.locator("body > header").count() == 1
    assert page.locator("body > footer").count() == 1
    assert (page.get_attribute("html", "lang") or "").strip()


def test_headings_start_at_one_h1_and_never_skip_a_level(loaded: Loaded) -> None:
    levels = loaded.page.evaluate(HEADINGS_JS)
    assert levels[:1] == [1] and levels.count(1) == 1, levels
    skips = [(a, b) for a, b in itertools.pairwise(levels) if b > a + 1]
    assert skips == [], levels


def test_every_image_has_alt_text(loaded: Loaded) -> None:
    missing = [src for src, alt in loaded.page.evaluate(IMAGES_JS) if alt is None]
    assert missing == []


@pytest.mark.parametrize("media", ["screen", "print"])
def test_text_has_enough_contrast(loaded: Loaded, media: str) -> None:
    loaded.page.emulate_media(media=media)
    try:
        assert loaded.page.evaluate(CONTRAST_JS) == []
    finally:
        loaded.page.emulate_media(media="screen")


def test_marking_is_visible_at_top_and_bottom(
    loaded: Loaded, request: pytest.FixtureRequest
) -> None:
    audience = request.node.callspec.params["loaded"]
    marking = f"TLP:{CONFIG['audiences'][audience]['tlp']}".upper()
    page = loaded.page
    top, bottom = page.locator("header .marking-top"), page.locator("footer .marking-bottom")
    for copy in (top, bottom):
        assert copy.count() == 1 and copy.is_visible()
        assert copy.inner_text().strip() == marking
    main = page.locator("main").bounding_box()
    top_box, bottom_box = top.bounding_box(), bottom.bounding_box()
    assert main and top_box and bottom_box
    assert top_box["y"] + top_box["height"] <= main["y"]
    assert bottom_box["y"] >= main["y"] + main["height"]
