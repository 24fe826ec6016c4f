"""Actors: people, organisations, states and groups, one per real-world entity in a document.

Named entities are mapped onto canonical actors through the lexicon (aliases, capitals, seats of
government, demonyms); partial names join full names ("Putin" -> "Vladimir Putin"); roles come from
the title words before a name and from appositions; descriptions such as "the Russian leader" and
pronouns resolve to the person they point at.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from briefgen.extract.doctext import sentences_of, text_of, words_of
from briefgen.extract.lexicon import Entry, Lexicon
from briefgen.extract.quotes import Quote, find_quotes
from briefgen.model import Actor, ActorType, Mention, Place, Source, slug

Named = TypeVar("Named")  # what a name found at a position stands for

SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "around", "into"})
# Verbs after which `at` names whom the act is aimed at, not where: `fired back at BP`,
# `lashed out at the Kremlin`.
AIMED_AT = frozenset(
    {"fire", "shoot", "lash", "hit", "strike", "swipe", "jab", "aim", "point", "rail", "snap",
     "hurl", "throw", "lob", "laugh", "sneer", "scoff", "direct", "target"}
)  # fmt: skip
PRONOUN_GENDERS = {
    **dict.fromkeys(("he", "him", "his", "himself"), "male"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "female"),
}
PERSON_PRONOUNS = frozenset(PRONOUN_GENDERS)
# `we` and `our` stand for the speaker's side, which the text rarely names: left unresolved.
GROUP_PRONOUNS = frozenset({"they", "them", "their", "it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
NAMED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})
ROLE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
_LOOKBACK_SENTENCES = 3
# Descriptions of a state's government: PLOVER codes them as the state.
# People who speak for someone else: `he` in what they say is that someone.
SPOKESPEOPLE = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "representative", "lawyer",
     "attorney", "solicitor", "barrister", "agent", "adviser", "advisor", "friend", "ally"}
)  # fmt: skip
# Words that make a role another one: `shadow chancellor` is not `the chancellor`.
ROLE_QUALIFIERS = frozenset(
    {"shadow", "deputy", "vice", "former", "ex", "assistant", "junior", "acting", "under",
     "opposition", "outgoing", "incoming", "late"}
)  # fmt: skip
# Verbs of seeing or hearing someone act: `saw them fire`, `heard them shout`.
PERCEIVING = frozenset({"see", "watch", "hear", "witness", "notice", "observe", "spot"})
GOVERNMENT_WORDS = frozenset({"government", "administration", "regime", "country", "nation"})


@dataclass
class MentionRef:
    """One mention of an actor in the document (token indices are into the Doc)."""

    actor: str
    start: int
    end: int
    text: str
    first_token: int
    last_token: int
    sentence: int
    subject: bool


@dataclass
class Draft:
    name: str
    type: ActorType
    roles: list[str] = field(default_factory=list)
    mentions: list[MentionRef] = field(default_factory=list)
    affiliation: str | None = None
    gender: str | None = None


@dataclass
class ActorIndex:
    """The actors of one document and where each is mentioned; resolves words to actors."""

    source: Source
    drafts: dict[str, Draft] = field(default_factory=dict)
    mentions: list[MentionRef] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    place_tokens: set[int] = field(default_factory=set)
    by_token: dict[int, MentionRef] = field(default_factory=dict)
    quotes: list[Quote] = field(default_factory=list)
    # Words for one person (`the chancellor`, `a donor`) and for an institution (`the party`).
    person_words: frozenset[str] = frozenset()
    institution_words: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    # The names the article gives storms (`Mitch` in `Hurricane Mitch`): no one's name.
    storms: frozenset[str] = frozenset()

    def quoted(self, offset: int) -> bool:
        """Whether the character lies inside a quotation (asked for most words of a text)."""
        starts, reach = self._quote_reach
        # Of the quotes opening at or before the offset, the furthest any of them runs.
        before = bisect.bisect_right(starts, offset)
        return before > 0 and reach[before - 1] > offset

    @functools.cached_property
    def _quote_reach(self) -> tuple[list[int], list[int]]:
        """The quotes' starts in order, and how far the quotes up to each reach (the quotes
        are found once, when the index is made)."""
        spans = sorted((q.start, q.end) for q in self.quotes)
        reach = list(itertools.accumulate((end for _, end in spans), max))
        return [start for start, _ in spans], reach

    def add(self, draft: Draft, ref: MentionRef) -> None:
        known = self.drafts.setdefault(draft.name, draft)
        known.mentions.append(ref)
        self.mentions.append(ref)
        for i in range(ref.first_token, ref.last_token + 1):
            self.by_token[i] = ref

    def mention_at(self, token: Token) -> MentionRef | None:
        return self.by_token.get(token.i)

    def named(self, text: str) -> str | None:
        """The actor a bare name denotes: `Padilla` or `PENCE` for a person named in full."""
        wanted = text.lower().split()
        for name in self.drafts:
            words = name.lower().split()
            if words == wanted or (wanted and words[-1] == wanted[-1]):
                return name
        return None

    def _agrees(self, ref: MentionRef, gender: str) -> bool:
        draft = self.drafts[ref.actor]
        return draft.type == "person" and draft.gender in (None, gender)

    def type_of(self, name: str) -> ActorType | None:
        draft = self.drafts.get(name)
        return draft.type if draft else None

    def resolve(self, token: Token) -> MentionRef | None:
        """The actor a word stands for: its own mention, or a pronoun's antecedent."""
        found = self.mention_at(token)
        if found is not None:
            return found
        lower = token.lower_
        if lower not in PERSON_PRONOUNS and (lower not in GROUP_PRONOUNS or _dummy_it(token)):
            return None
        # `he called on Trump to apologise`: no one named in the clause a pronoun is the
        # subject of is the one it stands for (what he says is another clause: `he notes
        # there was an issue with Trump's microphone` is often Trump's own)
        bound = set()
        if token.dep_ in ("nsubj", "nsubjpass"):
            bound = {m.actor for t in _own_clause(token.head) if (m := self.mention_at(t))}
        if lower in PERSON_PRONOUNS:
            gender = PRONOUN_GENDERS[lower]
            return self.antecedent(
                token,
                lambda ref: self._agrees(ref, gender) and ref.actor not in bound,
                person=True,
            )
        found = self.antecedent(
            token, lambda ref: self.type_of(ref.actor) != "person" and ref.actor not in bound
        )
        if (
            found is not None
            and lower in PLURAL_PRONOUNS
            and self.people_before(token, found.last_token + 1) is not None
        ):
            return None  # `had difficulty hiring women because they demanded ...`: the women
        return found

    def people_before(self, pronoun: Token, start: int) -> Token | None:
        """The nearest people named by a plural noun before a plural pronoun in its sentence,
        from `start` on (`hiring [women] because they ...`)."""
        for word in reversed(pronoun.doc[max(start, pronoun.sent.start) : pronoun.i]):
            if word.dep_ in ("nsubj", "nsubjpass") and word.head.i > pronoun.i:
                continue  # the pronoun's own clause's subject is no antecedent
            if (
                word.tag_ == "NNS"
                and word.lemma_.lower() in self.person_words
                and self.mention_at(word) is None
            ):
                return word
        return None

    def described_antecedent(self, pronoun: Token) -> Token | None:
        """The unnamed subject `they` continues, where no name comes first: `Separatist
        warlords led raids. In 1995 they seized hostages` continues `warlords`."""
        if pronoun.lower_ not in ("they", "them") or self._speaker_of(pronoun) is not None:
            return None
        act = pronoun.head
        if act.dep_ in ("ccomp", "xcomp") and act.head.lemma_.lower() in PERCEIVING:
            return None  # `eyewitnesses report seeing them fire`: others, whom they saw
        sentence = _sentence_index(pronoun)
        for back in range(_LOOKBACK_SENTENCES):
            found = self._subjects(pronoun, sentence - back, lambda ref: True, False)
            if found:
                word, ref = found[-1] if back else found[0]
                if self.people_before(pronoun, word.i + 1) is not None:
                    return None  # `police arrested three students because they ...`
                return word if ref is None and word.tag_ in ("NNS", "NNPS") else None
        return None

    def antecedent(
        self, token: Token, fits: Callable[[MentionRef], bool], person: bool = False
    ) -> MentionRef | None:
        """Whom a pronoun continues: the first fitting subject before it in its sentence (`X
        said he`), else the last one in the sentences before, else the nearest fitting mention
        a few sentences back. A subject we cannot name that could be meant (`the chancellor`
        for `he`, `the bill` for `it`) stops the search: the pronoun stays unresolved rather
        than falling to a name further back."""
        sentence = _sentence_index(token)
        reported = self._reported_subject(token)
        if reported is not None:
            # `Gibbs said Obama intended to fulfil his pledge`: the reported clause's own
            # subject, before the one who reports it
            known = self.mention_at(reported)
            if known is not None and fits(known):
                return known
        speaker = self._speaker_of(token)
        if speaker is not None and speaker.tag_ in ("WP", "WDT") and speaker.head.dep_ == "relcl":
            speaker = speaker.head.head  # `interviewed dozens who say they ...`: the dozens
        if speaker is not None and speaker.lemma_.lower() in SPOKESPEOPLE:
            # `His spokesman said he would not fund them`: `he` is whom the spokesman speaks for
            speaker = next((c for c in speaker.children if c.dep_ == "poss"), None)
            if speaker is None:
                return None
        if speaker is not None:
            # `X said he would`, `prompted a donor to say he will`: whoever says it
            known = self.mention_at(speaker)
            if known is None and speaker.pos_ == "PRON" and speaker.i < token.i:
                known = self.resolve(speaker)
            if known is not None and fits(known):
                return known
            if known is None and speaker.pos_ in ("NOUN", "PROPN"):
                return None  # a speaker we cannot name: whoever it is, not someone else
            # `Yukos has said it will sue Baikal`, with `Yukos` taken for a person: a one-word
            # name is most often a body's, and `it` still the one who says it, not a body
            # named before
            mistyped = (
                known is not None
                and self.type_of(known.actor) == "person"
                and " " not in known.actor
            )
            if mistyped and not person:
                return None
        ahead = _fronted_subject(token)
        if ahead is not None:
            # `After his inquiry, Sir Philip Mawer will report`: the one the clause is about
            known = next((m for t in ahead.subtree if (m := self.mention_at(t))), None)
            if known is not None and fits(known):
                return known
            if known is None and self._could_mean(ahead, person):
                return None
        for owner in (_clause_owner(token), _urged_to_act(token)):
            # `Obama's reference to Yemen, in which he urged Saleh`: the one whose words they
            # are; `urged Saleh to follow through on his agreement`: the one urged to act
            if owner is None:
                continue
            known = self.mention_at(owner)
            if known is not None and fits(known):
                return known
            if known is None and self._could_mean(owner, person):
                return None  # someone we cannot name: whoever it is, not someone else
        for back in range(_LOOKBACK_SENTENCES):
            found = self._subjects(token, sentence - back, fits, person)
            if found:
                return (_main_subject(found) if back else found[0])[1]
        # Names inside quotes are what was said (`"I would, Donald"`), not who is speaking.
        earlier = [
            m
            for m in self.mentions
            if m.last_token < token.i
            and sentence - m.sentence < _LOOKBACK_SENTENCES
            and fits(m)
            and not self.quoted(m.start)
            and not _commanded(token, m)
        ]
        if not earlier:
            return None
        nearest = earlier[-1]
        # `prompted a Labour donor to say he will refuse`: someone we cannot name stands
        # between the pronoun and the name, and is more likely the one meant.
        between = token.doc[nearest.last_token + 1 : token.i]
        if person and any(
            self._could_mean(w, person) and self.mention_at(w) is None for w in between
        ):
            return None
        return nearest

    def _subjects(
        self, pronoun: Token, sentence: int, fits: Callable[[MentionRef], bool], person: bool
    ) -> list[tuple[Token, MentionRef | None]]:
        """The subjects before `pronoun` in a sentence that it could continue, each with the
        actor it names (None for one we cannot name)."""
        found: list[tuple[Token, MentionRef | None]] = []
        for word in self._sentence_words(pronoun.doc, sentence):
            if word.i >= pronoun.i or word.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if self.quoted(word.idx) or _commanded(pronoun, word):
                continue
            ref = self.mention_at(word)
            if ref is None and word.pos_ == "PRON":
                if (word.lower_ in PERSON_PRONOUNS) != person or _dummy_it(word):
                    continue  # (`it required one man to ...` stands for no one to continue)
                if person and PRONOUN_GENDERS[word.lower_] != PRONOUN_GENDERS[pronoun.lower_]:
                    continue
                ref = self.resolve(word)
                if ref is None and word.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
                    found.append((word, None))  # continues someone we could not name
                    continue
            if ref is None and not person and word.lemma_.lower() in self.institution_words:
                named = self.institution(word)
                ref = _ref(named, word.doc[word.i : word.i + 1]) if named else None
            if ref is None and person and not self._could_mean(word, person):
                # `Starr's office did not return a call about his subpoena`: a subject that is
                # no one is its owner's (his office, his decision, his inquiry)
                owner = next((c for c in word.children if c.dep_ == "poss"), None)
                owned = self.mention_at(owner) if owner is not None else None
                if owner is not None and owned is not None and fits(owned):
                    found.append((owner, owned))
                continue
            if ref is not None:
                if fits(ref):
                    found.append((word, ref))
            elif self._could_mean(word, person):
                found.append((word, None))
        return found

    def _speaker_of(self, pronoun: Token) -> Token | None:
        """The one who says the clause a pronoun stands in: the subject of `said`, or who is
        made to say it (`prompted a donor to say`)."""
        reported = self._reported_clause(pronoun)
        if reported is None:
            return None
        verb = reported.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
        if subject is None and verb.dep_ == "xcomp":
            made = sorted(
                (c for c in verb.head.children if c.dep_ in ("dobj", "nsubj")),
                key=lambda c: c.dep_ != "dobj",  # `prompted [a donor] to say`
            )
            subject = made[0] if made else None
        return subject if subject is not None and subject.i != pronoun.i else None

    def _reported_clause(self, word: Token) -> Token | None:
        """The clause a speech verb reports that the word stands in: `said [he would]`."""
        child = word
        for verb in word.ancestors:
            if verb.lemma_.lower() in self.speech_verbs and child.dep_ == "ccomp":
                return child
            child = verb
        return None

    def _reported_subject(self, pronoun: Token) -> Token | None:
        """The subject of the reported clause a pronoun stands in, where it is not the pronoun
        and comes before it: `said [Obama] intended to fulfil his pledge`."""
        clause = self._reported_clause(pronoun)
        if clause is None:
            return None
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i >= pronoun.i or subject.pos_ == "PRON":
            return None
        return subject

    def _could_mean(self, word: Token, person: bool) -> bool:
        """Whether a subject we cannot name could be whom a pronoun means: a person for `he`
        or `she` (`the chancellor`, `a Labour donor`), anything else for `it` or `they`."""
        if word.pos_ not in ("NOUN", "PROPN"):
            return False
        someone = word.ent_type_ == "PERSON" or (
            word.lemma_.lower() in self.person_words and word.tag_ in ("NN", "NNP")
        )
        return someone if person else not someone

    def _sentence_words(self, doc: Doc, sentence: int) -> Span | list[Token]:
        sentences = _sentences(doc)
        return sentences[sentence] if 0 <= sentence < len(sentences) else []

    def institution(self, token: Token) -> str | None:
        """The actor a bare description names (`the ministry`, `the party`, `the
        government`): the one organisation the article names with that word, or for a
        government the one state the article is about; else None."""
        word = token.lemma_.lower()
        # `the administration` is the government, not the one body with the word in its name
        # (`National Aeronautics and Space Administration`)
        named = [
            name
            for name, draft in self.drafts.items()
            if draft.type in ("organization", "group")
            and word in name.lower().split()
            and word not in GOVERNMENT_WORDS
        ]
        # `many outside groups` are not the one group the article names
        if len(named) == 1 and token.tag_ not in ("NNS", "NNPS"):
            return named[0]
        # `the government`, `the country`; not `rich nations`, `the only English-speaking
        # country`: many, or one the words single out from others
        singled_out = any(c.dep_ in ("amod", "relcl", "acl") for c in token.children)
        if word in GOVERNMENT_WORDS and token.tag_ != "NNS" and not singled_out:
            return self.main_state()
        return None

    def main_state(self) -> str | None:
        """The state an article is mostly about: mentioned at least twice, and more often than
        any other state."""
        counts = Counter(
            {n: len(d.mentions) for n, d in self.drafts.items() if d.type == "state"}
        ).most_common(2)
        if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] >= counts[0][1]):
            return None
        return counts[0][0]

    def actors(self) -> list[Actor]:
        top = max((_weight(d) for d in self.drafts.values()), default=1.0) or 1.0
        return [self._actor(d, round(_weight(d) / top, 3)) for d in self.drafts.values()]

    def _actor(self, draft: Draft, salience: float) -> Actor:
        aliases = _unique(m.text for m in draft.mentions if m.text.lower() != draft.name.lower())
        mentions = tuple(
            Mention(self.source.id, m.start, m.end, m.text)
            for m in sorted(draft.mentions, key=lambda m: m.start)
        )
        return Actor(
            id=slug(draft.name),
            name=draft.name,
            type=draft.type,
            roles=tuple(_unique(draft.roles)),
            aliases=tuple(aliases),
            mentions=mentions,
            salience=salience,
            sources=(self.source.id,),
            affiliation=draft.affiliation,
        )


