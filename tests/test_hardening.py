"""Bad input, hostile text and faults: one clear line naming the file, nothing lost."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_748fcdded8e4d33f.txt"
GOOD = "Norway criticised Russia on Monday, officials said.\n"


def briefgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "briefgen", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr, result.stderr
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "config.yaml").write_text(
        "title: Test\naudiences:\n  brief: {template: executive.html.j2, tlp: RED}\n",
        encoding="utf-8",
    )
    return tmp_path


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "no text"),
        ("blank.txt", b" \n\t\n  \n", "no text"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("bad-utf8.txt", b"Good line.\nCaf\xe9 cr\xe8me.\n", "bad-utf8.txt:2: not valid UTF-8"),
        ("latin1.txt", "Zürich fiel.".encode("latin-1"), "latin1.txt:1: not valid UTF-8"),
        ("unclosed.md", b"---\ntitle: x\nNo end.\n", "unclosed.md:1: front matter"),
        ("list.md", b"---\n- a\n---\nBody text.\n", "list.md:2: front matter must be a mapping"),
        ("tag.md", b"---\nx: !!python/object/apply:os.system [ls]\n---\nBody.\n", "tag.md:2:"),
        ("badtlp.md", b"---\ntlp: PURPLE\n---\nBody text here.\n", "badtlp.md:2: unknown TLP"),
    ],
)
def test_bad_seed_is_one_line_and_the_rest_still_builds(
    project: Path, name: str, content: bytes, message: str
) -> None:
    (project / "seeds" / name).write_bytes(content)
    result = briefgen("build", cwd=project)
    assert result.returncode == 0
    assert message in one_line(result)
    assert (project / "out" / "brief" / "briefing.pdf").is_file()
    assert briefgen("build", "--strict", cwd=project).returncode == 1


@pytest.mark.parametrize(
    "content",
    [
        "Line one.\r\nLine two, with “quotes,” said Ana Lopez.\r\n".encode(),
        "\ufeffA BOM in UTF-8, said Ana Lopez.\n".encode(),
        "A UTF-16 text, said Ana Lopez.\n".encode("utf-16"),
    ],
)
def test_readable_encodings_and_line_ends_build(project: Path, content: bytes) -> None:
    (project / "seeds" / "other.txt").write_bytes(content)
    result = briefgen("build", "--strict", cwd=project)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "name", ["with space.txt", "ünïcödé-Москва.txt", "new\nline.txt", "quote'\"name.txt"]
)
def test_odd_file_names(project: Path, name: str) -> None:
    (project / "seeds" / name).write_text(GOOD, encoding="utf-8")
    result = briefgen("build", "--strict", cwd=project)
    assert result.returncode == 0, result.stderr
    (project / "seeds" / name).write_bytes(b"caf\xe9 au lait\n")
    broken = briefgen("build", cwd=project)
    assert "\n" not in one_line(broken).strip()


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("title: x\n\taudiences: {}\n", "config.yaml:2: invalid YAML: tabs"),
        ("title: [unclosed\n", "config.yaml:2: invalid YAML"),
        ("titel: x\n", "config.yaml:1: titel: unknown key 'titel' (did you mean 'title'?)"),
        ("default_tlp: 3\n", "config.yaml:1: default_tlp:"),
        ("seeds: nowhere\n", "nowhere: the seeds folder does not exist"),
        ("x: !!python/object/apply:os.system [ls]\n", "config.yaml:1: invalid YAML"),
        (
            "a: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
            "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
            "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n",
            "aliases",
        ),
        ("audiences:\n  ../../escape: {template: executive.html.j2}\n", "audience name"),
        ("output: ../elsewhere\n", "output: must stay inside the project"),
        (
            "audiences:\n  brief: {template: missing.html.j2}\n",
            "missing.html.j2: template not found",
        ),
    ],
)
def test_bad_config_is_one_line(project: Path, config: str, message: str) -> None:
    (project / "config.yaml").write_text(config, encoding="utf-8")
    result = briefgen("build", cwd=project)
    assert result.returncode != 0
    assert message in one_line(result)


def test_empty_seeds_folder(project: Path) -> None:
    (project / "seeds" / "good.txt").unlink()
    assert "no readable seeds" in one_line(briefgen("build", cwd=project))


def test_template_syntax_error_names_template_and_line(project: Path) -> None:
    (project / "templates").mkdir()
    (project / "templates" / "executive.html.j2").write_text(
        "{% extends '!default/executive.html.j2' %}\n{% block summary %}{% if %}{% endblock %}\n",
        encoding="utf-8",
    )
    line = one_line(briefgen("build", cwd=project))
    assert "executive.html.j2:2:" in line


def test_unwritable_output_folder(project: Path) -> None:
    if os.geteuid() == 0:
        (project / "out").write_text("a file where the output folder should be", encoding="utf-8")
    else:
        (project / "out").mkdir(mode=0o500)
    line = one_line(briefgen("build", cwd=project))
    assert "out" in line and "output folder" in line


def test_interrupted_build_leaves_the_previous_output_intact(project: Path) -> None:
    shutil.copy(SAMPLE, project / "seeds")
    assert briefgen("build", cwd=project).returncode == 0
    before = {p: p.read_bytes() for p in (project / "out").rglob("briefing.*")}
    (project / "seeds" / "more.txt").write_text("Iran criticised Israel.\n" * 50, encoding="utf-8")
    for delay in (0.5, 1.5, 3.0):
        command = [sys.executable, "-m", "briefgen", "build", "-q"]
        process = subprocess.Popen(command, cwd=project)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        after = {p: p.read_bytes() for p in (project / "out").rglob("briefing.*")}
        assert after.keys() == before.keys()
        for path, content in after.items():
            assert content == before[path] or path.name == "briefing.json" or _complete(path)


def _complete(path: Path) -> bool:
    data = path.read_bytes()
    return (
        data.startswith(b"%PDF") and b"%%EOF" in data[-32:] if path.suffix == ".pdf" else bool(data)
    )


def test_two_builds_at_once_do_not_interleave(project: Path) -> None:
    shutil.copy(SAMPLE, project / "seeds")
    first = subprocess.Popen([sys.executable, "-m", "briefgen", "build", "-q"], cwd=project)
    time.sleep(0.8)
    second = briefgen("build", "-q", cwd=project)
    first.wait()
    assert first.returncode == 0
    if second.returncode != 0:
        assert "another build is running" in one_line(second)


def test_pdf_never_fetches_remote_or_local_files(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen.render import pdf

    requested: list[str] = []
    served: list[str] = []
    original = pdf.SafeURLFetcher.fetch

    def recording(self: pdf.SafeURLFetcher, url: str, headers: object = None) -> object:
        requested.append(url)
        response = original(self, url, headers)
        served.append(url)
        return response

    monkeypatch.setattr(pdf.SafeURLFetcher, "fetch", recording)
    html = (
        "<html><head><link rel=stylesheet href='http://example.com/x.css'></head><body>"
        "<img src='http://example.com/x.png' alt=x><img src='file:///etc/passwd' alt=y>"
        "<img src='https://169.254.169.254/latest' alt=z>"
        "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' alt=ok><p>text</p></body></html>"
    )
    pdf_bytes = pdf.write_pdf(html, base_dir=ROOT / "templates", allowed_dirs=[ROOT / "templates"])
    assert pdf_bytes.startswith(b"%PDF")
    assert any(url.startswith("http://example.com") for url in requested)
    assert any(url.startswith("file:///etc/passwd") for url in requested)
    assert [url for url in served if not url.startswith("data:")] == []


def test_a_held_build_lock_stops_a_second_build_at_once(tmp_path: Path) -> None:
    """The lock another process holds (filelock: fcntl here, msvcrt on Windows)."""
    from briefgen.errors import RenderError
    from briefgen.output import build_lock

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from briefgen.output import build_lock\n"
            "with build_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(30)",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with pytest.raises(RenderError, match="another build is running"), build_lock(tmp_path):
            pass
        assert time.monotonic() - started < 2
    finally:
        holder.kill()
        holder.wait()
    with build_lock(tmp_path):  # released when its holder died
        pass
