"""Who said a quote: its cue and speaker, found by the first strategy that applies.

In order of trust: a transcript label (`"PENCE: ..."`); the speech word governing the quote in the
parse; a speech word next to it (`"...," he said.`); a sentence ending in a colon before it; a dash
line after it (`"..." ― Pamela Padilla`); the speaker of the quote just before it; and last, the
subject of the clause the quote sits in, when that subject is a known actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefgen.extract.actors import ActorIndex
from briefgen.extract.doctext import text_of
from briefgen.extract.lexicon import Lexicon
from briefgen.extract.quotes import OPENERS, TRANSCRIPT_LABEL, Quote
from briefgen.model import Span as TextSpan
from briefgen.model import Statement

SUBJECT_DEPS = ("nsubj", "nsubjpass")
CLIMB_DEPS = ("advcl", "xcomp", "conj", "acl", "pcomp")
_DASH_LINE = re.compile(
    r"[,.]?[”\"»]?[.,]?[ \t\u00a0]*[―—–-]{1,2}[ \t\u00a0]*"
    r"([A-Z][\w’'-]*(?:[ \u00a0](?:[A-Z]\.|[A-Z][\w’'-]*)){0,4})"
)
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "with", "or"}
)
_ADJACENT = 160
_NEARBY = 400


@dataclass(frozen=True)
class Attribution:
    """A quote's cue and the words its attribution rests on."""

    cue: Token | None
    speaker: Token | None
    confidence: float
    mention: TextSpan | None = None  # a speaker found in the text alone (transcripts, dash lines)
    previous: Statement | None = None  # the statement this one continues


def attribute(
    doc: Doc,
    span: Span,
    group: list[Quote],
    index: ActorIndex,
    lexicon: Lexicon,
    earlier: list[Statement],
) -> Attribution | None:
    text, quoted = text_of(doc), [range(q.start, q.end) for q in index.quotes]
    label = TRANSCRIPT_LABEL.match(text, group[0].start, group[-1].end)
    if label is not None:
        return Attribution(None, None, 0.8, mention=_text_span(label, text))
    for find, confidence in (
        (_governing_cue, 0.9),
        (_nearby_cue, 0.8),
        (_colon_cue, 0.85),
    ):
        cue = find(span, lexicon, quoted)
        speaker = speaker_of(cue, quoted) if cue is not None else None
        if speaker is not None:
            return Attribution(cue, speaker, confidence)
    return (
        _colon_subject(span, quoted)
        or _dash_line(text, group)
        or _introduced(span, index, quoted)
        or _continued(text, group, earlier)
        or _clause_subject(span, index, quoted)
    )


def outside(token: Token, quoted: list[range]) -> bool:
    return not any(token.idx in r for r in quoted)


def is_cue(token: Token, lexicon: Lexicon) -> bool:
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    if token.pos_ in ("VERB", "AUX"):
        return token.lemma_.lower() in lexicon.cue_verbs
    return token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.cue_nouns


def speaker_of(cue: Token, quoted: list[range]) -> Token | None:
    """The cue's subject; participles (`saying`) and conjuncts take their governing verb's."""
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if cue.pos_ == "NOUN":
        return next((c for c in cue.children if c.dep_ == "poss"), None)
    verb: Token | None = cue
    for _ in range(4):
        if verb is None:
            return None
        subject = _subject(verb, quoted)
        if subject is not None:
            return subject
        verb = verb.head if verb.dep_ in CLIMB_DEPS else None
    return None


def _subject(verb: Token, quoted: list[range]) -> Token | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    if not outside(subject, quoted):
        # `"My reaction, that was outrageous," said Axelrod`: the parser took quoted words.
        return _inverted_subject(verb, quoted)
    return subject


def referent_of(speaker: Token, quotes: list[Quote]) -> Token:
    """What the words of an attribution point at: `who` its noun, `she` the subject she is
    reported by (`the former secretary said she wanted ...`), anything else itself."""
    if speaker.tag_ in ("WP", "WDT") and speaker.head.dep_ == "relcl":
        return speaker.head.head
    if speaker.lower_ not in ("he", "she"):
        return speaker
    quoted = [range(q.start, q.end) for q in quotes]
    for verb in speaker.head.ancestors:
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if (
            subject is not None
            and subject.i < speaker.i
            and outside(subject, quoted)
            and subject.pos_ != "PRON"
        ):
            return subject
    return speaker


