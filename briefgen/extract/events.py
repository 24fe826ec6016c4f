"""Events: who did what to whom, where and when, typed with PLOVER event types.

A trigger is a verb or event noun from the lexicon. Its actors are the verb's subjects (the
`by` agent in the passive; a possessive or compound before an event noun), its targets the objects
and the `with` / `against` / `on` phrases; where the clause has no side of its own, the governing
verb's is used (`Tehran threatened to strike US bases`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefgen.extract.actors import ActorIndex, MentionRef, in_body
from briefgen.extract.dates import NormalDate, normalize
from briefgen.extract.lexicon import Lexicon, slug
from briefgen.model import DatePrecision, Event, Participant, Place, Source
from briefgen.model import Span as TextSpan

OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
TARGET_PREPS = frozenset({"with", "against", "on", "at", "to", "toward", "towards", "into", "upon"})
MODAL_VERBS = frozenset(
    {"will", "would", "could", "may", "might", "should", "can", "must", "shall"}
)
RELATIVE_WORDS = frozenset({"before", "after", "earlier", "later", "ago"})
INHERIT_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "acl"})


@dataclass(frozen=True)
class Sides:
    actors: tuple[MentionRef, ...]
    targets: tuple[MentionRef, ...]


def extract_events(doc: Doc, source: Source, index: ActorIndex, lexicon: Lexicon) -> list[Event]:
    published = dt.date.fromisoformat(source.published) if source.published else None
    events = []
    for token in doc:
        event_type = _event_type(token, lexicon)
        if event_type is None or not in_body(source, token):
            continue
        sides = (
            _verb_sides(token, index)
            if token.pos_ in ("VERB", "AUX")
            else _noun_sides(token, index)
        )
        if sides.actors or sides.targets:
            events.append(_event(source, index, token, event_type, sides, published))
    return events


def _event_type(token: Token, lexicon: Lexicon) -> str | None:
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX"):
        particle = next((c.lower_ for c in token.children if c.dep_ in ("prt", "prep")), None)
        phrasal = lexicon.event_verbs.get(f"{lemma} {particle}") if particle else None
        return phrasal or lexicon.event_verbs.get(lemma)
    if token.pos_ == "NOUN":
        return lexicon.event_nouns.get(lemma)
    return None


def _verb_sides(verb: Token, index: ActorIndex) -> Sides:
    actors = _subjects(verb, index)
    targets = _objects(verb, index)
    head = verb
    while (not actors or not targets) and head.dep_ in INHERIT_DEPS and head.head is not head:
        head = head.head
        actors = actors or _subjects(head, index)
        if head.dep_ != "conj":
            targets = targets or _objects(head, index, skip=verb)
    if not targets:
        targets = _embedded_objects(verb, index)
    return Sides(
        _distinct(actors), _distinct(t for t in targets if t.actor not in {a.actor for a in actors})
    )


def _subjects(verb: Token, index: ActorIndex) -> list[MentionRef]:
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    found: list[MentionRef] = []
    for child in verb.children:
        if child.dep_ == "agent":
            found += _actors_in(child, index)
        elif child.dep_ == "nsubj" and not passive:
            found += _conjoined(child, index)
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)
    if not found and not has_subject and verb.dep_ == "ROOT":
        found = _stranded_subjects(verb, index)
    return found


def _stranded_subjects(verb: Token, index: ActorIndex) -> list[MentionRef]:
    """`..., Russia, China and Pakistan proposed`: a list the parser attached elsewhere."""
    found: list[MentionRef] = []
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].dep_ in ("aux", "advmod", "neg"):
        i -= 1
    while i >= verb.sent.start:
        token = verb.doc[i]
        mention = index.mention_at(token)
        if mention is not None:
            if not found or found[0] is not mention:
                found.insert(0, mention)
            i = mention.first_token - 1
        elif token.text == "," or token.lower_ == "and":
            i -= 1
        else:
            break
    return found


def _objects(verb: Token, index: ActorIndex, skip: Token | None = None) -> list[MentionRef]:
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    # `handed the Russian leader a letter`: with a recipient, the direct object is the thing given.
    recipient = any(c.dep_ == "dative" for c in verb.children)
    found: list[MentionRef] = []
    for child in verb.children:
        if child is skip or (recipient and child.dep_ == "dobj"):
            continue
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "nsubjpass" and passive):
            found += _first_actors(child, index)
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            found += _actors_in(child, index)
    return found


def _embedded_objects(verb: Token, index: ActorIndex) -> list[MentionRef]:
    """`threatened to strike US bases`: the target sits in the complement clause."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp"):
            found = _objects(child, index)
            if found:
                return found
    return []