def _commanded(pronoun: Token, mention: MentionRef | Token) -> bool:
    """`Why will the prime minister not act, he demanded`: a subject pronoun cannot stand for a
    name inside what its own verb governs (binding theory's principle C)."""
    if pronoun.dep_ not in SUBJECTS or pronoun.head == pronoun:
        return False
    first = mention.i if isinstance(mention, Token) else mention.first_token
    return first != pronoun.i and any(t.i == first for t in pronoun.head.subtree)


def _fronted_subject(pronoun: Token) -> Token | None:
    """The subject of the main clause when the pronoun stands in a phrase put before it
    (`After his inquiry, Mawer will report`, `As is his habit, the prime minister ...`)."""
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < pronoun.i:
        return None
    fronted = next((a for a in [pronoun, *pronoun.ancestors] if a.head == root), None)
    if fronted is None or fronted.dep_ not in ("prep", "advcl", "npadvmod", "advmod"):
        return None
    return subject if fronted.i < subject.i else None


def _clause_owner(pronoun: Token) -> Token | None:
    """Whose the noun is that a relative clause with the pronoun as its subject describes:
    `[Obama]'s reference to Yemen, in which he urged Saleh`."""
    if pronoun.dep_ not in SUBJECTS or pronoun.head.dep_ != "relcl":
        return None
    described = pronoun.head.head
    return next((c for c in described.children if c.dep_ == "poss" and c.i < pronoun.i), None)


