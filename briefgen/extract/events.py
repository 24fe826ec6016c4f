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

from spacy.tokens import Doc, Span, Token

from briefgen.extract.actors import ActorIndex, in_body
from briefgen.extract.dates import NormalDate, normalize
from briefgen.extract.framing import Frame, frame_of
from briefgen.extract.lexicon import Lexicon
from briefgen.extract.sides import EFFORTS, TARGET_PREPS, WITHDRAWING, SideFinder, Sides
from briefgen.extract.triggers import Trigger, find_trigger, in_battle
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
# Acts a text may report without naming who did them: a bomb went off, someone was arrested,
# protests broke out. Every other event needs its doer (ACLED's rule: a doer and a happening).
UNSEEN_DOER: frozenset[EventType] = frozenset({"FIGHT", "ASSAULT", "COERCE", "PROTEST", "CRIME"})
EXERCISES = frozenset({"exercise", "drill", "game", "manoeuvre", "maneuver", "war game"})
# Governors that make forces ready (PLOVER's MOBILIZE), rather than promise their use.
READYING = frozenset({"prepared", "preparing", "prepares", "prepare", "poised", "ready", "readied"})
# Verbs whose subject is what the act happens to, not who does it: `a bomb exploded`.
UNACCUSATIVE = frozenset({"explode", "detonate", "go", "blast", "burst", "erupt"})
GRIEVANCES = frozenset({"PROTEST", "DISAPPROVE", "REJECT", "MOBILIZE"})
MATERIAL_CONFLICT = frozenset({"FIGHT", "ASSAULT", "COERCE"})
MODALITY_WEIGHT = {"realised": 1.0, "intended": 0.9, "hypothetical": 0.7, "generic": 0.6}
# A rally for a campaign, an election or a government is not a protest.
NOT_PROTESTS = frozenset({"campaign", "election", "electoral", "pro-government", "victory"})
RELATIVE_WORDS = frozenset({"before", "after", "earlier", "later", "ago"})


def extract_events(doc: Doc, source: Source, index: ActorIndex, lexicon: Lexicon) -> list[Event]:
    published = dt.date.fromisoformat(source.published) if source.published else None
    finder = SideFinder(index, lexicon)
    # `support against the United States`: in a cooperative act, who it is against is not
    # whom it is for.
    helper = SideFinder(index, lexicon, TARGET_PREPS - {"against"})
    # `withdrew from Panama`: whom a retreat concerns is where it is from.
    retreat = SideFinder(index, lexicon, TARGET_PREPS | {"from"})
    events: dict[tuple[object, ...], Event] = {}
    told_by_verb: set[tuple[object, ...]] = set()
    for token in doc:
        # What a quote says happened is the speaker's claim: it is a statement, not an event.
        if not in_body(source, token) or index.quoted(token.idx):
            continue
        trigger = find_trigger(token, lexicon)
        if trigger is None or _describes_a_thing(token):
            continue
        verbal = token.pos_ in ("VERB", "AUX")
        sides_of = helper if trigger.type in COOPERATIVE else finder
        withdrawing = trigger.type == "RETREAT" or token.lemma_.lower() in WITHDRAWING
        sides_of = retreat if withdrawing else sides_of
        # A grievance's target is whom it is against before where it happened.
        places = trigger.type not in GRIEVANCES
        sides = sides_of.verb_sides(token, places) if verbal else sides_of.noun_sides(token)
        if not _in_sense(token, trigger, sides, finder, lexicon):
            continue
        if token.lemma_.lower() in UNACCUSATIVE and not any(
            c.dep_ == "dobj" for c in token.children
        ):
            sides = Sides((), sides.targets)  # `the bomb exploded`, `it went off`: no doer said
        frame = frame_of(token, lexicon)
        kind = in_battle(token, _plover_type(trigger.type, frame), lexicon)
        kind = _joint(token, kind, sides)
        if kind in GRIEVANCES and (not sides.targets or _addressed(token)):
            # `protested against violations by the police`, `complained to the UN over raids`
            against = sides_of.grievance(token) or (sides_of.places_of(token) if verbal else [])
            sides = Sides(sides.actors, tuple(against) or sides.targets)
        if kind == "DEMAND" and frame.kind == "demand":
            sides = _demand_sides(token, sides, finder, lexicon)
        if not _has_doer(token, kind, sides, finder, lexicon):
            continue
        event = _event(source, index, token, kind, sides, frame, published)
        key = (event.sentence.start, kind, _names(sides.actors), _names(sides.targets))
        # One act told twice in a sentence is one event, told by its verb where there is one.
        if key not in events or (verbal and key not in told_by_verb):
            events[key] = event
        if verbal:
            told_by_verb.add(key)
    return list(events.values())


