"""Event triggers: the words (`events.yaml`) that can name an act, with their PLOVER type.

A phrasal verb or a verb with its object is looked up before the bare verb (`call off strike`,
`back down`, `send arms`), a compound noun before the bare noun (`hunger strike`). An entry may
say what the word needs around it to be in its event sense (`release (actor)`); whether the
text gives it is decided with the sides, in `events.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from briefgen.extract.lexicon import Lexicon
from briefgen.model import EventType

OBLIGATION = frozenset({"must", "should", "ought"})
# What one should be to act that foresees the act rather than asks for it: `should be able to`.
FORESEEN = frozenset({"able", "capable", "likely", "unlikely", "certain", "sure"})
# The entry a reported obligation is told by, whatever its verb (not a lexicon word).
REPORTED_OBLIGATION = "must"
# Verbs of a state, a view or a perception: what one `should expect`, `must know` or `should
# have` is asked of no one as an act.
STATES = frozenset(
    {"expect", "know", "believe", "think", "feel", "understand", "realise", "realize", "accept",
     "remember", "recognise", "recognize", "see", "hear", "seem", "appear", "look", "sound",
     "remain", "stay", "become", "have", "own", "deserve", "need", "want", "like", "love",
     "hate", "prefer", "hope", "wish", "fear", "worry", "doubt", "mean", "matter", "depend",
     "consider", "regard", "count", "exist", "lie", "stand", "benefit", "suffer", "rely"}
)  # fmt: skip


# Verbs of a thing's own change: what `should expand` or `must rise` is foreseen, not asked.
CHANGES = frozenset(
    {"expand", "grow", "rise", "fall", "increase", "decrease", "decline", "improve", "recover",
     "shrink", "slow", "drop", "climb", "soar", "surge", "change", "develop", "evolve"}
)  # fmt: skip


@dataclass(frozen=True)
class Trigger:
    type: EventType
    entry: str  # the lexicon entry that matched: `release`, `call for`, `hunger strike`
    needs: str | None  # `actor`, `target`, `to`, or several joined with `|`

    def wants(self, need: str) -> bool:
        return self.needs is not None and need in self.needs.split("|")


def find_trigger(token: Token, lexicon: Lexicon) -> Trigger | None:
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX"):
        candidates = (
            [*_verb_phrases(token, lemma), lemma] if lexicon.may_head_an_event_verb(lemma) else []
        )
        for entry in candidates:
            kind = lexicon.event_verbs.get(entry)
            if kind == "FIGHT" and entry == "strike" and _walkout(token):
                return Trigger("PROTEST", "strike", None)  # `teachers will strike over pay`
            if kind:
                return Trigger(kind, entry, lexicon.verb_needs.get(entry))
        return _reported_obligation(token, lexicon)
    if (
        token.pos_ == "NOUN"
        and lexicon.may_head_an_event_noun(lemma)
        and not _in_a_set_phrase(token)
    ):
        compounds = [
            f"{c.lower_} {lemma}" for c in token.children if c.dep_ in ("compound", "amod")
        ]
        # `a state of emergency`, `a memorandum of understanding`, `calls for [a ceasefire]`
        compounds += [f"{lemma} of {g.lower_}" for g in phrase_after(token, "of")]
        compounds += [f"{lemma} {c.lower_}" for c in token.children if c.dep_ == "prep"]
        # `a ban on weapons imports` is an import ban
        compounds += [f"{g.lemma_.lower()} {lemma}" for g in phrase_after(token, "on")]
        compounds += [f"{lemma} {p}" for p in _clause_for(token)]
        # `hunger strike` is a protest, `strike` alone is not
        for entry in [*compounds, lemma]:
            kind = lexicon.event_nouns.get(entry)
            if kind:
                if lemma == "strike" and kind == "FIGHT" and _stoppage(token):
                    return Trigger("PROTEST", "strike", None)
                return Trigger(kind, entry, lexicon.noun_needs.get(entry))
    return None


def _in_a_set_phrase(noun: Token) -> bool:
    """`in order to`, `in order that`: a conjunction, not an order."""
    doc = noun.doc
    before = doc[noun.i - 1].lower_ if noun.i > 0 else ""
    after = doc[noun.i + 1].lower_ if noun.i + 1 < len(doc) else ""
    return noun.lower_ == "order" and before == "in" and after in ("to", "that", "for")


# `a four-day strike`, `an open-ended strike`, `on strike`: workers stopping work, not a raid.
_STOPPAGE_WORDS = frozenset(
    {"open-ended", "indefinite", "general", "nationwide", "national", "wildcat", "token",
     "warning", "rolling", "sit-down", "teachers", "workers", "union", "doctors", "nurses",
     "miners", "transport", "rail", "postal"}
)  # fmt: skip


# Verbs by which workers stop work, and the workers (`staff joined the strike`).
STRIKING = frozenset({"join", "call", "stage", "hold", "ballot", "threaten", "begin", "plan"})
STRIKERS = frozenset(
    {"worker", "staff", "servant", "employee", "union", "teacher", "nurse", "doctor", "driver",
     "miner", "member", "firefighter", "pilot", "crew", "lecturer", "postman", "porter"}
)  # fmt: skip


def _union(word: Token) -> bool:
    return word.ent_type_ == "ORG" and any(t.lemma_.lower() == "union" for t in word.subtree)


def _walkout(strike: Token) -> bool:
    """Workers who strike, striking nothing: `nurses struck over pay`, `staff are set to
    strike`, `the union will strike next week`."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in strike.children):
        return False  # `struck the base`, `was struck by lightning`
    clause = strike
    while clause.dep_ in ("xcomp", "conj", "acomp") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    ):
        clause = clause.head  # `are set to [strike]`, `are due to [strike]`
    strikers = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(w.lemma_.lower() in STRIKERS or _union(w) for w in strikers)


