"""Across sources: one actor per entity, one statement per quote, one event per act.

Actors merge by id, then people named by surname alone in one source join the full name
another source gives, then the project's own rules apply (`actors:` in config.yaml: aliases,
merges, ignored names); last, a person's name spelled differently by other outlets (Araqchi /
Araghchi, Zelensky / Zelenskyy) joins the best-attested spelling where the given name is the same
and the roles agree. Statements merge when the same speaker's words match; events when type
and sides match and their dates lie within a few days. A merged item lists every source that
reports it; its corroboration is the number of independent publishers, and its confidence grows
with them, weighted by each source's reliability grade.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from rapidfuzz import fuzz, process

from briefgen.extract.combine import unique
from briefgen.model import Actor, Event, Participant, Source, Statement, slug
from briefgen.model.config import ActorRules

# How much a report from a source of each Admiralty grade is worth; ungraded sources as C.
RELIABILITY = {"A": 1.0, "B": 0.9, "C": 0.75, "D": 0.6, "E": 0.4, "F": 0.75}
CLOSE_DAYS = 3
_SAME_WORDS = 0.8
Item = TypeVar("Item", Statement, Event)


def actor_names(
    actors: Sequence[Actor], rules: ActorRules, speakers: Iterable[str] = ()
) -> dict[str, str]:
    """Every name that should become another: surnames (of actors, and of speakers no
    actor was found for), aliases, merges, and other outlets' spellings of a person's name."""
    renames = _surnames(actors, speakers)
    for canonical, aliases in rules.aliases.items():
        for alias in aliases:
            renames[alias] = canonical
    renames.update(rules.merge)
    for actor in actors:
        for alias in actor.aliases:
            if alias in renames and actor.name not in renames:
                renames[actor.name] = renames[alias]
    # Spellings last, and only among names nothing above has placed: the config wins.
    settled = {*renames, *rules.ignore}
    renames.update(_spellings(actors, settled, {*rules.aliases, *rules.merge.values()}))
    return {old: _final(new, renames) for old, new in renames.items() if old != new}


def _surnames(actors: Sequence[Actor], speakers: Iterable[str]) -> dict[str, str]:
    """`Putin` in one source, `Vladimir Putin` in another: the same person."""
    people = [a.name for a in actors if a.type == "person"]
    longer: dict[str, set[str]] = {}  # `Barth Eide`, `Eide` -> {`Espen Barth Eide`}
    for name in people:
        words = name.split()
        for cut in range(1, len(words)):
            longer.setdefault(" ".join(words[cut:]), set()).add(name)
    renames = {}
    for name in [*people, *speakers]:
        fuller = longer.get(name, set())
        if len(fuller) == 1:
            renames[name] = next(iter(fuller))
    return renames


# Outlets spell one person differently: `Abbas Araqchi` / `Abbas Araghchi`, `Volodymyr Zelensky`
# / `Zelenskyy`, `Muammar Gaddafi` / `Qaddafi`. Surnames are compared by `fuzz.ratio` (rapidfuzz's
# normalised Indel similarity, 0-100) after folding case and accents. One letter more or less
# (Zelensky/Zelenskyy, 94) passes 85 from four letters on; a changed letter (Gaddafi/Qaddafi,
# 86) passes 85 only in a name of seven letters or more, so Smith/Smyth (80), Jones/Jonas (80)
# and Hansen/Hanson (83) stay apart. Long names are allowed one more letter (q/gh in
# Araqchi/Araghchi, 80): transliterations of Persian, Arabic and Russian names differ like that.
_SPELLING = 85.0
_LONG_SPELLING = 80.0
_LONG_SURNAME = 7
_MIN_SURNAME = 4
# Role words that say nothing about which post a person holds.
_NOT_ROLE_EVIDENCE = frozenset(
    {"the", "of", "and", "for", "a", "an", "to", "in", "on", "at", "shadow", "deputy", "vice",
     "former", "ex", "assistant", "junior", "acting", "under", "opposition", "outgoing",
     "incoming", "late"}
)  # fmt: skip


@dataclass(frozen=True)
class _Person:
    """A person actor's name, cut and folded for comparing, with the evidence about them."""

    name: str
    given: tuple[str, ...]  # folded words before the surname: `V.` -> `v`
    surname: str  # folded: `Erdoğan` -> `erdogan`
    mentions: int
    sources: int
    roles: frozenset[str]  # role words that tell posts apart
    affiliations: frozenset[str]
    preferred: bool  # the config names this spelling as the canonical one

    @property
    def initials(self) -> bool:
        return any(len(word) == 1 for word in self.given)

    def rank(self) -> tuple[bool, bool, int, int, str]:
        """Best first: the config's spelling, a written-out given name, more mentions, more
        sources, then the alphabet, so the order of the input never matters."""
        return (not self.preferred, self.initials, -self.mentions, -self.sources, self.name)