def _urged_to_act(pronoun: Token) -> Token | None:
    """Whom a verb urges, asks or tells to do the act a possessive pronoun stands in: `urged
    [Saleh] to follow through on his agreement`."""
    if pronoun.dep_ != "poss":
        return None
    act = next((a for a in pronoun.ancestors if a.dep_ == "xcomp"), None)
    if act is None:
        return None
    return next((c for c in act.head.children if c.dep_ == "dobj" and c.i < pronoun.i), None)


def _dummy_it(token: Token) -> bool:
    """`it was not unlawful for the police to...`, `it is thought`, `it required only one man
    to clear the area`, `it took a week to agree`: `it` standing for no one."""
    if token.lower_ != "it":
        return False
    head = token.head
    if head.lemma_ == "be":
        return True
    if any(c.dep_ in ("ccomp", "csubj") for c in head.children) and head.lemma_ in (
        "seem",
        "appear",
        "emerge",
        "think",
        "believe",
        "say",
    ):
        return True
    # what it takes to do something: the doing is the subject, moved to the end
    return head.lemma_ in ("take", "require", "need", "cost") and any(
        c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
        for c in head.children
    )


def _weight(draft: Draft) -> float:
    return sum(1.0 + (0.5 if m.subject else 0.0) for m in draft.mentions)


