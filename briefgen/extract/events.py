"""Events: who did what to whom, where and when, typed with PLOVER event types.

A trigger is a verb or event noun from the lexicon (`events.yaml`), or a verb with its object
(`lift blockade`). Its sides come from the parse (`sides.py`). How the act is framed changes
its type the way PLOVER codes it: an offer or a promise of cooperation is AGREE (`will support`,
`offered to negotiate`), a promise of force or sanctions is THREATEN (`would boycott`), what
someone `must` do is a DEMAND of the speaker, and a refused or failed cooperation is REJECT.
The frame itself is kept as the event's modality; negation as its own flag.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefgen.extract.actors import ActorIndex, in_body
from briefgen.extract.dates import NormalDate, normalize
from briefgen.extract.lexicon import Lexicon
from briefgen.extract.sides import SideFinder, Sides
from briefgen.model import (
    COOPERATIVE,
    QUAD_CLASS,
    DatePrecision,
    Event,
    EventType,
    Participant,
    Place,
    Source,
)
from briefgen.model import Span as TextSpan

# Acts that are agreed to when offered and rejected when refused: cooperation, and (as CAMEO's
# "express intent to cooperate on judicial matters" has it) investigations.
OFFERABLE: frozenset[EventType] = COOPERATIVE | {"INVESTIGATE"}
# Acts of force: promised, they are threats. Protest is material conflict but not force.
FORCEFUL: frozenset[EventType] = frozenset(
    kind for kind, quad in QUAD_CLASS.items() if quad == "material conflict"
) - {"PROTEST"}
INTENT = frozenset(
    {
        "offer",
        "promise",
        "pledge",
        "agree",
        "vow",
        "plan",
        "intend",
        "decide",
        "prepare",
        "want",
        "seek",
        "expect",
        "hope",
        "ready",
        "willing",
        "prepared",
        "able",
    }
)
REFUSAL = frozenset({"refuse", "reject", "fail", "decline", "deny", "oppose", "unwilling"})
DEMANDING = frozenset({"urge", "demand", "ask", "press", "order", "call", "require"})
FUTURE = frozenset({"will", "would", "shall", "'ll", "may", "might", "could"})
OBLIGATION = frozenset({"must", "should", "ought"})
RELATIVE_WORDS = frozenset({"before", "after", "earlier", "later", "ago"})


@dataclass(frozen=True)
class Frame:
    """How the text presents an act: done, offered, threatened, demanded or refused."""

    kind: str | None  # None (reported as done), "intent", "threat", "demand", "refusal"
    word: str | None  # the word that frames it: `will`, `offered`, `must`, `refused`
    governor: Token | None = None


def extract_events(doc: Doc, source: Source, index: ActorIndex, lexicon: Lexicon) -> list[Event]:
    published = dt.date.fromisoformat(source.published) if source.published else None
    finder = SideFinder(index, lexicon)
    events: dict[tuple[object, ...], Event] = {}
    for token in doc:
        base = event_type(token, lexicon) or _reported_obligation(token, lexicon)
        # What a quote says happened is the speaker's claim: it is a statement, not an event.
        if base is None or not in_body(source, token) or index.quoted(token.idx):
            continue
        verbal = token.pos_ in ("VERB", "AUX")
        sides = finder.verb_sides(token) if verbal else finder.noun_sides(token)
        if not sides:
            continue
        frame = _frame(token, lexicon)
        kind = _in_battle(token, _plover_type(base, frame), lexicon)
        if kind == "DEMAND" and frame.kind == "demand":
            sides = _demand_sides(token, sides, finder, lexicon)
        event = _event(source, index, token, kind, sides, frame, published)
        key = (event.sentence.start, kind, _names(sides.actors), _names(sides.targets))
        events.setdefault(key, event)  # one act told twice in a sentence is one event
    return list(events.values())


def event_type(token: Token, lexicon: Lexicon) -> EventType | None:
    """The PLOVER type a word triggers: phrasal verbs and verb + object first, then the verb."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX"):
        for phrase in _verb_phrases(token, lemma):
            phrasal = lexicon.event_verbs.get(phrase)
            if phrasal:
                return phrasal
        return lexicon.event_verbs.get(lemma)
    if token.pos_ == "NOUN":
        for child in token.children:
            if child.dep_ in ("compound", "amod"):
                compound = lexicon.event_nouns.get(f"{child.lower_} {lemma}")
                if compound:
                    return compound  # `hunger strike` is a protest, `strike` alone is not
        return lexicon.event_nouns.get(lemma)
    return None


