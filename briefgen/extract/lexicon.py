"""The editable word lists behind extraction: actors, cue verbs and event types.

The shipped lists live in `briefgen/data/*.yaml`; a project may add its own actors file
(config `lexicon:`), whose entries extend and override the shipped ones.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from briefgen.errors import ConfigError, ConfigErrors
from briefgen.filestate import Signature, files_signature
from briefgen.model import EVENT_TYPES, ActorType, EventType, slug

# The same safe loader, in C where PyYAML was built with libyaml: the shipped lexicon is
# thousands of lines, and the pure-Python parser takes most of a second over it.
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

DATA = Path(__file__).resolve().parent.parent / "data"
LEXICON_FILES = ("actors.yaml", "cues.yaml", "events.yaml")


@dataclass(frozen=True)
class Entry:
    """One known actor and every name it goes by."""

    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    state: str | None = None
    armed: bool = False  # an organisation with forces of its own: NATO, a UN force
    press: bool = False  # a news organisation: Reuters, CNN

    @property
    def id(self) -> str:
        return slug(self.name)

    def names(self) -> tuple[str, ...]:
        """Forms that name the actor itself (capitals and demonyms are looser: see `Lexicon`)."""
        return (self.name, *self.aliases, *self.seats)


@dataclass(frozen=True)
class Lexicon:
    entries: tuple[Entry, ...]
    role_words: frozenset[str]
    leader_roles: frozenset[str]
    honorifics: frozenset[str]
    genders: dict[str, str]
    place_nouns: frozenset[str]
    cue_verbs: frozenset[str]
    cue_nouns: frozenset[str]
    event_verbs: dict[str, EventType]
    event_nouns: dict[str, EventType]
    # What a trigger needs around it to be in its event sense: `release (actor)` is an event
    # only when someone is released (not a video); `ask (to)` only when someone is asked to act.
    verb_needs: dict[str, str] = field(default_factory=dict)
    noun_needs: dict[str, str] = field(default_factory=dict)
    agent_nouns: frozenset[str] = frozenset()
    institution_nouns: frozenset[str] = frozenset()
    weapon_nouns: frozenset[str] = frozenset()
    facility_nouns: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    message_nouns: frozenset[str] = frozenset()
    not_actors: frozenset[str] = frozenset()
    consequence_nouns: frozenset[str] = frozenset()
    aid_nouns: frozenset[str] = frozenset()
    forces_nouns: frozenset[str] = frozenset()
    aircraft_nouns: frozenset[str] = frozenset()
    ground_nouns: frozenset[str] = frozenset()
    arms_nouns: frozenset[str] = frozenset()
    mishap_nouns: frozenset[str] = frozenset()
    blast_nouns: frozenset[str] = frozenset()
    calamity_nouns: frozenset[str] = frozenset()
    worksite_nouns: frozenset[str] = frozenset()
    computing_nouns: frozenset[str] = frozenset()
    disease_nouns: frozenset[str] = frozenset()
    private_nouns: frozenset[str] = frozenset()
    animal_nouns: frozenset[str] = frozenset()
    play_nouns: frozenset[str] = frozenset()
    labour_nouns: frozenset[str] = frozenset()
    economy_nouns: frozenset[str] = frozenset()
    commodity_nouns: frozenset[str] = frozenset()
    case_nouns: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    undergone_nouns: frozenset[str] = frozenset()
    treaty_nouns: frozenset[str] = frozenset()
    legislature_nouns: frozenset[str] = frozenset()
    expiring_verbs: frozenset[str] = frozenset()
    losing_verbs: frozenset[str] = frozenset()
    aim_nouns: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    request_nouns: frozenset[str] = frozenset()
    # Inflected verb forms and the lemma the pipeline should give them (see events.yaml).
    verb_forms: dict[str, str] = field(default_factory=dict)
    _forms: dict[str, Entry] = field(default_factory=dict, repr=False)
    _capitals: dict[str, Entry] = field(default_factory=dict, repr=False)
    _demonyms: dict[str, Entry] = field(default_factory=dict, repr=False)
    _verb_heads: set[str] = field(default_factory=set, init=False, repr=False)
    _noun_ends: set[str] = field(default_factory=set, init=False, repr=False)

    def __post_init__(self) -> None:
        # An event verb's phrase opens with the verb (`call off`); an event noun's phrase opens
        # or ends with the noun (`hunger strike`, `state of emergency`).
        self._verb_heads.update(phrase.split()[0] for phrase in self.event_verbs)
        for phrase in self.event_nouns:
            words = phrase.split()
            self._noun_ends.update((words[0], words[-1]))
        for entry in self.entries:
            for form in entry.names():
                self._forms[_key(form)] = entry
            for form in entry.capitals:
                self._capitals[_key(form)] = entry
            for form in entry.demonyms:
                self._demonyms[_key(form)] = entry

    def may_head_an_event_verb(self, lemma: str) -> bool:
        """Whether some event verb, alone or in a phrase, is this verb (a cheap test before
        the phrases around it are made)."""
        return lemma in self._verb_heads or " " in lemma

    def may_head_an_event_noun(self, lemma: str) -> bool:
        """Whether some event noun, alone or in a phrase, is this noun."""
        return lemma in self._noun_ends or " " in lemma

    def by_name(self, text: str) -> Entry | None:
        """The actor a name, alias or seat of government denotes."""
        return self._forms.get(_key(text))

    def by_capital(self, text: str) -> Entry | None:
        return self._capitals.get(_key(text))

    def by_demonym(self, text: str) -> Entry | None:
        return self._demonyms.get(_key(text))

    def entry(self, name: str) -> Entry | None:
        return next((e for e in self.entries if e.name == name), None)


def _key(text: str) -> str:
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
    return re.sub(r"\s+", " ", text.replace("’", "'")).lower()


def load_lexicon(extra: str | None = None) -> Lexicon:
    """The shipped lists, extended by the files of a project's lexicon folder (config
    `lexicon:`): its `actors.yaml`, `cues.yaml` and `events.yaml` take the shipped shape, and
    their entries come first, so they win where both name the same thing. Read once per
    process while the files stay as they are (`serve` sees an edit at its next build)."""
    return _load_lexicon(extra, lexicon_signature(extra))


def lexicon_signature(extra: str | None) -> Signature:
    """What a project's lexicon files are: each file's name, size and time of change."""
    return files_signature(Path(extra) if extra else None, "*.y*ml")


@lru_cache(maxsize=8)
def _load_lexicon(extra: str | None, signature: Signature) -> Lexicon:
    actors, cues, events = (_layered(name, extra) for name in LEXICON_FILES)
    return Lexicon(
        entries=tuple(_entries(actors)),
        role_words=_words(actors, "role_words"),
        leader_roles=_words(actors, "leader_roles"),
        honorifics=_words(actors, "honorifics"),
        genders=_genders(actors),
        place_nouns=_words(actors, "place_nouns"),
        cue_verbs=_words(cues, "verbs"),
        cue_nouns=_words(cues, "nouns"),
        event_verbs=_event_words(events, "verbs"),
        event_nouns=_event_words(events, "nouns"),
        verb_needs=_event_needs(events, "verbs"),
        noun_needs=_event_needs(events, "nouns"),
        agent_nouns=_words(actors, "agent_nouns"),
        institution_nouns=_words(actors, "institution_nouns"),
        weapon_nouns=_words(actors, "weapon_nouns"),
        facility_nouns=_words(actors, "facility_nouns"),
        site_nouns=_words(actors, "site_nouns"),
        document_nouns=_words(actors, "document_nouns"),
        message_nouns=_words(events, "message_nouns"),
        not_actors=_words(actors, "not_actors"),
        consequence_nouns=_words(events, "consequence_nouns"),
        aid_nouns=_words(events, "aid_nouns"),
        forces_nouns=_words(events, "forces_nouns"),
        aircraft_nouns=_words(events, "aircraft_nouns"),
        ground_nouns=_words(events, "ground_nouns"),
        arms_nouns=_words(events, "arms_nouns"),
        mishap_nouns=_words(events, "mishap_nouns"),
        blast_nouns=_words(events, "blast_nouns"),
        calamity_nouns=_words(events, "calamity_nouns"),
        worksite_nouns=_words(events, "worksite_nouns"),
        computing_nouns=_words(events, "computing_nouns"),
        disease_nouns=_words(events, "disease_nouns"),
        private_nouns=_words(events, "private_nouns"),
        animal_nouns=_words(events, "animal_nouns"),
        play_nouns=_words(events, "play_nouns"),
        labour_nouns=_words(events, "labour_nouns"),
        economy_nouns=_words(events, "economy_nouns"),
        commodity_nouns=_words(events, "commodity_nouns"),
        case_nouns=_words(events, "case_nouns"),
        stance_verbs=_words(events, "stance_verbs"),
        undergone_nouns=_words(events, "undergone_nouns"),
        treaty_nouns=_words(events, "treaty_nouns"),
        legislature_nouns=_words(events, "legislature_nouns"),
        expiring_verbs=_words(events, "expiring_verbs"),
        losing_verbs=_words(events, "losing_verbs"),
        aim_nouns=_words(events, "aim_nouns"),
        claim_nouns=_words(events, "claim_nouns"),
        request_nouns=_words(events, "request_nouns"),
        verb_forms=_verb_forms(events),
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        line = mark.line + 1 if mark else None
        raise ConfigError(f"invalid YAML: {problem}", path, line) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the lexicon: {exc}", path) from None
    if not isinstance(data, dict):
        raise ConfigError("a lexicon file must be a mapping", path, 1)
    return data


def _layered(name: str, extra: str | None) -> dict[str, Any]:
    own = Path(extra) / name if extra else None
    layers = [DATA / name, *([own] if own is not None and own.is_file() else [])]
    merged: dict[str, Any] = {}
    for path in layers:
        data = _read(path)
        if name == "events.yaml":
            _check_event_types(path, data)
        if path != DATA / name and (unknown := unknown_keys(path, shipped=merged)):
            raise ConfigErrors(unknown)
        merged = _merge(merged, data)
    return merged


# Mappings whose keys are words, not names the shipped file fixes (`verb_forms: {stage: ...}`).
_OPEN_MAPPINGS = frozenset({"verb_forms"})


def unknown_keys(path: Path, shipped: dict[str, Any] | None = None) -> list[ConfigError]:
    """A project lexicon file's keys that its shipped counterpart does not have, each with its
    line: a misspelled key (`organisations:` for `organizations:`, `alias:` in an entry) would
    otherwise be read as nothing at all. A file that is not YAML gives that error instead."""
    if shipped is None:  # the caller has not read the shipped file already
        shipped = _read(DATA / path.name)
    try:
        _read(path)
    except ConfigError as error:  # not YAML, or not a mapping: that is what is wrong
        return [error]
    root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        return []
    found = []
    for key_node, value_node in root.value:
        key = str(key_node.value)
        if key not in shipped:
            found.append(_unknown(path, key_node, key, list(shipped)))
        elif key not in _OPEN_MAPPINGS:
            found += _unknown_within(path, key, shipped[key], value_node)
    return found


def _unknown_within(path: Path, section: str, shipped: Any, node: yaml.Node) -> list[ConfigError]:
    """Keys inside a section that the shipped section's mapping, or its entries, do not have."""
    if isinstance(shipped, dict) and isinstance(node, yaml.MappingNode):
        allowed, mappings = set(shipped), [node]
    elif isinstance(shipped, list) and isinstance(node, yaml.SequenceNode):
        allowed = {key for item in shipped if isinstance(item, dict) for key in item}
        mappings = [item for item in node.value if isinstance(item, yaml.MappingNode)]
        if not allowed:
            return []
    else:
        return []
    return [
        _unknown(path, key_node, str(key_node.value), sorted(allowed), section)
        for mapping in mappings
        for key_node, _ in mapping.value
        if str(key_node.value) not in allowed
    ]