def _inverted_subject(verb: Token, quoted: list[range]) -> Token | None:
    """The speaker next to the cue: `..." Obama's strategist said` or `said David Plouffe`."""
    before = [t for t in verb.doc[verb.sent.start : verb.i] if outside(t, quoted)]
    after = [t for t in verb.doc[verb.i + 1 : verb.sent.end] if outside(t, quoted)]
    nominal = [t for t in reversed(before) if _speaker_word(t)][:1]
    nominal += [t for t in after if _speaker_word(t)][:1]
    return _phrase_head(nominal[0]) if nominal else None


def _speaker_word(token: Token) -> bool:
    """A noun that can say something: not inside a prepositional phrase, not a date."""
    return (
        token.pos_ in ("PROPN", "NOUN", "PRON")
        and token.head.pos_ != "ADP"
        and token.ent_type_ not in ("DATE", "TIME")
    )


def _phrase_head(token: Token) -> Token:
    """The last word of a compound name (`David` -> `Plouffe`)."""
    while token.dep_ in ("compound", "amod", "det", "poss") and token.head.i > token.i:
        token = token.head
    return token


def _roots(span: Span, quoted: list[range]) -> list[Token]:
    """The quote's own words that hang from words outside it."""
    return [t for t in span if not outside(t, quoted) and outside(t.head, quoted)]


def _governing_cue(span: Span, lexicon: Lexicon, quoted: list[range]) -> Token | None:
    """The nearest speech word above the quote in the parse."""
    for token in _roots(span, quoted):
        cues = [a for a in token.ancestors if outside(a, quoted) and is_cue(a, lexicon)]
        if cues:
            return _outer_voice(cues, quoted)
    return None


def _outer_voice(cues: list[Token], quoted: list[range]) -> Token:
    """`She said she recalls him being "confused"`: a pronoun repeating the speaker of the
    cue above it defers to that cue, whose subject names the speaker."""
    cue = cues[0]
    for outer in cues[1:]:
        subject, named = speaker_of(cue, quoted), speaker_of(outer, quoted)
        if subject is None or named is None or not _may_repeat(subject, named):
            break
        if not _reported_by(cue, outer):
            break
        cue = outer
    return cue


def _reported_by(inner: Token, outer: Token) -> bool:
    """The inner clause is what the outer verb reports (`said she recalls`), not an aside."""
    token = inner
    while token != outer and token.dep_ in ("ccomp", "xcomp") and token.head != token:
        token = token.head
    return token == outer


def _may_repeat(pronoun: Token, named: Token) -> bool:
    """`he` can repeat a person (or an outer `he`: `He said he recalls`), `it` and `they` an
    organisation, never the reverse."""
    if named.lower_ == pronoun.lower_:
        return True
    personal = named.ent_type_ in ("", "PERSON") and named.pos_ != "PRON"
    if pronoun.lower_ in ("he", "she"):
        return personal
    return pronoun.lower_ in ("it", "they") and not personal


def _nearby_cue(span: Span, lexicon: Lexicon, quoted: list[range]) -> Token | None:
    """`"...," he said.` where the parser did not hang the quote under the cue."""
    sentences = {span[0].sent.start: span[0].sent, span[-1].sent.start: span[-1].sent}
    following = span[-1].sent.end
    after = span.doc[following].sent if following < len(span.doc) else None
    if after is not None and len(after) <= 12:
        sentences[after.start] = after
    for sentence in sentences.values():
        cues = [t for t in sentence if outside(t, quoted) and is_cue(t, lexicon)]
        cues = [t for t in cues if t.pos_ != "NOUN" and not _governs_other(t, span, quoted)]
        if cues:
            return min(cues, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))
    return None


