"""The command line as users of MkDocs, Hugo and Quarto expect it (issue 15): -h, -q/-v on
every command, build -o and --force, extract to standard output and with the project's lexicon,
`briefgen check`, and a misspelled lexicon key as an error with its line."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from tests.conftest import ROOT, copy_example_project, run_briefgen

COMMANDS = ("build", "extract", "init", "eval", "serve", "send", "check")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_takes_h_q_and_v(command: str) -> None:
    result = CliRunner().invoke(main, [command, "-h"])
    assert result.exit_code == 0, result.output
    assert "-q, --quiet" in result.output and "-v, --verbose" in result.output


@pytest.mark.parametrize(
    ("arguments", "ours", "weasyprint"),
    [
        (["check", "-v"], logging.INFO, logging.ERROR),
        (["-vv", "check"], logging.DEBUG, logging.DEBUG),
        (["check", "-v", "-q"], logging.ERROR, logging.ERROR),
    ],
)
def test_verbose_keeps_weasyprint_quiet_unless_asked_twice(
    arguments: list[str],
    ours: int,
    weasyprint: int,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)
    CliRunner().invoke(main, arguments)  # no project here: check fails, the levels stand
    assert logging.getLogger("briefgen").getEffectiveLevel() == ours
    assert logging.getLogger("weasyprint").getEffectiveLevel() == weasyprint


@pytest.fixture
def built(example_build: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(example_build, tmp_path / "desk"))


def test_build_force_rebuilds_what_is_up_to_date(built: Path) -> None:
    again = run_briefgen("build", cwd=built)
    assert again.returncode == 0 and "up to date" in again.stdout
    stamp = (built / "out" / "press" / "briefing.pdf").stat().st_mtime_ns
    forced = run_briefgen("build", "--force", "-q", cwd=built)
    assert forced.returncode == 0 and forced.stdout == ""
    assert (built / "out" / "press" / "briefing.pdf").stat().st_mtime_ns != stamp


def test_build_output_writes_elsewhere(built: Path, tmp_path: Path) -> None:
    result = run_briefgen("build", "-o", str(tmp_path / "site"), "-q", "--force", cwd=built)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "press" / "briefing.pdf").is_file()
    assert (tmp_path / "site" / "index.html").is_file()
    clash = run_briefgen("build", "-o", str(built / ".briefgen"), cwd=built)
    assert clash.returncode == 2 and "must not overlap" in clash.stderr


def test_extract_to_standard_output(tmp_path: Path) -> None:
    shutil.copy(ROOT / "seeds" / "000_748fcdded8e4d33f.txt", tmp_path / "a.txt")
    result = run_briefgen("extract", "a.txt", "--json", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [s["path"] for s in data["sources"]] == ["a.txt"] and data["events"]
    assert not list(tmp_path.glob("-"))


def _states(result_stdout: str) -> set[str]:
    return {a["name"] for a in json.loads(result_stdout)["actors"] if a["type"] == "state"}


def test_extract_in_a_project_uses_its_lexicon(tmp_path: Path) -> None:
    project = copy_example_project(tmp_path / "desk")
    (project / "seeds" / "zz.txt").write_text(
        "Ruritania criticised Norway on Monday.\n", encoding="utf-8"
    )
    bare = run_briefgen("extract", "seeds/zz.txt", "--json", "-", cwd=project)
    assert "Ruritania" not in _states(bare.stdout)
    (project / "lexicon").mkdir()
    (project / "lexicon" / "actors.yaml").write_text(
        "states:\n  - {name: Ruritania, demonyms: [Ruritanian]}\n", encoding="utf-8"
    )
    with (project / "config.yaml").open("a", encoding="utf-8") as config:
        config.write("lexicon: lexicon\n")
    own = run_briefgen("extract", "seeds/zz.txt", "--json", "-", cwd=project)
    assert own.returncode == 0, own.stderr
    assert "Ruritania" in _states(own.stdout)
    seed = str(project / "seeds" / "zz.txt")
    elsewhere = run_briefgen("extract", seed, "--json", "-", cwd=tmp_path)
    assert "Ruritania" not in _states(elsewhere.stdout)


def test_a_misspelled_lexicon_key_stops_the_build_with_its_line(tmp_path: Path) -> None:
    project = copy_example_project(tmp_path / "desk")
    (project / "lexicon").mkdir()
    (project / "lexicon" / "actors.yaml").write_text(
        "states:\n  - name: Ruritania\n    alias: [Ruri]\n", encoding="utf-8"
    )
    with (project / "config.yaml").open("a", encoding="utf-8") as config:
        config.write("lexicon: lexicon\n")
    result = run_briefgen("build", cwd=project)
    assert result.returncode == 2
    assert result.stderr.strip().endswith(
        "lexicon/actors.yaml:3: unknown key 'alias' in states (did you mean 'aliases'?)"
    )


def test_check_reports_every_problem_at_once(tmp_path: Path) -> None:
    project = copy_example_project(tmp_path / "desk")
    (project / "lexicon").mkdir()
    (project / "lexicon" / "actors.yaml").write_text("organisations: []\n", encoding="utf-8")
    (project / "lexicon" / "cues.yaml").write_text("verbs: [say\n", encoding="utf-8")
    with (project / "config.yaml").open("a", encoding="utf-8") as config:
        config.write("lexicon: lexicon\n")
    (project / "templates" / "broken.html.j2").write_text("{% if %}\n", encoding="utf-8")
    (project / "seeds" / "bad.txt").write_bytes(b"caf\xe9\n")
    result = run_briefgen("check", cwd=project)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any("actors.yaml:1: unknown key 'organisations'" in line for line in lines)
    assert any("cues.yaml:2: invalid YAML" in line for line in lines)
    assert any("broken.html.j2:1:" in line for line in lines)
    assert any("seeds/bad.txt" in line and "UTF-8" in line for line in lines)
    assert any(line.startswith("ok  spaCy model") for line in lines)
    assert "3 area(s) with problems: lexicon, seeds, templates" in result.stderr


def test_check_passes_the_example_project(tmp_path: Path) -> None:
    project = copy_example_project(tmp_path / "desk")
    result = run_briefgen("check", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert all(line.startswith("ok ") for line in result.stdout.splitlines())


def test_check_reports_config_errors_and_still_checks_the_system(tmp_path: Path) -> None:
    project = copy_example_project(tmp_path / "desk")
    with (project / "config.yaml").open("a", encoding="utf-8") as config:
        config.write("titel: oops\n")
    result = run_briefgen("check", cwd=project)
    assert result.returncode == 1
    assert "unknown key 'titel' (did you mean 'title'?)" in result.stdout
    assert "ok  system libraries" in result.stdout


class Recorder:
    def __init__(self) -> None:
        self.total: int | None = None
        self.steps: list[tuple[int, str | None]] = []

    def plan(self, total: int) -> None:
        assert self.total is None and not self.steps, "the total comes first"
        self.total = total

    def advance(self, steps: int = 1, doing: str | None = None) -> None:
        self.steps.append((steps, doing))


def test_progress_knows_its_total_from_the_start_and_covers_rendering(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from briefgen import build as builder
    from briefgen.read.project import load

    project = load(copy_example_project(tmp_path / "desk") / "config.yaml")
    recorder = Recorder()
    with caplog.at_level(logging.INFO, logger="briefgen.build"):
        builder.build(project, options=builder.Options(progress=recorder, cache=False))
    timed = [r.getMessage() for r in caplog.records if r.name == "briefgen.build"]
    stages = [message.rsplit(" in ", 1)[0] for message in timed if message.endswith(" s")]
    assert stages[:3] == ["extracted 2 sources", "assembled stories, key dates and the briefing",
                          "made the page of executive"]  # fmt: skip
    audiences = list(project.config.audiences)
    assert recorder.total == 2 + len(audiences) + 1  # two seeds, the audiences, the writing
    assert sum(steps for steps, _ in recorder.steps) == recorder.total
    said = [doing for _, doing in recorder.steps]
    assert said[-1] == "written" and [f"rendered {name}" for name in audiences] == said[-4:-1]


def test_shell_completion_answers_without_loading_spacy() -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "_BRIEFGEN_COMPLETE": "bash_complete", "COMP_WORDS": "briefgen bu",
           "COMP_CWORD": "1"}  # fmt: skip
    probe = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('spacy' in sys.modules, file=sys.stderr))\n"
        "from briefgen.cli import main\nmain(prog_name='briefgen')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=False
    )
    assert result.stdout.split() == ["plain,build"]
    assert result.stderr.strip() == "False"


def test_the_briefgen_script_imports_no_command_line_until_it_runs() -> None:
    # Each worker process runs the program's main script again (multiprocessing's preparation
    # of a child): the installed `briefgen` script must cost the workers nothing to import.
    import subprocess
    import sys
    from importlib.metadata import entry_points

    (script,) = entry_points(group="console_scripts", name="briefgen")
    probe = (
        f"import sys, {script.module}; print('click' in sys.modules, 'briefgen.cli' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.stdout.split() == ["False", "False"], result.stderr[-2000:]
    assert run_briefgen("--version", cwd=ROOT).stdout.startswith("briefgen, version")


@pytest.mark.parametrize(("given", "threads"), [(None, "1"), ("2", "2")])
def test_numpy_loaded_by_a_command_starts_no_blas_threads_unless_asked(
    given: str | None, threads: str, tmp_path: Path
) -> None:
    # Worker processes inherit the setting, and each OpenBLAS loaded otherwise starts a pool
    # of threads that spin on the cores the parse needs. A user's own setting stands.
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if given is not None:
        env["OPENBLAS_NUM_THREADS"] = given
    probe = (
        "import atexit, sys\n"
        "def report():\n"
        "    import numpy  # loaded after the command began, as the build's stages load it\n"
        "    from threadpoolctl import threadpool_info\n"
        "    pools = [i for i in threadpool_info() if i['internal_api'] == 'openblas']\n"
        "    found = {pool['num_threads'] for pool in pools}\n"
        "    print('openblas threads', *sorted(found), file=sys.stderr)\n"
        "atexit.register(report)\n"
        "from briefgen.cli import main\nmain(['check', '-q'], prog_name='briefgen')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("openblas threads")]
    assert line.split()[2:] == [threads], result.stderr[-2000:]