def _unknown(
    path: Path, node: yaml.Node, key: str, known: list[str], section: str | None = None
) -> ConfigError:
    close = difflib.get_close_matches(key, known, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    where = f" in {section}" if section else ""
    return ConfigError(f"unknown key '{key}'{where}{hint}", path, node.start_mark.line + 1)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """`extra` over `base`: lists join with extra's items first, mappings merge, keys of
    `extra` come first (so a project's event type claims a verb before the shipped one)."""
    order = [*extra, *(key for key in base if key not in extra)]
    return {key: _merged_value(base.get(key), extra.get(key), key in extra) for key in order}


def _merged_value(below: Any, value: Any, overridden: bool) -> Any:
    if not overridden:
        return below
    if isinstance(value, list):
        return value + (below if isinstance(below, list) else [])
    if isinstance(value, dict) and isinstance(below, dict):
        return _merge(below, value)
    return value


def _entries(actors: dict[str, Any]) -> list[Entry]:
    typed = [(raw, "state") for raw in actors.get("states") or []]
    typed += [(raw, "organization") for raw in actors.get("organizations") or []]
    seen: set[str] = set()
    entries = []
    for raw, default_type in typed:
        if raw["name"] not in seen:  # a project's own entry comes first and wins
            seen.add(raw["name"])
            entries.append(_entry(raw, default_type))  # type: ignore[arg-type]
    return entries


def _entry(raw: dict[str, Any], default_type: ActorType) -> Entry:
    return Entry(
        name=raw["name"],
        type=raw.get("type", default_type),
        aliases=tuple(raw.get("aliases") or ()),
        capitals=tuple(raw.get("capitals") or ()),
        seats=tuple(raw.get("seats") or ()),
        demonyms=tuple(raw.get("demonyms") or ()),
        state=raw.get("state"),
        armed=bool(raw.get("armed", False)),
        press=bool(raw.get("press", False)),
    )


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(word).lower() for word in data.get(key) or ())