def _in_sense(
    token: Token, trigger: Trigger, sides: Sides, finder: SideFinder, lexicon: Lexicon
) -> bool:
    """Whether the word is used in its event sense here: its doer is someone (not `the Dow`,
    not `lightning`), and it has what its lexicon entry needs (see events.yaml)."""
    subject = _doer_word(token)
    if subject is not None and not _can_act(subject, finder, lexicon):
        return False
    if trigger.needs is None:
        return True
    return any(_has(need, token, sides, finder, lexicon) for need in trigger.needs.split("|"))


def _has(need: str, token: Token, sides: Sides, finder: SideFinder, lexicon: Lexicon) -> bool:
    acted_on = _acted_on_word(token)
    if need == "to":
        return _asks_to(token)
    if need == "object":
        return any(c.dep_ == "dobj" for c in token.children)
    if need == "alone":
        return not any(c.dep_ == "dobj" for c in token.children)
    if need == "sides":
        return bool(sides.actors and sides.targets)
    if need == "force":
        return _warns_of_force(token, lexicon)
    if need == "protest":
        return not any(
            c.lemma_.lower() in NOT_PROTESTS
            for c in token.children
            if c.dep_ in ("compound", "amod")
        )
    # `actor` and `target`: what it is done to, where the text says, fits.
    if acted_on is None or acted_on.pos_ == "PRON" or finder.phrase(acted_on):
        return True
    if acted_on.lemma_.lower() in lexicon.message_nouns:
        # `released a video` is communication; `provided intelligence to Macedonia` is aid.
        return need == "actor" and bool(sides.targets)
    if find_trigger(acted_on, lexicon) is not None:
        return True  # a light verb and its event: `hosted talks`, `repelled the attack`
    if need == "target" and finder.is_target(acted_on):
        return True
    return need == "actor" and bool(sides.targets)  # `provided weapons to Ukraine`


def _warns_of_force(token: Token, lexicon: Lexicon) -> bool:
    """`warned of retaliation`, `warned it would strike`: a warning is a threat when what it
    warns of is force, punishment or their consequences (not `warned police of his fears`)."""
    said = [
        c
        for c in token.children
        if c.dep_ in ("ccomp", "xcomp", "dobj")
        or (c.dep_ == "prep" and c.lower_ in ("of", "about", "against"))
    ]
    for word in (w for c in said for w in c.subtree):
        if word.lemma_.lower() in lexicon.consequence_nouns:
            return True
        found = find_trigger(word, lexicon)
        if found is not None and found.type in FORCEFUL | {"THREATEN", "SANCTION"}:
            return True
    return False


def _addressed(token: Token) -> bool:
    """`complained to the UN over raids`: the complaint has an addressee and a grievance."""
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    return "to" in preps and bool(preps & {"over", "about", "against"})


def _describes_a_thing(token: Token) -> bool:
    """`charging papers`, `a shooting range`: a word describing a thing, not an act; but `a
    mediation effort` is the act of mediating."""
    return token.dep_ in ("amod", "compound") and token.head.lemma_.lower() not in EFFORTS


def _unaccusative(token: Token) -> bool:
    return token.lemma_.lower() in UNACCUSATIVE and not any(
        c.dep_ == "dobj" for c in token.children
    )