def _spellings(actors: Sequence[Actor], settled: set[str], preferred: set[str]) -> dict[str, str]:
    """Other spellings of one person's name -> the best-attested spelling.

    Two full names are one person when their surnames are close spelling variants (see
    `_SPELLING`) *and* the evidence agrees: the given names are the same words (an initial
    `V.` stands for `Volodymyr`), and their roles do not contradict (`_roles_agree`). A close
    surname alone proves nothing: `Mark Kelly` and `Mike Kelly`, `John Smith` and `Joan Smyth`
    are different people, and common short surnames differ in a letter all the time, so a
    different given name always keeps two names apart. Each variant joins the best-attested
    spelling it matches directly (`_Person.rank`), never a chain of near-matches.

    Only names are compared that share their given names (or their initials, where one is
    abbreviated), which keeps thousands of actors near-linear. Names in `settled` (renamed,
    aliased or ignored by the config, or already joined to a fuller name) are left as they are.
    """
    people = _people(actors, settled, preferred)
    full = [p for p in people if p.given]
    renames = _best_spellings(full, _variant_pairs(full))
    named = [a.name.split() for a in actors if a.type == "person"]
    exact = {_folded(words[-1]) for words in named if len(words) > 1}
    lone = [p for p in people if not p.given and p.surname not in exact]
    renames.update(_lone_surnames(lone, full, renames))
    return renames


def _people(actors: Sequence[Actor], settled: set[str], preferred: set[str]) -> list[_Person]:
    """One `_Person` per person's name (records of one name pooled), surnames of 4+ letters."""
    pooled: dict[str, list[Actor]] = {}
    for actor in actors:
        if actor.type == "person" and actor.name not in settled:
            pooled.setdefault(actor.name, []).append(actor)
    people = []
    for name, group in pooled.items():
        words = [_folded(word) for word in name.split()]
        if not words or not all(words) or len(words[-1]) < _MIN_SURNAME:
            continue
        people.append(
            _Person(
                name=name,
                given=tuple(words[:-1]),
                surname=words[-1],
                mentions=sum(len(a.mentions) for a in group),
                sources=len({s for a in group for s in a.sources}),
                roles=frozenset(w for a in group for r in a.roles for w in _words(r))
                - _NOT_ROLE_EVIDENCE,
                affiliations=frozenset(a.affiliation for a in group if a.affiliation),
                preferred=name in preferred,
            )
        )
    return people


def _folded(word: str) -> str:
    """`Erdoğan` -> `erdogan`, `V.` -> `v`: case, accents and punctuation say nothing."""
    letters = unicodedata.normalize("NFKD", word)
    return "".join(c for c in letters if c.isalnum() and not unicodedata.combining(c)).casefold()


def _variant_pairs(people: list[_Person]) -> list[tuple[_Person, _Person]]:
    """Pairs of full names whose given names agree and whose surnames are spelling variants
    with roles that do not contradict; compared block by block (same given names)."""
    blocks: dict[tuple[str, ...], list[_Person]] = {}
    for person in people:
        blocks.setdefault(person.given, []).append(person)
    by_initials: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for given in blocks:
        by_initials.setdefault(tuple(word[0] for word in given), []).append(given)
    pairs = []
    for given, block in blocks.items():
        if len(block) > 1:
            pairs += _close_surnames(block, block)
        if any(len(word) == 1 for word in given):  # `V. Zelenskyy` meets every `Volodymyr`
            for other in by_initials[tuple(word[0] for word in given)]:
                if other != given and _same_given(given, other):
                    pairs += _close_surnames(block, blocks[other])
    return [(a, b) for a, b in pairs if _roles_agree(a, b)]


def _close_surnames(first: list[_Person], second: list[_Person]) -> list[tuple[_Person, _Person]]:
    """The pairs whose surnames are spelling variants, scored in one `cdist` call."""
    scores = process.cdist(
        [p.surname for p in first],
        [p.surname for p in second],
        scorer=fuzz.ratio,
        score_cutoff=min(_SPELLING, _LONG_SPELLING),
    )
    return [
        (first[i], second[j])
        for i, j in zip(*scores.nonzero(), strict=True)
        if first[i].name != second[j].name
        and scores[i, j] >= _cutoff(first[i].surname, second[j].surname)
    ]