def _unique(items: Iterator[str] | list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.lower(), item)
    return list(seen.values())


def _sentences(doc: Doc) -> list[Span]:
    found = sentences_of(doc)
    if "briefgen.sentence_ordinals" not in doc.user_data:
        doc.user_data["briefgen.sentence_ordinals"] = {s.start: n for n, s in enumerate(found)}
    return found


def _main_subject(
    found: list[tuple[Token, MentionRef | None]],
) -> tuple[Token, MentionRef | None]:
    """Whom a pronoun in a new sentence continues: the subject of the sentence before's main
    verb, what that sentence was about (`Boehner said Obama shouldn't exploit the crisis. He
    also said ...`: Boehner), else its last subject."""
    main = [f for f in found if f[0].head.dep_ == "ROOT"]
    # (where the parser gives the main verb two subjects, the one that opens the sentence is
    # its own: `Saad Djebbar, a lawyer who negotiated the release of al-Megrahi, believes`)
    return main[0] if main else found[-1]


def _sentence_index(token: Token) -> int:
    """The sentence's place in the document: 0 for the first, 1 for the next."""
    _sentences(token.doc)
    ordinals: dict[int, int] = token.doc.user_data["briefgen.sentence_ordinals"]
    return ordinals[token.sent.start]


def in_body(source: Source, span: Span | Token) -> bool:
    """Whether a word, or all of a span, lies in one body paragraph."""
    start, end = (
        (span.start_char, span.end_char) if isinstance(span, Span) else (span.idx, span.idx)
    )
    paragraph = source.paragraph_at(start)
    return paragraph is not None and paragraph.kind == "body" and end <= paragraph.end


def find_actors(doc: Doc, source: Source, lexicon: Lexicon) -> ActorIndex:
    index = ActorIndex(
        source,
        quotes=find_quotes(source.text, source.paragraphs),
        person_words=lexicon.role_words | lexicon.agent_nouns,
        institution_words=lexicon.institution_nouns,
        speech_verbs=lexicon.cue_verbs,
    )
    people: list[Span] = []
    one_word_bodies: list[Span] = []
    index.storms = storms = _storm_names(doc, lexicon)
    sites = _site_names(doc, lexicon)
    for ent in doc.ents:
        if not in_body(source, ent):
            continue
        for span in _parts(ent):
            if _title_word(span, lexicon):
                continue  # `Defence` in `Defence Minister Rosa Vargas` is part of her title
            if span[-1].text in storms:
                continue  # `Hurricane Mitch ... Mitch killed about 10,000 people`: a storm
            if len(span) == 1 and span[0].tag_ in ("JJ", "JJR", "JJS") and span.label_ != "NORP":
                continue  # `Fierce battles raged`: an adjective the tagger took for a name
            if span.label_ == "PERSON" and (is_locative(span, lexicon) or span.text in sites):
                _add_place(index, span)  # `near Svalbard`: people are not where things happen
            elif _document(span, lexicon):
                continue  # `the Finance Bill`, tagged a person or an organisation
            elif _illness(span, lexicon):
                continue  # `H5N1 bird flu`, `the Ebola virus`: an illness does nothing
            elif span.label_ == "PERSON" or _titled(span, lexicon):
                people.append(_person_span(span, lexicon))
            elif span.label_ == "ORG" and len(span) == 1 and lexicon.by_name(span.text) is None:
                one_word_bodies.append(span)
            else:
                _add_named(index, span, lexicon)
    _add_people(index, people, {span.text for span in one_word_bodies}, lexicon)
    # `Fred Bartlit ... But Bartlit said`: a surname the tagger took for an organisation is
    # the person's (found with the other surnames below)
    surnames = {d.name.split()[-1] for d in index.drafts.values() if d.type == "person"}
    for span in one_word_bodies:
        # an acronym (`BP`, `IRA`) is no surname, even where the tagger ran one into a name
        if span.text not in surnames or not span.text.istitle():
            _add_named(index, span, lexicon)
    _add_surnames(index, doc, source)
    _add_descriptions(index, doc, source, lexicon)
    index.mentions.sort(key=lambda m: m.start)
    _infer_genders(index, doc, lexicon)
    return index


