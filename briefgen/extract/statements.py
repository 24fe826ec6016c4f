"""Statements: who said what, quoted (direct or partial) or reported.

Quote marks are paired per paragraph (curly, straight and guillemets; an unclosed quote runs to the
end of its paragraph and may be re-opened by the next one, as multi-paragraph quotes are). Each
quote is attributed through the parse: the cue is the nearest speech word governing the quote, or
the sentence introducing it with a colon; the speaker is the cue's subject, resolved to an actor.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefgen.extract.actors import ActorIndex, in_body
from briefgen.extract.lexicon import Lexicon, slug
from briefgen.extract.quotes import OPENERS, TRANSCRIPT_LABEL, Quote, group_quotes
from briefgen.model import Source, Statement, StatementKind
from briefgen.model import Span as TextSpan

SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Attribution:
    cue: Token | None
    speaker: Token | None
    confidence: float


def extract_statements(
    doc: Doc, source: Source, index: ActorIndex, lexicon: Lexicon
) -> list[Statement]:
    text = source.text
    quotes = index.quotes
    quoted = [range(q.start, q.end) for q in quotes]
    statements: list[Statement] = []
    for group in group_quotes(text, quotes):
        statement = _quoted_statement(doc, source, index, lexicon, group, quoted, statements)
        if statement is not None:
            statements.append(statement)
    statements.extend(_reported_statements(doc, source, index, lexicon, quotes))
    return sorted(statements, key=lambda s: s.start)


def _quoted_statement(
    doc: Doc,
    source: Source,
    index: ActorIndex,
    lexicon: Lexicon,
    group: list[Quote],
    quoted: list[range],
    earlier: list[Statement],
) -> Statement | None:
    start, end = group[0].start, group[-1].end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    transcript = TRANSCRIPT_LABEL.match(source.text, start, end)
    if transcript is not None:
        return _transcript_statement(source, index, span, start, end, transcript)
    attribution = _attribute(doc, span, lexicon, quoted)
    if attribution.speaker is None:
        # An unclosed mark with nothing attributing it is more likely stray than a quote.
        return _continuation(source, span, earlier, start, end) if group[-1].closed else None
    kind = _kind(source.text, start, end)
    return _statement(source, index, span, start, end, kind, attribution)


def _attribute(doc: Doc, span: Span, lexicon: Lexicon, quoted: list[range]) -> Attribution:
    cue = _governing_cue(span, lexicon, quoted)
    confidence = 0.9
    if cue is None:
        cue, confidence = _nearby_cue(span, lexicon, quoted), 0.8
    if cue is None:
        cue, confidence = _colon_cue(doc, span, lexicon, quoted), 0.85
    speaker = _speaker(cue) if cue is not None else None
    return Attribution(cue, speaker, confidence)


def _outside(token: Token, quoted: list[range]) -> bool:
    return not any(token.idx in r for r in quoted)


def _is_cue(token: Token, lexicon: Lexicon) -> bool:
    if token.pos_ in ("VERB", "AUX"):
        return token.lemma_.lower() in lexicon.cue_verbs
    if token.lower_ == "according":
        return True
    return token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.cue_nouns


def _governing_cue(span: Span, lexicon: Lexicon, quoted: list[range]) -> Token | None:
    """The nearest speech word above the quote in the parse."""
    for token in span:
        if _outside(token, quoted) or not _outside(token.head, quoted):
            continue  # only the quote's own roots lead up to its cue
        for ancestor in token.ancestors:
            if _outside(ancestor, quoted) and _is_cue(ancestor, lexicon):
                return ancestor
    return None


def _nearby_cue(span: Span, lexicon: Lexicon, quoted: list[range]) -> Token | None:
    """`"...," he said.` where the parser did not hang the quote under the cue."""
    sentences = {span[0].sent.start: span[0].sent, span[-1].sent.start: span[-1].sent}
    after = span.doc[span.end].sent if span.end < len(span.doc) else None
    if after is not None and len(after) <= 12:
        sentences[after.start] = after
    for sentence in sentences.values():
        cues = [
            t for t in sentence if _outside(t, quoted) and _is_cue(t, lexicon) and t.pos_ != "NOUN"
        ]
        if cues:
            return min(cues, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))
    return None


def _colon_cue(doc: Doc, span: Span, lexicon: Lexicon, quoted: list[range]) -> Token | None:
    """`Putin stressed:` closing the sentence or paragraph before the quote."""
    before = doc[: span.start]
    words = [t for t in before if not t.is_space and t.text not in OPENERS]
    if not words or words[-1].text != ":":
        return None
    sentence = words[-1].sent
    cues = [t for t in sentence if _is_cue(t, lexicon) and _outside(t, quoted)]
    return cues[-1] if cues else None


def _speaker(cue: Token) -> Token | None:
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
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), subject)
        if subject is not None:
            return subject
        verb = verb.head if verb.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp") else None
    return None


def _kind(text: str, start: int, end: int) -> StatementKind:
    """Direct when said whole (`He said: "We..."`), partial when woven into a clause."""
    before = text[:start].rstrip().rstrip("".join(OPENERS)).rstrip()
    opens_clause = not before or before[-1] in ':,.!?”"»'
    sentence_like = text[start].isupper() and (opens_clause or text[end - 1] in ".!?")
    return "direct" if sentence_like else "partial"


def _statement(
    source: Source,
    index: ActorIndex,
    span: Span,
    start: int,
    end: int,
    kind: StatementKind,
    attribution: Attribution,
) -> Statement:
    speaker = attribution.speaker
    assert speaker is not None
    mention_span = _mention_span(index, speaker)
    resolved = index.resolve(speaker)
    name = resolved.actor if resolved else mention_span.text
    confidence = (
        attribution.confidence * (1.0 if resolved else 0.8) * (1.0 if kind == "direct" else 0.9)
    )
    return Statement(
        id=_id(source.id, start, end),
        source=source.id,
        start=start,
        end=end,
        quote=source.text[start:end],
        kind=kind,
        speaker=name,
        speaker_id=slug(resolved.actor) if resolved else None,
        speaker_mention=mention_span,
        cue=_cue_text(attribution.cue),
        confidence=round(confidence, 3),
        sentence=_sentence(source, span),
    )


def _cue_text(cue: Token | None) -> str | None:
    if cue is None:
        return None
    return "according to" if cue.lower_ == "according" else cue.text


def _mention_span(index: ActorIndex, token: Token) -> TextSpan:
    own = index.mention_at(token)
    if own is not None:
        return TextSpan(own.text, own.start, own.end)
    words = [
        t for t in token.subtree if t.i <= token.i and t.dep_ not in ("punct",) and not t.is_space
    ]
    first = words[0] if words else token
    start, end = first.idx, token.idx + len(token.text)
    return TextSpan(token.doc.text[start:end], start, end)


def _sentence(source: Source, span: Span) -> TextSpan:
    start, end = span[0].sent.start_char, span[-1].sent.end_char
    text = source.text[start:end].strip()
    start = source.text.index(text, start) if text else start
    return TextSpan(text, start, start + len(text))


def _id(source: str, start: int, end: int) -> str:
    return "st-" + hashlib.sha1(f"{source}:{start}:{end}".encode()).hexdigest()[:12]


def _transcript_statement(
    source: Source, index: ActorIndex, span: Span, start: int, end: int, label: re.Match[str]
) -> Statement:
    name = label.group(1).title()
    known = next((a for a in index.drafts if a.split()[-1] == name.split()[-1]), None)
    return Statement(
        id=_id(source.id, start, end),
        source=source.id,
        start=start,
        end=end,
        quote=source.text[start:end],
        kind="direct",
        speaker=known or name,
        speaker_id=slug(known) if known else None,
        speaker_mention=TextSpan(label.group(1), label.start(1), label.end(1)),
        cue=None,
        confidence=0.8,
        sentence=_sentence(source, span),
    )


def _continuation(
    source: Source, span: Span, earlier: list[Statement], start: int, end: int
) -> Statement | None:
    """A whole-sentence quote right after an attributed one continues the same speaker."""
    previous = earlier[-1] if earlier else None
    text = source.text[start:end]
    if previous is None or not text[:1].isupper() or len(text.split()) < 6:
        return None
    if start - previous.end > 400 or previous.kind == "reported":
        return None
    return Statement(
        id=_id(source.id, start, end),
        source=source.id,
        start=start,
        end=end,
        quote=text,
        kind="direct",
        speaker=previous.speaker,
        speaker_id=previous.speaker_id,
        speaker_mention=previous.speaker_mention,
        cue=None,
        confidence=0.5,
        sentence=_sentence(source, span),
    )


def _reported_statements(
    doc: Doc, source: Source, index: ActorIndex, lexicon: Lexicon, quotes: list[Quote]
) -> Iterator[Statement]:
    """`X said that ...` and `according to X, ...` without quote marks."""
    for token in doc:
        if not in_body(source, token) or not _is_cue(token, lexicon) or token.pos_ == "NOUN":
            continue
        content = _reported_content(token)
        if content is None or any(
            q.start < content.end_char and content.start_char < q.end for q in quotes
        ):
            continue
        speaker = _speaker(token)
        if speaker is None or content.start <= speaker.i < content.end:
            continue
        attribution = Attribution(token, speaker, 0.6)
        start, end = content.start_char, content.end_char
        yield _statement(source, index, content, start, end, "reported", attribution)


def _reported_content(cue: Token) -> Span | None:
    doc = cue.doc
    if cue.lower_ == "according":
        return _according_clause(cue)
    clause = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    words = [t for t in clause.subtree if t.dep_ != "mark" and not t.is_punct and not t.is_space]
    if len(words) < 3:
        return None
    return doc[words[0].i : words[-1].i + 1]


def _according_clause(cue: Token) -> Span | None:
    verb = cue.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    words = [
        t
        for t in verb.subtree
        if not (cue.left_edge.i <= t.i <= cue.right_edge.i) and not t.is_punct and not t.is_space
    ]
    if len(words) < 3:
        return None
    return cue.doc[words[0].i : words[-1].i + 1]