def _stoppage(strike: Token) -> bool:
    if strike.dep_ == "pobj" and strike.head.lower_ == "on":
        return True
    if strike.dep_ == "dobj" and strike.head.lemma_.lower() in STRIKING:
        # `civil servants joined the strike`, `unions called a strike`: workers stop work
        striking = [c for c in strike.head.children if c.dep_ == "nsubj"]
        if any(w.lemma_.lower() in STRIKERS or _union(w) for w in striking):
            return True
    before = strike.doc[strike.left_edge.i : strike.i].text.lower()
    words = before.replace(" - ", "-").split()
    return any(w in _STOPPAGE_WORDS or w.endswith(("-day", "-hour", "-week")) for w in words)


def bare_trigger(token: Token, found: Trigger, lexicon: Lexicon) -> Trigger | None:
    """The verb alone, where a phrase (`agree with`) matched but is not in its sense here:
    `agreed, with strings attached, to lift the embargo` is still an agreement."""
    lemma = token.lemma_.lower()
    kind = lexicon.event_verbs.get(lemma) if token.pos_ in ("VERB", "AUX") else None
    if kind is None or found.entry == lemma:
        return None
    return Trigger(kind, lemma, lexicon.verb_needs.get(lemma))


def event_type(token: Token, lexicon: Lexicon) -> EventType | None:
    """The PLOVER type a word can trigger, whatever its context."""
    found = find_trigger(token, lexicon)
    return found.type if found else None


def _reported_obligation(token: Token, lexicon: Lexicon) -> Trigger | None:
    """`Russia said Sudan must return the helicopter`: whatever the verb, a reported `must`
    is a demand."""
    if not any(c.lower_ in OBLIGATION for c in token.children) or _mere_being(token):
        return None
    if token.lemma_.lower() in STATES or perfect(token):
        return None
    if token.lemma_.lower() in CHANGES and not any(c.dep_ == "dobj" for c in token.children):
        return None  # `it should expand over time`, `prices should rise`: a forecast
    if any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in token.children):
        return None  # `she believes we must continue to push`: a creed, asked of no other
    if befalls(token, lexicon) or token.sent.text.rstrip().endswith("?"):
        # `Do you think the government should pursue charges?`: a question asks no one to act
        return None
    reported = any(a.lemma_.lower() in lexicon.cue_verbs for a in token.ancestors)
    if reported and token.dep_ == "ccomp":
        return Trigger("DEMAND", REPORTED_OBLIGATION, None)
    return None


def befalls(token: Token, lexicon: Lexicon) -> bool:
    """`the systems should not be affected`, `the spill should be put in context`: a passive
    that names no act tells what is to befall something, a forecast or a view, where `the
    helicopter must be returned` asks an act."""
    passive = any(c.dep_ == "auxpass" for c in token.children)
    return passive and token.lemma_.lower() not in lexicon.event_verbs