def _genders(actors: dict[str, Any]) -> dict[str, str]:
    words = actors.get("gendered_words") or {}
    return {str(w).lower(): gender for gender, listed in words.items() for w in listed or ()}


# `release (actor)`: the word, then in brackets what it needs to be an event (see `NEEDS`).
_ENTRY = re.compile(r"^(?P<word>[^()]+?)\s*(?:\((?P<needs>[a-z|]+)\))?$")
# Word classes an events file may hold beside its types (see events.yaml).
EVENT_WORD_CLASSES = (
    "message_nouns",
    "consequence_nouns",
    "aid_nouns",
    "forces_nouns",
    "aircraft_nouns",
    "ground_nouns",
    "arms_nouns",
    "mishap_nouns",
    "blast_nouns",
    "calamity_nouns",
    "worksite_nouns",
    "computing_nouns",
    "disease_nouns",
    "private_nouns",
    "animal_nouns",
    "play_nouns",
    "labour_nouns",
    "economy_nouns",
    "commodity_nouns",
    "case_nouns",
    "stance_verbs",
    "undergone_nouns",
    "treaty_nouns",
    "legislature_nouns",
    "expiring_verbs",
    "losing_verbs",
    "aim_nouns",
    "claim_nouns",
    "request_nouns",
    "verb_forms",
)
NEEDS = frozenset(
    {"actor", "target", "to", "object", "alone", "sides", "force", "protest", "aid", "forces",
     "with", "partner", "mandate", "agreement", "deed", "act", "message", "cooperation", "armed",
     "request", "endorsement", "terms", "permission", "inquiry", "case",
     "command", "ties", "proposal", "pact", "host", "unrest", "doer", "weapon", "accord",
     "blamed", "suspect", "quarrel"}
)  # fmt: skip


