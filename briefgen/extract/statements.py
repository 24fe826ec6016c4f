"""Statements: who said what, quoted (direct or partial) or reported.

Quotes come from their marks (`quotes.py`) and are attributed through the parse
(`attribution.py`); reported speech is a speech verb's clause (`X said that ...`) or the clause
an `according to X` phrase qualifies. The speaker is resolved to an actor where possible, and the
words the attribution rests on are kept as `speaker_mention`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from briefgen.extract.actors import ActorIndex, in_body
from briefgen.extract.attribution import (
    Attribution,
    attribute,
    is_cue,
    referent_of,
    speaker_of,
)
from briefgen.extract.doctext import text_of, words_of
from briefgen.extract.lexicon import Lexicon
from briefgen.extract.quotes import OPENERS, Quote, group_quotes
from briefgen.model import Source, Statement, StatementKind, slug
from briefgen.model import Span as TextSpan


def extract_statements(
    doc: Doc, source: Source, index: ActorIndex, lexicon: Lexicon
) -> list[Statement]:
    statements: list[Statement] = []
    for group in group_quotes(source.text, index.quotes):
        statements += _quoted_statements(doc, source, index, lexicon, group, statements)
    statements.extend(_reported_statements(doc, source, index, lexicon, index.quotes))
    return sorted(statements, key=lambda s: s.start)


def _quoted_statements(
    doc: Doc,
    source: Source,
    index: ActorIndex,
    lexicon: Lexicon,
    group: list[Quote],
    earlier: list[Statement],
) -> list[Statement]:
    """The statement of a group of quotes: one per paragraph it runs through, since no span
    crosses a paragraph, each with the attribution of the whole."""
    span = doc.char_span(group[0].start, group[-1].end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    attribution = attribute(doc, span, group, index, lexicon, earlier)
    if attribution is None:
        return []
    if not group[-1].closed and attribution.confidence < 0.8:
        return []  # an unclosed mark without a firm attribution is more likely stray
    statements = []
    for part in _by_paragraph(group):
        start, end = part[0].start, part[-1].end
        words = doc.char_span(start, end, alignment_mode="expand")
        if words is not None and len(words) > 0:
            kind = _kind(source.text, start, end)
            statements.append(_statement(source, index, words, (start, end), kind, attribution))
    return statements


def _by_paragraph(group: list[Quote]) -> list[list[Quote]]:
    parts: list[list[Quote]] = []
    for quote in group:
        if parts and parts[-1][-1].paragraph == quote.paragraph:
            parts[-1].append(quote)
        else:
            parts.append([quote])
    return parts


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
    bounds: tuple[int, int],
    kind: StatementKind,
    attribution: Attribution,
) -> Statement:
    speaker, speaker_id, mention = _speaker(index, attribution)
    named = 1.0 if speaker_id else 0.8
    confidence = attribution.confidence * named * (1.0 if kind == "direct" else 0.9)
    start, end = bounds
    return Statement(
        id=statement_id(source.id, start, end),
        source=source.id,
        start=start,
        end=end,
        quote=source.text[start:end],
        kind=kind,
        speaker=speaker,
        speaker_id=speaker_id,
        speaker_mention=mention,
        cue=_cue_text(attribution.cue),
        confidence=round(confidence, 3),
        sentence=_sentence(source, span),
    )


def _speaker(index: ActorIndex, attribution: Attribution) -> tuple[str, str | None, TextSpan]:
    """The speaker's name, actor id, and the words in the text the attribution rests on."""
    previous = attribution.previous
    if previous is not None and previous.speaker and previous.speaker_mention:
        return previous.speaker, previous.speaker_id, previous.speaker_mention
    if attribution.speaker is not None:
        referent = referent_of(attribution.speaker, index.quotes)
        resolved = index.resolve(referent)
        mention = _mention_span(index, attribution.speaker)
        name = resolved.actor if resolved else _mention_span(index, referent).text
        return name, slug(name) if resolved else None, mention
    assert attribution.mention is not None
    known = index.named(attribution.mention.text)
    name = known or attribution.mention.text.title()
    return name, slug(known) if known else None, attribution.mention


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
    return TextSpan(text_of(token.doc)[start:end], start, end)


def _sentence(source: Source, span: Span) -> TextSpan:
    return source.span_in_paragraph(span[0].sent.start_char, span[-1].sent.end_char)


def statement_id(source: str, start: int, end: int) -> str:
    return "st-" + hashlib.sha1(f"{source}:{start}:{end}".encode()).hexdigest()[:12]


def _reported_statements(
    doc: Doc, source: Source, index: ActorIndex, lexicon: Lexicon, quotes: list[Quote]
) -> Iterator[Statement]:
    """`X said that ...` and `according to X, ...` without quote marks."""
    for token in words_of(doc):
        if token.pos_ == "NOUN" or not is_cue(token, lexicon) or not in_body(source, token):
            continue
        content = _reported_content(token)
        if content is None or any(
            q.start < content.end_char and content.start_char < q.end for q in quotes
        ):
            continue
        speaker = speaker_of(token, [range(q.start, q.end) for q in quotes])
        if speaker is None or content.start <= speaker.i < content.end:
            continue
        attribution = Attribution(token, speaker, 0.6)
        bounds = (content.start_char, content.end_char)
        yield _statement(source, index, content, bounds, "reported", attribution)


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
