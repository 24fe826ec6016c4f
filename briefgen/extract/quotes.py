"""Quoted material found by its marks, before any parsing.

Curly marks and guillemets say which way they face; a straight `"` is read from its neighbours (a
space before and a word after opens, a word before closes). An unclosed quote runs to the end of
its paragraph; when the next paragraph opens with the same mark, the quote continues there, as
multi-paragraph quotes do. Nothing here ever gives up on a document: stray marks are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefgen.model import Paragraph

PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"'}
OPENERS = frozenset(PAIRS)
CLOSERS = frozenset({"”", "»", '"'})
_MARKS = re.compile("[" + "".join(sorted(OPENERS | CLOSERS)) + "]")
_BEFORE_OPENER = frozenset("([{—–-/")
_ATTRIBUTION_GAP = 80
# `"WALLACE: Let's start with..."`: a transcript names its speaker before a colon.
TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s")


@dataclass(frozen=True)
class Quote:
    """Quoted words without their marks; `mark` is the opening mark used."""

    start: int
    end: int
    closed: bool
    paragraph: int
    mark: str


def find_quotes(text: str, paragraphs: tuple[Paragraph, ...]) -> list[Quote]:
    """Quoted material in body paragraphs, as content spans without their marks."""
    quotes: list[Quote] = []
    for number, paragraph in enumerate(paragraphs):
        if paragraph.kind == "body":
            quotes.extend(_paragraph_quotes(text, paragraph, number))
    return quotes


def _paragraph_quotes(text: str, paragraph: Paragraph, number: int) -> Iterator[Quote]:
    """Outermost quotes only: a quote inside a quote (`"... “Shark Tank.” ..."`) is its content."""
    stack: list[int] = []  # positions of the opening marks still open
    for found in _MARKS.finditer(text, paragraph.start, paragraph.end):
        i = found.start()
        role = _role(text, i, paragraph)
        if role == "open":
            if stack and text[stack[-1]] == text[i]:
                opened = stack.pop()
                if not stack and _reopened(text, i):
                    # `said: "One sentence. "Another."`: a quote running on into a new
                    # paragraph reopens it, and a text that joined its paragraphs keeps that.
                    yield from _content(text, opened + 1, i, False, number)
                # otherwise the first mark was stray
            stack.append(i)
        elif role == "close" and stack:
            depth = _matching(text, stack, text[i])
            if depth is None:
                continue
            opened = stack[depth]
            del stack[depth:]
            if not stack:
                yield from _content(text, opened + 1, i, True, number)
    if stack:
        yield from _content(text, stack[0] + 1, paragraph.end, False, number)


def _reopened(text: str, i: int) -> bool:
    """The mark at `i` opens the next sentence of a quote still open: `... optimistic. "It's`."""
    before = text[max(i - 3, 0) : i].rstrip()
    return before[-1:] in (".", "?", "!") and text[i - 1].isspace()


def _matching(text: str, stack: list[int], closer: str) -> int | None:
    """The innermost open quote this mark closes; mismatched marks (`"...”`) still pair."""
    for depth in range(len(stack) - 1, -1, -1):
        if PAIRS[text[stack[depth]]] == closer:
            return depth
    return len(stack) - 1 if stack else None


def _role(text: str, i: int, paragraph: Paragraph) -> str | None:
    mark = text[i]
    if mark not in OPENERS and mark not in CLOSERS:
        return None
    before = text[i - 1] if i > paragraph.start else " "
    after = text[i + 1] if i + 1 < paragraph.end else " "
    if mark != '"':
        return "open" if mark in OPENERS and not after.isspace() else "close"
    if (before.isspace() or before in _BEFORE_OPENER) and not after.isspace():
        return "open"
    return "close" if not before.isspace() else None


def _content(text: str, start: int, end: int, closed: bool, number: int) -> Iterator[Quote]:
    mark = text[start - 1]
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if end > start:
        yield Quote(start, end, closed, number, mark)


def group_quotes(text: str, quotes: list[Quote]) -> list[list[Quote]]:
    """`"X," he said, "Y."` and quotes re-opened by the next paragraph are one statement."""
    groups: list[list[Quote]] = []
    for quote in quotes:
        last = groups[-1][-1] if groups else None
        if last is not None and _continues(text, last, quote):
            groups[-1].append(quote)
        else:
            groups.append([quote])
    return groups


def _continues(text: str, last: Quote, quote: Quote) -> bool:
    between = text[last.end : quote.start]
    if not last.closed:
        return (
            quote.paragraph in (last.paragraph, last.paragraph + 1)
            and between.strip() == quote.mark == last.mark
            and not TRANSCRIPT_LABEL.match(text, quote.start)
        )
    lead_in = between.rstrip()[:-1].rstrip() if between.rstrip()[-1:] in OPENERS else between
    return (
        quote.paragraph == last.paragraph
        and len(between) <= _ATTRIBUTION_GAP
        and "," in between[:3]  # `X,” he said, “Y` or `X”, he said, “Y`
        and lead_in.endswith((",", ":"))
    )