def _doer_word(token: Token) -> Token | None:
    """The word in the doer's place: the subject, or the `by` phrase of a passive."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    for child in token.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _can_act(word: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """Someone (an actor, a pronoun, a description of one) or something that does harm on its
    own (a bomb, an attack); `the Dow`, `lightning` or `the report` do not act."""
    if _named_thing(word, lexicon):
        return False  # `the Dow retreated`
    if word.pos_ == "PRON" or finder.phrase(word) or finder.could_be_actor(word):
        return True
    return word.lemma_.lower() in lexicon.weapon_nouns or find_trigger(word, lexicon) is not None


def _named_thing(word: Token, lexicon: Lexicon) -> bool:
    phrase = " ".join(t.lower_ for t in word.subtree if t.dep_ in ("compound", "nmod") or t == word)
    return phrase in lexicon.not_actors or word.lower_ in lexicon.not_actors


def _asks_to(token: Token) -> bool:
    """`asked Iran to release`, `asked to be released`, `an order to withdraw`: an act asked
    for, not a question or a need."""
    return any(
        c.dep_ in ("xcomp", "ccomp", "acl", "advcl")
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in token.children
    )


def _acted_on_word(token: Token) -> Token | None:
    """The word for who or what is acted on: the object, the subject of a passive, or after
    an event noun its `of`/`on`/`against` phrase."""
    if token.pos_ in ("VERB", "AUX"):
        passive = any(c.dep_ == "auxpass" for c in token.children)
        for child in token.children:
            if child.dep_ in ("dobj", "dative") or (passive and child.dep_ == "nsubjpass"):
                return child
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "on", "against", "at"):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _has_doer(
    token: Token, kind: EventType, sides: Sides, finder: SideFinder, lexicon: Lexicon
) -> bool:
    """An event has a doer and a happening. Attacks, arrests, crimes and protests may be told
    without their doer (`a bomb exploded`, `he was arrested`, `protests broke out`); every
    other act needs the one who did it."""
    if sides.actors:
        return True
    if kind not in UNSEEN_DOER:
        return False
    if sides.targets or token.pos_ == "NOUN":
        return True
    subject = _doer_word(token)
    return subject is not None and subject.lemma_.lower() in lexicon.weapon_nouns


def _joint(token: Token, kind: EventType, sides: Sides) -> EventType:
    """Joint exercises and manoeuvres of several states are cooperation, not a show of force."""
    joint = any(c.lower_ == "joint" for c in token.children) or len(sides.actors) > 1
    exercise = token.lemma_.lower() in EXERCISES
    return "COOPERATE" if kind == "MOBILIZE" and exercise and joint else kind


def _plover_type(base: EventType, frame: Frame) -> EventType:
    if frame.kind == "intent" and base in FORCEFUL and frame.word in READYING:
        return "MOBILIZE"  # `prepared to resume shelling`: forces made ready
    if frame.kind == "ultimatum" or (frame.kind == "intent" and base in FORCEFUL):
        return "THREATEN"
    if frame.kind == "conditional" and base in FORCEFUL | {"SANCTION"}:
        return "THREATEN"  # `may halt mediation if cooperation founders`
    if frame.kind == "intent" and base in OFFERABLE:
        return "AGREE"
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
    # A refused cooperation is itself an act (REJECT); other acts the text denies are negated.
    negated = frame.negated and not (frame.kind == "refusal" and kind == "REJECT")
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
        confidence=_confidence(trigger, kind, sides, frame),
        negated=negated,
        modality=frame.modality,
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
    # A side is not also a place; but a place standing for its state as a side (`in Tokyo`
    # -> Japan) is still where it happened.
    taken = {(p.start, p.end, p.name) for p in (*sides.actors, *sides.targets)}
    clause = {t.idx for t in trigger.subtree}
    own = [
        p
        for p in index.places
        if sentence.start_char <= p.start < sentence.end_char
        and (p.start, p.end, p.name) not in taken
    ]
    return tuple(p for p in own if p.start in clause)


def _confidence(trigger: Token, kind: EventType, sides: Sides, frame: Frame) -> float:
    """How likely the event is right, type and doer: a product of what makes it so.

    Acts of force and arrests told by a verb are the surest; other acts told by a verb are
    less sure (a speech verb, a word used loosely), and an event noun least (it often names
    again, or in general, an act told elsewhere). A doer the text names raises it, one only
    described or found through a pronoun less; an act only possible, demanded, habitual or
    denied is less likely what the reader takes it for. `benchmarks/calibration.py` measures
    how well this holds on the development sets.
    """
    material = kind in MATERIAL_CONFLICT
    if trigger.pos_ in ("VERB", "AUX"):
        score = 0.92 if material else 0.78
    else:
        score = 0.66 if material else 0.58
    doers = sides.actors
    if not sides.targets:
        score *= 0.85  # whom it was done to not said, or not found
    if not doers:
        score *= 0.85
    elif sides.borrowed or any(_pronoun(trigger.doc, p) for p in doers):
        score *= 0.85  # the doer found in the clause above, or through a pronoun
    elif not any(p.id for p in doers):
        score *= 0.85  # described, not named: `police`, `rebels`
    score *= MODALITY_WEIGHT[frame.modality] * (0.7 if frame.negated else 1.0)
    return round(score, 3)


def _pronoun(doc: Doc, side: Participant) -> bool:
    span = doc.char_span(side.start, side.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].pos_ == "PRON"


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