def _cutoff(first: str, second: str) -> float:
    """The `fuzz.ratio` two surnames need to be one name's spellings (see `_SPELLING`)."""
    return _LONG_SPELLING if min(len(first), len(second)) >= _LONG_SURNAME else _SPELLING


def _same_given(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """The same given names, word for word; an initial matches the names it begins."""
    return len(first) == len(second) and all(
        a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))
        for a, b in zip(first, second, strict=True)
    )


def _roles_agree(first: _Person, second: _Person) -> bool:
    """Roles do not contradict: where both have roles, a role word in common (`Iranian Foreign
    Minister`, `foreign minister`) or the same affiliation; the same name with no roles on one
    side or both is not contradicted. Posts held in different states or organisations are."""
    if first.affiliations and second.affiliations:
        return bool(first.affiliations & second.affiliations)
    return not (first.roles and second.roles) or bool(first.roles & second.roles)


def _best_spellings(people: list[_Person], pairs: list[tuple[_Person, _Person]]) -> dict[str, str]:
    """Each name -> the best-ranked spelling it matches directly, taken in rank order."""
    matches: dict[str, set[str]] = {}
    for a, b in pairs:
        matches.setdefault(a.name, set()).add(b.name)
        matches.setdefault(b.name, set()).add(a.name)
    renames: dict[str, str] = {}
    kept: set[str] = set()
    for person in sorted(people, key=_Person.rank):
        if person.name in renames:
            continue
        kept.add(person.name)
        for other in sorted(matches.get(person.name, set())):
            if other not in kept and other not in renames:
                renames[other] = person.name
    return renames


def _lone_surnames(
    lone: list[_Person], full: list[_Person], renames: dict[str, str]
) -> dict[str, str]:
    """`Foreign Minister Araghchi` in a source that never gives his first name, `Abbas Araqchi`
    elsewhere: one person, but only when a role word agrees and exactly one person (after the
    joins above) with a role word in common has a surname spelled close to it. There is no given
    name to agree here, so a shared role word is required, not merely no contradiction; it is
    also the block: a lone surname is scored (one `process.extract` per role word) only against
    the people who share that role word. (A
    surname that some full name ends with exactly never comes here: `_surnames` joins it, or
    finds it ambiguous.)"""
    by_role: dict[str, list[_Person]] = {}
    for person in full:
        for word in person.roles:
            by_role.setdefault(word, []).append(person)
    surnames = {word: [p.surname for p in people] for word, people in by_role.items()}
    found = {}
    for person in lone:
        names: set[str] = set()
        for word in person.roles & by_role.keys():
            close = process.extract(
                person.surname,
                surnames[word],
                scorer=fuzz.ratio,
                score_cutoff=min(_SPELLING, _LONG_SPELLING),
                limit=None,
            )
            for surname, score, i in close:
                other = by_role[word][i]
                if score >= _cutoff(person.surname, surname) and _roles_agree(person, other):
                    names.add(renames.get(other.name, other.name))
        if len(names) == 1:
            found[person.name] = next(iter(names))
    return found


def _final(name: str, renames: dict[str, str]) -> str:
    seen = {name}
    while name in renames and renames[name] not in seen:
        name = renames[name]
        seen.add(name)
    return name


def rename_statement(statement: Statement, renames: dict[str, str]) -> Statement:
    if statement.speaker not in renames:
        return statement
    name = renames[statement.speaker]
    return replace(statement, speaker=name, speaker_id=slug(name))


def rename_event(event: Event, renames: dict[str, str]) -> Event:
    def side(participants: tuple[Participant, ...]) -> tuple[Participant, ...]:
        return tuple(_rename_side(p, renames) for p in participants)

    return replace(event, actors=side(event.actors), targets=side(event.targets))


def _rename_side(side: Participant, renames: dict[str, str]) -> Participant:
    if side.name not in renames:
        return side
    return replace(side, name=renames[side.name], id=slug(renames[side.name]))


def merge_statements(statements: Sequence[Statement], sources: Sequence[Source]) -> list[Statement]:
    by_id = {s.id: s for s in sources}
    groups = _groups(statements, _same_statement, _speaker_bucket)
    return [_combined(group, by_id) for group in groups]


def merge_events(events: Sequence[Event], sources: Sequence[Source]) -> list[Event]:
    by_id = {s.id: s for s in sources}
    groups = _groups(events, _same_event, _event_bucket)
    return [_agreed_date(_combined(group, by_id), group) for group in groups]