def _event_words(events: dict[str, Any], kind: str) -> dict[str, EventType]:
    table: dict[str, EventType] = {}
    for name, words in _by_type(events):
        event_type = EVENT_TYPES[EVENT_TYPES.index(name)]  # checked when read
        for entry in (words or {}).get(kind) or ():
            table.setdefault(_word_and_needs(entry)[0], event_type)
    return table


def _verb_forms(events: dict[str, Any]) -> dict[str, str]:
    lemmas = events.get("verb_forms") or {}
    return {
        str(form).lower(): str(lemma).lower()
        for lemma, forms in lemmas.items()
        for form in forms or ()
    }


def _by_type(events: dict[str, Any]) -> list[tuple[str, Any]]:
    return [(name, words) for name, words in events.items() if name not in EVENT_WORD_CLASSES]


def _event_needs(events: dict[str, Any], kind: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for _, words in _by_type(events):
        for entry in (words or {}).get(kind) or ():
            word, needs = _word_and_needs(entry)
            if needs:
                table.setdefault(word, needs)
    return table


def _word_and_needs(entry: object) -> tuple[str, str | None]:
    match = _ENTRY.match(str(entry).strip().lower())
    if match is None:
        return str(entry).lower(), None
    return match["word"], match["needs"]


def _check_event_types(path: Path, events: dict[str, Any]) -> None:
    """An events file is keyed by PLOVER type: a misspelt type or need must not pass unnoticed."""
    for name, words in events.items():
        if name in EVENT_WORD_CLASSES:
            continue
        if name not in EVENT_TYPES:
            known = ", ".join(EVENT_TYPES)
            raise ConfigError(f"unknown PLOVER event type {name!r} (use one of {known})", path)
        for entry in [w for kind in ("verbs", "nouns") for w in (words or {}).get(kind) or ()]:
            needs = _word_and_needs(entry)[1]
            if needs and not set(needs.split("|")) <= NEEDS:
                known = ", ".join(sorted(NEEDS))
                raise ConfigError(f"{name}: {entry!r} needs one of ({known})", path)