def _site_names(doc: Doc, lexicon: Lexicon) -> frozenset[str]:
    """Names the tagger took for people that the article only ever gives a site or a thing:
    `the Budzisko border crossing`, `the Oval office`, `Nimrod spy planes`. A name the article
    also writes anywhere else, tagged or not, stays a person's (`the Hariri airport ... Hariri
    said`), and so does one that says whose people hold the site (`a Karen guerrilla
    stronghold`)."""
    sites = lexicon.site_nouns | lexicon.facility_nouns | lexicon.ground_nouns
    people = lexicon.forces_nouns | lexicon.role_words | lexicon.agent_nouns
    at_sites: Counter[str] = Counter()
    elsewhere: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            head = ent.root.head
            between = doc[ent.end : head.i]
            held = any(word.lemma_.lower() in people for word in between)
            if ent.root.dep_ == "compound" and head.lemma_.lower() in sites and not held:
                at_sites[ent.text] += 1
            else:
                elsewhere.add(ent.text)
    return frozenset(
        name
        for name, times in at_sites.items()
        if name not in elsewhere
        and len(re.findall(rf"\b{re.escape(name)}\b", text_of(doc))) == times
    )


def _storm_names(doc: Doc, lexicon: Lexicon) -> frozenset[str]:
    """The names the article gives storms: `Mitch` in `Hurricane Mitch`."""
    storms = lexicon.mishap_nouns | lexicon.calamity_nouns
    return frozenset(
        token.text
        for token in words_of(doc)
        if token.pos_ == "PROPN" and token.i > 0 and doc[token.i - 1].lemma_.lower() in storms
    )


def _document(span: Span, lexicon: Lexicon) -> bool:
    """`the Finance Bill`, `the Freedom of Information Act`, `the Budget`: a named document."""
    last = span[-1]
    named = len(span) > 1 or any(
        c.dep_ == "compound" and c.text[:1].isupper() for c in last.children
    )  # `Finance Bill` tagged `Bill`
    # `the Budget`, `his Budget` tagged an organisation (a person may be called `Bill`)
    return (
        (named or span.label_ == "ORG")
        and last.lemma_.lower() in lexicon.document_nouns
        and last.text[:1].isupper()
        and lexicon.by_name(span.text) is None
    )


def _illness(span: Span, lexicon: Lexicon) -> bool:
    """`H5N1 bird flu`, `Spanish Flu`; not `the Institute of Allergy and Infectious Diseases`,
    a body named for what it fights."""
    return span[-1].lemma_.lower() in lexicon.disease_nouns and not any(
        t.pos_ == "ADP" or t.lower_ == "and" for t in span
    )


def _title_word(span: Span, lexicon: Lexicon) -> bool:
    """An organisation word the tagger cut out of a title: `[Defence] Minister`,
    `[Foreign] Secretary`."""
    if span.label_ not in ("ORG", "NORP") or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    title = f"{span.text} {after.text}".lower()
    return (
        span.root.head == after
        and (after.lower_ in lexicon.role_words or title in lexicon.role_words)
        and lexicon.by_name(span.text) is None
    )


def _titled(span: Span, lexicon: Lexicon) -> bool:
    """`Chancellor Olaf Scholz` tagged as an organisation: a title before a name makes a
    person; an honorific even before one word (`Lord Tebbit` tagged a nationality)."""
    if span.start == 0 or lexicon.by_name(span.text) or lexicon.by_capital(span.text):
        return False
    before = span.doc[span.start - 1]
    if not all(t.pos_ == "PROPN" for t in span) or before.head.i < span.start:
        return False
    honorific = before.lower_.rstrip(".") in lexicon.honorifics
    return honorific or (len(span) > 1 and before.lower_ in lexicon.role_words)


def _person_span(span: Span, lexicon: Lexicon) -> Span:
    """The name alone, whole: `Senator Jane Doe` -> `Jane Doe` (the title is a role), and
    `Jane` -> `Jane Doe` where the tagger stopped before the surname it hangs from."""
    doc, start, end = span.doc, span.start, span.end
    while start < end - 1 and _is_title(doc[start], lexicon):
        start += 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end - 1].head.i >= end:
        end += 1
    return Span(doc, start, end, label="PERSON")


def _is_title(token: Token, lexicon: Lexicon) -> bool:
    word = token.lower_.rstrip(".")
    return word in lexicon.role_words or word in lexicon.honorifics


def _add_surnames(index: ActorIndex, doc: Doc, source: Source) -> None:
    """A person's surname alone where the tagger missed it (`Scholz then met reporters`)."""
    # where each person is named in full, by surname
    named: dict[str, list[tuple[int, Draft]]] = {}
    for person in index.drafts.values():
        if person.type == "person" and " " in person.name:
            for mention in person.mentions:
                named.setdefault(person.name.split()[-1], []).append((mention.first_token, person))
    for token in words_of(doc):
        draft = _named_nearest(named.get(token.text, []), token.i)
        if (
            draft is not None
            and token.i not in index.by_token
            and token.pos_ == "PROPN"
            and in_body(source, token)
        ):
            index.add(draft, _ref(draft.name, doc[token.i : token.i + 1]))


def _named_nearest(named: list[tuple[int, Named]], position: int) -> Named | None:
    """Of the people a partial name may stand for, the one named last before it, else the
    first named after it: `Mitch Landrieu ... Landrieu urged`, though his father comes later."""
    before = [n for n in named if n[0] < position]
    if before:
        return max(before, key=lambda n: n[0])[1]
    return min(named, key=lambda n: n[0])[1] if named else None