def _groups(
    items: Sequence[Item], same: Callable[[Item, Item], bool], bucket: Callable[[Item], object]
) -> list[list[Item]]:
    """Items reporting one fact, together; only items in one bucket are compared, which keeps
    thousands of sources fast."""
    buckets: dict[object, list[list[Item]]] = {}
    groups: list[list[Item]] = []
    for item in items:
        candidates = buckets.setdefault(bucket(item), [])
        group = next((g for g in candidates if same(g[0], item)), None)
        if group is None:
            group = [item]
            candidates.append(group)
            groups.append(group)
        else:
            group.append(item)
    return groups


def _combined(group: list[Item], sources: dict[str, Source]) -> Item:
    best = max(group, key=lambda i: i.confidence)
    reporting = unique(s for item in group for s in (item.sources or (item.source,)))
    publishers = {_publisher(sources.get(s), s) for s in reporting}
    # Independent reports add to the confidence; one publisher telling an act twice does not.
    weight: dict[str, float] = {}
    for item in group:
        source = sources.get(item.source)
        publisher = _publisher(source, item.source)
        told = item.confidence * _reliability(source)
        weight[publisher] = max(weight.get(publisher, 0.0), told)
    doubt = 1.0
    for told in weight.values():
        doubt *= 1.0 - told
    confidence = max(best.confidence, 1.0 - doubt)
    return replace(
        best, sources=reporting, corroboration=len(publishers), confidence=round(confidence, 3)
    )


def publishers(ids: Iterable[str], sources: dict[str, Source]) -> int:
    """How many independent publishers the sources are (a source naming none counts alone)."""
    return len({_publisher(sources.get(i), i) for i in ids}) or 1


def _publisher(source: Source | None, source_id: str) -> str:
    return (source.publisher or source.id) if source else source_id


def _reliability(source: Source | None) -> float:
    grade = source.reliability if source else None
    return RELIABILITY.get(grade or "C", RELIABILITY["C"])


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower()))


def _same_statement(a: Statement, b: Statement) -> bool:
    """Same speaker (where both are known) and the same words, give or take a few."""
    if a.speaker_id and b.speaker_id and a.speaker_id != b.speaker_id:
        return False
    if not (a.speaker_id and b.speaker_id) and a.speaker != b.speaker:
        return False
    first, second = _words(a.quote), _words(b.quote)
    if not first or not second:
        return False
    return len(first & second) / min(len(first), len(second)) >= _SAME_WORDS


def _speaker_bucket(statement: Statement) -> str:
    """Quotes can only be the same if their speakers share a surname."""
    return (statement.speaker or "").split()[-1].lower() if statement.speaker else ""


def _event_bucket(event: Event) -> tuple[str, frozenset[str]]:
    return (event.type, _side_key(event.actors))


def _same_event(a: Event, b: Event) -> bool:
    """Same type and doers, dates close, and targets that agree: the same, or one report
    does not name the target another gives (`shelled Huaquillas` and `shelled the Ecuadorean
    town of Huaquillas`)."""
    targets = (_side_key(a.targets), _side_key(b.targets))
    return (
        a.type == b.type
        and _side_key(a.actors) == _side_key(b.actors)
        and (targets[0] == targets[1] or not targets[0] or not targets[1])
        and _close(_exact_date(a), _exact_date(b))
    )


def _exact_date(event: Event) -> str | None:
    """The date the text gives; a report's publication date says little about the act's."""
    return event.date if event.date_precision not in (None, "reported") else None


def _side_key(sides: tuple[Participant, ...]) -> frozenset[str]:
    return frozenset(p.id or p.name.lower() for p in sides)


def _close(first: str | None, second: str | None) -> bool:
    """Undated or month-precise reports match; exact dates must lie within a few days."""
    if not first or not second or len(first) < 10 or len(second) < 10:
        return True
    gap = dt.date.fromisoformat(first) - dt.date.fromisoformat(second)
    return abs(gap.days) <= CLOSE_DAYS


def _agreed_date(event: Event, reports: list[Event]) -> Event:
    """The date most reports give (the earliest among equals): one outlet's slip is outvoted."""
    dated = Counter(r.date for r in reports if r.date and r.date_precision != "reported")
    if not dated:
        return event
    date = min(dated, key=lambda d: (-dated[d], d))
    source = next(r for r in reports if r.date == date)
    return replace(
        event, date=date, date_text=source.date_text, date_precision=source.date_precision
    )
