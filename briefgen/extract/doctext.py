"""A Doc's text, words and sentences, made once: spaCy's `Doc.text` joins every token again
on each call (a quarter of the extraction's own cost where sides and quotes slice the text),
and each pass over a Doc or its sentences makes every Token or Span object anew."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_TEXT = "briefgen_text"
_WORDS = "briefgen_words"
_SENTENCES = "briefgen.sentences"


def remember_text(doc: Doc, text: str) -> None:
    """The text the Doc was made from, kept as its text (a tokenizer keeps every character)."""
    doc.user_data[_TEXT] = text


def text_of(doc: Doc) -> str:
    cached = doc.user_data.get(_TEXT)
    if not isinstance(cached, str):
        cached = doc.user_data[_TEXT] = doc.text
    return cached


def words_of(doc: Doc) -> list[Token]:
    """The Doc's tokens, for the several passes extraction makes over every word."""
    cached: list[Token] | None = doc.user_data.get(_WORDS)
    if cached is None:
        cached = doc.user_data[_WORDS] = list(doc)
    return cached


def sentences_of(doc: Doc) -> list[Span]:
    cached: list[Span] | None = doc.user_data.get(_SENTENCES)
    if cached is None:
        cached = doc.user_data[_SENTENCES] = list(doc.sents)
    return cached


def forget(doc: Doc) -> None:
    """Drop the words and sentences kept: they point back at the Doc, and without them the
    Doc is freed as soon as extraction lets it go, not at the next garbage collection."""
    for key in (_WORDS, _SENTENCES):
        doc.user_data.pop(key, None)