def _governs_other(cue: Token, span: Span, quoted: list[range]) -> bool:
    """`she said ... as Trump went on about "..."`: that cue already has its own quote."""
    return any(not outside(t, quoted) and not span.start <= t.i < span.end for t in cue.subtree)


def _colon_sentence(span: Span) -> Span | None:
    """The sentence before the quote, when the last word before its opening mark is a colon."""
    for i in range(span.start - 1, -1, -1):
        word = span.doc[i]
        if not word.is_space and word.text not in OPENERS:
            return word.sent if word.text == ":" else None
    return None


def _colon_cue(span: Span, lexicon: Lexicon, quoted: list[range]) -> Token | None:
    """`Putin stressed:` closing the sentence or paragraph before the quote."""
    sentence = _colon_sentence(span)
    if sentence is None:
        return None
    cues = [t for t in sentence if is_cue(t, lexicon) and outside(t, quoted)]
    return cues[-1] if cues else None


def _colon_subject(span: Span, quoted: list[range]) -> Attribution | None:
    """`Obama is rolling out a new message: "It's about me."`"""
    sentence = _colon_sentence(span)
    if sentence is None or not outside(sentence.root, quoted):
        return None
    speaker = speaker_of(sentence.root, quoted)
    return Attribution(sentence.root, speaker, 0.7) if speaker is not None else None


def _dash_line(text: str, group: list[Quote]) -> Attribution | None:
    """`"..." ― Pamela Padilla`: a name after a dash closes a quoted testimony."""
    line = _DASH_LINE.match(text, group[-1].end)
    if line is None:
        return None
    return Attribution(None, None, 0.8, mention=_text_span(line, text))


def _introduced(span: Span, index: ActorIndex, quoted: list[range]) -> Attribution | None:
    """`Cummings called him a master. "He showed again and again..."`: the sentence before
    a free-standing quote introduces its speaker."""
    first = span[0].sent
    if first.start == 0 or first[0].i not in (span.start - 1, span.start):
        return None
    previous = span.doc[first.start - 1].sent
    if "\n\n" in text_of(span.doc)[previous.end_char : span.start_char]:
        return None
    speaker = speaker_of(previous.root, quoted) if outside(previous.root, quoted) else None
    resolved = index.resolve(speaker) if speaker is not None else None
    if resolved is None or index.type_of(resolved.actor) != "person":
        return None
    return Attribution(previous.root, speaker, 0.6)


def _continued(text: str, group: list[Quote], earlier: list[Statement]) -> Attribution | None:
    """A quote after an attributed one (`"X," Graham asked. "Neither do I."`) is the same voice."""
    previous = next((s for s in reversed(earlier) if s.kind != "reported"), None)
    if previous is None or not group[-1].closed:
        return None
    gap = text[previous.end : group[0].start]
    if "\n\n" not in gap and len(gap) <= _ADJACENT:
        return Attribution(None, None, 0.7, previous=previous)
    quote = text[group[0].start : group[-1].end]
    whole_sentences = quote[:1].isupper() and len(quote.split()) >= 6
    return (
        Attribution(None, None, 0.5, previous=previous)
        if whole_sentences and len(gap) <= _NEARBY
        else None
    )


def _clause_subject(span: Span, index: ActorIndex, quoted: list[range]) -> Attribution | None:
    """`Trump admires Putin as a "strong leader"`: the clause's subject owns the words, if known."""
    text = span.text
    if _title_like(text):
        return None
    for token in _roots(span, quoted):
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        speaker = speaker_of(verb, quoted) if verb is not None else None
        if speaker is not None and index.resolve(speaker) is not None:
            return Attribution(verb, speaker, 0.5)
    return None


def _title_like(text: str) -> bool:
    """`War and Peace`, `The Apprentice`: names of works, not words anyone said."""
    words = [w for w in re.findall(r"[\w’'-]+", text) if w.lower() not in _SMALL_WORDS]
    return 0 < len(words) <= 6 and all(w[0].isupper() for w in words) and text[-1:] not in ".!?"


def _text_span(match: re.Match[str], text: str) -> TextSpan:
    return TextSpan(match.group(1), match.start(1), match.end(1))