def _parts(ent: Span) -> Iterator[Span]:
    """The entity without a leading `the` or trailing possessive; lists split into their items."""
    span = _trim(ent)
    if span is None:
        return
    if span.label_ in ("ORG", "GPE", "LOC", "FAC") and any(t.text == "," for t in span):
        yield from _list_items(span)
    else:
        yield span


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].lower_ == "the" or doc[start].is_space or doc[start].is_punct
    ):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].is_space or doc[end - 1].is_punct
    ):
        end -= 1
    return Span(doc, start, end, label=span.label_) if end > start else None


def _list_items(span: Span) -> Iterator[Span]:
    start = span.start
    for token in span:
        if token.text == "," or token.lower_ in ("and", "or"):
            if token.i > start:
                yield Span(span.doc, start, token.i, label="GPE")
            start = token.i + 1
    if span.end > start:
        yield Span(span.doc, start, span.end, label="GPE")


def _add_named(index: ActorIndex, span: Span, lexicon: Lexicon) -> None:
    """A named entity is an actor, a place, or (`in Iran`) a state mentioned as a place."""
    if span.label_ not in NAMED_LABELS:
        return
    named = lexicon.by_name(span.text)
    if is_locative(span, lexicon):
        _add_place(index, span)
        if named is not None and named.type == "state":
            _add_entry(index, span, named)
        return
    # A capital stands for its state only where the tagger saw a place: `Victoria, a
    # lobbyist` is a person, whatever the Seychelles' capital is called.
    capital = lexicon.by_capital(span.text) if span.label_ in ("GPE", "LOC") else None
    actor = named or capital
    if actor is not None:
        _add_entry(index, span, actor)
    elif span.label_ == "NORP":
        _add_people_group(index, span, lexicon)
    elif span.label_ == "ORG":
        index.add(Draft(span.text, "organization"), _ref(span.text, span))
    else:
        _add_place(index, span)


def _add_entry(index: ActorIndex, span: Span, entry: Entry) -> None:
    index.add(Draft(entry.name, entry.type), _ref(entry.name, span))


def _add_people_group(index: ActorIndex, span: Span, lexicon: Lexicon) -> None:
    """`the Iranians` (across a table) are Iran, while `hundreds of Libyans` or `Iranians
    protested` are people of that nation, not its state; `Iranian` as an adjective is a
    role's affiliation, not a mention."""
    if span.root.pos_ not in ("NOUN", "PROPN") or span.root.dep_ in ("amod", "compound"):
        return
    if one_of_a_nation(span.root, lexicon):
        return  # `the Australian, David Hicks`, `an American`: one person, not the state
    state = lexicon.by_demonym(span.text)
    the = span.start > 0 and span.doc[span.start - 1].lower_ == "the"
    if state is not None and (the or not span.text.endswith("s")):
        _add_entry(index, span, state)
    elif span.text.endswith("s"):
        index.add(Draft(span.text, "group"), _ref(span.text, span))


def _add_place(index: ActorIndex, span: Span) -> None:
    index.places.append(Place(span.text, span.start_char, span.end_char))
    index.place_tokens.update(range(span.start, span.end))


def _ref(actor: str, span: Span) -> MentionRef:
    return MentionRef(
        actor=actor,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        first_token=span.start,
        last_token=span.end - 1,
        sentence=_sentence_index(span[0]),
        subject=span.root.dep_ in SUBJECTS or _subject_conjunct(span.root),
    )


def _subject_conjunct(token: Token) -> bool:
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.dep_ in SUBJECTS


def is_locative(span: Span, lexicon: Lexicon) -> bool:
    """`in the Kremlin`, `at Fordow`: the words name a place here, not an actor."""
    head = span.root
    while head.dep_ in ("conj", "appos") and head.head != head:
        head = head.head
    prep = head.head
    aimed = prep.lower_ == "at" and prep.head.lemma_.lower() in AIMED_AT
    return (head.dep_ == "pobj" and prep.lower_ in LOCATIVE_PREPS and not aimed) or _in_place_list(
        span, lexicon
    )


def _in_place_list(span: Span, lexicon: Lexicon) -> bool:
    """`the cities of Fordow, Natanz and Isfahan`: items after a place noun are places."""
    for token in span.doc[max(span.sent.start, span.start - 12) : span.start]:
        if token.lower_ in lexicon.place_nouns and token.nbor(1).lower_ == "of":
            between = span.doc[token.i + 2 : span.start]
            return all(t.text == "," or t.lower_ == "and" or t.ent_type_ for t in between)
    return False