def _conjoined(token: Token, index: ActorIndex) -> list[MentionRef]:
    """`Russia, China and Pakistan`: the head and its conjuncts."""
    found = _first_actors(token, index)
    for conj in token.conjuncts:
        found += _first_actors(conj, index, deep=False)
    return found


def _first_actors(token: Token, index: ActorIndex, deep: bool = True) -> list[MentionRef]:
    """The actor a phrase names: the head itself, else the nearest one below it."""
    own = index.resolve(token)
    if own is not None:
        return [own] + [m for c in token.conjuncts if (m := index.resolve(c))]
    if not deep:
        return []
    queue = [c for c in token.children if c.dep_ not in ("relcl", "acl", "punct")]
    while queue:
        layer = [m for c in queue if (m := index.resolve(c)) and c.i not in index.place_tokens]
        if layer:
            return layer[:1]
        queue = [g for c in queue for g in c.children if g.dep_ not in ("relcl", "punct")]
    return []


def _actors_in(prep: Token, index: ActorIndex) -> list[MentionRef]:
    found: list[MentionRef] = []
    for child in prep.children:
        if child.dep_ == "pobj" and child.i not in index.place_tokens:
            found += _first_actors(child, index)
            found += [m for c in child.conjuncts if (m := index.resolve(c))]
    return found


def _noun_sides(noun: Token, index: ActorIndex) -> Sides:
    """`the US attack on Iran`, `his meeting with Araqchi`."""
    actors = [
        m
        for c in noun.children
        if c.dep_ in ("poss", "compound", "amod")
        if (m := index.resolve(c))
    ]
    targets = [
        m
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
        for m in _actors_in(c, index)
    ]
    if not actors and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        actors = []
    return Sides(
        _distinct(actors), _distinct(t for t in targets if t.actor not in {a.actor for a in actors})
    )


def _distinct(refs: Iterator[MentionRef] | list[MentionRef]) -> tuple[MentionRef, ...]:
    seen: dict[str, MentionRef] = {}
    for ref in refs:
        seen.setdefault(ref.actor, ref)
    return tuple(seen.values())


def _event(
    source: Source,
    index: ActorIndex,
    trigger: Token,
    event_type: str,
    sides: Sides,
    published: dt.date | None,
) -> Event:
    sentence = trigger.sent
    date_span = _date(trigger, sentence)
    normal = normalize(date_span.text, published) if date_span is not None else None
    places = _places(index, trigger, sentence, sides)
    negated = any(c.dep_ == "neg" for c in trigger.children)
    return Event(
        id="ev-" + hashlib.sha1(f"{source.id}:{trigger.idx}".encode()).hexdigest()[:12],
        source=source.id,
        type=event_type,
        trigger=TextSpan(trigger.text, trigger.idx, trigger.idx + len(trigger.text)),
        actors=tuple(_participant(m) for m in sides.actors),
        targets=tuple(_participant(m) for m in sides.targets),
        places=places,
        date=normal.iso if normal else (source.published if date_span is None else None),
        date_text=date_span.text if date_span is not None else None,
        date_precision=_precision(normal, date_span, source),
        sentence=_sentence_span(source, sentence),
        summary=_summary(trigger, sides, places, negated),
        confidence=_confidence(trigger, sides, negated),
        negated=negated,
        modality=_modality(trigger),
    )


