"""config.yaml: defaults, and errors that name the file and line, all reported at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import ConfigError, ConfigErrors
from briefgen.read import project as config

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_config_loads() -> None:
    project = config.load(ROOT / "config.yaml")
    assert set(project.config.audiences) == {"executive", "press", "analyst"}
    assert project.seeds_dir == ROOT / "seeds"


def test_empty_config_takes_the_defaults(tmp_path: Path) -> None:
    project = config.load(write(tmp_path, ""))
    assert project.config.seeds == "seeds"
    assert project.config.default_tlp == "AMBER"
    assert list(project.config.audiences) == ["analyst"]


def test_missing_config_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        config.load(tmp_path / "config.yaml")
    assert str(caught.value).startswith(f"{tmp_path / 'config.yaml'}: no such configuration file")


def test_yaml_syntax_error_gives_path_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "title: ok\naudiences:\n  executive: [unclosed\n")
    with pytest.raises(ConfigError) as caught:
        config.load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:")
    assert message.split(":")[1].isdigit()
    assert "\n" not in message


def test_tab_indentation_is_explained(tmp_path: Path) -> None:
    path = write(tmp_path, "audiences:\n\texecutive:\n\t\ttemplate: x\n")
    with pytest.raises(ConfigError, match="tab"):
        config.load(path)


def test_every_schema_error_is_reported_with_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "title: Test\ndefault_tpl: AMBER\naudiences:\n  press:\n    template: p.html.j2\n"
        "    tlp: PINK\n",
    )
    with pytest.raises(ConfigErrors) as caught:
        config.load(path)
    lines = str(caught.value).splitlines()
    assert len(lines) == 2
    assert (
        lines[0]
        == f"{path}:2: default_tpl: unknown key 'default_tpl' (did you mean 'default_tlp'?)"
    )
    assert lines[1].startswith(f"{path}:6: audiences.press.tlp: ")