def _add_people(index: ActorIndex, people: list[Span], alone: set[str], lexicon: Lexicon) -> None:
    """People the tagger found; `alone` are the one-word names it took for bodies."""
    names = [_person_name(span, lexicon) for span in people]
    full = [(span.start, n) for n, span in zip(names, people, strict=True) if len(n.split()) > 1]
    first_alone: dict[str, int] = {}
    for name, span in zip(names, people, strict=True):
        if name and len(name.split()) == 1:
            first_alone.setdefault(name, span.start)
    hints = [_gender_hint(span, lexicon) for span in people]
    genders: dict[str, Counter[str]] = {}
    for span, name, hint in zip(people, names, hints, strict=True):
        # only a title that can stand for one person so far tells that person's gender
        if hint and len(_named_so_far(name, full, span.start)) <= 1:
            owner = _full_name(name, full, span.start, first_alone.get(name))
            genders.setdefault(owner, Counter())[hint] += 1
    # `Baikal Finance Group ... will sue Baikal`: one word the tagger took for a person that
    # opens a body's name is that body
    bodies = {
        first: known.name
        for known in index.drafts.values()
        if known.type == "organization" and len(known.name.split()) > 1
        for first, rest in [known.name.split(maxsplit=1)]
        # not `Yukos USA` for `Yukos`: a body's branch in a state is not the body
        if not ((state := lexicon.by_name(rest)) is not None and state.type == "state")
    }
    for span, name, hint in zip(people, names, hints, strict=True):
        if not name or "/" in name:
            continue
        if name in alone and not hint and not _named_so_far(name, full, len(span.doc)):
            # `Yukos USA ... sued by Yukos`: a word the tagger also took for a body on its
            # own, and no person's surname, is that body, not the longer name it opens (its
            # subsidiary)
            index.add(Draft(name, "organization"), _ref(name, span))
            continue
        if name in bodies and not hint:
            index.add(Draft(bodies[name], "organization"), _ref(bodies[name], span))
            continue
        canonical = _full_name(name, full, span.start, first_alone.get(name))
        known_gender = genders.get(canonical, Counter()).most_common(1)
        if hint and canonical != name and (not known_gender or known_gender[0][0] != hint):
            # `Hillary Rodham Clinton ... Mrs. Clinton ... President Bill Clinton ... Mrs.
            # Clinton`: the one the title fits, though another was named since
            fits = [
                f
                for f in _named_so_far(name, full, span.start)
                if (g := genders.get(f, Counter()).most_common(1)) and g[0][0] == hint
            ]
            canonical = fits[-1] if fits else canonical
        votes = genders.get(canonical, Counter()).most_common()
        known_gender = votes[:1]
        tied = len(votes) > 1 and votes[0][1] == votes[1][1]
        if hint and canonical != name and (tied or (known_gender and known_gender[0][0] != hint)):
            # `Mrs Howard` beside `Michael Howard` (`Mr Howard`): his wife, not him; and where
            # as many titles say `Mr` as `Mrs`, nothing says which is the one named in full
            canonical = span.doc[span.start - 1].text + " " + name
        role, affiliation = person_role(span, lexicon)
        if role and canonical != name:
            # `President John F. Kennedy ... Attorney General Robert Kennedy ... President
            # Kennedy`: the one whose title it is, though another was named since
            fits = [
                f
                for f in _named_so_far(name, full, span.start)
                if f in index.drafts and _holds_title(index.drafts[f], role)
            ]
            canonical = fits[-1] if fits else canonical
        draft = Draft(canonical, "person")
        index.add(draft, _ref(canonical, span))
        known = index.drafts[canonical]
        if role:
            known.roles.append(role)
            known.affiliation = known.affiliation or affiliation


def _holds_title(person: Draft, role: str) -> bool:
    """Whether a person was named with the title a role ends in (`President`)."""
    title = role.lower().split()[-1]
    return any(known.lower().split()[-1] == title for known in person.roles)


def _gender_hint(span: Span, lexicon: Lexicon) -> str | None:
    """`Mrs` or `Mr` just before a name (or in it)."""
    words = [span.doc[span.start - 1]] if span.start > 0 else []
    words += list(span[:1])
    return next((lexicon.genders[w] for t in words if (w := t.lower_.rstrip(".")) in
                 lexicon.genders), None)  # fmt: skip


def _person_name(span: Span, lexicon: Lexicon) -> str:
    words = [t for t in span if t.lower_.rstrip(".") not in lexicon.honorifics]
    # `Col. Moammar Gadhafi`: a title's full stop the tokenizer split off goes with the title
    while len(words) > 1 and words[0].is_punct:
        words.pop(0)
    return _as_written(words)


def _full_name(
    name: str, full: list[tuple[int, str]], position: int, first_alone: int | None = None
) -> str:
    """The full name this partial one is short for: of those that end with (or extend) it,
    the one named nearest before it (see `_named_nearest`), in its longest form. A name the
    article used alone (`first_alone`) before any full form of it is its own until one is
    named: `President Obama ... Michelle Obama ... Mr. Obama` is not Michelle Obama."""
    matches = [
        (at, f)
        for at, f in full
        if f != name and (f.endswith(" " + name) or f.startswith(name + " "))
    ]
    if first_alone is not None and matches and first_alone < min(at for at, _ in matches):
        return name
    chosen = _named_nearest(matches, position)
    if chosen is None:
        return name
    return max((f for _, f in matches if chosen in f or f in chosen), key=len)


def _own_clause(verb: Token) -> Iterator[Token]:
    """The words of a verb's clause besides its subject, without the clauses below it, nor
    whose things it speaks of (`it agreed to talks in the interests of [LSE's] shareholders`:
    news repeats a name there that its pronoun stands for)."""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            yield from _clause_words(child)


def _clause_words(word: Token) -> Iterator[Token]:
    if word.dep_ in CLAUSES or word.dep_ == "poss":
        return
    yield word
    for child in word.children:
        yield from _clause_words(child)


# Dependents that open a clause of their own.
CLAUSES = frozenset(
    {"ccomp", "parataxis", "advcl", "conj", "relcl", "acl", "xcomp", "csubj", "pcomp"}
)


def _named_so_far(name: str, full: list[tuple[int, str]], position: int) -> list[str]:
    """The different people a partial name may stand for, named before it, in the order
    they were last named (a name and its longer form are one person)."""
    found: list[str] = []
    for _, f in sorted((at, f) for at, f in full if at < position):
        if f == name or not (f.endswith(" " + name) or f.startswith(name + " ")):
            continue
        found = [o for o in found if o not in f and f not in o] + [
            max([f, *(o for o in found if o in f or f in o)], key=len)
        ]
    return found


def person_role(span: Span, lexicon: Lexicon) -> tuple[str | None, str | None]:
    """`Iranian Vice Foreign Minister` before a name, or `, the foreign minister,` after it."""
    words = _title_words(span)
    if not words:
        words = _apposition(span)
    if not any(t.lower_ in lexicon.role_words for t in words):
        return None, None
    affiliation = next((_affiliation(t, lexicon) for t in words if _affiliation(t, lexicon)), None)
    return _as_written(words), affiliation


def _as_written(words: list[Token]) -> str:
    """The words as the text spaces them: `ex-minister`, `Jean-Claude`, not `Jean - Claude`;
    one space between words the text parts by more or the list skips to."""
    text = words[0].text if words else ""  # `Cmdr.` alone, its name in the next sentence
    for before, word in itertools.pairwise(words):
        glued = before.i + 1 == word.i and not before.whitespace_
        text += ("" if glued else " ") + word.text
    return text