def perfect(token: Token) -> bool:
    """`should have treated them alike`: what ought to have been done is a reproach of the
    past, not something asked of anyone."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)


def _mere_being(token: Token) -> bool:
    """`which judge it should be`, `must also be peers`: being is no act; being ready to act
    (`must be ready to mediate`) speaks of one, and being able or likely to act (`the company
    should be able to grow its sales`) foresees it."""
    return token.lemma_ == "be" and not any(
        c.dep_ == "acomp"
        and c.lemma_.lower() not in FORESEEN
        and any(g.dep_ == "xcomp" for g in c.children)
        for c in token.children
    )


def in_battle(trigger: Token, kind: EventType, lexicon: Lexicon) -> EventType:
    """`killed three in a gunbattle`: violence within fighting is fighting."""
    if kind != "ASSAULT":
        return kind
    settings = [
        g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    return "FIGHT" if any(event_type(s, lexicon) == "FIGHT" for s in settings) else kind


# Ways and occasions a preposition may set a verb in: `called in [on their way] back`.
ROUTES = frozenset({"way", "route", "journey", "behalf", "occasion", "basis", "condition"})


def _circumstantial(prep: Token) -> bool:
    """`gave their answers [in 100 hours of interviews]`: a phrase of time, place or number,
    not a particle (`gave in`). A place one moves `on` or `against` is what is done to it
    (`marched on Tripoli`, `advanced on the capital`); `on their way back` is the way, not
    whom one calls on."""
    if any(g.dep_ == "pobj" and g.lemma_.lower() in ROUTES for g in prep.children):
        return True
    if prep.lower_ in ("on", "against", "upon", "toward", "towards"):
        return False
    return any(
        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME", "CARDINAL", "QUANTITY", "GPE", "LOC")
        for g in prep.children
    )


def phrase_after(word: Token, *preps: str) -> list[Token]:
    """The words after the word's prepositions `preps`: `of` in `the terms [of the treaty]`,
    `to` in `his visit [to Pakistan]`."""
    return [
        g
        for c in word.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def split_list_prep(word: Token) -> Token | None:
    """`accusing Gaddafi of bombing, [shelling] and [shooting] civilians`: the preposition a
    list of gerunds is under, where the parser hung the later ones on the verb instead."""
    first = word.head if word.dep_ == "conj" else word
    if first.dep_ != "advcl" or first.tag_ != "VBG":
        return None
    prep = next(
        (c for c in first.head.children if c.dep_ == "prep" and c.right_edge.i < first.i), None
    )
    if prep is None or not any(g.dep_ in ("pobj", "pcomp") for g in prep.children):
        return None
    between = word.doc[prep.right_edge.i + 1 : first.i]
    return prep if all(t.is_punct for t in between) else None


def looked_for(clause: Token) -> bool:
    """A clause of `for ... to`: `(called) for Gaddafi to step down`, `(waited) for the army
    to withdraw`: an act sought or awaited."""
    # (`paves the way for the US to reopen ...`, which the parser may call a relative clause)
    if clause.dep_ not in ("advcl", "ccomp", "xcomp", "acl", "relcl"):
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ in ("aux", "mark")}
    return {"for", "to"} <= marks


def _clause_for(word: Token) -> list[str]:
    """`called for Gaddafi to step down`: the `for` of a clause after the word belongs to the
    word, as in `called for a ceasefire` (the parser hangs it on the clause)."""
    return ["for" for c in word.children if c.i > word.i and looked_for(c)]


def _verb_phrases(verb: Token, lemma: str) -> list[str]:
    """`call off strike`, `call off`, `send arms`, `end mediation [efforts]`, longest first."""
    # A particle, or a preposition after the verb: not `[On Friday], Macron called ...`, nor
    # one after its object (`gave birth [in] a clinic` is no `give in`).
    after_object = min((c.i for c in verb.children if c.dep_ == "dobj"), default=len(verb.doc))
    particles = [
        c.lemma_.lower()
        for c in verb.children
        if c.dep_ == "prt"
        or (c.dep_ == "prep" and verb.i < c.i < after_object and not _circumstantial(c))
    ]
    particles += _clause_for(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    nouns = {form for o in objects for form in (o.lemma_.lower(), o.lower_)}
    nouns |= {c.lemma_.lower() for o in objects for c in o.children if c.dep_ == "compound"}
    phrases = [f"{lemma} {p} {n}" for p in particles for n in nouns]
    phrases += [f"{lemma} {p}" for p in particles] + [f"{lemma} {n}" for n in nouns]
    return phrases