def _reported_obligation(token: Token, lexicon: Lexicon) -> EventType | None:
    """`Russia said Sudan must return the helicopter`: whatever the verb, a reported `must`
    is a demand."""
    if token.pos_ != "VERB" or not any(c.lower_ in OBLIGATION for c in token.children):
        return None
    reported = any(a.lemma_.lower() in lexicon.cue_verbs for a in token.ancestors)
    return "DEMAND" if reported and token.dep_ == "ccomp" else None


def _in_battle(trigger: Token, kind: EventType, lexicon: Lexicon) -> EventType:
    """`killed three in a gunbattle`: violence within fighting is fighting."""
    if kind != "ASSAULT":
        return kind
    settings = [
        g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    return "FIGHT" if any(event_type(s, lexicon) == "FIGHT" for s in settings) else kind


def _verb_phrases(verb: Token, lemma: str) -> list[str]:
    """`call off strike`, `call off`, `send arms`, `end mediation [efforts]`, longest first."""
    particles = [c.lemma_.lower() for c in verb.children if c.dep_ in ("prt", "prep")]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    nouns = {form for o in objects for form in (o.lemma_.lower(), o.lower_)}
    nouns |= {c.lemma_.lower() for o in objects for c in o.children if c.dep_ == "compound"}
    phrases = [f"{lemma} {p} {n}" for p in particles for n in nouns]
    phrases += [f"{lemma} {p}" for p in particles] + [f"{lemma} {n}" for n in nouns]
    return phrases


def _frame(trigger: Token, lexicon: Lexicon, depth: int = 0) -> Frame:
    """Negation, modal verbs and governing verbs (`offered to`, `refused to`, `must`);
    a governor frames what it governs (`failed to reach an agreement`)."""
    if any(c.dep_ == "neg" for c in trigger.children):
        return Frame("refusal", "not")
    for aux in (c for c in trigger.children if c.dep_ == "aux"):
        if aux.lower_ in OBLIGATION:
            return Frame("demand", aux.lower_)
        if aux.lower_ in FUTURE:
            return Frame("intent", aux.lower_)
    governor = _governor(trigger)
    if governor is None:
        return Frame(None, None)
    own = _governing_frame(governor, lexicon)
    if own.kind is None and depth < 1:
        return _frame(governor, lexicon, depth + 1)
    return own


def _governing_frame(governor: Token, lexicon: Lexicon) -> Frame:
    word = governor.lemma_.lower()
    if word in REFUSAL or any(c.dep_ == "neg" for c in governor.children):
        return Frame("refusal", governor.text, governor)
    if event_type(governor, lexicon) == "THREATEN":
        return Frame("threat", governor.text, governor)
    if word in DEMANDING:
        return Frame("demand", governor.text, governor)
    if word in INTENT or any(c.lower_ in FUTURE for c in governor.children if c.dep_ == "aux"):
        return Frame("intent", governor.text, governor)
    return Frame(None, None)


def _governor(trigger: Token) -> Token | None:
    """The verb or adjective a trigger depends on: `offered [to negotiate]`,
    `ready [to host]`, `offered [concessions]`."""
    if trigger.dep_ in ("xcomp", "ccomp") or (trigger.pos_ == "NOUN" and trigger.dep_ == "dobj"):
        return trigger.head
    if trigger.dep_ == "pobj" and trigger.head.head.pos_ == "ADJ":
        return trigger.head.head  # `opposed to French mediation`
    return None


def _plover_type(base: EventType, frame: Frame) -> EventType:
    if frame.kind == "intent" and base in OFFERABLE:
        return "AGREE"
    if frame.kind == "intent" and base in FORCEFUL:
        return "THREATEN"
    if frame.kind == "demand":
        return "DEMAND"
    if frame.kind == "refusal" and base in OFFERABLE:
        return "REJECT"
    return base


def _demand_sides(trigger: Token, sides: Sides, finder: SideFinder, lexicon: Lexicon) -> Sides:
    """`Russia said Sudan must return the helicopter`: Russia demands, of Sudan."""
    reporter = next((a for a in trigger.ancestors if a.lemma_.lower() in lexicon.cue_verbs), None)
    if reporter is None:
        return sides
    speakers = finder.subjects(reporter)
    if not speakers:
        return sides
    return Sides(tuple(speakers), sides.actors or sides.targets)


def _event(
    source: Source,
    index: ActorIndex,
    trigger: Token,
    kind: EventType,
    sides: Sides,
    frame: Frame,
    published: dt.date | None,
) -> Event:
    sentence = trigger.sent
    date_span = _date(trigger, sentence)
    normal = normalize(date_span.text, published) if date_span is not None else None
    places = _places(index, trigger, sentence, sides)
    negated = frame.word == "not"
    return Event(
        id=event_id(source.id, trigger.idx),
        source=source.id,
        type=kind,
        trigger=TextSpan(trigger.text, trigger.idx, trigger.idx + len(trigger.text)),
        actors=sides.actors,
        targets=sides.targets,
        places=places,
        date=normal.iso if normal else (source.published if date_span is None else None),
        date_text=date_span.text if date_span is not None else None,
        date_precision=_precision(normal, date_span, source),
        sentence=_sentence_span(source, sentence),
        summary=_summary(trigger, sides, places, frame),
        confidence=_confidence(trigger, sides, frame),
        negated=negated,
        modality=frame.word if frame.kind and not negated else None,
    )


def event_id(source: str, offset: int) -> str:
    return "ev-" + hashlib.sha1(f"{source}:{offset}".encode()).hexdigest()[:12]


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
    taken = {(p.start, p.end) for p in (*sides.actors, *sides.targets)}
    verbal = trigger.pos_ in ("VERB", "AUX")
    clause = {t.idx for t in (trigger.subtree if verbal else sentence)}
    own = [
        p
        for p in index.places
        if sentence.start_char <= p.start < sentence.end_char and (p.start, p.end) not in taken
    ]
    inside = [p for p in own if p.start in clause]
    return tuple(inside or ([] if verbal else own))


def _confidence(trigger: Token, sides: Sides, frame: Frame) -> float:
    named = [p for p in (*sides.actors, *sides.targets) if p.id]
    score = 0.4 + (0.3 if sides.actors else 0.0) + (0.2 if sides.targets else 0.0)
    score *= 1.0 if named else 0.7
    # An event noun often names again what a verb already reported (`struck` ... `the attack`).
    score *= 0.8 if trigger.pos_ == "NOUN" else 1.0
    # Offered, threatened or refused acts did not (yet) happen: they rank below reported facts.
    score *= 0.6 if frame.kind else 1.0
    return round(score, 3)


def _summary(trigger: Token, sides: Sides, places: tuple[Place, ...], frame: Frame) -> str:
    actors = _names(sides.actors) or "Unknown actor"
    framing = {"not": "did not"}.get(frame.word or "", frame.word or "")
    if frame.governor is not None:
        framing = f"{frame.governor.text} to" if trigger.pos_ != "NOUN" else frame.governor.text
    words = [actors, framing, trigger.text, _names(sides.targets)]
    if places:
        words.append("in " + ", ".join(p.name for p in places))
    return " ".join(w for w in words if w)


def _names(sides: tuple[Participant, ...]) -> str:
    names = [p.name for p in sides]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _sentence_span(source: Source, sentence: Span) -> TextSpan:
    return source.span_in_paragraph(sentence.start_char, sentence.end_char)