def _title_words(span: Span) -> list[Token]:
    words: list[Token] = []
    i = span.start - 1
    while i >= span.sent.start:
        token = span.doc[i]
        if token.dep_ not in ROLE_DEPS or not (
            span.start <= token.head.i < span.end or (words and token.head.i <= words[-1].i)
        ):
            break
        words.insert(0, token)
        i -= 1
    # `Tory ex-minister Douglas Hogg`, parsed `ex` | `-` `minister`: a title the parse cuts
    # inside a hyphened word is the whole word, or `minister` would make him one still
    while words and words[0].i > span.sent.start:
        before = span.doc[words[0].i - 1]
        if before.whitespace_ or "-" not in (before.text, words[0].text):
            break
        words.insert(0, before)
    return words


def _apposition(span: Span) -> list[Token]:
    appos = next((c for c in span.root.children if c.dep_ == "appos"), None)
    if appos is None:
        return []
    return [t for t in appos.subtree if t.dep_ not in ("det", "punct") and not t.is_space]


def _affiliation(token: Token, lexicon: Lexicon) -> str | None:
    entry = lexicon.by_demonym(token.text) or lexicon.by_name(token.text)
    return entry.name if entry else None


def _add_descriptions(index: ActorIndex, doc: Doc, source: Source, lexicon: Lexicon) -> None:
    """`the Russian leader`, `the foreign minister`: a person already named in the document."""
    for chunk in doc.noun_chunks:
        if not in_body(source, chunk) or chunk[0].lower_ != "the" or chunk.root.ent_type_:
            continue
        # `the US president` names a person of the US; `the Obama administration` is not
        # a person described
        if chunk.root.lower_ not in lexicon.role_words or any(
            i in index.by_token and index.type_of(index.by_token[i].actor) != "state"
            for i in range(chunk.start, chunk.end)
        ):
            continue
        person = _described(index, chunk, lexicon)
        if person is not None:
            index.add(index.drafts[person], _ref(person, chunk))


def _described(index: ActorIndex, chunk: Span, lexicon: Lexicon) -> str | None:
    head = chunk.root.lower_
    country = next((e.name for t in chunk if (e := state_named(t.text, lexicon))), None)
    home = index.main_state()
    found = []
    # `the former president` is `former President Nixon`, not `President Salinas`
    wanted = {t.lower_ for t in chunk} & ROLE_QUALIFIERS
    for name, draft in index.drafts.items():
        if draft.type != "person" or not draft.roles:
            continue
        if not any(m.first_token < chunk.start for m in draft.mentions):
            continue  # a description looks back to someone named, not ahead
        # `President Barack Obama` in an article about the US is `the US president`
        unplaced = draft.affiliation is None and country == home
        same_place = country is None or draft.affiliation == country or unplaced
        for role in (r.lower() for r in draft.roles):
            # `the chancellor` is not the shadow chancellor, nor a former one
            qualified = set(role.split()) & ROLE_QUALIFIERS - {t.lower_ for t in chunk}
            unqualified = wanted - set(role.split())
            fits = head in role.split() or (head == "leader" and _is_leader(role, lexicon))
            if same_place and fits and not qualified and not unqualified:
                found.append(name)
                break
    # `the president` where two presidents are named is neither
    return found[0] if len(found) == 1 else None


def one_of_a_nation(token: Token, lexicon: Lexicon) -> bool:
    """`the Australian`, `an American`, `another Briton`: a demonym standing alone for one
    person (`the Americans`, many of them, may be the state's side)."""
    if token.tag_ not in ("NNP", "NN") or token.dep_ in ("amod", "compound", "nmod", "poss"):
        return False
    state = lexicon.by_demonym(token.text)
    if state is None or state.type != "state" or lexicon.by_name(token.text):
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "another", "the", "one")) or c.dep_ == "appos"
        for c in token.children
    )


def state_named(word: str, lexicon: Lexicon) -> Entry | None:
    """The state a word names or is the demonym of: `Russian`, `US`."""
    entry = lexicon.by_demonym(word) or lexicon.by_name(word)
    return entry if entry is not None and entry.type == "state" else None


def _is_leader(role: str, lexicon: Lexicon) -> bool:
    return any(word in role for word in lexicon.leader_roles)


def _infer_genders(index: ActorIndex, doc: Doc, lexicon: Lexicon) -> None:
    """A person's gender as the text shows it: `Mr.`, `spokeswoman`, or the only person in a
    sentence that also says `her`. It lets `she` skip the men named before her."""
    votes: dict[str, Counter[str]] = {}
    for ref in index.mentions:
        if index.type_of(ref.actor) == "person":
            for word in _words_before(doc, ref, index):
                if word in lexicon.genders:
                    votes.setdefault(ref.actor, Counter())[lexicon.genders[word]] += 1
    for sentence in sentences_of(doc):
        people, genders = _sentence_people(index, sentence)
        if len(people) == 1 and len(genders) == 1:
            votes.setdefault(people.pop(), Counter())[genders.pop()] += 1
    for name, counter in votes.items():
        index.drafts[name].gender = counter.most_common(1)[0][0]


def _words_before(doc: Doc, ref: MentionRef, index: ActorIndex) -> list[str]:
    """The mention's words and the few right before it that can be its title (`Mr.`, `the
    spokeswoman`): not across a stop or another name (`with Ms. Lewinsky. Starr's office`)."""
    start = ref.first_token
    while start > max(ref.first_token - 3, 0):
        word = doc[start - 1]
        if word.is_punct or word.is_sent_end or index.mention_at(word) is not None:
            break
        start -= 1
    return [t.lower_.rstrip(".") for t in doc[start : ref.last_token + 1]]


def _sentence_people(index: ActorIndex, sentence: Span) -> tuple[set[str], set[str]]:
    people = {
        m.actor
        for m in index.mentions
        if sentence.start_char <= m.start < sentence.end_char
        and index.type_of(m.actor) == "person"
        and not index.quoted(m.start)
    }
    genders = {
        PRONOUN_GENDERS[t.lower_]
        for t in sentence
        if t.lower_ in PRONOUN_GENDERS and not index.quoted(t.idx)
    }
    return people, genders
