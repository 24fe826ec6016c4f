"""The editable lexicons: shipped lists, and a project's folder extending them."""

from __future__ import annotations

from pathlib import Path

from briefgen.extract.lexicon import load_lexicon
from briefgen.model import slug


def test_shipped_lexicon_knows_states_capitals_seats_and_demonyms() -> None:
    lexicon = load_lexicon()
    russia = lexicon.by_name("the Kremlin")
    assert russia is not None and russia.name == "Russia" and russia.type == "state"
    assert lexicon.by_capital("Tehran") is not None
    assert lexicon.by_capital("Tehran").name == "Iran"  # type: ignore[union-attr]
    assert lexicon.by_demonym("Iranians").name == "Iran"  # type: ignore[union-attr]
    assert lexicon.by_name("UNSC").name == "UN Security Council"  # type: ignore[union-attr]
    assert "stress" in lexicon.cue_verbs
    assert lexicon.event_verbs["strike"] == "FIGHT"


def test_project_folder_extends_and_overrides(tmp_path: Path) -> None:
    (tmp_path / "actors.yaml").write_text(
        "organizations:\n  - name: Acme Militia\n    type: group\n    aliases: [AM]\n",
        encoding="utf-8",
    )
    (tmp_path / "cues.yaml").write_text("verbs: [harrumph]\n", encoding="utf-8")
    (tmp_path / "events.yaml").write_text("DEMAND:\n  verbs: [strike]\n", encoding="utf-8")
    lexicon = load_lexicon(str(tmp_path))
    militia = lexicon.by_name("AM")
    assert militia is not None and militia.type == "group"
    assert "harrumph" in lexicon.cue_verbs and "say" in lexicon.cue_verbs
    assert lexicon.event_verbs["strike"] == "DEMAND"
    assert lexicon.event_verbs["bomb"] == "FIGHT"


def test_slug_gives_stable_ids() -> None:
    assert slug("Vladimir Putin") == "vladimir-putin"
    assert slug("Côte d’Ivoire") == slug("Côte d'Ivoire")
