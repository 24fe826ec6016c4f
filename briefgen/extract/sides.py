"""The sides of an event: who acts (actors) and who is acted on (targets).

A side is a known actor where the words name one (`Tehran` -> Iran, `he` -> the person meant,
`Hungarian officials` -> Hungary); otherwise it keeps the noun phrase itself (`rebels`,
`a French minister`), so an event coded from an unfamiliar story still says who did what.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from briefgen.extract.actors import ActorIndex
from briefgen.extract.lexicon import Lexicon
from briefgen.model import Participant, slug

OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
TARGET_PREPS = frozenset({"with", "against", "on", "at", "to", "toward", "towards", "into", "upon"})
# `the invasion of South Lebanon`: after an event noun, `of` names who it is done to.
NOUN_TARGET_PREPS = TARGET_PREPS | {"of"}
# A clause without a subject of its own borrows its governor's; a reported passive
# (`civilians were killed, police said`) does not: who reports an act is not who did it.
INHERIT_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "acl"})
NOT_SIDES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
CIRCUMSTANCES = frozenset(
    {
        "time",
        "moment",
        "way",
        "period",
        "response",
        "addition",
        "case",
        "fact",
        "part",
        "result",
        "order",
        "effort",
        "side",
        "sideline",
        "level",
        "term",
        "basis",
        "behalf",
    }
)
_SKIPPED_DEPS = ("relcl", "acl", "punct", "appos", "advcl")


@dataclass(frozen=True)
class Sides:
    actors: tuple[Participant, ...]
    targets: tuple[Participant, ...]

    def __bool__(self) -> bool:
        return bool(self.actors or self.targets)


@dataclass(frozen=True)
class SideFinder:
    """Reads the sides of triggers in one document."""

    index: ActorIndex
    lexicon: Lexicon

    def verb_sides(self, verb: Token) -> Sides:
        """Targets in order of preference: a named object or recipient, the one the act is
        asked of (`demanded that the government ...`), the place it is done in, the thing."""
        actors = self.subjects(verb)
        targets = self.objects(verb)
        head = verb
        inherits = INHERIT_DEPS if _passive(verb) else INHERIT_DEPS | {"ccomp"}
        while (not actors or not targets) and head.dep_ in inherits and head.head is not head:
            head = _through_adjective(head.head)
            if head.pos_ == "NOUN":
                # `issued a declaration demanding ...`: the noun's verb acts.
                head = _verb_of(head) or head
            if head.pos_ not in ("VERB", "AUX"):
                break
            actors = actors or self.subjects(head)
            if head.dep_ != "conj" and not targets:
                targets = self.objects(head, skip=verb)
        targets = (
            targets
            or self._embedded(verb)
            or self._places_of(verb)
            or self.objects(verb, generic=True)
        )
        return _sides(actors, targets)

    def noun_sides(self, noun: Token) -> Sides:
        """`the US attack on Iran`, `his meeting with Araqchi`, `Egypt's talks with Israel`."""
        actors = [
            p
            for c in noun.children
            if c.dep_ in ("poss", "compound", "amod")
            for p in self.named(c, generic=c.dep_ == "poss")
        ]
        targets = [
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in NOUN_TARGET_PREPS
            for p in self._in_phrase(c)
        ]
        governor = _verb_of(noun)
        if governor is not None:
            actors = actors or list(self.verb_sides(governor).actors)
            targets = (
                targets
                or self.objects(governor, skip=noun)
                or self._embedded(governor)
                or self._places_of(governor)
            )
        return _sides(actors, targets)

    def subjects(self, verb: Token) -> list[Participant]:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        found: list[Participant] = []
        for child in verb.children:
            if child.dep_ == "agent":
                found += self._in_phrase(child)
            elif child.dep_ == "nsubj" and not passive:
                found += self.phrase(child)
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)
        if not found and not has_subject and verb.dep_ == "ROOT":
            found = self._stranded_subjects(verb)
        return found

    def objects(
        self, verb: Token, skip: Token | None = None, generic: bool = False
    ) -> list[Participant]:
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        # `handed the Russian leader a letter`: with a recipient, the object is the thing given.
        recipient = any(c.dep_ == "dative" for c in verb.children)
        found: list[Participant] = []
        for child in verb.children:
            if child is skip or (recipient and child.dep_ == "dobj"):
                continue
            if child.dep_ in OBJECT_DEPS or (child.dep_ == "nsubjpass" and passive):
                found += self.phrase(child, generic)
            elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
                found += self._in_phrase(child, generic)
        return found

    def phrase(self, token: Token, generic: bool = True) -> list[Participant]:
        """The side a noun phrase names, with its conjuncts (`Russia, China and Pakistan`)."""
        found = (
            self.named(token) or self._nearest_below(token) or self.named(token, generic=generic)
        )
        for conj in token.conjuncts:
            found += self.named(conj, generic=generic)
        return found

    def named(self, token: Token, generic: bool = False) -> list[Participant]:
        """The actor the word stands for, the state its demonym names, or the phrase itself."""
        if token.i in self.index.place_tokens or token.ent_type_ in NOT_SIDES:
            return []
        ref = self.index.resolve(token)
        if ref is not None:
            own = self.index.mention_at(token)
            start, end = (own.start, own.end) if own else (token.idx, token.idx + len(token))
            return [Participant(ref.actor, slug(ref.actor), start, end)]
        states = self._demonyms(token)
        if states:
            return states
        if generic and token.pos_ in ("NOUN", "PROPN") and not _circumstance(token):
            return [_generic(token)]
        return []

    def _demonyms(self, token: Token) -> list[Participant]:
        """`Senior Hungarian and Romanian officials` -> Hungary and Romania."""
        words = [c for c in token.children if c.dep_ in ("amod", "compound")]
        words += [c for w in words for c in w.conjuncts]
        found = []
        for word in words:
            state = self.lexicon.by_demonym(word.text)
            if state is not None:
                found.append(Participant(state.name, state.id, word.idx, word.idx + len(word)))
        return found

    def _nearest_below(self, token: Token) -> list[Participant]:
        """`three of Iran's nuclear facilities`: the nearest actor inside the phrase."""
        layer = [c for c in token.children if c.dep_ not in _SKIPPED_DEPS]
        while layer:
            # `its partners`: a possessive pronoun points back at the actor, not the target.
            found = [p for c in layer if c.pos_ != "PRON" for p in self.named(c)]
            if found:
                return found[:1]
            layer = [g for c in layer for g in c.children if g.dep_ not in _SKIPPED_DEPS]
        return []

    def _in_phrase(self, prep: Token, generic: bool = True) -> list[Participant]:
        found: list[Participant] = []
        for child in prep.children:
            if child.dep_ == "pobj":
                found += self.phrase(child, generic)
        return found

    def _embedded(self, verb: Token, depth: int = 0) -> list[Participant]:
        """`demanded that the government resign`: the one asked; `threatened to strike US
        bases`: the target of the complement clause; `threatened to hold a strike unless
        Israel rescinded ...`: the one the condition is put to."""
        for child in verb.children:
            if child.dep_ not in ("xcomp", "ccomp") and not _purpose_or_condition(child):
                continue
            subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            found = self.phrase(subject, generic=False) if subject is not None else []
            found = found or self.objects(child)
            if not found and depth < 1:
                found = self._embedded(child, depth + 1)
            if found:
                return found
        return []

    def _places_of(self, verb: Token) -> list[Participant]:
        """`set up a research centre in Tokyo`: the place stands for the one acted on."""
        clause = range(verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
        found = []
        for place in self.index.places:
            if place.start in clause:
                entry = self.lexicon.by_name(place.name) or self.lexicon.by_capital(place.name)
                actor_id = entry.id if entry else None
                found.append(Participant(place.name, actor_id, place.start, place.end))
        return found[:1]

    def _stranded_subjects(self, verb: Token) -> list[Participant]:
        """`..., Russia, China and Pakistan proposed`: a list the parser attached elsewhere."""
        found: list[Participant] = []
        i = verb.i - 1
        while i >= verb.sent.start and verb.doc[i].dep_ in ("aux", "advmod", "neg"):
            i -= 1
        while i >= verb.sent.start:
            token = verb.doc[i]
            mention = self.index.mention_at(token)
            if mention is not None:
                if not found or found[0].name != mention.actor:
                    found.insert(
                        0,
                        Participant(mention.actor, slug(mention.actor), mention.start, mention.end),
                    )
                i = mention.first_token - 1
            elif token.text == "," or token.lower_ == "and":
                i -= 1
            else:
                break
        return found


def _circumstance(token: Token) -> bool:
    """`at the same time`, `in response`: nouns of circumstance are nobody's side."""
    return token.is_stop or token.lemma_.lower() in CIRCUMSTANCES


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _purpose_or_condition(clause: Token) -> bool:
    """`to help defend Saudi Arabia`, `unless Israel rescinded ...`: clauses naming a target."""
    if clause.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "aux")}
    return bool(marks & {"to", "unless", "if", "until"})