def _participant(ref: MentionRef) -> Participant:
    return Participant(name=ref.actor, id=slug(ref.actor), start=ref.start, end=ref.end)


def _date(trigger: Token, sentence: Span) -> Span | None:
    """The DATE expression of the trigger's clause, else the nearest one in its sentence."""
    dates = [_date_phrase(e) for e in sentence.ents if e.label_ == "DATE" and not _is_duration(e)]
    if not dates:
        return None
    own = [d for d in dates if trigger in d.root.ancestors or d.root.head == trigger]
    return (own or sorted(dates, key=lambda d: abs(d.start - trigger.i)))[0]


def _date_phrase(ent: Span) -> Span:
    """`The day` + `before`: the tagger often leaves the relative word out of the entity."""
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if following is not None and following.lower_ in RELATIVE_WORDS:
        return ent.doc[ent.start : ent.end + 1]
    return ent


def _precision(
    normal: NormalDate | None, date_span: Span | None, source: Source
) -> DatePrecision | None:
    if normal is not None:
        return normal.precision
    return "reported" if date_span is None and source.published else None


def _is_duration(ent: Span) -> bool:
    """`a 20-year agreement` is a length of time, not a date."""
    return ent.root.dep_ in ("amod", "compound", "nummod") or (
        "-" in ent.text and "year" in ent.text
    )


def _places(index: ActorIndex, trigger: Token, sentence: Span, sides: Sides) -> tuple[Place, ...]:
    taken = {(m.start, m.end) for m in (*sides.actors, *sides.targets)}
    clause = (
        {t.idx for t in trigger.subtree}
        if trigger.pos_ in ("VERB", "AUX")
        else {t.idx for t in sentence}
    )
    own = [
        p
        for p in index.places
        if sentence.start_char <= p.start < sentence.end_char and (p.start, p.end) not in taken
    ]
    inside = [p for p in own if p.start in clause]
    return tuple(inside or ([] if trigger.pos_ in ("VERB", "AUX") else own))


def _modality(trigger: Token) -> str | None:
    modal = next(
        (c.lower_ for c in trigger.children if c.dep_ == "aux" and c.lower_ in MODAL_VERBS), None
    )
    if modal:
        return modal
    if trigger.dep_ == "xcomp" and trigger.head.pos_ == "VERB":
        return trigger.head.lemma_.lower()
    return None


def _confidence(trigger: Token, sides: Sides, negated: bool) -> float:
    score = 0.4 + (0.3 if sides.actors else 0.0) + (0.2 if sides.targets else 0.0)
    # An event noun often names again what a verb already reported (`struck` ... `the attack`).
    nominal = 0.8 if trigger.pos_ == "NOUN" else 1.0
    # Threatened, planned or refused acts did not (yet) happen: they rank below reported facts.
    modal = 0.6 if _modality(trigger) else 1.0
    return round(score * nominal * modal * (0.5 if negated else 1.0), 3)


def _summary(trigger: Token, sides: Sides, places: tuple[Place, ...], negated: bool) -> str:
    actors = _names(sides.actors) or "Unknown actor"
    modal = f"{trigger.head.text} to" if trigger.dep_ == "xcomp" else ""
    words = [actors, "did not" if negated else "", modal, trigger.text, _names(sides.targets)]
    if places:
        words.append("in " + ", ".join(p.name for p in places))
    return " ".join(w for w in words if w)


def _names(refs: tuple[MentionRef, ...]) -> str:
    names = [r.actor for r in refs]
    return (
        names[0]
        if len(names) == 1
        else ", ".join(names[:-1]) + (" and " + names[-1] if names else "")
    )


def _sentence_span(source: Source, sentence: Span) -> TextSpan:
    text = sentence.text.strip()
    start = source.text.index(text, sentence.start_char) if text else sentence.start_char
    return TextSpan(text, start, start + len(text))