def _verb_of(noun: Token) -> Token | None:
    """The verb an event noun is the object of: `staged [demonstrations]`, `opened
    [investigations]`, `arrived in Amman on [a visit]`."""
    head = noun.head if noun.dep_ in ("dobj", "nsubjpass", "attr") else None
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        head = noun.head.head
        if head.pos_ == "NOUN" and head.dep_ in ("dobj", "nsubjpass"):
            head = head.head  # `launched [10 days of] war games`
    return head if head is not None and head.pos_ in ("VERB", "AUX") else None


def _through_adjective(token: Token) -> Token:
    """`Norway is willing to send`: the side of `willing` is that of its copula."""
    return token.head if token.pos_ == "ADJ" and token.dep_ == "acomp" else token


def _generic(token: Token) -> Participant:
    """A side known only by its words: the noun with its modifiers, without determiners."""
    words = [
        t
        for t in token.subtree
        if (t.i <= token.i and t.dep_ in ("compound", "amod", "nmod", "poss")) or t is token
    ]
    start, end = words[0].idx, token.idx + len(token)
    return Participant(token.doc.text[start:end], None, start, end)


def _sides(actors: Iterable[Participant], targets: Iterable[Participant]) -> Sides:
    acting = _distinct(actors)
    names = {a.name for a in acting}
    return Sides(acting, _distinct(t for t in targets if t.name not in names))


def _distinct(sides: Iterable[Participant]) -> tuple[Participant, ...]:
    seen: dict[str, Participant] = {}
    for side in sides:
        seen.setdefault(side.name, side)
    return tuple(seen.values())
